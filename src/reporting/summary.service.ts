import { AggregateScope, aggregateScope } from '../access/decide';
import { TargetGroup } from '../cases';
import type { RequestContext } from '../kernel/context';
import { badInput, forbidden } from '../kernel/errors';
import { monthOf, today } from '../kernel/dates';
import { ScopeLevel } from '../kernel/scope-level';
import { PermanencyGoal } from '../permanency';
import { ExitDestination, FosterForm } from '../placements';
import { GoalOutcome, ServiceType } from '../plans';
import { LongTermCareService } from '../waiting-list';
import { CARE_LEVELS } from '../reference';
import { Published, suppress } from './disclosure';
import { FigureUnit } from './figure-unit';
import { ColumnSet, Metric, METRICS, WITHOUT_AGREEMENT } from './metrics';
import { publishedMedians } from './medians';
import { followPattern, PublishedMoney, scaledByColumn, withUnknownPrices } from './money';
import { figureRows } from './rollups';
import { Cell, Figure, GroupBy, RegionalSummary, SummaryArgs, TrendArgs, TrendPoint } from './summary.types';

const { CLIENTS, MOVES, PLANS, CARERS, EUR_PER_MONTH, MONTHS, EXITS, PLACES, GOALS, DAYS } = FigureUnit;
const UNITS: Record<Metric, FigureUnit> = {
  OPEN_CASES: CLIENTS, IN_INSTITUTIONS: CLIENTS, BEYOND_STAY_LIMIT: CLIENTS, MOVES_FROM_INSTITUTIONS: MOVES,
  WAITING_FOR_SERVICE: CLIENTS, SERVICES_IN_PLANS: CLIENTS, MONTHLY_COST: EUR_PER_MONTH, SERVICES_PRICE_UNKNOWN: CLIENTS,
  OVERDUE_REVIEWS: PLANS, FOSTER_CHILDREN: CLIENTS, FOSTER_CARERS: CARERS, CLIENTS_BY_CARE_LEVEL: CLIENTS,
  CARE_LEVEL_MONTHLY_COST: EUR_PER_MONTH, CHILDREN_IN_CARE_BY_GOAL: CLIENTS, CHILDREN_IN_CARE_OVER_TWO_YEARS: CLIENTS,
  MEDIAN_MONTHS_IN_CARE: MONTHS, EXITS_FROM_CARE: EXITS, SERVICE_PLACES: PLACES, PLACES_IN_USE: PLACES,
  GOALS_BY_OUTCOME: GOALS, PLANS_MISSING_SECTIONS: PLANS, PLANS_WITHOUT_AGREEMENT: PLANS,
  ACTIVE_CARERS: CARERS, FREE_FAMILY_PLACES: PLACES, CHILDREN_WAITING_FOR_FAMILY: CLIENTS, SUITABILITY_DECISIONS: CARERS,
  MEAN_DAYS_TO_SUITABILITY: DAYS,
};

/** A child in care whose permanency plan has not been decided yet. */
const NO_PLAN = 'NO_PLAN';
/** The provider register's services: the services basket, and long-term care in a state social care centre. */
const PROVIDER_SERVICES = [...Object.values(ServiceType), LongTermCareService.STATE_SOCIAL_CARE_CENTRE];

function columnsOf(set: ColumnSet, targetGroup: TargetGroup | null): string[] {
  switch (set) {
    case 'TARGET_GROUP': return targetGroup ? [targetGroup] : Object.values(TargetGroup);
    case 'SERVICE_TYPE': return Object.values(ServiceType);
    case 'FOSTER_FORM': return Object.values(FosterForm);
    case 'CARE_SCENARIO': return CARE_LEVELS.scenarios.map((s) => s.id);
    case 'GOAL_OUTCOME': return Object.values(GoalOutcome);
    case 'AGREEMENT': return WITHOUT_AGREEMENT;
    case 'ALL': return ['ALL'];
    case 'PERMANENCY_GOAL': return [...Object.values(PermanencyGoal), NO_PLAN];
    case 'EXIT_DESTINATION': return Object.values(ExitDestination);
    case 'LONG_TERM_SERVICE': return Object.values(LongTermCareService);
    case 'PROVIDER_SERVICE': return PROVIDER_SERVICES;
  }
}

const cell = (value: number | null, unknown = false): Cell => ({ value: unknown ? null : value, suppressed: value === null && !unknown, unknown });

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

/** The figures `metrics` need computed: money needs the counts it is published by. */
function neededFor(metrics: Metric[]): Metric[] {
  return [...new Set(metrics.flatMap((m) => [m, METRICS[m].countedBy, METRICS[m].unpricedIn, METRICS[m].medianOf]
    .filter((x): x is Metric => !!x)))];
}

/** Every asked figure for one period, in one SQL statement over the same scoped cases, then disclosure-controlled. */
async function computeFigures(ctx: RequestContext, areas: Area[], from: string, to: string, groupBy: GroupBy,
  targetGroup: TargetGroup | null, metrics: Metric[]): Promise<Figure[]> {
  const needed = neededFor(metrics);
  const rows = await figureRows(ctx.db, areas.flatMap((a) => a.municipalities), from, to, groupBy, targetGroup, needed);

  // values, and which cells SQL gave a row for (money has a row only where some service has a price)
  const tables = new Map<Metric, { columns: string[]; values: number[][]; given: boolean[][] }>();
  for (const metric of needed) {
    const columns = columnsOf(METRICS[metric].columns, targetGroup);
    tables.set(metric, { columns, values: areas.map(() => columns.map(() => 0)), given: areas.map(() => columns.map(() => false)) });
  }
  const areaIndex = new Map(areas.map((a, i) => [a.code, i]));
  // a median's value over the whole scope (its SQL's area '*')
  const scopeMedians = new Map<Metric, number | null>();
  for (const row of rows) {
    if (row.area === '*') scopeMedians.set(row.metric, row.value === null ? null : Number(row.value));
    const table = tables.get(row.metric);
    const r = areaIndex.get(row.area);
    const c = table?.columns.indexOf(row.col) ?? -1;
    if (table && r !== undefined && c >= 0) {
      table.values[r][c] = Number(row.value);
      table.given[r][c] = true;
    }
  }
  const tableOf = (metric: Metric) => tables.get(metric) as { columns: string[]; values: number[][]; given: boolean[][] };
  const published = new Map<Metric, Published>();
  for (const metric of needed) {
    if (!METRICS[metric].countedBy && !METRICS[metric].medianOf) {
      published.set(metric, suppress({ cells: tableOf(metric).values }, ctx.settings.suppressionThreshold));
    }
  }
  const money = (metric: Metric): PublishedMoney => {
    const { countedBy, unpricedIn, amountPerColumn } = METRICS[metric];
    const counts = tableOf(countedBy as Metric);
    const pattern = published.get(countedBy as Metric) as Published;
    const { columns, values, given } = tableOf(metric);
    if (amountPerColumn) return scaledByColumn(counts.values, pattern, columns.map(amountPerColumn));
    const followed = followPattern(values, pattern);
    if (!unpricedIn) return followed;
    // counted clients, and no row of money: none of their services has a price
    const noPrice = values.map((row, r) => row.map((_, c) => counts.values[r][c] > 0 && !given[r][c]));
    return withUnknownPrices(followed, noPrice, published.get(unpricedIn) as Published);
  };
  const median = (metric: Metric): PublishedMoney => {
    const counted = tableOf(METRICS[metric].medianOf as Metric).values.map((row) => row.reduce((a, b) => a + b, 0));
    return publishedMedians(tableOf(metric).values.map((row) => row[0]), counted, scopeMedians.get(metric) ?? null,
      ctx.settings.suppressionThreshold);
  };
  return metrics.map((metric) => {
    const { columns } = tableOf(metric);
    const out: PublishedMoney = METRICS[metric].countedBy ? money(metric) : METRICS[metric].medianOf ? median(metric)
      : { ...published.get(metric) as Published, unknown: [] };
    const unknown = (r: number, c: number) => out.unknown[r]?.[c] === true;
    const totalUnknown = 'totalUnknown' in out && out.totalUnknown === true;
    return {
      metric, unit: UNITS[metric], columns,
      rows: areas.map((a, r) => ({ areaCode: a.code, areaName: a.name, cells: out.cells[r].map((v, c) => cell(v, unknown(r, c))),
        total: columns.length > 1 ? cell(out.rowTotals[r]) : null })),
      columnTotals: areas.length > 1 ? out.columnTotals.map((v) => cell(v, totalUnknown)) : [],
      total: cell(out.total, totalUnknown),
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
    return { scopeLevel: ScopeLevel[scope.level], scopeCode: scope.code, groupBy: args.groupBy, from, to,
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
