import DataLoader from 'dataloader';
import { notFound } from './errors';

/** Rows grouped under the keys that asked for them, in key order (DataLoader's contract). */
export function groupByKey<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/** One row per key, or null. */
export function oneByKey<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map<K, T>(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** A loader for one request. Never share one between requests: its cache holds one caller's rows. */
export function loader<K, V>(batch: (keys: readonly K[]) => Promise<V[]>, cacheKey?: (key: K) => string): DataLoader<K, V, unknown> {
  return new DataLoader<K, V, unknown>(batch, cacheKey ? { cacheKeyFn: cacheKey } : {});
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from clients may be anything; only well-formed ones reach SQL (the rest simply match nothing). */
export function uuids(keys: readonly string[]): string[] {
  return keys.filter((k) => UUID.test(k));
}

/** A row just written (or remembered by an idempotency key), read back as the caller sees it. */
export async function readBack<T>(load: DataLoader<string, T | null, unknown>, id: string, what: string): Promise<T> {
  const row = await load.load(id);
  if (!row) throw notFound(what);
  return row;
}

/** Empties every DataLoader in a (nested) group, so what a write changed is read afresh. */
export function forgetAll(group: object): void {
  for (const value of Object.values(group)) {
    if (value instanceof DataLoader) value.clearAll();
    else if (value && typeof value === 'object') forgetAll(value);
  }
}
