import { activeCarer, TRANSITION_CARER } from '../support/carers';
import { daysAfter, involve, oldFormCode, openCase, OpenedCase, TODAY } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { RecordPlacementInput } from '../graphql/graphql';

const PLACE = graphql(`mutation CarerPlacementsPlace($input: RecordPlacementInput!) {
  recordPlacement(input: $input) { id carerId fosterForm endsOn capacityException }
}`);

const refusal = (res: GqlResult) => ({ code: res.errors[0]?.extensions?.code, field: res.errors[0]?.extensions?.field, message: res.errors[0]?.message });

/**
 * A foster placement names a carer of the register and one of its recognised forms (issue 13):
 * capacity counts every stay with the carer that overlaps, terms are the form's, and two placements
 * into one family's last place at once give one placement.
 */
describe('placements with a carer: recognised form, capacity, term, one winner for the last place', () => {
  let hub: TestHub;
  let court: string;
  beforeAll(async () => {
    hub = await startHub();
    court = await hub.token('BT-RIGA');
  });
  afterAll(async () => { await hub.close(); });

  async function child(age: number): Promise<OpenedCase> {
    const born = daysAfter(TODAY, -Math.round(age * 365.25) - 40);
    const c = await openCase(hub, 'RIGA', { client: { personalCode: oldFormCode(born), givenName: 'Bērns', familyName: 'Kalns',
      gender: 'FEMALE', declaredMunicipalityCode: 'RIGA' } });
    await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
    return c;
  }
  const place = (caseId: string, carerId: string, extra: Partial<RecordPlacementInput> = {}) => hub.gql(court, PLACE, { input: {
    caseId, type: 'FOSTER_FAMILY', fosterForm: 'ORDINARY', carerId, startsOn: TODAY, courtDecisionRef: 'BT 2026/500', ...extra } });
  const placements = async (carerId: string) => (await hub.db.query('SELECT count(*)::int AS n FROM placement WHERE carer_id = $1', [carerId]))[0].n;

  it('places only in a form the court recognised, with an active carer of the right kind, and the decision reference', async () => {
    const carer = await activeCarer(hub, { forms: ['ORDINARY'] });
    const c = await child(7);
    expect(refusal(await place(c.id, carer, { fosterForm: 'SPECIALISED' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fosterForm',
      message: 'the orphan court recognised this family for ORDINARY, not SPECIALISED' });
    expect(refusal(await place(c.id, carer, { type: 'GUARDIAN', fosterForm: undefined }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refusal(await place(c.id, carer, { courtDecisionRef: undefined }))).toMatchObject({ field: 'input.courtDecisionRef' });
    expect(refusal(await place(c.id, carer, { carerRef: 'FAM-1' }))).toMatchObject({ field: 'input.carerRef' });
    expect(refusal(await place(c.id, '00000000-0000-4000-8000-000000000000'))).toMatchObject({ field: 'input.carerId' });
    expect(await placements(carer)).toBe(0);
    const res = await place(c.id, carer);
    expect(res.errors).toEqual([]);
    expect(res.data?.recordPlacement).toMatchObject({ carerId: carer, fosterForm: 'ORDINARY' });
  });

  it('refuses a paused carer', async () => {
    const carer = await activeCarer(hub);
    const [{ version }] = await hub.db.query('SELECT version FROM carer WHERE id = $1', [carer]);
    expect((await hub.gql(await hub.token('AC-RIGA-1'), TRANSITION_CARER, { input: { carerId: carer, to: 'PAUSED', reason: 'leave',
      expectedVersion: version } })).errors).toEqual([]);
    expect(refusal(await place((await child(5)).id, carer))).toMatchObject({ field: 'input.carerId', message: 'the carer is PAUSED; only an ACTIVE carer takes a child' });
  });

  it("counts every overlapping stay on the carer, whatever form it was recorded in; each stay's form keeps its rule", async () => {
    const carer = await activeCarer(hub, { forms: ['ORDINARY', 'SPECIALISED'] });
    for (let i = 0; i < 3; i += 1) expect((await place((await child(4 + i)).id, carer)).errors).toEqual([]);
    // three children placed as ORDINARY (3 at once): a fourth is refused in either form, the ordinary stays' rule holds
    const fourth = await child(9);
    expect(refusal(await place(fourth.id, carer))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.carerId' });
    expect(refusal(await place(fourth.id, carer, { fosterForm: 'SPECIALISED' })).message).toContain('A ORDINARY foster family takes at most 3');
    // a family whose children live there as SPECIALISED takes up to 6
    const specialised = await activeCarer(hub, { forms: ['ORDINARY', 'SPECIALISED'] });
    for (let i = 0; i < 4; i += 1) {
      expect((await place((await child(4 + i)).id, specialised, { fosterForm: 'SPECIALISED' })).errors).toEqual([]);
    }
    expect(refusal(await place(fourth.id, specialised))).toMatchObject({ field: 'input.carerId' });
    // a stay starting later still counts while it overlaps
    const later = await activeCarer(hub);
    for (let i = 0; i < 3; i += 1) expect((await place((await child(6 + i)).id, later, { startsOn: daysAfter(TODAY, 20) })).errors).toEqual([]);
    expect(refusal(await place((await child(10)).id, later))).toMatchObject({ field: 'input.carerId' });
    // one that ends before the others start does not
    expect((await place((await child(10)).id, later, { endsOn: daysAfter(TODAY, 20) })).errors).toEqual([]);
  });

  it('lets siblings exceed a therapeutic family only with the exception recorded', async () => {
    const carer = await activeCarer(hub, { forms: ['THERAPEUTIC'] });
    for (let i = 0; i < 3; i += 1) expect((await place((await child(7 + i)).id, carer, { fosterForm: 'THERAPEUTIC' })).errors).toEqual([]);
    const sibling = await child(11);
    expect(refusal(await place(sibling.id, carer, { fosterForm: 'THERAPEUTIC' })).message).toContain('unless siblings are placed together');
    const res = await place(sibling.id, carer, { fosterForm: 'THERAPEUTIC', siblingGroup: true, capacityExceptionReason: 'with her three brothers' });
    expect(res.errors).toEqual([]);
    expect(res.data?.recordPlacement.capacityException).toBe('with her three brothers');
  });

  it("holds a crisis placement to the form's term of 6 weeks (a 12-month one is refused) and respite to 3 weeks", async () => {
    const carer = await activeCarer(hub, { forms: ['CRISIS', 'RESPITE'] });
    const c = await child(2);
    const before = await placements(carer);
    expect(refusal(await place(c.id, carer, { fosterForm: 'CRISIS', endsOn: daysAfter(TODAY, 365) }))).toMatchObject({
      code: 'BAD_USER_INPUT', field: 'input.endsOn' });
    expect(refusal(await place(c.id, carer, { fosterForm: 'CRISIS' })).message).toContain('lasts at most 42 days');
    expect(refusal(await place(c.id, carer, { fosterForm: 'RESPITE', endsOn: daysAfter(TODAY, 22) })).message).toContain('at most 21 days');
    expect(await placements(carer)).toBe(before);
    expect((await place(c.id, carer, { fosterForm: 'CRISIS', endsOn: daysAfter(TODAY, 42) })).errors).toEqual([]);
  });

  it("takes one of two placements sent at once into a family's last place, and refuses the other saying it is full", async () => {
    const carer = await activeCarer(hub);
    for (let i = 0; i < 2; i += 1) expect((await place((await child(5 + i)).id, carer)).errors).toEqual([]);
    const [a, b] = [await child(8), await child(9)];
    const results = await Promise.all([place(a.id, carer), place(b.id, carer)]);
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(1);
    const lost = results.find((r) => r.errors.length > 0) as GqlResult;
    expect(refusal(lost)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.carerId' });
    expect(lost.errors[0].message).toContain('at most 3 children at once');
    expect(await placements(carer)).toBe(3);
  });
});
