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

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/**
 * A DataLoader for one request that also answers, without a promise, a key whose value it already
 * holds (primed, or loaded earlier in the request): graphql-js then completes the field at once
 * instead of scheduling it. A list page resolves hundreds of agencies and clients it was primed with.
 */
export class RequestLoader<K, V> extends DataLoader<K, V, unknown> {
  private readonly held: Map<unknown, V>;
  /** Keys asked of DataLoader: its cache has them (or a pending load), so a later prime does not change them. */
  private readonly asked: Set<unknown>;
  private readonly keyOf: (key: K) => unknown;
  /** Counts clears: a batch that was in flight during one is not held (DataLoader does not cache it again either). */
  private readonly clears: { count: number };

  constructor(batch: (keys: readonly K[]) => Promise<V[]>, cacheKey?: (key: K) => string) {
    const held = new Map<unknown, V>();
    const asked = new Set<unknown>();
    const keyOf = cacheKey ?? ((key: K) => key);
    const clears = { count: 0 };
    super(async (keys) => {
      const before = clears.count;
      const values = await batch(keys);
      keys.forEach((key, i) => {
        const k = keyOf(key);
        // a key cleared before or while its batch ran is not held
        if (clears.count === before && asked.has(k) && !(values[i] instanceof Error)) held.set(k, values[i]);
      });
      return values;
    }, cacheKey ? { cacheKeyFn: cacheKey } : {});
    this.held = held;
    this.asked = asked;
    this.keyOf = keyOf;
    this.clears = clears;
  }

  /** The value for `key`: at once when held, else loaded with the others of this tick. */
  get(key: K): V | Promise<V> {
    const k = this.keyOf(key);
    return this.held.has(k) ? this.held.get(k) as V : this.load(key);
  }

  override load(key: K): Promise<V> {
    this.asked.add(this.keyOf(key));
    return super.load(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    const k = this.keyOf(key);
    // as DataLoader's own cache: a key already there (loaded, loading or primed) keeps its value
    if (!this.held.has(k) && !this.asked.has(k) && !(value instanceof Error) && !isThenable(value)) this.held.set(k, value);
    this.asked.add(k);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    const k = this.keyOf(key);
    this.held.delete(k);
    this.asked.delete(k);
    this.clears.count += 1;
    return super.clear(key);
  }

  override clearAll(): this {
    this.held.clear();
    this.asked.clear();
    this.clears.count += 1;
    return super.clearAll();
  }
}

/** A loader for one request. Never share one between requests: its cache holds one caller's rows. */
export function loader<K, V>(batch: (keys: readonly K[]) => Promise<V[]>, cacheKey?: (key: K) => string): RequestLoader<K, V> {
  return new RequestLoader<K, V>(batch, cacheKey);
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
