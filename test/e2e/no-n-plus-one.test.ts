import { UserRole } from '../../src/kernel/principal';
import { seedDemoData } from '../../src/demo/seed';
import { FULL_PAGE as PAGE } from '../../scripts/queries';
import { startHub, TestHub } from '../support/hub';

type Page = { cases: { totalCount: number; edges: { node: { followUps: { edges: unknown[] }; involvements: unknown[] } }[] } };

/** Every relation loads through per-request DataLoaders: the statement count does not grow with the page. */
describe('no query per row', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub();
    await seedDemoData(hub.databaseUrl, { cases: 400, seed: 11 });
  });
  afterAll(async () => { await hub.close(); });

  async function statementsFor(first: number): Promise<{ statements: number; page: Page }> {
    const token = await hub.token('SD-RIGA', UserRole.CASE_WORKER);
    const res = await hub.gql<Page>(token, PAGE, { first });
    expect(res.errors).toEqual([]);
    const stats = hub.requests.at(-1);
    expect(res.data?.cases.edges).toHaveLength(first);
    return { statements: stats?.statements ?? Infinity, page: res.data as Page };
  }

  it('answers cases(first: 50) with the full shape in at most 10 SQL statements, the same as first: 5', async () => {
    const fifty = await statementsFor(50);
    const five = await statementsFor(5);
    expect(fifty.page.cases.totalCount).toBeGreaterThan(50);
    // the page really carries nested rows, so the bound is not met by empty relations
    expect(fifty.page.cases.edges.some((e) => e.node.followUps.edges.length === 5)).toBe(true);
    expect(fifty.page.cases.edges.every((e) => e.node.involvements.length > 0)).toBe(true);
    expect(fifty.statements).toBeLessThanOrEqual(10);
    expect(five.statements).toBe(fifty.statements);
  });

  it('answers the full page in at most 6 SQL statements, the audit included (issue 9)', async () => {
    const fifty = await statementsFor(50);
    expect(fifty.statements).toBeLessThanOrEqual(6);
    expect((await statementsFor(5)).statements).toBe(fifty.statements);
  });

  it("loads each case's closure requests (issue 12) in one statement for the page, whatever its size", async () => {
    const token = await hub.token('SD-RIGA', UserRole.CASE_WORKER);
    const count = async (first: number) => {
      const res = await hub.gql(token, 'query NoNPlusOneClosures($first: Int) { cases(first: $first) { edges { node { id closureRequests { id status } } } } }',
        { first });
      expect(res.errors).toEqual([]);
      return hub.requests.at(-1)?.statements ?? Infinity;
    };
    expect(await count(50)).toBe(await count(5));
  });

  /** Every section of a plan, its goals' evaluations, planned contacts, partners and sibling links (issue 19). */
  const PLAN = `{ version status missingSections agreement { status on by } evaluation { evaluatedOn clientCooperation }
    goals { description outcome carriedForward } tasks { description } services { serviceType }
    health { disabilityGroup disabilityValidUntil medications { name dose } treatmentAndRehabilitation description }
    family { people { name relation role contactArrangement } birthFamily contactArrangements familySupport }
    childVoice { opinionOnPlan opinionOnFamily } placementConditions education { stage school } employment { status }
    wishesAndInterests supportVolume { careLevel description } cooperationPartners { organisation kind role workContact }
    plannedContacts { kind plannedOn agency { code } } }`;
  const PLANS_PAGE = `query PlansPage($first: Int!) { cases(first: $first) { edges { node { id siblingLinks { siblingCaseId }
    planHistory ${PLAN} } } } }`;

  // (15 cases: the query cost limit bounds how many full plan histories one request may ask for)
  it('answers a page of cases with full plans (every section, every version) in as many statements for 15 cases as for 3', async () => {
    const token = await hub.token('SD-RIGA', UserRole.CASE_WORKER);
    const count = async (first: number) => {
      const res = await hub.gql<{ cases: { edges: { node: { planHistory: Record<string, unknown>[] | null } }[] } }>(token, PLANS_PAGE, { first });
      expect(res.errors).toEqual([]);
      return { statements: hub.requests.at(-1)?.statements ?? Infinity, edges: res.data?.cases.edges ?? [] };
    };
    const many = await count(15);
    const few = await count(3);
    // the page carries filled sections of several versions, so the bound is not met by empty plans
    const plans = many.edges.flatMap((e) => e.node.planHistory ?? []);
    expect(plans.length).toBeGreaterThan(15);
    for (const section of ['health', 'family', 'education', 'cooperationPartners', 'plannedContacts']) {
      expect([section, plans.some((p) => p[section] !== null && !(Array.isArray(p[section]) && (p[section] as unknown[]).length === 0))])
        .toEqual([section, true]);
    }
    expect(many.statements).toBeLessThanOrEqual(8);
    expect(few.statements).toBe(many.statements);
  });
});
