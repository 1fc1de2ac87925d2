import { seedDemoData } from '../../src/demo/seed';
import { UserRole } from '../../src/kernel/principal';
import { TODAY } from '../support/fixtures';
import { MATRIX } from '../../src/access/policy';
import { PLAN_TEMPLATES } from '../../src/reference';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const REGISTERED = graphql(`query DemoRulesMentors { socialMentors { id clients } }`);
const EVALUATION = graphql(`query DemoRulesCentreEvaluation($centreCode: String!, $year: Int!) {
  centreEvaluation(centreCode: $centreCode, year: $year) { surveys { partnerKind responses { value suppressed } } }
}`);

/**
 * The demo data keeps every rule the hub keeps on writes (issue 11, points 4 and 5), checked in SQL
 * over everything two runs of the generator loaded (the second appends, counting the first's mentors).
 */
describe('the demo data passes the rules on mentors, moves, stay limits and youth homes', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub();
    await seedDemoData(hub.databaseUrl, { cases: 900, seed: 5 });
    await seedDemoData(hub.databaseUrl, { cases: 300, seed: 5 });
  }, 120_000);
  afterAll(async () => { await hub.close(); });

  const count = async (sql: string) => (await hub.db.query(`SELECT count(*)::int AS n FROM (${sql}) x`))[0].n as number;

  it('has mentors and moves to check (the checks below are not empty)', async () => {
    expect(await count('SELECT 1 FROM mentor_assignment')).toBeGreaterThan(20);
    expect(await count(`SELECT 1 FROM involvement WHERE role = 'PREVIOUS_PROVIDER'`)).toBeGreaterThan(20);
    expect(await count(`SELECT 1 FROM placement WHERE type = 'YOUTH_HOME'`)).toBeGreaterThan(0);
    expect(await count(`SELECT 1 FROM plan_service WHERE service_type = 'YOUTH_HOME'`)).toBeGreaterThan(5);
  });

  it('never has a mentor with more than 5 clients at once, nor a mentor of another agency than the one named', async () => {
    // the most clients a mentor has at once is reached on a day one of them starts
    expect(await count(`
      SELECT a.id FROM mentor_assignment a
       WHERE (SELECT count(*) FROM mentor_assignment b WHERE b.mentor_id = a.mentor_id AND b.starts_on <= a.starts_on
                 AND (b.ends_on IS NULL OR b.ends_on > a.starts_on)) > 5`)).toBe(0);
    // and mentors are filled up to it before another is registered
    const [{ most }] = await hub.db.query(`
      SELECT max((SELECT count(*) FROM mentor_assignment b WHERE b.mentor_id = a.mentor_id AND b.starts_on <= a.starts_on
                    AND (b.ends_on IS NULL OR b.ends_on > a.starts_on)))::int AS most FROM mentor_assignment a`);
    expect(most).toBe(5);
    expect(await count(`
      SELECT a.id FROM mentor_assignment a JOIN social_mentor m ON m.id = a.mentor_id
       WHERE m.agency_id <> a.provider_agency_id OR a.mentor_name <> m.name OR NOT m.active OR a.mentor_ref IS NOT NULL`)).toBe(0);
    // a mentor is the managing social service's own
    expect(await count(`
      SELECT a.id FROM mentor_assignment a
       WHERE NOT EXISTS (SELECT 1 FROM involvement i WHERE i.case_id = a.case_id AND i.role = 'CASE_MANAGER' AND i.agency_id = a.provider_agency_id)`)).toBe(0);
    // and so the hub counts them
    const mentors = (await hub.gql(await hub.token('SD-RIGA', UserRole.MANAGER), REGISTERED)).data?.socialMentors ?? [];
    expect(mentors.length).toBeGreaterThan(0);
    expect(Math.max(...mentors.map((m) => m.clients))).toBeLessThanOrEqual(5);
  });

  it('has no move between providers but in a case past planning, under the plan then in force, with a complete transition plan and a mentor', async () => {
    const moves = `
      SELECT i.id, i.case_id, (i.valid_from AT TIME ZONE 'Europe/Riga')::date AS day, c.status
        FROM involvement i JOIN care_case c ON c.id = i.case_id WHERE i.role = 'PREVIOUS_PROVIDER'`;
    expect(await count(`SELECT 1 FROM (${moves}) m WHERE m.status NOT IN ('IMPLEMENTATION', 'EVALUATION', 'POST_CLOSURE_MONITORING', 'CLOSED')`)).toBe(0);
    // the plan in force on the day: the latest activated version begun by then
    expect(await count(`
      SELECT m.id FROM (${moves}) m
        LEFT JOIN LATERAL (SELECT p.id FROM support_plan p WHERE p.case_id = m.case_id AND p.status IN ('ACTIVE', 'SUPERSEDED')
                              AND p.valid_from <= m.day ORDER BY p.version DESC LIMIT 1) p ON true
       WHERE p.id IS NULL
          OR NOT EXISTS (SELECT 1 FROM plan_task t WHERE t.plan_id = p.id AND t.for_transition)
          OR NOT EXISTS (SELECT 1 FROM plan_transition_member t WHERE t.plan_id = p.id)
          OR NOT EXISTS (SELECT 1 FROM plan_preparation_visit v WHERE v.plan_id = p.id AND v.planned_on <= m.day)`)).toBe(0);
    expect(await count(`
      SELECT m.id FROM (${moves}) m
       WHERE NOT EXISTS (SELECT 1 FROM mentor_assignment a WHERE a.case_id = m.case_id AND a.starts_on <= m.day
                           AND (a.ends_on IS NULL OR a.ends_on > m.day))`)).toBe(0);
  });

  it('places in a youth home only from the 15th to the 24th birthday, and plans one only for those ages', async () => {
    expect(await count(`
      SELECT p.id FROM placement p JOIN care_case c ON c.id = p.case_id JOIN client cl ON cl.id = c.client_id
       WHERE p.type = 'YOUTH_HOME' AND (cl.birth_date IS NULL OR p.starts_on < (cl.birth_date + interval '15 years')::date
          OR p.starts_on >= (cl.birth_date + interval '24 years')::date OR p.ends_on > (cl.birth_date + interval '24 years')::date)`)).toBe(0);
    expect(await count(`
      SELECT s.id FROM plan_service s JOIN support_plan p ON p.id = s.plan_id JOIN care_case c ON c.id = p.case_id
        JOIN client cl ON cl.id = c.client_id
       WHERE s.service_type = 'YOUTH_HOME' AND (cl.birth_date IS NULL OR (cl.birth_date + interval '15 years')::date > p.review_due_on
          OR (cl.birth_date + interval '24 years')::date <= p.valid_from)`)).toBe(0);
  });

  it('extends no stay limit beyond what an exception may (6 months under 4, a year from 4)', async () => {
    expect(await count(`
      SELECT x.id FROM placement_stay_exception x JOIN placement p ON p.id = x.placement_id JOIN care_case c ON c.id = p.case_id
        JOIN client cl ON cl.id = c.client_id
       WHERE p.type <> 'INSTITUTION' OR c.target_group = 'ADULT_WITH_MENTAL_DISORDER' OR x.new_limit_on > (p.starts_on
             + CASE WHEN age(p.starts_on, cl.birth_date) < interval '4 years' THEN interval '6 months' ELSE interval '12 months' END)::date`)).toBe(0);
  });
  it("has a year of every support centre's services, linking only cases the centre was involved in on the day", async () => {
    // every centre, every service, most months; once only, however many runs appended cases
    expect(await count(`SELECT a.id FROM agency a WHERE a.kind = 'SUPPORT_CENTRE'
      AND (SELECT count(DISTINCT x.service_code) FROM centre_activity x WHERE x.centre_id = a.id) < 14`)).toBe(0);
    expect(await count(`SELECT a.id FROM agency a WHERE a.kind = 'SUPPORT_CENTRE'
      AND (SELECT count(DISTINCT date_trunc('month', x.occurred_on)) FROM centre_activity x WHERE x.centre_id = a.id) < 12`)).toBe(0);
    expect(await count(`SELECT 1 FROM centre_activity WHERE recorded_by_user_id = 'demo-centre-worker'`)).toBeLessThan(9 * 12 * 50);
    expect(await count('SELECT 1 FROM centre_activity_case')).toBeGreaterThan(20);
    // the rules of recordCentreActivity: a sane day and hours, someone took part
    expect(await count(`SELECT a.id FROM centre_activity a WHERE a.occurred_on > current_date OR a.occurred_on < current_date - 400
      OR a.hours <= 0 OR a.hours > 24 OR a.hours * 4 <> floor(a.hours * 4)
      OR NOT EXISTS (SELECT 1 FROM centre_activity_participant p WHERE p.activity_id = a.id)`)).toBe(0);
    expect(await count(`
      SELECT l.case_id FROM centre_activity_case l JOIN centre_activity a ON a.id = l.activity_id JOIN care_case c ON c.id = l.case_id
       WHERE c.opened_on > a.occurred_on OR NOT EXISTS (
         SELECT 1 FROM involvement i WHERE i.case_id = l.case_id AND i.agency_id = a.centre_id AND i.role = 'SUPPORT_CENTRE'
            AND (i.valid_from AT TIME ZONE 'Europe/Riga')::date <= a.occurred_on
            AND (i.ended_at IS NULL OR (i.ended_at AT TIME ZONE 'Europe/Riga')::date > a.occurred_on)
            AND (i.valid_until IS NULL OR (i.valid_until AT TIME ZONE 'Europe/Riga')::date > a.occurred_on))`)).toBe(0);
  });

  it("keeps partner surveys as the hub does: every response answers each of its kind's questions once", async () => {
    expect(await count(`SELECT 1 FROM partner_survey WHERE closed_at IS NOT NULL`)).toBe(9 * 5);
    expect(await count(`
      SELECT s.id, q.code FROM partner_survey s JOIN survey_question q ON q.partner_kind = s.partner_kind
       WHERE s.responses <> (SELECT coalesce(sum(t.count), 0) FROM survey_tally t WHERE t.survey_id = s.id AND t.question_code = q.code)
          OR s.responses > s.tokens_issued`)).toBe(0);
    expect(await count(`
      SELECT t.survey_id FROM survey_tally t JOIN partner_survey s ON s.id = t.survey_id JOIN survey_question q ON q.code = t.question_code
       WHERE q.partner_kind <> s.partner_kind`)).toBe(0);
    // and the ministry reads one centre's evaluation, some of it suppressed
    const res = await hub.gql(await hub.token('LM', UserRole.ANALYST), EVALUATION, { centreCode: 'AC-RIGA-1', year: Number(TODAY.slice(0, 4)) - 1 });
    expect(res.errors).toEqual([]);
    expect(res.data?.centreEvaluation.surveys).toHaveLength(5);
  });

  it('has permanency plans, exits, applications and family-like care homes to check (the checks below are not empty)', async () => {
    expect(await count('SELECT 1 FROM permanency_plan')).toBeGreaterThan(50);
    expect(await count('SELECT 1 FROM permanency_plan WHERE version > 1')).toBeGreaterThan(5);
    expect(await count('SELECT 1 FROM placement WHERE exit_destination IS NOT NULL')).toBeGreaterThan(10);
    expect(await count('SELECT 1 FROM care_application')).toBeGreaterThan(20);
    for (const status of ['WAITING', 'PLACE_OFFERED', 'ADMITTED', 'REMOVED']) {
      expect(await count(`SELECT 1 FROM care_application WHERE status = '${status}'`)).toBeGreaterThan(2);
    }
    expect(await count(`SELECT 1 FROM care_application WHERE status = 'ADMITTED' AND service = 'STATE_SOCIAL_CARE_CENTRE'`)).toBeGreaterThan(0);
    expect(await count(`SELECT 1 FROM placement WHERE type = 'FAMILY_LIKE_CARE_HOME'`)).toBeGreaterThan(5);
  });

  it('never has more children in a family-like care home than its limit (8), nor one without its provider', async () => {
    // the most children a home has at once is reached on a day one of them arrives
    expect(await count(`
      SELECT p.id FROM placement p
       WHERE p.type = 'FAMILY_LIKE_CARE_HOME' AND (p.provider_agency_id IS NULL
          OR (SELECT count(*) FROM placement q WHERE q.type = p.type AND q.provider_agency_id = p.provider_agency_id
                 AND q.starts_on <= p.starts_on AND (q.ends_on IS NULL OR q.ends_on > p.starts_on)) > 8)`)).toBe(0);
  });

  it('decides a permanency plan only for a child in out-of-family care on the day, by its orphan court, in versions', async () => {
    expect(await count(`
      SELECT x.id FROM permanency_plan x JOIN care_case c ON c.id = x.case_id
       WHERE c.target_group = 'ADULT_WITH_MENTAL_DISORDER' OR x.target_date < x.decided_on
          OR NOT EXISTS (SELECT 1 FROM placement p WHERE p.case_id = x.case_id AND p.type <> 'BIRTH_FAMILY'
                            AND p.starts_on <= x.decided_on AND (p.ends_on IS NULL OR p.ends_on > x.decided_on))
          OR NOT EXISTS (SELECT 1 FROM agency a WHERE a.id = x.deciding_agency_id AND a.kind = 'ORPHAN_COURT'
                            AND a.municipality_code = c.responsible_municipality_code)
          OR x.version <> (SELECT count(*) FROM permanency_plan y WHERE y.case_id = x.case_id AND y.version <= x.version)`)).toBe(0);
  });

  it("records an exit only on a child's latest placement outside the family, and adulthood only from 18", async () => {
    expect(await count(`
      SELECT p.id FROM placement p JOIN care_case c ON c.id = p.case_id JOIN client cl ON cl.id = c.client_id
       WHERE p.exit_destination IS NOT NULL AND (c.target_group = 'ADULT_WITH_MENTAL_DISORDER' OR p.type = 'BIRTH_FAMILY'
          OR EXISTS (SELECT 1 FROM placement q WHERE q.case_id = p.case_id AND q.id <> p.id AND q.starts_on >= p.starts_on)
          OR (p.exit_destination = 'REACHED_ADULTHOOD' AND p.ends_on < (cl.birth_date + interval '18 years')::date))`)).toBe(0);
  });

  it('puts on the waiting list only assessed clients, and offers places only of the provider register', async () => {
    expect(await count(`
      SELECT w.id FROM care_application w
       WHERE NOT EXISTS (SELECT 1 FROM assessment a WHERE a.case_id = w.case_id AND a.assessed_on <= w.applied_on)
          OR (w.offered_provider_agency_id IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM provider_service ps JOIN agency a ON a.code = ps.agency_code
                 WHERE a.id = w.offered_provider_agency_id AND ps.service_type = w.service AND ps.places > 0))`)).toBe(0);
  });

  it('admits from the waiting list only as the hub does: offered first, on an assessment, to a state social care centre with a recent one and the summary', async () => {
    expect(await count(`
      SELECT w.id FROM care_application w LEFT JOIN assessment a ON a.id = w.assessment_id
       WHERE w.status = 'ADMITTED' AND (w.offered_on IS NULL OR w.admitted_on < w.offered_on
          OR a.id IS NULL OR a.case_id <> w.case_id OR a.assessed_on > w.admitted_on
          OR (w.service = 'STATE_SOCIAL_CARE_CENTRE' AND (a.assessed_on <= (w.admitted_on - interval '12 months')::date
                OR cardinality(w.services_tried) = 0 OR w.why_not_enough IS NULL)))`)).toBe(0);
    // only an admission names an assessment and a summary
    expect(await count(`SELECT 1 FROM care_application WHERE status <> 'ADMITTED'
                          AND (assessment_id IS NOT NULL OR cardinality(services_tried) > 0 OR why_not_enough IS NOT NULL)`)).toBe(0);
    // the admitted client lives with the provider offered from the admission on, and nowhere else then
    expect(await count(`
      SELECT w.id FROM care_application w
       WHERE w.status = 'ADMITTED' AND (NOT EXISTS (
               SELECT 1 FROM placement p WHERE p.case_id = w.case_id AND p.provider_agency_id = w.offered_provider_agency_id
                  AND p.starts_on = w.admitted_on AND p.type = CASE w.service WHEN 'STATE_SOCIAL_CARE_CENTRE' THEN 'INSTITUTION'
                                                                 WHEN 'HALFWAY_HOUSE' THEN 'HALFWAY_HOUSE' ELSE 'GROUP_HOME' END)
          OR EXISTS (SELECT 1 FROM placement q WHERE q.case_id = w.case_id AND q.starts_on < w.admitted_on
                        AND (q.ends_on IS NULL OR q.ends_on > w.admitted_on)))`)).toBe(0);
  });

  it('has carers for every support centre in every status of its process, each step in order', async () => {
    const statuses = ['INQUIRY', 'INFORMATION_AND_PREPARATION', 'FIRST_HOME_VISIT', 'INITIAL_TRAINING', 'MUTUAL_ASSESSMENT',
      'PSYCHOLOGIST_OPINION', 'SUITABILITY_DECIDED', 'ACTIVE', 'PAUSED', 'EXITED'];
    const missing = await hub.db.query(`
      SELECT a.code, s.status FROM agency a CROSS JOIN unnest($1::text[]) AS s(status)
       WHERE a.kind = 'SUPPORT_CENTRE' AND NOT EXISTS (SELECT 1 FROM carer c WHERE c.support_centre_id = a.id AND c.status = s.status)`,
    [statuses]);
    expect(missing).toEqual([]);
    // the history ends where the carer is, and the court took the suitability step
    expect(await count(`
      SELECT c.id FROM carer c WHERE c.status <> (SELECT t.to_status FROM carer_transition t WHERE t.carer_id = c.id ORDER BY t.at DESC, t.id DESC LIMIT 1)`))
      .toBe(0);
    expect(await count(`
      SELECT t.id FROM carer_transition t JOIN agency a ON a.id = t.agency_id
       WHERE (t.to_status = 'SUITABILITY_DECIDED') <> (a.kind = 'ORPHAN_COURT')`)).toBe(0);
    // an exit has its interview; an active family its training, competences and a recognised form
    expect(await count(`SELECT t.id FROM carer_transition t WHERE (t.to_status = 'EXITED') <> (t.exit_interview IS NOT NULL)`)).toBe(0);
    expect(await count(`
      SELECT c.id FROM carer c WHERE c.status IN ('ACTIVE', 'PAUSED')
         AND (NOT EXISTS (SELECT 1 FROM carer_form f WHERE f.carer_id = c.id)
              OR NOT EXISTS (SELECT 1 FROM carer_training x WHERE x.carer_id = c.id AND x.kind = 'INITIAL')
              OR NOT EXISTS (SELECT 1 FROM carer_competence_assessment x WHERE x.carer_id = c.id))`)).toBe(0);
  });

  it("places children with a carer only in a recognised form, after the court's decision, within the form's capacity and term", async () => {
    expect(await count(`SELECT 1 FROM placement WHERE carer_id IS NOT NULL`)).toBeGreaterThan(50);
    expect(await count(`
      SELECT p.id FROM placement p JOIN carer c ON c.id = p.carer_id
       WHERE p.type <> 'FOSTER_FAMILY' OR c.status NOT IN ('ACTIVE', 'PAUSED', 'EXITED') OR p.starts_on < c.suitability_decided_on
          OR NOT EXISTS (SELECT 1 FROM carer_form f WHERE f.carer_id = c.id AND f.form = p.foster_form)`)).toBe(0);
    // the hub's capacity rule (carer_form_rule with its age bands) on the day each stay starts: every child living there then
    expect(await count(`
      SELECT p.id FROM placement p JOIN carer_form_rule r ON r.form = p.foster_form
       CROSS JOIN LATERAL (SELECT count(*) AS n,
                                  bool_or((p.starts_on - cl.birth_date) / 365.25 < 1.5) AS infant,
                                  bool_or((p.starts_on - cl.birth_date) / 365.25 < 4 AND k.target_group = 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT') AS young_special
                             FROM placement q JOIN care_case k ON k.id = q.case_id JOIN client cl ON cl.id = k.client_id
                            WHERE q.carer_id = p.carer_id AND q.starts_on <= p.starts_on AND (q.ends_on IS NULL OR q.ends_on > p.starts_on)) here
       WHERE p.carer_id IS NOT NULL AND p.capacity_exception IS NULL
         AND here.n > CASE WHEN p.foster_form = 'CRISIS' AND here.infant THEN 2
                           WHEN p.foster_form = 'RESPITE' AND here.young_special THEN 3 ELSE r.max_children END`)).toBe(0);
    expect(await count(`
      SELECT p.id FROM placement p JOIN carer_form_rule r ON r.form = p.foster_form
       WHERE p.carer_id IS NOT NULL AND r.max_term_days IS NOT NULL AND (p.ends_on IS NULL OR p.ends_on > p.starts_on + r.max_term_days)`)).toBe(0);
  });

  it('has full plans for every target group: each plan in force has its template\'s sections and the client\'s answer', async () => {
    const required = [...PLAN_TEMPLATES.required].map(([group, sections]) => `('${group}', '{${sections.join(',')}}'::text[])`).join(', ');
    expect(await count(`
      SELECT p.id FROM support_plan p JOIN care_case c ON c.id = p.case_id JOIN (VALUES ${required}) req(tg, sections) ON req.tg = c.target_group
       WHERE p.status <> 'DRAFT'
         AND (p.agreement NOT IN ('AGREED', 'REFUSED') OR NOT (req.sections <@ ARRAY(SELECT s.section FROM plan_section s WHERE s.plan_id = p.id)))`))
      .toBe(0);
    for (const group of PLAN_TEMPLATES.required.keys()) {
      const active = await count(`SELECT p.id FROM support_plan p JOIN care_case c ON c.id = p.case_id
        WHERE p.status = 'ACTIVE' AND c.target_group = '${group}'`);
      expect([group, active > 20]).toEqual([group, true]);
      expect(await count(`SELECT p.id FROM support_plan p JOIN care_case c ON c.id = p.case_id JOIN plan_section s ON s.plan_id = p.id
        WHERE p.status = 'ACTIVE' AND c.target_group = '${group}' AND s.section = 'COOPERATION_PARTNERS'`)).toBeGreaterThan(0);
    }
    expect(await count(`SELECT 1 FROM plan_contact`)).toBeGreaterThan(100);
  });

  it('writes each section as an agency whose role may write its category then (a child\'s placement conditions: the orphan court)', async () => {
    const writable = Object.entries(MATRIX).flatMap(([category, rights]) => Object.entries(rights)
      .filter(([, right]) => right === 'W' || right === 'OWN').map(([role]) => `('${role}', '${category}')`)).join(', ');
    const category = `CASE s.section WHEN 'HEALTH' THEN 'HEALTH' WHEN 'FAMILY' THEN 'FAMILY' WHEN 'CHILD_VOICE' THEN 'CHILD_VOICE'
      WHEN 'PLACEMENT' THEN 'PLACEMENT' ELSE 'PLAN' END`;
    expect(await count(`
      SELECT s.plan_id FROM plan_section s JOIN support_plan p ON p.id = s.plan_id JOIN care_case c ON c.id = p.case_id
       WHERE NOT EXISTS (SELECT 1 FROM involvement i JOIN (VALUES ${writable}) w(role, category) ON w.role = i.role
                          WHERE i.case_id = p.case_id AND i.agency_id = s.written_by_agency_id
                            AND (w.category = ${category} OR (${category} = 'PLACEMENT' AND i.role = 'CASE_MANAGER'
                                                                AND c.target_group = 'ADULT_WITH_MENTAL_DISORDER')))`)).toBe(0);
  });

  it('evaluates every goal of a superseded version, and carries only unachieved goals into the next', async () => {
    expect(await count(`SELECT g.id FROM plan_goal g JOIN support_plan p ON p.id = g.plan_id
      WHERE p.status = 'SUPERSEDED' AND p.evaluated_on IS NOT NULL AND g.outcome IS NULL`)).toBe(0);
    expect(await count(`SELECT g.id FROM plan_goal g JOIN plan_goal o ON o.id = g.carried_from_goal_id
      WHERE o.outcome NOT IN ('PARTLY_ACHIEVED', 'NOT_ACHIEVED')`)).toBe(0);
    expect(await count(`SELECT 1 FROM plan_goal WHERE carried_from_goal_id IS NOT NULL`)).toBeGreaterThan(10);
  });
});
