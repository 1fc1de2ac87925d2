import { Purpose, UserRole } from '../../src/kernel/principal';
import { addMonths } from '../../src/kernel/dates';
import { daysAfter, involve, oldFormCode, openCase, TODAY, completePlan } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { DueItemFilter } from '../graphql/graphql';

const DUE = graphql(`query MonitoringDueItems($filter: DueItemFilter) { dueItems(filter: $filter, first: 100) { edges { node { kind caseId dueOn daysOverdue responsibleAgency { code } } } } }`);
const SAVE_PLAN = graphql(`mutation MonitoringSaveSupportPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }`);
const PLACE = graphql(`mutation MonitoringRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`);

/** Each rule on a fixed clock: the `asOf` date, never the wall clock or a sleep. */
describe('monitoring rules: what is due', () => {
  let hub: TestHub;
  let manager: string;

  beforeAll(async () => {
    hub = await startHub();
    manager = await hub.token('SD-RIGA');
  });
  afterAll(async () => { await hub.close(); });

  async function due(token: string, asOf: string, caseId: string, extra: Partial<DueItemFilter> = {}) {
    const res = await hub.gql(token, DUE, { filter: { asOf, ...extra } });
    expect(res.errors).toEqual([]);
    return (res.data?.dueItems.edges ?? []).map((e) => e.node).filter((n) => n.caseId === caseId);
  }
  const ok = (res: { errors: unknown[] }) => expect(res.errors).toEqual([]);

  it('support plan reassessment: shown from 30 days before the yearly review, then overdue', async () => {
    const c = await openCase(hub, 'RIGA');
    ok(await hub.gql(manager, SAVE_PLAN,
      { input: { caseId: c.id, status: 'ACTIVE', ...completePlan(), validFrom: '2025-10-01' } }));
    expect(await due(manager, '2026-08-30', c.id)).toEqual([]);
    expect(await due(manager, '2026-09-10', c.id)).toEqual([
      { kind: 'PLAN_REASSESSMENT', caseId: c.id, dueOn: '2026-10-01', daysOverdue: -21, responsibleAgency: { code: 'SD-RIGA' } }]);
    expect((await due(manager, '2026-11-01', c.id))[0]).toMatchObject({ daysOverdue: 31 });
  });

  it("shows an item only under a purpose that reaches its case: the case manager's emergency work sees none of its cases' items", async () => {
    const c = await openCase(hub, 'RIGA');
    ok(await hub.gql(manager, SAVE_PLAN,
      { input: { caseId: c.id, status: 'ACTIVE', ...completePlan(), validFrom: '2025-10-01' } }));
    expect(await due(manager, '2026-09-10', c.id)).toHaveLength(1);
    const emergency = await hub.token('SD-RIGA', UserRole.CASE_WORKER, { purpose: Purpose.EMERGENCY });
    expect(await due(emergency, '2026-09-10', c.id)).toEqual([]);
  });

  it('plan tasks past their deadline, for the responsible agency and the case manager', async () => {
    const c = await openCase(hub, 'RIGA');
    await involve(hub, c.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    ok(await hub.gql(manager, SAVE_PLAN, { input: {
      caseId: c.id, status: 'ACTIVE', ...completePlan(), validFrom: '2026-01-01',
      tasks: [{ description: 'Find a foster family', deadline: '2026-03-01', responsibleAgencyCode: 'AC-RIGA-1' },
        { description: 'Done already', deadline: '2026-02-01', status: 'DONE' }] } }));
    expect(await due(manager, '2026-03-01', c.id)).toEqual([]);
    const overdue = await due(manager, '2026-03-11', c.id);
    expect(overdue).toEqual([{ kind: 'TASK_DEADLINE', caseId: c.id, dueOn: '2026-03-01', daysOverdue: 10, responsibleAgency: { code: 'AC-RIGA-1' } }]);
    expect(await due(await hub.token('AC-RIGA-1'), '2026-03-11', c.id, { responsibleOnly: true })).toHaveLength(1);
    expect(await due(manager, '2026-03-11', c.id, { responsibleOnly: true })).toEqual([]);
  });

  it("the previous provider's quarterly situation review, reset by each review, for 12 months", async () => {
    // the move was 5 months ago, so the involvement is active now and its first review has passed
    const moved = addMonths(TODAY, -5);
    const firstReview = addMonths(moved, 3);
    const c = await openCase(hub, 'RIGA');
    await involve(hub, c.id, 'VSAC-RIGA', 'PREVIOUS_PROVIDER', 'SD-RIGA', { validFrom: `${moved}T00:00:00Z` });
    const vsac = await hub.token('VSAC-RIGA');
    expect(await due(vsac, daysAfter(firstReview, -15), c.id)).toEqual([]);
    expect(await due(vsac, daysAfter(firstReview, -12), c.id)).toEqual([
      { kind: 'SITUATION_REVIEW', caseId: c.id, dueOn: firstReview, daysOverdue: -12, responsibleAgency: { code: 'VSAC-RIGA' } }]);
    const reviewed = daysAfter(firstReview, 2);
    ok(await hub.gql(vsac, graphql(`mutation MonitoringAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`), { input: {
      caseId: c.id, kind: 'SITUATION_REVIEW', occurredOn: reviewed, summary: 'Settled in well' } }));
    const secondReview = addMonths(reviewed, 3);
    expect((await due(vsac, daysAfter(secondReview, -5), c.id))[0]).toMatchObject({ dueOn: secondReview });
    // the case manager sees it too; after the 12 months it is no longer due
    expect(await due(manager, daysAfter(secondReview, -5), c.id)).toHaveLength(1);
    expect(await due(vsac, daysAfter(addMonths(moved, 12), 1), c.id)).toEqual([]);
  });

  it('post-closure monitoring visits every 3 months after closure', async () => {
    const c = await openCase(hub, 'RIGA');
    let version = (await hub.db.query('SELECT version FROM care_case WHERE id = $1', [c.id]))[0].version;
    for (const to of ['ASSESSMENT', 'PLANNING', 'IMPLEMENTATION', 'EVALUATION', 'POST_CLOSURE_MONITORING'] as const) {
      const res = await hub.gql(manager,
        graphql(`mutation MonitoringTransitionCase($input: TransitionCaseInput!) { transitionCase(input: $input) { version } }`),
        { input: { caseId: c.id, to, reason: 'step', expectedVersion: version } });
      ok(res);
      version = res.data?.transitionCase.version as number;
    }
    const dueOn = addMonths(TODAY, 3);
    expect(await due(manager, TODAY, c.id)).toEqual([]);
    expect((await due(manager, dueOn, c.id))[0]).toMatchObject({ kind: 'MONITORING_VISIT', dueOn, daysOverdue: 0 });
  });

  it("a child's stay in an institution: 3 months under 4 years, 6 months from 4", async () => {
    const court = await hub.token('BT-RIGA');
    const young = await openCase(hub, 'RIGA', { client: { personalCode: oldFormCode('2024-01-10'), givenName: 'Mārtiņš',
      familyName: 'Ozols', gender: 'MALE', declaredMunicipalityCode: 'RIGA' } });
    const older = await openCase(hub, 'RIGA', { client: { personalCode: oldFormCode('2016-01-10'), givenName: 'Roberts',
      familyName: 'Ozols', gender: 'MALE', declaredMunicipalityCode: 'RIGA' } });
    for (const c of [young, older]) {
      await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
      ok(await hub.gql(court, PLACE, { input: {
        caseId: c.id, type: 'INSTITUTION', providerAgencyCode: 'BSAC-RIGA', startsOn: '2026-06-01', courtDecisionRef: 'BT 1' } }));
    }
    expect(await due(manager, '2026-08-01', young.id)).toEqual([]);
    expect((await due(manager, '2026-08-15', young.id))[0]).toMatchObject({ kind: 'INSTITUTION_STAY_LIMIT', dueOn: '2026-09-01', daysOverdue: -17 });
    expect((await due(manager, '2026-09-10', young.id))[0]).toMatchObject({ daysOverdue: 9 });
    expect(await due(manager, '2026-09-10', older.id)).toEqual([]);
    expect((await due(manager, '2026-11-15', older.id))[0]).toMatchObject({ dueOn: '2026-12-01' });
    // the orphan court reads placements but is not responsible: it sees nothing unless it asks for the case
    expect(await due(court, '2026-11-15', older.id)).toEqual([]);
    const onCase = await hub.gql(manager,
      graphql(`query MonitoringCaseDueItemsFixedDate($id: ID!) { case(id: $id) { dueItems(asOf: "2026-11-15") { kind } } }`), { id: older.id });
    expect(onCase.data?.case?.dueItems).toEqual([{ kind: 'INSTITUTION_STAY_LIMIT' }]);
  });

  it('shows an item only to those who may read what it is about', async () => {
    const c = await openCase(hub, 'RIGA');
    await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
    await involve(hub, c.id, 'VSAC-RIGA', 'PREVIOUS_PROVIDER', 'SD-RIGA', { validFrom: `${addMonths(TODAY, -6)}T00:00:00Z` });
    ok(await hub.gql(await hub.token('BT-RIGA'), PLACE, { input: {
      caseId: c.id, type: 'INSTITUTION', providerAgencyCode: 'BSAC-RIGA', startsOn: '2026-06-01', courtDecisionRef: 'BT 2' } }));
    const onCase = await hub.gql(await hub.token('VSAC-RIGA', UserRole.SPECIALIST),
      graphql(`query MonitoringCaseDueItems($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind } } }`), { id: c.id, asOf: TODAY });
    // the previous provider may not read PLACEMENT, so the stay limit is not shown to it
    expect(onCase.data?.case?.dueItems?.map((d) => d.kind)).toEqual(['SITUATION_REVIEW']);
  });
});
