import type { ResultOf } from '@graphql-typed-document-node/core';
import { Category } from '../../src/kernel/categories';
import { decide } from '../../src/access/decide';
import { FIELD_CATEGORIES } from '../../src/access/policy';
import { InvolvementRole, UserRole } from '../../src/kernel/principal';
import { involve, openCase, OpenedCase, completePlan } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

/** The same full-case query for everyone; what comes back depends only on the role in the case. */
const FULL = graphql(`query FieldPermissionsFullCase($id: ID!) {
  case(id: $id) {
    id status targetGroup openedOn
    caseManager { name }
    involvements { role agency { code } }
    client { givenName birthDate personalCode address }
    latestAssessment { type needsSummary healthFindings safetyFindings familyNotes childOpinion }
    currentPlan { version goals { description } }
    followUps(first: 10) { totalCount edges { node { category summary } } }
    placements { type carerName courtDecisionRef }
    permanencyPlans { goal targetDate }
    careApplications { service whyNotEnough }
  }
}`);
type Answer = GqlResult<ResultOf<typeof FULL>>;

/** Paths probed, each with the type and field that decide it (parent objects before their fields). */
const PROBES: [string, string, string][] = [
  ['case.status', 'Case', 'status'], ['case.targetGroup', 'Case', 'targetGroup'], ['case.openedOn', 'Case', 'openedOn'],
  ['case.caseManager', 'Case', 'caseManager'], ['case.caseManager.name', 'CaseManager', 'name'],
  ['case.involvements', 'Case', 'involvements'],
  ['case.client', 'Case', 'client'], ['case.client.givenName', 'Client', 'givenName'], ['case.client.birthDate', 'Client', 'birthDate'],
  ['case.client.personalCode', 'Client', 'personalCode'], ['case.client.address', 'Client', 'address'],
  ['case.latestAssessment', 'Case', 'latestAssessment'], ['case.latestAssessment.type', 'Assessment', 'type'],
  ['case.latestAssessment.needsSummary', 'Assessment', 'needsSummary'],
  ['case.latestAssessment.healthFindings', 'Assessment', 'healthFindings'],
  ['case.latestAssessment.safetyFindings', 'Assessment', 'safetyFindings'],
  ['case.latestAssessment.familyNotes', 'Assessment', 'familyNotes'],
  ['case.latestAssessment.childOpinion', 'Assessment', 'childOpinion'],
  ['case.currentPlan', 'Case', 'currentPlan'], ['case.currentPlan.version', 'SupportPlan', 'version'],
  ['case.followUps', 'Case', 'followUps'],
  ['case.placements', 'Case', 'placements'],
  ['case.permanencyPlans', 'Case', 'permanencyPlans'],
  ['case.careApplications', 'Case', 'careApplications'],
];

const AGENCY_OF: Record<InvolvementRole, string> = {
  [InvolvementRole.CASE_MANAGER]: 'SD-RIGA',
  [InvolvementRole.ORPHAN_COURT]: 'BT-RIGA',
  [InvolvementRole.SUPPORT_CENTRE]: 'AC-RIGA-1',
  [InvolvementRole.CURRENT_PROVIDER]: 'SP-RIGA-FAMILY-HOME',
  [InvolvementRole.PREVIOUS_PROVIDER]: 'VSAC-RIGA',
  [InvolvementRole.ASSESSMENT_TEAM]: 'AT-RIGA-1',
};

function at(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node === null || node === undefined ? node : (node as Record<string, unknown>)[key]), data);
}

function forbiddenPaths(res: GqlResult): string[] {
  return res.errors.filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => (e.path ?? []).join('.')).sort();
}

describe('field-level permissions: each role in the case gets exactly what the matrix allows', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  const answers = new Map<InvolvementRole, Answer>();

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    const manager = await hub.token('SD-RIGA');
    for (const role of Object.values(InvolvementRole)) {
      if (role !== InvolvementRole.CASE_MANAGER) await involve(hub, opened.id, AGENCY_OF[role], role);
    }
    const ok = (res: GqlResult) => expect(res.errors).toEqual([]);
    ok(await hub.gql(manager, graphql(`mutation FieldPermissionsRecordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`), { input: {
      caseId: opened.id, type: 'HOME_VISIT', assessedOn: '2026-09-01', needsSummary: 'needs', healthFindings: 'health',
      safetyFindings: 'safety', familyNotes: 'family', childOpinion: 'opinion' } }));
    ok(await hub.gql(manager, graphql(`mutation FieldPermissionsSaveSupportPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }`), { input: {
      caseId: opened.id, status: 'ACTIVE', ...completePlan(), validFrom: '2026-09-15', goals: [{ description: 'goal' }] } }));
    for (const category of ['FOLLOW_UP', 'HEALTH', 'SAFETY', 'FAMILY'] as const) {
      ok(await hub.gql(manager, graphql(`mutation FieldPermissionsAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`), { input: {
        caseId: opened.id, kind: 'MEETING', occurredOn: '2026-10-01', summary: `about ${category}`, category } }));
    }
    ok(await hub.gql(await hub.token('BT-RIGA'), graphql(`mutation FieldPermissionsRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`), { input: {
      caseId: opened.id, type: 'FOSTER_FAMILY', fosterForm: 'ORDINARY', carerName: 'Līga Kalniņa', carerRef: 'AG-RIGA-0007', startsOn: '2026-10-05',
      courtDecisionRef: 'BT-RIGA 2026/114' } }));
    ok(await hub.gql(await hub.token('BT-RIGA'), graphql(`mutation FieldPermissionsDecidePermanency($input: RecordPermanencyPlanInput!) {
      recordPermanencyPlan(input: $input) { id } }`), { input: {
      caseId: opened.id, goal: 'GUARDIANSHIP', targetDate: '2027-10-05', decidedOn: '2026-10-05', decisionRef: 'BT-RIGA 2026/115' } }));
    ok(await hub.gql(manager, graphql(`mutation FieldPermissionsApply($input: ApplyForLongTermCareInput!) {
      applyForLongTermCare(input: $input) { id } }`), { input: { caseId: opened.id, service: 'FAMILY_LIKE_CARE_HOME', appliedOn: '2026-10-01' } }));
    for (const role of Object.values(InvolvementRole)) {
      answers.set(role, await hub.gql(await hub.token(AGENCY_OF[role]), FULL, { id: opened.id }));
    }
  });
  afterAll(async () => { await hub.close(); });

  describe.each(Object.values(InvolvementRole))('%s', (role) => {
    const worker = { role: UserRole.CASE_WORKER };
    const readable = (type: string, field: string) => decide(worker, [role], FIELD_CATEGORIES[type][field] as Category, 'read');

    it('gets every field it may read, and null with FORBIDDEN at the path of every other', () => {
      const res = answers.get(role) as Answer;
      const expectedDenied: string[] = [];
      for (const [path, type, field] of PROBES) {
        const parent = path.split('.').slice(0, -1).join('.');
        if (parent !== 'case' && (expectedDenied.includes(parent) || at(res.data, parent) === null)) continue;
        if (readable(type, field)) {
          expect([path, at(res.data, path)]).not.toEqual([path, null]);
        } else {
          expect([path, at(res.data, path)]).toEqual([path, null]);
          expectedDenied.push(path);
        }
      }
      expect(forbiddenPaths(res)).toEqual(expectedDenied.sort());
      expect(res.errors.filter((e) => e.extensions?.code !== 'FORBIDDEN')).toEqual([]);
    });

    it('sees only the follow-ups filed under categories it may read, and counts only those', () => {
      const res = answers.get(role) as Answer;
      const expected = ['FAMILY', 'FOLLOW_UP', 'HEALTH', 'SAFETY'].filter((c) => decide(worker, [role], c as Category, 'read'));
      const followUps = res.data?.case?.followUps;
      expect(followUps?.edges.map((e) => e.node.category).sort()).toEqual(expected);
      expect(followUps?.totalCount).toBe(expected.length);
    });
  });

  // written out by hand from ACCESS.md, without the policy table
  it('gives the support centre the placement, plan and follow-ups it works with, not the health findings', () => {
    const res = answers.get(InvolvementRole.SUPPORT_CENTRE) as Answer;
    expect(forbiddenPaths(res)).toEqual([
      'case.client.address', 'case.client.personalCode', 'case.latestAssessment.healthFindings',
    ]);
    expect(res.data?.case).toMatchObject({
      client: { givenName: 'Anna', personalCode: null, address: null },
      latestAssessment: { needsSummary: 'needs', healthFindings: null, safetyFindings: 'safety', familyNotes: 'family', childOpinion: 'opinion' },
      currentPlan: { version: 1 },
      placements: [{ type: 'FOSTER_FAMILY', carerName: 'Līga Kalniņa', courtDecisionRef: 'BT-RIGA 2026/114' }],
      permanencyPlans: [{ goal: 'GUARDIANSHIP', targetDate: '2027-10-05' }],
    });
    expect(at(res.data, 'case.followUps.totalCount')).toBe(3);
  });

  it('gives the previous provider what its quarterly reviews need and no more', () => {
    const res = answers.get(InvolvementRole.PREVIOUS_PROVIDER) as Answer;
    expect(forbiddenPaths(res)).toEqual([
      'case.client.address', 'case.client.personalCode', 'case.latestAssessment.childOpinion',
      'case.latestAssessment.familyNotes', 'case.latestAssessment.healthFindings', 'case.latestAssessment.safetyFindings',
      'case.permanencyPlans', 'case.placements',
    ]);
    expect(res.data?.case).toMatchObject({
      status: 'INTAKE', client: { givenName: 'Anna' }, latestAssessment: { needsSummary: 'needs' }, currentPlan: { version: 1 },
      placements: null, permanencyPlans: null, careApplications: [{ service: 'FAMILY_LIKE_CARE_HOME' }],
    });
    expect(at(res.data, 'case.followUps.totalCount')).toBe(1);
  });
});
