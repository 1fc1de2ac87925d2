import { UserRole } from '../../src/kernel/principal';
import { involve, openCase, OpenedCase, transfer } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const ASSIGN = graphql(`mutation CaseWorkersAssign($input: AssignCaseWorkerInput!, $key: String) {
  assignCaseWorker(input: $input, idempotencyKey: $key) { id version caseManager { userId name agency { code } } } }`);
const HISTORY = graphql(`query CaseWorkersHistory($id: ID!) {
  case(id: $id) { caseManager { userId name } caseWorkerAssignments { userId name assignedByUserId assignedAt agency { code } } } }`);

describe('assignCaseWorker: the MANAGER of the managing service assigns the case worker, and the history is kept', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  const audited = async (caseId: string) => (await hub.db.query(
    `SELECT count(*)::int AS n FROM audit_log WHERE kind = 'WRITE' AND operation = 'assignCaseWorker' AND case_id = $1`, [caseId]))[0].n;
  const history = async (caseId: string) => (await hub.db.query(
    'SELECT count(*)::int AS n FROM case_worker_assignment WHERE case_id = $1', [caseId]))[0].n;

  beforeAll(async () => {
    hub = await startHub();
    // opened by SD-RIGA's case worker (sd-riga-case_worker), who becomes its case manager and a staff member
    opened = await openCase(hub, 'RIGA');
    await involve(hub, opened.id, 'BT-RIGA', 'ORPHAN_COURT');
  });
  afterAll(async () => { await hub.close(); });

  it("is the managing service's MANAGER's alone: its other users and other roles in the case FORBIDDEN, other agencies NOT_FOUND", async () => {
    const input = { caseId: opened.id, userId: 'sd-riga-case_worker' };
    for (const [agency, role, code] of [['SD-RIGA', UserRole.CASE_WORKER, 'FORBIDDEN'], ['SD-RIGA', UserRole.SPECIALIST, 'FORBIDDEN'],
      ['SD-RIGA', UserRole.ANALYST, 'FORBIDDEN'], ['BT-RIGA', UserRole.MANAGER, 'FORBIDDEN'], ['SD-JURMALA', UserRole.MANAGER, 'NOT_FOUND'],
      ['AT-RIGA-1', UserRole.MANAGER, 'NOT_FOUND']] as const) {
      const res = await hub.gql(await hub.token(agency, role), ASSIGN, { input });
      expect([agency, role, res.errors.map((e) => e.extensions?.code)]).toEqual([agency, role, [code]]);
    }
    expect(await history(opened.id)).toBe(0);
    expect(await audited(opened.id)).toBe(0);
  });

  it('refuses a user who is not a staff member of the managing agency, naming the field, unless a name registers them', async () => {
    const manager = await hub.token('SD-RIGA', UserRole.MANAGER);
    // staff are keyed by agency and subject: the Jūrmala service's case worker (a staff member there, having opened a case) is not Rīga's
    await openCase(hub, 'JURMALA');
    for (const userId of ['sd-riga-nobody', 'sd-jurmala-case_worker']) {
      const res = await hub.gql(manager, ASSIGN, { input: { caseId: opened.id, userId } });
      expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    }
    const blank = await hub.gql(manager, ASSIGN, { input: { caseId: opened.id, userId: ' ' } });
    expect(blank.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    expect(await history(opened.id)).toBe(0);
    expect(await audited(opened.id)).toBe(0);
  });

  it('changes the case manager and keeps every assignment, who and when and by whom; the same key twice assigns once', async () => {
    const manager = await hub.token('SD-RIGA', UserRole.MANAGER);
    const first = await hub.gql(manager, ASSIGN, { input: { caseId: opened.id, userId: 'sd-riga-ilze', name: 'Ilze Kalniņa' }, key: 'assign-ilze' });
    expect(first.errors).toEqual([]);
    expect(first.data?.assignCaseWorker?.caseManager).toEqual({ userId: 'sd-riga-ilze', name: 'Ilze Kalniņa', agency: { code: 'SD-RIGA' } });
    const again = await hub.gql(manager, ASSIGN, { input: { caseId: opened.id, userId: 'sd-riga-ilze', name: 'Ilze Kalniņa' }, key: 'assign-ilze' });
    expect(again.errors).toEqual([]);
    expect(again.data?.assignCaseWorker?.id).toBe(opened.id);
    expect(await history(opened.id)).toBe(1);
    // the one already assigned: nothing to change
    const same = await hub.gql(manager, ASSIGN, { input: { caseId: opened.id, userId: 'sd-riga-ilze' } });
    expect(same.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });

    // back to the case worker who opened it: a known staff member, no name needed
    const back = await hub.gql(manager, ASSIGN, { input: { caseId: opened.id, userId: 'sd-riga-case_worker' } });
    expect(back.errors).toEqual([]);
    expect(await history(opened.id)).toBe(2);
    expect(await audited(opened.id)).toBe(2);

    // the case's roles read it (CASE): the orphan court too
    const read = await hub.gql(await hub.token('BT-RIGA'), HISTORY, { id: opened.id });
    expect(read.errors).toEqual([]);
    expect(read.data?.case?.caseManager?.userId).toBe('sd-riga-case_worker');
    expect(read.data?.case?.caseWorkerAssignments?.map((a) => [a.userId, a.name, a.assignedByUserId, a.agency?.code])).toEqual([
      ['sd-riga-ilze', 'Ilze Kalniņa', 'sd-riga-manager', 'SD-RIGA'],
      ['sd-riga-case_worker', expect.any(String), 'sd-riga-manager', 'SD-RIGA'],
    ]);
    const [a, b] = read.data?.case?.caseWorkerAssignments ?? [];
    expect(Date.parse(String(a?.assignedAt))).toBeLessThanOrEqual(Date.parse(String(b?.assignedAt)));
  });

  it('keeps the history append-only: the serving role may insert and read it, never change or delete it', async () => {
    const [grants] = await hub.db.query(
      `SELECT has_table_privilege('casehub_app', 'case_worker_assignment', 'INSERT') AS "insert",
              has_table_privilege('casehub_app', 'case_worker_assignment', 'SELECT') AS "select",
              has_table_privilege('casehub_app', 'case_worker_assignment', 'UPDATE') AS "update",
              has_table_privilege('casehub_app', 'case_worker_assignment', 'DELETE') AS "delete"`);
    expect(grants).toEqual({ insert: true, select: true, update: false, delete: false });
  });

  it("after a transfer, the receiving service's MANAGER assigns its own staff member, and the old service reaches nothing", async () => {
    await transfer(hub, opened.id, 'OGRES_NOV');
    const receiving = await hub.token('SD-OGRES_NOV', UserRole.MANAGER);
    expect((await hub.gql(receiving, HISTORY, { id: opened.id })).data?.case?.caseManager).toBeNull();

    // Rīga's staff member is not the Ogre service's
    const riga = await hub.gql(receiving, ASSIGN, { input: { caseId: opened.id, userId: 'sd-riga-case_worker' } });
    expect(riga.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    const old = await hub.gql(await hub.token('SD-RIGA', UserRole.MANAGER), ASSIGN, { input: { caseId: opened.id, userId: 'sd-riga-ilze' } });
    expect(old.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);

    const res = await hub.gql(receiving, ASSIGN, { input: { caseId: opened.id, userId: 'sd-ogre-anna', name: 'Anna Ozola' } });
    expect(res.errors).toEqual([]);
    expect(res.data?.assignCaseWorker?.caseManager).toEqual({ userId: 'sd-ogre-anna', name: 'Anna Ozola', agency: { code: 'SD-OGRES_NOV' } });
    const read = await hub.gql(receiving, HISTORY, { id: opened.id });
    expect(read.data?.case?.caseWorkerAssignments?.map((a) => [a.agency?.code, a.userId, a.assignedByUserId])).toEqual([
      ['SD-RIGA', 'sd-riga-ilze', 'sd-riga-manager'],
      ['SD-RIGA', 'sd-riga-case_worker', 'sd-riga-manager'],
      ['SD-OGRES_NOV', 'sd-ogre-anna', 'sd-ogres_nov-manager'],
    ]);
  });
});
