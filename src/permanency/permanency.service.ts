import { providedFields } from '../access/audit-fields';
import { TargetGroup } from '../cases';
import { Category } from '../kernel/categories';
import type { RequestContext } from '../kernel/context';
import { today } from '../kernel/dates';
import { badInput, conflict } from '../kernel/errors';
import { readBack } from '../kernel/loaders';
import { producesId, runMutation } from '../kernel/mutation';
import { text } from '../kernel/validate';
import { PermanencyPlan, RecordPermanencyPlanInput } from './permanency.types';

export const permanencyService = {
  /**
   * Records the orphan court's decision on a child's permanency plan. Only a child living in
   * out-of-family care on the decision's day has one; each decision is appended (a review is the
   * next version), with the support plan in force then, so the history is every decision.
   */
  async record(ctx: RequestContext, input: RecordPermanencyPlanInput, idempotencyKey: string | null): Promise<PermanencyPlan> {
    const decisionRef = text('input.decisionRef', input.decisionRef, { max: 200, required: true }) as string;
    if (input.decidedOn > today()) throw badInput('input.decidedOn', 'must not be in the future');
    if (input.targetDate < input.decidedOn) throw badInput('input.targetDate', 'must not be before the decision (decidedOn)');
    const id = await runMutation(ctx, producesId('recordPermanencyPlan', idempotencyKey, { input }), async (tx) => {
      // the case's row lock: decisions on one case are numbered one after the other
      const [found]: { targetGroup: TargetGroup; inCare: boolean; version: number; planId: string | null }[] = await tx.query(
        `SELECT c.target_group AS "targetGroup",
                EXISTS (SELECT 1 FROM placement p WHERE p.case_id = c.id AND p.type <> 'BIRTH_FAMILY'
                           AND p.starts_on <= $2 AND (p.ends_on IS NULL OR p.ends_on > $2)) AS "inCare",
                COALESCE((SELECT max(x.version) FROM permanency_plan x WHERE x.case_id = c.id), 0) AS version,
                (SELECT sp.id FROM support_plan sp WHERE sp.case_id = c.id AND sp.status = 'ACTIVE' LIMIT 1) AS "planId"
           FROM care_case c WHERE c.id = $1 FOR NO KEY UPDATE OF c`, [input.caseId, input.decidedOn]);
      if (!found) throw badInput('input.caseId', 'is not a case');
      if (found.targetGroup === TargetGroup.ADULT_WITH_MENTAL_DISORDER) {
        throw badInput('input.caseId', 'a permanency plan is for a child in out-of-family care; this is an adult\'s case');
      }
      if (!found.inCare) {
        throw badInput('input.caseId', `a permanency plan is for a child in out-of-family care; the child has no placement outside the family on ${input.decidedOn}`);
      }
      if (input.expectedVersion !== undefined && input.expectedVersion !== null && input.expectedVersion !== found.version) {
        throw conflict(`The permanency plan is at version ${found.version}, not ${input.expectedVersion}: read it again`);
      }
      const [row] = await tx.query(
        `INSERT INTO permanency_plan (case_id, version, goal, target_date, decided_on, decision_ref, reviewed_with_plan_id,
                                     deciding_agency_id, decided_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [input.caseId, found.version + 1, input.goal, input.targetDate, input.decidedOn, decisionRef, found.planId,
          ctx.principal.agency.id, ctx.principal.userId]);
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'recordPermanencyPlan',
        entity: 'PermanencyPlan', entityId: row.id, fields: providedFields(input), categories: [Category.PLACEMENT],
        oldVersion: found.version === 0 ? null : found.version, newVersion: found.version + 1 });
      return row.id as string;
    });
    return readBack(ctx.loaders.permanency.planById, id, 'PermanencyPlan');
  },
};
