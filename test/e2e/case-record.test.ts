import { UserRole } from '../../src/kernel/principal';
import { involve, openCase, OpenedCase, completePlan } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const RECORD_ASSESSMENT = graphql(`mutation CaseRecordRecordAssessment($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) { id type assessedOn needsSummary healthFindings authorAgency { code } }
}`);
const SAVE_PLAN = graphql(`mutation CaseRecordSaveSupportPlan($input: SaveSupportPlanInput!) {
  saveSupportPlan(input: $input) { id version status reviewDueOn goals { position description }
    tasks { position goalPosition description deadline responsibleAgency { code } status }
    services { serviceType volume unit period provider { code } } }
}`);
const ADD_FOLLOW_UP = graphql(`mutation CaseRecordAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id kind category version authorAgency { code } } }`);

const FULL_CASE = graphql(`query CaseRecordFullCase($id: ID!) {
  case(id: $id) {
    id status
    client { id givenName personalCode }
    latestAssessment { type needsSummary healthFindings safetyFindings childOpinion }
    currentPlan { version status goals { description } }
    planHistory { version status }
    followUps(first: 10) { totalCount edges { node { kind summary category } } pageInfo { hasNextPage endCursor } }
  }
}`);

describe('the case record: assessments, support plans, follow-ups', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  let manager: string;

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    manager = await hub.token('SD-RIGA');
    await involve(hub, opened.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    await involve(hub, opened.id, 'AT-RIGA-1', 'ASSESSMENT_TEAM');
  });
  afterAll(async () => { await hub.close(); });

  it('records an assessment with its sensitive parts', async () => {
    const res = await hub.gql(await hub.token('AT-RIGA-1', UserRole.SPECIALIST), RECORD_ASSESSMENT, { input: {
      caseId: opened.id, type: 'NEEDS_AND_QUALITY_OF_LIFE', assessedOn: '2026-10-01', needsSummary: 'Needs a stable family',
      healthFindings: 'Mild developmental delay', childOpinion: 'Wants to live with her sister', recommendedServices: ['DAY_CARE_CENTRE'],
    } });
    expect(res.errors).toEqual([]);
    expect(res.data).toMatchObject({ recordAssessment: { type: 'NEEDS_AND_QUALITY_OF_LIFE', healthFindings: 'Mild developmental delay',
      authorAgency: { code: 'AT-RIGA-1' } } });
  });

  it('refuses an assessment part the author may not write, and writes nothing', async () => {
    // the assessment team reads SAFETY but may not write it
    const res = await hub.gql(await hub.token('AT-RIGA-1'), RECORD_ASSESSMENT, { input: {
      caseId: opened.id, type: 'RISK_FACTORS', assessedOn: '2026-10-02', safetyFindings: 'x' } });
    expect(res.errors[0].extensions?.code).toBe('FORBIDDEN');
    const [{ n }] = await hub.db.query('SELECT count(*)::int AS n FROM assessment WHERE case_id = $1', [opened.id]);
    expect(n).toBe(1);
  });

  it('refuses a care level for a child and a visit date in the future', async () => {
    const care = await hub.gql(manager, RECORD_ASSESSMENT, { input: { caseId: opened.id, type: 'CARE_LEVEL', assessedOn: '2026-10-02', careLevel: 2 } });
    expect(care.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.careLevel' });
    const future = await hub.gql(manager, RECORD_ASSESSMENT, { input: { caseId: opened.id, type: 'HOME_VISIT', assessedOn: '2099-01-01' } });
    expect(future.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.assessedOn' });
  });

  it('versions support plans: a draft by the assessment team, activation by the case manager', async () => {
    const draft = await hub.gql(await hub.token('AT-RIGA-1'), SAVE_PLAN, { input: {
      caseId: opened.id, status: 'DRAFT', validFrom: '2026-11-01', goals: [{ description: 'Stable foster family' }],
      tasks: [{ goalPosition: 1, description: 'Match with a foster family', deadline: '2027-01-15', responsibleAgencyCode: 'AC-RIGA-1' }],
      services: [{ serviceType: 'DAY_CARE_CENTRE', volume: 20, unit: 'DAY', providerAgencyCode: 'SP-RIGA-DAY-CENTRE' }],
    } });
    expect(draft.errors).toEqual([]);
    expect(draft.data).toMatchObject({ saveSupportPlan: { version: 1, status: 'DRAFT', reviewDueOn: '2027-11-01',
      tasks: [{ position: 1, goalPosition: 1, deadline: '2027-01-15', responsibleAgency: { code: 'AC-RIGA-1' }, status: 'PLANNED' }],
      services: [{ serviceType: 'DAY_CARE_CENTRE', volume: 20, unit: 'DAY', period: 'MONTH', provider: { code: 'SP-RIGA-DAY-CENTRE' } }] } });

    const teamActivates = await hub.gql(await hub.token('AT-RIGA-1'), SAVE_PLAN,
      { input: { caseId: opened.id, status: 'ACTIVE', validFrom: '2026-11-01' } });
    expect(teamActivates.errors[0].extensions?.code).toBe('FORBIDDEN');

    const active = await hub.gql(manager, SAVE_PLAN, { input: {
      caseId: opened.id, status: 'ACTIVE', ...completePlan(), validFrom: '2026-11-01', goals: [{ description: 'Stable foster family' }] } });
    expect(active.data).toMatchObject({ saveSupportPlan: { version: 2, status: 'ACTIVE' } });

    const tooLate = await hub.gql(manager, SAVE_PLAN, { input: { caseId: opened.id, validFrom: '2026-11-01', reviewDueOn: '2028-01-01' } });
    expect(tooLate.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reviewDueOn' });
    const badGoal = await hub.gql(manager, SAVE_PLAN, { input: { caseId: opened.id, validFrom: '2026-11-01',
      tasks: [{ goalPosition: 3, description: 'x' }] } });
    expect(badGoal.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tasks.0.goalPosition' });
  });

  it('answers each of several writes in one document with what that write did', async () => {
    const res = await hub.gql(manager, graphql(`mutation CaseRecordTwoPlans($input: SaveSupportPlanInput!) {
      a: saveSupportPlan(input: $input) { version } b: saveSupportPlan(input: $input) { version } }`),
      { input: { caseId: opened.id, status: 'DRAFT', validFrom: '2026-11-01' } });
    expect(res.errors).toEqual([]);
    expect(res.data?.b.version).toBe((res.data?.a.version ?? 0) + 1);
  });

  it('files follow-ups under their category and shows each only to those who may read it', async () => {
    for (const [category, summary] of [['FOLLOW_UP', 'Home visit went well'], ['HEALTH', 'Started new medication'],
      ['SAFETY', 'No signs of neglect']] as const) {
      const res = await hub.gql(manager, ADD_FOLLOW_UP, { input: { caseId: opened.id, kind: 'HOME_VISIT', occurredOn: '2026-11-10', summary, category } });
      expect(res.errors).toEqual([]);
    }
    const centre = await hub.gql(await hub.token('AC-RIGA-1'), FULL_CASE, { id: opened.id });
    // the support centre may not read HEALTH: the entry is neither listed nor counted
    expect(centre.data?.case?.followUps?.totalCount).toBe(2);
    expect(centre.data?.case?.followUps?.edges.map((e) => e.node.category).sort()).toEqual(['FOLLOW_UP', 'SAFETY']);

    const full = await hub.gql(manager, FULL_CASE, { id: opened.id });
    expect(full.data?.case?.followUps?.totalCount).toBe(3);
  });

  it('delivers what a support centre may read and FORBIDDEN, with its path, for the rest', async () => {
    const res = await hub.gql(await hub.token('AC-RIGA-1'), FULL_CASE, { id: opened.id });
    expect(res.data?.case?.client).toMatchObject({ givenName: 'Anna', personalCode: null });
    expect(res.data?.case?.latestAssessment).toMatchObject({ needsSummary: 'Needs a stable family', healthFindings: null,
      childOpinion: 'Wants to live with her sister' });
    expect(res.data?.case?.currentPlan).toMatchObject({ version: 2, status: 'ACTIVE' });
    const denied = res.errors.map((e) => ({ code: e.extensions?.code, path: e.path?.join('.') }));
    expect(denied).toEqual(expect.arrayContaining([
      { code: 'FORBIDDEN', path: 'case.client.personalCode' },
      { code: 'FORBIDDEN', path: 'case.latestAssessment.healthFindings' },
    ]));
    expect(denied).toHaveLength(2);
  });

  it('pages follow-ups newest first with a cursor', async () => {
    const first = await hub.gql(manager,
      graphql(`query CaseRecordFollowUpsFirstPage($id: ID!) { case(id: $id) { followUps(first: 2) { edges { node { summary } } pageInfo { hasNextPage endCursor } } } }`), { id: opened.id });
    const page = first.data?.case?.followUps;
    expect(page?.edges).toHaveLength(2);
    expect(page?.pageInfo.hasNextPage).toBe(true);
    const next = await hub.gql(manager,
      graphql(`query CaseRecordFollowUpsNextPage($id: ID!, $after: String) { case(id: $id) { followUps(first: 2, after: $after) { edges { node { summary } } pageInfo { hasNextPage } } } }`),
      { id: opened.id, after: page?.pageInfo.endCursor });
    expect(next.data?.case?.followUps?.edges).toHaveLength(1);
    expect(next.data?.case?.followUps?.pageInfo.hasNextPage).toBe(false);
  });

  it('marks the case changed when anything on it changes (updatedSince)', async () => {
    const since = new Date().toISOString();
    const list = graphql(`query CaseRecordUpdatedSince($since: DateTimeISO) { cases(filter: { updatedSince: $since }) { totalCount } }`);
    expect((await hub.gql(manager, list, { since })).data).toEqual({ cases: { totalCount: 0 } });
    await hub.gql(manager, ADD_FOLLOW_UP, { input: { caseId: opened.id, kind: 'PHONE', occurredOn: '2026-11-11', summary: 'Called' } });
    expect((await hub.gql(manager, list, { since })).data).toEqual({ cases: { totalCount: 1 } });
  });
});
