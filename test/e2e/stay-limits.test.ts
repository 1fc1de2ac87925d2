import { randomUUID } from 'node:crypto';
import { addDays, addMonths } from '../../src/kernel/dates';
import { UserRole } from '../../src/kernel/principal';
import { involve, oldFormCode, openCase, OpenedCase, TODAY } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { RecordStayLimitExceptionInput } from '../graphql/graphql';

const PLACE = graphql(`mutation StayLimitsPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id stayLimitOn } }`);
const EXTEND = graphql(`mutation StayLimitsExtend($input: RecordStayLimitExceptionInput!) {
  recordStayLimitException(input: $input) {
    id stayLimitOn stayLimitExceptions { decisionRef newLimitOn decidingAgency { code } decidedByUserId recordedAt }
  }
}`);
const DUE = graphql(`query StayLimitsDue($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind dueOn } } }`);

/**
 * Institution stay limits of children (DOMAIN.md, transitions; seed 004: under 4 at most 3 months, 6
 * in exceptions; from 4 at most 6 months, a year in extreme cases) and the orphan court's recorded
 * exceptions: the INSTITUTION_STAY_LIMIT due item moves to the new limit.
 */
describe('institution stay limits and their recorded exceptions', () => {
  let hub: TestHub;
  let court: string;
  let manager: string;
  /** the stay's first day: four months ago */
  const began = addMonths(TODAY, -4);

  beforeAll(async () => {
    hub = await startHub();
    court = await hub.token('BT-RIGA', UserRole.SPECIALIST, { userId: 'bt-riga-judge-3' });
    manager = await hub.token('SD-RIGA', UserRole.MANAGER);
  });
  afterAll(async () => { await hub.close(); });

  /** A child of `years` (and a few days) when the stay began, in an institution since then by the court's decision. */
  async function inInstitution(years: number): Promise<{ c: OpenedCase; placementId: string }> {
    const born = addDays(addMonths(began, -12 * years), -20);
    const c = await openCase(hub, 'RIGA', { client: { personalCode: oldFormCode(born), givenName: 'Bērns', familyName: 'Kalns',
      gender: 'MALE', declaredMunicipalityCode: 'RIGA' } });
    await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
    const placed = await hub.gql(court, PLACE, { input: { caseId: c.id, type: 'INSTITUTION', providerAgencyCode: 'BSAC-RIGA',
      startsOn: began, courtDecisionRef: 'BT-RIGA 2026/40' } });
    expect(placed.errors).toEqual([]);
    return { c, placementId: placed.data?.recordPlacement.id as string };
  }
  const stayItems = async (caseId: string, asOf: string) => ((await hub.gql(manager, DUE, { id: caseId, asOf })).data?.case?.dueItems ?? [])
    .filter((i) => i.kind === 'INSTITUTION_STAY_LIMIT');
  const extend = (input: RecordStayLimitExceptionInput, token = court) => hub.gql(token, EXTEND, { input });
  const rows = async () => (await hub.db.query(
    `SELECT (SELECT count(*) FROM placement_stay_exception)::int AS exceptions,
            (SELECT md5(string_agg(d::text, '|' ORDER BY d::text)) FROM due_date d) AS due,
            (SELECT count(*) FROM audit_log WHERE kind = 'WRITE')::int AS writes`))[0];
  const refusal = (res: GqlResult) => [res.errors[0]?.extensions?.code, res.errors[0]?.extensions?.field];

  it("moves the due item to the limit the court's decision sets, and shows it on the placement", async () => {
    const { c, placementId } = await inInstitution(5);
    const rule = addMonths(began, 6);
    expect(await stayItems(c.id, addDays(rule, -1))).toEqual([{ kind: 'INSTITUTION_STAY_LIMIT', dueOn: rule }]);

    const extended = addMonths(began, 9);
    const res = await extend({ caseId: c.id, placementId, decisionRef: 'BT-RIGA lēmums 2026/41', newLimitOn: extended });
    expect(res.errors).toEqual([]);
    expect(res.data?.recordStayLimitException).toMatchObject({ id: placementId, stayLimitOn: extended, stayLimitExceptions: [
      { decisionRef: 'BT-RIGA lēmums 2026/41', newLimitOn: extended, decidingAgency: { code: 'BT-RIGA' }, decidedByUserId: 'bt-riga-judge-3' }] });
    // the item is no longer due by the rule's date, it is due by the decision's
    expect(await stayItems(c.id, addDays(rule, -1))).toEqual([]);
    expect(await stayItems(c.id, addDays(extended, -1))).toEqual([{ kind: 'INSTITUTION_STAY_LIMIT', dueOn: extended }]);
    expect(await hub.db.query(
      `SELECT operation, categories, fields FROM audit_log WHERE kind = 'WRITE' AND case_id = $1 AND operation = 'recordStayLimitException'`, [c.id]))
      .toEqual([{ operation: 'recordStayLimitException', categories: ['PLACEMENT'], fields: ['placementId', 'decisionRef', 'newLimitOn'] }]);

    // a later decision extends it again, up to a year from the stay's start, never back
    const back = await extend({ caseId: c.id, placementId, decisionRef: 'BT-RIGA 2026/42', newLimitOn: addMonths(began, 8) });
    expect(refusal(back)).toEqual(['BAD_USER_INPUT', 'input.newLimitOn']);
    expect(back.errors[0].message).toContain(`later than the current limit (${extended})`);
    const year = await extend({ caseId: c.id, placementId, decisionRef: 'BT-RIGA 2026/43', newLimitOn: addMonths(began, 12) });
    expect(year.data?.recordStayLimitException.stayLimitOn).toBe(addMonths(began, 12));
    expect(year.data?.recordStayLimitException.stayLimitExceptions?.map((e) => e.decisionRef)).toEqual(['BT-RIGA 2026/43', 'BT-RIGA lēmums 2026/41']);
  });

  it('extends a stay to at most a year from 4 years and 6 months under 4, naming the field; nothing changes when refused', async () => {
    const older = await inInstitution(6);
    const young = await inInstitution(2);
    expect((await stayItems(young.c.id, addDays(addMonths(began, 3), -1)))[0]?.dueOn).toBe(addMonths(began, 3));
    const before = await rows();
    const tooLong = await extend({ caseId: older.c.id, placementId: older.placementId, decisionRef: 'BT 1', newLimitOn: addDays(addMonths(began, 12), 1) });
    expect(refusal(tooLong)).toEqual(['BAD_USER_INPUT', 'input.newLimitOn']);
    expect(tooLong.errors[0].message).toContain(`at most 12 months (${addMonths(began, 12)})`);
    const youngTooLong = await extend({ caseId: young.c.id, placementId: young.placementId, decisionRef: 'BT 2', newLimitOn: addMonths(began, 7) });
    expect(refusal(youngTooLong)).toEqual(['BAD_USER_INPUT', 'input.newLimitOn']);
    expect(youngTooLong.errors[0].message).toContain('under 4 when it began may be extended to at most 6 months');
    const same = await extend({ caseId: young.c.id, placementId: young.placementId, decisionRef: 'BT 3', newLimitOn: addMonths(began, 3) });
    expect(refusal(same)).toEqual(['BAD_USER_INPUT', 'input.newLimitOn']);
    const noDecision = await extend({ caseId: young.c.id, placementId: young.placementId, decisionRef: ' ', newLimitOn: addMonths(began, 5) });
    expect(refusal(noDecision)).toEqual(['BAD_USER_INPUT', 'input.decisionRef']);
    // a placement of another case, and one that does not exist
    const elsewhere = await extend({ caseId: young.c.id, placementId: older.placementId, decisionRef: 'BT 4', newLimitOn: addMonths(began, 5) });
    expect(refusal(elsewhere)).toEqual(['BAD_USER_INPUT', 'input.placementId']);
    const nowhere = await extend({ caseId: young.c.id, placementId: randomUUID(), decisionRef: 'BT 4', newLimitOn: addMonths(began, 5) });
    expect(nowhere.errors).toEqual(elsewhere.errors);
    expect(await rows()).toEqual(before);

    const six = await extend({ caseId: young.c.id, placementId: young.placementId, decisionRef: 'BT 5', newLimitOn: addMonths(began, 6) });
    expect(six.data?.recordStayLimitException.stayLimitOn).toBe(addMonths(began, 6));
  });

  it("is the orphan court's decision: the case manager may not record one, and no limit is extended but a child's stay in an institution", async () => {
    const { c, placementId } = await inInstitution(8);
    const before = await rows();
    const byManager = await extend({ caseId: c.id, placementId, decisionRef: 'SD 1', newLimitOn: addMonths(began, 7) }, manager);
    expect(byManager.errors[0].extensions?.code).toBe('FORBIDDEN');
    expect(byManager.errors[0].message).toContain('PLACEMENT');

    // a foster family has no stay limit
    const foster = await hub.gql(court, PLACE, { input: { caseId: c.id, type: 'FOSTER_FAMILY', fosterForm: 'ORDINARY', carerName: 'Audžuģimene',
      carerRef: 'FAM-STAY-1', startsOn: TODAY, courtDecisionRef: 'BT-RIGA 2026/44' } });
    const family = await extend({ caseId: c.id, placementId: foster.data?.recordPlacement.id as string, decisionRef: 'BT 6',
      newLimitOn: addMonths(TODAY, 7) });
    expect(refusal(family)).toEqual(['BAD_USER_INPUT', 'input.placementId']);
    expect(foster.data?.recordPlacement.stayLimitOn).toBeNull();

    // an adult's stay in an institution (placed by the social service) has none either
    const adult = await openCase(hub, 'RIGA', { targetGroup: 'ADULT_WITH_MENTAL_DISORDER', intakeType: 'VOLUNTARY',
      client: { personalCode: oldFormCode('1980-01-01'), givenName: 'Pieaugušais', familyName: 'Ozols', gender: 'MALE', declaredMunicipalityCode: 'RIGA' } });
    const vsac = await hub.gql(manager, PLACE, { input: { caseId: adult.id, type: 'INSTITUTION', providerAgencyCode: 'VSAC-RIGA', startsOn: began } });
    expect(vsac.data?.recordPlacement.stayLimitOn).toBeNull();
    const adultStay = await extend({ caseId: adult.id, placementId: vsac.data?.recordPlacement.id as string, decisionRef: 'SD 2',
      newLimitOn: addMonths(began, 7) }, manager);
    expect(refusal(adultStay)).toEqual(['BAD_USER_INPUT', 'input.placementId']);
    expect((await rows()).exceptions).toBe(before.exceptions);
  });
});
