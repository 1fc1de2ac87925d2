import { DataSource } from 'typeorm';
import { Caller } from '../kernel/principal';
import { reachableBy } from '../access/scope';
import { columnsOf } from '../kernel/db/sql';
import { caseRowById } from '../access/case-rows';
import { groupByKey, loader } from '../kernel/loaders';
import { Placement } from './placement.entity';

export function createPlacementLoaders(db: DataSource, principal: Caller) {
  const placementsByCase = loader<string, Placement[]>(async (caseIds) => {
    const rows: Placement[] = await db.query(
      `SELECT ${columnsOf(db, Placement, 'p')} FROM placement p
        WHERE p.case_id = ANY($2::uuid[]) AND ${reachableBy('p.case_id', '$1', principal)}
        ORDER BY p.starts_on DESC, p.id`, [principal.agency.id, caseIds]);
    return groupByKey(caseIds, rows, (r) => r.caseId);
  });
  const placementById = caseRowById(db, principal, Placement);

  return { placementsByCase, placementById };
}

export type PlacementLoaders = ReturnType<typeof createPlacementLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    placements: PlacementLoaders;
  }
}
