import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { signDevToken } from '../../src/app/auth/dev-token';
import { DEV_JWT_SECRET } from '../../src/kernel/config';
import { UserRole } from '../../src/kernel/principal';
import { localRoleUrls } from '../../src/kernel/db/roles';
import { postgresUnder, spawnHub, SpawnedHub } from '../support/spawned-hub';

/**
 * Faults an operator meets (issue 10), each against a hub in its own process with its own embedded
 * PostgreSQL: a stalled database, stopping, a hub killed alone, two hubs started at once.
 */
const TIMEOUTS = { DB_CONNECT_TIMEOUT_MS: '1500', DB_STATEMENT_TIMEOUT_MS: '1500', DB_READ_TIMEOUT_MS: '2000' };

const CASES = JSON.stringify({ query: '{ cases(first: 1) { totalCount } }' });

async function ask(hub: SpawnedHub, token: string) {
  const started = Date.now();
  const res = await fetch(`${hub.url}/graphql`, { method: 'POST', body: CASES,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } });
  const body = await res.json() as { errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, code: body.errors?.[0]?.extensions?.code ?? 'OK', ms: Date.now() - started };
}

async function healthz(hub: SpawnedHub) {
  const started = Date.now();
  const res = await fetch(`${hub.url}/healthz`);
  return { status: res.status, ms: Date.now() - started };
}

/** The embedded server of a data directory and every one of its processes (postmaster and backends). */
function serverProcesses(dataDir: string): number[] {
  const postmaster = Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  let children: number[] = [];
  try {
    children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    // no children yet
  }
  return [postmaster, ...children];
}

describe('a hub in its own process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'casehub-faults-'));
  let token: string;
  beforeAll(async () => { token = await signDevToken({ secret: DEV_JWT_SECRET, agencyCode: 'SD-RIGA', role: UserRole.CASE_WORKER }); });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers 503 within its bounds while the database is stalled, and recovers by itself', async () => {
    const hub = await spawnHub({ CASEHUB_DATA_DIR: dataDir, DEMO_CASES: '10', ...TIMEOUTS });
    try {
      expect(await ask(hub, token)).toMatchObject({ status: 200, code: 'OK' });
      const stopped = serverProcesses(dataDir);
      for (const pid of stopped) process.kill(pid, 'SIGSTOP');
      try {
        const health = await healthz(hub);
        expect(health.status).toBe(503);
        expect(health.ms).toBeLessThan(2_500);
        const stalled = await ask(hub, token);
        expect(stalled).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
        expect(stalled.ms).toBeLessThan(4_000);
        expect((await fetch(`${hub.url}/readyz`)).status).toBe(503);
      } finally {
        for (const pid of stopped) process.kill(pid, 'SIGCONT');
      }
      let recovered = await ask(hub, token);
      for (let i = 0; i < 40 && recovered.status !== 200; i += 1) {
        await new Promise((r) => setTimeout(r, 250));
        recovered = await ask(hub, token);
      }
      expect(recovered).toMatchObject({ status: 200, code: 'OK' });
      expect((await healthz(hub)).status).toBe(200);
      expect((await fetch(`${hub.url}/readyz`)).status).toBe(200);
    } finally {
      process.kill(hub.process.pid as number, 'SIGTERM');
      await hub.exited();
    }
  }, 120_000);

  it('stops an idle hub on SIGTERM in under 2 s, exit 0, postgres stopped cleanly', async () => {
    const hub = await spawnHub({ CASEHUB_DATA_DIR: dataDir, DEMO_CASES: '0', LOG_LEVEL: 'info' });
    const asked = Date.now();
    process.kill(hub.process.pid as number, 'SIGTERM');
    expect(await hub.exited()).toBe(0);
    expect(Date.now() - asked).toBeLessThan(2_000);
    expect(hub.output()).toContain('stopped');
    expect(postgresUnder(dataDir)).toEqual([]);
  }, 60_000);

  it('finds the postgres of a hub killed alone, stops it and starts, saying so', async () => {
    const killed = await spawnHub({ CASEHUB_DATA_DIR: dataDir, DEMO_CASES: '0' });
    process.kill(killed.process.pid as number, 'SIGKILL');
    await killed.exited();
    expect(postgresUnder(dataDir)).not.toEqual([]);
    const next = await spawnHub({ CASEHUB_DATA_DIR: dataDir, DEMO_CASES: '0', LOG_LEVEL: 'info' });
    expect(next.output()).toContain('left running by an earlier hub');
    expect(next.output()).not.toContain('undefined');
    // and `npm run seed` beside a running hub shares its database instead of failing
    const seeded = execFileSync(process.execPath, ['-r', './scripts/register.js', 'scripts/seed.ts', '--cases', '5'],
      { env: { ...process.env, CASEHUB_DATA_DIR: dataDir, DATABASE_URL: '' }, encoding: 'utf8', stdio: 'pipe' });
    expect(seeded).toContain('seeded 5 cases');
    expect((await ask(next, token)).status).toBe(200);
    process.kill(next.process.pid as number, 'SIGTERM');
    expect(await next.exited()).toBe(0);
    expect(postgresUnder(dataDir)).toEqual([]);
  }, 120_000);
});

describe('two hubs started at the same moment on one empty database', () => {
  const name = `casehub_twins_${process.pid}`;
  const admin = () => new Client({ connectionString: process.env.CASEHUB_TEST_ADMIN_URL });

  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`CREATE DATABASE ${name} OWNER casehub_owner`);
    await c.end();
  });
  afterAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });

  it('both come up; the migrations and the demo data happen once', async () => {
    const urls = localRoleUrls(process.env.CASEHUB_TEST_ADMIN_URL as string, name);
    const env = { DATABASE_URL: urls.app, DATABASE_OWNER_URL: urls.owner, JWT_SECRET: 'twins', DEMO_CASES: '30' };
    const hubs = await Promise.all([spawnHub(env), spawnHub(env)]);
    try {
      for (const hub of hubs) expect((await healthz(hub)).status).toBe(200);
      const c = new Client({ connectionString: urls.owner });
      await c.connect();
      const migrations = readdirSync(resolve('migrations')).filter((f) => f.endsWith('.ts')).length;
      const { rows: [counts] } = await c.query(
        'SELECT (SELECT count(*) FROM migrations)::int AS migrations, (SELECT count(*) FROM care_case)::int AS cases');
      await c.end();
      expect(counts).toEqual({ migrations, cases: 30 });
    } finally {
      for (const hub of hubs) process.kill(hub.process.pid as number, 'SIGTERM');
      expect(await Promise.all(hubs.map((h) => h.exited()))).toEqual([0, 0]);
    }
  }, 120_000);
});
