import { DataSource } from 'typeorm';
import { TargetGroup } from '../cases';
import { Sql } from '../kernel/db/sql';
import { addMonths, monthOf, today } from '../kernel/dates';
import {
  FigureValue, figuresSql, FLOWS, flowsByDaySql, keptFiguresSql, Metric, METRIC_CLASS, METRICS, PLAN_UNITS, PLAN_VOLUMES,
  REVIEWS_BY_MONTH, SCOPED,
} from './metrics';
import { mediansFromDistribution } from './medians';
import { keptPlacesInUse } from './places';
import { PLANNED_WITH_PROVIDERS } from './places-sql';
import { NO_TARGET_GROUP } from './register-figures';
import { DISTINCT_COUNTS, SCOPED_CASES_BOTH_LEVELS, SHARED_CASES } from './region-sums';
import { costFromPlanVolumes, fromSnapshots, refreshSnapshots } from './snapshots';
import { GroupBy } from './summary.types';

export type { FigureValue } from './metrics';

/**
 * Kept rows are read for the municipalities in scope by matching `municipality` (43 rows) against the
 * list, not each kept row: `municipality_code = ANY(43 codes)` on a year of flows per day took 33 ms.
 */
const AREA = `CASE WHEN $3 = 'REGION' THEN m.region_code ELSE m.code END`;

/**
 * The figures kept for today, summed over the asked target groups ($1 municipalities, $2 figures): a report of
 * every target group reads the totals kept summed (summing the rollup per request was ~25 ms of a national
 * report on 1,000,000 cases), and by municipality it reads them as they are. By region, a count of distinct
 * people is the sum of its municipalities' and the region's correction, and the monthly cost is rounded over
 * the region, from the plan volumes (a report by region covers whole regions).
 */
function keptToday(db: Sql, municipalities: string[], to: string, byRegion: boolean, targetGroup: TargetGroup | null,
  summed: Metric[], corrected: Metric[], regionCost: boolean): Promise<FigureValue[]> {
  const rows = !targetGroup ? 'report_rollup_total'
    : `(SELECT municipality_code, metric, col, value FROM report_rollup WHERE target_group IN ($3::text, '${NO_TARGET_GROUP}'))`;
  if (!byRegion) {
    return db.query(`SELECT metric, municipality_code AS area, col, value FROM ${rows} r
                      WHERE municipality_code = ANY($1::text[]) AND metric = ANY($2::text[])`,
    targetGroup ? [municipalities, summed, targetGroup] : [municipalities, summed]);
  }
  return db.query(
    `SELECT metric, area, col, sum(value) AS value FROM (
       SELECT r.metric, m.region_code AS area, r.col, r.value FROM ${rows} r JOIN municipality m ON m.code = r.municipality_code
        WHERE m.code = ANY($1::text[]) AND r.metric = ANY($2::text[])
       UNION ALL
       SELECT c.metric, c.region_code, c.col, c.value FROM report_region_correction c
        WHERE c.metric = ANY($4::text[]) AND ($3::text IS NULL OR c.target_group = $3)
          AND c.region_code IN (SELECT region_code FROM municipality WHERE code = ANY($1::text[]))) k
      GROUP BY 1, 2, 3
     UNION ALL
     ${costFromPlanVolumes({ area: 'm.region_code', on: '$5::date', asked: '$6', municipalities: '$1', targetGroup: '$3' })}`,
    [municipalities, summed, targetGroup, corrected, to, regionCost]);
}

/**
 * From the rollups, when every asked municipality's rollup holds today's figures and `to` is today: the
 * figures kept for today, and the flows of the period summed from their months and days.
 */
async function fromRollups(db: Sql, municipalities: string[], from: string, to: string, groupBy: GroupBy,
  targetGroup: TargetGroup | null, metrics: Metric[]): Promise<FigureValue[] | null> {
  if (to !== today()) return null;
  const byRegion = groupBy === GroupBy.REGION;
  const regionCost = byRegion && metrics.includes(Metric.MONTHLY_COST);
  const summed = metrics.filter((m) => !FLOWS.has(m) && !(regionCost && m === Metric.MONTHLY_COST));
  const corrected = byRegion ? summed.filter((m) => DISTINCT_COUNTS.has(m)) : [];
  const daily = metrics.filter((m) => METRICS[m].byDay);
  const months = wholeMonthsWithin(from, to);
  // whether the rollups hold today's figures, the figures kept for today and the flows of the period are read
  // side by side on connections of their own (the figures are dropped when the rollups are not current, which
  // is rare)
  const [[{ ready }], kept, flows] = await Promise.all([
    db.query(`SELECT count(*) = cardinality($1::text[]) AS ready FROM report_rollup_state
               WHERE municipality_code = ANY($1::text[]) AND built_for = $2::date`, [municipalities, to]) as Promise<{ ready: boolean }[]>,
    summed.length === 0 && !regionCost ? [] : keptToday(db, municipalities, to, byRegion, targetGroup, summed, corrected, regionCost),
    daily.length === 0 ? [] : db.query(
      `SELECT f.metric, ${AREA} AS area, f.col, sum(f.value) AS value FROM (
           SELECT metric, municipality_code, target_group, col, value FROM report_flow_month
            WHERE metric = ANY($5::text[]) AND month >= $6::date AND month < $7::date
           UNION ALL
           SELECT metric, municipality_code, target_group, col, value FROM report_flow_day
            WHERE metric = ANY($5::text[]) AND day BETWEEN $8::date AND $2::date AND (day < $6::date OR day >= $7::date)) f
         JOIN municipality m ON m.code = f.municipality_code
        WHERE m.code = ANY($1::text[]) AND ($4::text IS NULL OR f.target_group = $4)
        GROUP BY 1, 2, 3`,
      [municipalities, to, groupBy, targetGroup, daily, months.first, months.end, from]) as Promise<FigureValue[]>,
  ]);
  return ready ? [...kept, ...flows] : null;
}

/**
 * The whole calendar months within a period, as [first, end): the first day of the first and the first
 * day after the last (first ≥ end: none). Its flows come from their month rows, the days at its edges from day rows.
 */
export function wholeMonthsWithin(from: string, to: string): { first: string; end: string } {
  const first = from.slice(8) === '01' ? from : addMonths(monthOf(from).first, 1);
  const last = monthOf(to);
  return { first, end: to === last.last ? addMonths(last.first, 1) : last.first };
}

/** The LIVE figures, and any the kept tables could not give, from the source tables. */
async function computedRows(db: Sql, municipalities: string[], from: string, to: string, groupBy: GroupBy,
  targetGroup: TargetGroup | null, metrics: Metric[]): Promise<FigureValue[]> {
  if (metrics.length === 0) return [];
  return db.query(`WITH ${SCOPED} SELECT metric, area, col, sum(value) AS value FROM (${figuresSql(metrics)}) f GROUP BY 1, 2, 3`,
    [from, to, municipalities, targetGroup, groupBy]);
}

/**
 * The cells of the asked figures: (metric, area, column, value), summed over target groups. A period
 * ending today comes from the rollups; whole past months from their snapshots where those are
 * current; whatever is left, and the LIVE figures always, from the source tables. The places in use,
 * the kept figures and the LIVE ones are read side by side, on connections of their own: none needs
 * another's answer, and a report's wait is the longest of them instead of their sum.
 */
export async function figureRows(db: Sql, municipalities: string[], from: string, to: string, groupBy: GroupBy,
  targetGroup: TargetGroup | null, metrics: Metric[]): Promise<FigureValue[]> {
  const always = metrics.filter((m) => METRIC_CLASS[m] === 'LIVE');
  const kept = metrics.filter((m) => METRIC_CLASS[m] !== 'LIVE' && m !== Metric.PLACES_IN_USE);
  const keptRows = async () => {
    const rolled = kept.length === 0 ? [] : await fromRollups(db, municipalities, from, to, groupBy, targetGroup, kept);
    return rolled ? { rows: rolled, live: [] as Metric[] } : fromSnapshots(db, municipalities, from, to, groupBy, targetGroup, kept);
  };
  const [places, found, computed] = await Promise.all([
    // places in use are in the providers' areas: kept per provider, read on their own
    metrics.includes(Metric.PLACES_IN_USE) ? keptPlacesInUse(db, municipalities, from, to, groupBy, targetGroup) : [],
    keptRows(),
    computedRows(db, municipalities, from, to, groupBy, targetGroup, always),
  ]);
  const left = [...found.live, ...places === null ? [Metric.PLACES_IN_USE] : []];
  // a median is kept as its distribution
  return [...mediansFromDistribution(found.rows, Metric.MEDIAN_MONTHS_IN_CARE), ...places ?? [], ...computed,
    ...await computedRows(db, municipalities, from, to, groupBy, targetGroup, left)];
}

/**
 * Rebuilds the rollups of some municipalities (all when null) from the source tables, and their regions'
 * corrections, in one transaction.
 */
export async function rebuildRollups(db: DataSource, municipalities: string[] | null, waitForOthers = true): Promise<number> {
  const day = today();
  return db.transaction(async (tx) => {
    // one rebuild at a time across hubs; a periodic refresh skips its turn instead of waiting
    const lock = `hashtext('casehub:report-rollups')`;
    if (waitForOthers) {
      await tx.query(`SELECT pg_advisory_xact_lock(${lock})`);
    } else {
      const [{ mine }] = await tx.query(`SELECT pg_try_advisory_xact_lock(${lock}) AS mine`);
      if (!mine) return 0;
    }
    const targets: string[] = municipalities
      ?? (await tx.query('SELECT code FROM municipality ORDER BY code')).map((m: { code: string }) => m.code);
    if (targets.length === 0) return 0;
    // marks made after this point (by writes committing later) stay for the next refresh
    await tx.query('DELETE FROM report_dirty WHERE municipality_code = ANY($1::text[])', [targets]);
    await tx.query('DELETE FROM report_plan_dirty WHERE municipality_code = ANY($1::text[])', [targets]);
    for (const table of ['report_rollup', 'report_rollup_total', 'report_flow_day', 'report_flow_month', 'report_plan_volume', 'report_plan_units',
      'report_reviews', 'report_places_plans']) {
      await tx.query(`DELETE FROM ${table} WHERE municipality_code = ANY($1::text[])`, [targets]);
    }
    const args = [day, day, targets, null, GroupBy.MUNICIPALITY];
    const figures = Object.values(Metric).filter((m) => !FLOWS.has(m) && METRIC_CLASS[m] !== 'LIVE');
    await tx.query(`WITH ${SCOPED} INSERT INTO report_rollup (municipality_code, target_group, metric, col, value)
      SELECT area, tg, metric, col, value FROM (${keptFiguresSql(figures)}) f`, args);
    await tx.query(`INSERT INTO report_rollup_total (municipality_code, metric, col, value)
      SELECT municipality_code, metric, col, sum(value) FROM report_rollup WHERE municipality_code = ANY($1::text[]) GROUP BY 1, 2, 3`, [targets]);
    // what each of their regions' counts of distinct people differ from the sum of its municipalities' by
    const [{ regions, members }] = await tx.query(
      `SELECT array_agg(DISTINCT region_code) AS regions, array_agg(code) AS members FROM municipality
        WHERE region_code IN (SELECT region_code FROM municipality WHERE code = ANY($1::text[]))`, [targets]);
    await tx.query('DELETE FROM report_region_correction WHERE region_code = ANY($1::text[])', [regions]);
    // computed over the shared clients' and families' cases only (a few): the planner sees how few
    const [{ ids }] = await tx.query(SHARED_CASES, [members]);
    if (ids.length > 0) {
      const correction = `sum(CASE WHEN f.area LIKE 'REGION:%' THEN f.value ELSE -f.value END)`;
      await tx.query(`WITH ${SCOPED_CASES_BOTH_LEVELS} INSERT INTO report_region_correction (region_code, target_group, metric, col, value)
        SELECT COALESCE(m.region_code, split_part(f.area, ':', 2)), f.tg, f.metric, f.col, ${correction}
          FROM (${keptFiguresSql([...DISTINCT_COUNTS])}) f LEFT JOIN municipality m ON f.area = 'MUNICIPALITY:' || m.code
         WHERE f.col IS NOT NULL GROUP BY 1, 2, 3, 4 HAVING ${correction} <> 0`, [day, day, members, null, ids]);
    }
    // the flows (moves from institutions, exits, goals evaluated) per day: a period ending today is the sum of its days
    const daily = Object.values(Metric).filter((m) => METRICS[m].byDay);
    await tx.query(`WITH ${SCOPED} INSERT INTO report_flow_day (municipality_code, target_group, metric, col, day, value)
      SELECT area, tg, metric, col, day, value FROM (${flowsByDaySql(daily)}) f`, args);
    await tx.query(`INSERT INTO report_flow_month (municipality_code, target_group, metric, col, month, value)
      SELECT municipality_code, target_group, metric, col, date_trunc('month', day::timestamp)::date, sum(value) FROM report_flow_day
       WHERE municipality_code = ANY($1::text[]) GROUP BY 1, 2, 3, 4, 5`, [targets]);
    // today's plans, for the plan figures of any other date
    await tx.query(`WITH ${SCOPED} INSERT INTO report_plan_volume (municipality_code, target_group, service_type, unit, volume)
      SELECT area, tg, service_type, unit, volume FROM (${PLAN_VOLUMES}) f`, args);
    await tx.query(`WITH ${SCOPED} INSERT INTO report_plan_units (municipality_code, target_group, service_type, units, clients)
      SELECT area, tg, service_type, units, clients FROM (${PLAN_UNITS}) f`, args);
    await tx.query(`WITH ${SCOPED} INSERT INTO report_places_plans (municipality_code, target_group, provider_code, service_type, clients)
      SELECT area, tg, provider, service_type, clients FROM (${PLANNED_WITH_PROVIDERS}) f`, args);
    await tx.query(`WITH ${SCOPED} INSERT INTO report_reviews (municipality_code, target_group, due_month, plans, before_last_day)
      SELECT area, tg, month, plans, before_last_day FROM (${REVIEWS_BY_MONTH}) f`, args);
    await tx.query(
      `INSERT INTO report_rollup_state (municipality_code, built_for) SELECT unnest($1::text[]), $2::date
       ON CONFLICT (municipality_code) DO UPDATE SET built_for = EXCLUDED.built_for, built_at = now()`, [targets, day]);
    return targets.length;
  });
}

/** Time the periodic refresh spends on month-end snapshots per turn (a build it started always finishes). */
const SNAPSHOT_BUDGET_MS = 5_000;

/**
 * Rebuilds what writes marked stale, and everything on a new day; one hub at a time. Then the
 * month-end snapshots: what writes marked stale, and the month that ended last once it has ended.
 * Returns how many municipalities' rollups it rebuilt.
 */
export async function refreshRollups(db: DataSource): Promise<number> {
  const [{ stale }] = await db.query(
    `SELECT ARRAY(SELECT m.code FROM municipality m LEFT JOIN report_rollup_state s ON s.municipality_code = m.code
                   WHERE s.built_for IS DISTINCT FROM $1::date
                  UNION SELECT municipality_code FROM report_dirty UNION SELECT municipality_code FROM report_plan_dirty) AS stale`,
    [today()]);
  const rebuilt = stale.length === 0 ? 0 : await rebuildRollups(db, stale, false);
  await refreshSnapshots(db, { budgetMs: SNAPSHOT_BUDGET_MS });
  return rebuilt;
}
