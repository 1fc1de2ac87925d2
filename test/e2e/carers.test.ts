import { UserRole } from '../../src/kernel/principal';
import { activeCarer, CARER_COMPETENCES, CARER_TRAINING, RECOGNIZE_FORM, REGISTER_CARER, TRANSITION_CARER } from '../support/carers';
import { involve, oldFormCode, openCase, TODAY } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { CarerStatus } from '../graphql/graphql';

const CARER = graphql(`query CarersOne($id: ID!) {
  carer(id: $id) { id myRelations name phone status initialTrainingHours
    history { from to reason exitInterview agency { code } } forms { form decisionRef decidingAgency { code } } }
}`);
const CONTACT = graphql(`mutation CarersContact($input: UpdateCarerContactInput!) { updateCarerContact(input: $input) { id phone version } }`);
const PLACE = graphql(`mutation CarersPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id carerId } }`);

const codeOf = (res: GqlResult) => res.errors[0]?.extensions?.code ?? 'OK';

/**
 * The carer register (issue 13): the support centre's process as a table of allowed steps, each by
 * the right agency, with reasons and history; and who reads and writes a carer's data, by the
 * agency's relation to the carer, written out by hand below (not read from the policy table).
 */
describe("carers: the support centre's process, step by step, by the right agency", () => {
  let hub: TestHub;
  let centre: string;
  let court: string;
  let carerId: string;
  let version: number;
  beforeAll(async () => {
    hub = await startHub();
    centre = await hub.token('AC-RIGA-1');
    court = await hub.token('BT-RIGA');
  });
  afterAll(async () => { await hub.close(); });

  const move = (token: string, to: CarerStatus, extra: Record<string, unknown> = {}) =>
    hub.gql(token, TRANSITION_CARER, { input: { carerId, to, reason: `to ${to}`, expectedVersion: version, ...extra } });
  const ok = async (token: string, to: CarerStatus, extra: Record<string, unknown> = {}) => {
    const res = await move(token, to, extra);
    expect(res.errors).toEqual([]);
    version = res.data?.transitionCarer.version as number;
    return res;
  };
  const snapshot = async () => (await hub.db.query(
    `SELECT status, version, (SELECT count(*)::int FROM carer_transition t WHERE t.carer_id = c.id) AS steps FROM carer c WHERE id = $1`,
    [carerId]))[0];

  it('registers an inquiry by the support centre only; it becomes the supporting centre', async () => {
    for (const agency of ['BT-RIGA', 'SD-RIGA', 'VSAC-RIGA']) {
      const res = await hub.gql(await hub.token(agency), REGISTER_CARER, { input: { kind: 'FOSTER_FAMILY', name: 'X', municipalityCode: 'RIGA' } });
      expect([agency, codeOf(res)]).toEqual([agency, 'FORBIDDEN']);
    }
    const res = await hub.gql(centre, REGISTER_CARER, { input: { kind: 'FOSTER_FAMILY', name: 'Bērziņu ģimene', municipalityCode: 'RIGA',
      phone: '+371 29999999' } });
    expect(res.errors).toEqual([]);
    carerId = res.data?.registerCarer.id as string;
    version = res.data?.registerCarer.version as number;
    expect(res.data?.registerCarer.status).toBe('INQUIRY');
  });

  it('refuses a step out of order, saying which are allowed, and changes nothing', async () => {
    const before = await snapshot();
    const res = await move(centre, 'INITIAL_TRAINING');
    expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to', currentState: 'INQUIRY',
      allowedStates: ['INFORMATION_AND_PREPARATION', 'EXITED'] });
    expect(res.errors[0].message).toBe('A carer in INQUIRY can move to INFORMATION_AND_PREPARATION or EXITED, not to INITIAL_TRAINING');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a stale version as a CONFLICT', async () => {
    const res = await hub.gql(centre, TRANSITION_CARER, { input: { carerId, to: 'INFORMATION_AND_PREPARATION', reason: 'x', expectedVersion: version + 5 } });
    expect(codeOf(res)).toBe('CONFLICT');
  });

  it('goes through information, the home visit and training; the mutual assessment needs initial training hours on record', async () => {
    await ok(centre, 'INFORMATION_AND_PREPARATION');
    await ok(centre, 'FIRST_HOME_VISIT');
    await ok(centre, 'INITIAL_TRAINING');
    const early = await move(centre, 'MUTUAL_ASSESSMENT');
    expect(early.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to' });
    expect(early.errors[0].message).toContain('no initial training hours are recorded');
    const trained = await hub.gql(centre, CARER_TRAINING, { input: { carerId, kind: 'INITIAL', hours: 60, heldOn: '2026-09-01' } });
    expect(trained.data?.recordCarerTraining).toMatchObject({ initialTrainingHours: 60, furtherTrainingHours: 0 });
    await ok(centre, 'MUTUAL_ASSESSMENT');
    expect((await move(centre, 'PSYCHOLOGIST_OPINION')).errors[0].message).toContain('no competence assessment');
    const bad = await hub.gql(centre, CARER_COMPETENCES, { input: { carerId, assessedOn: '2026-10-01', careAndProtection: 6,
      developmentalNeeds: 4, birthFamilyRelationship: 4, permanency: 4, teamwork: 4 } });
    expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.careAndProtection' });
    expect((await hub.gql(centre, CARER_COMPETENCES, { input: { carerId, assessedOn: '2026-10-01', careAndProtection: 4,
      developmentalNeeds: 4, birthFamilyRelationship: 5, permanency: 3, teamwork: 4 } })).errors).toEqual([]);
    await ok(centre, 'PSYCHOLOGIST_OPINION', { reason: "the psychologist's opinion: suitable for children of 3-10" });
  });

  it("leaves the suitability decision to the orphan court of the carer's municipality", async () => {
    const byCentre = await move(centre, 'SUITABILITY_DECIDED');
    expect(byCentre.errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' },
      message: "Only the carer's CARER_COURT may transitionCarer to SUITABILITY_DECIDED" });
    // another municipality's court has no relation to the carer: it does not exist for it
    expect(codeOf(await move(await hub.token('BT-JURMALA'), 'SUITABILITY_DECIDED'))).toBe('NOT_FOUND');
    // a court may not take the centre's steps either
    expect(codeOf(await move(court, 'EXITED', { exitInterview: 'x' }))).toBe('FORBIDDEN');
    await ok(court, 'SUITABILITY_DECIDED', { reason: 'BT-RIGA decision 2026/301: suitable as a foster family' });
  });

  it('activates a foster family only once the court recognised a form, by its decision', async () => {
    expect((await move(centre, 'ACTIVE')).errors[0].message).toContain('a foster family needs a form the orphan court recognised');
    expect(codeOf(await hub.gql(centre, RECOGNIZE_FORM, { input: { carerId, form: 'ORDINARY', decisionRef: 'x', decidedOn: TODAY } })))
      .toBe('FORBIDDEN');
    const recognised = await hub.gql(court, RECOGNIZE_FORM, { input: { carerId, form: 'ORDINARY', decisionRef: 'BT 2026/302', decidedOn: TODAY } });
    expect(recognised.data?.recognizeCarerForm.forms).toEqual([{ form: 'ORDINARY', decisionRef: 'BT 2026/302' }]);
    expect(codeOf(await hub.gql(court, RECOGNIZE_FORM, { input: { carerId, form: 'ORDINARY', decisionRef: 'again', decidedOn: TODAY } })))
      .toBe('CONFLICT');
    await ok(centre, 'ACTIVE');
  });

  it('pauses and resumes; exits only with an exit interview, and an exit is final', async () => {
    await ok(centre, 'PAUSED', { reason: 'a family illness' });
    await ok(centre, 'ACTIVE');
    expect((await move(centre, 'EXITED')).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.exitInterview' });
    expect((await move(centre, 'PAUSED', { exitInterview: 'x' })).errors[0].extensions).toMatchObject({ field: 'input.exitInterview' });
    await ok(centre, 'EXITED', { reason: 'moving abroad', exitInterview: 'satisfied with the support; would recommend it' });
    const after = await move(centre, 'ACTIVE');
    expect(after.errors[0].message).toBe('A carer in EXITED moves no further');
  });

  it('keeps every step with its reason and agency, oldest first; every write is audited as a write of no case', async () => {
    const res = await hub.gql(centre, CARER, { id: carerId });
    expect(res.data?.carer?.history?.map((h) => `${h.from ?? '-'}>${h.to} ${h.agency?.code}`)).toEqual([
      '->INQUIRY AC-RIGA-1', 'INQUIRY>INFORMATION_AND_PREPARATION AC-RIGA-1', 'INFORMATION_AND_PREPARATION>FIRST_HOME_VISIT AC-RIGA-1',
      'FIRST_HOME_VISIT>INITIAL_TRAINING AC-RIGA-1', 'INITIAL_TRAINING>MUTUAL_ASSESSMENT AC-RIGA-1',
      'MUTUAL_ASSESSMENT>PSYCHOLOGIST_OPINION AC-RIGA-1', 'PSYCHOLOGIST_OPINION>SUITABILITY_DECIDED BT-RIGA',
      'SUITABILITY_DECIDED>ACTIVE AC-RIGA-1', 'ACTIVE>PAUSED AC-RIGA-1', 'PAUSED>ACTIVE AC-RIGA-1', 'ACTIVE>EXITED AC-RIGA-1']);
    expect(res.data?.carer?.history?.at(-1)).toMatchObject({ reason: 'moving abroad', exitInterview: 'satisfied with the support; would recommend it' });
    const audit = await hub.db.query(
      `SELECT kind, operation, count(*)::int AS n, bool_and(case_id IS NULL) AS "noCase" FROM audit_log WHERE entity_id = $1 OR (entity = 'Carer' AND entity_id = $1)
        GROUP BY 1, 2 ORDER BY 1, 2`, [carerId]);
    expect(audit).toContainEqual({ kind: 'WRITE', operation: 'transitionCarer', n: 10, noCase: true });
    expect(audit).toContainEqual({ kind: 'READ', operation: 'CarersOne', n: 1, noCase: true });
  });
});

/**
 * Who reads and writes a carer's data, by the agency's relation to the carer (ACCESS.md's spirit:
 * least disclosure). A carer of Rīga supported by AC-RIGA-1, with a child placed whose case SD-RIGA
 * manages.
 *   R   read      -   null with FORBIDDEN      nf  the carer does not exist for the caller (NOT_FOUND)
 *   W   the centre's writes (contact)          F   refused (FORBIDDEN)
 */
const PUBLISHED = `
agency        role        purpose            personal  assessment  contact
AC-RIGA-1     CASE_WORKER CASE_WORK          R         R           W
AC-RIGA-1     MANAGER     CASE_WORK          R         R           W
BT-RIGA       SPECIALIST  CASE_WORK          R         R           F
BT-RIGA       CASE_WORKER COURT_PROCEEDINGS  R         R           F
SD-RIGA       CASE_WORKER CASE_WORK          R         -           F
SD-RIGA       MANAGER     CASE_WORK          R         -           F
AC-KURZEME-1  CASE_WORKER CASE_WORK          nf        nf          nf
BT-JURMALA    CASE_WORKER CASE_WORK          nf        nf          nf
SD-JURMALA    CASE_WORKER CASE_WORK          nf        nf          nf
VSAC-RIGA     CASE_WORKER CASE_WORK          nf        nf          nf
AC-RIGA-1     ANALYST     REPORTING          F         F           F
SD-RIGA       DPO         SUPERVISION        F         F           F`;

const ROWS = PUBLISHED.trim().split('\n').slice(1).map((line) => line.trim().split(/\s+/)) as
  [string, UserRole, string, string, string, string][];

describe("the permission matrix for a carer's data, per agency and role", () => {
  let hub: TestHub;
  let carerId: string;
  beforeAll(async () => {
    hub = await startHub();
    carerId = await activeCarer(hub, { forms: ['ORDINARY'] });
    const child = await openCase(hub, 'RIGA', { client: { personalCode: oldFormCode('2018-04-04'), givenName: 'Bērns', familyName: 'Ozols',
      gender: 'MALE', declaredMunicipalityCode: 'RIGA' } });
    await involve(hub, child.id, 'BT-RIGA', 'ORPHAN_COURT');
    const placed = await hub.gql(await hub.token('BT-RIGA'), PLACE, { input: { caseId: child.id, type: 'FOSTER_FAMILY', fosterForm: 'ORDINARY',
      carerId, startsOn: TODAY, courtDecisionRef: 'BT 2026/400' } });
    expect(placed.errors).toEqual([]);
  });
  afterAll(async () => { await hub.close(); });

  it.each(ROWS)('%s %s (%s): personal %s, assessment %s, contact %s', async (agency, role, purpose, personal, assessment, contact) => {
    const token = await hub.token(agency, role, { purpose });
    const read = await hub.gql(token, CARER, { id: carerId });
    const fieldOutcome = (field: 'name' | 'status') => {
      if (read.errors.some((e) => e.path?.length === 1)) return read.errors[0].extensions?.code === 'NOT_FOUND' ? 'nf' : 'F';
      const denied = read.errors.find((e) => e.path?.[1] === field);
      if (denied) return denied.extensions?.code === 'FORBIDDEN' ? '-' : String(denied.extensions?.code);
      return read.data?.carer?.[field] ? 'R' : '?';
    };
    const [{ version }] = await hub.db.query('SELECT version FROM carer WHERE id = $1', [carerId]);
    const write = await hub.gql(token, CONTACT, { input: { carerId, phone: '+371 21111111', expectedVersion: version } });
    const writeOutcome = write.errors.length === 0 ? 'W' : codeOf(write) === 'NOT_FOUND' ? 'nf' : codeOf(write) === 'FORBIDDEN' ? 'F' : codeOf(write);
    expect([fieldOutcome('name'), fieldOutcome('status'), writeOutcome]).toEqual([personal, assessment, contact]);
  });

  it('tells the placing social service its relation, and no one its relations beyond its purpose', async () => {
    const sd = await hub.gql(await hub.token('SD-RIGA'), CARER, { id: carerId });
    expect(sd.data?.carer?.myRelations).toEqual(['PLACING_SERVICE']);
    const court = await hub.gql(await hub.token('BT-RIGA', UserRole.CASE_WORKER, { purpose: 'COURT_PROCEEDINGS' }), CARER, { id: carerId });
    expect(court.data?.carer?.myRelations).toEqual(['CARER_COURT']);
  });
});
