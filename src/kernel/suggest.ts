/**
 * "Did you mean …?" over a whole list of values (an enum's), best first. graphql-js ranks by
 * plain edit distance within a limit, which suggests CRISIS for VISIT and not HOME_VISIT. People
 * type part of a name: a value that shares whole word parts with what was typed is the likelier
 * meaning, so the ranking goes by tiers, each ordered by its own measure:
 *   0. the same letters, but for case and separators (`home-visit`, `HomeVisit` → HOME_VISIT);
 *   1. one's word parts are all among the other's (`VISIT` → HOME_VISIT, `PHONE_CALL` → PHONE),
 *      fewer words apart first;
 *   2. one contains the other, or each typed part begins a word of the value (`VIS` → HOME_VISIT,
 *      `SOC_MENT` → SOCIAL_MENTOR), fewer letters apart first;
 *   3. a typo: Damerau–Levenshtein distance (a swap of neighbours is one edit) within about 40% of
 *      the typed length, nearer first.
 * Ties go alphabetically, so the same input always gets the same answer. (VISIT is 3 edits from
 * CRISIS and 5 from HOME_VISIT: no distance alone finds what was meant.)
 */

const normal = (s: string) => s.trim().toUpperCase().replace(/[\s-]+/g, '_');
const partsOf = (s: string) => normal(s).split('_').filter((p) => p !== '');
const compact = (s: string) => partsOf(s).join('');

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function damerauLevenshtein(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_row, i) => Array.from({ length: b.length + 1 }, (_cell, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** [tier, distance] of one value for what was typed; null when it is no suggestion at all. */
function rank(typed: string, value: string): [number, number] | null {
  const t = partsOf(typed);
  const v = partsOf(value);
  if (t.length === 0) return null;
  const [ct, cv] = [compact(typed), compact(value)];
  if (ct === cv) return [0, 0];
  const within = (small: string[], large: string[]) => small.every((p) => large.includes(p));
  if (within(t, v) || within(v, t)) return [1, Math.abs(v.length - t.length)];
  if (cv.includes(ct) || ct.includes(cv) || t.every((p) => v.some((w) => w.startsWith(p)))) return [2, Math.abs(cv.length - ct.length)];
  const distance = damerauLevenshtein(normal(typed), normal(value));
  return distance <= Math.floor(normal(typed).length * 0.4) + 1 ? [3, distance] : null;
}

/**
 * The values most likely meant by `typed`, best first, at most `max`; none when nothing is close.
 * Only the best tier found is offered: once a value shares words with what was typed, a value that
 * is merely a few letters away (CRISIS for VISIT) is noise.
 */
export function suggest(typed: string, values: readonly string[], max = 3): string[] {
  const ranked = values
    .map((value) => ({ value, rank: rank(typed, value) }))
    .filter((r): r is { value: string; rank: [number, number] } => r.rank !== null && r.value !== typed)
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return ranked.filter((r) => r.rank[0] === ranked[0].rank[0]).slice(0, max).map((r) => r.value);
}
