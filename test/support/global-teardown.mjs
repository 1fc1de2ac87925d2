import { rmSync } from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  const admin = new pg.Client({ connectionString: process.env.CASEHUB_TEST_ADMIN_URL });
  await admin.connect().catch(() => {});
  await admin.query(`DROP DATABASE IF EXISTS ${process.env.CASEHUB_TEST_TEMPLATE}`).catch(() => {});
  await admin.end().catch(() => {});
  const running = globalThis.__CASEHUB_PG__;
  if (running) {
    await running.server.stop();
    rmSync(running.dir, { recursive: true, force: true });
  }
}
