import { UserRole } from '../../src/kernel/principal';
import { activeCarer, REGISTER_CARER } from '../support/carers';
import { daysAfter, involve, oldFormCode, openCase, OpenedCase, TODAY } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const MATCH = graphql(`query MatchingCandidates($caseId: ID!, $siblingCaseIds: [ID!], $first: Int) {
  matchCandidates(caseId: $caseId, siblingCaseIds: $siblingCaseIds, first: $first) {
    carerId form rank score fits children limit freePlaces siblingsHere distanceKm municipalityCode reasons
  }
}`);
const LINK = graphql(`mutation MatchingLinkSiblings($input: LinkSiblingCasesInput!) { linkSiblingCases(input: $input) { id } }`);
const PLACE = graphql(`mutation MatchingPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`);

/**
 * matchCandidates (issue 13): active foster families ranked for a child with the reasons, in one
 * statement; the support centre proposes and the orphan court decides, no one else asks.
 */
describe('matching a child with a family: ranked, explained, for the support centre and the orphan court', () => {
  let hub: TestHub;
  let centre: string;
  let court: string;
  let theChild: OpenedCase;
  let sibling: OpenedCase;
  const carers: Record<string, string> = {};

  async function child(age: number, municipality = 'RIGA'): Promise<OpenedCase> {
    const born = daysAfter(TODAY, -Math.round(age * 365.25) - 40);
    const c = await openCase(hub, municipality, { client: { personalCode: oldFormCode(born), givenName: 'Bērns', familyName: 'Liepa',
      gender: 'FEMALE', declaredMunicipalityCode: municipality } });
    await involve(hub, c.id, `BT-${municipality}`, 'ORPHAN_COURT', `SD-${municipality}`);
    return c;
  }
  const place = async (caseId: string, carerId: string, form = 'ORDINARY') => {
    const res = await hub.gql(court, PLACE, { input: { caseId, type: 'FOSTER_FAMILY', fosterForm: form as 'ORDINARY', carerId, startsOn: TODAY,
      courtDecisionRef: 'BT 2026/600' } });
    expect(res.errors).toEqual([]);
  };

  beforeAll(async () => {
    hub = await startHub();
    centre = await hub.token('AC-RIGA-1');
    court = await hub.token('BT-RIGA');
    carers.near = await activeCarer(hub, { name: 'Rīgas ģimene', competence: 5 });
    carers.jurmala = await activeCarer(hub, { name: 'Jūrmalas ģimene', court: 'BT-JURMALA', municipalityCode: 'JURMALA', competence: 3 });
    carers.full = await activeCarer(hub, { name: 'Pilnā ģimene', competence: 5 });
    carers.far = await activeCarer(hub, { name: 'Daugavpils ģimene', centre: 'AC-LATGALE-1', court: 'BT-DAUGAVPILS',
      municipalityCode: 'DAUGAVPILS', competence: 5 });
    carers.siblings = await activeCarer(hub, { name: 'Ogres ģimene', centre: 'AC-VIDZEME-1', court: 'BT-OGRES_NOV', municipalityCode: 'OGRES_NOV',
      forms: ['SPECIALISED'], competence: 3 });
    // an inquiry is no candidate
    await hub.gql(centre, REGISTER_CARER, { input: { kind: 'FOSTER_FAMILY', name: 'Jauna ģimene', municipalityCode: 'RIGA' } });
    for (let i = 0; i < 3; i += 1) await place((await child(6 + i)).id, carers.full);
    sibling = await child(10);
    await place(sibling.id, carers.siblings, 'SPECIALISED');
    theChild = await child(8);
    await involve(hub, theChild.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
  });
  afterAll(async () => { await hub.close(); });

  it('is asked by the case\'s support centre or orphan court only', async () => {
    expect((await hub.gql(centre, MATCH, { caseId: theChild.id })).errors).toEqual([]);
    expect((await hub.gql(court, MATCH, { caseId: theChild.id })).errors).toEqual([]);
    expect((await hub.gql(await hub.token('BT-RIGA', UserRole.CASE_WORKER, { purpose: 'COURT_PROCEEDINGS' }), MATCH, { caseId: theChild.id })).errors)
      .toEqual([]);
    expect((await hub.gql(await hub.token('SD-RIGA'), MATCH, { caseId: theChild.id })).errors[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hub.gql(await hub.token('AC-KURZEME-1'), MATCH, { caseId: theChild.id })).errors[0].extensions?.code).toBe('NOT_FOUND');
    expect((await hub.gql(await hub.token('AC-RIGA-1', UserRole.ANALYST), MATCH, { caseId: theChild.id })).errors[0].extensions?.code)
      .toBe('FORBIDDEN');
  });

  it('ranks free capacity, then distance and competences, and explains each criterion', async () => {
    const res = await hub.gql(centre, MATCH, { caseId: theChild.id });
    const ranked = res.data?.matchCandidates ?? [];
    const name = Object.fromEntries(Object.entries(carers).map(([k, v]) => [v, k]));
    expect(ranked.map((c) => name[c.carerId])).toEqual(['near', 'jurmala', 'siblings', 'far', 'full']);
    const [near] = ranked;
    expect(near).toMatchObject({ rank: 1, fits: true, children: 0, limit: 3, freePlaces: 2, siblingsHere: 0, distanceKm: 0, municipalityCode: 'RIGA' });
    expect(near.score).toBe(40 + 20 + 20);
    expect(near.reasons).toEqual([
      'capacity: 0 of 3 places taken in ORDINARY for a child of 8; 2 free after',
      'siblings: none named to place together',
      'distance: 0 km from RIGA to RIGA',
      'competences (assessed 2026-10-01, fit 100 %): child care and protection 5/5, meeting developmental needs 5/5, '
        + 'the relationship with the birth family 5/5, lifelong relationships 5/5, teamwork 5/5',
    ]);
    const full = ranked.at(-1);
    expect(full).toMatchObject({ fits: false, children: 3, freePlaces: -1 });
    expect(full?.reasons[0]).toBe('capacity: no room, 3 children live here and ORDINARY takes 3 with a child of 8');
    const jurmala = ranked[1];
    expect(jurmala.distanceKm).toBeGreaterThan(15);
    expect(jurmala.distanceKm).toBeLessThan(30);
    // another centre's family: its competence scores are that centre's assessment, told as a fit only
    const far = ranked.find((c) => c.carerId === carers.far);
    expect(far?.reasons[3]).toBe("competences: fit 100 % against the child's assessed needs");
    expect(far?.distanceKm).toBeGreaterThan(150);
  });

  it('keeps siblings together: a family where a named sibling lives ranks first (a sibling case the caller does not reach is not used)', async () => {
    const unseen = await hub.gql(centre, MATCH, { caseId: theChild.id, siblingCaseIds: [sibling.id] });
    expect(unseen.data?.matchCandidates.every((c) => c.siblingsHere === 0)).toBe(true);
    await involve(hub, sibling.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    const res = await hub.gql(centre, MATCH, { caseId: theChild.id, siblingCaseIds: [sibling.id] });
    const [first] = res.data?.matchCandidates ?? [];
    expect(first).toMatchObject({ carerId: carers.siblings, siblingsHere: 1, fits: true, limit: 6, children: 1 });
    expect(first.reasons[1]).toBe("siblings: 1 of the child's siblings already live here, kept together");
  });

  it("keeps the siblings linked to the child's case together when not told which (issue 19)", async () => {
    const ask = async (token: string, siblingCaseIds?: string[]) => {
      const res = await hub.gql(token, MATCH, { caseId: theChild.id, ...(siblingCaseIds ? { siblingCaseIds } : {}) });
      expect(res.errors).toEqual([]);
      return res.data!.matchCandidates.map((c) => [c.carerId, c.siblingsHere]);
    };
    // not linked yet: left out means no siblings
    expect((await ask(centre)).every(([, here]) => here === 0)).toBe(true);
    const link = await hub.gql(await hub.token('SD-RIGA', UserRole.MANAGER), LINK, { input: { caseId: sibling.id, siblingCaseId: theChild.id } });
    expect(link.errors).toEqual([]);
    // linked: the same ranking as naming the sibling, for the centre and the court (both read FAMILY on both cases)
    expect(await ask(centre)).toEqual(await ask(centre, [sibling.id]));
    expect((await ask(centre)).find(([id]) => id === carers.siblings)).toEqual([carers.siblings, 1]);
    expect((await ask(court)).find(([id]) => id === carers.siblings)).toEqual([carers.siblings, 1]);
    // [] still asks for none
    expect((await ask(centre, [])).every(([, here]) => here === 0)).toBe(true);
  });

  it('asks the database once for the candidates, however many families there are', async () => {
    await hub.gql(centre, MATCH, { caseId: theChild.id });
    const few = hub.requests.at(-1)?.statements as number;
    for (let i = 0; i < 3; i += 1) await activeCarer(hub, { name: `Vēl ģimene ${i}` });
    await hub.gql(centre, MATCH, { caseId: theChild.id });
    expect(hub.requests.at(-1)?.statements).toBe(few);
    expect(few).toBeLessThanOrEqual(4);
  });

  it("applies a form's age band when a child living there is young enough: a crisis family with a baby takes 2, not 3", async () => {
    const withBaby = await activeCarer(hub, { name: 'Krīzes ģimene ar zīdaini', forms: ['CRISIS'] });
    const withSchoolChild = await activeCarer(hub, { name: 'Krīzes ģimene ar skolēnu', forms: ['CRISIS'] });
    for (const [age, carerId] of [[1, withBaby], [6, withSchoolChild]] as const) {
      const res = await hub.gql(court, PLACE, { input: { caseId: (await child(age)).id, type: 'FOSTER_FAMILY', fosterForm: 'CRISIS', carerId,
        startsOn: TODAY, endsOn: daysAfter(TODAY, 30), courtDecisionRef: 'BT 2026/601' } });
      expect(res.errors).toEqual([]);
    }
    // the child alone ([]: not its linked sibling, which an earlier test linked), so only the age band decides
    const ranked = (await hub.gql(centre, MATCH, { caseId: theChild.id, siblingCaseIds: [], first: 200 })).data?.matchCandidates ?? [];
    expect(ranked.find((c) => c.carerId === withBaby)).toMatchObject({ form: 'CRISIS', children: 1, limit: 2, freePlaces: 0, fits: true });
    expect(ranked.find((c) => c.carerId === withSchoolChild)).toMatchObject({ form: 'CRISIS', children: 1, limit: 3, freePlaces: 1, fits: true });
  });
});
