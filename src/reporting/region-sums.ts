import { Metric, METRIC_CLASS, METRICS, scopedBothLevels } from './metrics';

/**
 * Counts of distinct people or carers, read from their own SQL (so a new one is covered): a region's is
 * not the sum of its municipalities' when one is counted in two of them (a client with cases in both, a
 * foster family with children from both), who counts once in the region. Today's rollups keep
 * municipalities; what a region's count differs from their sum by is kept per region (rollups.ts).
 */
export const DISTINCT_COUNTS: ReadonlySet<Metric> = new Set(Object.values(Metric)
  .filter((m) => METRIC_CLASS[m] !== 'LIVE' && m !== Metric.PLACES_IN_USE && /count\(DISTINCT/i.test(METRICS[m].kept ?? METRICS[m].sql)));

/**
 * The cases of the clients with cases in two municipalities of one region and of the foster families with
 * children from two ($1: the municipalities of some regions, each whole): the only ones a region's count
 * differs from the sum of its municipalities' by. A shared one's every case there is among them.
 */
export const SHARED_CASES = `
  SELECT ARRAY(
    SELECT c.id FROM care_case c
     WHERE c.responsible_municipality_code = ANY($1::text[])
       AND (c.client_id IN (SELECT x.client_id FROM care_case x JOIN municipality xm ON xm.code = x.responsible_municipality_code
                             WHERE xm.code = ANY($1::text[]) GROUP BY x.client_id, xm.region_code HAVING count(DISTINCT xm.code) > 1)
         OR c.id IN (SELECT p.case_id FROM placement p WHERE p.carer_ref IN (
              SELECT q.carer_ref FROM placement q JOIN care_case y ON y.id = q.case_id JOIN municipality ym ON ym.code = y.responsible_municipality_code
               WHERE q.carer_ref IS NOT NULL AND ym.code = ANY($1::text[]) GROUP BY q.carer_ref, ym.region_code
              HAVING count(DISTINCT ym.code) > 1)))) AS ids`;

/** `scoped` (metrics.ts) for both levels, of the cases $5 only. */
export const SCOPED_CASES_BOTH_LEVELS = scopedBothLevels(' AND c.id = ANY($5::uuid[])');
