import { DataSource } from 'typeorm';
import { columnsOf } from '../kernel/db/sql';
import { loader, oneByKey, RequestLoader } from '../kernel/loaders';
import { Agency } from './agency.entity';
import { Municipality } from './municipality.entity';
import { StaffMember } from './staff-member.entity';

export interface StaffKey {
  agencyId: string;
  userId: string;
}

/**
 * The request's agencies by id. Statements whose rows carry their agency as JSON (`jsonOncePer`: in one
 * row per agency, NULL in the others) are run through `carrying`: their agencies go into this loader,
 * so no second statement looks them up, and the rows come back without them. A lookup first waits
 * for such statements still in flight: the statements of a page run on several connections at once,
 * and a field that asks for an agency (a planned contact's) before the involvements carrying it have
 * arrived would otherwise cost a statement of its own, on some requests and not others.
 */
export class AgencyLoader extends RequestLoader<string, Agency | null> {
  private readonly inFlight: Set<Promise<unknown>>;
  private readonly carried: Map<string, Agency>;

  constructor(db: DataSource) {
    const inFlight = new Set<Promise<unknown>>();
    const carried = new Map<string, Agency>();
    super(async (ids) => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      const missing = ids.filter((id) => !carried.has(id));
      const rows: Agency[] = missing.length === 0 ? []
        : await db.query(`SELECT ${columnsOf(db, Agency, 'a')} FROM agency a WHERE a.id = ANY($1::uuid[])`, [missing]);
      const read = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => carried.get(id) ?? read.get(id) ?? null);
    });
    this.inFlight = inFlight;
    this.carried = carried;
  }

  /** The rows of `statement` without their agency JSON under `key`, each agency primed into this loader. */
  async carrying<R extends object, K extends string>(statement: Promise<(R & Record<K, Agency | null>)[]>, key: K): Promise<R[]> {
    this.inFlight.add(statement);
    try {
      const rows = await statement;
      return rows.map((row) => {
        const { [key]: agency, ...rest } = row;
        if (agency) {
          this.carried.set(agency.id, agency);
          this.prime(agency.id, agency);
        }
        return rest as unknown as R;
      });
    } finally {
      this.inFlight.delete(statement);
    }
  }

  override clear(id: string): this {
    this.carried.delete(id);
    return super.clear(id);
  }

  override clearAll(): this {
    this.carried.clear();
    return super.clearAll();
  }
}

/** Reference data: not case data, but still loaded per request so a change is seen at once. */
export function createReferenceLoaders(db: DataSource) {
  const agencyById = new AgencyLoader(db);

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
