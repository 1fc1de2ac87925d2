import { Client } from 'pg';
import { print } from 'graphql';
import { UserRole } from '../../src/kernel/principal';
import { ENTITIES } from '../../src/app/modules';
import { createApp } from '../../src/app/server';
import { sharedSecretJwt } from '../../src/kernel/config';
import { connectDatabase } from '../../src/kernel/db/data-source';
import { createLogger } from '../../src/kernel/logger';
import { involve, openCase, OpenedCase } from '../support/fixtures';
import { startHub, TEST_SECRET, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { ChangeFeedQuery, FollowUpCategory } from '../graphql/graphql';

const ADD = graphql(`mutation ChangeFeedAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }`);
const UPDATE = graphql(`mutation ChangeFeedUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version } }`);
const FEED = graphql(`query ChangeFeed($after: String, $first: Int) {
  changes(after: $after, first: $first) {
    edges { cursor node { id caseId entity entityId operation at categories oldVersion newVersion } }
    pageInfo { hasNextPage endCursor }
  }
}`);

type Event = ChangeFeedQuery['changes']['edges'][number]['node'];

/**
 * The change feed (issue 12, point 3): a consumer that keeps its cursor sees every change it may
 * read exactly once, in order, across pages, instances and restarts, even when writers commit out
 * of the order of their ids.
 */
// a feed held back by another file's transaction waits for it (see Consumer.until)
jest.setTimeout(60_000);

describe('the change feed', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  let manager: string;
  let centre: string;

  /** A consumer that stores its cursor, reading from `url` (the hub, or another instance on the same database). */
  class Consumer {
    cursor: string | null = null;
    seen: Event[] = [];
    constructor(private readonly token: string) {}

    async drain(url = hub.url, first = 3): Promise<Event[]> {
      const got: Event[] = [];
      for (;;) {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
          body: JSON.stringify({ query: print(FEED), variables: { after: this.cursor, first } }),
        });
        const body = await res.json() as { data?: ChangeFeedQuery; errors?: unknown[] };
        expect(body.errors).toBeUndefined();
        const page = (body.data as ChangeFeedQuery).changes;
        got.push(...page.edges.map((e) => e.node));
        this.cursor = page.pageInfo.endCursor ?? this.cursor;
        if (!page.pageInfo.hasNextPage) break;
      }
      this.seen.push(...got);
      return got;
    }

    /**
     * Drains until `done` holds of what it has seen: a snapshot's xmin is the whole server's, so another
     * test file's open writing transaction (on its own database) may hold the feed back for a moment.
     */
    async until(done: (seen: Event[]) => boolean, url = hub.url): Promise<void> {
      const deadline = Date.now() + 20_000;
      while (!done(this.seen) && Date.now() < deadline) {
        await this.drain(url);
        if (!done(this.seen)) await new Promise((r) => setTimeout(r, 100));
      }
      expect(done(this.seen)).toBe(true);
    }
  }

  async function add(token: string, summary: string, category: FollowUpCategory = 'FOLLOW_UP', caseId = opened.id): Promise<string> {
    const res = await hub.gql(token, ADD, { input: { caseId, kind: 'HOME_VISIT', occurredOn: '2026-11-02', summary, category } });
    expect(res.errors).toEqual([]);
    return res.data?.addFollowUp.id as string;
  }

  /** The audited writes of the cases the case manager reaches, in the feed's order: what its consumer must see. */
  async function expectedForManager(): Promise<string[]> {
    const rows: { id: string }[] = await hub.db.query(
      `SELECT a.id::text AS id FROM audit_log a JOIN change_event e ON e.id = a.id
        WHERE a.kind = 'WRITE' AND a.case_id IN (SELECT case_id FROM involvement WHERE agency_id = (SELECT id FROM agency WHERE code = 'SD-RIGA')
                                                  AND ended_at IS NULL)
        ORDER BY e.xact_id, e.id`);
    return rows.map((r) => r.id);
  }

  function ids(events: Event[]): string[] {
    return events.map((e) => e.id);
  }

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    await involve(hub, opened.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    manager = await hub.token('SD-RIGA');
    centre = await hub.token('AC-RIGA-1', UserRole.SPECIALIST);
  });
  afterAll(async () => { await hub.close(); });

  it('gives a consumer with a stored cursor every change exactly once, in order, across pages and a restart of the hub', async () => {
    const consumer = new Consumer(manager);
    const other = await openCase(hub, 'RIGA');
    for (let i = 0; i < 4; i += 1) await add(manager, `visit ${i}`, 'FOLLOW_UP', i % 2 ? other.id : opened.id);
    const written = (await expectedForManager()).length;
    expect(written).toBe(7); // two cases opened, an involvement, four follow-ups
    await consumer.until((seen) => seen.length >= written);

    // another instance on the same database (as after a restart), the consumer going on from its stored cursor
    const appDb = await connectDatabase({ url: hub.appDatabaseUrl, poolSize: 3, entities: ENTITIES });
    const second = await createApp({ db: appDb, jwt: sharedSecretJwt(TEST_SECRET), log: createLogger('silent'), development: false });
    try {
      const url = `http://127.0.0.1:${await second.listen(0, '127.0.0.1')}`;
      const fixed = await add(manager, 'to be corrected');
      expect((await hub.gql(manager, UPDATE, { id: fixed, input: { expectedVersion: 1, summary: 'corrected' } })).errors).toEqual([]);
      const expected = await expectedForManager();
      await consumer.until((seen) => seen.length >= expected.length, url);
      expect(ids(consumer.seen)).toEqual(expected);
      expect(new Set(ids(consumer.seen)).size).toBe(consumer.seen.length);
      expect(await consumer.drain(url)).toEqual([]);
      const correction = consumer.seen.find((e) => e.entityId === fixed && e.operation === 'updateFollowUp');
      expect(correction).toMatchObject({ caseId: opened.id, entity: 'FollowUp', categories: ['FOLLOW_UP'], oldVersion: 1, newVersion: 2 });
      expect(consumer.seen.find((e) => e.entity === 'Case' && e.caseId === other.id)?.operation).toBe('openCase');
    } finally {
      await second.close();
      await appDb.destroy();
    }
    // and the first instance again, from the same cursor: nothing new, nothing repeated
    expect(await consumer.drain()).toEqual([]);
  });

  it('gives a HEALTH follow-up to the case manager, never to a support centre (which cannot read HEALTH); an agency not involved sees nothing', async () => {
    const managerFeed = new Consumer(manager);
    const centreFeed = new Consumer(centre);
    const strangerFeed = new Consumer(await hub.token('SD-JURMALA'));
    await managerFeed.drain();
    await centreFeed.drain();
    const health = await add(manager, 'talked with the psychiatrist', 'HEALTH');
    const visit = await add(manager, 'home visit', 'FOLLOW_UP');
    await managerFeed.until((seen) => seen.some((e) => e.entityId === visit));
    await centreFeed.until((seen) => seen.some((e) => e.entityId === visit));
    expect(managerFeed.seen.find((e) => e.entityId === health)).toMatchObject({ categories: ['HEALTH'], operation: 'addFollowUp' });
    expect(centreFeed.seen.some((e) => e.entityId === health)).toBe(false);
    expect(centreFeed.seen.every((e) => !e.categories?.includes('HEALTH'))).toBe(true);
    expect(await strangerFeed.drain()).toEqual([]);

    // refiled from FOLLOW_UP to HEALTH: the centre learns only that its FOLLOW_UP entry changed, never under HEALTH
    expect((await hub.gql(manager, UPDATE, { id: visit, input: { expectedVersion: 1, summary: 'about health', category: 'HEALTH' } })).errors).toEqual([]);
    await centreFeed.until((seen) => seen.some((e) => e.entityId === visit && e.operation === 'updateFollowUp'));
    expect(centreFeed.seen.find((e) => e.entityId === visit && e.operation === 'updateFollowUp')?.categories).toEqual(['FOLLOW_UP']);
  });

  it('gives nothing for a rolled-back write', async () => {
    const consumer = new Consumer(manager);
    await consumer.drain();
    const client = new Client({ connectionString: hub.databaseUrl });
    await client.connect();
    let rolledBack: string;
    try {
      await client.query('BEGIN');
      rolledBack = await writeAudited(client, opened.id, 'never committed');
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
    const after = await add(manager, 'committed after the rollback');
    await consumer.until((seen) => seen.some((e) => e.entityId === after));
    expect(consumer.seen.some((e) => e.entityId === rolledBack)).toBe(false);
    expect(await hub.db.query('SELECT 1 FROM change_event WHERE entity_id = $1', [rolledBack])).toEqual([]);
  });

  it('neither skips nor repeats the change of a writer that commits after one with a larger id', async () => {
    const consumer = new Consumer(manager);
    const elsewhere = await openCase(hub, 'RIGA');
    await consumer.until((seen) => seen.some((e) => e.caseId === elsewhere.id));
    const before = consumer.seen.length;
    const slow = new Client({ connectionString: hub.databaseUrl });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      const early = await writeAudited(slow, opened.id, 'written first, committed last');
      // a later writer commits while the first is still open: its audit id is larger
      // (in another case: writers of one case wait for each other on the case's row)
      const late = await add(manager, 'written second, committed first', 'FOLLOW_UP', elsewhere.id);
      const [{ id: lateId }] = await hub.db.query('SELECT id::text AS id FROM change_event WHERE entity_id = $1', [late]);
      const { rows: [{ id: earlyId }] } = await slow.query('SELECT id::text AS id FROM audit_log WHERE entity_id = $1', [early]);
      expect(BigInt(earlyId)).toBeLessThan(BigInt(lateId));
      // held back while the earlier transaction is open: handing it out now would let the cursor pass the earlier id
      await new Promise((r) => setTimeout(r, 200));
      expect(ids(await consumer.drain())).toEqual([]);
      await slow.query('COMMIT');
      await consumer.until((seen) => seen.some((e) => e.entityId === late) && seen.some((e) => e.entityId === early));
      expect(consumer.seen.slice(before).map((e) => e.entityId)).toEqual([early, late]);
      expect(await consumer.drain()).toEqual([]);
    } finally {
      await slow.end();
    }
  });

  it('answers a page in as many SQL statements whatever its length, and audits the read per case', async () => {
    const statements = async (first: number) => {
      const res = await hub.gql(manager, FEED, { first });
      expect(res.errors).toEqual([]);
      return { events: res.data?.changes.edges ?? [], statements: hub.requests.at(-1)?.statements };
    };
    const few = await statements(2);
    const many = await statements(100);
    expect(few.events).toHaveLength(2);
    expect(many.events.length).toBeGreaterThan(10);
    expect(new Set(many.events.map((e) => e.node.caseId)).size).toBeGreaterThan(2);
    expect(many.statements).toBe(few.statements);
    const audited: { n: number }[] = await hub.db.query(
      `SELECT count(DISTINCT case_id)::int AS n FROM audit_log WHERE kind = 'READ' AND operation = 'ChangeFeed' AND categories = '{CASE}'`);
    expect(audited[0].n).toBeGreaterThanOrEqual(2);
  });

  it('is for case handlers only, and refuses a cursor it did not give', async () => {
    const analyst = await hub.gql(await hub.token('LM', UserRole.ANALYST), FEED, {});
    expect(analyst.errors[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await hub.gql(manager, FEED, { after: 'not-a-cursor' });
    expect(bad.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  /** A follow-up and its audit row, written as the hub writes them, in the client's open transaction; returns the follow-up's id. */
  async function writeAudited(client: Client, caseId: string, summary: string): Promise<string> {
    const [{ id: agency }] = (await client.query(`SELECT id FROM agency WHERE code = 'SD-RIGA'`)).rows;
    const { rows: [row] } = await client.query(
      `INSERT INTO follow_up (case_id, kind, occurred_on, author_agency_id, author_user_id, summary, category)
       VALUES ($1, 'PHONE', '2026-11-02', $2, 'test-user', $3, 'FOLLOW_UP') RETURNING id`, [caseId, agency, summary]);
    await client.query(
      `INSERT INTO audit_log (kind, user_id, user_role, agency_id, request_id, case_id, case_roles, operation, categories, entity, entity_id,
                              fields, new_version, purpose)
       VALUES ('WRITE', 'test-user', 'CASE_WORKER', $1, 'test', $2, '{CASE_MANAGER}', 'addFollowUp', '{FOLLOW_UP}', 'FollowUp', $3, '{summary}', 1,
               'CASE_WORK')`, [agency, caseId, row.id]);
    return row.id as string;
  }
});
