import { DataSource } from 'typeorm';
import { Caller } from '../kernel/principal';
import { reachableBy } from '../access/scope';
import { columnsOf } from '../kernel/db/sql';
import { groupByKey, loader, oneByKey, uuids } from '../kernel/loaders';
import {
  PlanGoal, PlanService, PlanTask, PlanStatus, PreparationVisit, SupportPlan, TransitionTeamMember,
} from './support-plan.entity';
import { readSections, requiredSectionsOf } from './plan-sections';
import { siblingLinksLoader } from './sibling-links';
import { PlannedContact } from './plan-sections.types';

type PlanRow = Omit<SupportPlan, 'goals' | 'tasks' | 'services' | 'transitionTeam' | 'preparationVisits' | 'plannedContacts' | 'sections'
  | 'requiredSections'> & {
  goals: Omit<PlanGoal, 'caseId'>[] | null;
  tasks: Omit<PlanTask, 'caseId'>[] | null;
  services: Omit<PlanService, 'caseId'>[] | null;
  transitionTeam: Omit<TransitionTeamMember, 'caseId'>[] | null;
  preparationVisits: Omit<PreparationVisit, 'caseId'>[] | null;
  plannedContacts: Omit<PlannedContact, 'caseId'>[] | null;
  sections: Record<string, unknown> | null;
  requiredSections: unknown;
};

/** What a plan is read with: everything, or its outline (its own columns, goals, tasks and services). */
type PlanShape = 'FULL' | 'OUTLINE';

/**
 * A plan with its goals, tasks, services basket, transition plan, planned contacts and sections, all in
 * one statement (json sub-selects): a case page with full plans costs no query per section. Its
 * outline leaves out the sections, their template, the transition plan and the planned contacts:
 * a list page asking for goals, tasks and services took 6 ms of PostgreSQL per 50 plans for them, 0.8 without.
 */
function planSelect(db: DataSource, shape: PlanShape, distinctOn = ''): string {
  const full = shape === 'FULL';
  return `SELECT ${distinctOn} ${columnsOf(db, SupportPlan, 'p')},
    (SELECT json_agg(json_build_object('id', g.id, 'position', g.position, 'description', g.description, 'outcome', g.outcome,
                     'evaluatedOn', g.evaluated_on, 'evaluationNote', g.evaluation_note, 'carriedForward', g.carried_from_goal_id IS NOT NULL)
                     ORDER BY g.position) FROM plan_goal g WHERE g.plan_id = p.id) AS goals,
    (SELECT json_agg(json_build_object('id', t.id, 'goalPosition', t.goal_position, 'position', t.position,
                     'description', t.description, 'deadline', t.deadline, 'expectedResult', t.expected_result,
                     'responsibleAgencyId', t.responsible_agency_id, 'status', t.status, 'forTransition', t.for_transition)
                     ORDER BY t.position)
       FROM plan_task t WHERE t.plan_id = p.id) AS tasks,
    (SELECT json_agg(json_build_object('id', s.id, 'serviceType', s.service_type, 'providerAgencyId', s.provider_agency_id,
                     'volume', s.volume::float8, 'unit', s.unit, 'period', s.period) ORDER BY s.position)
       FROM plan_service s WHERE s.plan_id = p.id) AS services${full ? `,
    (SELECT json_agg(json_build_object('id', c.id, 'kind', c.kind, 'plannedOn', c.planned_on, 'agencyId', c.agency_id,
                     'participants', c.participants) ORDER BY c.position) FROM plan_contact c WHERE c.plan_id = p.id) AS "plannedContacts",
    (SELECT json_object_agg(s.section, s.content) FROM plan_section s WHERE s.plan_id = p.id) AS sections,
    (SELECT c.target_group FROM care_case c WHERE c.id = p.case_id) AS "targetGroup",
    (SELECT t.required_sections FROM care_case c JOIN plan_template t ON t.target_group = c.target_group WHERE c.id = p.case_id)
      AS "requiredSections",
    (SELECT json_agg(json_build_object('id', m.id, 'agencyId', m.agency_id, 'memberName', m.member_name, 'role', m.role)
                     ORDER BY m.position) FROM plan_transition_member m WHERE m.plan_id = p.id) AS "transitionTeam",
    (SELECT json_agg(json_build_object('id', v.id, 'plannedOn', v.planned_on, 'place', v.place, 'description', v.description)
                     ORDER BY v.position) FROM plan_preparation_visit v WHERE v.plan_id = p.id) AS "preparationVisits"` : ''}
    FROM support_plan p`;
}

/**
 * The fields of a plan its outline serves: its own columns, goals, tasks, services and what reads
 * only those. Any other field selected (a section, the transition plan, planned contacts, missing
 * sections, or a field added later) reads the whole plan.
 */
export const OUTLINE_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'version', 'status', 'problem', 'validFrom', 'reviewDueOn',
  'authorUserId', 'createdAt', 'activatedAt', 'returnedAt', 'returnedByUserId', 'returnReason', 'authorAgency', 'agreement', 'evaluation',
  'goals', 'tasks', 'services']);

/** What an outline was read without: reading it is a mistake in choosing the shape, and says so rather than answering empty. */
const NOT_IN_OUTLINE = ['sections', 'requiredSections', 'targetGroup', 'transitionTeam', 'preparationVisits', 'plannedContacts'] as const;

function toPlan(row: PlanRow): SupportPlan {
  const caseId = row.caseId;
  const plan = Object.assign(new SupportPlan(), row, {
    goals: (row.goals ?? []).map((g) => ({ ...g, caseId })),
    tasks: (row.tasks ?? []).map((t) => ({ ...t, caseId })),
    services: (row.services ?? []).map((s) => ({ ...s, caseId })),
  });
  if (!('sections' in row)) {
    for (const part of NOT_IN_OUTLINE) {
      Object.defineProperty(plan, part, { enumerable: false, get: () => { throw new Error(`a plan outline has no ${part}`); } });
    }
    return plan;
  }
  return Object.assign(plan, {
    transitionTeam: (row.transitionTeam ?? []).map((m) => ({ ...m, caseId })),
    preparationVisits: (row.preparationVisits ?? []).map((v) => ({ ...v, caseId })),
    plannedContacts: (row.plannedContacts ?? []).map((c) => ({ ...c, caseId })),
    sections: readSections(caseId, row.sections),
    requiredSections: requiredSectionsOf(row.targetGroup, row.requiredSections),
  });
}

export function createPlanLoaders(db: DataSource, principal: Caller) {
  const agency = principal.agency.id;

  /** The active plan, or else the newest draft: what the case works to now. */
  const currentPlan = (shape: PlanShape) => loader<string, SupportPlan | null>(async (caseIds) => {
    const rows: PlanRow[] = await db.query(
      `${planSelect(db, shape, 'DISTINCT ON (p.case_id)')}
        WHERE p.case_id = ANY($2::uuid[]) AND p.status <> '${PlanStatus.SUPERSEDED}' AND ${reachableBy('p.case_id', '$1', principal)}
        ORDER BY p.case_id, p.status = '${PlanStatus.ACTIVE}' DESC, p.version DESC`, [agency, caseIds]);
    return oneByKey(caseIds, rows.map(toPlan), (p) => p.caseId);
  });

  const planHistory = (shape: PlanShape) => loader<string, SupportPlan[]>(async (caseIds) => {
    const rows: PlanRow[] = await db.query(
      `${planSelect(db, shape)} WHERE p.case_id = ANY($2::uuid[]) AND ${reachableBy('p.case_id', '$1', principal)}
        ORDER BY p.case_id, p.version DESC`, [agency, caseIds]);
    return groupByKey(caseIds, rows.map(toPlan), (p) => p.caseId);
  });

  /** The case of a plan, when the caller reaches it: what the access layer decides a plan's decision on. */
  const caseOfPlan = loader<string, string | null>(async (ids) => {
    const rows: { id: string; caseId: string }[] = await db.query(
      `SELECT p.id, p.case_id AS "caseId" FROM support_plan p
        WHERE p.id = ANY($2::uuid[]) AND ${reachableBy('p.case_id', '$1', principal)}`, [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id).map((r) => r?.caseId ?? null);
  });

  return {
    currentPlanByCase: currentPlan('FULL'), planHistoryByCase: planHistory('FULL'),
    /** The same plans' outlines, for a selection of OUTLINE_FIELDS only. */
    currentPlanOutlineByCase: currentPlan('OUTLINE'), planHistoryOutlineByCase: planHistory('OUTLINE'),
    caseOfPlan, siblingLinksByCase: siblingLinksLoader(db, principal),
  };
}

export type PlanLoaders = ReturnType<typeof createPlanLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    plans: PlanLoaders;
  }
}
