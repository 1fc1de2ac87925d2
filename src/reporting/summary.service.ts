import { aggregateScope } from '../access/decide';
import { TargetGroup } from '../cases/case.entity';
import type { RequestContext } from '../graphql/context';
import { badInput, forbidden } from '../graphql/errors';
import { FosterForm } from '../placements/placement.entity';
import { ServiceType } from '../plans/service-type';
import { Published, suppress } from './disclosure';
import { ColumnSet, Metric, METRICS, SCOPED } from './metrics';
import { Cell, Figure, GroupBy, RegionalSummary, SummaryArgs } from './summary.types';

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

export const summaryService = {
  /** The DI monitoring figures within the caller's scope, computed in SQL, then disclosure-controlled. */
  async summary(ctx: RequestContext, args: SummaryArgs): Promise<RegionalSummary> {
    const scope = aggregateScope(ctx.principal);
    if (!scope) throw forbidden('Aggregates are for analysts');
    const { from, to } = args.period;
    if (from > to) throw badInput('period.to', 'must not be before period.from');
    if (scope.level === 'MUNICIPALITY' && args.groupBy === GroupBy.REGION) {
      throw badInput('groupBy', "a municipality's analyst reports on its municipality only");
    }
    const areas: { code: string; name: string; municipalities: string[] }[] = await ctx.db.query(
      args.groupBy === GroupBy.REGION
        ? `SELECT r.code, r.name, array_agg(m.code) AS municipalities FROM region r JOIN municipality m ON m.region_code = r.code
            WHERE ($1::text IS NULL OR r.code = $1) AND ($2::text IS NULL OR m.region_code = $2) GROUP BY r.code, r.name ORDER BY r.name`
        : `SELECT m.code, m.name, ARRAY[m.code] AS municipalities FROM municipality m
            WHERE ($1::text IS NULL OR m.region_code = $1) AND ($2::text IS NULL OR m.region_code = $2)
              AND ($3::text IS NULL OR m.code = $3) ORDER BY m.name`,
      args.groupBy === GroupBy.REGION ? [args.region, scope.level === 'REGION' ? scope.code : null]
        : [args.region, scope.level === 'REGION' ? scope.code : null, scope.level === 'MUNICIPALITY' ? scope.code : null]);
    if (areas.length === 0) throw badInput('region', 'is not a planning region in your scope');
    const metrics = args.metrics?.length ? [...new Set(args.metrics)] : Object.values(Metric);
    const needed = [...new Set(metrics.flatMap((m) => [m, METRICS[m].countedBy].filter((x): x is Metric => !!x)))];
    const municipalities = areas.flatMap((a) => a.municipalities);

    // every figure in one statement over the same scoped cases
    const rows: { metric: Metric; area: string; col: string; value: string }[] = await ctx.db.query(
      `WITH ${SCOPED} ${needed.map((m) => `SELECT '${m}' AS metric, x.* FROM (${METRICS[m].sql}) x`).join(' UNION ALL ')}`,
      [from, to, municipalities, args.targetGroup, args.groupBy]);

    const threshold = ctx.settings.suppressionThreshold;
    const tables = new Map<Metric, { columns: string[]; values: number[][] }>();
    for (const metric of needed) {
      const columns = columnsOf(METRICS[metric].columns, args.targetGroup);
      const values = areas.map(() => columns.map(() => 0));
      tables.set(metric, { columns, values });
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
      if (!METRICS[metric].countedBy) published.set(metric, suppress({ cells: (tables.get(metric) as { values: number[][] }).values }, threshold));
    }
    const figures: Figure[] = metrics.map((metric) => {
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
    await ctx.audit.aggregate(ctx.db, `${scope.level}${scope.code ? `:${scope.code}` : ''}`, metrics);
    return { scopeLevel: scope.level, scopeCode: scope.code, groupBy: args.groupBy, from, to, suppressionThreshold: Math.max(threshold, 5), figures };
  },
};
