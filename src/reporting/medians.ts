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
