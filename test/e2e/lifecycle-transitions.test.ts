import { UserRole } from '../../src/kernel/principal';
import { today } from '../../src/kernel/dates';
import { involve, openCase, OpenedCase } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { CaseStatus } from '../graphql/graphql';

const MOVE = graphql(`mutation LifecycleMove($input: TransitionCaseInput!) { transitionCase(input: $input) { status closedOn version } }`);
const HISTORY = graphql(`query LifecycleHistory($id: ID!) { case(id: $id) { status transitions { from to reason userId } } }`);

describe('case lifecycle over the API', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  let manager: string;
  let version = 1;

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    await involve(hub, opened.id, 'BT-RIGA', 'ORPHAN_COURT');
    manager = await hub.token('SD-RIGA', UserRole.CASE_WORKER, { userId: 'cm-1' });
    const [row] = await hub.db.query('SELECT version FROM care_case WHERE id = $1', [opened.id]);
    version = row.version;
  });
  afterAll(async () => { await hub.close(); });

  async function move(to: CaseStatus, token = manager) {
    const res = await hub.gql(token, MOVE, { input: { caseId: opened.id, to, reason: `to ${to}`, expectedVersion: version } });
    if (res.data) version = res.data.transitionCase.version as number;
    return res;
  }

  it('walks a case from intake to closure with monitoring, and reopens it', async () => {
    for (const to of ['ASSESSMENT', 'PLANNING', 'IMPLEMENTATION', 'EVALUATION', 'IMPLEMENTATION', 'EVALUATION', 'POST_CLOSURE_MONITORING'] as const) {
      const res = await move(to);
      expect(res.errors).toEqual([]);
      expect(res.data?.transitionCase.status).toBe(to);
    }
    const day = today();
    expect((await move('CLOSED')).data?.transitionCase).toMatchObject({ status: 'CLOSED', closedOn: day });
    expect((await move('INTAKE')).data?.transitionCase).toMatchObject({ status: 'INTAKE', closedOn: null });
    const history = await hub.gql(manager, HISTORY, { id: opened.id });
    expect(history.data?.case?.transitions?.map((t) => `${t.from}>${t.to}`)).toEqual([
      'INTAKE>ASSESSMENT', 'ASSESSMENT>PLANNING', 'PLANNING>IMPLEMENTATION', 'IMPLEMENTATION>EVALUATION', 'EVALUATION>IMPLEMENTATION',
      'IMPLEMENTATION>EVALUATION', 'EVALUATION>POST_CLOSURE_MONITORING', 'POST_CLOSURE_MONITORING>CLOSED', 'CLOSED>INTAKE']);
    expect(history.data?.case?.transitions?.every((t) => t.userId === 'cm-1')).toBe(true);
  });

  it('refuses a skipped step, naming the current state and the allowed next ones', async () => {
    const res = await move('IMPLEMENTATION');
    expect(res.data).toBeNull();
    expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.to', currentState: 'INTAKE',
      allowedStates: ['ASSESSMENT', 'CLOSED'] });
    expect(res.errors[0].message).toContain('INTAKE');
  });

  it('lets only the case manager move the case; the orphan court may read the history', async () => {
    expect((await move('ASSESSMENT', await hub.token('BT-RIGA', UserRole.MANAGER))).errors[0].extensions?.code).toBe('FORBIDDEN');
    const court = await hub.gql(await hub.token('BT-RIGA'), HISTORY, { id: opened.id });
    expect(court.data?.case?.transitions).toHaveLength(9);
  });

  it('refuses a decision based on a stale version with CONFLICT and the current version', async () => {
    const res = await hub.gql(manager, MOVE, { input: { caseId: opened.id, to: 'ASSESSMENT', reason: 'late', expectedVersion: version - 1 } });
    expect(res.errors[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version });
  });

  it('requires a reason', async () => {
    const res = await hub.gql(manager, MOVE, { input: { caseId: opened.id, to: 'ASSESSMENT', reason: '  ', expectedVersion: version } });
    expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
  });
});
