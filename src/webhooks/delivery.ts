import { lookup as dnsLookup, LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, LookupFunction } from 'node:net';
import type { DataSource } from 'typeorm';
import { FeedEvent, feedCursor, readFeed } from '../changes';
import { UserRole } from '../kernel/principal';
import type { Purpose } from '../kernel/principal';
import { hostOf, reachableAddress } from './endpoint';
import { SIGNATURE_HEADER, sign } from './signature';

/** How delivery retries and how long it waits (config: WEBHOOK_*). */
export interface DeliverySettings {
  /** The first retry's delay; each further one doubles it (WEBHOOK_RETRY_BASE_MS). */
  retryBaseMs: number;
  /** The longest delay between two attempts (WEBHOOK_RETRY_MAX_MS). */
  retryMaxMs: number;
  /** Failing longer than this parks the subscription (WEBHOOK_PARK_AFTER, at least 24 h unless a test shortens it). */
  parkAfterMs: number;
  /** How long one POST may take (WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** Events delivered by one job before it hands on to the next, so subscriptions take turns. */
  batch: number;
  /** Whether a POST may go to this machine's loopback (WEBHOOK_ALLOW_HTTP_LOOPBACK: tests, development); false when absent. */
  allowLoopback?: boolean;
}

export interface DeliveryDeps {
  db: DataSource;
  settings: DeliverySettings;
  /** Who holds a lease: this instance and job (never shown to anyone). */
  holder: string;
  /** Aborted when the hub stops: no new POST starts and one in flight is given up (it is sent again later). */
  signal: AbortSignal;
  /** Adds a delivery job for the subscription, at `runAt` (now when null). */
  wake(runAt: Date | null): Promise<void>;
}

interface Claim {
  mine: boolean;
  agencyId: string;
  purpose: Purpose;
  url: string;
  cursorXact: string;
  cursorId: string;
}

/** The lease outlives the longest POST, and is renewed by every statement that records one. */
const leaseMs = (settings: DeliverySettings) => settings.timeoutMs + 30_000;

/**
 * Takes the subscription's lease when it is free, or, when another deliverer holds it, leaves word
 * (`woken`) that it must go around once more: one statement, so either the holder sees the word
 * before it lets go, or this job finds the lease free. Nothing when the subscription is not ACTIVE
 * or is waiting out a backoff (its retry job is already scheduled).
 */
async function claim(deps: DeliveryDeps, id: string): Promise<Claim | null> {
  const [[row]] = await deps.db.query(
    `WITH current AS (
       SELECT id, (lease_until IS NULL OR lease_until < now()) AS free FROM webhook_subscription
        WHERE id = $1 AND state = 'ACTIVE' AND (next_attempt_at IS NULL OR next_attempt_at <= now()) FOR UPDATE)
     UPDATE webhook_subscription s
        SET lease_holder = CASE WHEN current.free THEN $2 ELSE s.lease_holder END,
            lease_until = CASE WHEN current.free THEN now() + make_interval(secs => $3::float8 / 1000) ELSE s.lease_until END,
            woken = NOT current.free
       FROM current WHERE s.id = current.id
     RETURNING current.free AS mine, s.agency_id AS "agencyId", s.purpose, s.url, s.cursor_xact::text AS "cursorXact",
               s.cursor_id::text AS "cursorId"`, [id, deps.holder, leaseMs(deps.settings)]) as [Claim[], number];
  return row ?? null;
}

/** Lets go of the lease unless a job came meanwhile; then keeps it (renewed) and answers false: go around again. */
async function release(deps: DeliveryDeps, id: string): Promise<boolean> {
  const [[row]] = await deps.db.query(
    `UPDATE webhook_subscription SET lease_holder = CASE WHEN woken THEN lease_holder END,
            lease_until = CASE WHEN woken THEN now() + make_interval(secs => $3::float8 / 1000) END, woken = false
      WHERE id = $1 AND lease_holder = $2 RETURNING lease_holder IS NULL AS released`,
    [id, deps.holder, leaseMs(deps.settings)]) as [{ released: boolean }[], number];
  return row?.released ?? true;
}

/** The error a POST fails with when its host is, or resolves to, an address a webhook may not reach. */
function notPublic(): Error {
  return Object.assign(new Error('the webhook host is not a public address'), { code: 'ENOTPUBLIC' });
}

/**
 * Resolves a host name as a socket would, and refuses it when any address it gives is one a webhook
 * may not reach: checked on every connection, so a name that later resolves inward (DNS rebinding)
 * is refused as well.
 */
export function guardedLookup(allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { family: options.family, hints: options.hints, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      if (addresses.length === 0 || addresses.some((a) => !reachableAddress(a.address, allowLoopback))) return callback(notPublic(), '', 0);
      if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** POSTs `body`, answering the status; redirects are not followed, the answer's body is not read. */
function send(url: string, body: string, headers: Record<string, string>, signal: AbortSignal, allowLoopback: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const host = hostOf(target);
    if (isIP(host) !== 0 && !reachableAddress(host, allowLoopback)) return reject(notPublic());
    const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(target, { method: 'POST', signal, lookup: guardedLookup(allowLoopback),
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      resolve(res.statusCode ?? 0);
      res.destroy();
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** What one attempt got: 2xx, or a short description of the failure (a status or an error code, never a body). */
async function post(deps: DeliveryDeps, url: string, body: string, event: FeedEvent, secrets: string[]): Promise<true | string> {
  const timeout = AbortSignal.timeout(deps.settings.timeoutMs);
  try {
    const status = await send(url, body, {
      'content-type': 'application/json', 'user-agent': 'casehub-webhooks/1', 'x-casehub-event-id': event.id,
      [SIGNATURE_HEADER]: sign(body, secrets, Math.floor(Date.now() / 1000)),
    }, AbortSignal.any([deps.signal, timeout]), deps.settings.allowLoopback ?? false);
    return status >= 200 && status < 300 ? true : `HTTP ${status}`;
  } catch (error) {
    if (timeout.aborted) return 'timed out';
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `network error ${code}`.slice(0, 200) : 'network error';
  }
}

/** The body of one event: the feed item as `changes` gives it to the agency, and its cursor. */
export function eventBody(subscriptionId: string, event: FeedEvent): string {
  return JSON.stringify({
    id: event.id, subscriptionId, cursor: feedCursor(event), caseId: event.caseId, entity: event.entity, entityId: event.entityId,
    operation: event.operation, at: new Date(event.at).toISOString(), categories: event.categories, oldVersion: event.oldVersion,
    newVersion: event.newVersion,
  });
}

/**
 * The receiver acknowledged `event`: the cursor moves past it, the lease is renewed, and the delivery
 * is audited as the agency's read of that case (one statement). The state answered tells whether to go on.
 */
async function advance(deps: DeliveryDeps, id: string, event: FeedEvent): Promise<string | null> {
  const [row]: { state: string }[] = await deps.db.query(
    `WITH advanced AS (
       UPDATE webhook_subscription SET cursor_xact = $3::xid8, cursor_id = $4::bigint, delivered_count = delivered_count + 1,
              last_delivered_event_id = $4::bigint, last_delivered_at = now(), failures = 0, failing_since = NULL, next_attempt_at = NULL,
              lease_until = now() + make_interval(secs => $5::float8 / 1000)
        WHERE id = $1 AND lease_holder = $2 RETURNING state, agency_id, purpose),
     audited AS (
       INSERT INTO audit_log (kind, user_id, user_role, agency_id, request_id, case_id, case_roles, operation, categories, purpose)
       SELECT 'READ', 'webhook:' || $1, $6, agency_id, 'webhook:' || $4, $7, $8, 'WebhookDelivery', $9, purpose FROM advanced)
     SELECT state FROM advanced`,
    [id, deps.holder, event.xactId, event.id, leaseMs(deps.settings), UserRole.MANAGER, event.caseId, event.caseRoles, event.categories]);
  return row?.state ?? null;
}

/**
 * A failed attempt: retried after a delay that doubles each time (up to retryMaxMs), and parked
 * once delivery has been failing longer than parkAfterMs. Lets go of the lease; answers when to retry.
 */
async function failed(deps: DeliveryDeps, id: string, error: string): Promise<Date | null> {
  const { retryBaseMs, retryMaxMs, parkAfterMs } = deps.settings;
  const [[row]] = await deps.db.query(
    `UPDATE webhook_subscription s SET failures = s.failures + 1, failing_since = COALESCE(s.failing_since, now()), last_failure_at = now(),
            last_error = $3, state = CASE WHEN park.due THEN 'PARKED' ELSE s.state END, parked_at = CASE WHEN park.due THEN now() END,
            next_attempt_at = CASE WHEN park.due THEN NULL
              ELSE now() + make_interval(secs => least($4::float8 * 2 ^ s.failures, $5::float8) / 1000) END,
            lease_holder = NULL, lease_until = NULL, woken = false
       FROM (SELECT COALESCE(failing_since, now()) <= now() - make_interval(secs => $6::float8 / 1000) AS due
               FROM webhook_subscription WHERE id = $1) park
      WHERE s.id = $1 AND s.lease_holder = $2 RETURNING s.next_attempt_at AS "nextAttemptAt"`,
    [id, deps.holder, error, retryBaseMs, retryMaxMs, parkAfterMs]) as [{ nextAttemptAt: Date | null }[], number];
  return row?.nextAttemptAt ?? null;
}

/**
 * Whether the agency's cases have committed events past the cursor that the feed still holds back
 * (a transaction older than theirs is still open): then delivery looks again shortly.
 */
async function heldBack(deps: DeliveryDeps, claimed: Claim): Promise<boolean> {
  const [row]: { pending: boolean }[] = await deps.db.query(
    `SELECT EXISTS (SELECT 1 FROM (SELECT DISTINCT r.case_id FROM involvement r WHERE r.agency_id = $1 AND r.ended_at IS NULL) mine
                      JOIN change_event e ON e.case_id = mine.case_id AND e.xact_id >= pg_snapshot_xmin(pg_current_snapshot())
                                          AND (e.xact_id, e.id) > ($2::xid8, $3::bigint)) AS pending`,
    [claimed.agencyId, claimed.cursorXact, claimed.cursorId]);
  return row.pending;
}

/** How soon a subscription looks again at events the feed holds back for an open transaction. */
const HELD_BACK_RETRY_MS = 200;

/**
 * One delivery job of a subscription: under its lease, POSTs the agency's feed from the stored cursor
 * in feed order, one event at a time, moving the cursor only after a 2xx; stops at the first failure
 * (retried with backoff) so events never arrive out of order. Events are read exactly as `changes`
 * reads them for the agency (its MANAGER, the registering purpose), so a category it cannot read
 * never becomes an event.
 */
export async function deliver(deps: DeliveryDeps, id: string): Promise<void> {
  const claimed = await claim(deps, id);
  if (!claimed?.mine) return;
  const reader = { agencyId: claimed.agencyId, role: UserRole.MANAGER, purpose: claimed.purpose };
  for (;;) {
    const events = await readFeed(deps.db, reader, [claimed.cursorXact, claimed.cursorId], deps.settings.batch);
    const secrets: { secret: string }[] = events.length === 0 ? []
      : await deps.db.query('SELECT secret FROM webhook_secret WHERE subscription_id = $1 AND retired_at IS NULL ORDER BY created_at, id', [id]);
    for (const event of events) {
      if (deps.signal.aborted) return handOver(deps, id);
      const outcome = await post(deps, claimed.url, eventBody(id, event), event, secrets.map((s) => s.secret));
      if (deps.signal.aborted) return handOver(deps, id);
      if (outcome !== true) {
        const retryAt = await failed(deps, id, outcome);
        if (retryAt) await deps.wake(retryAt);
        return;
      }
      const state = await advance(deps, id, event);
      if (state === null) return; // the lease lapsed and another deliverer took over from the stored cursor
      claimed.cursorXact = event.xactId;
      claimed.cursorId = event.id;
      if (state !== 'ACTIVE') {
        await release(deps, id);
        return;
      }
    }
    // a long backlog: a fresh job goes on, so other subscriptions take turns
    if (events.length === deps.settings.batch) return handOver(deps, id);
    if (await heldBack(deps, claimed)) await deps.wake(new Date(Date.now() + HELD_BACK_RETRY_MS));
    if (await release(deps, id)) return;
  }
}

/** Lets go of the lease and adds a job to go on at once (here or on another instance). */
async function handOver(deps: DeliveryDeps, id: string): Promise<void> {
  await deps.db.query('UPDATE webhook_subscription SET lease_holder = NULL, lease_until = NULL, woken = false WHERE id = $1 AND lease_holder = $2',
    [id, deps.holder]);
  await deps.wake(null);
}
