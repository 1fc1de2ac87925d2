import { MIN_THRESHOLD, Published, suppress } from '../../src/reporting/disclosure';
import { prng, rank } from '../support/exact';

/** The hidden cells an attacker can pin down exactly from the published totals and cells. */
function recoverable(table: number[][], out: Published): string[] {
  const hidden: [number, number][] = [];
  out.cells.forEach((row, r) => row.forEach((v, c) => { if (v === null) hidden.push([r, c]); }));
  if (hidden.length === 0) return [];
  const at = new Map(hidden.map(([r, c], i) => [`${r},${c}`, i]));
  const eqs: bigint[][] = [];
  const line = (cells: [number, number][]) => {
    const e = new Array<bigint>(hidden.length).fill(0n);
    for (const [r, c] of cells) { const i = at.get(`${r},${c}`); if (i !== undefined) e[i] = 1n; }
    eqs.push(e);
  };
  const rows = table.length;
  const cols = table[0].length;
  out.rowTotals.forEach((v, r) => { if (v !== null) line(Array.from({ length: cols }, (_, c) => [r, c])); });
  out.columnTotals.forEach((v, c) => { if (v !== null) line(Array.from({ length: rows }, (_, r) => [r, c])); });
  if (out.total !== null) line(table.flatMap((row, r) => row.map((_, c) => [r, c] as [number, number])));
  if (eqs.length === 0) return [];
  const base = rank(eqs);
  return hidden.filter((_, i) => {
    const unit = new Array<bigint>(hidden.length).fill(0n);
    unit[i] = 1n;
    return rank([...eqs, unit]) === base;
  }).map(([r, c]) => `${r},${c}`);
}

describe('disclosure control', () => {
  it('hides small counts and their complements in a worked example', () => {
    const out = suppress({ cells: [[10, 3, 20], [15, 12, 30], [8, 9, 40]] });
    expect(out.cells[0][1]).toBeNull();
    expect(out.cells.flat().filter((v) => v === null).length).toBeGreaterThanOrEqual(4);
    expect(recoverable([[10, 3, 20], [15, 12, 30], [8, 9, 40]], out)).toEqual([]);
  });

  it('never goes below the minimum threshold', () => {
    expect(suppress({ cells: [[4, 50], [50, 50]] }, 2).cells[0][0]).toBeNull();
    expect(suppress({ cells: [[6, 50], [50, 50]] }, 7).cells[0][0]).toBeNull();
    expect(MIN_THRESHOLD).toBe(5);
  });

  it('protects a single column: one small area needs a second hidden area against the total', () => {
    const out = suppress({ cells: [[3], [40], [25]] });
    expect(out.cells.flat().filter((v) => v === null)).toHaveLength(2);
    expect(out.rowTotals).toEqual([null, null, null]);
    expect(recoverable([[3], [40], [25]], out)).toEqual([]);
  });

  it('hides a small total too', () => {
    expect(suppress({ cells: [[2, 1], [0, 0]] }).total).toBeNull();
  });

  it.each([
    ['small', 400, 8, 6],
    ['national (43 municipalities)', 15, 43, 12],
  ])('on random %s tables: small counts hidden, everything published true, nothing hidden recoverable', (_size, tables, maxRows, maxCols) => {
    const rand = prng(20261123 + maxRows);
    for (let n = 0; n < tables; n += 1) {
      const rows = maxRows > 10 ? maxRows : 1 + Math.floor(rand() * maxRows);
      const cols = 1 + Math.floor(rand() * maxCols);
      const table = Array.from({ length: rows }, () => Array.from({ length: cols }, () => {
        const x = rand();
        return x < 0.25 ? 0 : x < 0.5 ? 1 + Math.floor(rand() * 4) : 5 + Math.floor(rand() * 60);
      }));
      const out = suppress({ cells: table });
      const label = JSON.stringify(table);
      table.forEach((row, r) => row.forEach((v, c) => {
        if (v > 0 && v < 5) expect([label, out.cells[r][c]]).toEqual([label, null]);
        if (out.cells[r][c] !== null) expect(out.cells[r][c]).toBe(v);
      }));
      out.rowTotals.forEach((v, r) => { if (v !== null) expect(v).toBe(table[r].reduce((a, b) => a + b, 0)); });
      out.columnTotals.forEach((v, c) => { if (v !== null) expect(v).toBe(table.reduce((a, row) => a + row[c], 0)); });
      for (const v of [...out.rowTotals, ...out.columnTotals, out.total]) if (v !== null) expect(v === 0 || v >= 5).toBe(true);
      expect([label, recoverable(table, out)]).toEqual([label, []]);
    }
  });
});

describe('disclosure control asked again', () => {
  it('answers the same table with the same pattern, and a changed answer does not change the next one', () => {
    const table = [[10, 3, 20], [15, 12, 30], [8, 9, 40]];
    const first = suppress({ cells: table });
    const again = suppress({ cells: table.map((row) => [...row]) });
    expect(again).toEqual(first);
    const kept = JSON.parse(JSON.stringify(first)) as Published;
    first.cells[0][2] = -1;
    first.rowTotals[0] = -1;
    expect(suppress({ cells: table })).toEqual(kept);
    // another threshold is another pattern: 12 of the 15 are hidden at 13, not at 5
    expect(kept.cells[1][1]).toBe(12);
    expect(suppress({ cells: table }, 13).cells[1][1]).toBeNull();
  });
});
