import { MentorsAndTransitions1763901700000 } from '../../migrations/1763901700000-MentorsAndTransitions';
import { UserRole } from '../../src/kernel/principal';
import { oldFormCode, openCase, TODAY } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const REGISTERED = graphql(`query MentorMigrationRegistered { socialMentors { id name clients } }`);
const ASSIGN = graphql(`mutation MentorMigrationAssign($input: AssignMentorInput!) { assignMentor(input: $input) { id mentorId } }`);

/**
 * The free-text mentor assignments made before the register are moved into it by the migration
 * (1763901700000): one mentor per agency and reference, the agency the assignment named or else the
 * social service managing the case. Run here as on a database that had such rows: the migration
 * taken back, old rows written, the migration applied again.
 */
describe('the mentor register migration', () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startHub(); });
  afterAll(async () => { await hub.close(); });

  it("moves every free-text assignment into its agency's register, so one reference in two agencies is two mentors", async () => {
    const riga = await Promise.all([0, 1, 2].map(() => openCase(hub, 'RIGA')));
    const jurmala = await Promise.all([0, 1, 2, 3, 4].map(() => openCase(hub, 'JURMALA')));
    const runner = hub.db.createQueryRunner();
    try {
      const migration = new MentorsAndTransitions1763901700000();
      await migration.down(runner);
      // "MENTOR-7": a provider's (named), Rīga's social service's twice (none named; later under a new name), Jūrmala's five times
      await runner.query(
        `INSERT INTO mentor_assignment (case_id, mentor_ref, mentor_name, provider_agency_id, starts_on, created_by_user_id, created_at)
         SELECT c, 'MENTOR-7', n, (SELECT id FROM agency WHERE code = p), $4::date, 'old', now() - ((10 - o) || ' days')::interval
           FROM unnest($1::uuid[], $2::text[], $3::text[]) WITH ORDINALITY AS a(c, n, p, o)`,
        [[riga[0].id, riga[1].id, riga[2].id, ...jurmala.map((c) => c.id)],
          ['Grupu Mājas Mentors', 'Vecais Vārds', 'Ilze Mentore', ...jurmala.map(() => 'Jūrmalas Mentore')],
          ['SP-RIGA-GROUP-HOME', null, null, ...jurmala.map(() => null)], TODAY]);
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    const mentors = await hub.db.query(
      `SELECT a.code AS agency, m.name, m.active, count(x.id)::int AS assignments,
              bool_and(x.mentor_ref = 'MENTOR-7' AND x.provider_agency_id = m.agency_id) AS kept
         FROM social_mentor m JOIN agency a ON a.id = m.agency_id JOIN mentor_assignment x ON x.mentor_id = m.id
        GROUP BY a.code, m.name, m.active ORDER BY a.code`);
    // the newest name of a mentor is the register's
    expect(mentors).toEqual([
      { agency: 'SD-JURMALA', name: 'Jūrmalas Mentore', active: true, assignments: 5, kept: true },
      { agency: 'SD-RIGA', name: 'Ilze Mentore', active: true, assignments: 2, kept: true },
      { agency: 'SP-RIGA-GROUP-HOME', name: 'Grupu Mājas Mentors', active: true, assignments: 1, kept: true },
    ]);

    // Rīga's mentor has two clients, whatever Jūrmala's "MENTOR-7" has: it takes a third
    const manager = await hub.token('SD-RIGA', UserRole.MANAGER);
    const [own] = (await hub.gql(manager, REGISTERED)).data?.socialMentors ?? [];
    expect(own).toMatchObject({ name: 'Ilze Mentore', clients: 2 });
    const another = await openCase(hub, 'RIGA', { client: { personalCode: oldFormCode(), givenName: 'Jānis', familyName: 'Ozols',
      gender: 'MALE', declaredMunicipalityCode: 'RIGA' } });
    const res = await hub.gql(manager, ASSIGN, { input: { caseId: another.id, mentorId: own.id, startsOn: TODAY } });
    expect(res.errors).toEqual([]);

    // the functions it extends are extended again
    const [{ due, retention }] = await hub.db.query(
      `SELECT pg_get_functiondef('due_dates_refresh(uuid[])'::regprocedure) LIKE '%placement_stay_exception%' AS due,
              pg_get_functiondef('pseudonymise_client(uuid, date)'::regprocedure) LIKE '%plan_preparation_visit%' AS retention`);
    expect({ due, retention }).toEqual({ due: true, retention: true });
  });
});
