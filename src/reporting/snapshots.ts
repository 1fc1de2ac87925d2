import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TargetGroup } from '../cases';
import { Sql } from '../kernel/db/sql';
import { addMonths, monthOf, today } from '../kernel/dates';
import {
  FigureValue, FLOWS, keptFiguresSql, Metric, METRIC_CLASS, pricesOn, SCOPED_BOTH_LEVELS,
} from './metrics';
import { NO_TARGET_GROUP } from './register-figures';
import { GroupBy } from './summary.types';

/**
 * Month-end snapshots (migration ReportSnapshots): per past month, region and class, the figures
 * the live SQL gives for that calendar month, per municipality and per region × target group.
 * A snapshot is used only while no write has changed what it was computed from (the triggers mark
 * the months a write touches, in the writer's transaction); anything else is computed live.
 */
type SnapshotClass = 'DATED' | 'WAITING';
const CLASSES: SnapshotClass[] = ['DATED', 'WAITING'];

const metricsOf = (cls: SnapshotClass) => Object.values(Metric).filter((m) => METRIC_CLASS[m] === cls);

/** What each class's figures are computed with: a snapshot of another definition is not used, and is rebuilt. */
export const SNAPSHOT_DEFINITION: Record<SnapshotClass, string> = Object.fromEntries(CLASSES.map((cls) => [cls,
  createHash('sha256').update(`${SCOPED_BOTH_LEVELS}\n${keptFiguresSql(metricsOf(cls))}`).digest('hex').slice(0, 16)])) as
  Record<SnapshotClass, string>;

/** The months of a period made of whole calendar months that have all ended (their first days), else null. */
export function wholePastMonths(from: string, to: string, now = today()): { first: string; last: string } | null {
  if (from > to || from.slice(8) !== '01') return null;
  const end = monthOf(to);
  if (to !== end.last || end.first >= monthOf(now).first) return null;
  return { first: from, last: end.first };
}

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) months.push(m);
  return months;
}

const AREA = `CASE WHEN $2 = 'REGION' THEN m.region_code ELSE m.code END`;

/** The plan figures of today's plans whatever the period: the rollups' cells are theirs for any date. */
const TODAYS_PLANS: readonly Metric[] = [Metric.SERVICES_IN_PLANS, Metric.PLANS_MISSING_SECTIONS, Metric.PLANS_WITHOUT_AGREEMENT];

/**
 * MONTHLY_COST from today's unrounded plan volumes kept with the rollups, rounded per area and target group
 * as the live SQL rounds it: `area` an area expression over `m`, `on` the prices' date, `asked` whether it
 * is asked, `municipalities` and `targetGroup` the scope (all SQL).
 */
export const costFromPlanVolumes = (q: { area: string; on: string; asked: string; municipalities: string; targetGroup: string }) => `
  SELECT '${Metric.MONTHLY_COST}', c.area, c.col, sum(c.value) FROM (
    SELECT ${q.area} AS area, v.target_group, v.service_type AS col, round(sum(v.volume * price.eur), 2) AS value
      FROM report_plan_volume v JOIN municipality m ON m.code = v.municipality_code
      JOIN ${pricesOn(q.on)} price ON price.service_type = v.service_type AND price.unit = v.unit
     WHERE ${q.asked} AND m.code = ANY(${q.municipalities}::text[]) AND (${q.targetGroup}::text IS NULL OR v.target_group = ${q.targetGroup})
     GROUP BY 1, 2, 3) c
   GROUP BY 1, 2, 3`;

/**
 * The plan figures at the end of a month from today's plans kept with the rollups: $1 municipalities, $2 groupBy,
 * $3 target group, $4 the month's last day, $5 the figures of today's plans asked, $6, $7 and $9 which other figures,
 * $8 the month's first day.
 */
const PLAN_FIGURES = `
  SELECT r.metric, ${AREA} AS area, r.col, sum(r.value) AS value
    FROM report_rollup r JOIN municipality m ON m.code = r.municipality_code
   WHERE r.metric = ANY($5::text[]) AND m.code = ANY($1::text[]) AND ($3::text IS NULL OR r.target_group = $3)
   GROUP BY 1, 2, 3
  UNION ALL
  SELECT '${Metric.OVERDUE_REVIEWS}', ${AREA}, 'ALL', sum(CASE WHEN v.due_month < $8::date THEN v.plans ELSE v.before_last_day END)
    FROM report_reviews v JOIN municipality m ON m.code = v.municipality_code
   WHERE $6 AND m.code = ANY($1::text[]) AND ($3::text IS NULL OR v.target_group = $3) AND v.due_month <= $8::date
   GROUP BY 1, 2, 3
  UNION ALL
  ${costFromPlanVolumes({ area: AREA, on: '$4::date', asked: '$7', municipalities: '$1', targetGroup: '$3' })}
  UNION ALL
  SELECT '${Metric.SERVICES_PRICE_UNKNOWN}', ${AREA}, u.service_type, sum(u.clients)
    FROM report_plan_units u JOIN municipality m ON m.code = u.municipality_code
   WHERE $9 AND m.code = ANY($1::text[]) AND ($3::text IS NULL OR u.target_group = $3)
     AND EXISTS (SELECT 1 FROM unnest(u.units) AS planned(unit)
                  WHERE NOT EXISTS (SELECT 1 FROM ${pricesOn('$4::date')} price WHERE price.service_type = u.service_type AND price.unit = planned.unit))
   GROUP BY 1, 2, 3`;

/** Snapshot cells: $1 level, $2 areas, $3 target group, $4 first month, $5 last month, $6 figures at its end, $7 flows. */
const SNAPSHOT_FIGURES = `
  SELECT metric, area, col, sum(value) AS value FROM (
    SELECT s.metric, s.area, s.col, s.value FROM report_snapshot s
     WHERE s.level = $1 AND s.metric = ANY($6::text[]) AND s.month = $5::date AND s.area = ANY($2::text[])
       AND ($3::text IS NULL OR s.target_group IN ($3, '${NO_TARGET_GROUP}'))
    UNION ALL
    SELECT s.metric, s.area, s.col, s.value FROM report_snapshot s
     WHERE s.level = $1 AND s.metric = ANY($7::text[]) AND s.month BETWEEN $4::date AND $5::date AND s.area = ANY($2::text[])
       AND ($3::text IS NULL OR s.target_group = $3)) x
   GROUP BY 1, 2, 3`;

/**
 * The asked figures a period of whole past months can take from snapshots (and the plan figures
 * from today's plans), and the metrics left to compute live. A figure at the period's end comes
 * from its last month; a flow is the sum of its months; a month, region or class that is stale
 * or not built sends its metrics live.
 */
export async function fromSnapshots(db: Sql, municipalities: string[], from: string, to: string, groupBy: GroupBy,
  targetGroup: TargetGroup | null, metrics: Metric[]): Promise<{ rows: FigureValue[]; live: Metric[] }> {
  const months = wholePastMonths(from, to);
  if (!months || municipalities.length === 0) return { rows: [], live: metrics };
  const [valid] = await db.query(
    `WITH regions AS (SELECT DISTINCT region_code FROM municipality WHERE code = ANY($1::text[]))
     SELECT ARRAY(SELECT region_code FROM regions) AS regions, ARRAY(
       SELECT st.class || ' ' || st.month FROM report_snapshot_state st JOIN regions r ON r.region_code = st.region_code
        WHERE st.month BETWEEN $2::date AND $3::date AND NOT st.stale
          AND st.definition = CASE st.class WHEN 'DATED' THEN $4 ELSE $5 END
          AND NOT EXISTS (SELECT 1 FROM report_snapshot_dirty d JOIN municipality m ON m.code = d.municipality_code
                           WHERE m.region_code = st.region_code AND d.class = st.class AND d.from_month <= st.month)
        GROUP BY st.class, st.month HAVING count(*) = (SELECT count(*) FROM regions)) AS snapshots,
       (SELECT count(*) = cardinality($1::text[]) FROM report_rollup_state s
         WHERE s.municipality_code = ANY($1::text[])
           AND NOT EXISTS (SELECT 1 FROM report_plan_dirty d WHERE d.municipality_code = s.municipality_code)) AS plans`,
    [municipalities, months.first, months.last, SNAPSHOT_DEFINITION.DATED, SNAPSHOT_DEFINITION.WAITING]);
  const built = new Set<string>(valid.snapshots);
  const has = (cls: SnapshotClass, month: string) => built.has(`${cls} ${month}`);
  const atEnd: Metric[] = [];
  const flows: Metric[] = [];
  const plans: Metric[] = [];
  const live: Metric[] = [];
  for (const metric of metrics) {
    const cls = METRIC_CLASS[metric];
    if (cls === 'LIVE') live.push(metric);
    else if (cls === 'PLANS') (valid.plans ? plans : live).push(metric);
    else if (FLOWS.has(metric)) (monthsBetween(months.first, months.last).every((m) => has(cls, m)) ? flows : live).push(metric);
    else (has(cls, months.last) ? atEnd : live).push(metric);
  }
  const rows: FigureValue[] = [];
  if (atEnd.length || flows.length) {
    rows.push(...await db.query(SNAPSHOT_FIGURES, [groupBy, groupBy === GroupBy.REGION ? valid.regions : municipalities, targetGroup,
      months.first, months.last, atEnd, flows]));
  }
  if (plans.length) {
    rows.push(...await db.query(PLAN_FIGURES, [municipalities, groupBy, targetGroup, to,
      plans.filter((m) => TODAYS_PLANS.includes(m)), plans.includes(Metric.OVERDUE_REVIEWS), plans.includes(Metric.MONTHLY_COST), months.last,
      plans.includes(Metric.SERVICES_PRICE_UNKNOWN)]));
  }
  return { rows, live };
}

/** Builds one month's snapshot of one class for some regions (every municipality in them, and the regions), in one transaction. */
async function buildSnapshot(db: DataSource, month: string, regions: string[], cls: SnapshotClass): Promise<void> {
  const { last } = monthOf(month);
  const metrics = metricsOf(cls);
  await db.transaction(async (tx) => {
    // the waiting list sorts every assessment and active plan: in memory, not on disk
    await tx.query(`SET LOCAL work_mem = '64MB'`);
    const municipalities: string[] = (await tx.query('SELECT code FROM municipality WHERE region_code = ANY($1::text[])', [regions]))
      .map((m: { code: string }) => m.code);
    await tx.query(
      `DELETE FROM report_snapshot WHERE month = $1::date AND metric = ANY($2::text[])
          AND ((level = 'REGION' AND area = ANY($3::text[])) OR (level = 'MUNICIPALITY' AND area = ANY($4::text[])))`,
      [month, metrics, regions, municipalities]);
    await tx.query(
      `WITH ${SCOPED_BOTH_LEVELS}
       INSERT INTO report_snapshot (month, level, area, target_group, metric, col, value)
       SELECT $1::date, split_part(f.area, ':', 1), split_part(f.area, ':', 2), f.tg, f.metric, f.col, f.value
         FROM (${keptFiguresSql(metrics)}) f WHERE f.col IS NOT NULL`,
      [month, last, municipalities, null]);
    await tx.query(
      `INSERT INTO report_snapshot_state (month, region_code, class, definition) SELECT $1::date, unnest($2::text[]), $3, $4
       ON CONFLICT (month, region_code, class) DO UPDATE SET definition = EXCLUDED.definition, stale = false, built_at = now()`,
      [month, regions, cls, SNAPSHOT_DEFINITION[cls]]);
  });
}

export interface SnapshotRefresh {
  /** build every missing month since the first dated fact (default: only the month that ended last) */
  all?: boolean;
  /** stop starting further builds after this long (ms; default: no limit) */
  budgetMs?: number;
  /** wait for another hub's refresh instead of skipping this turn */
  wait?: boolean;
  onBuilt?: (month: string, cls: SnapshotClass, regions: string[], ms: number) => void;
}

const LOCK = `hashtext('casehub:report-snapshots')`;

/**
 * Turns the writes' marks into stale snapshots, then rebuilds stale ones and builds missing ones
 * (the month that ended last, or with `all` every month since the first dated fact), newest month
 * first. One hub at a time. Returns how many (month, class) builds it ran.
 */
export async function refreshSnapshots(db: DataSource, options: SnapshotRefresh = {}): Promise<number> {
  const started = Date.now();
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    if (options.wait) {
      await runner.query(`SELECT pg_advisory_lock(${LOCK})`);
    } else {
      const [{ mine }] = await runner.query(`SELECT pg_try_advisory_lock(${LOCK}) AS mine`);
      if (!mine) return 0;
    }
    try {
      // marks made after this statement (by writes committing later) stay for the next refresh; until then
      // they keep the months they name from being used
      await runner.query(
        `WITH taken AS (DELETE FROM report_snapshot_dirty RETURNING municipality_code, from_month, class)
         UPDATE report_snapshot_state st SET stale = true FROM taken t JOIN municipality m ON m.code = t.municipality_code
          WHERE st.region_code = m.region_code AND st.class = t.class AND st.month >= t.from_month AND NOT st.stale`);
      const previous = monthOf(today(), 1).first;
      let first = previous;
      if (options.all) {
        const [row] = await runner.query(
          `SELECT date_trunc('month', least((SELECT min(opened_on) FROM care_case), (SELECT min(starts_on) FROM placement),
                                            (SELECT min(assessed_on) FROM assessment))::timestamp)::date AS first`);
        first = row.first ?? addMonths(previous, 1);
      }
      const units: { month: string; cls: SnapshotClass; regions: string[] }[] = await runner.query(
        `SELECT t.month, t.class AS cls, array_agg(t.region_code ORDER BY t.region_code) AS regions FROM (
           SELECT mo.month::date AS month, k.class, r.code AS region_code
             FROM generate_series($1::date, $2::date, interval '1 month') mo(month) CROSS JOIN region r
            CROSS JOIN (VALUES ('DATED'), ('WAITING')) k(class)
            WHERE NOT EXISTS (SELECT 1 FROM report_snapshot_state st
                               WHERE st.month = mo.month::date AND st.region_code = r.code AND st.class = k.class)
           UNION
           SELECT month, class, region_code FROM report_snapshot_state
            WHERE stale OR definition <> CASE class WHEN 'DATED' THEN $3 ELSE $4 END) t
         GROUP BY 1, 2 ORDER BY 1 DESC, 2`,
        [first, previous, SNAPSHOT_DEFINITION.DATED, SNAPSHOT_DEFINITION.WAITING]);
      let built = 0;
      for (const unit of units) {
        if (built > 0 && options.budgetMs !== undefined && Date.now() - started > options.budgetMs) break;
        const began = Date.now();
        await buildSnapshot(db, unit.month, unit.regions, unit.cls);
        options.onBuilt?.(unit.month, unit.cls, unit.regions, Date.now() - began);
        built += 1;
      }
      return built;
    } finally {
      await runner.query(`SELECT pg_advisory_unlock(${LOCK})`);
    }
  } finally {
    await runner.release();
  }
}
