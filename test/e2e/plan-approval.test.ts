import { UserRole } from '../../src/kernel/principal';
import { addDays } from '../../src/kernel/dates';
import { involve, openCase, OpenedCase, TODAY, completePlan } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const SAVE = graphql(`mutation PlanApprovalSave($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id version status } }`);
const APPROVE = graphql(`mutation PlanApprovalApprove($id: ID!, $key: String) {
  approvePlan(id: $id, idempotencyKey: $key) { id version status activatedAt returnedAt } }`);
const RETURN = graphql(`mutation PlanApprovalReturn($id: ID!, $reason: String!) {
  returnPlan(id: $id, reason: $reason) { id version status returnedAt returnedByUserId returnReason } }`);
const SECTIONS = graphql(`mutation PlanApprovalSections($id: ID!, $input: PlanSectionsInput!) { recordPlanSections(id: $id, input: $input) { id } }`);
const PLANS = graphql(`query PlanApprovalPlans($id: ID!) {
  case(id: $id) { currentPlan { version status } planHistory { version status returnReason returnedByUserId authorAgency { code } } } }`);

describe("approvePlan / returnPlan: the assessment team's draft waits for the case manager's decision", () => {
  let hub: TestHub;
  let opened: OpenedCase;
  let team: string;
  let caseManager: string;
  let returnedId: string;
  const decisions = async (caseId: string) => (await hub.db.query(
    `SELECT operation FROM audit_log WHERE kind = 'WRITE' AND operation IN ('approvePlan', 'returnPlan') AND case_id = $1 ORDER BY id`,
    [caseId])).map((r: { operation: string }) => r.operation);
  const draft = async (problem: string, validFrom = TODAY) => {
    const res = await hub.gql(team, SAVE, { input: { caseId: opened.id, status: 'DRAFT', validFrom, problem, goals: [{ description: problem }],
      ...teamsPart } });
    expect(res.errors).toEqual([]);
    await complete(res.data!.saveSupportPlan.id);
    return res.data!.saveSupportPlan;
  };
  // the team writes what it may (HEALTH, CHILD_VOICE, its PLAN draft); the case manager the FAMILY section and the client's answer (issue 19)
  const { family, agreement, ...teamsPart } = completePlan();
  const complete = async (id: string) => expect((await hub.gql(caseManager, SECTIONS, { id, input: { family, agreement } })).errors).toEqual([]);

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    await involve(hub, opened.id, 'AT-RIGA-1', 'ASSESSMENT_TEAM');
    await involve(hub, opened.id, 'BT-RIGA', 'ORPHAN_COURT');
    team = await hub.token('AT-RIGA-1');
    caseManager = await hub.token('SD-RIGA');
    const active = await hub.gql(caseManager, SAVE, { input: { caseId: opened.id, status: 'ACTIVE', ...completePlan(), validFrom: addDays(TODAY, -30),
      goals: [{ description: 'a stable home' }] } });
    expect(active.errors).toEqual([]);
  });
  afterAll(async () => { await hub.close(); });

  it('is the case manager\'s alone: the author, the orphan court and analysts FORBIDDEN, other agencies and unknown ids NOT_FOUND', async () => {
    const { id } = await draft('needs a family-like care home');
    returnedId = id;
    for (const [agency, role, code] of [['AT-RIGA-1', UserRole.MANAGER, 'FORBIDDEN'], ['AT-RIGA-1', UserRole.CASE_WORKER, 'FORBIDDEN'],
      ['BT-RIGA', UserRole.MANAGER, 'FORBIDDEN'], ['SD-RIGA', UserRole.ANALYST, 'FORBIDDEN'], ['SD-JURMALA', UserRole.MANAGER, 'NOT_FOUND']] as const) {
      const token = await hub.token(agency, role);
      const approve = await hub.gql(token, APPROVE, { id });
      const back = await hub.gql(token, RETURN, { id, reason: 'not like this' });
      expect([agency, role, approve.errors.map((e) => e.extensions?.code), back.errors.map((e) => e.extensions?.code)])
        .toEqual([agency, role, [code], [code]]);
    }
    const unknown = await hub.gql(caseManager, APPROVE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(await decisions(opened.id)).toEqual([]);
  });

  it('returns the draft with the reason, visible to its author; it stays a draft and the plan in force stays', async () => {
    const blank = await hub.gql(caseManager, RETURN, { id: returnedId, reason: '  ' });
    expect(blank.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const res = await hub.gql(caseManager, RETURN, { id: returnedId, reason: 'Plan the visits with the family first' });
    expect(res.errors).toEqual([]);
    expect(res.data?.returnPlan).toMatchObject({ id: returnedId, status: 'DRAFT', returnedByUserId: 'sd-riga-case_worker',
      returnReason: 'Plan the visits with the family first' });
    expect(res.data?.returnPlan.returnedAt).toBeTruthy();

    const seen = await hub.gql(team, PLANS, { id: opened.id });
    expect(seen.errors).toEqual([]);
    expect(seen.data?.case?.currentPlan).toEqual({ version: 1, status: 'ACTIVE' });
    expect(seen.data?.case?.planHistory?.[0]).toEqual({ version: 2, status: 'DRAFT', returnReason: 'Plan the visits with the family first',
      returnedByUserId: 'sd-riga-case_worker', authorAgency: { code: 'AT-RIGA-1' } });
  });

  it('decides a draft once: a returned draft is neither approved nor returned again (CONFLICT)', async () => {
    const approve = await hub.gql(caseManager, APPROVE, { id: returnedId });
    const again = await hub.gql(caseManager, RETURN, { id: returnedId, reason: 'still not' });
    expect([approve.errors.map((e) => e.extensions?.code), again.errors.map((e) => e.extensions?.code)]).toEqual([['CONFLICT'], ['CONFLICT']]);
    expect(await decisions(opened.id)).toEqual(['returnPlan']);
  });

  it('approves a new draft: it becomes the active plan and supersedes the one in force, once (the same key answers the same)', async () => {
    const reviewOn = addDays(TODAY, 200);
    const v3 = await hub.gql(team, SAVE, { input: { caseId: opened.id, status: 'DRAFT', validFrom: TODAY, reviewDueOn: reviewOn,
      problem: 'with the family visits', goals: [{ description: 'a family-like care home' }], ...teamsPart } });
    const id = v3.data!.saveSupportPlan.id;
    await complete(id);
    const res = await hub.gql(caseManager, APPROVE, { id, key: 'approve-v3' });
    expect(res.errors).toEqual([]);
    expect(res.data?.approvePlan).toMatchObject({ id, version: 3, status: 'ACTIVE', returnedAt: null });
    expect(res.data?.approvePlan.activatedAt).toBeTruthy();
    const repeated = await hub.gql(caseManager, APPROVE, { id, key: 'approve-v3' });
    expect(repeated.errors).toEqual([]);
    expect(repeated.data?.approvePlan).toEqual(res.data?.approvePlan);

    const seen = await hub.gql(team, PLANS, { id: opened.id });
    expect(seen.data?.case?.currentPlan).toEqual({ version: 3, status: 'ACTIVE' });
    expect(seen.data?.case?.planHistory?.map((p) => [p.version, p.status])).toEqual([[3, 'ACTIVE'], [2, 'SUPERSEDED'], [1, 'SUPERSEDED']]);
    // the reassessment due item follows the plan now in force, in the same transaction
    const due = await hub.db.query(`SELECT due_on::text AS "dueOn" FROM due_date WHERE case_id = $1 AND kind = 'PLAN_REASSESSMENT'`, [opened.id]);
    expect(due).toEqual([{ dueOn: reviewOn }]);

    // a second decision on it
    const approve = await hub.gql(caseManager, APPROVE, { id });
    const back = await hub.gql(caseManager, RETURN, { id, reason: 'changed my mind' });
    expect([approve.errors.map((e) => e.extensions?.code), back.errors.map((e) => e.extensions?.code)]).toEqual([['CONFLICT'], ['CONFLICT']]);
    expect(await decisions(opened.id)).toEqual(['returnPlan', 'approvePlan']);
  });

  it('decides a draft approved and returned at once exactly once: one wins, the other is a CONFLICT', async () => {
    const { id } = await draft('a draft decided twice at once');
    const [approve, back] = await Promise.all([hub.gql(caseManager, APPROVE, { id }),
      hub.gql(await hub.token('SD-RIGA', UserRole.MANAGER), RETURN, { id, reason: 'at the same time' })]);
    const codes = [approve.errors.map((e) => e.extensions?.code), back.errors.map((e) => e.extensions?.code)];
    expect(codes.sort()).toEqual([[], ['CONFLICT']]);
    const [row] = await hub.db.query('SELECT status, returned_at IS NOT NULL AS returned FROM support_plan WHERE id = $1', [id]);
    expect(row).toEqual(approve.errors.length ? { status: 'DRAFT', returned: true } : { status: 'ACTIVE', returned: false });
    expect((await decisions(opened.id)).length).toBe(3);
  });
});
