import { UserRole } from '../../src/kernel/principal';
import { involve, openCase, OpenedCase } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const READ = graphql(`query Look($id: ID!) { case(id: $id) { id status client { givenName personalCode } latestAssessment { healthFindings } } }`);

describe('audit: every read of case data and every write is recorded, append-only', () => {
  let hub: TestHub;
  let opened: OpenedCase;

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    await involve(hub, opened.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
  });
  afterAll(async () => { await hub.close(); });

  const entries = (kind: string) => hub.db.query(
    `SELECT a.user_id, a.user_role, ag.code AS agency, a.case_roles, a.case_id, a.operation, a.categories, a.fields,
            a.entity, a.old_version, a.new_version, a.request_id
       FROM audit_log a JOIN agency ag ON ag.id = a.agency_id WHERE a.kind = $1 ORDER BY a.id`, [kind]);

  it('records writes with the names of the fields, never their values', async () => {
    const writes = await entries('WRITE');
    expect(writes.map((w: { operation: string }) => w.operation)).toEqual(['openCase', 'addInvolvement']);
    expect(writes[0]).toMatchObject({ agency: 'SD-RIGA', case_id: opened.id, case_roles: ['CASE_MANAGER'], entity: 'Case', new_version: 1 });
    expect(writes[0].fields).toEqual(expect.arrayContaining(['client.personalCode', 'client.givenName', 'targetGroup']));
    expect(JSON.stringify(writes)).not.toContain(opened.personalCode);
    expect(JSON.stringify(writes)).not.toContain('Anna');
  });

  it('records the categories a read actually returned, once per case and request', async () => {
    const token = await hub.token('AC-RIGA-1', UserRole.SPECIALIST, { userId: 'ac-worker-1' });
    const res = await hub.gql(token, READ, { id: opened.id });
    expect(res.status).toBe(200);
    const reads = await entries('READ');
    const mine = reads.filter((r: { user_id: string }) => r.user_id === 'ac-worker-1');
    expect(mine).toHaveLength(1);
    // the personal code is IDENTIFIER, which a support centre may not read: not returned, not recorded
    expect(mine[0]).toMatchObject({ agency: 'AC-RIGA-1', user_role: 'SPECIALIST', case_roles: ['SUPPORT_CENTRE'],
      case_id: opened.id, operation: 'Look', categories: ['CASE', 'IDENTITY'] });
  });

  it('records a read of a link to reference data (who decided a placement) under its category', async () => {
    await involve(hub, opened.id, 'BT-RIGA', 'ORPHAN_COURT');
    await hub.gql(await hub.token('BT-RIGA'), graphql(`mutation AuditRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`),
      { input: { caseId: opened.id, type: 'INSTITUTION', providerAgencyCode: 'BSAC-RIGA', startsOn: '2026-10-01' } });
    const token = await hub.token('AC-RIGA-1', UserRole.CASE_WORKER, { userId: 'ac-worker-2' });
    await hub.gql(token, graphql(`query Where($id: ID!) { case(id: $id) { placements { provider { code } } } }`), { id: opened.id });
    const [entry] = await hub.db.query(`SELECT categories FROM audit_log WHERE user_id = 'ac-worker-2' AND kind = 'READ'`);
    expect(entry.categories).toEqual(['PLACEMENT']);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit records, to the application itself', async () => {
    await expect(hub.db.query(`UPDATE audit_log SET user_id = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(hub.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(hub.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    const [{ n }] = await hub.db.query('SELECT count(*)::int AS n FROM audit_log');
    expect(n).toBeGreaterThan(0);
  });

  it('withholds the answer when the audit record cannot be written', async () => {
    await hub.db.query(`CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await hub.db.query(`CREATE TRIGGER audit_broken BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION fail_audit()`);
    try {
      const res = await hub.gql(await hub.token('SD-RIGA'), READ, { id: opened.id });
      expect(res.status).toBe(503);
      expect(res.data).toBeNull();
      expect(res.errors[0].extensions?.code).toBe('AUDIT_UNAVAILABLE');
      expect(res.raw).not.toContain('Anna');
      expect(res.raw).not.toContain(opened.personalCode);
      // a write cannot happen unaudited either: it is rolled back with its audit record
      const write = await hub.gql(await hub.token('SD-RIGA'), graphql(`mutation AuditAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`),
        { input: { caseId: opened.id, kind: 'PHONE', occurredOn: '2026-11-01', summary: 'call' } });
      expect(write.data).toBeNull();
      const [{ n }] = await hub.db.query('SELECT count(*)::int AS n FROM follow_up');
      expect(n).toBe(0);
    } finally {
      await hub.db.query('DROP TRIGGER audit_broken ON audit_log');
    }
  });
});
