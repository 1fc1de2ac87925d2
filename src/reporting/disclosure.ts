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
 * column total and grand total that has a suppressed cell in it (that total less its published cells),
 * over the unknowns. `weights` multiplies each column's cells (money that is a count times an amount
 * per column); 1 by default.
 */
export function totalEquations(unknowns: Unknowns, shape: { rows: number; cols: number }, rowShown: boolean[], colShown: boolean[],
  totalShown: boolean, weights?: number[]): number[][] {
  const weight = (c: number) => weights?.[c] ?? 1;
  // each total's suppressed cells, found once from the unknowns rather than by looking up every cell of every total
  const inRow: number[][] = Array.from({ length: shape.rows }, () => []);
  const inCol: number[][] = Array.from({ length: shape.cols }, () => []);
  unknowns.cells.forEach(([r, c], i) => {
    inRow[r]?.push(i);
    inCol[c]?.push(i);
  });
  const equations: number[][] = [];
  const line = (members: number[]) => {
    // a total without a suppressed cell in it says nothing about them (a zero row of the system)
    if (members.length === 0) return;
    const eq = new Array<number>(unknowns.cells.length).fill(0);
    for (const i of members) eq[i] = weight(unknowns.cells[i][1]);
    equations.push(eq);
  };
  for (let r = 0; r < shape.rows; r += 1) if (rowShown[r]) line(inRow[r]);
  for (let c = 0; c < shape.cols; c += 1) if (colShown[c]) line(inCol[c]);
  if (totalShown) line(unknowns.cells.map((_, i) => i));
  return equations;
}

/**
 * The unknowns that some linear combination of the equations isolates: row-reduce, and an unknown is
 * determined when its unit vector lies in the row space (a reduced row with it alone).
 */
export function isolated(equations: number[][], unknowns: number): Set<number> {
  // one flat copy: rows of `unknowns` numbers (the elimination runs on every step of the suppression loop)
  const n = unknowns;
  const m = new Float64Array(equations.length * n);
  equations.forEach((e, r) => { for (let k = 0; k < n; k += 1) m[r * n + k] = e[k]; });
  const rowCount = equations.length;
  const swap = (a: number, b: number) => {
    for (let k = 0; k < n; k += 1) {
      const t = m[a * n + k];
      m[a * n + k] = m[b * n + k];
      m[b * n + k] = t;
    }
  };
  const pivots: number[] = [];
  let row = 0;
  for (let col = 0; col < n && row < rowCount; col += 1) {
    let pivot = -1;
    for (let r = row; r < rowCount; r += 1) if (Math.abs(m[r * n + col]) > 1e-9) { pivot = r; break; }
    if (pivot < 0) continue;
    if (pivot !== row) swap(row, pivot);
    const base = row * n;
    const p = m[base + col];
    for (let k = col; k < n; k += 1) m[base + k] /= p;
    for (let r = 0; r < rowCount; r += 1) {
      const f = m[r * n + col];
      if (r === row || Math.abs(f) < 1e-12) continue;
      const at = r * n;
      for (let k = col; k < n; k += 1) m[at + k] -= f * m[base + k];
    }
    pivots.push(col);
    row += 1;
  }
  const determined = new Set<number>();
  pivots.forEach((col, r) => {
    let alone = true;
    for (let k = 0; k < n && alone; k += 1) if (k !== col && Math.abs(m[r * n + k]) > 1e-9) alone = false;
    if (alone) determined.add(col);
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

/**
 * Patterns already worked out, by threshold and table. A national summary asks the same tables again
 * and again (every analyst, every dashboard refresh) while the rollups stay as they are, and working a
 * pattern out was most of its CPU. The functions remembered are pure, so sharing their answers across
 * requests shares nothing but what the caller already holds: the key is the whole input.
 */
const remembered = new Map<string, unknown>();
const PATTERNS_KEPT = 500;

/** `work()`'s answer for `key`, worked out once while it stays among the most recently used. */
export function remember<T>(key: string, work: () => T): T {
  let answer = remembered.get(key) as T | undefined;
  if (answer !== undefined) {
    // the most recently used last: the first key is the one to let go
    remembered.delete(key);
  } else {
    answer = work();
    if (remembered.size >= PATTERNS_KEPT) remembered.delete(remembered.keys().next().value as string);
  }
  remembered.set(key, answer);
  return answer;
}

const copyOf = (p: Published): Published => ({ cells: p.cells.map((row) => [...row]), rowTotals: [...p.rowTotals],
  columnTotals: [...p.columnTotals], total: p.total });

/** Suppresses a count table for publication. `threshold` is never taken below MIN_THRESHOLD. */
export function suppress(table: CountTable, threshold = MIN_THRESHOLD): Published {
  const t = Math.max(threshold, MIN_THRESHOLD);
  return copyOf(remember(`suppress|${t}|${JSON.stringify(table.cells)}`, () => workOut(table, t)));
}

function workOut({ cells }: CountTable, threshold: number): Published {
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
    // a candidate is not hidden: another hidden cell in its column or row is any hidden cell there
    const hiddenInRow = hidden.map((line) => line.some(Boolean));
    const hiddenInCol = Array.from({ length: cols }, (_, k) => hidden.some((line) => line[k]));
    const scored = candidates.map(([i, j]) => ({ at: [i, j], score: cells[i][j] + (hiddenInCol[j] || hiddenInRow[i] ? 0 : 1e6) }));
    scored.sort((a, b) => a.score - b.score);
    const [i, j] = scored[0].at;
    hidden[i][j] = true;
  }
  return {
    cells: cells.map((row, r) => row.map((v, c) => (hidden[r][c] ? null : v))),
    rowTotals: rowTotals.map((v, r) => (rowShown[r] ? v : null)),
    columnTotals: columnTotals.map((v, c) => (colShown[c] ? v : null)),
    total: totalShown ? total : null,
  };
}

