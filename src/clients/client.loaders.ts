import { DataSource } from 'typeorm';
import { Principal } from '../access/roles';
import { reachableBy } from '../access/scope';
import { columnsOf } from '../db/sql';
import { loader, oneByKey, uuids } from '../graphql/loader-utils';
import { Client } from './client.entity';

export function createClientLoaders(db: DataSource, principal: Principal) {
  const agency = principal.agency.id;

  /** A client, when one of their cases is reachable by the caller. */
  const clientById = loader<string, Client | null>(async (ids) => {
    const rows: Client[] = await db.query(
      `SELECT ${columnsOf(db, Client, 'cl')} FROM client cl WHERE cl.id = ANY($2::uuid[])
          AND EXISTS (SELECT 1 FROM care_case cc WHERE cc.client_id = cl.id AND ${reachableBy('cc.id', '$1')})`,
      [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id);
  });

  /** For the open-case decision only: where a known client lives; reveals nothing else. */
  const municipalityOfClient = loader<string, string | null>(async (codes) => {
    const rows: { code: string; municipality: string }[] = await db.query(
      `SELECT personal_code AS code, declared_municipality_code AS municipality FROM client WHERE personal_code = ANY($1::text[])`,
      [codes]);
    return oneByKey(codes, rows, (r) => r.code).map((r) => r?.municipality ?? null);
  });

  return { clientById, municipalityOfClient };
}
