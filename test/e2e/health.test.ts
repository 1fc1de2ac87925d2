import { Client } from 'pg';
import { startHub } from '../support/hub';

describe('GET /healthz', () => {
  it('answers 200 while the database answers, 503 with the database status when it does not', async () => {
    const hub = await startHub();
    expect((await fetch(`${hub.url}/healthz`)).status).toBe(200);
    const name = new URL(hub.databaseUrl).pathname.slice(1);
    const admin = new Client({ connectionString: process.env.CASEHUB_TEST_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
    const res = await fetch(`${hub.url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', database: 'down' });
    await hub.close();
  });
});
