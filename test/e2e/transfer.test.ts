import { UserRole } from '../../src/kernel/principal';
import { involve, openCase, OpenedCase, TODAY } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

/**
 * Issue 12: transferCase is a request the receiving municipality's social service accepts. Until it
 * accepts, the case stays with its manager and the receiving service sees only the minimum to decide;
 * accepting hands the case over in one transaction. (Before issue 12 a transfer took effect at once:
 * the assertions that the case moved as transferCase answered became assertions on the acceptance.)
 */

const TRANSFER = graphql(`mutation TransferCase($input: TransferCaseInput!) {
  transferCase(input: $input) { id caseId status from { code } to { code } at expiresAt }
}`);
const ACCEPT = graphql(`mutation TransferAccept($id: ID!, $caseWorker: TransferCaseWorkerInput) {
  acceptReferral(id: $id, caseWorker: $caseWorker) { id status caseId role }
}`);
const DECLINE = graphql(`mutation TransferDecline($id: ID!, $reason: String!) { declineReferral(id: $id, reason: $reason) { id status declineReason } }`);
const WITHDRAW = graphql(`mutation TransferWithdraw($id: ID!) { withdrawReferral(id: $id) { id status } }`);
const RECEIVED = graphql(`query TransferReceived { referrals(direction: RECEIVED) {
  edges { node { id caseId status role targetGroup municipalityCode reason } } } }`);
const CASE = graphql(`query TransferCaseView($id: ID!) { case(id: $id) { myRoles responsibleMunicipality { code } caseManager { userId name } client { declaredMunicipalityCode } } }`);
const FOLLOW_UP = graphql(`mutation TransferFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`);

const codes = (res: GqlResult) => res.errors.map((e) => e.extensions?.code);

describe('transferCase: the client moves to another municipality, and its social service accepts the case', () => {
  let hub: TestHub;
  let worker: string;
  let receiving: string;

  const request = async (c: OpenedCase, to = 'OGRES_NOV', token = worker) => {
    const res = await hub.gql(token, TRANSFER, { input: { caseId: c.id, toMunicipalityCode: to, reason: 'the family moved to Ogre' } });
    expect(res.errors).toEqual([]);
    return res.data!.transferCase;
  };
  const managers = async (caseId: string) => (await hub.db.query(
    `SELECT a.code FROM involvement i JOIN agency a ON a.id = i.agency_id WHERE i.case_id = $1 AND i.role = 'CASE_MANAGER' AND i.ended_at IS NULL`,
    [caseId])).map((r: { code: string }) => r.code);

  beforeAll(async () => {
    hub = await startHub();
    worker = await hub.token('SD-RIGA');
    receiving = await hub.token('SD-OGRES_NOV', UserRole.MANAGER);
  });
  afterAll(async () => { await hub.close(); });

  it('is asked by the case manager only', async () => {
    const c = await openCase(hub, 'RIGA');
    await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
    const res = await hub.gql(await hub.token('BT-RIGA', UserRole.MANAGER), TRANSFER,
      { input: { caseId: c.id, toMunicipalityCode: 'OGRES_NOV', reason: 'moved' } });
    expect(codes(res)).toEqual(['FORBIDDEN']);
  });

  it('refuses an unknown municipality and the current one, naming the field', async () => {
    const c = await openCase(hub, 'RIGA');
    for (const code of ['ATLANTIDA', 'RIGA']) {
      const res = await hub.gql(worker, TRANSFER, { input: { caseId: c.id, toMunicipalityCode: code, reason: 'moved' } });
      expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.toMunicipalityCode' });
    }
  });

  it('changes nothing until accepted: the case keeps its manager, the receiving service sees only the minimum to decide', async () => {
    const c = await openCase(hub, 'RIGA');
    const asked = await request(c);
    expect(asked).toMatchObject({ caseId: c.id, status: 'PENDING', from: { code: 'SD-RIGA' }, to: { code: 'SD-OGRES_NOV' } });
    expect(Date.parse(asked.expiresAt) - Date.parse(asked.at)).toBe(14 * 24 * 3600 * 1000);

    expect(await managers(c.id)).toEqual(['SD-RIGA']);
    const kept = await hub.gql(worker, CASE, { id: c.id });
    expect(kept.data?.case).toMatchObject({ myRoles: ['CASE_MANAGER'], responsibleMunicipality: { code: 'RIGA' } });
    // the old manager goes on working on the case meanwhile
    expect((await hub.gql(worker, FOLLOW_UP, { input: { caseId: c.id, kind: 'HOME_VISIT', occurredOn: TODAY, summary: 'visit' } })).errors)
      .toEqual([]);

    const seen = (await hub.gql(receiving, RECEIVED)).data?.referrals.edges.map((e) => e.node).find((r) => r.id === asked.id);
    expect(seen).toEqual({ id: asked.id, caseId: null, status: 'PENDING', role: 'CASE_MANAGER', targetGroup: 'CHILD_WITHOUT_PARENTAL_CARE',
      municipalityCode: 'RIGA', reason: 'the family moved to Ogre' });
    expect(codes(await hub.gql(receiving, CASE, { id: c.id }))).toEqual(['NOT_FOUND']);
    // another social service does not see it at all
    const other = (await hub.gql(await hub.token('SD-JURMALA', UserRole.MANAGER), RECEIVED)).data?.referrals.edges ?? [];
    expect(other.find((e) => e.node.id === asked.id)).toBeUndefined();
    // one pending transfer of a case at a time
    const again = await hub.gql(worker, TRANSFER, { input: { caseId: c.id, toMunicipalityCode: 'JURMALA', reason: 'moved again' } });
    expect(codes(again)).toEqual(['CONFLICT']);
  });

  it("is accepted by the receiving service's MANAGER only, and then hands the case over in one transaction", async () => {
    const c = await openCase(hub, 'RIGA');
    await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
    const asked = await request(c);
    expect(codes(await hub.gql(await hub.token('SD-OGRES_NOV'), ACCEPT, { id: asked.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.gql(await hub.token('SD-JURMALA', UserRole.MANAGER), ACCEPT, { id: asked.id }))).toEqual(['NOT_FOUND']);
    expect(codes(await hub.gql(await hub.token('SD-RIGA', UserRole.MANAGER), ACCEPT, { id: asked.id }))).toEqual(['NOT_FOUND']);

    const accepted = await hub.gql(receiving, ACCEPT, { id: asked.id });
    expect(accepted.errors).toEqual([]);
    expect(accepted.data?.acceptReferral).toEqual({ id: asked.id, status: 'ACCEPTED', caseId: c.id, role: 'CASE_MANAGER' });

    expect(await managers(c.id)).toEqual(['SD-OGRES_NOV']);
    expect(codes(await hub.gql(worker, CASE, { id: c.id }))).toEqual(['NOT_FOUND']);
    const fresh = await hub.gql(await hub.token('SD-OGRES_NOV'), CASE, { id: c.id });
    expect(fresh.data).toEqual({ case: { myRoles: ['CASE_MANAGER'], responsibleMunicipality: { code: 'OGRES_NOV' },
      caseManager: null, client: { declaredMunicipalityCode: 'OGRES_NOV' } } });
    // the orphan court's own involvement is untouched
    expect((await hub.gql(await hub.token('BT-RIGA'), CASE, { id: c.id })).data?.case).toBeTruthy();
    // every step is audited and in the change feed
    const ops = await hub.db.query(
      `SELECT l.operation, (SELECT count(*)::int FROM change_event e WHERE e.id = l.id) AS events
         FROM audit_log l WHERE l.case_id = $1 AND l.kind = 'WRITE' ORDER BY l.id`, [c.id]);
    expect(ops).toEqual([{ operation: 'openCase', events: 1 }, { operation: 'addInvolvement', events: 1 },
      { operation: 'transferCase', events: 1 }, { operation: 'acceptReferral', events: 1 }]);
    // answered once
    expect(codes(await hub.gql(receiving, ACCEPT, { id: asked.id }))).toEqual(['CONFLICT']);
  });

  it('names the case worker as it accepts: the case manager switches atomically to the receiving service\'s staff member', async () => {
    const c = await openCase(hub, 'RIGA');
    const asked = await request(c);
    // a user the receiving service's register does not have, without a name: refused, nothing changes
    const unnamed = await hub.gql(receiving, ACCEPT, { id: asked.id, caseWorker: { userId: 'sd-ogre-janis' } });
    expect(unnamed.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseWorker.userId' });
    expect(await managers(c.id)).toEqual(['SD-RIGA']);

    const accepted = await hub.gql(receiving, ACCEPT, { id: asked.id, caseWorker: { userId: 'sd-ogre-janis', name: 'Jānis Ozols' } });
    expect(accepted.errors).toEqual([]);
    const fresh = await hub.gql(receiving, CASE, { id: c.id });
    expect(fresh.data?.case?.caseManager).toEqual({ userId: 'sd-ogre-janis', name: 'Jānis Ozols' });
    // a referral for another role names no case worker
    const referred = await hub.gql(await hub.token('SD-OGRES_NOV', UserRole.MANAGER),
      'mutation($input: ReferInput!) { refer(input: $input) { id } }',
      { input: { caseId: c.id, agencyCode: 'AC-RIGA-1', role: 'SUPPORT_CENTRE', reason: 'foster family support' } });
    expect(referred.errors).toEqual([]);
    const wrong = await hub.gql(await hub.token('AC-RIGA-1', UserRole.MANAGER), ACCEPT,
      { id: (referred.data as { refer: { id: string } }).refer.id, caseWorker: { userId: 'x', name: 'X' } });
    expect(wrong.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseWorker' });
  });

  it('is declined with a reason: the case stays where it was', async () => {
    const c = await openCase(hub, 'RIGA');
    const asked = await request(c);
    expect(codes(await hub.gql(receiving, DECLINE, { id: asked.id, reason: '' }))).toEqual(['BAD_USER_INPUT']);
    const declined = await hub.gql(receiving, DECLINE, { id: asked.id, reason: 'the family is registered in Rīga still' });
    expect(declined.data?.declineReferral).toEqual({ id: asked.id, status: 'DECLINED', declineReason: 'the family is registered in Rīga still' });
    expect(await managers(c.id)).toEqual(['SD-RIGA']);
    expect((await request(c, 'JURMALA')).status).toBe('PENDING');
  });

  it('expires unanswered: it can no longer be accepted, and the case manager may ask again', async () => {
    const c = await openCase(hub, 'RIGA');
    const asked = await request(c);
    await hub.db.query(`UPDATE referral SET referred_at = now() - interval '20 days', expires_at = now() - interval '6 days' WHERE id = $1`, [asked.id]);
    const late = await hub.gql(receiving, ACCEPT, { id: asked.id });
    expect(codes(late)).toEqual(['CONFLICT']);
    expect(late.errors[0].message).toContain('expired');
    expect(await managers(c.id)).toEqual(['SD-RIGA']);
    expect((await request(c)).status).toBe('PENDING');
  });

  it('is withdrawn by who asked or by its MANAGER; another case worker may not', async () => {
    const c = await openCase(hub, 'RIGA');
    const asked = await request(c);
    expect(codes(await hub.gql(await hub.token('SD-RIGA', UserRole.SPECIALIST), WITHDRAW, { id: asked.id }))).toEqual(['FORBIDDEN']);
    expect(codes(await hub.gql(receiving, WITHDRAW, { id: asked.id }))).toEqual(['NOT_FOUND']);
    expect((await hub.gql(worker, WITHDRAW, { id: asked.id })).data?.withdrawReferral).toEqual({ id: asked.id, status: 'WITHDRAWN' });
    const again = await request(c);
    expect((await hub.gql(await hub.token('SD-RIGA', UserRole.MANAGER), WITHDRAW, { id: again.id })).data?.withdrawReferral?.status)
      .toBe('WITHDRAWN');
    expect(await managers(c.id)).toEqual(['SD-RIGA']);
  });

  it('lets exactly one of accept and withdraw win when both come at once', async () => {
    for (let round = 0; round < 5; round += 1) {
      const c = await openCase(hub, 'RIGA');
      const asked = await request(c);
      const [accepted, withdrawn] = await Promise.all([hub.gql(receiving, ACCEPT, { id: asked.id }), hub.gql(worker, WITHDRAW, { id: asked.id })]);
      expect([accepted, withdrawn].filter((r) => r.errors.length === 0)).toHaveLength(1);
      expect([...codes(accepted), ...codes(withdrawn)]).toEqual(['CONFLICT']);
      const [row] = await hub.db.query('SELECT status FROM referral WHERE id = $1', [asked.id]);
      if (accepted.errors.length === 0) {
        expect([row.status, await managers(c.id)]).toEqual(['ACCEPTED', ['SD-OGRES_NOV']]);
      } else {
        expect([row.status, await managers(c.id)]).toEqual(['WITHDRAWN', ['SD-RIGA']]);
      }
    }
  });
});

describe('how long a transfer or a referral waits is the operator\'s setting', () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startHub({ app: { transferExpiryDays: 3, referralExpiryDays: 2 } }); });
  afterAll(async () => { await hub.close(); });

  it('expires a transfer after TRANSFER_EXPIRY_DAYS and a referral after REFERRAL_EXPIRY_DAYS', async () => {
    const c = await openCase(hub, 'RIGA');
    const asked = await hub.gql(await hub.token('SD-RIGA'), TRANSFER, { input: { caseId: c.id, toMunicipalityCode: 'OGRES_NOV', reason: 'moved' } });
    expect(asked.errors).toEqual([]);
    const { at, expiresAt } = asked.data!.transferCase;
    expect(Date.parse(expiresAt) - Date.parse(at)).toBe(3 * 24 * 3600 * 1000);
    const referred = await hub.gql(await hub.token('SD-RIGA', UserRole.MANAGER),
      'mutation TransferSettingsRefer($input: ReferInput!) { refer(input: $input) { referredAt expiresAt } }',
      { input: { caseId: c.id, agencyCode: 'AC-RIGA-1', role: 'SUPPORT_CENTRE', reason: 'support' } });
    const sent = (referred.data as { refer: { referredAt: string; expiresAt: string } }).refer;
    expect(Date.parse(sent.expiresAt) - Date.parse(sent.referredAt)).toBe(2 * 24 * 3600 * 1000);
  });
});
