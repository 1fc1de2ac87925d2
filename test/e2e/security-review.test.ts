import { Writable } from 'node:stream';
import type { VariablesOf } from '@graphql-typed-document-node/core';
import { SignJWT } from 'jose';
import { Client } from 'pg';
import { UserRole } from '../../src/kernel/principal';
import { loadConfig } from '../../src/kernel/config';
import { DISCOVERY_LIMIT_PER_HOUR } from '../../src/discovery/discovery.service';
import { createLogger } from '../../src/kernel/logger';
import { involve, OPEN_CASE, oldFormCode, openCase, OpenedCase, TODAY } from '../support/fixtures';
import { startHub, TEST_SECRET, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { AddInvolvementInput, OpenCaseInput } from '../graphql/graphql';

/**
 * One block per finding of the independent security review (issue 14), each against the running
 * hub: what an agency learns, may write or can switch off must not depend on what it may not see.
 */

type Gql = Awaited<ReturnType<TestHub['gql']>>;
const codeOf = (res: Gql) => res.errors[0]?.extensions?.code ?? 'OK';
/** What a refusal tells the caller: the code, the message and the field, nothing else. */
const answer = (res: Gql) => ({ status: res.status, data: res.data, errors: res.errors.map((e) => ({ message: e.message, extensions: e.extensions })) });

function intake(personalCode: string, municipality: string, extra: Partial<OpenCaseInput> = {}): VariablesOf<typeof OPEN_CASE> {
  return { input: {
    client: { personalCode, givenName: 'Zane', familyName: 'Liepa', gender: 'FEMALE', declaredMunicipalityCode: municipality },
    targetGroup: 'CHILD_WITHOUT_PARENTAL_CARE', intakeType: 'VOLUNTARY', ...extra,
  } };
}

describe('1. openCase tells nothing about a person registered with another municipality', () => {
  let hub: TestHub;
  let riga: string;
  const managedInLiepaja = oldFormCode('2016-04-04');
  const closedInLiepaja = oldFormCode('2016-05-05');
  const unknown = () => oldFormCode('2016-06-06');

  beforeAll(async () => {
    hub = await startHub();
    const liepaja = await hub.token('SD-LIEPAJA');
    for (const code of [managedInLiepaja, closedInLiepaja]) {
      const res = await hub.gql(liepaja, OPEN_CASE, intake(code, 'LIEPAJA'));
      expect(res.errors).toEqual([]);
      if (code === closedInLiepaja) {
        const closed = await hub.gql(liepaja, graphql(`mutation SecurityReviewCloseCase($input: TransitionCaseInput!) { transitionCase(input: $input) { status } }`),
          { input: { caseId: res.data?.openCase.id as string, to: 'CLOSED', reason: 'family managed on its own', expectedVersion: 1 } });
        expect(closed.errors).toEqual([]);
      }
    }
    riga = await hub.token('SD-RIGA', UserRole.CASE_WORKER, { userId: 'probe-1' });
  });
  afterAll(async () => { await hub.close(); });

  it('answers a deliberately invalid input the same whoever the person is', async () => {
    const answers = [];
    for (const code of [managedInLiepaja, closedInLiepaja, unknown()]) {
      answers.push(answer(await hub.gql(riga, OPEN_CASE, intake(code, 'RIGA', { intakeType: 'MANDATORY' }))));
    }
    expect(answers[0].errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reportedBy' });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('refuses a municipality the caller does not serve the same whoever the person is', async () => {
    const answers = [];
    for (const code of [managedInLiepaja, closedInLiepaja, unknown()]) answers.push(answer(await hub.gql(riga, OPEN_CASE, intake(code, 'LIEPAJA'))));
    expect(answers[0].errors[0].extensions?.code).toBe('FORBIDDEN');
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('answers a person managed elsewhere exactly as discovery does, audited as a lookup', async () => {
    const refused = await hub.gql(riga, OPEN_CASE, intake(managedInLiepaja, 'RIGA'));
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const discovered = await hub.gql(riga,
      graphql(`query SecurityReviewCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode name contactEmail contactPhone } } }`),
      { code: managedInLiepaja });
    expect(discovered.data?.caseExists.exists).toBe(true);
    expect(refused.errors[0].extensions?.managingServices).toEqual(discovered.data?.caseExists.managingServices);
    expect(refused.raw).not.toContain('Zane');
    const lookups = await hub.db.query(`SELECT operation FROM audit_log WHERE kind = 'DISCOVERY' AND user_id = 'probe-1' ORDER BY id`);
    expect(lookups.map((l: { operation: string }) => l.operation)).toEqual(['openCase', 'caseExists']);
  });

  it('opens a case for a person known only from closed cases as for a person not known at all', async () => {
    const known = await hub.gql(riga, OPEN_CASE, intake(closedInLiepaja, 'RIGA'));
    const fresh = await hub.gql(riga, OPEN_CASE, intake(unknown(), 'RIGA'));
    expect([codeOf(known), codeOf(fresh)]).toEqual(['OK', 'OK']);
    expect(known.data?.openCase.myRoles).toEqual(['CASE_MANAGER']);
    // the register follows the person to the municipality that now opened the case
    const [row] = await hub.db.query('SELECT declared_municipality_code AS m FROM client WHERE personal_code = $1', [closedInLiepaja]);
    expect(row.m).toBe('RIGA');
  });

  it('counts against the discovery limit, and once it is used up refuses every opening alike', async () => {
    const probe = await hub.token('SD-RIGA', UserRole.CASE_WORKER, { userId: 'probe-2' });
    for (let i = 0; i < DISCOVERY_LIMIT_PER_HOUR; i += 1) {
      expect(codeOf(await hub.gql(probe, OPEN_CASE, intake(managedInLiepaja, 'RIGA')))).toBe('FORBIDDEN');
    }
    const elsewhere = answer(await hub.gql(probe, OPEN_CASE, intake(managedInLiepaja, 'RIGA')));
    const nobody = answer(await hub.gql(probe, OPEN_CASE, intake(unknown(), 'RIGA')));
    expect(elsewhere.errors[0].extensions?.code).toBe('RATE_LIMITED');
    expect(nobody).toEqual(elsewhere);
  });
});

describe('2. a write to a hidden follow-up is NOT_FOUND, as for an id that does not exist', () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startHub(); });
  afterAll(async () => { await hub.close(); });

  it('does not confirm a HEALTH entry to a support centre, nor name its category', async () => {
    const c = await openCase(hub, 'RIGA');
    await involve(hub, c.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    const added = await hub.gql(await hub.token('SD-RIGA'),
      graphql(`mutation SecurityReviewAddHealthFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`),
      { input: { caseId: c.id, kind: 'HOME_VISIT', occurredOn: TODAY, summary: 'medication changed', category: 'HEALTH' } });
    const update = graphql(`mutation SecurityReviewUpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }`);
    const centre = await hub.token('AC-RIGA-1', UserRole.MANAGER);
    const hidden = await hub.gql(centre, update, { id: added.data?.addFollowUp.id as string, input: { expectedVersion: 1, summary: 'x' } });
    const missing = await hub.gql(centre, update, { id: '6f1c1f4e-0000-4000-8000-000000000000', input: { expectedVersion: 1, summary: 'x' } });
    expect(codeOf(hidden)).toBe('NOT_FOUND');
    expect(answer(hidden)).toEqual(answer(missing));
    expect(hidden.raw).not.toContain('HEALTH');
  });
});

describe('3. writes as ACCESS.md gives them', () => {
  let hub: TestHub;
  let c: OpenedCase;
  beforeAll(async () => {
    hub = await startHub();
    c = await openCase(hub, 'RIGA');
  });
  afterAll(async () => { await hub.close(); });
  const ADD = graphql(`mutation SecurityReviewAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }`);

  it('(a) involvements are managed by the managing service’s MANAGER only', async () => {
    const input: AddInvolvementInput = { caseId: c.id, agencyCode: 'AT-RIGA-1', role: 'ASSESSMENT_TEAM', legalBasis: 'assignment' };
    for (const role of [UserRole.CASE_WORKER, UserRole.SPECIALIST]) {
      expect(codeOf(await hub.gql(await hub.token('SD-RIGA', role), ADD, { input }))).toBe('FORBIDDEN');
    }
    const added = await hub.gql(await hub.token('SD-RIGA', UserRole.MANAGER), ADD, { input });
    expect(codeOf(added)).toBe('OK');
    const end = graphql(`mutation SecurityReviewEndInvolvement($id: ID!) { endInvolvement(id: $id) { active } }`);
    expect(codeOf(await hub.gql(await hub.token('SD-RIGA', UserRole.CASE_WORKER), end, { id: added.data?.addInvolvement.id as string }))).toBe('FORBIDDEN');
    expect(codeOf(await hub.gql(await hub.token('SD-RIGA', UserRole.MANAGER), end, { id: added.data?.addInvolvement.id as string }))).toBe('OK');
  });

  it("(b) a child's placement is not written by a provider move, and a placement's deciding agency is the court", async () => {
    await involve(hub, c.id, 'BSAC-RIGA', 'CURRENT_PROVIDER');
    const move = await hub.gql(await hub.token('SD-RIGA', UserRole.MANAGER),
      graphql(`mutation SecurityReviewRecordTransition($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }`), { input: { caseId: c.id, legalBasis: 'plan',
        newProviderAgencyCode: 'SP-RIGA-FAMILY-HOME', newPlacement: { type: 'FAMILY_LIKE_CARE_HOME', startsOn: TODAY,
          providerAgencyCode: 'SP-RIGA-FAMILY-HOME', courtDecisionRef: 'BT 1/2026' } } });
    expect(codeOf(move)).toBe('FORBIDDEN');
    expect(await hub.db.query('SELECT count(*)::int AS n FROM placement WHERE case_id = $1', [c.id])).toEqual([{ n: 0 }]);
    await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
    expect(codeOf(await hub.gql(await hub.token('BT-RIGA'), graphql(`mutation SecurityReviewRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`),
      { input: { caseId: c.id, type: 'GUARDIAN', carerName: 'Aizbildne', startsOn: TODAY, courtDecisionRef: 'BT 2/2026' } }))).toBe('OK');
    const [placed] = await hub.db.query(
      'SELECT a.kind FROM placement p JOIN agency a ON a.id = p.deciding_agency_id WHERE p.case_id = $1', [c.id]);
    expect(placed.kind).toBe('ORPHAN_COURT');
  });

  it('(c) only the orphan court of the client’s municipality takes the ORPHAN_COURT role', async () => {
    const other = await openCase(hub, 'RIGA');
    const manager = await hub.token('SD-RIGA', UserRole.MANAGER);
    const foreign = await hub.gql(manager, ADD, { input: { caseId: other.id, agencyCode: 'BT-LIEPAJA', role: 'ORPHAN_COURT', legalBasis: 'x' } });
    expect(foreign.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.agencyCode' });
    const read = await hub.gql(await hub.token('BT-LIEPAJA'), graphql(`query SecurityReviewClientCode($id: ID!) { case(id: $id) { client { personalCode } } }`), { id: other.id });
    expect(codeOf(read)).toBe('NOT_FOUND');
    expect(codeOf(await hub.gql(manager, ADD, { input: { caseId: other.id, agencyCode: 'BT-RIGA', role: 'ORPHAN_COURT', legalBasis: 'x' } }))).toBe('OK');
  });
});

describe("4. a token never changes another agency's staff record", () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startHub(); });
  afterAll(async () => { await hub.close(); });

  it('keeps the Liepāja case manager’s name when a Rīga token carries the same subject', async () => {
    const liepaja = await hub.token('SD-LIEPAJA', UserRole.CASE_WORKER, { userId: 'worker-7', name: 'Ilze Ozola' });
    const opened = await hub.gql(liepaja, OPEN_CASE, intake(oldFormCode('2013-03-03'), 'LIEPAJA'));
    const impostor = await hub.token('SD-RIGA', UserRole.CASE_WORKER, { userId: 'worker-7', name: 'Someone Else' });
    expect(codeOf(await hub.gql(impostor, OPEN_CASE, intake(oldFormCode('2013-04-04'), 'RIGA')))).toBe('OK');
    const seen = await hub.gql(liepaja,
      graphql(`query SecurityReviewCaseManager($id: ID!) { case(id: $id) { caseManager { name agency { code } } } }`), { id: opened.data?.openCase.id as string });
    expect(seen.data?.case?.caseManager).toEqual({ name: 'Ilze Ozola', agency: { code: 'SD-LIEPAJA' } });
  });
});

describe('5. the hub serves as a role that cannot switch the audit off', () => {
  let hub: TestHub;
  let app: Client;
  beforeAll(async () => {
    hub = await startHub();
    app = new Client({ connectionString: hub.appDatabaseUrl });
    await app.connect();
  });
  afterAll(async () => {
    await app.end();
    await hub.close();
  });

  it('is neither superuser nor owner of any table', async () => {
    const { rows: [me] } = await app.query('SELECT rolsuper, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = current_user');
    expect(me).toEqual({ rolsuper: false, rolcreaterole: false, rolbypassrls: false });
    const { rows } = await app.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`);
    expect(rows).toEqual([]);
  });

  it.each([
    ['UPDATE', `UPDATE audit_log SET user_id = 'x'`],
    ['DELETE', 'DELETE FROM audit_log'],
    ['TRUNCATE', 'TRUNCATE audit_log'],
    ['replication role', 'BEGIN; SET LOCAL session_replication_role = replica'],
    ['disable trigger', 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change'],
    ['drop trigger', 'DROP TRIGGER audit_log_no_change ON audit_log'],
    ['change a follow-up revision', `UPDATE follow_up_revision SET summary = 'x'`],
    ['change the agency register', `UPDATE agency SET name = 'x'`],
  ])('refuses %s', async (_what, sql) => {
    await expect(app.query(sql)).rejects.toThrow(/permission denied|must be owner/);
    await app.query('ROLLBACK').catch(() => {});
  });

  it('still writes what the hub needs (a read is audited through it)', async () => {
    const c = await openCase(hub, 'RIGA');
    const reads = async () => (await app.query(`SELECT count(*)::int AS n FROM audit_log WHERE case_id = $1 AND kind = 'READ'`, [c.id])).rows[0].n;
    const before = await reads();
    expect(codeOf(await hub.gql(await hub.token('SD-RIGA'), graphql(`query SecurityReviewCaseStatus($id: ID!) { case(id: $id) { status } }`), { id: c.id }))).toBe('OK');
    expect(await reads()).toBe(before + 1);
  });
});

describe('6. bad input is BAD_USER_INPUT, never an internal error', () => {
  let hub: TestHub;
  let token: string;
  let c: OpenedCase;
  beforeAll(async () => {
    hub = await startHub();
    token = await hub.token('SD-RIGA');
    c = await openCase(hub, 'RIGA');
  });
  afterAll(async () => { await hub.close(); });
  const cursor = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

  it.each([
    ['cases, a wrong timestamp', '{ cases(after: $after) { totalCount } }', ['321655-13024', 'x']],
    ['cases, a wrong id', '{ cases(after: $after) { totalCount } }', ['2026-11-30 10:00:00+02', 'not-a-uuid']],
    ['cases, three values', '{ cases(after: $after) { totalCount } }', ['a', 'b', 'c']],
    ['dueItems, a wrong date', '{ dueItems(after: $after) { edges { cursor } } }', ['2026-13-45', 'x']],
    ['dueItems, numbers', '{ dueItems(after: $after) { edges { cursor } } }', [1, 2]],
  ])('a cursor of valid base64 JSON with wrong contents: %s', async (_name, selection, values) => {
    const res = await hub.gql(token, `query($after: String) ${selection}`, { after: cursor(values) });
    expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('a follow-up cursor with wrong contents', async () => {
    const res = await hub.gql(token, graphql(`query SecurityReviewFollowUpCursor($id: ID!, $after: String) { case(id: $id) { followUps(after: $after) { totalCount } } }`),
      { id: c.id, after: cursor(['x', 'y']) });
    expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it.each(['0000-01-01', '1799-12-31', '3000-01-01'])('a date outside 1800–2999: %s', async (asOf) => {
    const res = await hub.gql(token, graphql(`query SecurityReviewDueItemsAsOf($asOf: LocalDate) { dueItems(filter: { asOf: $asOf }) { edges { cursor } } }`), { asOf });
    expect(res.status).toBe(400);
    expect(res.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.raw).not.toContain(asOf);
  });

  it.each([
    ['agencies', 'query($code: String) { agencies(municipalityCode: $code) { code } }', { code: 'RI\u0000GA' }],
    ['municipalities', 'query($code: String) { municipalities(regionCode: $code) { code } }', { code: '\u0000' }],
    ['a literal in the query', '{ agencies(municipalityCode: "RI\\u0000GA") { code } }', {}],
  ])('a NUL character in text (%s)', async (_name, query, variables) => {
    const res = await hub.gql(token, query, variables);
    expect(res.status).toBe(400);
    expect(res.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a subscription is refused with 400 as unsupported', async () => {
    const res = await hub.gql(token, 'subscription { cases { totalCount } }');
    expect(res.status).toBe(400);
    expect(res.errors[0].message).toMatch(/not supported/);
  });
});

describe('7. nothing moves or leaks that the caller may not see', () => {
  let hub: TestHub;
  const lines: string[] = [];
  beforeAll(async () => {
    const sink = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    hub = await startHub({ log: createLogger('debug', sink) });
  });
  afterAll(async () => { await hub.close(); });
  const ADD_FOLLOW_UP = graphql(`mutation SecurityReviewAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`);

  it("Case.updatedAt and updatedSince do not move for a change of data the caller may not read", async () => {
    const c = await openCase(hub, 'RIGA');
    await involve(hub, c.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    const centre = await hub.token('AC-RIGA-1');
    const manager = await hub.token('SD-RIGA');
    const updatedAt = async (token: string) => (await hub.gql(token,
      graphql(`query SecurityReviewUpdatedAt($id: ID!) { case(id: $id) { updatedAt } }`), { id: c.id })).data?.case?.updatedAt as string;
    const before = { centre: await updatedAt(centre), manager: await updatedAt(manager) };
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date().toISOString();
    expect(codeOf(await hub.gql(manager, ADD_FOLLOW_UP,
      { input: { caseId: c.id, kind: 'PHONE', occurredOn: TODAY, summary: 'psychiatrist consulted', category: 'HEALTH' } }))).toBe('OK');
    expect(await updatedAt(centre)).toBe(before.centre);
    expect(await updatedAt(manager)).not.toBe(before.manager);
    const listed = async (token: string) => (await hub.gql(token,
      graphql(`query SecurityReviewUpdatedSince($since: DateTimeISO) { cases(first: 100, filter: { updatedSince: $since }) { edges { node { id } } } }`), { since }))
      .data?.cases.edges.map((e) => e.node.id);
    expect(await listed(centre)).not.toContain(c.id);
    expect(await listed(manager)).toContain(c.id);
    // a change the centre may read moves its view too
    expect(codeOf(await hub.gql(manager, ADD_FOLLOW_UP,
      { input: { caseId: c.id, kind: 'HOME_VISIT', occurredOn: TODAY, summary: 'visit', category: 'FOLLOW_UP' } }))).toBe('OK');
    expect(await updatedAt(centre)).not.toBe(before.centre);
    expect(await listed(centre)).toContain(c.id);
  });

  it('keeps the request id the hub’s own; a client’s id is kept apart and only when it is a UUID', async () => {
    const c = await openCase(hub, 'RIGA');
    const token = await hub.token('SD-RIGA', UserRole.CASE_WORKER, { userId: 'request-id-probe' });
    const ask = (requestId: string) => fetch(`${hub.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': requestId },
      body: JSON.stringify({ query: 'query($id: ID!) { case(id: $id) { status } }', variables: { id: c.id } }) });
    const chosen = await ask('321655-13024');
    const correlated = await ask('0b8e2a4c-3f1d-4c59-9a7e-2d1c0e9f8a11');
    expect(chosen.headers.get('x-request-id')).not.toBe('321655-13024');
    const rows = await hub.db.query(
      `SELECT request_id, client_request_id FROM audit_log WHERE user_id = 'request-id-probe' ORDER BY id`);
    expect(rows).toHaveLength(2);
    expect(rows[0].request_id).toBe(chosen.headers.get('x-request-id'));
    expect(rows[0].client_request_id).toBeNull();
    expect(rows[1]).toEqual({ request_id: correlated.headers.get('x-request-id'), client_request_id: '0b8e2a4c-3f1d-4c59-9a7e-2d1c0e9f8a11' });
    expect(lines.join('')).not.toContain('321655-13024');
  });

  it('logs no value a client put into a failing request', async () => {
    const token = await hub.token('SD-RIGA');
    const planted = Buffer.from(JSON.stringify(['170512-20916', '170512-20916'])).toString('base64url');
    await hub.gql(token, graphql(`query SecurityReviewPlantedCursor($after: String) { cases(after: $after) { totalCount } }`), { after: planted });
    await hub.gql(token, graphql(`query SecurityReviewPlantedAgencies($code: String) { agencies(municipalityCode: $code) { code } }`), { code: '170512-20916\u0000' });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('')).not.toContain('170512');
  });
});

describe('8. token lifetime', () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startHub(); });
  afterAll(async () => { await hub.close(); });

  const now = () => Math.floor(Date.now() / 1000);
  /** `claims`: seconds from the moment of signing, so a slow run does not age the tokens. */
  const sign = (claims: { iat?: number; exp?: number }) => {
    // policy v2 (issue 17): every token carries a purpose of use; the lifetime checks are what is tested here
    let jwt = new SignJWT({ agency: 'SD-RIGA', role: 'CASE_WORKER', purpose_of_use: 'CASE_WORK' }).setProtectedHeader({ alg: 'HS256' }).setSubject('lifetime');
    if (claims.iat !== undefined) jwt = jwt.setIssuedAt(now() + claims.iat);
    if (claims.exp !== undefined) jwt = jwt.setExpirationTime(now() + claims.exp);
    return jwt.sign(new TextEncoder().encode(TEST_SECRET));
  };
  const status = async (token: string) => (await hub.gql(token, graphql(`query SecurityReviewMe { me { userId } }`))).status;

  it.each([
    ['without exp', { iat: 0 }],
    ['living ten years', { iat: 0, exp: 10 * 365 * 86_400 }],
    ['living 13 hours', { iat: 0, exp: 13 * 3600 }],
    ['issued an hour from now', { iat: 3600, exp: 7200 }],
    ['without iat, expiring in two days', { exp: 2 * 86_400 }],
  ])('refuses a token %s with 401', async (_name, claims) => {
    expect(await status(await sign(claims))).toBe(401);
  });

  it.each([
    ['of 12 hours', { iat: 0, exp: 12 * 3600 }],
    ['issued 30 s ahead (clock skew)', { iat: 30, exp: 3600 }],
    ['expired 30 s ago (clock skew)', { iat: -3600, exp: -30 }],
    ['without iat, expiring in an hour', { exp: 3600 }],
  ])('accepts a token %s', async (_name, claims) => {
    expect(await status(await sign(claims))).toBe(200);
  });

  it('reads JWT_MAX_TTL, and listens on 127.0.0.1 in development unless HOST says otherwise', () => {
    expect(loadConfig({ JWT_MAX_TTL: '15m' }).jwt.maxTtlSeconds).toBe(900);
    expect(loadConfig({}).jwt.maxTtlSeconds).toBe(12 * 3600);
    expect(() => loadConfig({ JWT_MAX_TTL: 'forever' })).toThrow(/JWT_MAX_TTL/);
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y', JWT_SECRET: 's' }).host).toBe('0.0.0.0');
  });
});
