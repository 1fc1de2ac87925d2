import { UserRole } from '../../src/kernel/principal';
import { addMonths } from '../../src/kernel/dates';
import { involve, openCase, OpenedCase, TODAY } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const CASE = graphql(`query ScopingCase($id: ID!) { case(id: $id) { id status myRoles } }`);
const CASES = graphql(`query ScopingCases { cases(first: 50) { totalCount edges { node { id } } } }`);
const ADD = graphql(`mutation ScopingAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }`);

describe('row scoping: an agency reaches a case only through an active involvement', () => {
  let hub: TestHub;
  let opened: OpenedCase;

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
  });
  afterAll(async () => { await hub.close(); });

  async function listAs(agency: string): Promise<string[]> {
    const res = await hub.gql(await hub.token(agency), CASES);
    expect(res.errors).toEqual([]);
    expect(res.data?.cases.totalCount).toBe(res.data?.cases.edges.length);
    return res.data?.cases.edges.map((e) => e.node.id) ?? [];
  }

  it('gives the managing social service the case, as CASE_MANAGER', async () => {
    const res = await hub.gql(await hub.token('SD-RIGA'), CASE, { id: opened.id });
    expect(res.data).toEqual({ case: { id: opened.id, status: 'INTAKE', myRoles: ['CASE_MANAGER'] } });
    expect(await listAs('SD-RIGA')).toContain(opened.id);
  });

  it('hides an existing case from an agency that is not involved: NOT_FOUND, not listed, not counted', async () => {
    const res = await hub.gql(await hub.token('BT-RIGA'), CASE, { id: opened.id });
    expect(res.data).toEqual({ case: null });
    expect(res.errors).toHaveLength(1);
    expect(res.errors[0].extensions?.code).toBe('NOT_FOUND');
    expect(res.errors[0].path).toEqual(['case']);
    expect(await listAs('BT-RIGA')).toEqual([]);
    // the same answer as for a case that does not exist at all
    const missing = await hub.gql(await hub.token('BT-RIGA'), CASE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors[0].extensions?.code).toBe('NOT_FOUND');
    expect(missing.errors[0].message).toBe(res.errors[0].message);
  });

  it('answers NOT_FOUND for ids that are not ids at all', async () => {
    const res = await hub.gql(await hub.token('SD-RIGA'), CASE, { id: "x' OR 1=1 --" });
    expect(res.data).toEqual({ case: null });
    expect(res.errors[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('gives an involved agency the case while the involvement is active, and takes it away when it ends', async () => {
    const involvementId = await involve(hub, opened.id, 'BT-RIGA', 'ORPHAN_COURT');
    const court = await hub.token('BT-RIGA', UserRole.SPECIALIST);
    expect((await hub.gql(court, CASE, { id: opened.id })).data).toEqual({
      case: { id: opened.id, status: 'INTAKE', myRoles: ['ORPHAN_COURT'] },
    });
    expect(await listAs('BT-RIGA')).toEqual([opened.id]);

    const ended = await hub.gql(await hub.token('SD-RIGA', UserRole.MANAGER),
      graphql(`mutation ScopingEndInvolvement($id: ID!) { endInvolvement(id: $id, reason: "court proceedings closed") { id active endedAt } }`),
      { id: involvementId });
    expect(ended.errors).toEqual([]);
    expect(ended.data).toMatchObject({ endInvolvement: { id: involvementId, active: false } });

    const after = await hub.gql(court, CASE, { id: opened.id });
    expect(after.data).toEqual({ case: null });
    expect(after.errors[0].extensions?.code).toBe('NOT_FOUND');
    expect(await listAs('BT-RIGA')).toEqual([]);
  });

  it('gives a previous provider 12 months of access by default, for its quarterly reviews', async () => {
    const from = addMonths(TODAY, -1);
    const res = await hub.gql(await hub.token('SD-RIGA', UserRole.MANAGER),
      graphql(`mutation ScopingAddPreviousProvider($input: AddInvolvementInput!) { addInvolvement(input: $input) { validUntil active } }`),
      { input: { caseId: opened.id, agencyCode: 'BSAC-RIGA', role: 'PREVIOUS_PROVIDER', legalBasis: 'moved to a foster family',
        validFrom: `${from}T00:00:00Z` } });
    expect(res.data?.addInvolvement).toEqual({ validUntil: `${addMonths(from, 12)}T00:00:00.000Z`, active: true });
  });

  it('takes access away when an involvement expires by date', async () => {
    await involve(hub, opened.id, 'VSAC-RIGA', 'PREVIOUS_PROVIDER', 'SD-RIGA',
      { validFrom: '2024-01-01T00:00:00Z', validUntil: '2025-01-01T00:00:00Z' });
    const res = await hub.gql(await hub.token('VSAC-RIGA'), CASE, { id: opened.id });
    expect(res.errors[0].extensions?.code).toBe('NOT_FOUND');
    expect(await listAs('VSAC-RIGA')).toEqual([]);
  });

  it('lets only the case manager add or end involvements', async () => {
    await involve(hub, opened.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    const res = await hub.gql(await hub.token('AC-RIGA-1', UserRole.MANAGER),
      ADD,
      { input: { caseId: opened.id, agencyCode: 'SP-RIGA-GROUP-HOME', role: 'CURRENT_PROVIDER', legalBasis: 'x' } });
    expect(res.data).toBeNull();
    expect(res.errors[0].extensions?.code).toBe('FORBIDDEN');
    const [{ n }] = await hub.db.query(
      `SELECT count(*)::int AS n FROM involvement i JOIN agency a ON a.id = i.agency_id WHERE a.code = 'SP-RIGA-GROUP-HOME'`);
    expect(n).toBe(0);
  });

  it('adds an agency once even when asked twice at the same moment', async () => {
    const token = await hub.token('SD-RIGA', UserRole.MANAGER);
    const both = await Promise.all([1, 2].map(() => hub.gql(token, ADD,
      { input: { caseId: opened.id, agencyCode: 'AT-RIGA-2', role: 'ASSESSMENT_TEAM', legalBasis: 'assignment 7' } })));
    expect(both.map((r) => r.errors[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('lets the database refuse a second active case manager', async () => {
    await expect(hub.db.query(
      `INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id)
       SELECT $1, id, 'CASE_MANAGER', 'test', 'u' FROM agency WHERE code = 'SD-JURMALA'`, [opened.id],
    )).rejects.toThrow(/involvement_one_case_manager/);
  });

  it('lets the database refuse an open case without an active case manager', async () => {
    await expect(hub.db.query(
      `UPDATE involvement SET ended_at = now() WHERE case_id = $1 AND role = 'CASE_MANAGER'`, [opened.id],
    )).rejects.toThrow(/exactly one active case manager/);
  });
});
