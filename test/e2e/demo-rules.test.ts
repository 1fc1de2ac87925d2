import { seedDemoData } from '../../src/demo/seed';
import { UserRole } from '../../src/kernel/principal';
import { MATRIX } from '../../src/access/policy';
import { PLAN_TEMPLATES } from '../../src/reference';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const REGISTERED = graphql(`query DemoRulesMentors { socialMentors { id clients } }`);

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
