import { AggregateScope, aggregateScope } from '../access/decide';
import { TargetGroup } from '../cases';
import type { RequestContext } from '../kernel/context';
import { badInput, forbidden } from '../kernel/errors';
import { monthOf, today } from '../kernel/dates';
import { FosterForm } from '../placements';
import { ServiceType } from '../plans';
import { Published, suppress } from './disclosure';
import { ColumnSet, Metric, METRICS } from './metrics';
import { figureRows } from './rollups';
import { Cell, Figure, GroupBy, RegionalSummary, SummaryArgs, TrendArgs, TrendPoint } from './summary.types';

const UNITS: Record<Metric, string> = {
  OPEN_CASES: 'CLIENTS', IN_INSTITUTIONS: 'CLIENTS', BEYOND_STAY_LIMIT: 'CLIENTS', MOVES_FROM_INSTITUTIONS: 'MOVES',
  WAITING_FOR_SERVICE: 'CLIENTS', SERVICES_IN_PLANS: 'CLIENTS', MONTHLY_COST: 'EUR_PER_MONTH', OVERDUE_REVIEWS: 'PLANS',
  FOSTER_CHILDREN: 'CLIENTS', FOSTER_CARERS: 'CARERS',
};

function columnsOf(set: ColumnSet, targetGroup: TargetGroup | null): string[] {
  switch (set) {
    case 'TARGET_GROUP': return targetGroup ? [targetGroup] : Object.values(TargetGroup);
    case 'SERVICE_TYPE': return Object.values(ServiceType);
    case 'FOSTER_FORM': return Object.values(FosterForm);
    case 'ALL': return ['ALL'];
  }
}

const cell = (value: number | null): Cell => ({ value, suppressed: value === null });

/** Money follows the counts it is derived from: hidden wherever the count is hidden. */
function followPattern(values: number[][], pattern: Published): Published {
  const rowSum = (r: number) => values[r].reduce((a, b) => a + b, 0);
  const colSum = (c: number) => values.reduce((a, row) => a + row[c], 0);
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    cells: values.map((row, r) => row.map((v, c) => (pattern.cells[r][c] === null ? null : v))),
    rowTotals: pattern.rowTotals.map((t, r) => (t === null ? null : round(rowSum(r)))),
    columnTotals: pattern.columnTotals.map((t, c) => (t === null ? null : round(colSum(c)))),
    total: pattern.total === null ? null : round(values.flat().reduce((a, b) => a + b, 0)),
  };
}

type Area = { code: string; name: string; municipalities: string[] };

/** The areas (municipalities or regions) a report covers: the caller's scope, narrowed to a region. */
async function areasInScope(ctx: RequestContext, scope: AggregateScope, groupBy: GroupBy, region: string | null): Promise<Area[]> {
  if (scope.level === 'MUNICIPALITY' && groupBy === GroupBy.REGION) {
    throw badInput('groupBy', "a municipality's analyst reports on its municipality only");
  }
  const scopeRegion = scope.level === 'REGION' ? scope.code : null;
  const areas: Area[] = await ctx.db.query(
    groupBy === GroupBy.REGION
      ? `SELECT r.code, r.name, array_agg(m.code) AS municipalities FROM region r JOIN municipality m ON m.region_code = r.code
          WHERE ($1::text IS NULL OR r.code = $1) AND ($2::text IS NULL OR m.region_code = $2) GROUP BY r.code, r.name ORDER BY r.name`
      : `SELECT m.code, m.name, ARRAY[m.code] AS municipalities FROM municipality m
          WHERE ($1::text IS NULL OR m.region_code = $1) AND ($2::text IS NULL OR m.region_code = $2)
            AND ($3::text IS NULL OR m.code = $3) ORDER BY m.name`,
    groupBy === GroupBy.REGION ? [region, scopeRegion] : [region, scopeRegion, scope.level === 'MUNICIPALITY' ? scope.code : null]);
  if (areas.length === 0) throw badInput('region', 'is not a planning region in your scope');
  return areas;
}

/** Every asked figure for one period, in one SQL statement over the same scoped cases, then disclosure-controlled. */
async function computeFigures(ctx: RequestContext, areas: Area[], from: string, to: string, groupBy: GroupBy,
  targetGroup: TargetGroup | null, metrics: Metric[]): Promise<Figure[]> {
  const needed = [...new Set(metrics.flatMap((m) => [m, METRICS[m].countedBy].filter((x): x is Metric => !!x)))];
  const rows = await figureRows(ctx.db, areas.flatMap((a) => a.municipalities), from, to, groupBy, targetGroup, needed);

  const tables = new Map<Metric, { columns: string[]; values: number[][] }>();
  for (const metric of needed) {
    const columns = columnsOf(METRICS[metric].columns, targetGroup);
    tables.set(metric, { columns, values: areas.map(() => columns.map(() => 0)) });
  }
  const areaIndex = new Map(areas.map((a, i) => [a.code, i]));
  for (const row of rows) {
    const table = tables.get(row.metric);
    const r = areaIndex.get(row.area);
    const c = table?.columns.indexOf(row.col) ?? -1;
    if (table && r !== undefined && c >= 0) table.values[r][c] = Number(row.value);
  }
  const published = new Map<Metric, Published>();
  for (const metric of needed) {
    if (!METRICS[metric].countedBy) {
      published.set(metric, suppress({ cells: (tables.get(metric) as { values: number[][] }).values }, ctx.settings.suppressionThreshold));
    }
  }
  return metrics.map((metric) => {
    const { columns, values } = tables.get(metric) as { columns: string[]; values: number[][] };
    const counted = METRICS[metric].countedBy;
    const out = counted ? followPattern(values, published.get(counted) as Published) : published.get(metric) as Published;
    return {
      metric, unit: UNITS[metric], columns,
      rows: areas.map((a, r) => ({ areaCode: a.code, areaName: a.name, cells: out.cells[r].map(cell),
        total: columns.length > 1 ? cell(out.rowTotals[r]) : null })),
      columnTotals: areas.length > 1 ? out.columnTotals.map(cell) : [],
      total: cell(out.total),
    };
  });
}

function scopeOf(ctx: RequestContext): AggregateScope {
  const scope = aggregateScope(ctx.principal);
  // the rule on the query has decided already; this only reads which scope it granted
  if (!scope) throw forbidden('Aggregates are for analysts');
  return scope;
}

const scopeLabel = (scope: AggregateScope) => `${scope.level}${scope.code ? `:${scope.code}` : ''}`;

/** The first and last day of the month `back` months before `today`'s (the current month ends today). */
function monthPeriod(today: string, back: number): { month: string; from: string; to: string } {
  const { month, first, last } = monthOf(today, back);
  return { month, from: first, to: last < today ? last : today };
}

export const summaryService = {
  /** The DI monitoring figures within the caller's scope, computed in SQL, then disclosure-controlled. */
  async summary(ctx: RequestContext, args: SummaryArgs): Promise<RegionalSummary> {
    const scope = scopeOf(ctx);
    const { from, to } = args.period;
    if (from > to) throw badInput('period.to', 'must not be before period.from');
    const areas = await areasInScope(ctx, scope, args.groupBy, args.region);
    const metrics = args.metrics?.length ? [...new Set(args.metrics)] : Object.values(Metric);
    const figures = await computeFigures(ctx, areas, from, to, args.groupBy, args.targetGroup, metrics);
    await ctx.audit.aggregate(ctx.db, scopeLabel(scope), metrics);
    return { scopeLevel: scope.level, scopeCode: scope.code, groupBy: args.groupBy, from, to,
      suppressionThreshold: ctx.settings.suppressionThreshold, figures };
  },

  /** One figure per month for the last `months` months (the current month so far included), oldest first. */
  async trend(ctx: RequestContext, args: TrendArgs): Promise<TrendPoint[]> {
    const scope = scopeOf(ctx);
    if (!Number.isInteger(args.months) || args.months < 1 || args.months > 36) throw badInput('months', 'must be from 1 to 36');
    const areas = await areasInScope(ctx, scope, args.groupBy, args.region);
    const points: TrendPoint[] = [];
    for (let back = args.months - 1; back >= 0; back -= 1) {
      const { month, from, to } = monthPeriod(today(), back);
      const [figure] = await computeFigures(ctx, areas, from, to, args.groupBy, args.targetGroup, [args.metric]);
      points.push({ month, from, to, figure });
    }
    await ctx.audit.aggregate(ctx.db, scopeLabel(scope), [args.metric]);
    return points;
  },
};
