import { Published, suppress } from '../../src/reporting/disclosure';
import { followPattern, scaledByColumn, withUnknownPrices } from '../../src/reporting/money';
import { prng, rank } from '../support/exact';

/** The DI plan's care scenario amounts (004 L, table 3), in cents: money that is a count times these. */
const CENTS = [37188, 39048, 61368, 62306, 86268, 78986, 91248];

/**
 * The hidden counts an attacker pins down from everything published: the counts' row, column and
 * grand totals, and the money's row and grand totals (each hidden count weighted by its column's amount).
 */
function recoverable(counts: Published, money: Published, weights: number[]): string[] {
  const hidden: [number, number][] = [];
  counts.cells.forEach((row, r) => row.forEach((v, c) => { if (v === null) hidden.push([r, c]); }));
  if (hidden.length === 0) return [];
  const eqs: bigint[][] = [];
  const line = (keep: (r: number, c: number) => boolean, weight: (c: number) => number) =>
    eqs.push(hidden.map(([r, c]) => (keep(r, c) ? BigInt(weight(c)) : 0n)));
  const one = () => 1;
  counts.rowTotals.forEach((v, row) => { if (v !== null) line((r) => r === row, one); });
  counts.columnTotals.forEach((v, col) => { if (v !== null) line((_, c) => c === col, one); });
  if (counts.total !== null) line(() => true, one);
  money.rowTotals.forEach((v, row) => { if (v !== null) line((r) => r === row, (c) => weights[c]); });
  if (money.total !== null) line(() => true, (c) => weights[c]);
  if (eqs.length === 0) return [];
  const base = rank(eqs);
  return hidden.filter((_, i) => rank([...eqs, hidden.map((__, k) => (k === i ? 1n : 0n))]) === base).map(([r, c]) => `${r},${c}`);
}

describe('money after the counts it comes from', () => {
  it('withholds a money total that would tell two hidden counts apart by their amounts', () => {
    // one area: 2 clients at the last-but-one level hidden, a zero hidden beside it against the count total
    const counts = [[5, 6, 5, 0, 5, 2, 0]];
    const pattern = suppress({ cells: counts });
    expect(pattern.cells[0]).toEqual([5, 6, 5, null, 5, null, 0]);
    expect(pattern.total).toBe(23);
    const money = scaledByColumn(counts, pattern, CENTS.map((c) => c / 100));
    expect(money.cells[0]).toEqual([1859.4, 2342.88, 3068.4, null, 4313.4, null, 0]);
    expect(money.rowTotals).toEqual([null]);
    expect(money.total).toBeNull();
  });

  it('keeps a money total the counts already tell', () => {
    // the two hidden counts have the same amount: their money total says no more than their count total
    const counts = [[2, 3, 40]];
    const pattern = suppress({ cells: counts });
    const money = scaledByColumn(counts, pattern, [10, 10, 20]);
    expect(money.cells[0]).toEqual([null, null, 800]);
    expect(money.total).toBe(850);
  });

  it('answers the same table again from what it worked out, and a caller changing its answer changes no one else’s', () => {
    const counts = [[2, 3, 40], [7, 1, 9]];
    const pattern = suppress({ cells: counts });
    const first = scaledByColumn(counts, pattern, [10, 12, 20]);
    const expected = structuredClone(first);
    first.cells[0][2] = -1;
    first.rowTotals[1] = -1;
    first.unknown[0][0] = true;
    expect(scaledByColumn(counts, pattern, [10, 12, 20])).toEqual(expected);
    // another amount per column is another table
    expect(scaledByColumn(counts, pattern, [10, 12, 21]).cells[0][2]).toBe(840);
  });

  it('on random tables: money hidden exactly where counts are, and no hidden count recoverable from all totals', () => {
    const rand = prng(20261130);
    for (let n = 0; n < 150; n += 1) {
      const rows = 1 + Math.floor(rand() * 6);
      const counts = Array.from({ length: rows }, () => CENTS.map(() => {
        const x = rand();
        return x < 0.3 ? 0 : x < 0.55 ? 1 + Math.floor(rand() * 4) : 5 + Math.floor(rand() * 30);
      }));
      const pattern = suppress({ cells: counts });
      const money = scaledByColumn(counts, pattern, CENTS);
      const label = JSON.stringify(counts);
      counts.forEach((row, r) => row.forEach((v, c) => {
        expect([label, money.cells[r][c]]).toEqual([label, pattern.cells[r][c] === null ? null : v * CENTS[c]]);
      }));
      expect([label, recoverable(pattern, money, CENTS)]).toEqual([label, []]);
    }
  });

  it('shows a cell none of whose services has a price as unknown, never as 0, and its totals as the sum of what is priced', () => {
    const values = [[120, 0], [300, 0]];
    const counts = suppress({ cells: [[6, 7], [8, 9]] });
    const unpriced = suppress({ cells: [[0, 7], [0, 0]] });
    const money = withUnknownPrices(followPattern(values, counts), [[false, true], [false, false]], unpriced);
    expect(money.cells).toEqual([[120, null], [300, 0]]);
    expect(money.unknown).toEqual([[false, true], [false, false]]);
    expect(money.rowTotals).toEqual([120, 300]);
    expect(money.total).toBe(420);
  });

  it('hides an unknown cell whose count of unpriced clients is hidden, and the totals that would say it holds no EUR', () => {
    const values = [[120, 0, 50], [300, 80, 0]];
    const counts: Published = { cells: [[6, 7, 5], [8, 9, 6]], rowTotals: [18, 23], columnTotals: [14, 16, 11], total: 41 };
    // 7 unpriced clients, hidden only as a complement of a small count in its row
    const unpriced: Published = { cells: [[0, null, null], [0, 0, 0]], rowTotals: [null, 0], columnTotals: [0, null, null], total: null };
    const money = withUnknownPrices(followPattern(values, counts), [[false, true, false], [false, false, false]], unpriced);
    expect(money.cells[0]).toEqual([120, null, 50]);
    expect(money.unknown[0]).toEqual([false, false, false]);
    expect(money.rowTotals).toEqual([null, 380]);
    expect(money.columnTotals).toEqual([420, null, 50]);
    expect(money.total).toBeNull();
  });
});
