import { DataSource, EntityTarget } from 'typeorm';
import { reachableBy } from './scope';
import { columnsOf } from '../kernel/db/sql';
import type { Caller } from '../kernel/principal';
import { loader, oneByKey, uuids } from '../kernel/loaders';

/** Rows of a case-owned table by id, only where the caller's agency reaches the case. */
export function caseRowById<T extends { id: string; caseId: string }>(db: DataSource, principal: Caller, entity: EntityTarget<T>) {
  const table = db.getMetadata(entity).tableName;
  return loader<string, T | null>(async (ids) => {
    const rows: T[] = await db.query(
      `SELECT ${columnsOf(db, entity, 'x')} FROM ${table} x WHERE x.id = ANY($2::uuid[]) AND ${reachableBy('x.case_id', '$1', principal)}`,
      [principal.agency.id, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id);
  });
}
