import { Client } from 'pg';
import { UserRole } from '../../src/kernel/principal';
import { seedDemoData } from '../../src/demo/seed';
import { startHub, TestHub } from '../support/hub';

/** What the outline serves, on the current plan and every version. */
const OUTLINE = 'id version status reviewDueOn agreement { status } goals { description outcome } tasks { description deadline } services { serviceType volume }';
const page = (plan: string, fragments = '') => `query { cases(first: 60) { edges { node { id
  currentPlan { ${plan} } planHistory { ${plan} } } } } } ${fragments}`;

type Plan = Record<string, unknown> | null;
type Page = { cases: { edges: { node: { id: string; currentPlan: Plan; planHistory: Plan[] | null } }[] } };

/**
 * A list page that asks a plan for its own fields, goals, tasks and services reads the plan's outline
 * (no sections, transition plan or planned contacts); any other field, however it is asked, reads it whole.
 */
describe('plans read in outline when the selection needs no more', () => {
  let hub: TestHub;
  let token: string;
  beforeAll(async () => {
    hub = await startHub();
    await seedDemoData(hub.databaseUrl, { cases: 300, seed: 12 });
    token = await hub.token('SD-RIGA', UserRole.CASE_WORKER);
  });
  afterAll(async () => { await hub.close(); });

  const ask = async (query: string) => {
    const res = await hub.gql<Page>(token, query);
    expect(res.errors).toEqual([]);
    return res.data as Page;
  };
  /** The outline's fields of every plan on a page. */
  const outlines = (p: Page) => p.cases.edges.map(({ node }) => {
    const pick = (plan: Plan) => plan && Object.fromEntries(OUTLINE.split(' ').filter((f) => /^\w+$/.test(f) && f in plan).map((f) => [f, plan[f]]));
    return { id: node.id, current: pick(node.currentPlan), history: node.planHistory?.map(pick) };
  });

  it('answers the outline exactly as the whole plan answers those fields', async () => {
    const outline = await ask(page(OUTLINE));
    const plans = outline.cases.edges.filter(({ node }) => node.currentPlan);
    expect(plans.length).toBeGreaterThan(10);
    expect(plans.some(({ node }) => (node.currentPlan?.goals as unknown[]).length > 0)).toBe(true);
    const whole = await ask(page(`${OUTLINE} missingSections`));
    expect(outlines(outline)).toEqual(outlines(whole));
  });

  it('reads the outline in SQL: the plan statement of a page asking no more has no section in it', async () => {
    const original = Client.prototype.query;
    const planStatements = async (query: string) => {
      const texts: string[] = [];
      const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
        const q = args[0] as string | { text?: string };
        texts.push(typeof q === 'string' ? q : q?.text ?? '');
        return (original as (...a: unknown[]) => unknown).apply(this, args) as never;
      });
      try {
        await ask(query);
      } finally {
        spy.mockRestore();
      }
      return texts.filter((t) => /FROM support_plan p\b/.test(t));
    };
    const outline = await planStatements(page(OUTLINE));
    expect(outline).toHaveLength(2);
    expect(outline.filter((t) => t.includes('plan_section'))).toEqual([]);
    const whole = await planStatements(page(`${OUTLINE} missingSections`));
    expect(whole).toHaveLength(2);
    expect(whole.every((t) => t.includes('plan_section'))).toBe(true);
  });

  it.each([
    ['a section', `${OUTLINE} health { disabilityGroup }`, ''],
    ['missing sections through a fragment', `${OUTLINE} ...Rest`, 'fragment Rest on SupportPlan { missingSections wishesAndInterests }'],
    ['the transition plan through an inline fragment', `${OUTLINE} ... on SupportPlan { transitionTeam { role } preparationVisits { place } }`, ''],
    ['planned contacts in a nested fragment', `...Outer`, `fragment Outer on SupportPlan { id ...Inner } fragment Inner on SupportPlan { plannedContacts { kind } }`],
  ])('reads the whole plan for %s', async (_, plan, fragments) => {
    const answer = await ask(page(plan, fragments));
    expect(answer.cases.edges.filter(({ node }) => node.currentPlan).length).toBeGreaterThan(10);
  });

  it('answers the same sections whether or not the outline fields are asked beside them', async () => {
    const alone = await ask(page('id missingSections wishesAndInterests plannedContacts { kind }'));
    const beside = await ask(page(`${OUTLINE} missingSections wishesAndInterests plannedContacts { kind }`));
    const sections = (p: Page) => p.cases.edges.map(({ node }) => node.currentPlan
      && [node.currentPlan.missingSections, node.currentPlan.wishesAndInterests, node.currentPlan.plannedContacts]);
    expect(sections(beside)).toEqual(sections(alone));
    expect(sections(alone).some((s) => s && (s[0] as unknown[]).length > 0)).toBe(true);
  });
});
