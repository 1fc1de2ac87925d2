import { DataSource } from 'typeorm';
import { Caller } from '../kernel/principal';
import { reachableBy } from '../access/scope';
import { columnsOf } from '../kernel/db/sql';
import { loader, oneByKey, uuids } from '../kernel/loaders';
import { Client } from './client.entity';

export function createClientLoaders(db: DataSource, principal: Caller) {
  const agency = principal.agency.id;

  /** A client, when one of their cases is reachable by the caller. */
  const clientById = loader<string, Client | null>(async (ids) => {
    const rows: Client[] = await db.query(
      `SELECT ${columnsOf(db, Client, 'cl')} FROM client cl WHERE cl.id = ANY($2::uuid[])
          AND EXISTS (SELECT 1 FROM care_case cc WHERE cc.client_id = cl.id AND ${reachableBy('cc.id', '$1', principal)})`,
      [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id);
  });

  return { clientById };
}

export type ClientLoaders = ReturnType<typeof createClientLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    clients: ClientLoaders;
  }
}
