import { columnsOf, updateReturning } from '../kernel/db/sql';
import { providedFields } from '../access/audit-fields';
import { readBack } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import type { RequestContext } from '../kernel/context';
import { conflict } from '../kernel/errors';
import { pastDate, text } from '../kernel/validate';
import { checkEventDate } from '../cases';
import { FollowUp, policyCategory } from './follow-up.entity';
import { AddFollowUpInput, UpdateFollowUpInput } from './follow-up.inputs';

export const followUpService = {
  /** Records a visit, meeting, call or review; the author files it under a category. */
  async add(ctx: RequestContext, input: AddFollowUpInput, idempotencyKey: string | null): Promise<FollowUp> {
    const occurredOn = pastDate('input.occurredOn', input.occurredOn);
    const summary = text('input.summary', input.summary, { required: true });
    const recommendations = text('input.recommendations', input.recommendations);
    const id = await runMutation(ctx, producesId('addFollowUp', idempotencyKey, { input }), async (tx) => {
      const beforeOpening = await checkEventDate(tx, input.caseId, 'input.occurredOn', occurredOn, ctx.settings.backdateWindowDays);
      const [row] = await tx.query(
        `INSERT INTO follow_up AS f (case_id, kind, occurred_on, author_agency_id, author_user_id, summary, recommendations, category,
                                     before_case_opened)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${columnsOf(ctx.db, FollowUp, 'f')}`,
        [input.caseId, input.kind, occurredOn, ctx.principal.agency.id, ctx.principal.userId, summary, recommendations,
          input.category, beforeOpening]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'addFollowUp',
        entity: 'FollowUp', entityId: row.id, fields: providedFields(input), categories: [policyCategory(input.category)],
        oldVersion: null, newVersion: row.version });
      return row.id as string;
    });
    return readBack(ctx.loaders.followUps.followUpById, id, 'Follow-up');
  },

  /**
   * Corrects a follow-up (optimistic concurrency: the caller names the version it read). The
   * replaced text is kept as a revision; a follow-up is never deleted.
   */
  async update(ctx: RequestContext, id: string, input: UpdateFollowUpInput, idempotencyKey: string | null): Promise<FollowUp> {
    const occurredOn = input.occurredOn === undefined ? null : pastDate('input.occurredOn', input.occurredOn);
    const summary = input.summary === undefined ? null : text('input.summary', input.summary, { required: true });
    const recommendations = text('input.recommendations', input.recommendations);
    await runMutation(ctx, producesId('updateFollowUp', idempotencyKey, { id, input }), async (tx) => {
      const [current] = await tx.query('SELECT version, category, case_id FROM follow_up WHERE id = $1 FOR UPDATE', [id]);
      const beforeOpening = occurredOn === null ? null
        : await checkEventDate(tx, current.case_id, 'input.occurredOn', occurredOn, ctx.settings.backdateWindowDays);
      if (current.version !== input.expectedVersion) {
        throw conflict(`The follow-up has changed since version ${input.expectedVersion}; it is now at version ${current.version}`,
          { currentVersion: current.version });
      }
      await tx.query(
        `INSERT INTO follow_up_revision (follow_up_id, version, kind, occurred_on, summary, recommendations, category, replaced_by_user_id)
         SELECT id, version, kind, occurred_on, summary, recommendations, category, $2 FROM follow_up WHERE id = $1`,
        [id, ctx.principal.userId]);
      const [row] = await updateReturning<FollowUp>(tx,
        `UPDATE follow_up AS f SET kind = COALESCE($2, kind), occurred_on = COALESCE($3, occurred_on), summary = COALESCE($4, summary),
                recommendations = CASE WHEN $5 THEN $6 ELSE recommendations END, category = COALESCE($7, category),
                before_case_opened = COALESCE($8, before_case_opened), version = version + 1, updated_at = now()
          WHERE f.id = $1 RETURNING ${columnsOf(ctx.db, FollowUp, 'f')}`,
        [id, input.kind ?? null, occurredOn, summary, input.recommendations !== undefined, recommendations, input.category ?? null,
          beforeOpening]);
      const { expectedVersion: _expected, ...changed } = input;
      await ctx.audit.write(tx, { caseId: row.caseId, roles: await ctx.facts.rolesInCase(row.caseId), operation: 'updateFollowUp',
        entity: 'FollowUp', entityId: id, fields: providedFields(changed), categories: [policyCategory(current.category), row.category],
        oldVersion: current.version, newVersion: row.version });
      return id;
    });
    return readBack(ctx.loaders.followUps.followUpById, id, 'Follow-up');
  },
};
