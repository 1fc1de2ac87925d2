import { column, firstOf, instant, listOf, Projections, RelationSql } from '../kernel/projection';
import { agencyLink } from '../reference';
import { PlanStatus } from './support-plan.entity';

/** The rows of a plan's part, in their order: an empty part is `[]`, as the plan loaders give it. */
const partOf = (type: string, table: string): RelationSql => listOf({ type, table, key: 'plan_id', orderBy: (x) => `${x}.position` });

/**
 * A case's support plans, their columns, goals, tasks and services, as compiled reads build them
 * (kernel/projection.ts). The sections are not projected: a query selecting one reads the whole plan.
 */
export const PLAN_PROJECTIONS: Projections = {
  Case: {
    fields: {
      // the active plan, or else the newest draft (currentPlanByCase)
      currentPlan: firstOf({ type: 'SupportPlan', table: 'support_plan', key: 'case_id',
        where: (p) => `${p}.status <> '${PlanStatus.SUPERSEDED}'`, orderBy: (p) => `${p}.status = '${PlanStatus.ACTIVE}' DESC, ${p}.version DESC` }),
      planHistory: listOf({ type: 'SupportPlan', table: 'support_plan', key: 'case_id', orderBy: (p) => `${p}.version DESC` }),
    },
  },
  SupportPlan: {
    fields: {
      id: column('id'), version: column('version'), status: column('status'), problem: column('problem'), validFrom: column('valid_from'),
      reviewDueOn: column('review_due_on'), authorUserId: column('author_user_id'), createdAt: instant('created_at'),
      activatedAt: instant('activated_at'), returnedAt: instant('returned_at'), returnedByUserId: column('returned_by_user_id'),
      returnReason: column('return_reason'), authorAgency: agencyLink('author_agency_id'),
      goals: partOf('PlanGoal', 'plan_goal'), tasks: partOf('PlanTask', 'plan_task'), services: partOf('PlanService', 'plan_service'),
    },
  },
  PlanGoal: {
    fields: {
      id: column('id'), position: column('position'), description: column('description'), outcome: column('outcome'),
      evaluatedOn: column('evaluated_on'), evaluationNote: column('evaluation_note'),
      carriedForward: { leaf: (r) => `(${r}.carried_from_goal_id IS NOT NULL)` },
    },
  },
  PlanTask: {
    fields: {
      id: column('id'), goalPosition: column('goal_position'), position: column('position'), description: column('description'),
      deadline: column('deadline'), expectedResult: column('expected_result'), status: column('status'),
      forTransition: column('for_transition'), responsibleAgency: agencyLink('responsible_agency_id'),
    },
  },
  PlanService: {
    fields: {
      id: column('id'), serviceType: column('service_type'), volume: { leaf: (r) => `${r}.volume::float8` }, unit: column('unit'),
      period: column('period'), provider: agencyLink('provider_agency_id'),
    },
  },
};
