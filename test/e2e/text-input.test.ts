import { openCase, TODAY } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';

/** Text no field may store is refused before anything runs, naming where it is and never echoing it. */
describe('text that cannot be stored', () => {
  let hub: TestHub;
  let token: string;
  let caseId: string;
  beforeAll(async () => {
    hub = await startHub();
    token = await hub.token('SD-RIGA');
    caseId = (await openCase(hub, 'RIGA')).id;
  });
  afterAll(async () => { await hub.close(); });

  const ADD = 'mutation($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }';
  const count = async () => (await hub.db.query('SELECT count(*)::int AS n FROM follow_up WHERE case_id = $1', [caseId]))[0].n;

  it.each([
    ['a NUL character', 'visit\u0000note', /NUL/],
    ['a lone high surrogate', 'visit \ud800 note', /lone surrogate/],
    ['a lone low surrogate', '\udc00', /lone surrogate/],
    ['the replacement character of bad UTF-8', 'visit \ufffd note', /UTF-8/],
  ])('refuses %s in a variable with BAD_USER_INPUT naming the field', async (_name, summary, reason) => {
    const before = await count();
    const res = await hub.gql(token, ADD, { input: { caseId, kind: 'HOME_VISIT', occurredOn: TODAY, summary } });
    expect(res.status).toBe(400);
    expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variables.input.summary' });
    expect(res.errors[0].message).toMatch(reason);
    expect(await count()).toBe(before);
  });

  it('refuses invalid UTF-8 bytes in the body', async () => {
    const [head, tail] = JSON.stringify({ query: ADD, variables: { input: { caseId, kind: 'HOME_VISIT', occurredOn: TODAY,
      summary: 'visit MARK' } } }).split('MARK');
    // a byte that is not UTF-8 at all, where the summary's text is
    const body = Buffer.concat([Buffer.from(head), Buffer.from([0xff]), Buffer.from(tail)]);
    const res = await fetch(`${hub.url}/graphql`, { method: 'POST', body,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } });
    const answer = await res.json() as { errors: { extensions: { code: string } }[] };
    expect(res.status).toBe(400);
    expect(answer.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('stores well-formed text from every plane', async () => {
    const summary = 'Bērns 👧 saka: "labi" — 中文 ✓';
    const res = await hub.gql(token, ADD, { input: { caseId, kind: 'HOME_VISIT', occurredOn: TODAY, summary } });
    expect(res.errors).toEqual([]);
  });
});
