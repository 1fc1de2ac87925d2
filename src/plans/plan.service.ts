import { EntityManager } from 'typeorm';
import { Category } from '../kernel/categories';
import { providedFields } from '../access/audit-fields';
import { producesId, runMutation } from '../kernel/mutation';
import type { RequestContext } from '../kernel/context';
import { badInput, conflict, notFound } from '../kernel/errors';
import { unknownCode } from '../kernel/reference-codes';
import { dateOrder, text } from '../kernel/validate';
import { addMonths, today } from '../kernel/dates';
import { youthHomeServiceRefusal } from '../placements';
import { SaveSupportPlanInput } from './plan.inputs';
import { activationRefused, agreementOf, missingForActivation, requiredSectionsOf, sectionsOf } from './plan-sections';

/** SQL: the required sections of the case `c`'s template, from the synced register (read in the case's own statement). */
const REQUIRED_OF_CASE = '(SELECT t.required_sections FROM plan_template t WHERE t.target_group = c.target_group)';
import { categoriesOf, unachievedGoals, writeSections } from './plan-sections.service';
import { AgreementStatus } from './plan-sections.types';
import { ServiceType } from './service-type';
import { PlanStatus, SupportPlan } from './support-plan.entity';

/** Support plans are reassessed at least once a year (DOMAIN.md, evaluation). */
const MAX_REVIEW_MONTHS = 12;
const MAX_ITEMS = 200;

function validate(input: SaveSupportPlanInput) {
  if (input.status === PlanStatus.SUPERSEDED) throw badInput('input.status', 'must be DRAFT or ACTIVE');
  const latestReview = addMonths(input.validFrom, MAX_REVIEW_MONTHS);
  const reviewDueOn = input.reviewDueOn ?? latestReview;
  if (reviewDueOn <= input.validFrom) throw badInput('input.reviewDueOn', 'must be after validFrom');
  if (reviewDueOn > latestReview) throw badInput('input.reviewDueOn', 'must be at most 12 months after validFrom');
  for (const [name, list] of [['goals', input.goals], ['tasks', input.tasks], ['services', input.services],
    ['transitionTeam', input.transitionTeam], ['preparationVisits', input.preparationVisits],
    ['plannedContacts', input.plannedContacts]] as const) {
    if (list.length > MAX_ITEMS) throw badInput(`input.${name}`, `must have at most ${MAX_ITEMS} entries`);
  }
  const goals = input.goals.map((g, i) => text(`input.goals.${i}.description`, g.description, { max: 5000, required: true }));
  const tasks = input.tasks.map((t, i) => {
    if (t.goalPosition !== undefined && t.goalPosition !== null && (t.goalPosition < 1 || t.goalPosition > goals.length)) {
      throw badInput(`input.tasks.${i}.goalPosition`, `must be a goal position from 1 to ${goals.length}`);
    }
    if (t.deadline) dateOrder(`input.tasks.${i}.deadline`, input.validFrom, t.deadline);
    return {
      goalPosition: t.goalPosition ?? null,
      description: text(`input.tasks.${i}.description`, t.description, { max: 5000, required: true }),
      deadline: t.deadline ?? null,
      expectedResult: text(`input.tasks.${i}.expectedResult`, t.expectedResult, { max: 5000 }),
      agencyCode: t.responsibleAgencyCode ?? null,
      status: t.status,
      forTransition: t.forTransition,
    };
  });
  const team = input.transitionTeam.map((m, i) => ({
    agencyCode: m.agencyCode,
    memberName: text(`input.transitionTeam.${i}.memberName`, m.memberName, { max: 300 }),
    role: text(`input.transitionTeam.${i}.role`, m.role, { max: 300, required: true }),
  }));
  const visits = input.preparationVisits.map((v, i) => ({
    plannedOn: v.plannedOn, place: v.place, description: text(`input.preparationVisits.${i}.description`, v.description, { max: 2000 }),
  }));
  input.services.forEach((s, i) => {
    if (!(s.volume > 0 && s.volume < 100_000)) throw badInput(`input.services.${i}.volume`, 'must be a positive amount');
  });
  const contacts = input.plannedContacts.map((c, i) => {
    dateOrder(`input.plannedContacts.${i}.plannedOn`, input.validFrom, c.plannedOn);
    return { ...c, participants: text(`input.plannedContacts.${i}.participants`, c.participants, { max: 500 }) };
  });
  const sections = sectionsOf(input, 'input');
  const agreement = input.agreement ? agreementOf(input.agreement, 'input.agreement', today()) : null;
  return { reviewDueOn, problem: text('input.problem', input.problem), goals, tasks, team, visits, contacts, sections, agreement };
}

/** Agency codes named in the plan → ids, in one statement; an unknown code is bad input. */
async function agencyIds(tx: EntityManager, input: SaveSupportPlanInput): Promise<Map<string, string>> {
  const codes = [...input.tasks.map((t) => t.responsibleAgencyCode), ...input.services.map((s) => s.providerAgencyCode),
    ...input.transitionTeam.map((m) => m.agencyCode), ...input.plannedContacts.map((c) => c.agencyCode)].filter((c): c is string => !!c);
  const rows: { code: string; id: string }[] = codes.length
    ? await tx.query('SELECT code, id FROM agency WHERE code = ANY($1::text[])', [codes]) : [];
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  input.tasks.forEach((t, i) => {
    if (t.responsibleAgencyCode && !ids.has(t.responsibleAgencyCode)) {
      throw unknownCode(`input.tasks.${i}.responsibleAgencyCode`, 'agency', t.responsibleAgencyCode);
    }
  });
  input.services.forEach((s, i) => {
    if (s.providerAgencyCode && !ids.has(s.providerAgencyCode)) {
      throw unknownCode(`input.services.${i}.providerAgencyCode`, 'agency', s.providerAgencyCode);
    }
  });
  input.transitionTeam.forEach((m, i) => {
    if (!ids.has(m.agencyCode)) throw badInput(`input.transitionTeam.${i}.agencyCode`, 'is not an agency in the register');
  });
  input.plannedContacts.forEach((c, i) => {
    if (c.agencyCode && !ids.has(c.agencyCode)) throw unknownCode(`input.plannedContacts.${i}.agencyCode`, 'agency', c.agencyCode);
  });
  return ids;
}

/** A youth home in the basket only for a client of its ages at some time while the plan runs (placements' age rule). */
async function checkYouthHome(tx: EntityManager, input: SaveSupportPlanInput, reviewDueOn: string): Promise<void> {
  const at = input.services.findIndex((s) => s.serviceType === ServiceType.YOUTH_HOME);
  if (at < 0) return;
  const [client]: { birthDate: string | null }[] = await tx.query(
    'SELECT cl.birth_date AS "birthDate" FROM care_case c JOIN client cl ON cl.id = c.client_id WHERE c.id = $1', [input.caseId]);
  const refusal = youthHomeServiceRefusal(client?.birthDate ?? null, input.validFrom, reviewDueOn);
  if (refusal) throw badInput(`input.services.${at}.serviceType`, refusal);
}

/**
 * Activating a plan supersedes every plan of the case that is still current (the active one and the
 * drafts): a new ACTIVE version (saveSupportPlan) or an approved draft (approvePlan), `activating`.
 */
async function supersedeCurrent(tx: EntityManager, caseId: string, activating: string | null): Promise<void> {
  await tx.query(
    `UPDATE support_plan SET status = '${PlanStatus.SUPERSEDED}'
      WHERE case_id = $1 AND status <> '${PlanStatus.SUPERSEDED}' AND id IS DISTINCT FROM $2::uuid`, [caseId, activating]);
}

export enum PlanDecision { APPROVE = 'approvePlan', RETURN = 'returnPlan' }

export const planService = {
  /** Saves a new plan version. Activating it supersedes every earlier plan that is still current. */
  async save(ctx: RequestContext, input: SaveSupportPlanInput, idempotencyKey: string | null): Promise<SupportPlan> {
    const valid = validate(input);
    const planId = await runMutation(ctx, producesId('saveSupportPlan', idempotencyKey, { input }), async (tx) => {
      // the case row lock serialises version numbers of concurrent saves
      const [target]: { targetGroup: string; required: unknown }[] = await tx.query(
        `SELECT c.target_group AS "targetGroup", ${REQUIRED_OF_CASE} AS required FROM care_case c WHERE c.id = $1 FOR UPDATE OF c`, [input.caseId]);
      const ids = await agencyIds(tx, input);
      await checkYouthHome(tx, input, valid.reviewDueOn);
      const active = input.status === PlanStatus.ACTIVE;
      const missing = active && target ? missingForActivation(requiredSectionsOf(target.targetGroup, target.required), valid.sections.keys(), valid.agreement?.status ?? AgreementStatus.PENDING) : [];
      if (missing.length) throw activationRefused('input.status', missing);
      // the goals the plan in force left unachieved at its review continue in this version, after its own
      const carried = (await unachievedGoals(tx, input.caseId)).filter((g) => !valid.goals.includes(g.description));
      if (active) await supersedeCurrent(tx, input.caseId, null);
      const [plan] = await tx.query(
        `INSERT INTO support_plan (case_id, version, status, problem, valid_from, review_due_on, author_agency_id, author_user_id, activated_at,
                                   agreement, agreement_on, agreement_by, agreement_refusal_reason)
         SELECT $1, COALESCE(max(version), 0) + 1, $2, $3, $4, $5, $6, $7, CASE WHEN $8 THEN now() END, $9, $10, $11, $12
           FROM support_plan WHERE case_id = $1 RETURNING id, version`,
        [input.caseId, input.status, valid.problem, input.validFrom, valid.reviewDueOn, ctx.principal.agency.id,
          ctx.principal.userId, active, valid.agreement?.status ?? AgreementStatus.PENDING, valid.agreement?.on ?? null,
          valid.agreement?.by ?? null, valid.agreement?.refusalReason ?? null]);
      if (valid.goals.length || carried.length) {
        await tx.query(
          `INSERT INTO plan_goal (plan_id, position, description, carried_from_goal_id)
           SELECT $1, g.ord, g.description, g.carried FROM unnest($2::text[], $3::uuid[]) WITH ORDINALITY AS g(description, carried, ord)`,
          [plan.id, [...valid.goals, ...carried.map((g) => g.description)], [...valid.goals.map(() => null), ...carried.map((g) => g.id)]]);
      }
      await writeSections(tx, ctx, plan.id, valid.sections);
      if (valid.contacts.length) {
        await tx.query(
          `INSERT INTO plan_contact (plan_id, position, kind, planned_on, agency_id, participants)
           SELECT $1, c.ord, c.kind, c.day, c.agency, c.participants
             FROM unnest($2::text[], $3::date[], $4::uuid[], $5::text[]) WITH ORDINALITY AS c(kind, day, agency, participants, ord)`,
          [plan.id, valid.contacts.map((c) => c.kind), valid.contacts.map((c) => c.plannedOn),
            valid.contacts.map((c) => (c.agencyCode ? ids.get(c.agencyCode) : null)), valid.contacts.map((c) => c.participants)]);
      }
      if (valid.tasks.length) {
        await tx.query(
          `INSERT INTO plan_task (plan_id, position, goal_position, description, deadline, expected_result, responsible_agency_id, status,
                                  for_transition)
           SELECT $1, t.ord, t.goal, t.description, t.deadline, t.expected, t.agency, t.status, t.transition
             FROM unnest($2::smallint[], $3::text[], $4::date[], $5::text[], $6::uuid[], $7::text[], $8::boolean[])
                  WITH ORDINALITY AS t(goal, description, deadline, expected, agency, status, transition, ord)`,
          [plan.id, valid.tasks.map((t) => t.goalPosition), valid.tasks.map((t) => t.description),
            valid.tasks.map((t) => t.deadline), valid.tasks.map((t) => t.expectedResult),
            valid.tasks.map((t) => (t.agencyCode ? ids.get(t.agencyCode) : null)), valid.tasks.map((t) => t.status),
            valid.tasks.map((t) => t.forTransition)]);
      }
      if (input.services.length) {
        await tx.query(
          `INSERT INTO plan_service (plan_id, position, service_type, provider_agency_id, volume, unit, period)
           SELECT $1, s.ord, s.type, s.provider, s.volume, s.unit, s.period
             FROM unnest($2::text[], $3::uuid[], $4::numeric[], $5::text[], $6::text[])
                  WITH ORDINALITY AS s(type, provider, volume, unit, period, ord)`,
          [plan.id, input.services.map((s) => s.serviceType),
            input.services.map((s) => (s.providerAgencyCode ? ids.get(s.providerAgencyCode) : null)),
            input.services.map((s) => s.volume), input.services.map((s) => s.unit), input.services.map((s) => s.period)]);
      }
      if (valid.team.length) {
        await tx.query(
          `INSERT INTO plan_transition_member (plan_id, position, agency_id, member_name, role)
           SELECT $1, m.ord, m.agency, m.name, m.role FROM unnest($2::uuid[], $3::text[], $4::text[]) WITH ORDINALITY AS m(agency, name, role, ord)`,
          [plan.id, valid.team.map((m) => ids.get(m.agencyCode)), valid.team.map((m) => m.memberName), valid.team.map((m) => m.role)]);
      }
      if (valid.visits.length) {
        await tx.query(
          `INSERT INTO plan_preparation_visit (plan_id, position, planned_on, place, description)
           SELECT $1, v.ord, v.day, v.place, v.description FROM unnest($2::date[], $3::text[], $4::text[]) WITH ORDINALITY AS v(day, place, description, ord)`,
          [plan.id, valid.visits.map((v) => v.plannedOn), valid.visits.map((v) => v.place), valid.visits.map((v) => v.description)]);
      }
      await ctx.audit.write(tx, { caseId: input.caseId, roles: await ctx.facts.rolesInCase(input.caseId), operation: 'saveSupportPlan',
        entity: 'SupportPlan', entityId: plan.id, fields: providedFields(input),
        categories: [...new Set([Category.PLAN, ...categoriesOf(valid.sections, false)])],
        oldVersion: plan.version > 1 ? plan.version - 1 : null, newVersion: plan.version });
      return plan.id as string;
    });
    const saved = (await ctx.loaders.plans.planHistoryByCase.load(input.caseId)).find((p) => p.id === planId);
    if (!saved) throw notFound('Support plan');
    return saved;
  },

  /**
   * The case manager's decision on a draft (the assessment team's, typically): approving activates it,
   * superseding the plan in force as saving an ACTIVE version does; returning it keeps it a DRAFT with
   * the reason, the time and who returned it, for its author. A draft is decided once: a plan that is
   * not a draft, or a draft already returned, is a CONFLICT.
   */
  async decide(ctx: RequestContext, decision: PlanDecision, id: string, reason: string | null, idempotencyKey: string | null): Promise<SupportPlan> {
    const why = decision === PlanDecision.RETURN ? text('reason', reason, { max: 2000, required: true }) : null;
    const caseId = await runMutation(ctx, producesId(decision, idempotencyKey, { id, reason }), async (tx) => {
      const [found]: { caseId: string }[] = await tx.query('SELECT case_id AS "caseId" FROM support_plan WHERE id = $1', [id]);
      if (!found) throw notFound('Support plan');
      // the case row lock serialises the decision with saves of new versions and other decisions
      await tx.query('SELECT 1 FROM care_case WHERE id = $1 FOR UPDATE', [found.caseId]);
      const [plan]: { status: PlanStatus; version: number; returned: boolean }[] = await tx.query(
        'SELECT status, version, returned_at IS NOT NULL AS returned FROM support_plan WHERE id = $1', [id]);
      if (plan.status !== PlanStatus.DRAFT) throw conflict(`The plan is ${plan.status}; only a draft waits for a decision`);
      if (plan.returned) throw conflict('The draft was returned to its author; a new version is decided instead');
      if (decision === PlanDecision.APPROVE) {
        const [draft]: { targetGroup: string; required: unknown; sections: string[]; agreement: AgreementStatus }[] = await tx.query(
          `SELECT c.target_group AS "targetGroup", ${REQUIRED_OF_CASE} AS required, p.agreement,
                  ARRAY(SELECT s.section FROM plan_section s WHERE s.plan_id = p.id) AS sections
             FROM support_plan p JOIN care_case c ON c.id = p.case_id WHERE p.id = $1`, [id]);
        const missing = missingForActivation(requiredSectionsOf(draft.targetGroup, draft.required), draft.sections, draft.agreement);
        if (missing.length) throw activationRefused('id', missing);
        await supersedeCurrent(tx, found.caseId, id);
        await tx.query(`UPDATE support_plan SET status = '${PlanStatus.ACTIVE}', activated_at = now() WHERE id = $1`, [id]);
      } else {
        await tx.query('UPDATE support_plan SET returned_at = now(), returned_by_user_id = $2, return_reason = $3 WHERE id = $1',
          [id, ctx.principal.userId, why]);
      }
      await ctx.audit.write(tx, { caseId: found.caseId, roles: await ctx.facts.rolesInCase(found.caseId), operation: decision,
        entity: 'SupportPlan', entityId: id, categories: [Category.PLAN],
        fields: decision === PlanDecision.APPROVE ? ['status', 'activatedAt'] : ['returnedAt', 'returnedByUserId', 'returnReason'],
        oldVersion: plan.version, newVersion: plan.version });
      return found.caseId;
    });
    const decided = (await ctx.loaders.plans.planHistoryByCase.load(caseId)).find((p) => p.id === id);
    if (!decided) throw notFound('Support plan');
    return decided;
  },
};
