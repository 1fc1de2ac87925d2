import { PublishedMoney } from './money';

/** A median figure as published: one column, per area, and the whole scope's as its total. */
export interface PublishedMedian extends PublishedMoney {
  /** the scope counts nobody: there is no median to give (never a made-up 0) */
  totalUnknown: boolean;
}

/**
 * Disclosure control of a median (time in care): it describes the people a count figure counts, so
 * it is shown only where that count is at least the threshold (a median of one to four people is
 * theirs); where the count is 0 there is no median (unknown). A median cannot be added up, so no
 * cell can be worked out from the others and from the scope's: only the primary rule applies.
 * `values` and `counts` are per area; `scope` is the median over every area together.
 */
export function publishedMedians(values: number[], counts: number[], scope: number | null, threshold: number): PublishedMedian {
  const shown = (count: number, value: number | null) => (count >= threshold ? value : null);
  const total = counts.reduce((a, b) => a + b, 0);
  const scopeValue = shown(total, scope);
  return {
    cells: values.map((v, r) => [shown(counts[r], v)]),
    rowTotals: values.map(() => null),
    columnTotals: values.length > 1 ? [scopeValue] : [],
    total: scopeValue,
    unknown: counts.map((count) => [count === 0]),
    totalUnknown: total === 0,
  };
}

/** The median (as PostgreSQL's percentile_cont(0.5) gives it) of a distribution: value → how many have it. */
function medianOf(distribution: Map<number, number>): number | null {
  const values = [...distribution.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const count = values.reduce((sum, [, n]) => sum + n, 0);
  if (count === 0) return null;
  const at = (index: number): number => {
    let seen = 0;
    for (const [value, n] of values) {
      seen += n;
      if (index < seen) return value;
    }
    return values[values.length - 1][0];
  };
  const position = (count - 1) / 2;
  return (at(Math.floor(position)) + at(Math.ceil(position))) / 2;
}

/**
 * A kept median's cells from its distribution rows (col: the value, value: how many have it, summed
 * over target groups): one per area, and the whole scope's under the area '*' (the areas do not
 * overlap, so their distributions add up), as the live SQL gives them.
 */
export function mediansFromDistribution<R extends { metric: string; area: string; col: string; value: string }>(
  rows: R[], metric: string): R[] {
  const byArea = new Map<string, Map<number, number>>();
  const scope = new Map<number, number>();
  const rest: R[] = [];
  for (const row of rows) {
    if (row.metric !== metric) {
      rest.push(row);
      continue;
    }
    const value = Number(row.col);
    const n = Number(row.value);
    const area = byArea.get(row.area) ?? new Map<number, number>();
    byArea.set(row.area, area);
    area.set(value, (area.get(value) ?? 0) + n);
    scope.set(value, (scope.get(value) ?? 0) + n);
  }
  if (byArea.size === 0) return rest;
  const cell = (area: string, median: number | null) => ({ metric, area, col: 'ALL', value: median === null ? null : String(median) }) as unknown as R;
  for (const [area, distribution] of byArea) {
    const median = medianOf(distribution);
    if (median !== null) rest.push(cell(area, median));
  }
  rest.push(cell('*', medianOf(scope)));
  return rest;
}
