import { UserRole } from '../../src/kernel/principal';
import { involve, openCase, TODAY } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

/**
 * Issue 12: closing a case can require the approval of a MANAGER of the managing social service,
 * per municipality (the reference data's `closureApproval`, off by default). Off, closing is as it
 * was; on, the case manager asks and a MANAGER approves (the case closes) or returns it with a reason.
 */

const TRANSITION = graphql(`mutation ClosureTransition($input: TransitionCaseInput!) { transitionCase(input: $input) { id status closedOn version } }`);
const REQUEST = graphql(`mutation ClosureRequest($input: RequestClosureInput!) {
  requestClosure(input: $input) { id to reason status requestedByUserId decidedByUserId returnReason }
}`);
const APPROVE = graphql(`mutation ClosureApprove($input: DecideClosureInput!) { approveClosure(input: $input) { id status decidedByUserId } }`);
const RETURN = graphql(`mutation ClosureReturn($input: ReturnClosureInput!) { returnClosure(input: $input) { id status returnReason } }`);
const CASE = graphql(`query ClosureCase($id: ID!) { case(id: $id) { status closedOn version closureRequests { id status to reason returnReason } } }`);
const SETTING = graphql(`query ClosureSetting { municipalities { code closureNeedsApproval } }`);
const INBOX = graphql(`query ClosureInbox { inbox(first: 50) { edges { node { id caseId kind subject category } } } }`);

const codes = (res: GqlResult) => res.errors.map((e) => e.extensions?.code);

describe('closure approval, configurable per municipality', () => {
  let hub: TestHub;
  let worker: string;
  let manager: string;

  const ask = (caseId: string, token = worker, to: 'CLOSED' | 'POST_CLOSURE_MONITORING' = 'CLOSED') =>
    hub.gql(token, REQUEST, { input: { caseId, to, reason: 'the family no longer needs support', expectedVersion: 1 } });
  const closureAlerts = async (token: string, caseId: string) => ((await hub.gql(token, INBOX)).data?.inbox.edges ?? [])
    .map((e) => e.node).filter((n) => n.caseId === caseId && n.kind === 'CLOSURE_PENDING');

  beforeAll(async () => {
    hub = await startHub();
    // the operator's setting, as the reference sync writes it from geography.json (`closureApproval: true`)
    await hub.db.query(`UPDATE municipality SET closure_needs_approval = true WHERE code = 'OGRES_NOV'`);
    worker = await hub.token('SD-OGRES_NOV');
    manager = await hub.token('SD-OGRES_NOV', UserRole.MANAGER);
  });
  afterAll(async () => { await hub.close(); });

  it('shows each municipality\'s setting; it is off unless the reference data turns it on', async () => {
    const settings = (await hub.gql(worker, SETTING)).data?.municipalities ?? [];
    expect(settings.filter((m) => m.closureNeedsApproval).map((m) => m.code)).toEqual(['OGRES_NOV']);
  });

  it('closes as before where the setting is off, and then there is nothing to approve', async () => {
    const c = await openCase(hub, 'RIGA');
    const sd = await hub.token('SD-RIGA');
    expect(codes(await ask(c.id, sd))).toEqual(['BAD_USER_INPUT']);
    const closed = await hub.gql(sd, TRANSITION, { input: { caseId: c.id, to: 'CLOSED', reason: 'done', expectedVersion: 1 } });
    expect(closed.errors).toEqual([]);
    expect(closed.data?.transitionCase).toMatchObject({ status: 'CLOSED', closedOn: TODAY });
  });

  it('where it is on, closing is a request a MANAGER approves; the case closes then, in one transaction', async () => {
    const c = await openCase(hub, 'OGRES_NOV');
    const direct = await hub.gql(worker, TRANSITION, { input: { caseId: c.id, to: 'CLOSED', reason: 'done', expectedVersion: 1 } });
    expect(direct.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to' });

    const asked = await ask(c.id);
    expect(asked.errors).toEqual([]);
    expect(asked.data?.requestClosure).toMatchObject({ to: 'CLOSED', status: 'PENDING', requestedByUserId: 'sd-ogres_nov-case_worker',
      decidedByUserId: null });
    expect(codes(await ask(c.id))).toEqual(['CONFLICT']);
    const waiting = await hub.gql(worker, CASE, { id: c.id });
    expect(waiting.data?.case).toMatchObject({ status: 'INTAKE', closedOn: null, version: 1,
      closureRequests: [{ status: 'PENDING', to: 'CLOSED', reason: 'the family no longer needs support', returnReason: null }] });

    // the MANAGERs are told, once; the case workers are not
    expect((await closureAlerts(manager, c.id)).map((n) => [n.subject, n.category])).toEqual([['CLOSED', 'CASE']]);
    expect(await closureAlerts(worker, c.id)).toEqual([]);

    expect(codes(await hub.gql(worker, APPROVE, { input: { caseId: c.id } }))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.gql(await hub.token('SD-RIGA', UserRole.MANAGER), APPROVE, { input: { caseId: c.id } }))).toEqual(['NOT_FOUND']);
    const approved = await hub.gql(manager, APPROVE, { input: { caseId: c.id } });
    expect(approved.errors).toEqual([]);
    expect(approved.data?.approveClosure).toMatchObject({ status: 'APPROVED', decidedByUserId: 'sd-ogres_nov-manager' });
    expect((await hub.gql(worker, CASE, { id: c.id })).data?.case).toMatchObject({ status: 'CLOSED', closedOn: TODAY, version: 2 });
    expect(codes(await hub.gql(manager, APPROVE, { input: { caseId: c.id } }))).toEqual(['CONFLICT']);
    expect(await closureAlerts(manager, c.id)).toHaveLength(1);
    const ops = (await hub.db.query(`SELECT operation FROM audit_log WHERE case_id = $1 AND kind = 'WRITE' ORDER BY id`, [c.id]))
      .map((r: { operation: string }) => r.operation);
    expect(ops).toEqual(['openCase', 'requestClosure', 'approveClosure']);
    const [{ n }] = await hub.db.query(`SELECT count(*)::int AS n FROM case_transition WHERE case_id = $1 AND to_status = 'CLOSED'`, [c.id]);
    expect(n).toBe(1);
  });

  it('is returned with a reason: the case stays open, and the case manager may ask again', async () => {
    const c = await openCase(hub, 'OGRES_NOV');
    expect((await ask(c.id)).errors).toEqual([]);
    expect(codes(await hub.gql(manager, RETURN, { input: { caseId: c.id, reason: ' ' } }))).toEqual(['BAD_USER_INPUT']);
    const back = await hub.gql(manager, RETURN, { input: { caseId: c.id, reason: 'the school visit is still open' } });
    expect(back.data?.returnClosure).toMatchObject({ status: 'RETURNED', returnReason: 'the school visit is still open' });
    expect((await hub.gql(worker, CASE, { id: c.id })).data?.case).toMatchObject({ status: 'INTAKE', closedOn: null });
    expect(codes(await hub.gql(manager, RETURN, { input: { caseId: c.id, reason: 'again' } }))).toEqual(['CONFLICT']);
    expect((await ask(c.id)).data?.requestClosure?.status).toBe('PENDING');
    // a closure with monitoring after closure is a closure too
    const monitored = await openCase(hub, 'OGRES_NOV');
    await hub.db.query(`UPDATE care_case SET status = 'EVALUATION' WHERE id = $1`, [monitored.id]);
    expect((await ask(monitored.id, worker, 'POST_CLOSURE_MONITORING')).data?.requestClosure?.status).toBe('PENDING');
  });

  it('is approved by another person than the one who asked: a manager who asked approves nothing, and the request waits', async () => {
    const c = await openCase(hub, 'OGRES_NOV');
    expect((await ask(c.id, manager)).data?.requestClosure?.status).toBe('PENDING');
    const own = await hub.gql(manager, APPROVE, { input: { caseId: c.id } });
    expect(own.errors[0].extensions?.code).toBe('FORBIDDEN');
    expect(own.errors[0].message).toMatch(/another manager/);
    expect((await hub.gql(worker, CASE, { id: c.id })).data?.case).toMatchObject({ status: 'INTAKE', closedOn: null });
    const [request] = await hub.db.query(`SELECT status, decided_by_user_id FROM case_closure_request WHERE case_id = $1`, [c.id]);
    expect(request).toEqual({ status: 'PENDING', decided_by_user_id: null });
    const colleague = await hub.token('SD-OGRES_NOV', UserRole.MANAGER, { userId: 'sd-ogre-other-manager' });
    expect((await hub.gql(colleague, APPROVE, { input: { caseId: c.id } })).data?.approveClosure)
      .toMatchObject({ status: 'APPROVED', decidedByUserId: 'sd-ogre-other-manager' });
  });

  it('is asked by the case manager only, and decided once when an approval and a return come at once', async () => {
    const c = await openCase(hub, 'OGRES_NOV');
    await involve(hub, c.id, 'BT-OGRES_NOV', 'ORPHAN_COURT', 'SD-OGRES_NOV');
    expect(codes(await ask(c.id, await hub.token('BT-OGRES_NOV', UserRole.MANAGER)))).toEqual(['FORBIDDEN']);
    for (let round = 0; round < 8; round += 1) {
      const open = await openCase(hub, 'OGRES_NOV');
      expect((await ask(open.id)).errors).toEqual([]);
      const colleague = await hub.token('SD-OGRES_NOV', UserRole.MANAGER, { userId: 'sd-ogre-other-manager' });
      const [approved, returned] = await Promise.all([
        hub.gql(manager, APPROVE, { input: { caseId: open.id } }),
        hub.gql(colleague, RETURN, { input: { caseId: open.id, reason: 'not yet' } })]);
      expect([approved, returned].filter((r) => r.errors.length === 0)).toHaveLength(1);
      expect([...codes(approved), ...codes(returned)]).toEqual(['CONFLICT']);
      const status = (await hub.gql(worker, CASE, { id: open.id })).data?.case?.status;
      expect(status).toBe(approved.errors.length === 0 ? 'CLOSED' : 'INTAKE');
    }
  });
});
