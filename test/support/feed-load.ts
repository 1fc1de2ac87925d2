import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { print } from 'graphql';
import { Client } from 'pg';
import { ENTITIES } from '../../src/app/modules';
import { App, createApp } from '../../src/app/server';
import { sharedSecretJwt } from '../../src/kernel/config';
import { connectDatabase } from '../../src/kernel/db/data-source';
import { createLogger } from '../../src/kernel/logger';
import { UserRole } from '../../src/kernel/principal';
import type { DeliverySettings } from '../../src/webhooks';
import { graphql } from '../graphql';
import type { FeedLoadChangesQuery } from '../graphql/graphql';
import { feedCaughtUp } from './feed';
import { involve, openCase } from './fixtures';
import { GqlResult, TEST_SECRET, TestHub } from './hub';
import { WebhookReceiver } from './webhook-receiver';

const FEED = graphql(`query FeedLoadChanges($after: String) {
  changes(after: $after, first: 100) { edges { node { id } } pageInfo { endCursor hasNextPage } }
}`);
const REGISTER = graphql(`mutation FeedLoadRegister($input: RegisterWebhookInput!) { registerWebhook(input: $input) { subscription { id } } }`);

export interface FeedLoadOptions {
  /** Changes written (follow-ups, each audited: one feed event each). */
  changes: number;
  /** Agencies: half social services, each managing one case, half the orphan courts of their municipalities. */
  agencies: number;
  /** Agencies that also read `changes` with a stored cursor while the load runs. */
  pullConsumers: number;
  /** Changes written per second (spread over four writers, in transactions of one to three). */
  rate: number;
  /** Deliveries at once per hub instance. */
  concurrency: number;
  /** How long to wait for the deliveries once the writes are done before reporting what arrived. */
  waitMs?: number;
  say?: (line: string) => void;
}

export interface FeedLoadResult {
  changes: number;
  subscriptions: number;
  /** Events each subscription had to get, summed. */
  expectedDeliveries: number;
  /** Every expected event arrived, in feed order, at every subscription. */
  allDelivered: boolean;
  inOrder: boolean;
  /** Events POSTed more than once (at least once: only those in flight when the hub restarted may be). */
  duplicateDeliveries: number;
  /** Pull consumers saw exactly their feed: every event, none twice. */
  pullExact: boolean;
  pullEvents: number;
  /** From the writer's COMMIT returning to the first POST arriving, over every (event, subscription). */
  lagMs: { p50: number; p90: number; p99: number; max: number };
  seconds: number;
  /** Where a subscription's or a pull consumer's events first differ from its feed, and what the differing events are. */
  mismatches: Mismatch[];
}

/** The first difference between what a consumer got and what it had to get, for the record of a failed run. */
export interface Mismatch {
  consumer: string;
  index: number;
  want: string[];
  got: string[];
  /** Each event id around the difference: its transaction, entity, operation and the request that wrote it. */
  events: Record<string, string>;
}

interface Instance { app: App; url: string; close(): Promise<void> }

const SETTINGS: DeliverySettings = { retryBaseMs: 200, retryMaxMs: 2_000, parkAfterMs: 3_600_000, timeoutMs: 5_000, batch: 100 };

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * The feed under load (issue 12): `changes` follow-ups across the cases of `agencies` agencies, each
 * subscribed by webhook to a loopback receiver, some also reading `changes` with a stored cursor,
 * while the delivering hub restarts once. Checks that every agency gets every event it may read (a
 * HEALTH follow-up never reaches an orphan court), in feed order, and the pull consumers none twice.
 */
export async function runFeedLoad(hub: TestHub, options: FeedLoadOptions): Promise<FeedLoadResult> {
  const say = options.say ?? (() => {});
  const started = Date.now();
  const register = JSON.parse(readFileSync(join(__dirname, '../../src/reference/data/agencies.json'), 'utf8')) as
    { agencies: { code: string; kind: string }[] };
  const codes = new Set(register.agencies.map((a) => a.code));
  const municipalities = register.agencies.filter((a) => a.kind === 'SOCIAL_SERVICE' && codes.has(`BT-${a.code.slice(3)}`))
    .map((a) => a.code.slice(3)).slice(0, Math.ceil(options.agencies / 2));
  if (municipalities.length * 2 < options.agencies) throw new Error(`at most ${municipalities.length * 2} agencies`);

  say(`setting up ${municipalities.length} cases, ${options.agencies} agencies`);
  const cases: { id: string; municipality: string }[] = [];
  for (const municipality of municipalities) {
    const opened = await openCase(hub, municipality);
    await involve(hub, opened.id, `BT-${municipality}`, 'ORPHAN_COURT', `SD-${municipality}`);
    cases.push({ id: opened.id, municipality });
  }
  const agencies = cases.flatMap((c) => [{ code: `SD-${c.municipality}`, caseId: c.id }, { code: `BT-${c.municipality}`, caseId: c.id }])
    .slice(0, options.agencies);

  const instances: Instance[] = [];
  const start = async (): Promise<Instance> => {
    const db = await connectDatabase({ url: hub.appDatabaseUrl, poolSize: 5, entities: ENTITIES });
    const app = await createApp({ db, jwt: sharedSecretJwt(TEST_SECRET), log: createLogger(process.env.CASEHUB_TEST_LOG ?? 'silent'),
      development: false, webhooks: { allowHttpLoopback: true,
        delivery: { databaseUrl: hub.appDatabaseUrl, settings: SETTINGS, concurrency: options.concurrency, pollIntervalMs: 200 } } });
    const url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
    let closed = false;
    const instance = { app, url, close: async () => { if (closed) return; closed = true; await app.close(); await db.destroy(); } };
    instances.push(instance);
    return instance;
  };
  let current = await start();
  const receivers = new Map<string, WebhookReceiver>();
  try {
    return await load();
  } finally {
    for (const instance of instances) await instance.close().catch(() => {});
    for (const receiver of receivers.values()) await receiver.close().catch(() => {});
  }

  async function load(): Promise<FeedLoadResult> {

    // each agency's cursor starts after the set-up, so its load alone is expected of it
    await feedCaughtUp(hub);
    const cursors = new Map<string, string | null>();
    const tokens = new Map<string, string>();
    for (const agency of agencies) {
      const token = await hub.token(agency.code, UserRole.MANAGER);
      tokens.set(agency.code, token);
      let after: string | null = null;
      for (let more = true; more;) {
        const res: GqlResult<FeedLoadChangesQuery> = await hub.gql(token, FEED, { after });
        after = res.data?.changes.pageInfo.endCursor ?? after;
        more = res.data?.changes.pageInfo.hasNextPage ?? false;
      }
      cursors.set(agency.code, after);
      const receiver = await new WebhookReceiver().start();
      receivers.set(agency.code, receiver);
      const made = await hub.gql(token, REGISTER, { input: { url: receiver.url, after } });
      if (made.errors.length) throw new Error(`registerWebhook failed: ${made.raw}`);
    }

    // the pull consumers: a stored cursor each, read through whichever instance is up
    const pulled = new Map<string, string[]>();
    let writing = true;
    const pullers = agencies.slice(0, options.pullConsumers).map(async (agency) => {
      const seen: string[] = [];
      pulled.set(agency.code, seen);
      let idle = 0;
      while (writing || idle < 3) {
        try {
          const res = await fetch(`${current.url}/graphql`, {
            method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(agency.code)}` },
            body: JSON.stringify({ query: print(FEED), variables: { after: cursors.get(agency.code) } }),
          });
          const body = await res.json() as { data?: FeedLoadChangesQuery };
          const page = body.data?.changes;
          if (!page) throw new Error('no page');
          seen.push(...page.edges.map((e) => e.node.id));
          cursors.set(agency.code, page.pageInfo.endCursor ?? cursors.get(agency.code) ?? null);
          idle = page.edges.length === 0 && !writing ? idle + 1 : 0;
          if (!page.pageInfo.hasNextPage) await new Promise((r) => setTimeout(r, 200));
        } catch {
          // the hub is restarting: the consumer tries again from its stored cursor
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    });

    // the writers: follow-ups and their audit rows, as the hub writes them, in concurrent transactions
    say(`writing ${options.changes} changes at ${options.rate}/s`);
    const committedAt = new Map<string, number>();
    const [{ id: author }] = await hub.db.query(`SELECT id FROM agency WHERE code = $1`, [agencies[0].code]);
    let written = 0;
    let restarted = false;
    const writingFrom = Date.now();
    const writers = Array.from({ length: 4 }, async (_unused, w) => {
      const client = new Client({ connectionString: hub.databaseUrl });
      await client.connect();
      try {
        while (written < options.changes) {
          const batch = Math.min(1 + ((written + w) % 3), options.changes - written);
          written += batch;
          const target = cases[(written * 7 + w) % cases.length];
          const due = writingFrom + (written / options.rate) * 1000;
          if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
          await client.query('BEGIN');
          // as the hub writes: writers of one case wait for each other on the case's row
          await client.query('SELECT 1 FROM care_case WHERE id = $1 FOR UPDATE', [target.id]);
          const ids: string[] = [];
          for (let i = 0; i < batch; i += 1) {
            const category = (written + i) % 5 === 0 ? 'HEALTH' : 'FOLLOW_UP';
            const { rows: [row] } = await client.query(
              `INSERT INTO follow_up (case_id, kind, occurred_on, author_agency_id, author_user_id, summary, category)
               VALUES ($1, 'PHONE', '2026-11-02', $2, 'feed-load', 'load', $3) RETURNING id`, [target.id, author, category]);
            const { rows: [audit] } = await client.query(
              `INSERT INTO audit_log (kind, user_id, user_role, agency_id, request_id, case_id, case_roles, operation, categories, entity, entity_id,
                                      fields, new_version, purpose)
               VALUES ('WRITE', 'feed-load', 'CASE_WORKER', $1, 'feed-load', $2, '{CASE_MANAGER}', 'addFollowUp', $3, 'FollowUp', $4, '{summary}', 1,
                       'CASE_WORK') RETURNING id::text AS id`, [author, target.id, [category], row.id]);
            ids.push(audit.id as string);
          }
          await client.query('COMMIT');
          const at = Date.now();
          for (const id of ids) committedAt.set(id, at);
          if (!restarted && written >= options.changes * 0.4) {
            restarted = true;
            say('restarting the delivering hub');
            const stopping = current;
            await stopping.close();
            current = await start();
          }
        }
      } finally {
        await client.end();
      }
    });
    await Promise.all(writers);

    // what each agency must get: the load's events in its case, in feed order, not HEALTH for an orphan court
    const expected = new Map<string, string[]>();
    for (const agency of agencies) {
      const rows: { id: string }[] = await hub.db.query(
        `SELECT e.id::text AS id FROM change_event e JOIN audit_log a ON a.id = e.id
          WHERE e.case_id = $1 AND a.request_id = 'feed-load' AND ($2 OR e.categories <> '{HEALTH}') ORDER BY e.xact_id, e.id`,
        [agency.caseId, agency.code.startsWith('SD-')]);
      expected.set(agency.code, rows.map((r) => r.id));
    }
    const total = [...expected.values()].reduce((n, ids) => n + ids.length, 0);
    say(`waiting for ${total} deliveries`);
    const deadline = Date.now() + (options.waitMs ?? 600_000);
    const arrived = () => agencies.reduce((n, a) => n + new Set((receivers.get(a.code) as WebhookReceiver).got.map((r) => r.body.id)).size, 0);
    while (arrived() < total && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    writing = false;
    await Promise.all(pullers);
    await new Promise((r) => setTimeout(r, 500));

    const mismatches: Mismatch[] = [];
    const differs = async (consumer: string, got: string[], want: string[]) => {
      if (mismatches.length >= 3) return;
      let index = 0;
      while (index < Math.max(got.length, want.length) && got[index] === want[index]) index += 1;
      const around = (ids: string[]) => ids.slice(Math.max(0, index - 2), index + 3);
      const ids = [...new Set([...around(got), ...around(want)])];
      const rows: { id: string; what: string }[] = await hub.db.query(
        `SELECT e.id::text AS id, e.xact_id || ' ' || e.entity || ' ' || e.operation || ' ' || a.request_id || ' ' || e.case_id AS what
           FROM change_event e JOIN audit_log a ON a.id = e.id WHERE e.id = ANY($1::bigint[])`, [ids]);
      mismatches.push({ consumer, index, want: around(want), got: around(got), events: Object.fromEntries(rows.map((r) => [r.id, r.what])) });
    };
    let allDelivered = true;
    let inOrder = true;
    let duplicates = 0;
    const lags: number[] = [];
    for (const agency of agencies) {
      const receiver = receivers.get(agency.code) as WebhookReceiver;
      const want = expected.get(agency.code) as string[];
      const firsts = receiver.firstArrivals();
      if (new Set(firsts).size < want.length || !want.every((id) => firsts.includes(id))) allDelivered = false;
      if (JSON.stringify(firsts) !== JSON.stringify(want)) {
        inOrder = false;
        await differs(`webhook ${agency.code}`, firsts, want);
      }
      duplicates += receiver.got.length - firsts.length;
      const first = new Map<string, number>();
      for (const r of receiver.got) if (!first.has(r.body.id)) first.set(r.body.id, r.receivedAt);
      for (const id of want) {
        const sent = committedAt.get(id);
        const got = first.get(id);
        if (sent !== undefined && got !== undefined) lags.push(Math.max(0, got - sent));
      }
    }
    let pullExact = true;
    let pullEvents = 0;
    for (const [code, seen] of pulled) {
      pullEvents += seen.length;
      // the consumer's cursor started after the set-up: what it saw is the load's events for it, exactly
      if (JSON.stringify(seen) !== JSON.stringify(expected.get(code))) {
        pullExact = false;
        await differs(`pull ${code}`, seen, expected.get(code) ?? []);
      }
    }
    lags.sort((a, b) => a - b);
    return {
      changes: options.changes, subscriptions: agencies.length, expectedDeliveries: total, allDelivered, inOrder,
      duplicateDeliveries: duplicates, pullExact, pullEvents,
      lagMs: { p50: percentile(lags, 50), p90: percentile(lags, 90), p99: percentile(lags, 99), max: lags.at(-1) ?? 0 },
      seconds: Math.round((Date.now() - started) / 1000),
      mismatches,
    };
  }
}
