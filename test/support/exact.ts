/** Helpers of the disclosure-control tests: a seeded generator and an exact rank, independent of the code under test. */

/** A seeded generator, so a failure names a table that can be replayed. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Rank over the rationals with exact integer (BigInt) elimination: independent of the code under test. */
export function rank(matrix: bigint[][]): number {
  const m = matrix.map((r) => [...r]);
  let rk = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && rk < m.length; c += 1) {
    const p = m.findIndex((r, i) => i >= rk && r[c] !== 0n);
    if (p < 0) continue;
    [m[rk], m[p]] = [m[p], m[rk]];
    for (let i = 0; i < m.length; i += 1) {
      if (i === rk || m[i][c] === 0n) continue;
      const a = m[rk][c];
      const b = m[i][c];
      m[i] = m[i].map((v, k) => v * a - m[rk][k] * b);
    }
    rk += 1;
  }
  return rk;
}
