/**
 * Disclosure control for published count tables (areas × columns, with row totals, column totals
 * and a grand total). Primary suppression hides counts from 1 to threshold − 1; complementary
 * suppression then hides further cells until no hidden value can be recomputed from the published
 * figures by any linear combination (checked exactly, by elimination over the unknowns).
 *
 * Zeros stay published: "no client of this kind here" describes no person. A zero is never hidden
 * for its own sake, but may be hidden as a complement.
 */
export interface CountTable {
  /** cells[row][column] */
  cells: number[][];
}

export interface Published {
  /** null where suppressed */
  cells: (number | null)[][];
  /** null where suppressed, and always for a single-column table (its cells are its rows); likewise columnTotals */
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

export const MIN_THRESHOLD = 5;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const sensitive = (value: number, threshold: number) => value > 0 && value < threshold;

/** The suppressed cells of a table, numbered: the unknowns of the equations below. */
export interface Unknowns {
  cells: [number, number][];
  index: Map<string, number>;
}

export function unknownsOf(hidden: boolean[][]): Unknowns {
  const cells: [number, number][] = [];
  hidden.forEach((row, r) => row.forEach((h, c) => { if (h) cells.push([r, c]); }));
  return { cells, index: new Map(cells.map(([r, c], i) => [`${r},${c}`, i])) };
}

/**
 * What the published totals tell about the suppressed cells: one equation per published row total,
 * column total and grand total (that total less its published cells), over the unknowns. `weights`
 * multiplies each column's cells (money that is a count times an amount per column); 1 by default.
 */
export function totalEquations(unknowns: Unknowns, shape: { rows: number; cols: number }, rowShown: boolean[], colShown: boolean[],
  totalShown: boolean, weights?: number[]): number[][] {
  const weight = (c: number) => weights?.[c] ?? 1;
  const equations: number[][] = [];
  const line = (cells: [number, number][]) => {
    const eq = new Array(unknowns.cells.length).fill(0);
    for (const [r, c] of cells) {
      const i = unknowns.index.get(`${r},${c}`);
      if (i !== undefined) eq[i] = weight(c);
    }
    equations.push(eq);
  };
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  for (let r = 0; r < shape.rows; r += 1) if (rowShown[r]) line(range(shape.cols).map((c) => [r, c]));
  for (let c = 0; c < shape.cols; c += 1) if (colShown[c]) line(range(shape.rows).map((r) => [r, c]));
  if (totalShown) line(unknowns.cells);
  return equations;
}

/**
 * The unknowns that some linear combination of the equations isolates: row-reduce, and an unknown is
 * determined when its unit vector lies in the row space (a reduced row with it alone).
 */
export function isolated(equations: number[][], unknowns: number): Set<number> {
  const m = equations.map((e) => [...e]);
  const pivots: number[] = [];
  let row = 0;
  for (let col = 0; col < unknowns && row < m.length; col += 1) {
    let pivot = -1;
    for (let r = row; r < m.length; r += 1) if (Math.abs(m[r][col]) > 1e-9) { pivot = r; break; }
    if (pivot < 0) continue;
    [m[row], m[pivot]] = [m[pivot], m[row]];
    const p = m[row][col];
    for (let k = col; k < unknowns; k += 1) m[row][k] /= p;
    for (let r = 0; r < m.length; r += 1) {
      if (r === row || Math.abs(m[r][col]) < 1e-12) continue;
      const f = m[r][col];
      for (let k = col; k < unknowns; k += 1) m[r][k] -= f * m[row][k];
    }
    pivots.push(col);
    row += 1;
  }
  const determined = new Set<number>();
  pivots.forEach((col, r) => {
    if (!m[r].some((v, k) => k !== col && Math.abs(v) > 1e-9)) determined.add(col);
  });
  return determined;
}

/** Unknowns: the suppressed cells; equations: every published total less its published cells. */
function determinedCells(table: number[][], hidden: boolean[][], rowShown: boolean[], colShown: boolean[], totalShown: boolean): Set<string> {
  const unknowns = unknownsOf(hidden);
  const shape = { rows: table.length, cols: table[0]?.length ?? 0 };
  const found = isolated(totalEquations(unknowns, shape, rowShown, colShown, totalShown), unknowns.cells.length);
  return new Set([...found].map((i) => unknowns.cells[i].join(',')));
}

/** Suppresses a count table for publication. `threshold` is never taken below MIN_THRESHOLD. */
export function suppress({ cells }: CountTable, threshold = MIN_THRESHOLD): Published {
  const t = Math.max(threshold, MIN_THRESHOLD);
  const rows = cells.length;
  const cols = cells[0]?.length ?? 0;
  const rowTotals = cells.map(sum);
  const columnTotals = Array.from({ length: cols }, (_, c) => sum(cells.map((r) => r[c])));
  const total = sum(rowTotals);
  const hidden = cells.map((row) => row.map((v) => sensitive(v, t)));
  // a single column's cells are its rows' totals (and a single row's, its columns'): not repeated
  const rowShown = rowTotals.map((v) => cols > 1 && !sensitive(v, t));
  const colShown = columnTotals.map((v) => rows > 1 && !sensitive(v, t));
  let totalShown = !sensitive(total, t);

  for (let guard = 0; guard < rows * cols + 1; guard += 1) {
    const exposed = determinedCells(cells, hidden, rowShown, colShown, totalShown);
    if (exposed.size === 0) break;
    const [r, c] = [...exposed][0].split(',').map(Number);
    // hide the smallest published cell that shares a row or column with the exposed one,
    // preferring one whose own column (or row) already has a hidden cell, so hidden cells form cycles
    const candidates: [number, number][] = [];
    for (let k = 0; k < cols; k += 1) if (!hidden[r][k] && k !== c) candidates.push([r, k]);
    for (let k = 0; k < rows; k += 1) if (!hidden[k][c] && k !== r) candidates.push([k, c]);
    if (candidates.length === 0) {
      // nothing left to hide beside it: withdraw the totals that pin it down
      rowShown[r] = false;
      colShown[c] = false;
      totalShown = false;
      continue;
    }
    const score = ([i, j]: [number, number]) =>
      cells[i][j] + (hidden.some((line, ii) => ii !== i && line[j]) || hidden[i].some((h, jj) => jj !== j && h) ? 0 : 1e6);
    candidates.sort((a, b) => score(a) - score(b));
    const [i, j] = candidates[0];
    hidden[i][j] = true;
  }
  return {
    cells: cells.map((row, r) => row.map((v, c) => (hidden[r][c] ? null : v))),
    rowTotals: rowTotals.map((v, r) => (rowShown[r] ? v : null)),
    columnTotals: columnTotals.map((v, c) => (colShown[c] ? v : null)),
    total: totalShown ? total : null,
  };
}

