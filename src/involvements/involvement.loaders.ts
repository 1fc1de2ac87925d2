import { DataSource } from 'typeorm';
import { Principal } from '../access/roles';
import { reachableBy } from '../access/scope';
import { columnsOf } from '../db/sql';
import { groupByKey, loader, oneByKey, uuids } from '../graphql/loader-utils';
import { Involvement } from './involvement.entity';

export function createInvolvementLoaders(db: DataSource, principal: Principal) {
  const agency = principal.agency.id;

  const involvementsByCase = loader<string, Involvement[]>(async (caseIds) => {
    const rows: Involvement[] = await db.query(
      `SELECT ${columnsOf(db, Involvement, 'i')} FROM involvement i
        WHERE i.case_id = ANY($2::uuid[]) AND ${reachableBy('i.case_id', '$1')}
        ORDER BY i.valid_from, i.id`, [agency, caseIds]);
    return groupByKey(caseIds, rows, (r) => r.caseId);
  });

  const caseOfInvolvement = loader<string, string | null>(async (ids) => {
    const rows: { id: string; caseId: string }[] = await db.query(
      `SELECT i.id, i.case_id AS "caseId" FROM involvement i
        WHERE i.id = ANY($2::uuid[]) AND ${reachableBy('i.case_id', '$1')}`, [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id).map((r) => r?.caseId ?? null);
  });

  return { involvementsByCase, caseOfInvolvement };
}
