import { EntityManager } from 'typeorm';
import { Category } from '../kernel/categories';
import { producesId, runMutation } from '../kernel/mutation';
import type { RequestContext } from '../kernel/context';
import { badInput, conflict, notFound } from '../kernel/errors';
import { today } from '../kernel/dates';
import { text } from '../kernel/validate';
import { agreementOf, sectionsOf } from './plan-sections';
import { EvaluatePlanInput, PlanSectionsInput } from './plan-sections.inputs';
import { AgreementStatus, GoalOutcome, PlanSection } from './plan-sections.types';
import { PlanStatus, SupportPlan } from './support-plan.entity';

/**
 * A plan's sections, its client's agreement and its review's evaluation. A plan version is written
 * once (saveSupportPlan); a draft's sections are completed by the agencies that may write their
 * categories (an orphan court the placement conditions, the assessment team the health section)
 * before the case manager activates it; the plan in force is evaluated at its review.
 */

/** The category each section is written and read under (ACCESS.md, "Support plan sections"). */
export const SECTION_CATEGORY: Record<PlanSection, Category> = {
  [PlanSection.HEALTH]: Category.HEALTH, [PlanSection.FAMILY]: Category.FAMILY, [PlanSection.CHILD_VOICE]: Category.CHILD_VOICE,
  [PlanSection.PLACEMENT]: Category.PLACEMENT, [PlanSection.EDUCATION]: Category.PLAN, [PlanSection.EMPLOYMENT]: Category.PLAN,
  [PlanSection.WISHES_AND_INTERESTS]: Category.PLAN, [PlanSection.SUPPORT_VOLUME]: Category.PLAN,
  [PlanSection.COOPERATION_PARTNERS]: Category.PLAN,
};

/** Goals a review left partly or not achieved carry forward into the next version (003, evaluation). */
const CARRIED: readonly GoalOutcome[] = [GoalOutcome.PARTLY_ACHIEVED, GoalOutcome.NOT_ACHIEVED];

/** Writes (or replaces) sections of a plan, in one statement. */
export async function writeSections(tx: EntityManager, ctx: RequestContext, planId: string,
  sections: Map<PlanSection, Record<string, unknown>>): Promise<void> {
  if (sections.size === 0) return;
  await tx.query(
    `INSERT INTO plan_section (plan_id, section, content, written_by_agency_id, written_by_user_id)
     SELECT $1, s.section, s.content, $4, $5 FROM unnest($2::text[], $3::jsonb[]) AS s(section, content)
     ON CONFLICT (plan_id, section) DO UPDATE SET content = EXCLUDED.content, written_by_agency_id = EXCLUDED.written_by_agency_id,
       written_by_user_id = EXCLUDED.written_by_user_id, written_at = now()`,
    [planId, [...sections.keys()], [...sections.values()].map((c) => JSON.stringify(c)), ctx.principal.agency.id, ctx.principal.userId]);
}

/** The goals of the plan in force that its review left unachieved (to carry into the version replacing it). */
export async function unachievedGoals(tx: EntityManager, caseId: string): Promise<{ id: string; description: string }[]> {
  return tx.query(
    `SELECT g.id, g.description FROM support_plan p JOIN plan_goal g ON g.plan_id = p.id
      WHERE p.case_id = $1 AND p.status = '${PlanStatus.ACTIVE}' AND g.outcome = ANY($2::text[]) ORDER BY g.position`, [caseId, CARRIED]);
}

/** The categories a sections input writes. */
export function categoriesOf(sections: Map<PlanSection, unknown>, withAgreement: boolean): Category[] {
  return [...new Set([...(withAgreement ? [Category.PLAN] : []), ...[...sections.keys()].map((s) => SECTION_CATEGORY[s])])];
}

export const planSectionsService = {
  /**
   * Fills in sections of a draft (and the client's answer): each section is written by whoever may
   * write its category (the policy decides before this runs). A plan in force is changed by a new version.
   */
  async record(ctx: RequestContext, id: string, input: PlanSectionsInput, idempotencyKey: string | null): Promise<SupportPlan> {
    const sections = sectionsOf(input, 'input');
    const agreement = input.agreement ? agreementOf(input.agreement, 'input.agreement', today()) : null;
    if (sections.size === 0 && !agreement) throw badInput('input', 'must give at least one section or the agreement');
    const caseId = await runMutation(ctx, producesId('recordPlanSections', idempotencyKey, { id, input }), async (tx) => {
      const found = await lockedPlan(tx, id);
      if (found.status !== PlanStatus.DRAFT) throw conflict(`The plan is ${found.status}; only a draft's sections are filled in, a plan in force changes by a new version`);
      await writeSections(tx, ctx, id, sections);
      if (agreement) {
        await tx.query(
          'UPDATE support_plan SET agreement = $2, agreement_on = $3, agreement_by = $4, agreement_refusal_reason = $5 WHERE id = $1',
          [id, agreement.status, agreement.on, agreement.by, agreement.refusalReason]);
      }
      await ctx.audit.write(tx, { caseId: found.caseId, roles: await ctx.facts.rolesInCase(found.caseId), operation: 'recordPlanSections',
        entity: 'SupportPlan', entityId: id, categories: categoriesOf(sections, !!agreement),
        fields: [...[...sections.keys()].map((s) => `sections.${s}`), ...(agreement ? ['agreement'] : [])],
        oldVersion: found.version, newVersion: found.version });
      return found.caseId;
    });
    return reload(ctx, caseId, id);
  },

  /**
   * The review of the plan in force: every goal's outcome with the day and a note, and the client's
   * cooperation. A plan is evaluated once; its unachieved goals carry into the next version.
   */
  async evaluate(ctx: RequestContext, id: string, input: EvaluatePlanInput, idempotencyKey: string | null): Promise<SupportPlan> {
    if (input.evaluatedOn > today()) throw badInput('input.evaluatedOn', 'must not be in the future');
    const note = text('input.note', input.note, { max: 5000 });
    const goals = input.goals.map((g, i) => ({ ...g, note: text(`input.goals.${i}.note`, g.note, { max: 5000 }) }));
    const caseId = await runMutation(ctx, producesId('evaluatePlan', idempotencyKey, { id, input }), async (tx) => {
      const found = await lockedPlan(tx, id);
      if (found.status !== PlanStatus.ACTIVE) throw conflict(`The plan is ${found.status}; only the plan in force is evaluated`);
      if (found.evaluated) throw conflict('The plan was evaluated already; the next version is evaluated at its own review');
      if (input.evaluatedOn < found.validFrom) throw badInput('input.evaluatedOn', 'must not be before the plan starts');
      const positions: number[] = (await tx.query('SELECT position FROM plan_goal WHERE plan_id = $1 ORDER BY position', [id]))
        .map((g: { position: number }) => g.position);
      goals.forEach((g, i) => {
        if (!positions.includes(g.goalPosition)) throw badInput(`input.goals.${i}.goalPosition`, `must be a goal position from 1 to ${positions.length}`);
        if (goals.findIndex((o) => o.goalPosition === g.goalPosition) !== i) throw badInput(`input.goals.${i}.goalPosition`, 'evaluates a goal twice');
      });
      if (goals.length !== positions.length) throw badInput('input.goals', `must evaluate every goal of the plan (${positions.length})`);
      await tx.query('UPDATE support_plan SET client_cooperation = $2, evaluated_on = $3, evaluation_note = $4 WHERE id = $1',
        [id, input.clientCooperation, input.evaluatedOn, note]);
      if (goals.length) {
        await tx.query(
          `UPDATE plan_goal g SET outcome = e.outcome, evaluated_on = $2, evaluation_note = e.note
             FROM unnest($3::smallint[], $4::text[], $5::text[]) AS e(position, outcome, note)
            WHERE g.plan_id = $1 AND g.position = e.position`,
          [id, input.evaluatedOn, goals.map((g) => g.goalPosition), goals.map((g) => g.outcome), goals.map((g) => g.note)]);
      }
      await ctx.audit.write(tx, { caseId: found.caseId, roles: await ctx.facts.rolesInCase(found.caseId), operation: 'evaluatePlan',
        entity: 'SupportPlan', entityId: id, categories: [Category.PLAN], fields: ['evaluation', 'goals.outcome'],
        oldVersion: found.version, newVersion: found.version });
      return found.caseId;
    });
    return reload(ctx, caseId, id);
  },
};

/** The plan, its case row locked first (the lock saves, decisions and evaluations of one case take turns on). */
async function lockedPlan(tx: EntityManager, id: string) {
  const [head]: { caseId: string }[] = await tx.query('SELECT case_id AS "caseId" FROM support_plan WHERE id = $1', [id]);
  if (!head) throw notFound('Support plan');
  await tx.query('SELECT 1 FROM care_case WHERE id = $1 FOR UPDATE', [head.caseId]);
  const [plan]: { caseId: string; status: PlanStatus; version: number; validFrom: string; evaluated: boolean; agreement: AgreementStatus }[] =
    await tx.query(`SELECT case_id AS "caseId", status, version, valid_from::text AS "validFrom", evaluated_on IS NOT NULL AS evaluated, agreement
                      FROM support_plan WHERE id = $1`, [id]);
  return plan;
}

async function reload(ctx: RequestContext, caseId: string, id: string): Promise<SupportPlan> {
  const plan = (await ctx.loaders.plans.planHistoryByCase.load(caseId)).find((p) => p.id === id);
  if (!plan) throw notFound('Support plan');
  return plan;
}
