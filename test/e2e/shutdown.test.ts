import { Client } from 'pg';
import { createApp } from '../../src/app/server';
import { ENTITIES } from '../../src/app/modules';
import { sharedSecretJwt } from '../../src/kernel/config';
import { connectDatabase } from '../../src/kernel/db/data-source';
import { createLogger } from '../../src/kernel/logger';
import { openCase } from '../support/fixtures';
import { startHub, TEST_SECRET, TestHub } from '../support/hub';

/**
 * Stopping with requests in flight: those that finish within the grace period are answered as
 * usual, those still running after it get 503, and nothing new is taken meanwhile.
 */
describe('graceful shutdown', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub();
    await openCase(hub, 'RIGA');
  });
  afterAll(async () => { await hub.close(); });

  /** A second app on the hub's database, with its own grace period, and a lock that holds its requests. */
  async function appWithGrace(graceMs: number) {
    const db = await connectDatabase({ url: hub.appDatabaseUrl, entities: ENTITIES, poolSize: 3 });
    const app = await createApp({ db, jwt: sharedSecretJwt(TEST_SECRET), log: createLogger('silent'), development: false,
      shutdownGraceMs: graceMs });
    const port = await app.listen(0, '127.0.0.1');
    const locker = new Client({ connectionString: hub.databaseUrl });
    locker.on('error', () => {});
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE care_case IN ACCESS EXCLUSIVE MODE');
    const token = await hub.token('SD-RIGA');
    const request = fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ cases(first: 1) { totalCount } }' }) })
      .then(async (res) => ({ status: res.status, body: await res.json() as { errors?: { extensions: { code: string } }[] } }));
    // the request is in flight once it waits on the lock
    await new Promise((r) => setTimeout(r, 300));
    const release = async () => { await locker.query('ROLLBACK'); await locker.end(); };
    return { app, db, port, request, release };
  }

  it('lets a request in flight finish within the grace period', async () => {
    const { app, db, port, request, release } = await appWithGrace(5_000);
    const started = Date.now();
    const closing = app.close();
    setTimeout(() => void release(), 300);
    expect((await request).status).toBe(200);
    await closing;
    // it stops as soon as the last request is answered, not at the end of the grace period
    expect(Date.now() - started).toBeLessThan(2_500);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    await db.destroy();
  });

  it('answers 503 to a request still running when the grace period ends', async () => {
    const { app, db, request, release } = await appWithGrace(500);
    const started = Date.now();
    await app.close();
    const answer = await request;
    expect(answer.status).toBe(503);
    expect(answer.body.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(2_000);
    await release();
    await db.destroy();
  });
});
