import { UserRole } from '../../src/kernel/principal';
import { addDays } from '../../src/kernel/dates';
import { involve, openCase, OpenedCase, TODAY } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';

/** Issue 12: referrals with acceptance — accepted, declined, expired, withdrawn, and accept against withdraw at once. */

const REFER = `mutation ReferralsRefer($input: ReferInput!) { refer(input: $input) { id caseId status role targetGroup municipalityCode reason } }`;
const ACCEPT = 'mutation ReferralsAccept($id: ID!) { acceptReferral(id: $id) { id caseId status } }';
const DECLINE = 'mutation ReferralsDecline($id: ID!, $reason: String!) { declineReferral(id: $id, reason: $reason) { id status declineReason } }';
const WITHDRAW = 'mutation ReferralsWithdraw($id: ID!) { withdrawReferral(id: $id) { id status } }';
const RECEIVED = `query ReferralsReceived($pendingOnly: Boolean) { referrals(direction: RECEIVED, pendingOnly: $pendingOnly) {
  edges { node { id caseId status role targetGroup municipalityCode reason proposedFrom } } } }`;
const READ = 'query ReferralsRead($id: ID!) { case(id: $id) { id status client { givenName } } }';

interface ReferralNode { id: string; caseId: string | null; status: string; role: string; targetGroup: string; municipalityCode: string; reason: string }

const codes = (res: GqlResult) => res.errors.map((e) => e.extensions?.code);

describe('referrals with acceptance', () => {
  let hub: TestHub;
  let manager: string;
  let centre: string;

  const refer = async (c: OpenedCase, reason = 'support for the foster family') => {
    const res = await hub.gql<{ refer: ReferralNode }>(manager, REFER, { input: { caseId: c.id, agencyCode: 'AC-RIGA-1', role: 'SUPPORT_CENTRE', reason } });
    expect(res.errors).toEqual([]);
    return res.data!.refer;
  };
  const received = async (token: string, pendingOnly = false) =>
    ((await hub.gql<{ referrals: { edges: { node: ReferralNode }[] } }>(token, RECEIVED, { pendingOnly })).data?.referrals.edges ?? []).map((e) => e.node);

  beforeAll(async () => {
    hub = await startHub();
    manager = await hub.token('SD-RIGA', UserRole.MANAGER);
    centre = await hub.token('AC-RIGA-1', UserRole.MANAGER);
  });
  afterAll(async () => { await hub.close(); });

  it('shows the receiving agency the minimum to decide on, and nothing of the case until it accepts', async () => {
    const c = await openCase(hub, 'RIGA');
    const sent = await refer(c);
    expect(sent).toMatchObject({ caseId: c.id, status: 'PENDING', role: 'SUPPORT_CENTRE', targetGroup: 'CHILD_WITHOUT_PARENTAL_CARE', municipalityCode: 'RIGA' });
    const inbox = (await received(centre)).find((r) => r.id === sent.id);
    expect(inbox).toMatchObject({ caseId: null, status: 'PENDING', reason: 'support for the foster family', targetGroup: 'CHILD_WITHOUT_PARENTAL_CARE' });
    expect(codes(await hub.gql(centre, READ, { id: c.id }))).toEqual(['NOT_FOUND']);
    // another agency does not see it at all
    expect((await received(await hub.token('AC-KURZEME-1', UserRole.MANAGER))).find((r) => r.id === sent.id)).toBeUndefined();

    const accepted = await hub.gql<{ acceptReferral: ReferralNode }>(centre, ACCEPT, { id: sent.id });
    expect(accepted.errors).toEqual([]);
    expect(accepted.data?.acceptReferral).toMatchObject({ status: 'ACCEPTED', caseId: c.id });
    const read = await hub.gql<{ case: { client: { givenName: string } } }>(await hub.token('AC-RIGA-1'), READ, { id: c.id });
    expect(read.data?.case.client.givenName).toBe('Anna');
    // every step is in the case's access log
    const ops = (await hub.db.query(`SELECT operation FROM audit_log WHERE case_id = $1 AND kind = 'WRITE' ORDER BY id`, [c.id]))
      .map((r: { operation: string }) => r.operation);
    expect(ops).toEqual(['openCase', 'refer', 'acceptReferral']);
    // answered once
    expect(codes(await hub.gql(centre, ACCEPT, { id: sent.id }))).toEqual(['CONFLICT']);
  });

  it('closes a declined referral with its reason, creating nothing', async () => {
    const c = await openCase(hub, 'RIGA');
    const sent = await refer(c);
    expect(codes(await hub.gql(centre, DECLINE, { id: sent.id, reason: ' ' }))).toEqual(['BAD_USER_INPUT']);
    const declined = await hub.gql<{ declineReferral: ReferralNode & { declineReason: string } }>(centre, DECLINE,
      { id: sent.id, reason: 'no free places until spring' });
    expect(declined.data?.declineReferral).toMatchObject({ status: 'DECLINED', declineReason: 'no free places until spring' });
    const [{ n }] = await hub.db.query(`SELECT count(*)::int AS n FROM involvement WHERE case_id = $1 AND role = 'SUPPORT_CENTRE'`, [c.id]);
    expect(n).toBe(0);
  });

  it('lets a referral expire: it can no longer be accepted, and a new one can be sent', async () => {
    const c = await openCase(hub, 'RIGA');
    const sent = await refer(c);
    await hub.db.query(`UPDATE referral SET referred_at = now() - interval '20 days', expires_at = now() - interval '6 days' WHERE id = $1`, [sent.id]);
    expect((await received(centre)).find((r) => r.id === sent.id)?.status).toBe('EXPIRED');
    expect((await received(centre, true)).find((r) => r.id === sent.id)).toBeUndefined();
    const late = await hub.gql(centre, ACCEPT, { id: sent.id });
    expect(codes(late)).toEqual(['CONFLICT']);
    expect(late.errors[0].message).toContain('expired');
    expect((await refer(c, 'asked again')).status).toBe('PENDING');
  });

  it('lets exactly one of accept and withdraw win when both come at once', async () => {
    for (let round = 0; round < 5; round += 1) {
      const c = await openCase(hub, 'RIGA');
      const sent = await refer(c);
      const [accepted, withdrawn] = await Promise.all([hub.gql(centre, ACCEPT, { id: sent.id }), hub.gql(manager, WITHDRAW, { id: sent.id })]);
      const winners = [accepted, withdrawn].filter((r) => r.errors.length === 0);
      expect(winners).toHaveLength(1);
      expect([...codes(accepted), ...codes(withdrawn)]).toEqual(['CONFLICT']);
      const [row] = await hub.db.query(
        `SELECT r.status, (SELECT count(*)::int FROM involvement i WHERE i.case_id = r.case_id AND i.role = 'SUPPORT_CENTRE') AS involvements
           FROM referral r WHERE r.id = $1`, [sent.id]);
      expect(row).toEqual(accepted.errors.length === 0 ? { status: 'ACCEPTED', involvements: 1 } : { status: 'WITHDRAWN', involvements: 0 });
    }
  });

  it('is sent by the case manager\'s MANAGER and answered by the receiving agency\'s MANAGER only', async () => {
    const c = await openCase(hub, 'RIGA');
    await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
    const input = { caseId: c.id, agencyCode: 'AC-RIGA-1', role: 'SUPPORT_CENTRE', reason: 'x' };
    expect(codes(await hub.gql(await hub.token('SD-RIGA'), REFER, { input }))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.gql(await hub.token('BT-RIGA', UserRole.MANAGER), REFER, { input }))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.gql(await hub.token('SD-JURMALA', UserRole.MANAGER), REFER, { input }))).toEqual(['NOT_FOUND']);
    const sent = await refer(c);
    expect(codes(await hub.gql(await hub.token('AC-RIGA-1'), ACCEPT, { id: sent.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.gql(await hub.token('AC-KURZEME-1', UserRole.MANAGER), ACCEPT, { id: sent.id }))).toEqual(['NOT_FOUND']);
    // the wrong kind of agency for the role, the case manager's role, a date in the past
    expect(codes(await hub.gql(manager, REFER, { input: { ...input, agencyCode: 'AT-RIGA-1' } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await hub.gql(manager, REFER, { input: { ...input, role: 'CASE_MANAGER' } }))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await hub.gql(manager, REFER, { input: { ...input, proposedFrom: addDays(TODAY, -1) } }))).toEqual(['BAD_USER_INPUT']);
    // one pending referral of a case to an agency for a role
    expect(codes(await hub.gql(manager, REFER, { input }))).toEqual(['CONFLICT']);
  });
});
