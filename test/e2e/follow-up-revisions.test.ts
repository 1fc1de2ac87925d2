import { UserRole } from '../../src/kernel/principal';
import { involve, openCase, OpenedCase } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { FollowUpCategory } from '../graphql/graphql';

const ADD = graphql(`mutation RevisionsAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }`);
const UPDATE = graphql(`mutation RevisionsUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version } }`);
const HISTORY = graphql(`query RevisionsHistory($id: ID!) {
  case(id: $id) { followUps(first: 50) { edges { node { id category summary version
    revisions { version kind occurredOn summary recommendations category replacedByUserId replacedAt } } } } }
}`);

type Node = { id: string; category: string | null; summary: string | null; revisions: { version: number | null; summary: string | null; category: string | null }[] | null };

/** FollowUp.revisions (issue 12, point 3): what corrections replaced, readable as the follow-up is, each revision under its own category. */
describe('follow-up revisions', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  let manager: string;
  let centre: string;

  async function add(token: string, summary: string, category: FollowUpCategory = 'FOLLOW_UP'): Promise<string> {
    const res = await hub.gql(token, ADD, { input: { caseId: opened.id, kind: 'HOME_VISIT', occurredOn: '2026-11-02', summary, category } });
    expect(res.errors).toEqual([]);
    return res.data?.addFollowUp.id as string;
  }

  async function correct(token: string, id: string, expectedVersion: number, summary: string, category?: FollowUpCategory): Promise<void> {
    const res = await hub.gql(token, UPDATE, { id, input: { expectedVersion, summary, ...(category ? { category } : {}) } });
    expect(res.errors).toEqual([]);
  }

  async function entries(token: string): Promise<Map<string, Node>> {
    const res = await hub.gql(token, HISTORY, { id: opened.id });
    expect(res.errors).toEqual([]);
    return new Map((res.data?.case?.followUps?.edges ?? []).map((e) => [e.node.id, e.node as Node]));
  }

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    await involve(hub, opened.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    manager = await hub.token('SD-RIGA');
    centre = await hub.token('AC-RIGA-1', UserRole.SPECIALIST);
  });
  afterAll(async () => { await hub.close(); });

  it('shows the corrections of an entry, oldest first, to every agency that may read it', async () => {
    const id = await add(manager, 'first text');
    await correct(manager, id, 1, 'second text');
    await correct(manager, id, 2, 'third text');
    for (const token of [manager, centre]) {
      const node = (await entries(token)).get(id);
      expect(node?.summary).toBe('third text');
      expect(node?.revisions).toEqual([
        expect.objectContaining({ version: 1, summary: 'first text', category: 'FOLLOW_UP', kind: 'HOME_VISIT', occurredOn: '2026-11-02' }),
        expect.objectContaining({ version: 2, summary: 'second text', category: 'FOLLOW_UP' }),
      ]);
    }
    const [revision] = (await hub.gql(manager, HISTORY, { id: opened.id })).data?.case?.followUps?.edges
      .find((e) => e.node.id === id)?.node.revisions ?? [];
    expect(revision?.replacedByUserId).toBeTruthy();
    expect(revision?.replacedAt).toBeTruthy();
  });

  it('leaves out a revision filed under a category the caller may not read (a HEALTH entry refiled), and shows it to who may', async () => {
    const id = await add(manager, 'diagnosis discussed with the doctor', 'HEALTH');
    await correct(manager, id, 1, 'met the family', 'FOLLOW_UP');
    const forCentre = (await entries(centre)).get(id);
    expect(forCentre?.summary).toBe('met the family');
    expect(forCentre?.revisions).toEqual([]);
    expect(JSON.stringify(await hub.gql(centre, HISTORY, { id: opened.id }))).not.toContain('diagnosis');
    expect((await entries(manager)).get(id)?.revisions).toEqual([
      expect.objectContaining({ version: 1, summary: 'diagnosis discussed with the doctor', category: 'HEALTH' })]);
  });

  it('hides the revisions with the entry: an entry refiled under HEALTH, and a case the agency does not reach', async () => {
    const id = await add(manager, 'visit notes, before refiling');
    await correct(manager, id, 1, 'now about health', 'HEALTH');
    expect((await entries(centre)).has(id)).toBe(false);
    expect((await entries(manager)).get(id)?.revisions).toEqual([
      expect.objectContaining({ version: 1, summary: 'visit notes, before refiling', category: 'FOLLOW_UP' })]);
    const stranger = await hub.gql(await hub.token('SD-JURMALA'), HISTORY, { id: opened.id });
    expect(stranger.errors[0].extensions?.code).toBe('NOT_FOUND');
    expect(stranger.raw).not.toContain('before refiling');
  });

  it('audits the read of revisions under the revision category, and loads them in one statement for any number of entries', async () => {
    const before = hub.requests.length;
    await entries(manager);
    const many = hub.requests[before].statements;
    const extra = await add(manager, 'one more');
    await correct(manager, extra, 1, 'one more, corrected');
    const now = hub.requests.length;
    await entries(manager);
    expect(hub.requests[now].statements).toBe(many);
    const [row] = await hub.db.query(
      `SELECT categories FROM audit_log WHERE kind = 'READ' AND case_id = $1 AND operation = 'RevisionsHistory' AND 'HEALTH' = ANY(categories)
        ORDER BY id DESC LIMIT 1`, [opened.id]);
    expect(row.categories).toEqual(expect.arrayContaining(['FOLLOW_UP', 'HEALTH']));
  });
});
