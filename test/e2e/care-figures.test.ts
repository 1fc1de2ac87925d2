import type { ResultOf } from '@graphql-typed-document-node/core';
import { today } from '../../src/kernel/dates';
import { UserRole } from '../../src/kernel/principal';
import { Metric } from '../../src/reporting/metrics';
import { rebuildRollups } from '../../src/reporting/rollups';
import { fromSnapshots, refreshSnapshots } from '../../src/reporting/snapshots';
import { GroupBy } from '../../src/reporting/summary.types';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const SUMMARY = graphql(`query CareFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {
  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {
    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }
      rows { areaCode cells { value suppressed unknown } total { value suppressed } } }
  }
}`);
type FigureOut = ResultOf<typeof SUMMARY>['regionalSummary']['figures'][number];

const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const METRICS = ['CHILDREN_IN_CARE_BY_GOAL', 'CHILDREN_IN_CARE_OVER_TWO_YEARS', 'MEDIAN_MONTHS_IN_CARE', 'EXITS_FROM_CARE', 'SERVICE_PLACES',
  'PLACES_IN_USE'] as const;

/**
 * Known answers at 2025-12-31 (the year 2025), in Zemgale:
 * JELGAVA: 7 children in care since 2022-03-01 (45 whole months; 5 with ADOPTION decided 2024-01-01, 2 with none),
 *          6 since 2025-06-01 (6 months; RETURN_TO_BIRTH_FAMILY decided 2025-07-01, 2 of them at SP-ZEMGALE-FAMILY-HOME),
 *          1 since 2024-01-01 (23 months, none) who leaves care in 2026;
 *          exits in 2025: 5 RETURNED_HOME (2025-09-30), 6 ADOPTED (2025-03-31);
 *          a child with the birth family and an adult in a VSAC: not in care.
 * DOBELES_NOV: 3 children in care since 2025-01-01 (GUARDIANSHIP), 2 exits to INDEPENDENT_LIVING: every figure of theirs hidden.
 */
async function buildFixture(hub: TestHub): Promise<void> {
  await hub.db.query(`
    CREATE TEMP TABLE spec (m text, tg text, n int, birth date, since date, until date, exit text, goal text, decided date, provider text, tag text);
    INSERT INTO spec VALUES
      ('JELGAVA', 'CHILD_WITHOUT_PARENTAL_CARE', 5, '2012-01-01', '2022-03-01', NULL, NULL, 'ADOPTION', '2024-01-01', NULL, 'long'),
      ('JELGAVA', 'CHILD_WITHOUT_PARENTAL_CARE', 2, '2012-01-01', '2022-03-01', NULL, NULL, NULL, NULL, NULL, 'long'),
      ('JELGAVA', 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT', 4, '2014-01-01', '2025-06-01', NULL, NULL, 'RETURN_TO_BIRTH_FAMILY', '2025-07-01', NULL, NULL),
      ('JELGAVA', 'CHILD_WITHOUT_PARENTAL_CARE', 2, '2014-01-01', '2025-06-01', NULL, NULL, 'RETURN_TO_BIRTH_FAMILY', '2025-07-01', 'SP-ZEMGALE-FAMILY-HOME', NULL),
      ('JELGAVA', 'CHILD_WITHOUT_PARENTAL_CARE', 5, '2013-01-01', '2024-01-01', '2025-09-30', 'RETURNED_HOME', NULL, NULL, NULL, NULL),
      ('JELGAVA', 'CHILD_WITHOUT_PARENTAL_CARE', 6, '2013-01-01', '2024-01-01', '2025-03-31', 'ADOPTED', NULL, NULL, NULL, NULL),
      ('DOBELES_NOV', 'CHILD_WITHOUT_PARENTAL_CARE', 2, '2008-01-01', '2024-01-01', '2025-05-31', 'INDEPENDENT_LIVING', NULL, NULL, NULL, NULL),
      ('JELGAVA', 'CHILD_WITHOUT_PARENTAL_CARE', 1, '2013-01-01', '2024-01-01', '2026-01-15', 'GUARDIANSHIP', NULL, NULL, NULL, NULL),
      ('JELGAVA', 'CHILD_WITHOUT_PARENTAL_CARE', 1, '2013-01-01', '2024-01-01', NULL, NULL, NULL, NULL, NULL, 'birth-family'),
      ('JELGAVA', 'ADULT_WITH_MENTAL_DISORDER', 1, '1970-01-01', '2024-01-01', NULL, NULL, NULL, NULL, 'VSAC-ZEMGALE', 'adult'),
      ('DOBELES_NOV', 'CHILD_WITHOUT_PARENTAL_CARE', 3, '2015-01-01', '2025-01-01', NULL, NULL, 'GUARDIANSHIP', '2025-02-01', NULL, NULL);
    CREATE TEMP TABLE made AS
      SELECT gen_random_uuid() AS case_id, gen_random_uuid() AS client_id, s.*, row_number() OVER () AS k FROM spec s, generate_series(1, s.n);
    INSERT INTO client (id, personal_code, given_name, family_name, birth_date, gender, declared_municipality_code)
      SELECT client_id, '32' || lpad((8000 + k)::text, 4, '0') || '-' || lpad(k::text, 5, '0'), 'X', 'Y', birth, 'UNSPECIFIED', m FROM made;
    INSERT INTO care_case (id, client_id, target_group, intake_type, status, opened_on, responsible_municipality_code)
      SELECT case_id, client_id, tg, 'VOLUNTARY', 'IMPLEMENTATION', '2021-06-01', m FROM made;
    INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id)
      SELECT case_id, a.id, 'CASE_MANAGER', 'x', 'u' FROM made JOIN agency a ON a.code = 'SD-' || m;
    INSERT INTO placement (case_id, type, carer_name, provider_agency_id, starts_on, ends_on, exit_destination)
      SELECT case_id, CASE WHEN tag = 'birth-family' THEN 'BIRTH_FAMILY' WHEN tag = 'adult' THEN 'INSTITUTION'
                           WHEN provider IS NOT NULL THEN 'FAMILY_LIKE_CARE_HOME' ELSE 'GUARDIAN' END,
             CASE WHEN provider IS NULL AND tag IS DISTINCT FROM 'birth-family' THEN 'Aizbildnis' END,
             (SELECT id FROM agency WHERE code = provider), since, until, exit
        FROM made;
    INSERT INTO permanency_plan (case_id, version, goal, target_date, decided_on, decision_ref, deciding_agency_id, decided_by_user_id)
      SELECT case_id, 1, goal, decided + 365, decided, 'BT 1', a.id, 'u' FROM made JOIN agency a ON a.code = 'BT-' || m WHERE goal IS NOT NULL;
  `);
}

describe('the care path figures: permanency, time in care, exits and places, reconciled with the rows', () => {
  let hub: TestHub;
  let analyst: string;
  beforeAll(async () => {
    hub = await startHub();
    await buildFixture(hub);
    analyst = await hub.token('LM', UserRole.ANALYST);
  });
  afterAll(async () => { await hub.close(); });

  const summary = async (groupBy: 'MUNICIPALITY' | 'REGION', region: string | null = 'ZEMGALE') => {
    const res = await hub.gql(analyst, SUMMARY, { period: YEAR, groupBy, region, metrics: [...METRICS] });
    expect(res.errors).toEqual([]);
    return res.data?.regionalSummary.figures as FigureOut[];
  };
  const figure = (figures: FigureOut[], metric: string) => figures.find((f) => f.metric === metric) as FigureOut;
  const at = (f: FigureOut, area: string, column = 'ALL') => f.rows.find((r) => r.areaCode === area)?.cells[f.columns.indexOf(column)];
  const shown = (value: number) => ({ value, suppressed: false, unknown: false });
  const hidden = { value: null, suppressed: true, unknown: false };

  it('counts children in care by permanency goal, those in care over two years, and their median months in care', async () => {
    const figures = await summary('MUNICIPALITY');
    const goals = figure(figures, 'CHILDREN_IN_CARE_BY_GOAL');
    expect(goals.unit).toBe('CLIENTS');
    expect(at(goals, 'JELGAVA', 'ADOPTION')).toEqual(shown(5));
    expect(at(goals, 'JELGAVA', 'RETURN_TO_BIRTH_FAMILY')).toEqual(shown(6));
    expect(at(goals, 'JELGAVA', 'NO_PLAN')).toEqual(hidden);
    expect(at(goals, 'JELGAVA', 'GUARDIANSHIP')).toEqual(shown(0));
    expect(at(goals, 'DOBELES_NOV', 'GUARDIANSHIP')).toEqual(hidden);
    expect(at(figure(figures, 'CHILDREN_IN_CARE_OVER_TWO_YEARS'), 'JELGAVA')).toEqual(shown(7));
    // 14 children: six of 6 months, one of 23, seven of 45
    const median = figure(figures, 'MEDIAN_MONTHS_IN_CARE');
    expect(median.unit).toBe('MONTHS');
    expect(at(median, 'JELGAVA')).toEqual(shown(34));
    expect(at(median, 'DOBELES_NOV')).toEqual(hidden);
    expect(at(median, 'BAUSKAS_NOV')).toEqual({ value: null, suppressed: false, unknown: true });
    // the whole region's 17 children: six of 6 months, three of 11, one of 23, seven of 45
    expect(median.total).toEqual(shown(11));
  });

  it('counts exits from care in the period by destination', async () => {
    const exits = figure(await summary('MUNICIPALITY'), 'EXITS_FROM_CARE');
    expect(exits.unit).toBe('EXITS');
    expect(at(exits, 'JELGAVA', 'RETURNED_HOME')).toEqual(shown(5));
    expect(at(exits, 'JELGAVA', 'ADOPTED')).toEqual(shown(6));
    expect(at(exits, 'JELGAVA', 'GUARDIANSHIP')).toEqual(shown(0));
    expect(at(exits, 'DOBELES_NOV', 'INDEPENDENT_LIVING')).toEqual(hidden);
  });

  it('gives the places of the provider register and those in use', async () => {
    const figures = await summary('MUNICIPALITY');
    expect(at(figure(figures, 'SERVICE_PLACES'), 'JELGAVA', 'FAMILY_LIKE_CARE_HOME')).toEqual(shown(8));
    expect(at(figure(figures, 'SERVICE_PLACES'), 'JELGAVA', 'STATE_SOCIAL_CARE_CENTRE')).toEqual(shown(400));
    expect(at(figure(figures, 'PLACES_IN_USE'), 'JELGAVA', 'FAMILY_LIKE_CARE_HOME')).toEqual(hidden);
  });

  /** The figures worked out again from the rows, by hand-written SQL independent of the hub's: (metric, area, column) → count. */
  async function fromRows(level: 'MUNICIPALITY' | 'REGION'): Promise<Map<string, number>> {
    const area = level === 'REGION' ? 'm.region_code' : 'm.code';
    const rows: { metric: string; area: string; col: string; n: number }[] = await hub.db.query(`
      SELECT 'CHILDREN_IN_CARE_BY_GOAL' AS metric, ${area} AS area,
             COALESCE((SELECT x.goal FROM permanency_plan x WHERE x.case_id = c.id AND x.decided_on <= '2025-12-31' ORDER BY x.version DESC LIMIT 1),
                      'NO_PLAN') AS col, count(DISTINCT c.client_id)::int AS n
        FROM care_case c JOIN municipality m ON m.code = c.responsible_municipality_code
       WHERE c.target_group <> 'ADULT_WITH_MENTAL_DISORDER' AND EXISTS (SELECT 1 FROM placement p WHERE p.case_id = c.id
             AND p.type <> 'BIRTH_FAMILY' AND p.starts_on <= '2025-12-31' AND (p.ends_on IS NULL OR p.ends_on > '2025-12-31'))
       GROUP BY 1, 2, 3
      UNION ALL
      SELECT 'EXITS_FROM_CARE', ${area}, p.exit_destination, count(*)::int FROM placement p JOIN care_case c ON c.id = p.case_id
        JOIN municipality m ON m.code = c.responsible_municipality_code
       WHERE p.exit_destination IS NOT NULL AND p.ends_on BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY 1, 2, 3
      UNION ALL
      SELECT 'SERVICE_PLACES', ${area}, ps.service_type, sum(ps.places)::int FROM provider_service ps
        JOIN service_provider sp ON sp.agency_code = ps.agency_code JOIN municipality m ON m.code = sp.municipality_code GROUP BY 1, 2, 3`);
    return new Map(rows.map((r) => [`${r.metric}|${r.area}|${r.col}`, r.n]));
  }

  it.each(['MUNICIPALITY', 'REGION'] as const)('reconciles every published cell and total with the rows, and hides 1 to 4 (%s)', async (level) => {
    const figures = await summary(level, null);
    const expected = await fromRows(level);
    let published = 0;
    for (const metric of ['CHILDREN_IN_CARE_BY_GOAL', 'EXITS_FROM_CARE', 'SERVICE_PLACES']) {
      const f = figure(figures, metric);
      const columnSums = f.columns.map(() => 0);
      for (const row of f.rows) {
        let rowSum = 0;
        row.cells.forEach((cell, i) => {
          const raw = expected.get(`${metric}|${row.areaCode}|${f.columns[i]}`) ?? 0;
          rowSum += raw;
          columnSums[i] += raw;
          if (raw >= 1 && raw <= 4) expect([metric, row.areaCode, f.columns[i], cell.suppressed]).toEqual([metric, row.areaCode, f.columns[i], true]);
          if (!cell.suppressed) {
            expect([metric, row.areaCode, f.columns[i], cell.value]).toEqual([metric, row.areaCode, f.columns[i], raw]);
            published += 1;
          }
        });
        if (row.total && !row.total.suppressed) expect([metric, row.areaCode, row.total.value]).toEqual([metric, row.areaCode, rowSum]);
      }
      f.columnTotals.forEach((t, i) => { if (!t.suppressed) expect([metric, f.columns[i], t.value]).toEqual([metric, f.columns[i], columnSums[i]]); });
      if (!f.total.suppressed) expect(f.total.value).toBe(columnSums.reduce((a, b) => a + b, 0));
    }
    expect(published).toBeGreaterThan(10);
  });

  it('answers the same from the rollups (this year) and the month-end snapshots (a past year), the median too', async () => {
    const thisYear = { from: `${today().slice(0, 4)}-01-01`, to: today() };
    const ask = async () => {
      const answers = [];
      for (const period of [YEAR, thisYear]) {
        for (const [groupBy, region] of [['MUNICIPALITY', 'ZEMGALE'], ['REGION', null], ['MUNICIPALITY', null]] as const) {
          const res = await hub.gql(analyst, SUMMARY, { period, groupBy, region, metrics: [...METRICS] });
          expect(res.errors).toEqual([]);
          answers.push(res.data?.regionalSummary.figures);
        }
      }
      return answers;
    };
    const live = await ask();
    expect(await rebuildRollups(hub.db, null)).toBe(43);
    await refreshSnapshots(hub.db, { all: true });
    const municipalities = (await hub.db.query('SELECT code FROM municipality')).map((m: { code: string }) => m.code);
    const kept = [Metric.CHILDREN_IN_CARE_BY_GOAL, Metric.CHILDREN_IN_CARE_OVER_TWO_YEARS, Metric.MEDIAN_MONTHS_IN_CARE, Metric.EXITS_FROM_CARE];
    expect((await fromSnapshots(hub.db, municipalities, YEAR.from, YEAR.to, GroupBy.MUNICIPALITY, null, kept)).live).toEqual([]);
    expect(await ask()).toEqual(live);
  }, 60_000);

  it('is the same whichever way it is asked: a region is its municipalities together', async () => {
    const regions = figure(await summary('REGION', 'ZEMGALE'), 'CHILDREN_IN_CARE_BY_GOAL');
    expect(at(regions, 'ZEMGALE', 'ADOPTION')).toEqual(shown(5));
    expect(at(regions, 'ZEMGALE', 'RETURN_TO_BIRTH_FAMILY')).toEqual(shown(6));
    // NO_PLAN 3 and GUARDIANSHIP 3: both hidden
    expect(at(regions, 'ZEMGALE', 'GUARDIANSHIP')).toEqual(hidden);
  });
});
