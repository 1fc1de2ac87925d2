import { randomUUID } from 'node:crypto';
import { UserRole } from '../../src/kernel/principal';
import { daysAfter, involve, oldFormCode, openCase, OpenedCase, TODAY } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const REGISTER = graphql(`mutation MentorsRegister($input: RegisterMentorInput!) { registerMentor(input: $input) { id name active clients } }`);
const RETIRE = graphql(`mutation MentorsRetire($id: ID!) { retireMentor(id: $id) { id active clients } }`);
const REGISTERED = graphql(`query MentorsRegistered($includeRetired: Boolean) {
  socialMentors(includeRetired: $includeRetired) { id name active clients }
}`);
const ASSIGN = graphql(`mutation MentorsAssign($input: AssignMentorInput!) {
  assignMentor(input: $input) { id mentorId mentorName startsOn endsOn provider { code } }
}`);
const END = graphql(`mutation MentorsEnd($id: ID!, $endsOn: LocalDate!) { endMentorAssignment(id: $id, endsOn: $endsOn) { id endsOn } }`);
const CASE_MENTORS = graphql(`query MentorsOfCase($id: ID!) { case(id: $id) { mentors { id mentorId mentorName endsOn provider { code } } } }`);

/** What a client of the API sees of a refusal: message and extensions, nothing else. */
const answer = (res: GqlResult) => ({ data: res.data, errors: res.errors.map(({ message, extensions }) => ({ message, extensions })) });

/**
 * The register of social mentors (seed 004 J1: the municipality engages them, at most five clients
 * each) across two municipalities: each social service assigns its own mentors only, the limit is
 * counted per mentor, and nothing about another agency's mentors is ever told, not even whether an
 * id is one of theirs.
 */
describe('social mentors: a register per agency, at most 5 clients per mentor, no count told across agencies', () => {
  let hub: TestHub;
  let rigaManager: string;
  let rigaWorker: string;
  let jurmalaManager: string;
  let jurmalaWorker: string;
  let jurmalaMentor: string;
  let jurmalaIdle: string;
  const jurmalaCases: OpenedCase[] = [];
  const assignments: string[] = [];

  const adult = (municipality: string) => openCase(hub, municipality, { targetGroup: 'ADULT_WITH_MENTAL_DISORDER', intakeType: 'VOLUNTARY',
    client: { personalCode: oldFormCode('1990-05-05'), givenName: 'Pieaugušais', familyName: 'Liepa', gender: 'MALE',
      declaredMunicipalityCode: municipality } });
  const register = async (token: string, name: string) => {
    const res = await hub.gql(token, REGISTER, { input: { name } });
    expect(res.errors).toEqual([]);
    return res.data?.registerMentor.id as string;
  };
  const counts = async () => (await hub.db.query(
    `SELECT (SELECT count(*) FROM mentor_assignment)::int AS assignments, (SELECT count(*) FROM social_mentor)::int AS mentors,
            (SELECT count(*) FROM audit_log WHERE kind = 'WRITE')::int AS writes`))[0];

  beforeAll(async () => {
    hub = await startHub();
    rigaManager = await hub.token('SD-RIGA', UserRole.MANAGER);
    rigaWorker = await hub.token('SD-RIGA', UserRole.CASE_WORKER);
    jurmalaManager = await hub.token('SD-JURMALA', UserRole.MANAGER);
    jurmalaWorker = await hub.token('SD-JURMALA', UserRole.CASE_WORKER);
  });
  afterAll(async () => { await hub.close(); });

  it("lets a social service's MANAGER keep its register, and no one else", async () => {
    jurmalaMentor = await register(jurmalaManager, 'Jūrmalas Mentore');
    jurmalaIdle = await register(jurmalaManager, 'Brīvais Mentors');
    const before = await counts();
    for (const [agency, role] of [['SD-RIGA', UserRole.CASE_WORKER], ['SD-RIGA', UserRole.SPECIALIST], ['SD-RIGA', UserRole.ANALYST],
      ['BT-RIGA', UserRole.MANAGER], ['AC-RIGA-1', UserRole.MANAGER], ['VSAC-RIGA', UserRole.MANAGER]] as const) {
      const res = await hub.gql(await hub.token(agency, role), REGISTER, { input: { name: 'Kāds Mentors' } });
      expect([agency, role, res.errors[0]?.extensions?.code]).toEqual([agency, role, 'FORBIDDEN']);
    }
    expect(await counts()).toEqual(before);
    // each lists its own register only
    const seen = await hub.gql(jurmalaWorker, REGISTERED, {});
    expect(seen.data?.socialMentors.map((m) => m.name).sort()).toEqual(['Brīvais Mentors', 'Jūrmalas Mentore']);
    expect((await hub.gql(rigaManager, REGISTERED, {})).data?.socialMentors).toEqual([]);
    // audited, as a write of no case
    expect(await hub.db.query(
      `SELECT operation, case_id AS "caseId", entity FROM audit_log WHERE kind = 'WRITE' AND entity_id = $1`, [jurmalaMentor]))
      .toEqual([{ operation: 'registerMentor', caseId: null, entity: 'SocialMentor' }]);
  });

  it('counts the 5 clients per mentor, race-free: six assignments at once give five, the sixth told the mentor is full', async () => {
    for (let i = 0; i < 6; i += 1) jurmalaCases.push(await adult('JURMALA'));
    const results = await Promise.all(jurmalaCases.map((c) => hub.gql(jurmalaWorker, ASSIGN, {
      input: { caseId: c.id, mentorId: jurmalaMentor, startsOn: TODAY } })));
    const accepted = results.filter((r) => r.errors.length === 0);
    expect(accepted).toHaveLength(5);
    assignments.push(...accepted.map((r) => r.data?.assignMentor.id as string));
    expect(accepted[0].data?.assignMentor).toMatchObject({ mentorId: jurmalaMentor, mentorName: 'Jūrmalas Mentore', endsOn: null,
      provider: { code: 'SD-JURMALA' } });
    // a full mentor of one's own agency says so, naming the field
    const [refused] = results.filter((r) => r.errors.length > 0);
    expect(refused.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.mentorId' });
    expect(refused.errors[0].message).toBe('The social mentor already has 5 clients; a mentor serves at most 5');
    expect((await hub.gql(jurmalaWorker, REGISTERED, {})).data?.socialMentors.find((m) => m.id === jurmalaMentor)?.clients).toBe(5);
  });

  it("answers another agency's mentor, full or not, exactly as an id that does not exist, and changes nothing", async () => {
    const riga = await adult('RIGA');
    const before = await counts();
    const tryMentor = (mentorId: string) => hub.gql(rigaWorker, ASSIGN, { input: { caseId: riga.id, mentorId, startsOn: TODAY } });
    const full = answer(await tryMentor(jurmalaMentor));
    const idle = answer(await tryMentor(jurmalaIdle));
    const unknown = answer(await tryMentor(randomUUID()));
    const malformed = answer(await tryMentor('MENTOR-7'));
    expect(full).toEqual({ data: null, errors: [{ message: "is not an active social mentor in your agency's register",
      extensions: { code: 'BAD_USER_INPUT', field: 'input.mentorId' } }] });
    expect(idle).toEqual(full);
    expect(unknown).toEqual(full);
    expect(malformed).toEqual(full);
    expect(JSON.stringify(full)).not.toMatch(/5|client|Jūrmala/);
    expect(await counts()).toEqual(before);

    // the same mentor name in Rīga's own register is another mentor, counted apart
    const rigaMentor = await register(rigaManager, 'Jūrmalas Mentore');
    const own = await tryMentor(rigaMentor);
    expect(own.errors).toEqual([]);
    expect(own.data?.assignMentor).toMatchObject({ mentorId: rigaMentor, provider: { code: 'SD-RIGA' } });
  });

  it('ends an assignment (the case manager, once, not before it started): the mentor has room again from that day', async () => {
    const [first] = assignments;
    const [firstCase] = (await hub.db.query('SELECT case_id AS id FROM mentor_assignment WHERE id = $1', [first])) as { id: string }[];
    // an agency that does not reach the case: as an id that does not exist
    const stranger = await hub.gql(rigaManager, END, { id: first, endsOn: TODAY });
    const nowhere = await hub.gql(rigaManager, END, { id: randomUUID(), endsOn: TODAY });
    expect(stranger.errors[0].extensions?.code).toBe('NOT_FOUND');
    expect(answer(stranger)).toEqual(answer(nowhere));
    const ended = (await hub.db.query('SELECT id FROM mentor_assignment WHERE id = ANY($1) AND ends_on IS NOT NULL', [assignments])).length;
    expect(ended).toBe(0);

    const tooEarly = await hub.gql(jurmalaWorker, END, { id: first, endsOn: daysAfter(TODAY, -1) });
    expect(tooEarly.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    const res = await hub.gql(jurmalaWorker, END, { id: first, endsOn: TODAY });
    expect(res.errors).toEqual([]);
    expect(res.data?.endMentorAssignment).toEqual({ id: first, endsOn: TODAY });
    expect((await hub.gql(jurmalaWorker, END, { id: first, endsOn: TODAY })).errors[0].extensions?.code).toBe('CONFLICT');
    expect(await hub.db.query(`SELECT operation, fields FROM audit_log WHERE kind = 'WRITE' AND entity_id = $1 ORDER BY id`, [first]))
      .toEqual([{ operation: 'assignMentor', fields: ['mentorId', 'startsOn'] }, { operation: 'endMentorAssignment', fields: ['endsOn'] }]);

    // the sixth client now gets the mentor
    const waiting = (await hub.db.query(
      `SELECT c.id FROM care_case c WHERE c.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM mentor_assignment a WHERE a.case_id = c.id)`,
      [jurmalaCases.map((c) => c.id)]))[0].id as string;
    const later = await hub.gql(jurmalaWorker, ASSIGN, { input: { caseId: waiting, mentorId: jurmalaMentor, startsOn: TODAY } });
    expect(later.errors).toEqual([]);
    expect((await hub.gql(jurmalaWorker, REGISTERED, {})).data?.socialMentors.find((m) => m.id === jurmalaMentor)?.clients).toBe(5);
    const mentors = await hub.gql(jurmalaWorker, CASE_MENTORS, { id: firstCase.id });
    expect(mentors.data?.case?.mentors).toEqual([{ id: first, mentorId: jurmalaMentor, mentorName: 'Jūrmalas Mentore', endsOn: TODAY,
      provider: { code: 'SD-JURMALA' } }]);
  });

  it('refuses another agency in the case to end an assignment (it may only read the plan)', async () => {
    const [{ id: caseId }] = await hub.db.query('SELECT case_id AS id FROM mentor_assignment WHERE id = $1', [assignments[1]]);
    await involve(hub, caseId, 'SP-RIGA-GROUP-HOME', 'CURRENT_PROVIDER', 'SD-JURMALA');
    const res = await hub.gql(await hub.token('SP-RIGA-GROUP-HOME', UserRole.MANAGER), END, { id: assignments[1], endsOn: TODAY });
    expect(res.errors[0].extensions?.code).toBe('FORBIDDEN');
    expect(await hub.db.query('SELECT ends_on FROM mentor_assignment WHERE id = $1', [assignments[1]])).toEqual([{ ends_on: null }]);
  });

  it('retires a mentor: no new clients (answered as an unknown mentor), the clients they have keep them', async () => {
    const stranger = await hub.gql(rigaManager, RETIRE, { id: jurmalaIdle });
    const nowhere = await hub.gql(rigaManager, RETIRE, { id: randomUUID() });
    expect(stranger.errors[0].extensions?.code).toBe('NOT_FOUND');
    expect(answer(stranger)).toEqual(answer(nowhere));
    expect((await hub.gql(jurmalaWorker, RETIRE, { id: jurmalaIdle })).errors[0].extensions?.code).toBe('FORBIDDEN');

    const retired = await hub.gql(jurmalaManager, RETIRE, { id: jurmalaIdle });
    expect(retired.data?.retireMentor).toEqual({ id: jurmalaIdle, active: false, clients: 0 });
    expect((await hub.gql(jurmalaManager, RETIRE, { id: jurmalaIdle })).errors[0].extensions?.code).toBe('CONFLICT');
    const c = await adult('JURMALA');
    const refused = await hub.gql(jurmalaWorker, ASSIGN, { input: { caseId: c.id, mentorId: jurmalaIdle, startsOn: TODAY } });
    expect(refused.errors[0]).toMatchObject({ message: "is not an active social mentor in your agency's register",
      extensions: { code: 'BAD_USER_INPUT', field: 'input.mentorId' } });
    expect((await hub.gql(jurmalaWorker, REGISTERED, {})).data?.socialMentors.map((m) => m.id)).toEqual([jurmalaMentor]);
    expect((await hub.gql(jurmalaWorker, REGISTERED, { includeRetired: true })).data?.socialMentors.map((m) => m.id).sort())
      .toEqual([jurmalaIdle, jurmalaMentor].sort());
  });
});
