import { DataSource } from 'typeorm';
import { InvolvementRole, Principal } from '../access/roles';
import { reachableBy, rolesOf } from '../access/scope';
import { columnsOf } from '../db/sql';
import { loader, oneByKey, uuids } from '../graphql/loader-utils';
import { CareCase } from './case.entity';

/** A case as the caller reaches it, with the caller's roles in it (selected in the same statement). */
export type ReachedCase = CareCase & { myRoles: InvolvementRole[] };

export function createCaseLoaders(db: DataSource, principal: Principal) {
  const agency = principal.agency.id;

  const caseRoles = loader<string, InvolvementRole[]>(async (ids) => {
    const rows: { id: string; roles: InvolvementRole[] }[] = await db.query(
      `SELECT k.id, ${rolesOf('k.id', '$1')} AS roles FROM unnest($2::uuid[]) AS k(id)`, [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id).map((r) => r?.roles ?? []);
  });

  const caseById = loader<string, ReachedCase | null>(async (ids) => {
    const rows: ReachedCase[] = await db.query(
      `SELECT ${columnsOf(db, CareCase, 'c')}, ${rolesOf('c.id', '$1')} AS "myRoles"
         FROM care_case c WHERE c.id = ANY($2::uuid[]) AND ${reachableBy('c.id', '$1')}`, [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id);
  });

  /** Cases read by a list query are cached with their roles, so nested fields cost no extra statement. */
  function prime(cases: ReachedCase[]): void {
    for (const c of cases) {
      caseById.prime(c.id, c);
      caseRoles.prime(c.id, c.myRoles);
    }
  }

  return { caseRoles, caseById, prime };
}
