import { Metric, METRICS } from './metrics';

/**
 * Figures whose value for a region is not the sum of its municipalities': counts of distinct people or
 * carers (one counted in two municipalities of a region counts once in it) and money rounded per cell.
 * Read from their own SQL, so a new figure of either kind is covered; this errs towards too many (a
 * count over open cases is exact summed: a client has one open case per target group). Today's rollups
 * keep municipalities only, so a region's figures of these ending today come from the source tables;
 * the month-end snapshots keep regions of their own.
 */
export const NOT_SUMMED_OVER_MUNICIPALITIES: ReadonlySet<Metric> = new Set(
  Object.values(Metric).filter((m) => /count\(DISTINCT|round\(/i.test(METRICS[m].kept ?? METRICS[m].sql)));
