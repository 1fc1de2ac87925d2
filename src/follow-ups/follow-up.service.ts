import { caseService } from '../cases/case.service';
import { columnsOf } from '../db/sql';
import { providedFields } from '../audit/fields';
import { inTransaction } from '../db/transaction';
import type { RequestContext } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { pastDate, text } from '../graphql/validate';
import { FOLLOW_UP_CATEGORIES, FollowUp } from './follow-up.entity';
import { AddFollowUpInput } from './follow-up.inputs';

export const followUpService = {
  /** Records a visit, meeting, call or review; the author files it under a category. */
  async add(ctx: RequestContext, input: AddFollowUpInput): Promise<FollowUp> {
    if (!(FOLLOW_UP_CATEGORIES as readonly string[]).includes(input.category)) {
      throw badInput('input.category', `must be one of ${FOLLOW_UP_CATEGORIES.join(', ')}`);
    }
    const occurredOn = pastDate('input.occurredOn', input.occurredOn);
    const summary = text('input.summary', input.summary, { required: true });
    const recommendations = text('input.recommendations', input.recommendations);
    return inTransaction(ctx.db, async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO follow_up AS f (case_id, kind, occurred_on, author_agency_id, author_user_id, summary, recommendations, category)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${columnsOf(ctx.db, FollowUp, 'f')}`,
        [input.caseId, input.kind, occurredOn, ctx.principal.agency.id, ctx.principal.userId, summary, recommendations,
          input.category]);
      await caseService.touch(tx, input.caseId);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'addFollowUp',
        entity: 'FollowUp', entityId: row.id, fields: providedFields(input), categories: [input.category],
        oldVersion: null, newVersion: row.version });
      return row as FollowUp;
    });
  },
};
