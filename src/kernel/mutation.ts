import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { inTransaction } from './db/transaction';
import type { RequestContext } from './context';
import { AppError, badInput, conflict } from './errors';
import { forgetAll } from './loaders';

/** What a write produced, kept to answer a retry: ids and timestamps, never personal data. */
export type Memo = Record<string, string>;

export interface MutationSpec<R> {
  /** The mutation's name; a key reused for another mutation is a conflict. */
  operation: string;
  /** Client-chosen; repeating a request with the same key and input returns the first result. */
  idempotencyKey: string | null | undefined;
  /** Everything that defines the request (the key itself excluded). */
  args: unknown;
  remember(result: R): Memo;
  recall(memo: Memo): R;
}

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, stable((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/**
 * Runs a write as one transaction, safe to retry: with an idempotency key the first request's
 * result is remembered in the same transaction, and a repeat (even a parallel one, which waits on
 * the key's row) gets it back without writing anything; the same key with other input is CONFLICT.
 */
export async function runMutation<R>(ctx: RequestContext, spec: MutationSpec<R>, work: (tx: EntityManager) => Promise<R>): Promise<R> {
  try {
    return await idempotent(ctx, spec, work);
  } finally {
    // rows and rights cached before the write (even the roles the rule checked) are stale now
    forgetAll(ctx.loaders);
    ctx.caseAccess.clear();
  }
}

/** The write's work, refused before it commits once the request is past its deadline (the client was answered TIMEOUT). */
function beforeDeadline<R>(ctx: RequestContext, work: (tx: EntityManager) => Promise<R>) {
  return async (tx: EntityManager): Promise<R> => {
    const produced = await work(tx);
    if (Date.now() > ctx.deadline) {
      throw new AppError('TIMEOUT', 'The request took too long and was stopped; nothing it was writing was kept');
    }
    return produced;
  };
}

async function idempotent<R>(ctx: RequestContext, spec: MutationSpec<R>, doWork: (tx: EntityManager) => Promise<R>): Promise<R> {
  const work = beforeDeadline(ctx, doWork);
  const key = spec.idempotencyKey;
  if (key === null || key === undefined) return inTransaction(ctx.db, work);
  if (key.length < 1 || key.length > 200) throw badInput('idempotencyKey', 'must be 1 to 200 characters');
  const hash = createHash('sha256').update(JSON.stringify([spec.operation, stable(spec.args)])).digest('hex');
  const owner = [ctx.principal.agency.id, ctx.principal.userId, key];
  let earlier: Memo | undefined;
  const result = await inTransaction(ctx.db, async (tx) => {
    const claimed = await tx.query(
      `INSERT INTO idempotency_key (agency_id, user_id, key, operation, request_hash) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING 1`, [...owner, spec.operation, hash]);
    if (claimed.length === 0) {
      const [prior] = await tx.query(
        'SELECT operation, request_hash, result FROM idempotency_key WHERE agency_id = $1 AND user_id = $2 AND key = $3', owner);
      if (prior.operation !== spec.operation || prior.request_hash !== hash) {
        throw conflict('This idempotency key was already used for a different request');
      }
      earlier = prior.result as Memo;
      return undefined;
    }
    const produced = await work(tx);
    await tx.query('UPDATE idempotency_key SET result = $4 WHERE agency_id = $1 AND user_id = $2 AND key = $3',
      [...owner, JSON.stringify(spec.remember(produced))]);
    return produced;
  });
  return earlier ? spec.recall(earlier) : (result as R);
}

/** The common case: a write that produces one row, remembered by its id. */
export function producesId(operation: string, idempotencyKey: string | null | undefined, args: unknown): MutationSpec<string> {
  return { operation, idempotencyKey, args, remember: (id) => ({ id }), recall: (memo) => memo.id };
}

/** Keys are kept at least 24 hours; older ones are removed now and then. */
export async function forgetOldIdempotencyKeys(db: RequestContext['db']): Promise<void> {
  await db.query(`DELETE FROM idempotency_key WHERE created_at < now() - interval '48 hours'`);
}
