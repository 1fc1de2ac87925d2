import { raiseOverdueAlerts } from '../../src/alerts';
import { addDays } from '../../src/kernel/dates';
import { UserRole } from '../../src/kernel/principal';
import { involve, openCase, OpenedCase, TODAY, completePlan } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';

/** Issue 12, alerts and an inbox per agency: raised once with their cause, shown only where the recipient may read them. */

const INBOX = `query AlertsInbox($unreadOnly: Boolean) { inbox(first: 50, unreadOnly: $unreadOnly) {
  edges { node { id caseId kind subject category dueOn read } } pageInfo { hasNextPage } } }`;
const FOLLOW_UP = `mutation AlertsFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }`;
const MARK = `mutation AlertsMark($ids: [ID!]!) { markAlertsRead(ids: $ids) }`;

interface Node { id: string; caseId: string; kind: string; subject: string; category: string; dueOn: string | null; read: boolean }

describe('alerts and the inbox', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  let sd: string;

  const inbox = async (token: string, unreadOnly = false): Promise<Node[]> => {
    const res = await hub.gql<{ inbox: { edges: { node: Node }[] } }>(token, INBOX, { unreadOnly });
    expect(res.errors).toEqual([]);
    return (res.data?.inbox.edges ?? []).map((e) => e.node);
  };
  const ofCase = (nodes: Node[], caseId: string) => nodes.filter((n) => n.caseId === caseId);
  const crisis = (caseId: string, category = 'FOLLOW_UP') => hub.gql(sd, FOLLOW_UP,
    { input: { caseId, kind: 'CRISIS', occurredOn: TODAY, summary: 'the child ran away from home', category } });

  beforeAll(async () => {
    hub = await startHub();
    sd = await hub.token('SD-RIGA');
    opened = await openCase(hub, 'RIGA');
    await involve(hub, opened.id, 'BT-RIGA', 'ORPHAN_COURT');
    await involve(hub, opened.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
  });
  afterAll(async () => { await hub.close(); });

  it('raises one alert per CRISIS follow-up to the case manager and the orphan court, and to no one else', async () => {
    const res: GqlResult = await crisis(opened.id);
    expect(res.errors).toEqual([]);
    const court = await hub.token('BT-RIGA');
    for (const token of [sd, court]) {
      expect(ofCase(await inbox(token), opened.id).map((n) => [n.kind, n.subject, n.category, n.read]))
        .toEqual([['CRISIS_FOLLOW_UP', 'CRISIS', 'FOLLOW_UP', false]]);
    }
    expect(ofCase(await inbox(await hub.token('AC-RIGA-1')), opened.id)).toEqual([]);
    expect(ofCase(await inbox(await hub.token('SD-JURMALA')), opened.id)).toEqual([]);
    // a correction of the same entry raises nothing more
    const [row] = await hub.db.query(`SELECT id, version FROM follow_up WHERE case_id = $1 AND kind = 'CRISIS'`, [opened.id]);
    expect((await hub.gql(sd, `mutation($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }`,
      { id: row.id, input: { expectedVersion: row.version, summary: 'the child ran away; found at a friend' } })).errors).toEqual([]);
    expect(ofCase(await inbox(sd), opened.id)).toHaveLength(1);
  });

  it('never shows an alert its recipient could not query: a CRISIS filed under HEALTH reaches the case manager only', async () => {
    const other = await openCase(hub, 'RIGA');
    await involve(hub, other.id, 'BT-RIGA', 'ORPHAN_COURT');
    expect((await crisis(other.id, 'HEALTH')).errors).toEqual([]);
    expect(ofCase(await inbox(sd), other.id).map((n) => n.category)).toEqual(['HEALTH']);
    // the court's alert exists, and is not shown (the orphan court does not read HEALTH)
    const [{ n }] = await hub.db.query(
      `SELECT count(*)::int AS n FROM alert a JOIN agency g ON g.id = a.agency_id WHERE g.code = 'BT-RIGA' AND a.case_id = $1`, [other.id]);
    expect(n).toBe(1);
    expect(ofCase(await inbox(await hub.token('BT-RIGA')), other.id)).toEqual([]);
  });

  it('raises nothing for a write that is rolled back', async () => {
    const before = (await hub.db.query('SELECT count(*)::int AS n FROM alert'))[0].n as number;
    await hub.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO follow_up (case_id, kind, occurred_on, author_agency_id, author_user_id, summary, category)
         SELECT $1, 'CRISIS', $2, a.id, 'x', 'rolled back', 'FOLLOW_UP' FROM agency a WHERE a.code = 'SD-RIGA'`, [opened.id, TODAY]);
      expect((await tx.query('SELECT count(*)::int AS n FROM alert'))[0].n).toBe(before + 2);
      throw new Error('roll back');
    }).catch(() => undefined);
    expect((await hub.db.query('SELECT count(*)::int AS n FROM alert'))[0].n).toBe(before);
  });

  it('raises one alert when a due item passes its date, however often the job runs', async () => {
    const planned = await openCase(hub, 'RIGA');
    const saved = await hub.gql(sd, `mutation($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }`, { input: {
      caseId: planned.id, status: 'ACTIVE', ...completePlan(), validFrom: addDays(TODAY, -10), goals: [{ description: 'school every day' }],
      tasks: [{ goalPosition: 1, description: 'enrol in school', deadline: addDays(TODAY, -1), expectedResult: 'enrolled' }] } });
    expect(saved.errors).toEqual([]);
    expect(await raiseOverdueAlerts(hub.db)).toBeGreaterThanOrEqual(1);
    expect(await raiseOverdueAlerts(hub.db)).toBe(0);
    expect(ofCase(await inbox(sd), planned.id).map((n) => [n.kind, n.subject, n.category, n.dueOn]))
      .toEqual([['OVERDUE', 'TASK_DEADLINE', 'PLAN', addDays(TODAY, -1)]]);
  });

  it("tells the case manager of a plan the assessment team drafted, once", async () => {
    const assessed = await openCase(hub, 'RIGA');
    await involve(hub, assessed.id, 'AT-RIGA-1', 'ASSESSMENT_TEAM');
    const team = await hub.token('AT-RIGA-1');
    const draft = (description: string) => hub.gql(team, `mutation($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }`,
      { input: { caseId: assessed.id, status: 'DRAFT', validFrom: TODAY, goals: [{ description }] } });
    expect((await draft('a stable home')).errors).toEqual([]);
    expect(ofCase(await inbox(sd), assessed.id).map((n) => [n.kind, n.category])).toEqual([['PLAN_DRAFTED', 'PLAN']]);
    // the case manager's own drafts raise nothing
    expect((await hub.gql(sd, `mutation($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }`,
      { input: { caseId: assessed.id, status: 'DRAFT', validFrom: TODAY, goals: [{ description: 'x' }] } })).errors).toEqual([]);
    expect(ofCase(await inbox(sd), assessed.id)).toHaveLength(1);
    expect(ofCase(await inbox(team), assessed.id)).toEqual([]);
  });

  it('keeps read state per user, and marks only what the caller may see', async () => {
    const mine = ofCase(await inbox(sd), opened.id);
    const court = await hub.token('BT-RIGA');
    const courtsAlerts = ofCase(await inbox(court), opened.id);
    // another agency's alert is not the caller's to mark
    expect((await hub.gql(sd, MARK, { ids: courtsAlerts.map((n) => n.id) })).data).toEqual({ markAlertsRead: 0 });
    expect((await hub.gql(sd, MARK, { ids: mine.map((n) => n.id) })).data).toEqual({ markAlertsRead: 1 });
    expect((await hub.gql(sd, MARK, { ids: mine.map((n) => n.id) })).data).toEqual({ markAlertsRead: 0 });
    expect(ofCase(await inbox(sd), opened.id).map((n) => n.read)).toEqual([true]);
    expect(ofCase(await inbox(sd, true), opened.id)).toEqual([]);
    // a colleague of the same agency has not read it
    const colleague = await hub.token('SD-RIGA', UserRole.MANAGER);
    expect(ofCase(await inbox(colleague, true), opened.id).map((n) => n.read)).toEqual([false]);
    expect(ofCase(await inbox(court, true), opened.id)).toHaveLength(1);
  });

  it('is for case-handling users only', async () => {
    for (const [agency, role] of [['SD-RIGA', UserRole.DPO], ['SD-RIGA', UserRole.ANALYST]] as const) {
      const res = await hub.gql(await hub.token(agency, role), INBOX, {});
      expect([agency, role, res.errors.map((e) => e.extensions?.code)]).toEqual([agency, role, ['FORBIDDEN']]);
      const marked = await hub.gql(await hub.token(agency, role), MARK, { ids: [] });
      expect([agency, role, marked.errors.map((e) => e.extensions?.code)]).toEqual([agency, role, ['FORBIDDEN']]);
    }
  });
});
