import { registerEnumType } from 'type-graphql';
import { CaseStatus, TargetGroup } from '../cases';
import { Category } from '../kernel/categories';
import { RULES } from '../monitoring';

/**
 * The data-quality score as data: seed 003's case-file quality (content, traceability, a file that
 * shows what was done and when) made measurable as checks over the case's records. One table,
 * reviewed like code; the SQL is written from it (quality.sql.ts), one statement per report.
 */
export enum QualityKind {
  /** the records a case at its stage should have */
  COMPLETENESS = 'COMPLETENESS',
  /** recorded and reviewed when the rules say */
  TIMELINESS = 'TIMELINESS',
  /** a rule exceeded only with its exception recorded */
  CONSISTENCY = 'CONSISTENCY',
}
registerEnumType(QualityKind, { name: 'QualityKind', description: 'What a data-quality check measures' });

/** Whose record a check looks at: the agency scored for it (by agency) and told of it. */
export enum Keeper {
  CASE_MANAGER = 'CASE_MANAGER',
  ORPHAN_COURT = 'ORPHAN_COURT',
  PREVIOUS_PROVIDER = 'PREVIOUS_PROVIDER',
}

/**
 * One check. The SQL sees `c`, an open case: id, client_id, target_group, status, opened_on,
 * case_manager_agency_id and case_manager_user_id (the staff member named), municipality, today (the day judged, Latvian), manager (its case manager
 * agency), court (its orphan court agency, or null) and plan (its active plan, or null).
 */
export interface QualityCheck {
  id: string;
  kind: QualityKind;
  description: string;
  /** the lifecycle stages it applies in */
  stages: readonly CaseStatus[];
  /** the target groups it applies to (all when absent) */
  targetGroups?: readonly TargetGroup[];
  /** the data it reads: a case's gap is named only to whoever may read this category */
  category: Category;
  keeper: Keeper;
  /** SQL: the agency scored (default: the keeper's agency in the case; the case manager's where there is no court) */
  agency?: string;
  /** SQL: further FROM items after `cases c` (one row each: e.g. one per previous provider) */
  from?: string;
  /** SQL: it applies, beyond stage and target group */
  applies?: string;
  /** SQL: it passes */
  passes: string;
  weight: number;
  /** reads other cases (a foster family's other children): in analysts' aggregates only, never named on a case */
  aggregateOnly?: boolean;
}

/** A follow-up is recorded within this many days of what it records (a working week and its weekend). */
export const RECORD_WITHIN_DAYS = 7;
/** The recording of follow-ups is judged over the last year: the plan's own cycle (reassessed at least yearly). */
const RECORDING_MONTHS = 12;

const S = CaseStatus;
const OPEN: readonly CaseStatus[] = Object.values(CaseStatus).filter((s) => s !== S.CLOSED);
/** from planning on, the case has been assessed */
const ASSESSED: readonly CaseStatus[] = [S.PLANNING, S.IMPLEMENTATION, S.EVALUATION, S.POST_CLOSURE_MONITORING];
/** while the plan is carried out and evaluated */
const PLAN_IN_FORCE: readonly CaseStatus[] = [S.IMPLEMENTATION, S.EVALUATION];
const CHILDREN: readonly TargetGroup[] = [TargetGroup.CHILD_WITHOUT_PARENTAL_CARE, TargetGroup.CHILD_WITH_FUNCTIONAL_IMPAIRMENT];

const text = (column: string) => `COALESCE(btrim(${column}), '') <> ''`;
const current = (p: string) => `${p}.starts_on <= c.today AND (${p}.ends_on IS NULL OR ${p}.ends_on > c.today)`;
const assessment = (condition = 'true') => `EXISTS (SELECT 1 FROM assessment a WHERE a.case_id = c.id AND ${condition})`;
const overdue = (kind: string) => `EXISTS (SELECT 1 FROM due_date d WHERE d.case_id = c.id AND d.kind = '${kind}' AND d.due_on < c.today)`;
const due = (kind: string) => `EXISTS (SELECT 1 FROM due_date d WHERE d.case_id = c.id AND d.kind = '${kind}')`;
const outOfFamily = `FROM placement pl WHERE pl.case_id = c.id AND pl.type <> 'BIRTH_FAMILY' AND ${current('pl')}`;
const managersFollowUps = `FROM follow_up f WHERE f.case_id = c.id AND f.author_agency_id = c.manager
  AND f.occurred_on > (c.today - interval '${RECORDING_MONTHS} months')::date`;

export const CHECKS: readonly QualityCheck[] = [
  // completeness: what the file of a case at its stage should hold (003: the client's file; 004: the plan's contents)
  { id: 'CASE_MANAGER_NAMED', kind: QualityKind.COMPLETENESS, stages: OPEN, category: Category.CASE, keeper: Keeper.CASE_MANAGER, weight: 1,
    description: 'A social worker is named as the case manager, with a work e-mail or phone',
    passes: `EXISTS (SELECT 1 FROM staff_member sm WHERE sm.agency_id = c.case_manager_agency_id AND sm.user_id = c.case_manager_user_id
                        AND (${text('sm.work_email')} OR ${text('sm.work_phone')}))` },
  { id: 'ASSESSMENT_RECORDED', kind: QualityKind.COMPLETENESS, stages: ASSESSED, category: Category.ASSESSMENT, keeper: Keeper.CASE_MANAGER,
    weight: 2, description: "An assessment of the client's situation is recorded", passes: assessment() },
  { id: 'NEEDS_DESCRIBED', kind: QualityKind.COMPLETENESS, stages: ASSESSED, category: Category.ASSESSMENT, keeper: Keeper.CASE_MANAGER,
    weight: 1, description: "The latest assessment describes the client's needs", applies: assessment(),
    passes: `(SELECT ${text('a.needs_summary')} FROM assessment a WHERE a.case_id = c.id
               ORDER BY a.assessed_on DESC, a.created_at DESC, a.id LIMIT 1)` },
  { id: 'HOME_VISITED', kind: QualityKind.COMPLETENESS, stages: ASSESSED, targetGroups: [TargetGroup.CHILD_WITHOUT_PARENTAL_CARE],
    category: Category.ASSESSMENT, keeper: Keeper.CASE_MANAGER, weight: 1,
    description: "The child's living place was assessed on a home visit (apsekošana dzīvesvietā)", passes: assessment(`a.type = 'HOME_VISIT'`) },
  { id: 'CARE_LEVEL_ASSESSED', kind: QualityKind.COMPLETENESS, stages: ASSESSED, targetGroups: [TargetGroup.ADULT_WITH_MENTAL_DISORDER],
    category: Category.ASSESSMENT, keeper: Keeper.CASE_MANAGER, weight: 1, description: "The adult's care level (I-IV) is assessed",
    passes: assessment('a.care_level IS NOT NULL') },
  { id: 'PLAN_ACTIVE', kind: QualityKind.COMPLETENESS, stages: PLAN_IN_FORCE, category: Category.PLAN, keeper: Keeper.CASE_MANAGER, weight: 2,
    description: 'A support plan is in force', passes: 'c.plan IS NOT NULL' },
  { id: 'PLAN_PROBLEM_AND_GOALS', kind: QualityKind.COMPLETENESS, stages: PLAN_IN_FORCE, category: Category.PLAN, keeper: Keeper.CASE_MANAGER,
    weight: 1, description: 'The plan defines the problem and at least one goal', applies: 'c.plan IS NOT NULL',
    passes: `EXISTS (SELECT 1 FROM support_plan p WHERE p.id = c.plan AND ${text('p.problem')})
             AND EXISTS (SELECT 1 FROM plan_goal g WHERE g.plan_id = c.plan)` },
  { id: 'PLAN_TASKS_SCHEDULED', kind: QualityKind.COMPLETENESS, stages: PLAN_IN_FORCE, category: Category.PLAN, keeper: Keeper.CASE_MANAGER,
    weight: 1, description: 'The plan has tasks, each with a deadline and an expected result', applies: 'c.plan IS NOT NULL',
    passes: `EXISTS (SELECT 1 FROM plan_task t WHERE t.plan_id = c.plan AND t.status <> 'CANCELLED')
             AND NOT EXISTS (SELECT 1 FROM plan_task t WHERE t.plan_id = c.plan AND t.status <> 'CANCELLED'
                               AND (t.deadline IS NULL OR NOT ${text('t.expected_result')}))` },
  { id: 'CHILD_PLACEMENT_RECORDED', kind: QualityKind.COMPLETENESS, stages: PLAN_IN_FORCE, targetGroups: [TargetGroup.CHILD_WITHOUT_PARENTAL_CARE],
    category: Category.PLACEMENT, keeper: Keeper.ORPHAN_COURT, weight: 1, description: 'Where the child lives now is recorded (a placement)',
    passes: `EXISTS (SELECT 1 FROM placement pl WHERE pl.case_id = c.id AND ${current('pl')})` },
  { id: 'PLACEMENT_DECIDED', kind: QualityKind.COMPLETENESS, stages: OPEN, targetGroups: [TargetGroup.CHILD_WITHOUT_PARENTAL_CARE],
    category: Category.PLACEMENT, keeper: Keeper.ORPHAN_COURT, weight: 2,
    description: "The child's out-of-family care placement names the orphan court's decision",
    applies: `EXISTS (SELECT 1 ${outOfFamily})`, passes: `NOT EXISTS (SELECT 1 ${outOfFamily} AND NOT ${text('pl.court_decision_ref')})` },

  // timeliness: recorded when it happened, reviewed when the monitoring rules say (their due dates, src/monitoring)
  { id: 'FOLLOW_UPS_RECORDED_PROMPTLY', kind: QualityKind.TIMELINESS, stages: OPEN, category: Category.FOLLOW_UP, keeper: Keeper.CASE_MANAGER,
    weight: 1, description: `The case manager's follow-ups of the last ${RECORDING_MONTHS} months were recorded within ${RECORD_WITHIN_DAYS} days of what they record`,
    applies: `EXISTS (SELECT 1 ${managersFollowUps})`,
    passes: `NOT EXISTS (SELECT 1 ${managersFollowUps} AND (f.created_at AT TIME ZONE 'Europe/Riga')::date > f.occurred_on + ${RECORD_WITHIN_DAYS})` },
  { id: 'FOLLOWED_UP_RECENTLY', kind: QualityKind.TIMELINESS, stages: PLAN_IN_FORCE, category: Category.FOLLOW_UP, keeper: Keeper.CASE_MANAGER,
    weight: 1, description: `A visit, meeting or conversation is recorded in the last ${RULES.reviewEveryMonths} months`,
    applies: `c.opened_on <= (c.today - interval '${RULES.reviewEveryMonths} months')::date`,
    passes: `EXISTS (SELECT 1 FROM follow_up f WHERE f.case_id = c.id AND f.occurred_on > (c.today - interval '${RULES.reviewEveryMonths} months')::date)` },
  { id: 'PLAN_REASSESSED_ON_TIME', kind: QualityKind.TIMELINESS, stages: OPEN, category: Category.PLAN, keeper: Keeper.CASE_MANAGER, weight: 2,
    description: 'The support plan is reassessed by its review date (at least yearly)', applies: due('PLAN_REASSESSMENT'),
    passes: `NOT ${overdue('PLAN_REASSESSMENT')}` },
  { id: 'TASKS_ON_TIME', kind: QualityKind.TIMELINESS, stages: PLAN_IN_FORCE, category: Category.PLAN, keeper: Keeper.CASE_MANAGER, weight: 1,
    description: "No task of the plan is open past its deadline",
    applies: 'EXISTS (SELECT 1 FROM plan_task t WHERE t.plan_id = c.plan AND t.deadline IS NOT NULL)', passes: `NOT ${overdue('TASK_DEADLINE')}` },
  { id: 'PREVIOUS_PROVIDER_REVIEWED', kind: QualityKind.TIMELINESS, stages: OPEN, category: Category.FOLLOW_UP, keeper: Keeper.PREVIOUS_PROVIDER,
    weight: 1, description: "The previous provider's quarterly situation review is held on time (004 K41)",
    from: `JOIN due_date d ON d.case_id = c.id AND d.kind = 'SITUATION_REVIEW'
             AND (d.active_from IS NULL OR d.active_from <= c.today) AND (d.active_until IS NULL OR d.active_until > c.today)`,
    agency: 'd.responsible_agency_id', passes: 'd.due_on >= c.today' },
  { id: 'MONITORED_AFTER_CLOSURE', kind: QualityKind.TIMELINESS, stages: [S.POST_CLOSURE_MONITORING], category: Category.FOLLOW_UP,
    keeper: Keeper.CASE_MANAGER, weight: 1, description: 'The monitoring visits after closure are held on time',
    applies: due('MONITORING_VISIT'), passes: `NOT ${overdue('MONITORING_VISIT')}` },

  // consistency: a rule exceeded only with its exception recorded. A child's stay in an institution beyond its limit
  // needs the orphan court's extension (recordStayLimitException); the foster family's capacity (004 table 2, as
  // src/placements/capacity.ts counts it: an unknown age counts as the youngest) the siblings' exception
  { id: 'STAY_LIMIT_EXCEPTION', kind: QualityKind.CONSISTENCY, stages: OPEN, targetGroups: CHILDREN, category: Category.PLACEMENT,
    keeper: Keeper.ORPHAN_COURT, weight: 2,
    description: `A child's stay in an institution past its limit (${RULES.youngChildStayMonths} months under ${RULES.youngChildUnderYears}, `
      + `${RULES.childStayMonths} from ${RULES.youngChildUnderYears}) has the orphan court's extension recorded`,
    from: `JOIN client scl ON scl.id = c.client_id AND scl.birth_date IS NOT NULL
      JOIN placement sp ON sp.case_id = c.id AND sp.type = 'INSTITUTION' AND ${current('sp')}`,
    applies: `c.today > (sp.starts_on + CASE WHEN age(sp.starts_on, scl.birth_date) < interval '${RULES.youngChildUnderYears} years'
                                             THEN interval '${RULES.youngChildStayMonths} months'
                                             ELSE interval '${RULES.childStayMonths} months' END)::date`,
    passes: 'EXISTS (SELECT 1 FROM placement_stay_exception x WHERE x.placement_id = sp.id AND x.new_limit_on >= c.today)' },
  { id: 'FOSTER_CAPACITY_EXCEPTION', kind: QualityKind.CONSISTENCY, stages: OPEN, targetGroups: CHILDREN, category: Category.PLACEMENT,
    keeper: Keeper.ORPHAN_COURT, weight: 2, aggregateOnly: true,
    description: 'A foster family with more children than its form takes has the exception (siblings placed together) recorded',
    // a family is its carer of the register, or before the register its text reference
    from: `JOIN placement fp ON fp.case_id = c.id AND fp.type = 'FOSTER_FAMILY' AND (fp.carer_id IS NOT NULL OR fp.carer_ref IS NOT NULL)
        AND ${current('fp')}
      CROSS JOIN LATERAL (
        SELECT count(*) AS children, bool_or(q.capacity_exception IS NOT NULL) AS excepted,
               bool_or(qcl.birth_date IS NULL OR qcl.birth_date > (c.today - interval '18 months')::date) AS infant,
               bool_or(qc.target_group = 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT'
                       AND (qcl.birth_date IS NULL OR qcl.birth_date > (c.today - interval '4 years')::date)) AS special_under_four
          FROM placement q JOIN care_case qc ON qc.id = q.case_id JOIN client qcl ON qcl.id = qc.client_id
         WHERE (q.carer_id = fp.carer_id OR q.carer_ref = fp.carer_ref) AND q.type = 'FOSTER_FAMILY' AND ${current('q')}) family`,
    applies: `family.children > CASE fp.foster_form WHEN 'CRISIS' THEN CASE WHEN family.infant THEN 2 ELSE 3 END
                                                  WHEN 'SPECIALISED' THEN 6
                                                  WHEN 'RESPITE' THEN CASE WHEN family.special_under_four THEN 3 ELSE 6 END
                                                  ELSE 3 END`,
    passes: 'family.excepted' },
];

export const CHECK_BY_ID: ReadonlyMap<string, QualityCheck> = new Map(CHECKS.map((k) => [k.id, k]));
