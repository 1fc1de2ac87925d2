import { DataSource } from 'typeorm';
import { App, createApp } from '../../src/app/server';
import { ENTITIES } from '../../src/app/modules';
import { RateLimits, sharedSecretJwt } from '../../src/kernel/config';
import { connectDatabase } from '../../src/kernel/db/data-source';
import { createLogger } from '../../src/kernel/logger';
import { UserRole } from '../../src/kernel/principal';
import { startHub, TEST_SECRET, TestHub } from '../support/hub';

/**
 * Rate limits per user and per agency, kept in PostgreSQL: two hubs on one database count the same
 * requests. The second hub is built here with `createApp` on the first one's database (its serving
 * role's URL), as a second instance behind a load balancer would be. A short window (5 s) stands in
 * for the minute.
 */
const LIMITS: RateLimits = { user: 3, agency: 8, windowSeconds: 5 };
const METRICS_TOKEN = 'rate-limit-test-metrics-token-0123456789';

describe('rate limits across two instances on one database', () => {
  let hub: TestHub;
  let secondDb: DataSource;
  let second: App;
  let urls: [string, string];

  beforeAll(async () => {
    hub = await startHub({ app: { rateLimits: LIMITS, metricsToken: METRICS_TOKEN } });
    secondDb = await connectDatabase({ url: hub.appDatabaseUrl, poolSize: 3, entities: ENTITIES });
    second = await createApp({ db: secondDb, jwt: sharedSecretJwt(TEST_SECRET), log: createLogger('silent'), development: false,
      rateLimits: LIMITS });
    urls = [hub.url, `http://127.0.0.1:${await second.listen(0, '127.0.0.1')}`];
  });
  afterAll(async () => {
    await second.close();
    await secondDb.destroy();
    await hub.close();
  });

  const token = (agency: string, userId: string, role = UserRole.CASE_WORKER) => hub.token(agency, role, { userId });

  /** One cheap request to instance 0 or 1: its status, retry-after and error code. */
  async function ask(instance: 0 | 1, bearer: string) {
    const res = await fetch(`${urls[instance]}/graphql`, { method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify({ query: '{ __typename }' }) });
    const body = await res.json() as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body, code: body.errors?.[0]?.extensions?.code ?? 'OK' };
  }

  const retryAfters: number[] = [];
  function refused(answer: Awaited<ReturnType<typeof ask>>) {
    expect(answer.status).toBe(429);
    expect(answer.body).toEqual({ errors: [{ message: expect.stringMatching(/^Too many requests/), extensions: { code: 'RATE_LIMITED' } }] });
    const seconds = Number(answer.retryAfter);
    expect(Number.isInteger(seconds)).toBe(true);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(LIMITS.windowSeconds);
    retryAfters.push(seconds);
  }

  it('holds per user across both instances: the fourth request is refused wherever it lands', async () => {
    const first = await token('SD-RIGA', 'rl-user-1');
    for (const instance of [0, 1, 0] as const) expect(await ask(instance, first)).toMatchObject({ status: 200, code: 'OK' });
    // neither instance saw more than two of its requests: the count is the database's
    refused(await ask(1, first));
    refused(await ask(0, first));
    // another user of the same agency is not held back by the first one's limit
    const other = await token('SD-RIGA', 'rl-user-2');
    for (const instance of [1, 0, 1] as const) expect(await ask(instance, other)).toMatchObject({ status: 200, code: 'OK' });
  });

  it('holds per agency across both instances, on the CSV report too, and leaves other agencies alone', async () => {
    // SD-RIGA has used 8 of its 8 (five answered, three refused are counted too)
    const third = await token('SD-RIGA', 'rl-user-3');
    refused(await ask(1, third));
    refused(await ask(0, third));
    const analyst = await token('SD-RIGA', 'rl-analyst', UserRole.ANALYST);
    const csv = await fetch(`${urls[1]}/reports/regional.csv?from=2026-01-01&to=2026-01-31`, { headers: { authorization: `Bearer ${analyst}` } });
    expect(csv.status).toBe(429);
    expect(Number(csv.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await csv.json() as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(await ask(0, await token('BT-RIGA', 'rl-court-1'))).toMatchObject({ status: 200, code: 'OK' });
  });

  it('answers an unauthenticated request 401 without counting it against anyone', async () => {
    const counts = () => hub.db.query('SELECT count(*)::int AS keys, coalesce(sum(points), 0)::int AS points FROM rate_limit');
    const before = await counts();
    const res = await fetch(`${urls[0]}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(401);
    expect(await counts()).toEqual(before);
  });

  it('resets when the window has passed, on both instances', async () => {
    await new Promise((r) => setTimeout(r, Math.max(...retryAfters) * 1000 + 200));
    expect(await ask(1, await token('SD-RIGA', 'rl-user-1'))).toMatchObject({ status: 200, code: 'OK' });
    expect(await ask(0, await token('SD-RIGA', 'rl-user-3'))).toMatchObject({ status: 200, code: 'OK' });
  });

  it('lets requests through, counted in the metrics, when its store fails', async () => {
    const failures = async () => {
      const res = await fetch(`${hub.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      return Number(/^casehub_rate_limit_store_failures_total (\d+)$/m.exec(await res.text())?.[1]);
    };
    const before = await failures();
    const bearer = await token('SD-LIEPAJA', 'rl-user-4');
    // the store breaks (the hub's role loses its grants on the counters); the request's own tables still answer
    await hub.db.query('REVOKE ALL ON rate_limit FROM casehub_app');
    try {
      for (let i = 0; i < LIMITS.user + 2; i += 1) expect(await ask(0, bearer)).toMatchObject({ status: 200, code: 'OK' });
    } finally {
      await hub.db.query('GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit TO casehub_app');
    }
    expect(await failures()).toBeGreaterThanOrEqual(before + LIMITS.user + 2);
  });
});
