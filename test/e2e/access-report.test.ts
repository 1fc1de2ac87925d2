import { seedDemoData } from '../../src/demo/seed';
import { Purpose, UserRole } from '../../src/kernel/principal';
import { GqlResult, startHub, TestHub } from '../support/hub';

/**
 * The person's own access report (issue 17, ACCESS.md policy v2): over the demo data, for every
 * person, exactly what the case access logs of the person's cases say, less the cases an orphan
 * court withheld, never naming staff, and only to the state portal.
 */

const REPORT = `query AccessReportOf($code: String!, $after: String) { accessReport(personalCode: $code, first: 100, after: $after) {
  totalCount withheldByLaw pageInfo { hasNextPage endCursor }
  edges { node { id at kind categories purpose agency { code kind name } } } } }`;
const ACCESS_LOG = `query AccessReportCaseLog($caseId: ID!, $after: String) { caseAccessLog(caseId: $caseId, first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id at kind categories purpose agency { code kind name } } } } }`;
const READ_CASE = `query AccessReportRead($id: ID!) { case(id: $id) {
  id status client { givenName personalCode } latestAssessment { needsSummary healthFindings } placements { type } } }`;

interface Entry { id: string; at: string; kind: string; categories: string[]; purpose: string | null; agency: { code: string; kind: string; name: string } }
interface Page { totalCount: number; withheldByLaw?: boolean; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Entry }[] }

interface DemoCase { id: string; personalCode: string; manager: string; court: string | null; child: boolean }

describe("the person's own access report", () => {
  let hub: TestHub;
  let cases: DemoCase[];
  let portal: string;
  let restricted: DemoCase;

  async function allPages(ask: (after: string | null) => Promise<GqlResult<Record<string, Page>>>, key: string) {
    const entries: Entry[] = [];
    let after: string | null = null;
    let first: Page | null = null;
    for (;;) {
      const res = await ask(after);
      expect(res.errors).toEqual([]);
      const page = res.data![key];
      first ??= page;
      entries.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { entries, totalCount: first!.totalCount, withheldByLaw: first!.withheldByLaw };
  }

  beforeAll(async () => {
    hub = await startHub();
    await seedDemoData(hub.databaseUrl, { cases: 60, seed: 23 });
    cases = await hub.db.query(
      `SELECT c.id, cl.personal_code AS "personalCode", m.code AS manager, c.target_group <> 'ADULT_WITH_MENTAL_DISORDER' AS child,
              (SELECT a.code FROM involvement i JOIN agency a ON a.id = i.agency_id WHERE i.case_id = c.id AND i.role = 'ORPHAN_COURT'
                  AND i.ended_at IS NULL AND (i.valid_until IS NULL OR i.valid_until > now()) LIMIT 1) AS court
         FROM care_case c JOIN client cl ON cl.id = c.client_id
         JOIN involvement mi ON mi.case_id = c.id AND mi.role = 'CASE_MANAGER' AND mi.ended_at IS NULL
         JOIN agency m ON m.id = mi.agency_id ORDER BY c.id`);
    // the uses the report is about: each manager reads its cases, each court its children's, for its proceedings
    for (const c of cases) {
      expect((await hub.gql(await hub.token(c.manager), READ_CASE, { id: c.id })).errors.filter((e) => e.extensions?.code !== 'FORBIDDEN')).toEqual([]);
      if (c.court) {
        await hub.gql(await hub.token(c.court, UserRole.SPECIALIST, { purpose: Purpose.COURT_PROCEEDINGS }), READ_CASE, { id: c.id });
      }
    }
    // an emergency read by a crisis centre, and a court's restriction on another child's case
    const open = await hub.db.query(`SELECT c.id FROM care_case c WHERE c.status <> 'CLOSED' AND c.target_group <> 'ADULT_WITH_MENTAL_DISORDER'`);
    const emergencyCase = cases.find((c) => c.id === open[0].id)!;
    const crisis = await hub.token('SP-RIGA-CRISIS-CENTRE', UserRole.CASE_WORKER, { purpose: Purpose.EMERGENCY });
    const granted = await hub.gql(crisis, `mutation($input: RequestEmergencyAccessInput!) { requestEmergencyAccess(input: $input) { caseId } }`,
      { input: { personalCode: emergencyCase.personalCode, justification: 'Found at the railway station at 2 a.m., alone and unwell.' } });
    expect(granted.errors).toEqual([]);
    await hub.gql(crisis, READ_CASE, { id: emergencyCase.id });
    restricted = cases.find((c) => c.court && c.child && c.id !== emergencyCase.id)!;
    const restriction = await hub.gql(await hub.token(restricted.court!),
      `mutation($input: RestrictAccessReportInput!) { restrictAccessReport(input: $input) { id reportRestrictedAt } }`,
      { input: { caseId: restricted.id, restricted: true, basis: 'bāriņtiesas lēmums 2026/31: the parent must not see it' } });
    expect(restriction.errors).toEqual([]);
    portal = await hub.token('PORTAL-LV', UserRole.PORTAL);
  }, 120_000);
  afterAll(async () => { await hub.close(); });

  it('equals, for every person, the case access logs of the person\'s cases, less the withheld ones', async () => {
    const inspector = await hub.token('LM', UserRole.INSPECTOR);
    const people = [...new Set(cases.map((c) => c.personalCode))];
    expect(people.length).toBeGreaterThan(40);
    for (const code of people) {
      const own = cases.filter((c) => c.personalCode === code);
      const logged: Entry[] = [];
      for (const c of own.filter((x) => x.id !== restricted.id)) {
        logged.push(...(await allPages((after) => hub.gql(inspector, ACCESS_LOG, { caseId: c.id, after }), 'caseAccessLog')).entries);
      }
      const report = await allPages((after) => hub.gql(portal, REPORT, { code, after }), 'accessReport');
      const newestFirst = logged.sort((a, b) => Number(b.id) - Number(a.id));
      expect([code, report.entries]).toEqual([code, newestFirst]);
      expect(report.totalCount).toBe(newestFirst.length);
      expect(report.withheldByLaw).toBe(own.some((c) => c.id === restricted.id));
    }
  });

  it('shows the uses with their purpose, an emergency read among them', async () => {
    const [{ code }] = await hub.db.query(
      `SELECT cl.personal_code AS code FROM emergency_access e JOIN care_case c ON c.id = e.case_id JOIN client cl ON cl.id = c.client_id`);
    const report = await allPages((after) => hub.gql(portal, REPORT, { code, after }), 'accessReport');
    const emergency = report.entries.filter((e) => e.purpose === 'EMERGENCY');
    expect(emergency.map((e) => [e.kind, e.agency.code]).sort()).toEqual(
      [['DISCOVERY', 'SP-RIGA-CRISIS-CENTRE'], ['READ', 'SP-RIGA-CRISIS-CENTRE'], ['WRITE', 'SP-RIGA-CRISIS-CENTRE']]);
    expect(report.entries.some((e) => e.purpose === 'CASE_WORK' && e.kind === 'READ')).toBe(true);
  });

  it('leaves out the withheld case and says only that entries are withheld', async () => {
    const report = await allPages((after) => hub.gql(portal, REPORT, { code: restricted.personalCode, after }), 'accessReport');
    expect(report.withheldByLaw).toBe(true);
    const [{ ids }] = await hub.db.query(`SELECT array_agg(id::text) AS ids FROM audit_log WHERE case_id = $1`, [restricted.id]);
    expect(report.entries.filter((e) => ids.includes(e.id))).toEqual([]);
  });

  it('names no staff member and nothing of other persons', async () => {
    const staff: { userId: string }[] = await hub.db.query(`SELECT DISTINCT user_id AS "userId" FROM audit_log`);
    const names: { name: string }[] = await hub.db.query(`SELECT full_name AS name FROM staff_member`);
    for (const code of [...new Set(cases.map((c) => c.personalCode))].slice(0, 15)) {
      const res = await hub.gql(portal, REPORT, { code });
      for (const { userId } of staff) expect([code, res.raw.includes(`"${userId}"`)]).toEqual([code, false]);
      for (const { name } of names) expect([code, res.raw.includes(name)]).toEqual([code, false]);
      for (const other of cases.filter((c) => c.personalCode !== code)) expect(res.raw.includes(other.personalCode)).toBe(false);
    }
  });

  it('answers an unknown person with an empty report, and audits every call without the personal code', async () => {
    const before = (await hub.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE kind = 'CLIENT_REPORT'`))[0].n as number;
    const unknown = await hub.gql<{ accessReport: Page }>(portal, REPORT, { code: '320000-00018' });
    expect(unknown.errors).toEqual([]);
    expect(unknown.data?.accessReport.totalCount).toBe(0);
    const known = cases[0];
    await hub.gql(portal, REPORT, { code: known.personalCode });
    const rows = await hub.db.query(
      `SELECT l.kind, l.operation, l.purpose, l.user_role AS role, l.entity_id AS "clientId", l.case_id AS "caseId", to_jsonb(l)::text AS raw
         FROM audit_log l WHERE l.kind = 'CLIENT_REPORT' ORDER BY l.id DESC LIMIT 2`);
    expect(rows.length).toBe(2);
    expect(before + 2).toBe((await hub.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE kind = 'CLIENT_REPORT'`))[0].n);
    const [{ clientId }] = await hub.db.query('SELECT client_id AS "clientId" FROM care_case WHERE id = $1', [known.id]);
    expect(rows.map((r: { clientId: string | null }) => r.clientId)).toEqual([clientId, null]);
    for (const row of rows) {
      expect(row).toMatchObject({ kind: 'CLIENT_REPORT', operation: 'accessReport', purpose: 'CLIENT_REQUEST', role: 'PORTAL', caseId: null });
      expect(row.raw.includes(known.personalCode)).toBe(false);
    }
  });

  it.each([
    ['SD-RIGA', UserRole.CASE_WORKER], ['SD-RIGA', UserRole.MANAGER], ['SD-RIGA', UserRole.DPO], ['SD-RIGA', UserRole.ANALYST],
    ['SD-RIGA', UserRole.ADMIN], ['LM', UserRole.INSPECTOR], ['BT-RIGA', UserRole.SPECIALIST], ['PORTAL-LV', UserRole.CASE_WORKER],
    ['PORTAL-LV', UserRole.ADMIN],
  ])('is refused to %s %s', async (agency, role) => {
    const res = await hub.gql(await hub.token(agency, role), REPORT, { code: cases[0].personalCode });
    expect([res.data?.accessReport ?? null, res.errors.map((e) => e.extensions?.code)]).toEqual([null, ['FORBIDDEN']]);
  });

  it('is refused, before any data is read, to a PORTAL user of an agency that is not the state portal', async () => {
    const res = await hub.gql(await hub.token('SD-RIGA', UserRole.PORTAL), REPORT, { code: cases[0].personalCode });
    expect([res.status, res.errors.map((e) => e.extensions?.code)]).toEqual([403, ['PURPOSE_NOT_ALLOWED']]);
  });
});
