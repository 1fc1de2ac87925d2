import { UserRole } from '../../src/kernel/principal';
import { daysAfter, involve, oldFormCode, openCase, OpenedCase, readyToMove, TODAY } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { FosterForm, RecordPlacementInput } from '../graphql/graphql';

const PLACE = graphql(`mutation PlacementLimitsRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id siblingGroup capacityException } }`);
const MENTOR = graphql(`mutation PlacementLimitsAssignMentor($input: AssignMentorInput!) { assignMentor(input: $input) { id mentorId } }`);
const REGISTER = graphql(`mutation PlacementLimitsRegisterMentor($input: RegisterMentorInput!) { registerMentor(input: $input) { id } }`);
const MOVE = graphql(`mutation PlacementLimitsRecordTransition($input: RecordTransitionInput!) { recordTransition(input: $input) {
  involvements { role active agency { code } validUntil } placements { type endsOn startsOn carerRef } } }`);

describe('capacity and load limits', () => {
  let hub: TestHub;
  let court: string;
  let manager: string;
  let managerOfService: string;
  beforeAll(async () => {
    hub = await startHub();
    court = await hub.token('BT-RIGA', UserRole.SPECIALIST);
    manager = await hub.token('SD-RIGA');
    managerOfService = await hub.token('SD-RIGA', UserRole.MANAGER);
  });
  afterAll(async () => { await hub.close(); });

  /**
   * What a move needs before it is recorded (seed 004 J–K): the case in IMPLEMENTATION and an ACTIVE
   * support plan holding an individual transition plan (a task of the move, the team, a visit).
   */

  async function child(age: number): Promise<OpenedCase> {
    const born = daysAfter(TODAY, -Math.round(age * 365.25) - 40);
    const c = await openCase(hub, 'RIGA', { client: { personalCode: oldFormCode(born), givenName: 'Bērns', familyName: 'Kalns',
      gender: 'MALE', declaredMunicipalityCode: 'RIGA' } });
    await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
    return c;
  }

  const foster = (caseId: string, form: FosterForm, family: string, extra: Partial<RecordPlacementInput> = {}) => hub.gql(court, PLACE, { input: {
    caseId, type: 'FOSTER_FAMILY', fosterForm: form, carerName: 'Audžuģimene', carerRef: family, startsOn: TODAY,
    courtDecisionRef: 'BT lēmums', ...extra } });

  it('takes at most 3 children in an ordinary foster family', async () => {
    for (let i = 0; i < 3; i += 1) expect((await foster((await child(6 + i)).id, 'ORDINARY', 'FAM-ORD')).errors).toEqual([]);
    const before = await hub.db.query(`SELECT count(*)::int AS n FROM placement WHERE carer_ref = 'FAM-ORD'`);
    const fourth = await foster((await child(10)).id, 'ORDINARY', 'FAM-ORD');
    expect(fourth.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.carerRef' });
    expect(fourth.errors[0].message).toContain('at most 3');
    expect(await hub.db.query(`SELECT count(*)::int AS n FROM placement WHERE carer_ref = 'FAM-ORD'`)).toEqual(before);
  });

  it('lets siblings exceed a specialised family only with the exception recorded', async () => {
    for (let i = 0; i < 6; i += 1) expect((await foster((await child(3 + i)).id, 'SPECIALISED', 'FAM-SPEC')).errors).toEqual([]);
    const seventh = await child(12);
    expect((await foster(seventh.id, 'SPECIALISED', 'FAM-SPEC')).errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    const res = await foster(seventh.id, 'SPECIALISED', 'FAM-SPEC', { siblingGroup: true, capacityExceptionReason: 'placed with two sisters' });
    expect(res.errors).toEqual([]);
    expect(res.data).toMatchObject({ recordPlacement: { siblingGroup: true, capacityException: 'placed with two sisters' } });
  });

  it('counts children placed from a later date too: no room now if the family is full later', async () => {
    const later = daysAfter(TODAY, 30);
    for (let i = 0; i < 3; i += 1) expect((await foster((await child(6 + i)).id, 'ORDINARY', 'FAM-LATER', { startsOn: later })).errors).toEqual([]);
    const now = await foster((await child(9)).id, 'ORDINARY', 'FAM-LATER');
    expect(now.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('limits a crisis family to 2 when a baby is placed', async () => {
    expect((await foster((await child(0)).id, 'CRISIS', 'FAM-CRISIS')).errors).toEqual([]);
    expect((await foster((await child(1)).id, 'CRISIS', 'FAM-CRISIS')).errors).toEqual([]);
    expect((await foster((await child(2)).id, 'CRISIS', 'FAM-CRISIS')).errors[0].message).toContain('at most 2');
  });

  it('assigns a social mentor to at most 5 clients; the 6th is refused with a clear error', async () => {
    const cases = await Promise.all(Array.from({ length: 6 }, () => openCase(hub, 'RIGA', { targetGroup: 'ADULT_WITH_MENTAL_DISORDER',
      intakeType: 'VOLUNTARY', client: { personalCode: oldFormCode('1990-05-05'), givenName: 'Pieaugušais', familyName: 'Liepa',
        gender: 'MALE', declaredMunicipalityCode: 'RIGA' } })));
    const mentor = await hub.gql(managerOfService, REGISTER, { input: { name: 'Inese Mentore' } });
    const mentorId = mentor.data?.registerMentor.id as string;
    const assign = (caseId: string) => hub.gql(manager, MENTOR, { input: { caseId, mentorId, startsOn: '2026-10-01' } });
    const results = await Promise.all(cases.map((c) => assign(c.id)));
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(5);
    const refused = results.find((r) => r.errors.length > 0);
    expect(refused?.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.mentorId' });
    expect(refused?.errors[0].message).toContain('at most 5');
  });

  it("records a child's move from an institution in one transaction: previous provider for 12 months, new provider; the court records the placement", async () => {
    const c = await child(8);
    await involve(hub, c.id, 'BSAC-RIGA', 'CURRENT_PROVIDER');
    expect((await hub.gql(court, PLACE, { input: { caseId: c.id, type: 'INSTITUTION', providerAgencyCode: 'BSAC-RIGA',
      startsOn: '2026-03-01', courtDecisionRef: 'BT 10' } })).errors).toEqual([]);
    await readyToMove(hub, c.id);
    const res = await hub.gql(managerOfService, MOVE, { input: {
      caseId: c.id, newProviderAgencyCode: 'SP-RIGA-FAMILY-HOME', legalBasis: 'transition plan 2026/5' } });
    expect(res.errors).toEqual([]);
    const active = res.data?.recordTransition.involvements?.filter((i) => i.active).map((i) => `${i.role}:${i.agency?.code}`).sort();
    expect(active).toEqual(['CASE_MANAGER:SD-RIGA', 'CURRENT_PROVIDER:SP-RIGA-FAMILY-HOME', 'ORPHAN_COURT:BT-RIGA', 'PREVIOUS_PROVIDER:BSAC-RIGA']);
    const previous = res.data?.recordTransition.involvements?.find((i) => i.role === 'PREVIOUS_PROVIDER');
    expect(new Date(previous?.validUntil as string).getTime()).toBeGreaterThan(Date.now() + 360 * 86_400_000);
    // the social service moves no child: the placement is unchanged until the court decides
    expect(res.data?.recordTransition.placements).toEqual([{ type: 'INSTITUTION', endsOn: null, startsOn: '2026-03-01', carerRef: null }]);
    expect((await hub.gql(court, PLACE, { input: { caseId: c.id, type: 'FAMILY_LIKE_CARE_HOME', providerAgencyCode: 'SP-RIGA-FAMILY-HOME',
      startsOn: '2026-11-01', courtDecisionRef: 'BT 11' } })).errors).toEqual([]);
    const placed = await hub.gql(managerOfService,
      graphql(`query PlacementLimitsPlacements($id: ID!) { case(id: $id) { placements { type endsOn courtDecisionRef decidingAgency { code } } } }`), { id: c.id });
    expect(placed.data?.case?.placements).toEqual([
      { type: 'FAMILY_LIKE_CARE_HOME', endsOn: null, courtDecisionRef: 'BT 11', decidingAgency: { code: 'BT-RIGA' } },
      { type: 'INSTITUTION', endsOn: '2026-11-01', courtDecisionRef: 'BT 10', decidingAgency: { code: 'BT-RIGA' } },
    ]);
    // and the first quarterly review becomes due for the institution the child left
    const due = await hub.gql(await hub.token('BSAC-RIGA'),
      graphql(`query PlacementLimitsDueItems($asOf: LocalDate) { dueItems(filter: { asOf: $asOf }) { edges { node { kind caseId } } } }`),
      { asOf: daysAfter(TODAY, 85) });
    expect(due.data?.dueItems.edges.map((e) => e.node)).toContainEqual({ kind: 'SITUATION_REVIEW', caseId: c.id });
  });

  it("records an adult's move with the placement the social service decided, naming it as the deciding agency", async () => {
    const adult = await openCase(hub, 'RIGA', { targetGroup: 'ADULT_WITH_MENTAL_DISORDER', intakeType: 'VOLUNTARY',
      client: { personalCode: oldFormCode('1985-02-02'), givenName: 'Pieaugušais', familyName: 'Ozols', gender: 'MALE', declaredMunicipalityCode: 'RIGA' } });
    await involve(hub, adult.id, 'VSAC-RIGA', 'CURRENT_PROVIDER');
    await readyToMove(hub, adult.id);
    const res = await hub.gql(managerOfService, MOVE, { input: {
      caseId: adult.id, newProviderAgencyCode: 'SP-RIGA-GROUP-HOME', legalBasis: 'social service decision 2026/77',
      newPlacement: { type: 'GROUP_HOME', providerAgencyCode: 'SP-RIGA-GROUP-HOME', startsOn: '2026-11-01' } } });
    expect(res.errors).toEqual([]);
    const [row] = await hub.db.query(
      `SELECT a.code FROM placement p JOIN agency a ON a.id = p.deciding_agency_id WHERE p.case_id = $1`, [adult.id]);
    expect(row).toEqual({ code: 'SD-RIGA' });
  });

  it('refuses a move without a current provider, a child’s placement by the social service, and a case worker’s move, changing nothing', async () => {
    const c = await child(9);
    await readyToMove(hub, c.id);
    const none = await hub.gql(managerOfService, MOVE, { input: { caseId: c.id, legalBasis: 'x' } });
    expect(none.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.caseId' });
    await involve(hub, c.id, 'BSAC-RIGA', 'CURRENT_PROVIDER');
    const before = await hub.db.query(
      `SELECT (SELECT count(*) FROM involvement WHERE case_id = $1)::int AS involvements, (SELECT count(*) FROM placement WHERE case_id = $1)::int AS placements`,
      [c.id]);
    const childPlacement = await hub.gql(managerOfService, MOVE, { input: { caseId: c.id, legalBasis: 'x',
      newPlacement: { type: 'GUARDIAN', carerName: 'Aizbildnis', startsOn: '2026-11-01', courtDecisionRef: 'BT 12' } } });
    expect(childPlacement.errors[0].extensions?.code).toBe('FORBIDDEN');
    expect(childPlacement.errors[0].message).toContain('PLACEMENT');
    const byCaseWorker = await hub.gql(manager, MOVE, { input: { caseId: c.id, legalBasis: 'x', newProviderAgencyCode: 'SP-RIGA-FAMILY-HOME' } });
    expect(byCaseWorker.errors[0].extensions?.code).toBe('FORBIDDEN');
    expect(await hub.db.query(
      `SELECT (SELECT count(*) FROM involvement WHERE case_id = $1)::int AS involvements, (SELECT count(*) FROM placement WHERE case_id = $1)::int AS placements`,
      [c.id])).toEqual(before);
  });
});
