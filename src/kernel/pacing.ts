/**
 * A periodic job that rests after each run for `factor` times as long as the run took: a tick that
 * comes sooner is skipped. A job whose runs grow with the data (a rollup rebuild of every municipality
 * took ~70 s on 1,000,000 cases, against a 20 s interval) then takes at most 1 / (1 + factor) of the
 * database's time instead of all of it, and its results lag by a few of its runs.
 */
export function paced<A extends unknown[], T>(run: (...args: A) => Promise<T>, factor: number,
  now: () => number = Date.now): (...args: A) => Promise<T | undefined> {
  let restUntil = 0;
  return async (...args: A) => {
    if (now() < restUntil) return undefined;
    const started = now();
    try {
      return await run(...args);
    } finally {
      const ended = now();
      restUntil = ended + factor * (ended - started);
    }
  };
}
