import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { UserRole } from '../../src/kernel/principal';
import { today } from '../../src/kernel/dates';
import { rebuildRollups, refreshRollups } from '../../src/reporting/rollups';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const SUMMARY = graphql(`query RegionalSummaryFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {
  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {
    scopeLevel scopeCode suppressionThreshold
    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }
      rows { areaCode cells { value suppressed } total { value suppressed } } }
  }
}`);
type Summary = ResultOf<typeof SUMMARY>;
type FigureOut = Summary['regionalSummary']['figures'][number];

const PERIOD = { from: '2026-01-01', to: '2026-06-30' };

/**
 * A hand-built fixture with known answers (at 2026-06-30):
 * LIEPAJA: 7 children without parental care and 2 adults open (1 more child closed in March); 1 adult in an institution;
 *          5 of the children have an active plan with home care 10 h/week, reviewed by December; their latest
 *          assessment recommended home care and a social mentor.
 * VENTSPILS: 6 children and 6 adults open; 5 children moved on 1 April from an institution to ordinary foster
 *          families (3 with carer FAM-A, 2 with FAM-B).
 * RIGA: 10 + 5 (functional impairment) + 8 adults open; 11 children in an institution (5 aged 2 since 10 January,
 *          beyond the 3-month limit; 6 aged 10 since 1 March); 7 adults with a plan overdue since 1 May, with a day
 *          care centre 20 days/month, who applied for a state social care centre on 1 February (2 admitted on 1 May).
 */
async function buildFixture(hub: TestHub): Promise<void> {
  await hub.db.query(`
    CREATE TEMP TABLE spec (m text, tg text, n int, closed date, birth date, tag text);
    INSERT INTO spec VALUES
      ('LIEPAJA', 'CHILD_WITHOUT_PARENTAL_CARE', 5, NULL, '2015-01-01', 'planned'),
      ('LIEPAJA', 'CHILD_WITHOUT_PARENTAL_CARE', 2, NULL, '2015-01-01', NULL),
      ('LIEPAJA', 'CHILD_WITHOUT_PARENTAL_CARE', 1, '2026-03-01', '2015-01-01', NULL),
      ('LIEPAJA', 'ADULT_WITH_MENTAL_DISORDER', 1, NULL, '1980-01-01', 'institution'),
      ('LIEPAJA', 'ADULT_WITH_MENTAL_DISORDER', 1, NULL, '1980-01-01', NULL),
      ('VENTSPILS', 'CHILD_WITHOUT_PARENTAL_CARE', 3, NULL, '2016-01-01', 'fam-a'),
      ('VENTSPILS', 'CHILD_WITHOUT_PARENTAL_CARE', 2, NULL, '2016-01-01', 'fam-b'),
      ('VENTSPILS', 'CHILD_WITHOUT_PARENTAL_CARE', 1, NULL, '2016-01-01', NULL),
      ('VENTSPILS', 'ADULT_WITH_MENTAL_DISORDER', 6, NULL, '1975-01-01', NULL),
      ('RIGA', 'CHILD_WITHOUT_PARENTAL_CARE', 5, NULL, '2023-11-01', 'young'),
      ('RIGA', 'CHILD_WITHOUT_PARENTAL_CARE', 5, NULL, '2015-06-01', 'older'),
      ('RIGA', 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT', 1, NULL, '2015-06-01', 'older'),
      ('RIGA', 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT', 4, NULL, '2015-06-01', NULL),
      ('RIGA', 'ADULT_WITH_MENTAL_DISORDER', 7, NULL, '1970-01-01', 'overdue'),
      ('RIGA', 'ADULT_WITH_MENTAL_DISORDER', 1, NULL, '1970-01-01', NULL);
    CREATE TEMP TABLE made AS
      SELECT gen_random_uuid() AS case_id, gen_random_uuid() AS client_id, s.*, row_number() OVER () AS k
        FROM spec s, generate_series(1, s.n);
    INSERT INTO client (id, personal_code, given_name, family_name, birth_date, gender, declared_municipality_code)
      SELECT client_id, '32' || lpad(k::text, 4, '0') || '-' || lpad(k::text, 5, '0'), 'X', 'Y', birth, 'UNSPECIFIED', m FROM made;
    INSERT INTO care_case (id, client_id, target_group, intake_type, status, opened_on, closed_on, responsible_municipality_code)
      SELECT case_id, client_id, tg, 'VOLUNTARY', CASE WHEN closed IS NULL THEN 'IMPLEMENTATION' ELSE 'CLOSED' END, '2025-06-01', closed, m FROM made;
    INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id)
      SELECT case_id, a.id, 'CASE_MANAGER', 'x', 'u' FROM made JOIN agency a ON a.code = 'SD-' || m;
    INSERT INTO placement (case_id, type, provider_agency_id, starts_on, ends_on)
      SELECT case_id, 'INSTITUTION', (SELECT id FROM agency WHERE code = 'VSAC-KURZEME'), '2026-02-01', NULL FROM made WHERE tag = 'institution';
    INSERT INTO placement (case_id, type, provider_agency_id, starts_on, ends_on)
      SELECT case_id, 'INSTITUTION', (SELECT id FROM agency WHERE code = 'BSAC-RIGA'),
             CASE tag WHEN 'young' THEN DATE '2026-01-10' ELSE DATE '2026-03-01' END, NULL FROM made WHERE tag IN ('young', 'older');
    INSERT INTO placement (case_id, type, provider_agency_id, starts_on, ends_on)
      SELECT case_id, 'INSTITUTION', (SELECT id FROM agency WHERE code = 'VSAC-KURZEME'), '2025-10-01', '2026-04-01' FROM made WHERE tag LIKE 'fam-%';
    INSERT INTO placement (case_id, type, foster_form, carer_name, carer_ref, starts_on)
      SELECT case_id, 'FOSTER_FAMILY', 'ORDINARY', 'Carer', upper(tag), '2026-04-01' FROM made WHERE tag LIKE 'fam-%';
    INSERT INTO support_plan (case_id, version, status, valid_from, review_due_on, author_agency_id, author_user_id, activated_at)
      SELECT case_id, 1, 'ACTIVE', CASE tag WHEN 'overdue' THEN DATE '2025-05-01' ELSE DATE '2025-12-01' END,
             CASE tag WHEN 'overdue' THEN DATE '2026-05-01' ELSE DATE '2026-12-01' END, a.id, 'u', now()
        FROM made JOIN agency a ON a.code = 'SD-' || m WHERE tag IN ('planned', 'overdue');
    INSERT INTO plan_service (plan_id, position, service_type, volume, unit, period)
      SELECT p.id, 1, CASE made.tag WHEN 'planned' THEN 'HOME_CARE' ELSE 'DAY_CARE_CENTRE' END,
             CASE made.tag WHEN 'planned' THEN 10 ELSE 20 END, CASE made.tag WHEN 'planned' THEN 'HOUR' ELSE 'DAY' END,
             CASE made.tag WHEN 'planned' THEN 'WEEK' ELSE 'MONTH' END
        FROM support_plan p JOIN made ON made.case_id = p.case_id;
    INSERT INTO assessment (case_id, type, assessed_on, author_agency_id, author_user_id, recommended_services)
      SELECT case_id, 'NEEDS_AND_QUALITY_OF_LIFE', '2025-11-15', a.id, 'u', ARRAY['HOME_CARE', 'SOCIAL_MENTOR']
        FROM made JOIN agency a ON a.code = 'SD-' || m WHERE tag = 'planned';
    INSERT INTO care_application (case_id, service, applied_on, status, admitted_on, created_by_agency_id)
      SELECT case_id, 'STATE_SOCIAL_CARE_CENTRE', '2026-02-01', CASE WHEN k % 7 < 2 THEN 'ADMITTED' ELSE 'WAITING' END,
             CASE WHEN k % 7 < 2 THEN DATE '2026-05-01' END, a.id
        FROM made JOIN agency a ON a.code = 'SD-' || m WHERE tag = 'overdue';
  `);
}

describe('regionalSummary: the DI figures, with disclosure control', () => {
  let hub: TestHub;
  let national: Summary['regionalSummary'];

  beforeAll(async () => {
    hub = await startHub();
    await buildFixture(hub);
    const res = await hub.gql(await hub.token('LM', UserRole.ANALYST), SUMMARY, { period: PERIOD });
    expect(res.errors).toEqual([]);
    national = res.data?.regionalSummary as Summary['regionalSummary'];
  });
  afterAll(async () => { await hub.close(); });

  const figure = (metric: string, from = national) => from.figures.find((f) => f.metric === metric) as FigureOut;
  const at = (f: FigureOut, area: string, column = 'ALL') => f.rows.find((r) => r.areaCode === area)?.cells[f.columns.indexOf(column)];
  const shown = (value: number) => ({ value, suppressed: false });
  const hidden = { value: null, suppressed: true };

  it('counts clients with an open case by target group, hiding small cells', () => {
    const open = figure('OPEN_CASES');
    expect(at(open, 'RIGA', 'CHILD_WITHOUT_PARENTAL_CARE')).toEqual(shown(10));
    expect(at(open, 'RIGA', 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT')).toEqual(shown(5));
    expect(at(open, 'RIGA', 'ADULT_WITH_MENTAL_DISORDER')).toEqual(shown(8));
    expect(at(open, 'LIEPAJA', 'ADULT_WITH_MENTAL_DISORDER')).toEqual(hidden);
    // 7, unless hidden as a complement
    expect([7, null]).toContain(at(open, 'LIEPAJA', 'CHILD_WITHOUT_PARENTAL_CARE')?.value);
    expect(open.total).toEqual(shown(44));
    // a zero stays a zero: it describes no one
    expect(at(open, 'OGRES_NOV', 'ADULT_WITH_MENTAL_DISORDER')).toEqual(shown(0));
  });

  it('hides complements so a hidden cell cannot be worked out from totals', () => {
    const open = figure('OPEN_CASES');
    const liepaja = open.rows.find((r) => r.areaCode === 'LIEPAJA');
    expect(liepaja?.cells.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
    const adults = open.rows.map((r) => r.cells[2]).filter((c) => c.suppressed);
    expect(adults.length).toBeGreaterThanOrEqual(2);
  });

  it('counts institutions, stay limits, moves, reviews and foster care', () => {
    expect(at(figure('IN_INSTITUTIONS'), 'RIGA')).toEqual(shown(11));
    expect(at(figure('IN_INSTITUTIONS'), 'LIEPAJA')).toEqual(hidden);
    expect(at(figure('BEYOND_STAY_LIMIT'), 'RIGA')).toEqual(shown(5));
    expect(figure('BEYOND_STAY_LIMIT').total).toEqual(shown(5));
    expect(at(figure('MOVES_FROM_INSTITUTIONS'), 'VENTSPILS')).toEqual(shown(5));
    expect(at(figure('OVERDUE_REVIEWS'), 'RIGA')).toEqual(shown(7));
    expect(at(figure('OVERDUE_REVIEWS'), 'LIEPAJA')).toEqual(shown(0));
    expect(at(figure('FOSTER_CHILDREN'), 'VENTSPILS', 'ORDINARY')).toEqual(shown(5));
    expect(at(figure('FOSTER_CARERS'), 'VENTSPILS')).toEqual(hidden);
  });

  it('counts services in plans and prices them by the price list, and who is on the waiting list for long-term care', () => {
    expect(at(figure('SERVICES_IN_PLANS'), 'RIGA', 'DAY_CARE_CENTRE')).toEqual(shown(7));
    expect(at(figure('SERVICES_IN_PLANS'), 'LIEPAJA', 'HOME_CARE')).toEqual(shown(5));
    // 7 × 20 days × 14.94; 5 × 10 h × 52/12 weeks × 3.32
    expect(at(figure('MONTHLY_COST'), 'RIGA', 'DAY_CARE_CENTRE')).toEqual(shown(2091.6));
    expect(at(figure('MONTHLY_COST'), 'LIEPAJA', 'HOME_CARE')).toEqual(shown(719.33));
    // the waiting list itself (issue 20), no longer services recommended and not planned
    expect(at(figure('WAITING_FOR_SERVICE'), 'RIGA', 'STATE_SOCIAL_CARE_CENTRE')).toEqual(shown(5));
    expect(at(figure('WAITING_FOR_SERVICE'), 'LIEPAJA', 'STATE_SOCIAL_CARE_CENTRE')).toEqual(shown(0));
    expect(figure('WAITING_FOR_SERVICE').columns).not.toContain('SOCIAL_MENTOR');
  });

  it('hides money wherever the count it comes from is hidden', async () => {
    await hub.db.query(`UPDATE plan_service SET volume = 3 WHERE service_type = 'DAY_CARE_CENTRE'`);
    await hub.db.query(`UPDATE plan_service SET service_type = 'SOCIAL_MENTOR', unit = 'HOUR' WHERE id IN (
      SELECT ps.id FROM plan_service ps JOIN support_plan p ON p.id = ps.plan_id JOIN care_case c ON c.id = p.case_id
       WHERE c.responsible_municipality_code = 'RIGA' LIMIT 2)`);
    const res = await hub.gql(await hub.token('LM', UserRole.ANALYST), SUMMARY,
      { period: PERIOD, metrics: ['SERVICES_IN_PLANS', 'MONTHLY_COST'] });
    const counts = figure('SERVICES_IN_PLANS', res.data?.regionalSummary);
    const money = figure('MONTHLY_COST', res.data?.regionalSummary);
    expect(at(counts, 'RIGA', 'SOCIAL_MENTOR')).toEqual(hidden);
    counts.rows.forEach((row, r) => row.cells.forEach((c, k) => expect(money.rows[r].cells[k].suppressed).toBe(c.suppressed)));
    await hub.db.query(`UPDATE plan_service SET volume = 20, service_type = 'DAY_CARE_CENTRE', unit = 'DAY' WHERE unit IN ('DAY', 'HOUR') AND period = 'MONTH'`);
  });

  it('keeps each analyst to their scope', async () => {
    const liepaja = await hub.gql(await hub.token('SD-LIEPAJA', UserRole.ANALYST), SUMMARY, { period: PERIOD, metrics: ['OPEN_CASES'] });
    expect(liepaja.data?.regionalSummary).toMatchObject({ scopeLevel: 'MUNICIPALITY', scopeCode: 'LIEPAJA' });
    expect(figure('OPEN_CASES', liepaja.data?.regionalSummary).rows.map((r) => r.areaCode)).toEqual(['LIEPAJA']);

    const kurzeme = await hub.gql(await hub.token('PR-KURZEME', UserRole.ANALYST), SUMMARY,
      { period: PERIOD, groupBy: 'REGION', metrics: ['OPEN_CASES'] });
    expect(figure('OPEN_CASES', kurzeme.data?.regionalSummary).rows.map((r) => r.areaCode)).toEqual(['KURZEME']);
    expect(figure('OPEN_CASES', kurzeme.data?.regionalSummary).total).toEqual(shown(21));

    const outside = await hub.gql(await hub.token('PR-KURZEME', UserRole.ANALYST), SUMMARY, { period: PERIOD, region: 'RIGA' });
    expect(outside.errors[0].extensions?.code).toBe('FORBIDDEN');
    for (const [agency, role] of [['SD-RIGA', UserRole.CASE_WORKER], ['AC-RIGA-1', UserRole.ANALYST], ['SD-RIGA', UserRole.ADMIN]] as const) {
      const res = await hub.gql(await hub.token(agency, role), SUMMARY, { period: PERIOD });
      expect(res.errors[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('audits every aggregate read: who, which figures, which scope', async () => {
    const rows = await hub.db.query(
      `SELECT a.user_role, ag.code, a.entity AS scope, a.categories FROM audit_log a JOIN agency ag ON ag.id = a.agency_id
        WHERE a.kind = 'AGGREGATE' ORDER BY a.id`);
    expect(rows[0]).toMatchObject({ user_role: 'ANALYST', code: 'LM', scope: 'NATIONAL' });
    expect(rows).toContainEqual(expect.objectContaining({ code: 'SD-LIEPAJA', scope: 'MUNICIPALITY:LIEPAJA', categories: ['OPEN_CASES'] }));
  });

  it('never returns an id, a name or free text', () => {
    const text = JSON.stringify(national);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(text).not.toContain('Carer');
    expect(text).not.toContain('FAM-A');
  });

  it('serves the same summary as CSV, with the same arguments and token', async () => {
    const token = await hub.token('LM', UserRole.ANALYST);
    const res = await fetch(`${hub.url}/reports/regional.csv?from=${PERIOD.from}&to=${PERIOD.to}&groupBy=MUNICIPALITY`,
      { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const [header, ...lines] = (await res.text()).trim().split('\n');
    expect(header).toBe('metric,unit,area_code,area_name,column,value,suppressed');
    const fromCsv = new Map(lines.map((l) => {
      const [metric, , area, , column, value, suppressed] = l.split(',');
      // an empty value that is not suppressed is unknown (money without a price, a median of nobody): null, as in GraphQL
      return [`${metric}|${area}|${column}`, suppressed === 'true' || value === '' ? null : Number(value)];
    }));
    const again = await hub.gql(token, SUMMARY, { period: PERIOD });
    let compared = 0;
    for (const f of again.data?.regionalSummary.figures ?? []) {
      for (const row of f.rows) {
        row.cells.forEach((c, i) => {
          expect([f.metric, row.areaCode, f.columns[i], fromCsv.get(`${f.metric}|${row.areaCode}|${f.columns[i]}`)])
            .toEqual([f.metric, row.areaCode, f.columns[i], c.value]);
          compared += 1;
        });
      }
      expect(fromCsv.get(`${f.metric}|TOTAL|TOTAL`)).toBe(f.total.value);
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('refuses the CSV without a token (401) and to non-analysts (403)', async () => {
    const url = `${hub.url}/reports/regional.csv?from=${PERIOD.from}&to=${PERIOD.to}`;
    expect((await fetch(url)).status).toBe(401);
    const caseWorker = await hub.token('SD-RIGA');
    expect((await fetch(url, { headers: { authorization: `Bearer ${caseWorker}` } })).status).toBe(403);
    const bad = await fetch(`${hub.url}/reports/regional.csv?from=2026-07-01&to=2026-01-01`,
      { headers: { authorization: `Bearer ${await hub.token('LM', UserRole.ANALYST)}` } });
    expect(bad.status).toBe(400);
  });

  it('gives a figure per month for a trend, oldest first, up to today', async () => {
    const res = await hub.gql(await hub.token('LM', UserRole.ANALYST),
      graphql(`query RegionalSummaryTrend { trend(metric: OPEN_CASES, groupBy: REGION, months: 3) { month from to figure { total { value suppressed } } } }`));
    expect(res.errors).toEqual([]);
    const points = res.data?.trend ?? [];
    expect(points).toHaveLength(3);
    const day = today();
    expect(points[2]).toMatchObject({ month: day.slice(0, 7), to: day });
    expect(points.map((p) => p.from.slice(8))).toEqual(['01', '01', '01']);
    expect(points[0].month < points[1].month && points[1].month < points[2].month).toBe(true);
    // the fixture's open cases were all opened in 2025 and stay open (the closed one closed in March 2026)
    for (const p of points) expect(p.figure.total).toEqual(shown(44));
  });

  it('answers from rollups exactly as from the source, and shows a write once its municipality is refreshed', async () => {
    const token = await hub.token('LM', UserRole.ANALYST);
    const period = { from: '2026-01-01', to: today() };
    const live = await hub.gql(token, SUMMARY, { period });
    expect(await rebuildRollups(hub.db, null)).toBe(43);
    const rolled = await hub.gql(token, SUMMARY, { period });
    expect(rolled.errors).toEqual([]);
    expect(rolled.data).toEqual(live.data);
    const byRegion: VariablesOf<typeof SUMMARY> = { period, groupBy: 'REGION' };
    await hub.db.query('TRUNCATE report_rollup_state');
    const liveByRegion = await hub.gql(token, SUMMARY, byRegion);
    expect(await refreshRollups(hub.db)).toBe(43);
    expect((await hub.gql(token, SUMMARY, byRegion)).data).toEqual(liveByRegion.data);

    // the region's own count of people, kept with the rollups
    const inRegionInstitutions = async () => at(figure('IN_INSTITUTIONS',
      (await hub.gql(token, SUMMARY, { period, groupBy: 'REGION', metrics: ['IN_INSTITUTIONS'] })).data?.regionalSummary), 'RIGA');
    const regionBefore = await inRegionInstitutions();
    expect(regionBefore?.value).toBeGreaterThanOrEqual(11);
    // a change no write has announced is not in the answer: the rollups answered
    await hub.db.query(`UPDATE placement SET ends_on = '2026-07-01' WHERE type = 'INSTITUTION' AND ends_on IS NULL AND starts_on < '2026-07-01'`);
    const inInstitutions = async () => at(figure('IN_INSTITUTIONS',
      (await hub.gql(token, SUMMARY, { period, metrics: ['IN_INSTITUTIONS'] })).data?.regionalSummary), 'RIGA');
    expect(await inInstitutions()).toEqual(shown(11));
    expect(await inRegionInstitutions()).toEqual(regionBefore);
    // every write touches its case, which marks the municipality stale; the refresh rebuilds just that one, and its region's own figures
    await hub.db.query(`UPDATE care_case SET updated_at = now() WHERE responsible_municipality_code = 'RIGA'`);
    expect(await refreshRollups(hub.db)).toBe(1);
    expect(await inInstitutions()).toEqual(shown(0));
    expect(await inRegionInstitutions()).toEqual(shown((regionBefore?.value ?? 0) - 11));
    expect(await refreshRollups(hub.db)).toBe(0);
  });
});
