import { DataSource } from 'typeorm';
import { Caller } from '../kernel/principal';
import { reachableBy } from '../access/scope';
import { columnsOf } from '../kernel/db/sql';
import { caseRowById } from '../access/case-rows';
import { groupByKey, loader, oneByKey } from '../kernel/loaders';
import { Placement } from './placement.entity';
import { StayLimitException } from './stay-exception.types';
import { stayLimitSql } from './stay-limits';

export function createPlacementLoaders(db: DataSource, principal: Caller) {
  const placementsByCase = loader<string, Placement[]>(async (caseIds) => {
    const rows: Placement[] = await db.query(
      `SELECT ${columnsOf(db, Placement, 'p')} FROM placement p
        WHERE p.case_id = ANY($2::uuid[]) AND ${reachableBy('p.case_id', '$1', principal)}
        ORDER BY p.starts_on DESC, p.id`, [principal.agency.id, caseIds]);
    return groupByKey(caseIds, rows, (r) => r.caseId);
  });
  const placementById = caseRowById(db, principal, Placement);

  /** The stay limit of a child's institution placement (null for any other), as the due item counts it. */
  const stayLimitByPlacement = loader<string, string | null>(async (ids) => {
    const rows: { id: string; limitOn: string }[] = await db.query(
      `SELECT pl.id, ${stayLimitSql('pl', 'cl')} AS "limitOn"
         FROM placement pl JOIN care_case c ON c.id = pl.case_id JOIN client cl ON cl.id = c.client_id
        WHERE pl.id = ANY($2::uuid[]) AND pl.type = 'INSTITUTION' AND c.target_group <> 'ADULT_WITH_MENTAL_DISORDER'
          AND cl.birth_date IS NOT NULL AND ${reachableBy('pl.case_id', '$1', principal)}`, [principal.agency.id, ids]);
    return oneByKey(ids, rows, (r) => r.id).map((r) => r?.limitOn ?? null);
  });

  const stayExceptionsByPlacement = loader<string, StayLimitException[]>(async (ids) => {
    const rows: StayLimitException[] = await db.query(
      `SELECT x.id, x.case_id AS "caseId", x.placement_id AS "placementId", x.decision_ref AS "decisionRef", x.new_limit_on AS "newLimitOn",
              x.deciding_agency_id AS "decidingAgencyId", x.decided_by_user_id AS "decidedByUserId", x.recorded_at AS "recordedAt"
         FROM placement_stay_exception x
        WHERE x.placement_id = ANY($2::uuid[]) AND ${reachableBy('x.case_id', '$1', principal)}
        ORDER BY x.placement_id, x.recorded_at DESC, x.id`, [principal.agency.id, ids]);
    return groupByKey(ids, rows, (r) => r.placementId);
  });

  return { placementsByCase, placementById, stayLimitByPlacement, stayExceptionsByPlacement };
}

export type PlacementLoaders = ReturnType<typeof createPlacementLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    placements: PlacementLoaders;
  }
}
