import { UserRole } from '../../src/kernel/principal';
import { DISCOVERY_LIMIT_PER_HOUR } from '../../src/discovery/discovery.service';
import { oldFormCode, openCase, OpenedCase } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const EXISTS = graphql(`query DiscoveryCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode name contactEmail contactPhone } } }`);

describe('discovery with minimal disclosure: caseExists', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'JELGAVA');
  });
  afterAll(async () => { await hub.close(); });

  it('tells an uninvolved agency only yes and who manages the case', async () => {
    const res = await hub.gql(await hub.token('BT-RIGA', UserRole.SPECIALIST, { userId: 'bt-1' }), EXISTS,
      { code: opened.personalCode.replace('-', '') });
    expect(res.errors).toEqual([]);
    expect(res.data).toEqual({ caseExists: { exists: true, managingServices: [{ agencyCode: 'SD-JELGAVA',
      name: 'Jelgavas sociālais dienests', contactEmail: expect.any(String), contactPhone: expect.any(String) }] } });
  });

  it('says no for an unknown person, and refuses an invalid code without echoing it', async () => {
    const token = await hub.token('BT-RIGA', UserRole.SPECIALIST, { userId: 'bt-2' });
    expect((await hub.gql(token, EXISTS, { code: oldFormCode('2001-01-01') })).data)
      .toEqual({ caseExists: { exists: false, managingServices: [] } });
    const bad = await hub.gql(token, EXISTS, { code: '999999-99999' });
    expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'personalCode' });
    expect(bad.raw).not.toContain('999999');
  });

  it('audits every lookup without the code asked about', async () => {
    const rows = await hub.db.query(`SELECT user_id, case_id, operation FROM audit_log WHERE kind = 'DISCOVERY' ORDER BY id`);
    expect(rows.map((r: { user_id: string }) => r.user_id)).toEqual(['bt-1', 'bt-2']);
    expect(rows[0]).toMatchObject({ case_id: opened.id, operation: 'caseExists' });
    expect(rows[1].case_id).toBeNull();
  });

  it('refuses oversight, analysts and administrators', async () => {
    for (const [agency, role] of [['LM', UserRole.CASE_WORKER], ['SD-RIGA', UserRole.ANALYST], ['SD-RIGA', UserRole.ADMIN]] as const) {
      const res = await hub.gql(await hub.token(agency, role), EXISTS, { code: opened.personalCode });
      expect(res.errors[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it(`allows ${DISCOVERY_LIMIT_PER_HOUR} lookups per user per hour, even in parallel, then RATE_LIMITED`, async () => {
    const token = await hub.token('SD-RIGA', UserRole.CASE_WORKER, { userId: 'enumerator' });
    const answers = await Promise.all(Array.from({ length: DISCOVERY_LIMIT_PER_HOUR + 5 },
      () => hub.gql(token, EXISTS, { code: opened.personalCode })));
    const limited = answers.filter((a) => a.errors[0]?.extensions?.code === 'RATE_LIMITED');
    expect(answers.filter((a) => a.data?.caseExists)).toHaveLength(DISCOVERY_LIMIT_PER_HOUR);
    expect(limited).toHaveLength(5);
    // another user of the same agency has their own allowance
    const other = await hub.gql(await hub.token('SD-RIGA', UserRole.CASE_WORKER, { userId: 'colleague' }), EXISTS, { code: opened.personalCode });
    expect(other.errors).toEqual([]);
  });
});

describe('caseAccessLog: who accessed a case', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  const LOG = graphql(`query DiscoveryAccessLog($id: ID!) { caseAccessLog(caseId: $id, first: 50) { totalCount edges { node { kind userId userRole agency { code } caseRoles operation categories fields } } } }`);

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    await hub.gql(await hub.token('SD-RIGA', UserRole.CASE_WORKER, { userId: 'reader-1' }),
      graphql(`query Peek($id: ID!) { case(id: $id) { status client { givenName } } }`), { id: opened.id });
  });
  afterAll(async () => { await hub.close(); });

  it('lists reads and writes for the case manager', async () => {
    const res = await hub.gql(await hub.token('SD-RIGA'), LOG, { id: opened.id });
    expect(res.errors).toEqual([]);
    const kinds = res.data?.caseAccessLog.edges.map((e) => `${e.node.kind}:${e.node.userId}`);
    expect(kinds).toEqual(expect.arrayContaining(['READ:reader-1', 'WRITE:sd-riga-case_worker']));
  });

  it("is open to the managing service's DPO and to an inspector, not to the DPO of another agency", async () => {
    expect((await hub.gql(await hub.token('SD-RIGA', UserRole.DPO), LOG, { id: opened.id })).data?.caseAccessLog.totalCount)
      .toBeGreaterThan(0);
    expect((await hub.gql(await hub.token('VBTAI', UserRole.INSPECTOR), LOG, { id: opened.id })).data?.caseAccessLog.totalCount)
      .toBeGreaterThan(0);
    const otherDpo = await hub.gql(await hub.token('SD-JURMALA', UserRole.DPO), LOG, { id: opened.id });
    expect(otherDpo.errors[0].extensions?.code).toBe('NOT_FOUND');
    const analyst = await hub.gql(await hub.token('SD-RIGA', UserRole.ANALYST), LOG, { id: opened.id });
    expect(analyst.errors[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is not readable by an involved agency that does not manage the case', async () => {
    await hub.gql(await hub.token('SD-RIGA', UserRole.MANAGER), graphql(`mutation DiscoveryAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }`),
      { input: { caseId: opened.id, agencyCode: 'BT-RIGA', role: 'ORPHAN_COURT', legalBasis: 'decision 1' } });
    const res = await hub.gql(await hub.token('BT-RIGA'), LOG, { id: opened.id });
    expect(res.errors[0].extensions?.code).toBe('FORBIDDEN');
  });
});
