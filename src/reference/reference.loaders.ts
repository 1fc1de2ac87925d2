import { DataSource } from 'typeorm';
import { columnsOf } from '../kernel/db/sql';
import { loader, oneByKey } from '../kernel/loaders';
import { Agency } from './agency.entity';
import { Municipality } from './municipality.entity';
import { StaffMember } from './staff-member.entity';

export interface StaffKey {
  agencyId: string;
  userId: string;
}

export type AgencyLoader = ReturnType<typeof createReferenceLoaders>['agencyById'];

/**
 * Rows that carry their agency as JSON (`jsonOncePer`: in one row per agency, NULL in the others): each
 * agency goes into the request's agency loader, so no second statement looks it up, and the rows come
 * back without it.
 */
export function primeAgencies<K extends string, R extends Record<K, Agency | null>>(agencies: AgencyLoader, rows: R[], key: K): Omit<R, K>[] {
  return rows.map((row) => {
    const { [key]: agency, ...rest } = row;
    if (agency) agencies.prime(agency.id, agency);
    return rest;
  });
}

/** Reference data: not case data, but still loaded per request so a change is seen at once. */
export function createReferenceLoaders(db: DataSource) {
  const agencyById = loader<string, Agency | null>(async (ids) => {
    const rows: Agency[] = await db.query(`SELECT ${columnsOf(db, Agency, 'a')} FROM agency a WHERE a.id = ANY($1::uuid[])`, [ids]);
    return oneByKey(ids, rows, (r) => r.id);
  });

  const municipalityByCode = loader<string, Municipality | null>(async (codes) => {
    const rows: Municipality[] = await db.query(
      `SELECT ${columnsOf(db, Municipality, 'm')} FROM municipality m WHERE m.code = ANY($1::text[])`, [codes]);
    return oneByKey(codes, rows, (r) => r.code);
  });

  /** A staff member by agency and user id. */
  const staffMember = loader<StaffKey, StaffMember | null>(async (keys) => {
    const rows: StaffMember[] = await db.query(
      `SELECT ${columnsOf(db, StaffMember, 's')} FROM staff_member s
         JOIN unnest($1::uuid[], $2::text[]) AS k(agency_id, user_id) ON k.agency_id = s.agency_id AND k.user_id = s.user_id`,
      [keys.map((k) => k.agencyId), keys.map((k) => k.userId)]);
    const keyOf = (k: StaffKey) => `${k.agencyId}|${k.userId}`;
    return oneByKey(keys.map(keyOf), rows, keyOf);
  }, (k) => `${k.agencyId}|${k.userId}`);

  return { agencyById, municipalityByCode, staffMember };
}

export type ReferenceLoaders = ReturnType<typeof createReferenceLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    reference: ReferenceLoaders;
  }
}
