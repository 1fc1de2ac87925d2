import { DataSource } from 'typeorm';
import { Caller } from '../kernel/principal';
import { reachableBy } from '../access/scope';
import { columnsOf, jsonOncePer } from '../kernel/db/sql';
import { caseRowById } from '../access/case-rows';
import { Agency } from '../reference';
import type { AgencyLoader } from '../reference';
import { groupByKey, loader, oneByKey, uuids } from '../kernel/loaders';
import { Involvement } from './involvement.entity';

export function createInvolvementLoaders(db: DataSource, principal: Caller, agencies: AgencyLoader) {
  const agency = principal.agency.id;

  /** Involvements with their agencies, each sent once and primed into the agency loader (no second statement). */
  const involvementsByCase = loader<string, Involvement[]>(async (caseIds) => {
    const rows = await agencies.carrying<Involvement, 'agency'>(db.query(
      `SELECT ${columnsOf(db, Involvement, 'i')}, ${jsonOncePer(db, Agency, 'a', 'i.agency_id')} AS agency
         FROM involvement i JOIN agency a ON a.id = i.agency_id
        WHERE i.case_id = ANY($2::uuid[]) AND ${reachableBy('i.case_id', '$1', principal)}
        ORDER BY i.valid_from, i.id`, [agency, caseIds]), 'agency');
    return groupByKey(caseIds, rows, (r) => r.caseId);
  });

  const caseOfInvolvement = loader<string, string | null>(async (ids) => {
    const rows: { id: string; caseId: string }[] = await db.query(
      `SELECT i.id, i.case_id AS "caseId" FROM involvement i
        WHERE i.id = ANY($2::uuid[]) AND ${reachableBy('i.case_id', '$1', principal)}`, [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id).map((r) => r?.caseId ?? null);
  });

  const involvementById = caseRowById(db, principal, Involvement);

  return { involvementsByCase, caseOfInvolvement, involvementById };
}

export type InvolvementLoaders = ReturnType<typeof createInvolvementLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    involvements: InvolvementLoaders;
  }
}
