import { Category } from '../kernel/categories';
import { InvolvementRole } from '../kernel/principal';
import { providedFields } from '../access/audit-fields';
import { ROLE_AGENCY_KINDS } from '../access/policy';
import { ReachedCase } from '../cases';
import { caseService } from '../cases';
import { updateReturning } from '../kernel/db/sql';
import type { RequestContext } from '../kernel/context';
import { badInput, notFound } from '../kernel/errors';
import { unknownCode } from '../kernel/reference-codes';
import { producesId, runMutation } from '../kernel/mutation';
import { text } from '../kernel/validate';
import { PREVIOUS_PROVIDER_MONTHS } from '../involvements';
import { placeClient } from '../placements';
import { MoveReadiness, moveRefusal } from './prerequisites';
import { RecordTransitionInput } from './provider-move.types';

export const providerMoveService = {
  /**
   * One transaction: the current provider becomes the previous provider for 12 months and the new
   * provider is involved; for an adult, the placement the social service decided is opened too
   * (a child's is recorded by the orphan court; the policy refuses it here). The first quarterly
   * review is then due 3 months on (dueItems). Only a prepared move: the case in IMPLEMENTATION,
   * with an individual transition plan in its ACTIVE support plan (prerequisites.ts).
   */
  async record(ctx: RequestContext, input: RecordTransitionInput, idempotencyKey: string | null): Promise<ReachedCase> {
    const legalBasis = text('input.legalBasis', input.legalBasis, { max: 1000, required: true });
    const caseId = await runMutation(ctx, producesId('recordTransition', idempotencyKey, { input }), async (tx) => {
      // under the case's lock, so no plan is superseded or status changed while the move is recorded
      const [readiness]: MoveReadiness[] = await tx.query(
        `SELECT c.status, p.id AS "planId",
                (SELECT count(*)::int FROM plan_task t WHERE t.plan_id = p.id AND t.for_transition) AS "transitionTasks",
                (SELECT count(*)::int FROM plan_transition_member m WHERE m.plan_id = p.id) AS team,
                (SELECT count(*)::int FROM plan_preparation_visit v WHERE v.plan_id = p.id) AS visits
           FROM care_case c LEFT JOIN support_plan p ON p.case_id = c.id AND p.status = 'ACTIVE'
          WHERE c.id = $1 FOR UPDATE OF c`, [input.caseId]);
      if (!readiness) throw notFound('Case');
      const refusal = moveRefusal(readiness);
      if (refusal) throw badInput('input.caseId', refusal);
      let newProviderId: string | null = null;
      if (input.newProviderAgencyCode) {
        const [provider] = await tx.query('SELECT id, kind FROM agency WHERE code = $1', [input.newProviderAgencyCode]);
        if (!provider) throw unknownCode('input.newProviderAgencyCode', 'agency', input.newProviderAgencyCode);
        if (!ROLE_AGENCY_KINDS[InvolvementRole.CURRENT_PROVIDER].includes(provider.kind)) {
          throw badInput('input.newProviderAgencyCode', `is an agency of kind ${provider.kind}, not an institution or service provider`);
        }
        newProviderId = provider.id;
      }
      const left = await updateReturning<{ agencyId: string }>(tx,
        `UPDATE involvement SET ended_at = now(), end_reason = 'client moved to another provider'
          WHERE case_id = $1 AND role = '${InvolvementRole.CURRENT_PROVIDER}' AND ended_at IS NULL
            AND (valid_until IS NULL OR valid_until > now()) RETURNING agency_id AS "agencyId"`, [input.caseId]);
      if (left.length === 0) throw badInput('input.caseId', 'the case has no current provider to move from');
      await tx.query(
        `INSERT INTO involvement (case_id, agency_id, role, valid_from, valid_until, legal_basis, created_by_user_id)
         SELECT $1, a, '${InvolvementRole.PREVIOUS_PROVIDER}', now(), now() + make_interval(months => $2), $3, $4
           FROM unnest($5::uuid[]) AS a`,
        [input.caseId, PREVIOUS_PROVIDER_MONTHS, legalBasis, ctx.principal.userId, left.map((l) => l.agencyId)]);
      if (newProviderId) {
        await tx.query(
          `INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id) VALUES ($1, $2, $3, $4, $5)`,
          [input.caseId, newProviderId, InvolvementRole.CURRENT_PROVIDER, legalBasis, ctx.principal.userId]);
      }
      if (input.newPlacement) await placeClient(ctx, tx, input.caseId, input.newPlacement, 'input.newPlacement');
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'recordTransition',
        entity: 'Case', entityId: input.caseId, fields: providedFields(input), categories: input.newPlacement ? [Category.CASE, Category.PLACEMENT] : [Category.CASE],
        oldVersion: null, newVersion: null });
      return input.caseId;
    });
    return caseService.get(ctx, caseId);
  },
};
