import type { DataSource } from 'typeorm';
import { withinPurpose } from '../access/scope';
import type { Caller } from '../kernel/principal';
import type { Binder } from './case-list.sql';

/**
 * How many cases an agency reaches, counted once and reused until its reach changes: a write to its
 * involvements (`agency_reach_change`, whose sum is the reach version) or the next moment one of them
 * starts or runs out. The page statement compares the version and the time itself, in its own snapshot,
 * and counts only when either has moved; otherwise the count known is exact.
 *
 * Kept per database (the hub's, or its read replica's) and per agency and purpose (a purpose picks the
 * roles that reach). Only counts are kept, never a case: one agency's count is only ever answered to
 * that agency.
 */
interface Known {
  version: string;
  /** The next start or end of one of the agency's involvements, as PostgreSQL wrote it; null: none. */
  until: string | null;
  count: number;
}

const known = new WeakMap<DataSource, Map<string, Known>>();

const keyOf = (caller: Caller) => `${caller.agency.id}|${caller.purpose}`;

/** The columns of the page statement that carry the count. */
export interface CountColumns {
  reachVersion: string;
  /** The count and the next moment it changes by itself (null: none), or NULL when the count held still holds. */
  reachCount: [string, string | null] | null;
}

/**
 * The page statement's count columns, and how to read the count from its row. The count held when
 * the statement is written is the one it is compared with, and the one answered if it holds. `count`
 * counts the agency's cases ($1 the agency); beside it, the next moment one of its involvements starts
 * or runs out, from the same index (a pass of its own: with count(DISTINCT) in one aggregate,
 * PostgreSQL sorts the ids again instead of reading them in the index's order, 33 ms against 5 for SD-RIGA).
 */
export function reachCount(db: DataSource, caller: Caller, count: string, b: Binder): { columns: string; read: (row: CountColumns) => number } {
  const key = keyOf(caller);
  const held = known.get(db)?.get(key);
  const version = '(SELECT coalesce(sum(w.weight), 0) FROM agency_reach_change w WHERE w.agency_id = $1)';
  const until = `(SELECT least(min(i.valid_from) FILTER (WHERE i.valid_from > now()), min(i.valid_until) FILTER (WHERE i.valid_until > now()))
    FROM involvement i WHERE i.agency_id = $1 AND i.ended_at IS NULL AND ${withinPurpose('i', caller)})`;
  const counted = `ARRAY[(${count})::text, ${until}::text]`;
  const read = (row: CountColumns): number => {
    if (!row.reachCount && held) return held.count;
    if (!row.reachCount) throw new Error('the page statement held back a count it was not given');
    const [n, next] = row.reachCount;
    let kept = known.get(db);
    if (!kept) known.set(db, kept = new Map());
    kept.set(key, { version: row.reachVersion, until: next, count: Number(n) });
    return Number(n);
  };
  if (!held) return { columns: `${version} AS "reachVersion", ${counted} AS "reachCount"`, read };
  // uncorrelated: PostgreSQL runs the two only when the CASE asks for them
  const holds = `${version} = ${b.bind(held.version)}::numeric AND now() < ${b.bind(held.until ?? 'infinity')}::timestamptz`;
  return { columns: `${version} AS "reachVersion", CASE WHEN ${holds} THEN NULL ELSE ${counted} END AS "reachCount"`, read };
}

/** Sums each agency's reach changes into one row (every sum, so every reach version, stays as it was). */
export async function compactReachChanges(db: DataSource): Promise<void> {
  await db.query(`WITH gone AS (DELETE FROM agency_reach_change RETURNING agency_id, weight)
    INSERT INTO agency_reach_change (agency_id, weight) SELECT agency_id, sum(weight) FROM gone GROUP BY agency_id ORDER BY agency_id`);
}
