import { Category } from '../../src/kernel/categories';
import { MATRIX } from '../../src/access/policy';
import { EmergencyRole, InvolvementRole, Purpose, UserRole } from '../../src/kernel/principal';
import { involve, newFormCode, openCase, OpenedCase, completePlan } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';

/**
 * Privacy by design (issue 17, ACCESS.md policy v2): a purpose of use on every request, checked
 * before any data is read and recorded in the audit; emergency access and its review.
 */

const CASE_FIELDS = `query PrivacyCase($id: ID!) { case(id: $id) {
  id status client { givenName personalCode }
  latestAssessment { type healthFindings safetyFindings familyNotes childOpinion }
  currentPlan { version }
  followUps(first: 10) { totalCount edges { node { category summary } } }
  placements { type }
} }`;

/** Paths of CASE_FIELDS and the category that decides each. */
const PROBES: [string, Category][] = [
  ['case.status', Category.CASE], ['case.client.givenName', Category.IDENTITY], ['case.client.personalCode', Category.IDENTIFIER],
  ['case.latestAssessment', Category.ASSESSMENT], ['case.currentPlan', Category.PLAN], ['case.followUps', Category.FOLLOW_UP],
  ['case.placements', Category.PLACEMENT],
];

const REQUEST_EMERGENCY = `mutation PrivacyRequestEmergency($input: RequestEmergencyAccessInput!) {
  requestEmergencyAccess(input: $input) { id caseId expiresAt reviewDueAt verdict agency { code } } }`;
const REVIEW_EMERGENCY = `mutation PrivacyReviewEmergency($input: ReviewEmergencyAccessInput!) {
  reviewEmergencyAccess(input: $input) { id verdict reviewNote reviewedByUserId } }`;
const EMERGENCY_LIST = `query PrivacyEmergencyList($pending: Boolean, $overdue: Boolean) {
  emergencyAccesses(pendingOnly: $pending, overdueOnly: $overdue) { totalCount edges { node { id caseId verdict reviewOverdue justification agency { code } } } } }`;
const ACCESS_LOG = `query PrivacyAccessLog($caseId: ID!) { caseAccessLog(caseId: $caseId, first: 100) {
  totalCount edges { node { id kind operation purpose categories agency { code } } } } }`;

const JUSTIFICATION = 'Child found alone at night at the crisis centre door; need the safety plan and carers.';

function at(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node === null || node === undefined ? node : (node as Record<string, unknown>)[key]), data);
}

const codes = (res: GqlResult) => res.errors.map((e) => e.extensions?.code);

describe('purpose of use (ACCESS.md, policy v2)', () => {
  let hub: TestHub;
  let opened: OpenedCase;

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    await involve(hub, opened.id, 'BT-RIGA', InvolvementRole.ORPHAN_COURT);
  });
  afterAll(async () => { await hub.close(); });

  async function refusedBeforeAnyData(token: string, code: string): Promise<void> {
    const before = hub.requests.length;
    const res = await hub.gql(token, CASE_FIELDS, { id: opened.id });
    expect(res.status).toBe(403);
    expect(codes(res)).toEqual([code]);
    expect(res.data).toBeNull();
    // the refusal ran no SQL at all: nothing of the case, not even its existence, was looked up
    expect(hub.requests.slice(before).map((r) => r.statements)).toEqual([0]);
  }

  it('refuses a token without a purpose with PURPOSE_REQUIRED, before any SQL', async () => {
    // a first request loads the agency register, so the refused one below needs no statement at all
    await hub.gql(await hub.token('SD-RIGA'), '{ me { userId } }');
    await refusedBeforeAnyData(await hub.token('SD-RIGA', UserRole.CASE_WORKER, { purpose: null }), 'PURPOSE_REQUIRED');
  });

  it.each([
    ['SD-RIGA', UserRole.CASE_WORKER, Purpose.SUPERVISION],
    ['SD-RIGA', UserRole.CASE_WORKER, Purpose.REPORTING],
    ['SD-RIGA', UserRole.MANAGER, Purpose.COURT_PROCEEDINGS],
    ['SD-RIGA', UserRole.CASE_WORKER, Purpose.ASSESSMENT],
    ['SD-RIGA', UserRole.ANALYST, Purpose.CASE_WORK],
    ['SD-RIGA', UserRole.DPO, Purpose.CASE_WORK],
    ['SD-RIGA', UserRole.CASE_WORKER, Purpose.CLIENT_REQUEST],
    ['AC-RIGA-1', UserRole.CASE_WORKER, Purpose.EMERGENCY],
    ['BT-RIGA', UserRole.ADMIN, Purpose.CASE_WORK],
    ['SD-RIGA', UserRole.CASE_WORKER, 'CURIOSITY'],
  ])('refuses %s %s claiming %s with PURPOSE_NOT_ALLOWED, before any SQL', async (agency, role, purpose) => {
    await refusedBeforeAnyData(await hub.token(agency, role, { purpose }), 'PURPOSE_NOT_ALLOWED');
  });

  it('tells the caller the purpose its request claimed', async () => {
    const court = await hub.token('BT-RIGA', UserRole.CASE_WORKER, { purpose: Purpose.COURT_PROCEEDINGS });
    expect((await hub.gql<{ me: { purpose: string } }>(court, '{ me { purpose } }')).data?.me.purpose).toBe('COURT_PROCEEDINGS');
    expect((await hub.gql<{ me: { purpose: string } }>(await hub.token('LM', UserRole.ANALYST), '{ me { purpose } }')).data?.me.purpose)
      .toBe('REPORTING');
  });

  it('stores the purpose of a read in the audit and shows it in caseAccessLog', async () => {
    const court = await hub.token('BT-RIGA', UserRole.CASE_WORKER, { purpose: Purpose.COURT_PROCEEDINGS });
    const read = await hub.gql(court, CASE_FIELDS, { id: opened.id });
    expect(read.data?.case).not.toBeNull();
    const [row] = await hub.db.query(
      `SELECT l.purpose FROM audit_log l JOIN agency a ON a.id = l.agency_id WHERE a.code = 'BT-RIGA' AND l.kind = 'READ'
        AND l.case_id = $1 ORDER BY l.id DESC LIMIT 1`, [opened.id]);
    expect(row.purpose).toBe(Purpose.COURT_PROCEEDINGS);
    const log = await hub.gql<{ caseAccessLog: { edges: { node: { kind: string; purpose: string; agency: { code: string } } }[] } }>(
      await hub.token('SD-RIGA'), ACCESS_LOG, { caseId: opened.id });
    expect(log.errors).toEqual([]);
    const courtReads = log.data?.caseAccessLog.edges.filter((e) => e.node.agency.code === 'BT-RIGA' && e.node.kind === 'READ');
    expect(courtReads?.[0].node.purpose).toBe(Purpose.COURT_PROCEEDINGS);
    // the manager's own write (opening) was made for case work
    expect(log.data?.caseAccessLog.edges.filter((e) => e.node.kind === 'WRITE').every((e) => e.node.purpose === Purpose.CASE_WORK)).toBe(true);
  });

  it('lets the data protection officer read the access log for supervision, and nothing of the case', async () => {
    const dpo = await hub.token('SD-RIGA', UserRole.DPO);
    expect((await hub.gql(dpo, ACCESS_LOG, { caseId: opened.id })).errors).toEqual([]);
    const read = await hub.gql(dpo, CASE_FIELDS, { id: opened.id });
    expect(read.data?.case ?? null).toBeNull();
    expect(codes(read)).toEqual(['FORBIDDEN']);
  });

  it('gives a REPORTING analyst aggregates and no case, and a SUPERVISION inspector no aggregates', async () => {
    const analyst = await hub.token('SD-RIGA', UserRole.ANALYST);
    expect(codes(await hub.gql(analyst, CASE_FIELDS, { id: opened.id }))).toEqual(['FORBIDDEN']);
    const inspector = await hub.token('LM', UserRole.INSPECTOR);
    const summary = '{ regionalSummary(period: { from: "2026-01-01", to: "2026-06-30" }) { scopeLevel } }';
    expect(codes(await hub.gql(inspector, summary))).toEqual(['FORBIDDEN']);
    expect((await hub.gql(await hub.token('LM', UserRole.ANALYST), summary)).errors).toEqual([]);
  });

  it('reaches a case only through the involvements the purpose acts through', async () => {
    // an orphan court's own case, asked for as an emergency: not reached through that purpose
    const asEmergency = await hub.token('BT-RIGA', UserRole.CASE_WORKER, { purpose: Purpose.EMERGENCY });
    const res = await hub.gql(asEmergency, CASE_FIELDS, { id: opened.id });
    expect(res.data?.case ?? null).toBeNull();
    expect(codes(res)).toEqual(['NOT_FOUND']);
    const list = await hub.gql<{ cases: { totalCount: number } }>(asEmergency, '{ cases(first: 5) { totalCount } }');
    expect(list.data?.cases.totalCount).toBe(0);
  });
});

describe('emergency access (ACCESS.md, policy v2)', () => {
  let hub: TestHub;
  let child: OpenedCase;
  let accessId: string;
  const crisis = () => hub.token('SP-RIGA-CRISIS-CENTRE', UserRole.CASE_WORKER, { purpose: Purpose.EMERGENCY, userId: 'kc-riga-night' });

  beforeAll(async () => {
    hub = await startHub();
    child = await openCase(hub, 'RIGA');
    const manager = await hub.token('SD-RIGA');
    const ok = (res: GqlResult) => expect(res.errors).toEqual([]);
    ok(await hub.gql(manager, `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`, { input: {
      caseId: child.id, type: 'HOME_VISIT', assessedOn: '2026-09-01', needsSummary: 'needs', healthFindings: 'asthma',
      safetyFindings: 'violence at home', familyNotes: 'an aunt in Jelgava', childOpinion: 'wants to stay with the aunt' } }));
    ok(await hub.gql(manager, `mutation($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }`, { input: {
      caseId: child.id, status: 'ACTIVE', ...completePlan(), validFrom: '2026-09-15', goals: [{ description: 'safe home' }] } }));
    ok(await hub.gql(manager, `mutation($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`, { input: {
      caseId: child.id, kind: 'MEETING', occurredOn: '2026-10-01', summary: 'met the aunt' } }));
  });
  afterAll(async () => { await hub.close(); });

  it('refuses bad requests clearly, changing nothing', async () => {
    const token = await crisis();
    const short = await hub.gql(token, REQUEST_EMERGENCY, { input: { personalCode: child.personalCode, justification: 'urgent' } });
    expect(short.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'input.justification']]);
    const unknown = await hub.gql(token, REQUEST_EMERGENCY, { input: { personalCode: newFormCode(), justification: JUSTIFICATION } });
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    // a social service asks for an adult in crisis; a child's crisis is the orphan court's or a crisis centre's
    const service = await hub.token('SD-JURMALA', UserRole.CASE_WORKER, { purpose: Purpose.EMERGENCY });
    expect(codes(await hub.gql(service, REQUEST_EMERGENCY, { input: { personalCode: child.personalCode, justification: JUSTIFICATION } })))
      .toEqual(['FORBIDDEN']);
    // not without the purpose EMERGENCY, and not by a support centre at all
    const asCaseWork = await hub.token('SP-RIGA-CRISIS-CENTRE');
    expect(codes(await hub.gql(asCaseWork, REQUEST_EMERGENCY, { input: { personalCode: child.personalCode, justification: JUSTIFICATION } })))
      .toEqual(['FORBIDDEN']);
    const [{ n }] = await hub.db.query(`SELECT count(*)::int AS n FROM involvement WHERE role = 'EMERGENCY'`);
    expect(n).toBe(0);
  });

  it('grants a time-limited involvement, audited like discovery', async () => {
    const res = await hub.gql<{ requestEmergencyAccess: { id: string; caseId: string; expiresAt: string; reviewDueAt: string } }>(
      await crisis(), REQUEST_EMERGENCY, { input: { personalCode: child.personalCode, justification: JUSTIFICATION } });
    expect(res.errors).toEqual([]);
    const granted = res.data!.requestEmergencyAccess;
    accessId = granted.id;
    expect(granted.caseId).toBe(child.id);
    const hours = (Date.parse(granted.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    expect((Date.parse(granted.reviewDueAt) - Date.now()) / 3_600_000).toBeCloseTo(72, 0);
    const audit = await hub.db.query(
      `SELECT l.kind, l.operation, l.purpose, l.case_id AS "caseId" FROM audit_log l JOIN agency a ON a.id = l.agency_id
        WHERE a.code = 'SP-RIGA-CRISIS-CENTRE' ORDER BY l.id`);
    // the refused lookups before (no open case for a code) were audited and counted too
    expect(audit.slice(0, 2)).toEqual([
      { kind: 'DISCOVERY', operation: 'requestEmergencyAccess', purpose: 'EMERGENCY', caseId: null },
      { kind: 'DISCOVERY', operation: 'requestEmergencyAccess', purpose: 'EMERGENCY', caseId: child.id },
    ]);
    expect(audit.slice(-2)).toEqual([
      { kind: 'DISCOVERY', operation: 'requestEmergencyAccess', purpose: 'EMERGENCY', caseId: child.id },
      { kind: 'WRITE', operation: 'requestEmergencyAccess', purpose: 'EMERGENCY', caseId: child.id },
    ]);
    // a second request while it lasts is refused
    expect(codes(await hub.gql(await crisis(), REQUEST_EMERGENCY, { input: { personalCode: child.personalCode, justification: JUSTIFICATION } })))
      .toEqual(['CONFLICT']);
  });

  it('reads exactly the EMERGENCY column of the matrix, with the purpose EMERGENCY only', async () => {
    const res = await hub.gql(await crisis(), CASE_FIELDS, { id: child.id });
    const readable = (category: Category) => MATRIX[category][EmergencyRole.EMERGENCY] !== '-';
    const denied = PROBES.filter(([, category]) => !readable(category)).map(([path]) => path).sort();
    for (const [path, category] of PROBES) expect([path, at(res.data, path) !== null]).toEqual([path, readable(category)]);
    expect(res.errors.filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => (e.path ?? []).join('.')).sort()).toEqual(denied);
    // the assessment is not readable, so neither are its health findings through it; the follow-ups are (Own)
    expect(at(res.data, 'case.followUps.totalCount')).toBe(1);
    // the same agency's ordinary case work does not reach the case
    const asCaseWork = await hub.gql(await hub.token('SP-RIGA-CRISIS-CENTRE'), CASE_FIELDS, { id: child.id });
    expect(codes(asCaseWork)).toEqual(['NOT_FOUND']);
  });

  it('lets no other agency read the case through it', async () => {
    for (const agency of ['SP-KURZEME-CRISIS-CENTRE', 'BT-JURMALA']) {
      const other = await hub.token(agency, UserRole.CASE_WORKER, { purpose: Purpose.EMERGENCY });
      const res = await hub.gql(other, CASE_FIELDS, { id: child.id });
      expect([agency, codes(res)]).toEqual([agency, ['NOT_FOUND']]);
    }
  });

  it('lets it write only its own follow-ups (Own) and nothing else', async () => {
    const token = await crisis();
    const added = await hub.gql(token, `mutation($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`, { input: {
      caseId: child.id, kind: 'MEETING', occurredOn: '2026-11-29', summary: 'child stayed the night, calm' } });
    expect(added.errors).toEqual([]);
    const plan = await hub.gql(token, `mutation($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }`, { input: {
      caseId: child.id, status: 'DRAFT', validFrom: '2026-11-30', goals: [{ description: 'x' }] } });
    expect(codes(plan)).toEqual(['FORBIDDEN']);
  });

  it('lists it for the managing service\'s DPO, who records a verdict once', async () => {
    const dpo = await hub.token('SD-RIGA', UserRole.DPO);
    const pending = await hub.gql<{ emergencyAccesses: { totalCount: number; edges: { node: { id: string; agency: { code: string } } }[] } }>(
      dpo, EMERGENCY_LIST, { pending: true });
    expect(pending.errors).toEqual([]);
    expect(pending.data?.emergencyAccesses.edges.map((e) => [e.node.id, e.node.agency.code])).toEqual([[accessId, 'SP-RIGA-CRISIS-CENTRE']]);
    // another municipality's DPO does not see it, nor can review it
    const otherDpo = await hub.token('SD-JURMALA', UserRole.DPO);
    expect((await hub.gql<{ emergencyAccesses: { totalCount: number } }>(otherDpo, EMERGENCY_LIST, {})).data?.emergencyAccesses.totalCount).toBe(0);
    expect(codes(await hub.gql(otherDpo, REVIEW_EMERGENCY, { input: { id: accessId, verdict: 'JUSTIFIED' } }))).toEqual(['NOT_FOUND']);
    // nor does the case manager's case worker review it
    expect(codes(await hub.gql(await hub.token('SD-RIGA'), REVIEW_EMERGENCY, { input: { id: accessId, verdict: 'JUSTIFIED' } })))
      .toEqual(['FORBIDDEN']);
    const reviewed = await hub.gql<{ reviewEmergencyAccess: { verdict: string; reviewNote: string; reviewedByUserId: string } }>(
      dpo, REVIEW_EMERGENCY, { input: { id: accessId, verdict: 'JUSTIFIED', note: 'night-time placement, police report 2026/55' } });
    expect(reviewed.errors).toEqual([]);
    expect(reviewed.data?.reviewEmergencyAccess.verdict).toBe('JUSTIFIED');
    expect(codes(await hub.gql(dpo, REVIEW_EMERGENCY, { input: { id: accessId, verdict: 'NOT_JUSTIFIED' } }))).toEqual(['CONFLICT']);
    expect((await hub.gql<{ emergencyAccesses: { totalCount: number } }>(dpo, EMERGENCY_LIST, { pending: true })).data?.emergencyAccesses.totalCount)
      .toBe(0);
  });

  it('ends by itself: once expired the case is not reached any more', async () => {
    await hub.db.query(`UPDATE involvement SET valid_from = now() - interval '25 hours', valid_until = now() - interval '1 hour'
                          WHERE role = 'EMERGENCY' AND case_id = $1`, [child.id]);
    const res = await hub.gql(await crisis(), CASE_FIELDS, { id: child.id });
    expect(codes(res)).toEqual(['NOT_FOUND']);
  });

  it('becomes a due item of the managing service when not reviewed within 72 hours', async () => {
    const other = await openCase(hub, 'RIGA');
    const court = await hub.token('BT-JURMALA', UserRole.CASE_WORKER, { purpose: Purpose.EMERGENCY });
    const res = await hub.gql<{ requestEmergencyAccess: { id: string } }>(court, REQUEST_EMERGENCY, {
      input: { personalCode: other.personalCode, justification: 'Child found in Jūrmala without a carer, needs placement now.' } });
    expect(res.errors).toEqual([]);
    const id = res.data!.requestEmergencyAccess.id;
    const dueOf = async () => (await hub.gql<{ dueItems: { edges: { node: { kind: string; caseId: string } }[] } }>(await hub.token('SD-RIGA'),
      '{ dueItems(first: 100, filter: { kinds: [EMERGENCY_REVIEW] }) { edges { node { kind caseId } } } }')).data?.dueItems.edges.map((e) => e.node);
    expect(await dueOf()).toEqual([]);
    // three days and more later, still not reviewed
    await hub.db.query(`UPDATE emergency_access SET requested_at = now() - interval '80 hours', review_due_at = now() - interval '8 hours' - interval '1 day'
                          WHERE id = $1`, [id]);
    expect(await dueOf()).toEqual([{ kind: 'EMERGENCY_REVIEW', caseId: other.id }]);
    const overdue = await hub.gql<{ emergencyAccesses: { edges: { node: { id: string; reviewOverdue: boolean } }[] } }>(
      await hub.token('SD-RIGA', UserRole.DPO), EMERGENCY_LIST, { overdue: true });
    expect(overdue.data?.emergencyAccesses.edges.map((e) => [e.node.id, e.node.reviewOverdue])).toEqual([[id, true]]);
    // reviewed: no longer due
    expect((await hub.gql(await hub.token('SD-RIGA', UserRole.DPO), REVIEW_EMERGENCY,
      { input: { id, verdict: 'NOT_JUSTIFIED', note: 'the child had a carer at home' } })).errors).toEqual([]);
    expect(await dueOf()).toEqual([]);
  });

  it('is rate-limited with discovery: the 31st lookup in an hour is refused', async () => {
    const user = 'kc-riga-flood';
    await hub.db.query(
      `INSERT INTO audit_log (kind, user_id, user_role, agency_id, request_id, operation)
       SELECT 'DISCOVERY', $1, 'CASE_WORKER', a.id, 'seeded-' || g, 'caseExists' FROM agency a, generate_series(1, 30) g
        WHERE a.code = 'SP-RIGA-CRISIS-CENTRE'`, [user]);
    const token = await hub.token('SP-RIGA-CRISIS-CENTRE', UserRole.CASE_WORKER, { purpose: Purpose.EMERGENCY, userId: user });
    const third = await openCase(hub, 'RIGA');
    expect(codes(await hub.gql(token, REQUEST_EMERGENCY, { input: { personalCode: third.personalCode, justification: JUSTIFICATION } })))
      .toEqual(['RATE_LIMITED']);
  });
});
