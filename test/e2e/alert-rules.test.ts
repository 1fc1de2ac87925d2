import { raiseOverdueAlerts } from '../../src/alerts';
import { addDays, addMonths } from '../../src/kernel/dates';
import { UserRole } from '../../src/kernel/principal';
import { completePlan, involve, openCase, TODAY } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

/**
 * Issue 12, the alert rules of decisions that wait (a referral, a transfer, a closure) and of due
 * items turning overdue: each raised once and only once, with its cause; a rolled-back write raises
 * none; an alert never carries more than its recipient may read.
 */

const INBOX = graphql(`query AlertRulesInbox { inbox(first: 100) { edges { node { id caseId referralId kind subject category dueOn } } } }`);
const MARK = graphql(`mutation AlertRulesMark($ids: [ID!]!) { markAlertsRead(ids: $ids) }`);
const REFER = graphql(`mutation AlertRulesRefer($input: ReferInput!) { refer(input: $input) { id } }`);
const TRANSFER = graphql(`mutation AlertRulesTransfer($input: TransferCaseInput!) { transferCase(input: $input) { id } }`);
const ACCEPT = graphql(`mutation AlertRulesAccept($id: ID!) { acceptReferral(id: $id) { id status } }`);
const CLOSE = graphql(`mutation AlertRulesClose($input: RequestClosureInput!) { requestClosure(input: $input) { id } }`);
const PLAN = graphql(`mutation AlertRulesPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }`);
const PLACE = graphql(`mutation AlertRulesPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`);

type Node = { id: string; caseId: string | null; referralId: string | null; kind: string; subject: string | null; category: string | null;
  dueOn: string | null };

describe('alert rules: decisions waiting and items overdue', () => {
  let hub: TestHub;
  let sdManager: string;

  const inbox = async (token: string): Promise<Node[]> => {
    const res = await hub.gql(token, INBOX);
    expect(res.errors).toEqual([]);
    return (res.data?.inbox.edges ?? []).map((e) => e.node as Node);
  };
  const alertsOf = async (ref: string) => hub.db.query(
    `SELECT g.code, a.kind FROM alert a JOIN agency g ON g.id = a.agency_id WHERE a.ref = $1 ORDER BY g.code, a.kind`, [ref]);

  beforeAll(async () => {
    hub = await startHub();
    sdManager = await hub.token('SD-RIGA', UserRole.MANAGER);
  });
  afterAll(async () => { await hub.close(); });

  it('tells the receiving agency of a referral once, naming the referral and not the case', async () => {
    const c = await openCase(hub, 'RIGA');
    const sent = await hub.gql(sdManager, REFER, { input: { caseId: c.id, agencyCode: 'AC-RIGA-1', role: 'SUPPORT_CENTRE', reason: 'support' } });
    expect(sent.errors).toEqual([]);
    const id = sent.data!.refer.id;
    const centre = await hub.token('AC-RIGA-1');
    const mine = (await inbox(centre)).filter((n) => n.referralId === id);
    expect(mine.map(({ caseId, kind, subject, category }) => ({ caseId, kind, subject, category })))
      .toEqual([{ caseId: null, kind: 'REFERRAL_PENDING', subject: 'SUPPORT_CENTRE', category: 'CASE' }]);
    // nobody else hears of it; the centre marks it read like any other
    expect((await inbox(await hub.token('AC-KURZEME-1'))).filter((n) => n.referralId === id)).toEqual([]);
    expect((await inbox(sdManager)).filter((n) => n.referralId === id)).toEqual([]);
    expect((await hub.gql(centre, MARK, { ids: mine.map((n) => n.id) })).data).toEqual({ markAlertsRead: 1 });
    expect((await hub.gql(await hub.token('AC-KURZEME-1'), MARK, { ids: mine.map((n) => n.id) })).data).toEqual({ markAlertsRead: 0 });
    // accepting raises nothing more
    expect((await hub.gql(await hub.token('AC-RIGA-1', UserRole.MANAGER), ACCEPT, { id })).data?.acceptReferral.status).toBe('ACCEPTED');
    expect(await alertsOf(id)).toEqual([{ code: 'AC-RIGA-1', kind: 'REFERRAL_PENDING' }]);
  });

  it('tells the receiving social service of a transfer once, without the case until it accepts', async () => {
    const c = await openCase(hub, 'RIGA');
    const asked = await hub.gql(await hub.token('SD-RIGA'), TRANSFER, { input: { caseId: c.id, toMunicipalityCode: 'OGRES_NOV', reason: 'moved' } });
    expect(asked.errors).toEqual([]);
    const id = asked.data!.transferCase.id;
    const receiving = await hub.token('SD-OGRES_NOV', UserRole.MANAGER);
    expect((await inbox(receiving)).filter((n) => n.referralId === id).map(({ caseId, kind, subject }) => ({ caseId, kind, subject })))
      .toEqual([{ caseId: null, kind: 'TRANSFER_PENDING', subject: 'CASE_MANAGER' }]);
    expect((await inbox(await hub.token('SD-JURMALA'))).filter((n) => n.referralId === id)).toEqual([]);
    expect((await hub.gql(receiving, ACCEPT, { id })).errors).toEqual([]);
    expect(await alertsOf(id)).toEqual([{ code: 'SD-OGRES_NOV', kind: 'TRANSFER_PENDING' }]);
  });

  it("tells the managing service's MANAGERs, once, of a closure waiting for approval", async () => {
    await hub.db.query(`UPDATE municipality SET closure_needs_approval = true WHERE code = 'JURMALA'`);
    const c = await openCase(hub, 'JURMALA');
    await involve(hub, c.id, 'BT-JURMALA', 'ORPHAN_COURT', 'SD-JURMALA');
    const asked = await hub.gql(await hub.token('SD-JURMALA'), CLOSE,
      { input: { caseId: c.id, to: 'CLOSED', reason: 'goals achieved', expectedVersion: 1 } });
    expect(asked.errors).toEqual([]);
    const id = asked.data!.requestClosure.id;
    expect(await alertsOf(id)).toEqual([{ code: 'SD-JURMALA', kind: 'CLOSURE_PENDING' }]);
    const forCase = (nodes: Node[]) => nodes.filter((n) => n.caseId === c.id && n.kind === 'CLOSURE_PENDING');
    expect(forCase(await inbox(await hub.token('SD-JURMALA', UserRole.MANAGER))).map((n) => n.subject)).toEqual(['CLOSED']);
    for (const token of [await hub.token('SD-JURMALA'), await hub.token('SD-JURMALA', UserRole.SPECIALIST), await hub.token('BT-JURMALA', UserRole.MANAGER)]) {
      expect(forCase(await inbox(token))).toEqual([]);
    }
  });

  it('raises nothing for a referral, transfer or closure request that is rolled back', async () => {
    const c = await openCase(hub, 'RIGA');
    const count = async () => (await hub.db.query('SELECT count(*)::int AS n FROM alert'))[0].n as number;
    const before = await count();
    await hub.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO referral (case_id, from_agency_id, to_agency_id, role, reason, proposed_from, expires_at, referred_by_user_id)
         SELECT $1, f.id, t.id, v.role, 'rolled back', $2, now() + interval '1 day', 'x'
           FROM agency f, (VALUES ('AC-RIGA-1', 'SUPPORT_CENTRE'), ('SD-OGRES_NOV', 'CASE_MANAGER')) AS v(code, role) JOIN agency t ON t.code = v.code
          WHERE f.code = 'SD-RIGA'`, [c.id, TODAY]);
      await tx.query(
        `INSERT INTO case_closure_request (case_id, to_status, reason, requested_by_agency_id, requested_by_user_id)
         SELECT $1, 'CLOSED', 'rolled back', a.id, 'x' FROM agency a WHERE a.code = 'SD-RIGA'`, [c.id]);
      expect(await count()).toBe(before + 3);
      throw new Error('roll back');
    }).catch(() => undefined);
    expect(await count()).toBe(before);
  });

  it('raises one OVERDUE alert for each of the reassessment, the quarterly review, the stay limit and the visit after closure', async () => {
    const c = await openCase(hub, 'RIGA');
    await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
    // the previous provider the client left 7 months ago, which has not reviewed the situation since
    await involve(hub, c.id, 'VSAC-RIGA', 'PREVIOUS_PROVIDER', 'SD-RIGA', { validFrom: `${addMonths(TODAY, -7)}T00:00:00Z` });
    const sd = await hub.token('SD-RIGA');
    expect((await hub.gql(sd, PLAN, { input: { caseId: c.id, status: 'ACTIVE', ...completePlan(), validFrom: addMonths(TODAY, -13),
      goals: [{ description: 'a stable home' }] } })).errors).toEqual([]);
    expect((await hub.gql(await hub.token('BT-RIGA'), PLACE, { input: { caseId: c.id, type: 'INSTITUTION', providerAgencyCode: 'BSAC-RIGA',
      startsOn: addMonths(TODAY, -8), courtDecisionRef: 'BT 12' } })).errors).toEqual([]);
    // a case closed with monitoring after closure 5 months ago, never visited since
    const closed = await openCase(hub, 'RIGA');
    await hub.db.query(`UPDATE care_case SET status = 'POST_CLOSURE_MONITORING', closed_on = $2 WHERE id = $1`, [closed.id, addMonths(TODAY, -5)]);

    const overdue = await hub.db.query(
      `SELECT kind, count(*)::int AS n FROM due_date WHERE case_id = ANY($1) AND due_on < $2 GROUP BY kind ORDER BY kind`, [[c.id, closed.id], TODAY]);
    expect(overdue.map((r: { kind: string }) => r.kind)).toEqual(['INSTITUTION_STAY_LIMIT', 'MONITORING_VISIT', 'PLAN_REASSESSMENT', 'SITUATION_REVIEW']);

    expect(await raiseOverdueAlerts(hub.db)).toBeGreaterThanOrEqual(6);
    expect(await raiseOverdueAlerts(hub.db)).toBe(0);
    // a later run, the items still overdue, raises nothing more either
    expect(await raiseOverdueAlerts(hub.db, addDays(TODAY, 1))).toBe(0);
    const raised = await hub.db.query(
      `SELECT a.subject, g.code, count(*)::int AS n FROM alert a JOIN agency g ON g.id = a.agency_id
        WHERE a.case_id = ANY($1) AND a.kind = 'OVERDUE' GROUP BY a.subject, g.code ORDER BY a.subject, g.code`, [[c.id, closed.id]]);
    // to the agency responsible (the case manager when none); a stay past its limit to the orphan court too (it decides on
    // the placement), a previous provider's missed review to the case manager too (it receives the reviews)
    expect(raised).toEqual([
      { subject: 'INSTITUTION_STAY_LIMIT', code: 'BT-RIGA', n: 1 },
      { subject: 'INSTITUTION_STAY_LIMIT', code: 'SD-RIGA', n: 1 },
      { subject: 'MONITORING_VISIT', code: 'SD-RIGA', n: 1 },
      { subject: 'PLAN_REASSESSMENT', code: 'SD-RIGA', n: 1 },
      { subject: 'SITUATION_REVIEW', code: 'SD-RIGA', n: 1 },
      { subject: 'SITUATION_REVIEW', code: 'VSAC-RIGA', n: 1 },
    ]);
    // each shown to its recipient, under its category
    const shown = (await inbox(await hub.token('VSAC-RIGA'))).filter((n) => n.caseId === c.id && n.kind === 'OVERDUE');
    expect(shown.map((n) => [n.subject, n.category])).toEqual([['SITUATION_REVIEW', 'FOLLOW_UP']]);
  });
});
