import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { seedDemoData } from '../../src/demo/seed';
import { DEFAULT_RETENTION_AFTER_CLOSURE_MONTHS } from '../../src/kernel/config';
import { connectDatabase } from '../../src/kernel/db/data-source';
import { JOB_DB_TIMEOUTS } from '../../src/kernel/db/timeouts';
import { addDays, addMonths, closedLongerAgoCutoff, monthOf } from '../../src/kernel/dates';
import { UserRole } from '../../src/kernel/principal';
import { rebuildRollups, refreshRollups } from '../../src/reporting/rollups';
import { refreshSnapshots } from '../../src/reporting/snapshots';
import { applyRetention, RetentionRun } from '../../src/retention';
import { OPEN_CASE, TODAY } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const MONTHS = DEFAULT_RETENTION_AFTER_CLOSURE_MONTHS;
/** Cases closed before this day have been closed for longer than the period. */
const CUT = closedLongerAgoCutoff(TODAY, MONTHS);
const MARKER = '[removed: retention period after closure ended]';

/**
 * The free-text columns of the tables a client's cases reach, written out by hand: what the
 * retention rule removes. Every other text column is kept (ids, codes, enumerations, register
 * references, the legal basis of an involvement, staff user ids); a text column in neither list
 * fails the test below until someone decides which it is.
 */
const REDACTED: Record<string, string[]> = {
  client: ['personal_code', 'given_name', 'family_name', 'address', 'phone'],
  care_case: ['reported_by', 'report_restriction_basis'],
  involvement: ['end_reason'],
  case_transition: ['reason'],
  assessment: ['needs_summary', 'health_findings', 'safety_findings', 'family_notes', 'child_opinion'],
  // the case manager's reason for returning a draft (returnPlan): about the person, as the problem
  // issue 19: why the client refused the plan, what its review said, the sections' contents, who takes part in a planned visit
  support_plan: ['problem', 'return_reason', 'agreement_refusal_reason', 'evaluation_note'],
  plan_goal: ['description', 'evaluation_note'],
  plan_section: ['content'],
  plan_contact: ['participants'],
  plan_task: ['description', 'expected_result'],
  follow_up: ['summary', 'recommendations'],
  follow_up_revision: ['summary', 'recommendations'],
  placement: ['carer_name', 'capacity_exception'],
  mentor_assignment: ['mentor_name'],
  emergency_access: ['justification', 'review_note'],
  referral: ['reason', 'decline_reason'],
  // why the case manager asked to close the case, and why a MANAGER returned it: about the person
  case_closure_request: ['reason', 'return_reason'],
  // the pre-admission summary of a long-term care application: about the person, as a plan's problem
  care_application: ['why_not_enough'],
  // issue 13: who of the birth family met the child, where, and what came of it
  birth_family_contact: ['participants', 'place', 'outcome'],
  // the support centre's plan for the placed child: its goals and support, about the child
  placed_child_plan: ['goals', 'support'],
};
const KEPT: Record<string, string[]> = {
  client: ['gender', 'declared_municipality_code'],
  care_case: ['target_group', 'intake_type', 'status', 'responsible_municipality_code', 'case_manager_user_id'],
  involvement: ['role', 'legal_basis', 'created_by_user_id'],
  case_transition: ['from_status', 'to_status', 'user_id'],
  assessment: ['type', 'author_user_id', 'recommended_services'],
  support_plan: ['status', 'author_user_id', 'returned_by_user_id', 'agreement', 'agreement_by', 'client_cooperation'],
  plan_goal: ['outcome'],
  plan_section: ['section', 'written_by_user_id'],
  plan_contact: ['kind'],
  // a link between two siblings' cases: ids, and the staff user who recorded it
  case_sibling_link: ['recorded_by_user_id'],
  plan_task: ['status'],
  plan_service: ['service_type', 'unit', 'period'],
  follow_up: ['kind', 'author_user_id', 'category'],
  follow_up_revision: ['kind', 'category', 'replaced_by_user_id'],
  placement: ['type', 'foster_form', 'carer_ref', 'court_decision_ref', 'exit_destination'],
  // the court's decision on the permanent solution: an enumeration, its decision reference and who recorded it
  permanency_plan: ['goal', 'decision_ref', 'decided_by_user_id'],
  // a contact with the birth family: its kind and status (enumerations) and the organiser's staff user id
  birth_family_contact: ['kind', 'status', 'organised_by_user_id'],
  placed_child_plan: ['user_id'],
  // the waiting list counts by service, status and removal reason; the services tried are codes of the services basket
  care_application: ['service', 'status', 'services_tried', 'removal_reason'],
  mentor_assignment: ['mentor_ref', 'created_by_user_id'],
  emergency_access: ['user_id', 'verdict', 'reviewed_by_user_id'],
  // the court's decision reference, as a placement's; the user who recorded it
  placement_stay_exception: ['decision_ref', 'decided_by_user_id'],
  // an alert names kinds, categories and what raised it (ids and dates), never text about the person
  alert: ['kind', 'subject', 'category', 'ref', 'for_user_role'],
  referral: ['role', 'status', 'referred_by_user_id', 'decided_by_user_id'],
  case_closure_request: ['to_status', 'status', 'requested_by_user_id', 'decided_by_user_id'],
  // the case worker assignments: staff user ids only
  case_worker_assignment: ['user_id', 'assigned_by_user_id'],
  case_change: ['category'],
  due_date: ['id', 'kind', 'category'],
  // the change feed mirrors the audit of writes: names of entities, operations and categories, never values
  change_event: ['entity', 'operation', 'categories'],
};
/** The tables hung on a case through its plans or follow-ups rather than a case_id of their own. */
const THROUGH = {
  plan_goal: 'JOIN support_plan p ON p.id = t.plan_id WHERE p.case_id = ANY($1)',
  plan_task: 'JOIN support_plan p ON p.id = t.plan_id WHERE p.case_id = ANY($1)',
  plan_service: 'JOIN support_plan p ON p.id = t.plan_id WHERE p.case_id = ANY($1)',
  plan_section: 'JOIN support_plan p ON p.id = t.plan_id WHERE p.case_id = ANY($1)',
  plan_contact: 'JOIN support_plan p ON p.id = t.plan_id WHERE p.case_id = ANY($1)',
  follow_up_revision: 'JOIN follow_up f ON f.id = t.follow_up_id WHERE f.case_id = ANY($1)',
  client: 'WHERE t.id IN (SELECT client_id FROM care_case WHERE id = ANY($1))',
  care_case: 'WHERE t.id = ANY($1)',
} as Record<string, string>;

const SUMMARY = graphql(`query RetentionSummary($period: PeriodInput!, $groupBy: GroupBy) {
  regionalSummary(period: $period, groupBy: $groupBy) {
    scopeLevel from to suppressionThreshold
    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }
      rows { areaCode areaName cells { value suppressed } total { value suppressed } } }
  }
}`);
const EXISTS = graphql(`query RetentionCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode } } }`);
const CASE = graphql(`query RetainedCase($id: ID!) {
  case(id: $id) {
    status version reportedBy closedOn targetGroup
    client { id personalCode givenName familyName address phone birthDate gender declaredMunicipalityCode pseudonymisedAt }
    followUps(first: 10) { totalCount edges { node { kind category summary recommendations } } }
    transitions { from to reason }
    placements { type carerName carerRef courtDecisionRef capacityException }
    mentors { mentorRef mentorName }
    latestAssessment { type needsSummary healthFindings childOpinion recommendedServices }
    currentPlan { problem goals { description } tasks { description expectedResult status } }
  }
}`);
const REOPEN = graphql(`mutation RetentionReopen($input: TransitionCaseInput!) { transitionCase(input: $input) { id status } }`);
const FOLLOW_UP = graphql(`mutation RetentionFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`);

interface Person { name: string; clientId: string; personalCode: string; address: string; phone: string; caseIds: string[] }
type Sums = Record<string, string>;

describe('storage limitation: clients whose every case was closed longer ago than the period are pseudonymised', () => {
  let hub: TestHub;
  let app: DataSource;
  let serial = 0;
  /** every case closed long ago: pseudonymised */
  let old: Person;
  /** closed the day before the cut: pseudonymised; on the cut day itself: not yet */
  let justOver: Person;
  let notYet: Person;
  /** one case closed long ago, one open: kept */
  let mixed: Person;
  /** closed five years ago: kept */
  let recent: Person;
  /** more like `old`, so the figures of the years they were open are more than suppressed cells: pseudonymised */
  const alike: Person[] = [];
  /** demo clients whose only cases were closed, moved back eleven years: pseudonymised */
  let demo: string[];
  let expected: string[];
  let keptCases: string[];
  let goneCases: string[];
  let analyst: string;
  const before: { summaries: string[]; kept: Sums; all: Sums; gone: Record<string, Record<string, unknown>[]>; changes: string } = {
    summaries: [], kept: {}, all: {}, gone: {}, changes: '',
  };
  let first: RetentionRun;

  /**
   * A client with a case per spec, each with text in every free-text column (the client's name in all of it), but for
   * the first case's family notes, which stay empty.
   */
  async function person(name: string, cases: { openedOn: string; closedOn: string | null }[]): Promise<Person> {
    serial += 1;
    const personalCode = `32${String(7000 + serial).padStart(4, '0')}-${String(serial).padStart(5, '0')}`;
    const address = `${name} iela ${serial}, Rīga`;
    const phone = `+371 2900${String(serial).padStart(4, '0')}`;
    const [{ id: clientId }] = await hub.db.query(
      `INSERT INTO client (personal_code, given_name, family_name, birth_date, gender, declared_municipality_code, address, phone)
       VALUES ($1, 'Līga', $2, '2008-05-17', 'FEMALE', 'RIGA', $3, $4) RETURNING id`, [personalCode, name, address, phone]);
    const caseIds: string[] = [];
    for (const c of cases) {
      const text = `${name}: ${c.closedOn ? 'closed' : 'open'} case, seen at home`;
      const [{ id }] = await hub.db.query(`
        WITH cc AS (
          INSERT INTO care_case (client_id, target_group, intake_type, reported_by, status, opened_on, closed_on, responsible_municipality_code,
                                 report_restricted_at, report_restriction_basis, report_restricted_by_agency_id)
          VALUES ($1, 'CHILD_WITHOUT_PARENTAL_CARE', 'MANDATORY', $2, CASE WHEN $4::date IS NULL THEN 'IMPLEMENTATION' ELSE 'CLOSED' END,
                  $3::date, $4::date, 'RIGA', $3::date, $2, (SELECT id FROM agency WHERE code = 'BT-RIGA'))
          RETURNING id, opened_on, closed_on),
        sd AS (SELECT id FROM agency WHERE code = 'SD-RIGA'),
        manager AS (
          INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id, valid_from)
          SELECT cc.id, sd.id, 'CASE_MANAGER', 'Sociālo pakalpojumu un sociālās palīdzības likums, 9. pants', 'sd-1', cc.opened_on FROM cc, sd),
        ended AS (
          INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id, valid_from, ended_at, end_reason)
          SELECT cc.id, a.id, 'SUPPORT_CENTRE', 'līgums 12/2010', 'sd-1', cc.opened_on, cc.opened_on + 300, $2
            FROM cc, agency a WHERE a.code = 'AC-RIGA-1'),
        moved AS (
          INSERT INTO case_transition (case_id, from_status, to_status, reason, user_id, agency_id, at)
          SELECT cc.id, 'INTAKE', 'ASSESSMENT', $2, 'sd-1', sd.id, cc.opened_on + 5 FROM cc, sd),
        assessed AS (
          INSERT INTO assessment (case_id, type, assessed_on, author_agency_id, author_user_id, needs_summary, recommended_services,
                                  health_findings, safety_findings, family_notes, child_opinion)
          SELECT cc.id, 'INITIAL', cc.opened_on + 10, sd.id, 'sd-1', $2, ARRAY['DAY_CARE_CENTRE'], $2, $2, CASE WHEN $6 THEN $2 END, $2
            FROM cc, sd),
        plan AS (
          INSERT INTO support_plan (case_id, version, status, problem, valid_from, review_due_on, author_agency_id, author_user_id, activated_at,
                                    agreement, agreement_on, agreement_by, agreement_refusal_reason, client_cooperation, evaluated_on, evaluation_note)
          SELECT cc.id, 1, 'ACTIVE', $2, cc.opened_on + 20, cc.opened_on + 385, sd.id, 'sd-1', cc.opened_on + 20,
                 'REFUSED', cc.opened_on + 19, 'CLIENT', $2, 'COOPERATED', cc.opened_on + 200, $2 FROM cc, sd RETURNING id),
        section AS (
          INSERT INTO plan_section (plan_id, section, content, written_by_agency_id, written_by_user_id)
          SELECT plan.id, 'HEALTH', jsonb_build_object('description', $2::text), sd.id, 'sd-1' FROM plan, sd),
        contact AS (
          INSERT INTO plan_contact (plan_id, position, kind, planned_on, participants)
          SELECT plan.id, 1, 'HOME_VISIT', cc.opened_on + 60, $2 FROM plan, cc),
        returned AS (
          INSERT INTO support_plan (case_id, version, status, problem, valid_from, review_due_on, author_agency_id, author_user_id,
                                    returned_at, returned_by_user_id, return_reason)
          SELECT cc.id, 2, 'DRAFT', $2, cc.opened_on + 30, cc.opened_on + 395, a.id, 'at-1', cc.opened_on + 31, 'sd-1', $2
            FROM cc, agency a WHERE a.code = 'AT-RIGA-1'),
        goal AS (INSERT INTO plan_goal (plan_id, position, description, outcome, evaluated_on, evaluation_note)
                 SELECT plan.id, 1, $2, 'ACHIEVED', cc.opened_on + 200, $2 FROM plan, cc RETURNING plan_id),
        task AS (
          INSERT INTO plan_task (plan_id, goal_position, position, description, expected_result, status)
          SELECT goal.plan_id, 1, 1, $2, $2, 'DONE' FROM goal),
        service AS (
          INSERT INTO plan_service (plan_id, position, service_type, volume, unit, period)
          SELECT plan.id, 1, 'DAY_CARE_CENTRE', 10, 'DAY', 'MONTH' FROM plan),
        visit AS (
          INSERT INTO follow_up (case_id, kind, occurred_on, author_agency_id, author_user_id, summary, recommendations, category, version)
          SELECT cc.id, 'HOME_VISIT', cc.opened_on + 40, sd.id, 'sd-1', $2, $2, 'FAMILY', 2 FROM cc, sd
          RETURNING id, kind, occurred_on, category),
        revised AS (
          INSERT INTO follow_up_revision (follow_up_id, version, kind, occurred_on, summary, recommendations, category, replaced_by_user_id)
          SELECT visit.id, 1, visit.kind, visit.occurred_on, $2, NULL, visit.category, 'sd-1' FROM visit),
        placed AS (
          INSERT INTO placement (case_id, type, foster_form, carer_name, carer_ref, starts_on, ends_on, sibling_group, capacity_exception,
                                 court_decision_ref, deciding_agency_id)
          SELECT cc.id, 'FOSTER_FAMILY', 'ORDINARY', $2, 'FAM-RET-' || $5, cc.opened_on + 50, cc.closed_on, true, $2, 'BT-RIGA 2014/7', a.id
            FROM cc, agency a WHERE a.code = 'BT-RIGA'),
        mentor AS (
          INSERT INTO social_mentor (agency_id, name, created_by_user_id) SELECT sd.id, 'Inese Mentore', 'sd-1' FROM sd RETURNING id, agency_id),
        mentored AS (
          INSERT INTO mentor_assignment (case_id, mentor_id, provider_agency_id, mentor_ref, mentor_name, starts_on, ends_on, created_by_user_id)
          SELECT cc.id, mentor.id, mentor.agency_id, 'MENTOR-RET', $2, cc.opened_on + 60, cc.closed_on, 'sd-1' FROM cc, mentor),
        urgent AS (
          INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id, valid_from, valid_until)
          SELECT cc.id, a.id, 'EMERGENCY', 'emergency access', 'kc-1', cc.opened_on + 70, cc.opened_on + 71
            FROM cc, agency a WHERE a.code = 'SP-RIGA-CRISIS-CENTRE' RETURNING id, case_id, agency_id, valid_from, valid_until),
        reviewed AS (
          INSERT INTO emergency_access (case_id, involvement_id, agency_id, user_id, justification, requested_at, expires_at, review_due_at,
                                        verdict, review_note, reviewed_by_user_id, reviewed_at)
          SELECT urgent.case_id, urgent.id, urgent.agency_id, 'kc-1', $2 || ', found at night', urgent.valid_from, urgent.valid_until,
                 urgent.valid_from + interval '72 hours', 'JUSTIFIED', $2, 'dpo-1', urgent.valid_from + interval '1 day' FROM urgent),
        referred AS (
          INSERT INTO referral (case_id, from_agency_id, to_agency_id, role, reason, proposed_from, status, expires_at, referred_by_user_id,
                                decided_by_user_id, decided_at, decline_reason)
          SELECT cc.id, sd.id, a.id, 'SUPPORT_CENTRE', $2, cc.opened_on, 'DECLINED', cc.opened_on + 14, 'sd-1', 'ac-1', cc.opened_on + 1, $2
            FROM cc, sd, agency a WHERE a.code = 'AC-RIGA-1'),
        closing AS (
          INSERT INTO case_closure_request (case_id, to_status, reason, status, requested_by_agency_id, requested_by_user_id, requested_at,
                                            decided_by_user_id, decided_at, return_reason)
          SELECT cc.id, 'CLOSED', $2, 'RETURNED', sd.id, 'sd-1', cc.opened_on + 80, 'sd-manager', cc.opened_on + 81, $2 FROM cc, sd),
        applied AS (
          INSERT INTO care_application (case_id, service, applied_on, status, offered_provider_agency_id, offered_on, services_tried,
                                        why_not_enough, admitted_on, created_by_agency_id, version)
          SELECT cc.id, 'GROUP_HOME_WITH_CARE', cc.opened_on + 80, 'ADMITTED', a.id, cc.opened_on + 81, ARRAY['DAY_CARE_CENTRE'], $2,
                 cc.opened_on + 82, sd.id, 3 FROM cc, sd, agency a WHERE a.code = 'SP-RIGA-GROUP-HOME'),
        decided AS (
          INSERT INTO permanency_plan (case_id, version, goal, target_date, decided_on, decision_ref, deciding_agency_id, decided_by_user_id)
          SELECT cc.id, 1, 'GUARDIANSHIP', cc.opened_on + 400, cc.opened_on + 50, 'BT-RIGA 2014/8', a.id, 'bt-1'
            FROM cc, agency a WHERE a.code = 'BT-RIGA'),
        contacted AS (
          INSERT INTO birth_family_contact (case_id, kind, status, planned_on, held_on, place, participants, outcome, organising_agency_id,
                                            organised_by_user_id)
          SELECT cc.id, 'SUPERVISED_MEETING', 'HELD', cc.opened_on + 60, cc.opened_on + 60, $2, $2, $2, a.id, 'ac-1'
            FROM cc, agency a WHERE a.code = 'AC-RIGA-1'),
        centre_planned AS (
          INSERT INTO placed_child_plan (case_id, version, goals, support, valid_from, review_due_on, agency_id, user_id)
          SELECT cc.id, 1, $2, $2, cc.opened_on + 60, cc.opened_on + 200, a.id, 'ac-1' FROM cc, agency a WHERE a.code = 'AC-RIGA-1')
        SELECT id FROM cc`, [clientId, text, c.openedOn, c.closedOn, `${serial}-${caseIds.length}`, caseIds.length > 0]);
      caseIds.push(id);
    }
    return { name, clientId, personalCode, address, phone, caseIds };
  }

  /** md5 of every table's rows (a table's rows hung on `caseIds` when given); rate_limit counts requests, not data. */
  async function sums(caseIds: string[] | null): Promise<Sums> {
    const tables: { name: string }[] = await hub.db.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name <> 'rate_limit' ORDER BY 1`);
    const out: Sums = {};
    for (const { name } of tables) {
      let where = '';
      if (caseIds) {
        const hasCase = (await hub.db.query(
          `SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = 'case_id'`, [name])).length > 0;
        where = THROUGH[name] ?? (hasCase ? 'WHERE t.case_id = ANY($1)' : '');
        if (!where) continue;
      }
      const [{ n, sum }] = await hub.db.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t ${where}`,
        caseIds ? [caseIds] : []);
      out[name] = `${n}:${sum}`;
    }
    return out;
  }

  /** Every row hung on the cases, as JSON, per table (ordered by the row's id or key). */
  async function rowsOf(caseIds: string[]): Promise<Record<string, Record<string, unknown>[]>> {
    const out: Record<string, Record<string, unknown>[]> = {};
    for (const name of Object.keys(KEPT)) {
      const where = THROUGH[name] ?? 'WHERE t.case_id = ANY($1)';
      const rows: { row: Record<string, unknown> }[] = await hub.db.query(
        `SELECT to_jsonb(t) AS row FROM "${name}" t ${where} ORDER BY t::text`, [caseIds]);
      out[name] = rows.map((r) => r.row);
    }
    return out;
  }

  /** Every table's rows as text, for finding a value anywhere in the database. */
  async function everything(): Promise<string> {
    const tables: { name: string }[] = await hub.db.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
    const parts: string[] = [];
    for (const { name } of tables) {
      const [{ text }] = await hub.db.query(`SELECT coalesce(string_agg(t::text, '|'), '') AS text FROM "${name}" t`);
      parts.push(text);
    }
    return parts.join('\n');
  }

  const periods = () => [
    // while the old cases were open, and up to when they had all closed, by municipality and by region (from the source tables)
    { period: { from: monthOf(TODAY, 12 * 14).first, to: monthOf(TODAY, 12 * 12 + 6).last }, groupBy: 'MUNICIPALITY' as const },
    { period: { from: monthOf(TODAY, 12 * 14).first, to: monthOf(TODAY, 12 * 12 + 6).last }, groupBy: 'REGION' as const },
    { period: { from: monthOf(TODAY, 12 * 14).first, to: monthOf(TODAY, MONTHS).last }, groupBy: 'MUNICIPALITY' as const },
    // last month (its month-end snapshot), six past months (snapshot and live), this year to today (the rollups)
    { period: { from: monthOf(TODAY, 1).first, to: monthOf(TODAY, 1).last }, groupBy: 'MUNICIPALITY' as const },
    { period: { from: monthOf(TODAY, 6).first, to: monthOf(TODAY, 1).last }, groupBy: 'REGION' as const },
    { period: { from: `${TODAY.slice(0, 4)}-01-01`, to: TODAY }, groupBy: 'MUNICIPALITY' as const },
  ];
  const summaries = async () => {
    const answers: string[] = [];
    for (const variables of periods()) {
      const res = await hub.gql(analyst, SUMMARY, variables);
      expect(res.errors).toEqual([]);
      answers.push(res.raw);
    }
    return answers;
  };
  /** What marks a case as changed (per reader) and a past month as stale. */
  const changeMarks = async () => JSON.stringify(await hub.db.query(
    `SELECT (SELECT md5(string_agg(c::text, '|' ORDER BY c::text)) FROM case_change c) AS changes,
            (SELECT md5(string_agg(concat_ws(',', id, updated_at, version), '|' ORDER BY id)) FROM care_case) AS cases,
            (SELECT count(*)::int FROM report_snapshot_dirty) AS "dirtyMonths",
            (SELECT md5(coalesce(string_agg(s::text, '|' ORDER BY s::text), '')) FROM report_snapshot_state s) AS built,
            (SELECT md5(coalesce(string_agg(s::text, '|' ORDER BY s::text), '')) FROM report_snapshot s) AS snapshots,
            (SELECT count(*)::int FROM report_snapshot_state WHERE stale) AS stale,
            (SELECT count(*)::int FROM report_plan_dirty) AS "plansDirty"`));

  beforeAll(async () => {
    hub = await startHub();
    app = await connectDatabase({ url: hub.appDatabaseUrl, poolSize: 2, timeouts: JOB_DB_TIMEOUTS });
    analyst = await hub.token('LM', UserRole.ANALYST);
    await seedDemoData(hub.databaseUrl, { cases: 150, seed: 17 });
    // demo clients whose every case is closed, moved back eleven years (their whole cases: opening and closing)
    demo = (await hub.db.query(
      `SELECT client_id AS id FROM care_case GROUP BY client_id HAVING bool_and(status = 'CLOSED') ORDER BY client_id LIMIT 6`))
      .map((r: { id: string }) => r.id);
    expect(demo.length).toBeGreaterThanOrEqual(3);
    await hub.db.query(
      `UPDATE care_case SET opened_on = (opened_on - interval '11 years')::date, closed_on = (closed_on - interval '11 years')::date
        WHERE client_id = ANY($1)`, [demo]);

    old = await person('Retentiņa', [
      { openedOn: addMonths(TODAY, -12 * 14), closedOn: addMonths(TODAY, -12 * 12) },
      { openedOn: addMonths(TODAY, -12 * 13), closedOn: addMonths(TODAY, -12 * 11) },
    ]);
    for (const name of ['Glabātiņa', 'Dzēstiņa', 'Arhīviņa', 'Slēgtiņa', 'Senlaiciņa', 'Noilgumiņa']) {
      alike.push(await person(name, [{ openedOn: addMonths(TODAY, -12 * 14), closedOn: addMonths(TODAY, -12 * 11 - 6) }]));
    }
    justOver = await person('Robežiņa', [{ openedOn: addMonths(TODAY, -12 * 13), closedOn: addDays(CUT, -1) }]);
    notYet = await person('Gaidiņa', [{ openedOn: addMonths(TODAY, -12 * 13), closedOn: CUT }]);
    mixed = await person('Paliekiņa', [
      { openedOn: addMonths(TODAY, -12 * 14), closedOn: addMonths(TODAY, -12 * 11) },
      { openedOn: addMonths(TODAY, -12 * 2), closedOn: null },
    ]);
    recent = await person('Nesentiņa', [{ openedOn: addMonths(TODAY, -12 * 7), closedOn: addMonths(TODAY, -12 * 5) }]);
    expected = [old.clientId, ...alike.map((p) => p.clientId), justOver.clientId, ...demo].sort();
    goneCases = (await hub.db.query('SELECT id FROM care_case WHERE client_id = ANY($1)', [expected])).map((r: { id: string }) => r.id);
    keptCases = (await hub.db.query('SELECT id FROM care_case WHERE NOT client_id = ANY($1)', [expected])).map((r: { id: string }) => r.id);

    // the reports as the hub keeps them: today's rollups, last month's snapshot, no month marked stale
    expect(await rebuildRollups(hub.db, null)).toBe(43);
    await refreshSnapshots(hub.db);
    expect(await hub.db.query('SELECT count(*)::int AS n FROM report_snapshot_dirty')).toEqual([{ n: 0 }]);
    before.summaries = await summaries();
    before.kept = await sums(keptCases);
    before.gone = await rowsOf(goneCases);
    before.changes = await changeMarks();
  }, 120_000);
  afterAll(async () => {
    await app.destroy();
    await hub.close();
  });

  it('lists exactly those clients in a dry run (npm run retention -- --dry-run), with their latest closing date, and writes nothing', async () => {
    before.all = await sums(null);
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['-r', './scripts/register.js', 'scripts/retention.ts', '--dry-run'], {
      env: { ...process.env, DATABASE_URL: hub.appDatabaseUrl, DATABASE_OWNER_URL: hub.databaseUrl, RETENTION_AFTER_CLOSURE_MONTHS: '' },
      encoding: 'utf8',
    });
    const listed = stdout.trim().split('\n').map((line) => line.split('\t'));
    const latest: { id: string; closed: string }[] = await hub.db.query(
      'SELECT client_id AS id, max(closed_on)::text AS closed FROM care_case WHERE client_id = ANY($1) GROUP BY 1 ORDER BY 1', [expected]);
    expect(listed).toEqual(latest.map((r) => [r.id, r.closed]));
    expect(listed.find(([id]) => id === justOver.clientId)?.[1]).toBe(addDays(CUT, -1));
    expect(stderr).toContain(`dry run: ${expected.length} clients would be pseudonymised (every case closed before ${CUT}; RETENTION_AFTER_CLOSURE_MONTHS=120)`);
    // ids and dates only
    expect(stdout).not.toContain(old.name);
    expect(stdout).not.toContain(old.personalCode);
    expect(await sums(null)).toEqual(before.all);
  }, 60_000);

  it('pseudonymises exactly the clients whose every case was closed longer ago than the period, as the hub serving role', async () => {
    const audit = async () => (await sums(null)).audit_log;
    const audited = await audit();
    first = await applyRetention(app, { months: MONTHS, batchClients: 4 });
    // the audit holds field names, never values: not one row of it is touched
    expect(await audit()).toBe(audited);
    expect(first).toEqual({ closedBefore: CUT, pseudonymised: expected.length, skipped: 0, batches: Math.ceil(expected.length / 4) });
    expect(first.batches).toBeGreaterThan(1);
    const clients: { id: string; pseudonymised: boolean }[] = await hub.db.query(
      `SELECT id, pseudonymised_at IS NOT NULL AS pseudonymised FROM client WHERE pseudonymised_at IS NOT NULL
          OR id = ANY($1) ORDER BY id`, [[notYet.clientId, mixed.clientId, recent.clientId]]);
    expect(clients.filter((c) => c.pseudonymised).map((c) => c.id)).toEqual(expected);
    expect(clients.filter((c) => !c.pseudonymised)).toHaveLength(3);
  });

  it('removes identifiers and free text from the live tables and keeps ids, dates, statuses, categories, references and every row', async () => {
    const after = await rowsOf(goneCases);
    // row for row: the free text replaced by the marker (empty stays empty), the client's identifiers gone, all else as it was
    const redacted = (table: string, row: Record<string, unknown>) => ({ ...row, ...Object.fromEntries((REDACTED[table] ?? [])
      .map((column) => [column, table === 'client' || row[column] === null ? null : MARKER])) });
    const comparable = (rows: Record<string, unknown>[]) => rows.map(({ pseudonymised_at: _, ...row }) => JSON.stringify(row)).sort();
    for (const [table, rows] of Object.entries(before.gone)) {
      expect([table, comparable(after[table])]).toEqual([table, comparable(rows.map((row) => redacted(table, row)))]);
    }
    // there was text in every free-text column (and an empty one: the first case's family notes)
    for (const [table, columns] of Object.entries(REDACTED)) {
      if (table === 'client') continue;
      for (const column of columns) {
        const filled = after[table].filter((row) => row[column] === MARKER).length;
        expect([table, column, filled > 0]).toEqual([table, column, true]);
      }
    }
    const clients = after.client;
    expect(clients.every((c) => c.pseudonymised_at !== null && c.birth_date !== null && c.gender !== null)).toBe(true);

    // nothing of the people is left anywhere: names, codes, addresses, phones, in any table
    const all = await everything();
    for (const p of [old, ...alike, justOver]) {
      for (const value of [p.name, p.personalCode, p.address, p.phone]) expect([value, all.includes(value)]).toEqual([value, false]);
    }
    // the demo clients' codes and phones (their names and streets are common ones, other clients have them too)
    for (const row of before.gone.client) {
      for (const column of ['personal_code', 'phone']) {
        if (typeof row[column] === 'string') expect([column, all.includes(row[column] as string)]).toEqual([column, false]);
      }
    }
    // the kept clients' own words are still there
    expect(all).toContain(mixed.name);
    expect(all).toContain(notYet.name);
  });

  it('classifies every text column of the tables a case reaches as removed or kept', async () => {
    const columns: { table: string; column: string }[] = await hub.db.query(
      `SELECT c.table_name AS table, c.column_name AS column FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'ARRAY', 'jsonb', 'json')
          AND (c.table_name = ANY($1) OR c.table_name IN (SELECT table_name FROM information_schema.columns
                                                           WHERE table_schema = 'public' AND column_name = 'case_id'))
          AND c.table_name <> 'audit_log'
        ORDER BY 1, 2`, [Object.keys(THROUGH)]);
    const found = columns.map((c) => `${c.table}.${c.column}`);
    const decided = [...Object.entries(REDACTED), ...Object.entries(KEPT)].flatMap(([table, cs]) => cs.map((c) => `${table}.${c}`)).sort();
    expect(found).toEqual(decided);
  });

  it('changes nothing hung on an open or recently closed case, marks no case as changed and no past month stale', async () => {
    expect(await sums(keptCases)).toEqual(before.kept);
    expect(await changeMarks()).toEqual(before.changes);
  });

  it('answers regionalSummary for past periods (and today) byte for byte as before', async () => {
    // today's rollups of the municipalities whose case rows were touched are rebuilt as the hub would
    await refreshRollups(hub.db);
    expect(await summaries()).toEqual(before.summaries);
  });

  it('is idempotent: a second run finds nobody and writes nothing', async () => {
    const once = await sums(null);
    expect(await applyRetention(app, { months: MONTHS })).toEqual({ closedBefore: CUT, pseudonymised: 0, skipped: 0, batches: 0 });
    expect(await sums(null)).toEqual(once);
  });

  it('no longer finds the person by discovery, and openCase with the same personal code creates a new client', async () => {
    const court = await hub.token('BT-RIGA', UserRole.SPECIALIST);
    expect((await hub.gql(court, EXISTS, { code: old.personalCode })).data).toEqual({ caseExists: { exists: false, managingServices: [] } });
    // a person with an open case still is
    expect((await hub.gql(court, EXISTS, { code: mixed.personalCode })).data)
      .toEqual({ caseExists: { exists: true, managingServices: [{ agencyCode: 'SD-RIGA' }] } });

    const opened = await hub.gql(await hub.token('SD-RIGA'), OPEN_CASE, { input: {
      // a new-form code needs the birth date, and the person (born 2008-05-17) is an adult now (issue 11)
      client: { personalCode: old.personalCode, givenName: 'Līga', familyName: old.name, gender: 'FEMALE', declaredMunicipalityCode: 'RIGA',
        birthDate: '2008-05-17' },
      targetGroup: 'ADULT_WITH_MENTAL_DISORDER', intakeType: 'VOLUNTARY' } });
    expect(opened.errors).toEqual([]);
    const client = opened.data?.openCase.client;
    expect(client?.personalCode).toBe(old.personalCode);
    expect(client?.id).not.toBe(old.clientId);
    const rows: { id: string; code: string | null; cases: number }[] = await hub.db.query(
      `SELECT cl.id, cl.personal_code AS code, (SELECT count(*)::int FROM care_case c WHERE c.client_id = cl.id) AS cases
         FROM client cl WHERE cl.id = ANY($1) ORDER BY cl.personal_code NULLS FIRST`, [[old.clientId, client?.id]]);
    expect(rows).toEqual([{ id: old.clientId, code: null, cases: 2 }, { id: client?.id, code: old.personalCode, cases: 1 }]);
  });

  it('shows the old case with the client pseudonymised and the texts replaced, and takes no more writes on it', async () => {
    const worker = await hub.token('SD-RIGA');
    const res = await hub.gql(worker, CASE, { id: old.caseIds[0] });
    expect(res.errors).toEqual([]);
    const seen = res.data?.case;
    expect(seen?.client).toEqual({ id: old.clientId, personalCode: null, givenName: null, familyName: null, address: null, phone: null,
      birthDate: '2008-05-17', gender: 'FEMALE', declaredMunicipalityCode: 'RIGA', pseudonymisedAt: expect.any(String) });
    expect(seen).toMatchObject({
      status: 'CLOSED', reportedBy: MARKER, closedOn: addMonths(TODAY, -12 * 12), targetGroup: 'CHILD_WITHOUT_PARENTAL_CARE',
      followUps: { totalCount: 1, edges: [{ node: { kind: 'HOME_VISIT', category: 'FAMILY', summary: MARKER, recommendations: MARKER } }] },
      transitions: [{ from: 'INTAKE', to: 'ASSESSMENT', reason: MARKER }],
      placements: [{ type: 'FOSTER_FAMILY', carerName: MARKER, carerRef: expect.stringMatching(/^FAM-RET-/), courtDecisionRef: 'BT-RIGA 2014/7',
        capacityException: MARKER }],
      mentors: [{ mentorRef: 'MENTOR-RET', mentorName: MARKER }],
      latestAssessment: { type: 'INITIAL', needsSummary: MARKER, healthFindings: MARKER, childOpinion: MARKER, recommendedServices: ['DAY_CARE_CENTRE'] },
      currentPlan: { problem: MARKER, goals: [{ description: MARKER }], tasks: [{ description: MARKER, expectedResult: MARKER, status: 'DONE' }] },
    });

    const unchanged = await sums(old.caseIds);
    const reopen = await hub.gql(worker, REOPEN, { input: { caseId: old.caseIds[0], to: 'INTAKE', reason: 'the family asked again', expectedVersion: 1 } });
    expect(reopen.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reopen.errors[0]?.message).toMatch(/retention period/);
    const note = await hub.gql(worker, FOLLOW_UP, { input: { caseId: old.caseIds[1], kind: 'PHONE', occurredOn: TODAY, summary: `${old.name} called` } });
    expect(note.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await sums(old.caseIds)).toEqual(unchanged);
    // a case of a client who is kept still takes writes
    const kept = await hub.gql(worker, FOLLOW_UP, { input: { caseId: mixed.caseIds[1], kind: 'PHONE', occurredOn: TODAY, summary: 'called' } });
    expect(kept.errors).toEqual([]);
  });

  it('leaves a client whose case is being written to for the next run, and refuses a period under a year whoever asks', async () => {
    const [caseId] = recent.caseIds;
    await hub.db.query('UPDATE care_case SET closed_on = $2, opened_on = $3 WHERE id = $1', [caseId, addMonths(TODAY, -12 * 11), addMonths(TODAY, -12 * 12)]);
    // a write on the case in flight, as the hub makes it: its audit row holds the client until it commits
    const writer = new Client({ connectionString: hub.appDatabaseUrl });
    await writer.connect();
    try {
      await writer.query('BEGIN');
      await writer.query(
        `INSERT INTO audit_log (kind, user_id, user_role, agency_id, request_id, case_id, operation, categories)
         SELECT 'WRITE', 'sd-1', 'CASE_WORKER', id, 'r-1', $1, 'addFollowUp', '{FOLLOW_UP}' FROM agency WHERE code = 'SD-RIGA'`, [caseId]);
      expect(await applyRetention(app, { months: MONTHS })).toMatchObject({ pseudonymised: 0, skipped: 1 });
      await writer.query('ROLLBACK');
    } finally {
      await writer.end();
    }
    expect(await applyRetention(app, { months: MONTHS })).toMatchObject({ pseudonymised: 1, skipped: 0 });
    expect((await hub.db.query('SELECT pseudonymised_at IS NOT NULL AS done FROM client WHERE id = $1', [recent.clientId]))[0].done).toBe(true);

    await expect(app.query('SELECT pseudonymise_client($1, current_date)', [mixed.clientId])).rejects.toThrow(/at least 12 months ago/);
    await expect(app.query(`SELECT pseudonymise_client($1, (current_date - interval '11 months')::date)`, [mixed.clientId]))
      .rejects.toThrow(/at least 12 months ago/);
    // nor can the hub's role rewrite the history it may only append to, other than through the function
    await expect(app.query(`UPDATE follow_up_revision SET summary = 'x'`)).rejects.toThrow(/permission denied/);
  });
});
