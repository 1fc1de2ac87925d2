import { TargetGroup } from '../cases';
import { Sql } from '../kernel/db/sql';
import { today } from '../kernel/dates';
import { FigureValue, Metric } from './metrics';
import { SNAPSHOT_DEFINITION, wholePastMonths } from './snapshots';
import { GroupBy } from './summary.types';

/**
 * Places in use kept like the other figures, so a national report does not count every placement
 * and plan: its cells are in the area of the provider's places, not of the clients' cases, so what
 * is kept is per case municipality, target group and provider — clients placed with a provider (by
 * placement type) at a month's end in the DATED snapshots and in today's rollups, and clients of
 * today's active plans with a service from a provider in `report_places_plans` (rebuilt with the
 * rollups, marked stale with the plans) — and the register is joined when asked, so a changed
 * register needs no rebuild. A client counts once per provider and service (the live SQL counts
 * once per area: the two differ only for a client with one service from two providers of an area at
 * once, or with two open cases). Used only while every municipality's rows are current.
 */

const AREA = `CASE WHEN $3 = 'REGION' THEN m.region_code ELSE m.code END`;

/**
 * $1 municipalities asked (the providers'), $2 target group, $3 groupBy, $4 the month of the snapshot (null: today's
 * rollups). The asked codes are matched against the ~30 providers once, not against `municipality` in the join's
 * loop (458 times on 1,000,000 cases: half of the statement's 7 ms).
 * Placed clients count in the service whose placement type took them; planned ones in a service used from home.
 */
const KEPT = `
  SELECT '${Metric.PLACES_IN_USE}' AS metric, ${AREA} AS area, ps.service_type AS col, sum(k.value) AS value FROM (
    SELECT r.target_group, split_part(r.col, '|', 1) AS provider, split_part(r.col, '|', 2) AS placement_type, NULL::text AS service_type, r.value
      FROM report_rollup r WHERE $4::date IS NULL AND r.metric = '${Metric.PLACES_IN_USE}'
    UNION ALL
    SELECT s.target_group, split_part(s.col, '|', 1), split_part(s.col, '|', 2), NULL, s.value
      FROM report_snapshot s WHERE s.level = 'MUNICIPALITY' AND s.metric = '${Metric.PLACES_IN_USE}' AND s.month = $4::date
    UNION ALL
    SELECT u.target_group, u.provider_code, NULL, u.service_type, u.clients FROM report_places_plans u) k
    JOIN provider_service ps ON ps.agency_code = k.provider
     AND (ps.placement_type = k.placement_type OR (ps.placement_type IS NULL AND k.placement_type IS NULL AND ps.service_type = k.service_type))
    JOIN service_provider sp ON sp.agency_code = ps.agency_code JOIN municipality m ON m.code = sp.municipality_code
   WHERE sp.municipality_code = ANY($1::text[]) AND ($2::text IS NULL OR k.target_group = $2)
   GROUP BY 1, 2, 3`;

/**
 * The cells of PLACES_IN_USE from what is kept, or null when some of it is not current (then it is
 * computed live): a period ending today from today's rollups, whole past months from the snapshot
 * of the last one; the plans part from today's plans for any date.
 */
export async function keptPlacesInUse(db: Sql, municipalities: string[], from: string, to: string, groupBy: GroupBy,
  targetGroup: TargetGroup | null): Promise<FigureValue[] | null> {
  const months = to === today() ? null : wholePastMonths(from, to);
  if (to !== today() && !months) return null;
  const [{ current }] = await db.query(
    `SELECT (SELECT count(*) FROM report_rollup_state s WHERE $1::date IS NOT NULL OR s.built_for = $2::date) = (SELECT count(*) FROM municipality)
        AND NOT EXISTS (SELECT 1 FROM report_plan_dirty)
        AND ($1::date IS NULL OR (
              SELECT count(*) FROM report_snapshot_state st
               WHERE st.month = $1::date AND st.class = 'DATED' AND NOT st.stale AND st.definition = $3
                 AND NOT EXISTS (SELECT 1 FROM report_snapshot_dirty d JOIN municipality m ON m.code = d.municipality_code
                                  WHERE m.region_code = st.region_code AND d.class = 'DATED' AND d.from_month <= st.month))
            = (SELECT count(*) FROM region)) AS current`,
    [months?.last ?? null, to, SNAPSHOT_DEFINITION.DATED]);
  if (!current) return null;
  return db.query(KEPT, [municipalities, targetGroup, groupBy, months?.last ?? null]);
}
