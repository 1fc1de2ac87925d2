import { addDays, addMonths } from '../../src/kernel/dates';
import { UserRole } from '../../src/kernel/principal';
import { involve, oldFormCode, openCase, OpenedCase, readyToMove, TODAY } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { RecordPlacementInput, SaveSupportPlanInput } from '../graphql/graphql';

const PLACE = graphql(`mutation YouthHomePlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id type startsOn } }`);
const PLAN = graphql(`mutation YouthHomePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id services { serviceType } } }`);
const MOVE = graphql(`mutation YouthHomeMove($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }`);

/**
 * A youth home (jauniešu māja) is for young people from their 15th birthday until their 24th
 * (DOMAIN.md: "15–18-year-olds live in a youth home", services "up to age 24"; seed 004 table 1):
 * a placement there, a move there, and a youth home in the plan's services basket.
 */
describe('the youth home age rule', () => {
  let hub: TestHub;
  let court: string;
  let manager: string;
  beforeAll(async () => {
    hub = await startHub();
    court = await hub.token('BT-RIGA', UserRole.SPECIALIST);
    manager = await hub.token('SD-RIGA', UserRole.MANAGER);
  });
  afterAll(async () => { await hub.close(); });

  /** A client born on `born`: a child's case with the orphan court involved, or an adult's. */
  async function client(born: string, adult = false): Promise<OpenedCase> {
    const c = await openCase(hub, 'RIGA', { targetGroup: adult ? 'ADULT_WITH_MENTAL_DISORDER' : 'CHILD_WITHOUT_PARENTAL_CARE',
      intakeType: 'VOLUNTARY', client: { personalCode: oldFormCode(born), givenName: 'Jaunietis', familyName: 'Bērziņš', gender: 'MALE',
        declaredMunicipalityCode: 'RIGA' } });
    if (!adult) await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
    return c;
  }
  /** Born `years` years before `on`, and `days` days later. */
  const bornYearsBefore = (years: number, days = 0, on = TODAY) => addDays(addMonths(on, -12 * years), days);
  const youthHome = (caseId: string, extra: Partial<RecordPlacementInput> = {}) => ({ input: {
    caseId, type: 'YOUTH_HOME' as const, providerAgencyCode: 'SP-RIGA-YOUTH-HOME', startsOn: TODAY, courtDecisionRef: 'BT-RIGA 2026/50', ...extra } });
  const placements = async () => (await hub.db.query(`SELECT count(*)::int AS n FROM placement WHERE type = 'YOUTH_HOME'`))[0].n as number;
  const refusal = (res: GqlResult) => [res.errors[0]?.extensions?.code, res.errors[0]?.extensions?.field];

  it('places a young person from the 15th birthday, not a day before, naming the field', async () => {
    const before = await placements();
    const twelve = await client(bornYearsBefore(12));
    const tooYoung = await hub.gql(court, PLACE, youthHome(twelve.id));
    expect(refusal(tooYoung)).toEqual(['BAD_USER_INPUT', 'input.type']);
    expect(tooYoung.errors[0].message).toBe(`a youth home is for young people from their 15th birthday until their 24th; the client is 12 on ${TODAY}`);

    const almost = await client(bornYearsBefore(15, 10));
    expect(refusal(await hub.gql(court, PLACE, youthHome(almost.id)))).toEqual(['BAD_USER_INPUT', 'input.type']);
    expect(await placements()).toBe(before);
    const onBirthday = await hub.gql(court, PLACE, youthHome(almost.id, { startsOn: addDays(TODAY, 10) }));
    expect(onBirthday.errors).toEqual([]);

    const sixteen = await client(bornYearsBefore(16));
    expect((await hub.gql(court, PLACE, youthHome(sixteen.id))).errors).toEqual([]);
    expect(await placements()).toBe(before + 2);
  });

  it('ends a stay by the 24th birthday, and takes no one from it on', async () => {
    const born = bornYearsBefore(17);
    const c = await client(born);
    const late = await hub.gql(court, PLACE, youthHome(c.id, { endsOn: addDays(addMonths(born, 24 * 12), 1) }));
    expect(refusal(late)).toEqual(['BAD_USER_INPUT', 'input.endsOn']);
    expect(late.errors[0].message).toContain(`by the client's 24th birthday (${addMonths(born, 24 * 12)})`);
    expect((await hub.gql(court, PLACE, youthHome(c.id, { endsOn: addMonths(born, 24 * 12) }))).errors).toEqual([]);

    // an adult's placement is the social service's decision: 23 is still a youth home's age, 24 today is not
    const twentyThree = await client(bornYearsBefore(23, 1), true);
    expect((await hub.gql(manager, PLACE, youthHome(twentyThree.id, { courtDecisionRef: null }))).errors).toEqual([]);
    const twentyFour = await client(bornYearsBefore(24), true);
    const old = await hub.gql(manager, PLACE, youthHome(twentyFour.id, { courtDecisionRef: null }));
    expect(refusal(old)).toEqual(['BAD_USER_INPUT', 'input.type']);
    expect(old.errors[0].message).toContain('the client is 24');
  });

  it('refuses a move into a youth home at the wrong age, naming the new placement', async () => {
    const adult = await client(bornYearsBefore(30), true);
    await involve(hub, adult.id, 'VSAC-RIGA', 'CURRENT_PROVIDER');
    await readyToMove(hub, adult.id, 'VSAC-RIGA');
    const before = await hub.db.query('SELECT count(*)::int AS n FROM involvement WHERE case_id = $1', [adult.id]);
    const res = await hub.gql(manager, MOVE, { input: { caseId: adult.id, newProviderAgencyCode: 'SP-RIGA-YOUTH-HOME', legalBasis: 'plan',
      newPlacement: { type: 'YOUTH_HOME', providerAgencyCode: 'SP-RIGA-YOUTH-HOME', startsOn: TODAY } } });
    expect(refusal(res)).toEqual(['BAD_USER_INPUT', 'input.newPlacement.type']);
    expect(await hub.db.query('SELECT count(*)::int AS n FROM involvement WHERE case_id = $1', [adult.id])).toEqual(before);
  });

  it("takes a youth home into a plan's basket only when the client is of its age while the plan runs", async () => {
    const plan = (caseId: string, extra: Partial<SaveSupportPlanInput> = {}) => hub.gql(manager, PLAN, { input: {
      caseId, status: 'DRAFT', validFrom: TODAY, services: [{ serviceType: 'DAY_CARE_CENTRE', volume: 3, unit: 'DAY' },
        { serviceType: 'YOUTH_HOME', volume: 1, unit: 'MONTH' }], ...extra } });
    const ten = await client(bornYearsBefore(10));
    const refused = await plan(ten.id);
    expect(refusal(refused)).toEqual(['BAD_USER_INPUT', 'input.services.1.serviceType']);
    expect(refused.errors[0].message).toContain('a youth home is for young people from their 15th birthday until their 24th');
    expect(await hub.db.query('SELECT count(*)::int AS n FROM support_plan WHERE case_id = $1', [ten.id])).toEqual([{ n: 0 }]);

    // turning 15 while the plan runs: planned for; not when the plan is reviewed before the birthday
    const born = bornYearsBefore(15, 100);
    const fifteenth = addMonths(born, 15 * 12);
    const soon = await client(born);
    expect(refusal(await plan(soon.id, { reviewDueOn: addDays(fifteenth, -1) }))).toEqual(['BAD_USER_INPUT', 'input.services.1.serviceType']);
    expect((await plan(soon.id, { reviewDueOn: fifteenth })).errors).toEqual([]);
    expect((await plan(soon.id)).errors).toEqual([]);
  });
});
