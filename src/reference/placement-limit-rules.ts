import type { Sql } from '../kernel/db/sql';
import { ageGroupsFromDatabase, PlacementLimitRecord } from './sources';

/**
 * The size limits of a kind of children's home as the database's register holds them (synced from
 * data/placement-limits.json), so an operator's sync reaches the running hubs without a release.
 * Null when the kind has no limits.
 */
export async function placementLimitRule(sql: Sql, placementType: string): Promise<PlacementLimitRecord | null> {
  const [row]: (Omit<PlacementLimitRecord, 'ageGroups'> & { ageGroups: unknown })[] = await sql.query(
    `SELECT placement_type AS "placementType", max_children AS "maxChildren", siblings_may_exceed AS "siblingsMayExceed",
            per_group AS "perGroup", age_groups AS "ageGroups", hardest_cases_max_children AS "hardestCasesMaxChildren"
       FROM placement_limit_rule WHERE placement_type = $1`, [placementType]);
  return row ? { ...row, ageGroups: ageGroupsFromDatabase(row.placementType, row.ageGroups) } : null;
}

/** Whether the provider register says the provider's home of this placement type serves the hardest cases. */
export async function servesHardestCases(sql: Sql, agencyId: string, placementType: string): Promise<boolean> {
  const [row]: { hardest: boolean }[] = await sql.query(
    `SELECT bool_or(ps.hardest_cases) AS hardest FROM provider_service ps JOIN agency a ON a.code = ps.agency_code
      WHERE a.id = $1 AND ps.placement_type = $2`, [agencyId, placementType]);
  return row?.hardest === true;
}
