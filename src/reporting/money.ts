import { isolated, Published, remember, totalEquations, unknownsOf } from './disclosure';

/**
 * Disclosure control of money figures. Money is derived from counts (clients with services, clients
 * at a care level), so it is published only where the count it comes from is; these functions add
 * what money needs beyond that.
 */
export interface PublishedMoney extends Published {
  /** cells that have no value to give: none of their services has a price on the date (never shown as 0) */
  unknown: boolean[][];
}

const round = (v: number) => Math.round(v * 100) / 100;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** Money follows the counts it is derived from: hidden wherever the count is hidden, totals included. */
export function followPattern(values: number[][], pattern: Published): PublishedMoney {
  return {
    cells: values.map((row, r) => row.map((v, c) => (pattern.cells[r][c] === null ? null : v))),
    rowTotals: pattern.rowTotals.map((t, r) => (t === null ? null : round(sum(values[r])))),
    columnTotals: pattern.columnTotals.map((t, c) => (t === null ? null : round(sum(values.map((row) => row[c]))))),
    total: pattern.total === null ? null : round(sum(values.flat())),
    unknown: values.map((row) => row.map(() => false)),
  };
}

/**
 * Money priced per unit where some services have no price on the date: their EUR are not in the
 * sums, and a cell with no priced service at all is `unknown` (its totals stay the sums of what is
 * priced). An unknown cell tells that every client it counts has only unpriced services of its
 * kind, i.e. that its count of unpriced clients equals its published count; where that count is
 * suppressed (as a complement), the money cell is suppressed instead, and so are the totals over it,
 * which would tell that it holds no EUR.
 */
export function withUnknownPrices(money: PublishedMoney, noPrice: boolean[][], unpriced: Published): PublishedMoney {
  const cells = money.cells.map((row) => [...row]);
  const rowTotals = [...money.rowTotals];
  const columnTotals = [...money.columnTotals];
  let total = money.total;
  const unknown = money.unknown.map((row) => [...row]);
  noPrice.forEach((row, r) => row.forEach((none, c) => {
    if (!none || cells[r][c] === null) return;
    cells[r][c] = null;
    if (unpriced.cells[r][c] === null) {
      rowTotals[r] = null;
      columnTotals[c] = null;
      total = null;
    } else {
      unknown[r][c] = true;
    }
  }));
  return { cells, rowTotals, columnTotals, total, unknown };
}

/**
 * Money that is a count times one amount per column (`amounts`): cells and column totals follow
 * the counts (a column total is the count's times the amount: nothing new), but a row total or the
 * grand total weighs the hidden counts of different columns differently, and together with the
 * counts' totals could pin them down (two hidden counts with a published sum and a published
 * weighted sum are two equations in two unknowns). Such money totals are withheld until no hidden
 * count is determined by all published equations together.
 */
export function scaledByColumn(counts: number[][], pattern: Published, amounts: number[]): PublishedMoney {
  const money = remember(`scaledByColumn|${JSON.stringify([counts, pattern, amounts])}`, () => workOutScaled(counts, pattern, amounts));
  return { ...money, cells: money.cells.map((row) => [...row]), rowTotals: [...money.rowTotals], columnTotals: [...money.columnTotals],
    unknown: money.unknown.map((row) => [...row]) };
}

function workOutScaled(counts: number[][], pattern: Published, amounts: number[]): PublishedMoney {
  const values = counts.map((row) => row.map((n, c) => round(n * amounts[c])));
  const money = followPattern(values, pattern);
  const hidden = pattern.cells.map((row) => row.map((v) => v === null));
  const unknowns = unknownsOf(hidden);
  if (unknowns.cells.length === 0) return money;
  const shape = { rows: counts.length, cols: counts[0]?.length ?? 0 };
  const countEquations = totalEquations(unknowns, shape, pattern.rowTotals.map((t) => t !== null),
    pattern.columnTotals.map((t) => t !== null), pattern.total !== null);
  const rowShown = money.rowTotals.map((t) => t !== null);
  let totalShown = money.total !== null;
  const noColumns = amounts.map(() => false);
  for (;;) {
    const moneyEquations = totalEquations(unknowns, shape, rowShown, noColumns, totalShown, amounts);
    const exposed = isolated([...countEquations, ...moneyEquations], unknowns.cells.length);
    if (exposed.size === 0) break;
    const [r] = unknowns.cells[[...exposed][0]];
    // the counts alone are safe (suppress() saw to it), so withdrawing every money total over a hidden cell ends this
    const over = (row: number) => rowShown[row] && hidden[row].some((h) => h);
    const other = rowShown.findIndex((_, row) => over(row));
    if (over(r)) rowShown[r] = false;
    else if (totalShown) totalShown = false;
    else if (other >= 0) rowShown[other] = false;
    else break;
  }
  return {
    ...money,
    rowTotals: money.rowTotals.map((t, r) => (rowShown[r] ? t : null)),
    total: totalShown ? money.total : null,
  };
}
