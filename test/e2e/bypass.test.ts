import { involve, openCase, OpenedCase } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

/** Rules apply per field of the schema, so no shape of a query reaches a denied field. */
describe('no way around a rule', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  let centre: string;

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    await involve(hub, opened.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    centre = await hub.token('AC-RIGA-1');
  });
  afterAll(async () => { await hub.close(); });

  const denied = (res: { errors: { path?: (string | number)[]; extensions?: Record<string, unknown> }[] }) =>
    res.errors.filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => e.path?.join('.'));

  it('an alias does not rename a field out of its rule', async () => {
    const res = await hub.gql(centre, graphql(`query BypassAliases($id: ID!) { c: case(id: $id) { who: client { code: personalCode name: givenName } } }`), { id: opened.id });
    expect(res.data).toEqual({ c: { who: { code: null, name: 'Anna' } } });
    expect(denied(res)).toEqual(['c.who.code']);
  });

  it('the same field asked twice under two aliases is denied twice', async () => {
    const res = await hub.gql(centre, graphql(`query BypassTwoAliases($id: ID!) { case(id: $id) { client { a: personalCode b: personalCode } } }`), { id: opened.id });
    expect(denied(res).sort()).toEqual(['case.client.a', 'case.client.b']);
  });

  it('named and inline fragments are checked like plain fields', async () => {
    const res = await hub.gql(centre, `
      fragment Ident on Client { personalCode phone }
      query($id: ID!) { case(id: $id) { ... on Case { client { ...Ident ... on Client { address } } } } }`, { id: opened.id });
    expect(res.data).toEqual({ case: { client: { personalCode: null, phone: null, address: null } } });
    expect(denied(res).sort()).toEqual(['case.client.address', 'case.client.personalCode', 'case.client.phone']);
  });

  it('a list does not open what a single case keeps closed', async () => {
    const res = await hub.gql(centre, graphql(`query BypassList { cases(first: 10) { edges { node { client { personalCode } latestAssessment { healthFindings } } } } }`));
    expect(denied(res)).toEqual(['cases.edges.0.node.client.personalCode']);
  });

  it('a batch of operations in one request is refused whole', async () => {
    const res = await fetch(`${hub.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${centre}` },
      body: JSON.stringify([{ query: '{ me { userId } }' }, { query: `{ case(id: "${opened.id}") { client { personalCode } } }` }]),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain(opened.personalCode);
  });

  it('choosing one of several operations by name does not skip the rules', async () => {
    const res = await hub.gql(centre, `
      query Harmless { me { userId } }
      query Sneaky($id: ID!) { case(id: $id) { client { personalCode } } }`, { id: opened.id });
    // without an operation name the request is ambiguous and nothing runs
    expect(res.data).toBeNull();
    const named = await fetch(`${hub.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${centre}` },
      body: JSON.stringify({ operationName: 'Sneaky', variables: { id: opened.id },
        query: `query Harmless { me { userId } } query Sneaky($id: ID!) { case(id: $id) { client { personalCode } } }` }),
    });
    const body = await named.json() as { data: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data).toEqual({ case: { client: { personalCode: null } } });
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('follow-ups of a hidden category cannot be reached by paging past them', async () => {
    const manager = await hub.token('SD-RIGA');
    for (const category of ['HEALTH', 'FOLLOW_UP', 'HEALTH'] as const) {
      await hub.gql(manager, graphql(`mutation BypassAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`),
        { input: { caseId: opened.id, kind: 'MEETING', occurredOn: '2026-10-01', summary: 'x', category } });
    }
    const first = await hub.gql(centre,
      graphql(`query BypassFollowUpPage($id: ID!) { case(id: $id) { followUps(first: 1) { totalCount edges { node { category } } pageInfo { hasNextPage } } } }`),
      { id: opened.id });
    expect(first.data?.case?.followUps).toEqual({ totalCount: 1, edges: [{ node: { category: 'FOLLOW_UP' } }], pageInfo: { hasNextPage: false } });
  });
});
