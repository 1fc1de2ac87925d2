import type { EntityManager } from 'typeorm';
import { feedPosition } from '../changes';
import type { RequestContext } from '../kernel/context';
import { conflict, notFound } from '../kernel/errors';
import { uuids } from '../kernel/loaders';
import { MutationSpec, runMutation } from '../kernel/mutation';
import { text } from '../kernel/validate';
import { endpointUrl } from './endpoint';
import { newSecret } from './signature';
import { RegisterWebhookInput, WebhookSecretIssued, WebhookState, WebhookSubscription } from './webhook.types';
import { WAKE_SQL } from './wake';

/**
 * The caller's agency's webhook subscriptions. Every statement takes the agency from the token, so
 * no agency reads or changes another's (another's subscription is "not found"). Secret values are
 * never read back here, except once for the request that made one (and its idempotent repeat).
 */
const SELECT = `SELECT s.id, s.url, s.description, s.state, s.delivered_count::int AS "deliveredCount",
    s.last_delivered_event_id::text AS "lastDeliveredEventId", s.last_delivered_at AS "lastDeliveredAt", s.failures,
    s.failing_since AS "failingSince", s.last_error AS "lastError", s.next_attempt_at AS "nextAttemptAt", s.parked_at AS "parkedAt",
    s.created_at AS "createdAt",
    ARRAY(SELECT json_build_object('id', k.id, 'createdAt', k.created_at) FROM webhook_secret k
           WHERE k.subscription_id = s.id AND k.retired_at IS NULL ORDER BY k.created_at, k.id) AS secrets
  FROM webhook_subscription s WHERE s.agency_id = $1`;

type Row = Omit<WebhookSubscription, 'secrets'> & { secrets: { id: string; createdAt: string }[] };

function shaped(row: Row): WebhookSubscription {
  return { ...row, secrets: row.secrets.map((k) => ({ id: k.id, createdAt: new Date(k.createdAt) })) };
}

async function one(ctx: RequestContext, id: string): Promise<WebhookSubscription> {
  const [row]: Row[] = await ctx.db.query(`${SELECT} AND s.id = $2`, [ctx.principal.agency.id, id]);
  if (!row) throw notFound('Webhook subscription');
  return shaped(row);
}

/** The subscription, locked for the write, when it is the caller's agency's. */
async function locked(ctx: RequestContext, tx: EntityManager, id: string): Promise<{ state: WebhookState; live: string[] }> {
  const [row]: { state: WebhookState }[] = uuids([id]).length === 0 ? []
    : await tx.query('SELECT state FROM webhook_subscription WHERE id = $1 AND agency_id = $2 FOR UPDATE', [id, ctx.principal.agency.id]);
  if (!row) throw notFound('Webhook subscription');
  const live: { id: string }[] = await tx.query(
    'SELECT id FROM webhook_secret WHERE subscription_id = $1 AND retired_at IS NULL ORDER BY created_at, id', [id]);
  return { state: row.state, live: live.map((k) => k.id) };
}

function audited(ctx: RequestContext, tx: EntityManager, operation: string, id: string, fields: string[]): Promise<void> {
  // the agency's own configuration, no case's: audited as a write without a case
  return ctx.audit.write(tx, { caseId: null, roles: [], operation, entity: 'WebhookSubscription', entityId: id, fields,
    categories: [], oldVersion: null, newVersion: null });
}

/** A write that makes a secret: remembered by ids; a repeat reads the secret back from its row. */
function issuesSecret(operation: string, idempotencyKey: string | null, args: unknown): MutationSpec<{ id: string; secretId: string }> {
  return { operation, idempotencyKey, args, remember: (made) => ({ ...made }), recall: (memo) => ({ id: memo.id, secretId: memo.secretId }) };
}

async function issued(ctx: RequestContext, made: { id: string; secretId: string }): Promise<WebhookSecretIssued> {
  const [secret]: { secret: string }[] = await ctx.db.query('SELECT secret FROM webhook_secret WHERE id = $1 AND subscription_id = $2',
    [made.secretId, made.id]);
  return { subscription: await one(ctx, made.id), secretId: made.secretId, secret: secret.secret };
}

/** A subscription's state changes from one of `from` to `to`; reactivating wakes its delivery in the same transaction. */
async function move(ctx: RequestContext, id: string, idempotencyKey: string | null, operation: string, from: WebhookState[],
  to: WebhookState): Promise<WebhookSubscription> {
  await runMutation(ctx, { operation, idempotencyKey, args: { id }, remember: () => ({}), recall: () => undefined }, async (tx) => {
    const { state } = await locked(ctx, tx, id);
    if (!from.includes(state)) throw conflict(`The webhook subscription is ${state}; ${operation} needs one ${from.join(' or ')}`);
    await tx.query(
      `UPDATE webhook_subscription SET state = $2, parked_at = NULL,
              failures = CASE WHEN $2 = 'ACTIVE' THEN 0 ELSE failures END,
              failing_since = CASE WHEN $2 = 'ACTIVE' THEN NULL ELSE failing_since END,
              next_attempt_at = NULL WHERE id = $1`, [id, to]);
    if (to === WebhookState.ACTIVE) await tx.query(WAKE_SQL, [id, null]);
    await audited(ctx, tx, operation, id, ['state']);
  });
  return one(ctx, id);
}

export const subscriptionsService = {
  async list(ctx: RequestContext): Promise<WebhookSubscription[]> {
    const rows: Row[] = await ctx.db.query(`${SELECT} ORDER BY s.created_at, s.id`, [ctx.principal.agency.id]);
    return rows.map(shaped);
  },

  /**
   * Delivery starts after `after` (a cursor of `changes`) or from now: the first events are those of
   * transactions still running as it registers. The feed is read under the registering request's
   * purpose, so the endpoint gets what `changes` gives that agency for it.
   */
  async register(ctx: RequestContext, input: RegisterWebhookInput, idempotencyKey: string | null): Promise<WebhookSecretIssued> {
    const url = endpointUrl(input.url, ctx.settings.webhookHttpLoopback);
    const description = text('input.description', input.description, { max: 500 });
    const [afterXact, afterId] = input.after ? feedPosition(input.after, 'input.after') : [null, null];
    const made = await runMutation(ctx, issuesSecret('registerWebhook', idempotencyKey, { input }), async (tx) => {
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO webhook_subscription (agency_id, url, description, purpose, cursor_xact, cursor_id, created_by_user_id)
         VALUES ($1, $2, $3, $4, COALESCE($5::xid8, pg_snapshot_xmin(pg_current_snapshot())), COALESCE($6::bigint, 0), $7) RETURNING id`,
        [ctx.principal.agency.id, url, description, ctx.principal.purpose, afterXact, afterId, ctx.principal.userId]);
      const [secret]: { id: string }[] = await tx.query(
        'INSERT INTO webhook_secret (subscription_id, secret, created_by_user_id) VALUES ($1, $2, $3) RETURNING id',
        [row.id, newSecret(), ctx.principal.userId]);
      await tx.query(WAKE_SQL, [row.id, null]);
      await audited(ctx, tx, 'registerWebhook', row.id, ['url', 'description', 'secrets']);
      return { id: row.id, secretId: secret.id };
    });
    return issued(ctx, made);
  },

  /** A second live secret, for a rotation: events are signed with both until the old one is retired. */
  async addSecret(ctx: RequestContext, id: string, idempotencyKey: string | null): Promise<WebhookSecretIssued> {
    const made = await runMutation(ctx, issuesSecret('addWebhookSecret', idempotencyKey, { id }), async (tx) => {
      const { live } = await locked(ctx, tx, id);
      if (live.length >= 2) throw conflict('Two secrets are live already: retire the old one first');
      const [secret]: { id: string }[] = await tx.query(
        'INSERT INTO webhook_secret (subscription_id, secret, created_by_user_id) VALUES ($1, $2, $3) RETURNING id',
        [id, newSecret(), ctx.principal.userId]);
      await audited(ctx, tx, 'addWebhookSecret', id, ['secrets']);
      return { id, secretId: secret.id };
    });
    return issued(ctx, made);
  },

  async retireSecret(ctx: RequestContext, id: string, secretId: string, idempotencyKey: string | null): Promise<WebhookSubscription> {
    await runMutation(ctx, { operation: 'retireWebhookSecret', idempotencyKey, args: { id, secretId }, remember: () => ({}),
      recall: () => undefined }, async (tx) => {
      const { live } = await locked(ctx, tx, id);
      if (!live.includes(secretId)) throw notFound('Webhook secret');
      if (live.length === 1) throw conflict('The only live secret cannot be retired: add a new one first');
      await tx.query('UPDATE webhook_secret SET retired_at = now(), retired_by_user_id = $2 WHERE id = $1', [secretId, ctx.principal.userId]);
      await audited(ctx, tx, 'retireWebhookSecret', id, ['secrets']);
    });
    return one(ctx, id);
  },

  pause: (ctx: RequestContext, id: string, key: string | null) =>
    move(ctx, id, key, 'pauseWebhook', [WebhookState.ACTIVE, WebhookState.PARKED], WebhookState.PAUSED),
  resume: (ctx: RequestContext, id: string, key: string | null) =>
    move(ctx, id, key, 'resumeWebhook', [WebhookState.PAUSED], WebhookState.ACTIVE),
  /** A parked subscription's delivery starts again at its cursor, retrying afresh. */
  requeue: (ctx: RequestContext, id: string, key: string | null) =>
    move(ctx, id, key, 'requeueWebhook', [WebhookState.PARKED], WebhookState.ACTIVE),
};
