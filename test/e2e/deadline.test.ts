import { Client } from 'pg';
import { createApp } from '../../src/app/server';
import { ENTITIES } from '../../src/app/modules';
import { sharedSecretJwt } from '../../src/kernel/config';
import { connectDatabase } from '../../src/kernel/db/data-source';
import { createLogger } from '../../src/kernel/logger';
import { openCase, TODAY } from '../support/fixtures';
import { startHub, TEST_SECRET, TestHub } from '../support/hub';

/** A request past its deadline is answered TIMEOUT, and the write it was making is not kept (issue 10). */
describe('the request deadline', () => {
  let hub: TestHub;
  beforeAll(async () => { hub = await startHub(); });
  afterAll(async () => { await hub.close(); });

  it('answers 503 TIMEOUT at the deadline and rolls the late write back', async () => {
    const opened = await openCase(hub, 'RIGA');
    const db = await connectDatabase({ url: hub.appDatabaseUrl, entities: ENTITIES, poolSize: 3 });
    const app = await createApp({ db, jwt: sharedSecretJwt(TEST_SECRET), log: createLogger('silent'), development: false,
      requestDeadlineMs: 500 });
    const port = await app.listen(0, '127.0.0.1');
    const locker = new Client({ connectionString: hub.databaseUrl });
    locker.on('error', () => {});
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE follow_up IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const answer = fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await hub.token('SD-RIGA')}` },
        body: JSON.stringify({ query: 'mutation($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }',
          variables: { input: { caseId: opened.id, kind: 'HOME_VISIT', occurredOn: TODAY, summary: 'late' } } }) })
        .then(async (res) => ({ status: res.status, body: await res.json() as { errors: { extensions: { code: string } }[] } }));
      const res = await answer;
      expect(res.status).toBe(503);
      expect(res.body.errors[0].extensions.code).toBe('TIMEOUT');
      expect(Date.now() - started).toBeLessThan(2_000);
      // the write goes on once the lock is gone, and finds its deadline passed before it commits
      await locker.query('ROLLBACK');
      await new Promise((r) => setTimeout(r, 500));
      expect(await hub.db.query(`SELECT count(*)::int AS n FROM follow_up WHERE summary = 'late'`)).toEqual([{ n: 0 }]);
    } finally {
      await locker.end();
      await app.close();
      await db.destroy();
    }
  });
});
