import { caseAccessSummary, decide } from '../../src/access/decide';
import { FIELD_CATEGORIES, NODE_TYPES } from '../../src/access/policy';
import { Category } from '../../src/kernel/categories';
import { InvolvementRole, UserRole } from '../../src/kernel/principal';
import { completePlan, involve, openCase, OpenedCase } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

/** One agency per role in the case, and one with no part in it. */
const AGENCY_OF: Record<InvolvementRole, string> = {
  [InvolvementRole.CASE_MANAGER]: 'SD-RIGA',
  [InvolvementRole.ORPHAN_COURT]: 'BT-RIGA',
  [InvolvementRole.SUPPORT_CENTRE]: 'AC-RIGA-1',
  [InvolvementRole.CURRENT_PROVIDER]: 'SP-RIGA-FAMILY-HOME',
  [InvolvementRole.PREVIOUS_PROVIDER]: 'VSAC-RIGA',
  [InvolvementRole.ASSESSMENT_TEAM]: 'AT-RIGA-1',
};
const OUTSIDER = 'SD-LIEPAJA';

const ACCESS = graphql(`query ContractCaseAccess($id: ID!) {
  case(id: $id) { myRoles access { roles readableCategories writableCategories readableFields } }
}`);

const CASE_VIEW = graphql(`query ContractCaseView($id: ID!) {
  case(id: $id) {
    id status targetGroup client { id givenName personalCode }
    involvements { id role }
    assessments { id type healthFindings }
    planHistory { id version status }
    followUps(first: 20) { edges { node { id category summary } } }
    placements { id type carerName }
  }
}`);

const NODE = graphql(`query ContractNode($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Case { status targetGroup client { id givenName personalCode } }
    ... on Involvement { role }
    ... on Assessment { type healthFindings }
    ... on SupportPlan { version planStatus: status }
    ... on FollowUp { category summary }
    ... on Placement { placementType: type carerName }
  }
}`);

const PAGES = graphql(`query ContractPages($after: String) {
  cases(first: 1, after: $after) { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
}`);

const codes = (res: GqlResult) => res.errors.map((e) => e.extensions?.code);
const withoutPrefix = (res: GqlResult) => res.errors.map((e) => ({ code: e.extensions?.code, path: (e.path ?? []).slice(1).join('.') }));

describe('the contract: what a caller may read is said before it asks, and node(id:) answers as the case does', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  /** Every node of the case, by type (a follow-up per category). */
  const nodes: { type: string; id: string; rowCategory: Category | null }[] = [];

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    await openCase(hub, 'RIGA');
    const manager = await hub.token('SD-RIGA');
    for (const role of Object.values(InvolvementRole)) {
      if (role !== InvolvementRole.CASE_MANAGER) await involve(hub, opened.id, AGENCY_OF[role], role);
    }
    const ok = <T>(res: GqlResult<T>) => { expect(res.errors).toEqual([]); return res.data as T; };
    ok(await hub.gql(manager, graphql(`mutation ContractRecordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`), { input: {
      caseId: opened.id, type: 'HOME_VISIT', assessedOn: '2026-09-01', needsSummary: 'needs', healthFindings: 'health' } }));
    ok(await hub.gql(manager, graphql(`mutation ContractSavePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }`), { input: {
      caseId: opened.id, status: 'ACTIVE', ...completePlan(), validFrom: '2026-09-15', goals: [{ description: 'goal' }] } }));
    for (const category of ['FOLLOW_UP', 'HEALTH'] as const) {
      ok(await hub.gql(manager, graphql(`mutation ContractAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`), { input: {
        caseId: opened.id, kind: 'MEETING', occurredOn: '2026-10-01', summary: `about ${category}`, category } }));
    }
    ok(await hub.gql(await hub.token('BT-RIGA'), graphql(`mutation ContractRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`), { input: {
      caseId: opened.id, type: 'FOSTER_FAMILY', fosterForm: 'ORDINARY', carerName: 'Līga Kalniņa', carerRef: 'AG-RIGA-0007', startsOn: '2026-10-05',
      courtDecisionRef: 'BT-RIGA 2026/114' } }));
    const full = ok(await hub.gql(manager, CASE_VIEW, { id: opened.id })).case!;
    nodes.push({ type: 'Case', id: full.id, rowCategory: null });
    for (const i of full.involvements ?? []) nodes.push({ type: 'Involvement', id: i.id, rowCategory: null });
    for (const a of full.assessments ?? []) nodes.push({ type: 'Assessment', id: a.id, rowCategory: null });
    for (const p of full.planHistory ?? []) nodes.push({ type: 'SupportPlan', id: p.id, rowCategory: null });
    for (const e of full.followUps?.edges ?? []) nodes.push({ type: 'FollowUp', id: e.node.id, rowCategory: e.node.category as Category });
    for (const p of full.placements ?? []) nodes.push({ type: 'Placement', id: p.id, rowCategory: null });
    expect(new Set(nodes.map((n) => n.type))).toEqual(new Set(Object.keys(NODE_TYPES)));
  });
  afterAll(async () => { await hub.close(); });

  describe.each(Object.values(InvolvementRole))('%s', (role) => {
    const worker = { role: UserRole.CASE_WORKER };

    it('is told its roles, categories and readable fields, as the policy decides them', async () => {
      const res = await hub.gql(await hub.token(AGENCY_OF[role]), ACCESS, { id: opened.id });
      expect(res.errors).toEqual([]);
      const expected = caseAccessSummary(worker, [role], { adult: false });
      expect(res.data?.case?.access).toEqual(expected);
      expect(res.data?.case?.access.roles).toEqual([role]);
      // a field is listed exactly when its category is readable
      const personalCodeReadable = decide(worker, [role], FIELD_CATEGORIES.Client.personalCode as Category, 'read');
      expect(res.data?.case?.access.readableFields.includes('Client.personalCode')).toBe(personalCodeReadable);
      expect(res.data?.case?.access.readableFields).toContain('Case.status');
    });

    it('node(id:) answers each object exactly as its case lists it, NOT_FOUND where the case does not', async () => {
      const token = await hub.token(AGENCY_OF[role]);
      const viaCase = await hub.gql(token, CASE_VIEW, { id: opened.id });
      const listed = new Set<string>();
      const c = viaCase.data?.case;
      if (c) {
        listed.add(c.id);
        for (const list of [c.involvements, c.assessments, c.planHistory, c.placements]) for (const x of list ?? []) listed.add(x.id);
        for (const e of c.followUps?.edges ?? []) listed.add(e.node.id);
      }
      for (const node of nodes) {
        const res = await hub.gql(token, NODE, { id: node.id });
        if (listed.has(node.id)) {
          expect([node.type, res.data?.node?.__typename, res.data?.node?.id]).toEqual([node.type, node.type, node.id]);
          expect(codes(res).filter((code) => code !== 'FORBIDDEN')).toEqual([]);
        } else {
          expect([node.type, node.rowCategory, res.data?.node ?? null, codes(res)]).toEqual([node.type, node.rowCategory, null, ['NOT_FOUND']]);
        }
      }
    });

    it('node(caseId) returns what case(id:) returns: the same data, the same withheld fields', async () => {
      const token = await hub.token(AGENCY_OF[role]);
      const viaCase = await hub.gql(token, graphql(`query ContractCaseLikeNode($id: ID!) {
        case(id: $id) { id status targetGroup client { id givenName personalCode } }
      }`), { id: opened.id });
      const viaNode = await hub.gql(token, NODE, { id: opened.id });
      expect({ ...viaNode.data?.node, __typename: undefined }).toEqual({ ...viaCase.data?.case, __typename: undefined });
      expect(withoutPrefix(viaNode)).toEqual(withoutPrefix(viaCase));
    });
  });

  it('answers NOT_FOUND across agencies, and for ids that exist nowhere or are not ids', async () => {
    const outsider = await hub.token(OUTSIDER);
    for (const node of nodes) {
      const res = await hub.gql(outsider, NODE, { id: node.id });
      expect([node.type, res.data?.node ?? null, codes(res)]).toEqual([node.type, null, ['NOT_FOUND']]);
    }
    const manager = await hub.token('SD-RIGA');
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      expect(codes(await hub.gql(manager, NODE, { id }))).toEqual(['NOT_FOUND']);
    }
  });

  it('refuses node(id:) to roles that reach no case data, as case(id:) does', async () => {
    const analyst = await hub.token('LM', UserRole.ANALYST);
    expect(codes(await hub.gql(analyst, NODE, { id: opened.id }))).toEqual(['FORBIDDEN']);
  });

  it('gives page info both ends: startCursor, endCursor, hasPreviousPage after a cursor', async () => {
    const manager = await hub.token('SD-RIGA');
    const first = await hub.gql(manager, PAGES, {});
    const page1 = first.data!.cases;
    expect(page1.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: page1.edges[0].cursor, endCursor: page1.edges[0].cursor });
    const page2 = (await hub.gql(manager, PAGES, { after: page1.pageInfo.endCursor })).data!.cases;
    expect(page2.pageInfo.hasPreviousPage).toBe(true);
    expect(page2.pageInfo.startCursor).toBe(page2.edges[0].cursor);
  });
});
