/**
 * `npm run bench [-- --agency SD-RIGA --requests 200 --first 50]`: latency of the full-shape
 * `cases(first: N)` query over real HTTP against the current database (DATABASE_URL, or the
 * embedded one under CASEHUB_DATA_DIR / .data), with the permission layer (shield rules and
 * audit) and without it, and the ratio. Load volume data first with `npm run seed`.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { UserRole } from '../src/access/roles';
import { signDevToken } from '../src/auth/dev-token';
import { DEV_JWT_SECRET } from '../src/config';
import { provideDatabase } from '../src/db/database';
import { openDatabase } from '../src/db/data-source';
import { createLogger } from '../src/logger';
import { createApp, RequestStats } from '../src/server';
import { parseArgs } from './args';
import { DUE_PAGE, FULL_PAGE } from './queries';

interface Run { p50: number; p95: number; mean: number; statements: number[] }

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(db: DataSource, agency: string, requests: number, query: string, first: number, permissions: boolean): Promise<Run> {
  const stats: RequestStats[] = [];
  const app = await createApp({ db, jwt: { secret: DEV_JWT_SECRET, jwksUrl: undefined, publicKey: undefined, issuer: undefined, audience: undefined },
    log: createLogger('warn'), development: false, onRequestDone: (s) => stats.push(s), withoutPermissionsForBenchmark: !permissions });
  try {
    const port = await app.listen(0, '127.0.0.1');
    const token = await signDevToken({ secret: DEV_JWT_SECRET, agencyCode: agency, role: UserRole.CASE_WORKER });
    const call = async () => {
      const t0 = process.hrtime.bigint();
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables: { first } }),
      });
      const body = await res.json() as { data?: unknown; errors?: { message: string }[] };
      if (!body.data || body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    for (let i = 0; i < 20; i += 1) await call();
    stats.length = 0;
    const times: number[] = [];
    for (let i = 0; i < requests; i += 1) times.push(await call());
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95), mean: times.reduce((a, b) => a + b, 0) / times.length,
      statements: [...new Set(stats.map((s) => s.statements))] };
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['agency', 'requests', 'first'], flags: [] });
  const agency = typeof args.agency === 'string' ? args.agency : 'SD-RIGA';
  const requests = Number(args.requests ?? 200);
  const first = Number(args.first ?? 50);
  const database = await provideDatabase(process.env.DATABASE_URL, process.env.CASEHUB_DATA_DIR || '.data', createLogger('warn'));
  const db = await openDatabase({ url: database.url });
  try {
    const [{ cases, reached }] = await db.query(
      `SELECT count(*)::int AS cases, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM involvement i JOIN agency a ON a.id = i.agency_id
          WHERE i.case_id = c.id AND a.code = $1 AND i.ended_at IS NULL))::int AS reached FROM care_case c`, [agency]);
    const bare = await measure(db, agency, requests, FULL_PAGE, first, false);
    const full = await measure(db, agency, requests, FULL_PAGE, first, true);
    const due = await measure(db, agency, requests, DUE_PAGE, first, true);
    const line = (name: string, r: Run) => console.log(`  ${name.padEnd(28)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms`
      + `  mean ${r.mean.toFixed(1).padStart(6)} ms  SQL statements/request ${r.statements.join(',')}`);
    console.log(`database: ${cases} cases; ${agency} is involved in ${reached}`);
    console.log(`cases(first: ${first}) full shape, ${requests} sequential requests over HTTP after 20 warm-up:`);
    line('without shield and audit', bare);
    line('with shield and audit', full);
    console.log(`  permission layer cost (p50 ratio): ${(full.p50 / bare.p50).toFixed(2)}x`);
    console.log(`dueItems(first: ${first}), same conditions:`);
    line('with shield and audit', due);
  } finally {
    await db.destroy();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
