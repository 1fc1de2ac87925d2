/**
 * `npm run bench [-- --agency SD-RIGA --requests 200 --first 50]`: latency of the full-shape
 * `cases(first: N)` query over real HTTP against the current database (DATABASE_URL, or the
 * embedded one under CASEHUB_DATA_DIR / .data), with the permission layer (shield rules and
 * audit) and without it, and the ratio. Load volume data first with `npm run seed`.
 */
import { UserRole } from '../src/kernel/principal';
import { parseArgs } from './args';
import { measure, Run } from './measure';
import { DUE_PAGE, FULL_PAGE } from './queries';
import { runScript, withDatabase } from './with-database';

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['agency', 'requests', 'first'], flags: [] });
  const agency = typeof args.agency === 'string' ? args.agency : 'SD-RIGA';
  const requests = Number(args.requests ?? 200);
  const first = Number(args.first ?? 50);
  await withDatabase(async (db) => {
    const [{ cases, reached }] = await db.query(
      `SELECT count(*)::int AS cases, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM involvement i JOIN agency a ON a.id = i.agency_id
          WHERE i.case_id = c.id AND a.code = $1 AND i.ended_at IS NULL))::int AS reached FROM care_case c`, [agency]);
    const run = (query: string, permissions: boolean) =>
      measure({ db, agencyCode: agency, role: UserRole.CASE_WORKER, query, variables: { first }, warmUp: 20, requests, permissions });
    const bare = await run(FULL_PAGE, false);
    const full = await run(FULL_PAGE, true);
    const due = await run(DUE_PAGE, true);
    const line = (name: string, r: Run) => console.log(`  ${name.padEnd(28)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms`
      + `  mean ${r.mean.toFixed(1).padStart(6)} ms  SQL statements/request ${r.statements.join(',')}`);
    console.log(`database: ${cases} cases; ${agency} is involved in ${reached}`);
    console.log(`cases(first: ${first}) full shape, ${requests} sequential requests over HTTP after 20 warm-up:`);
    line('without shield and audit', bare);
    line('with shield and audit', full);
    console.log(`  permission layer cost (p50 ratio): ${(full.p50 / bare.p50).toFixed(2)}x`);
    console.log(`dueItems(first: ${first}), same conditions:`);
    line('with shield and audit', due);
  });
}

runScript(main);
