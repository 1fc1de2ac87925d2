/**
 * `npm run bench:aggregates [-- --requests 30]`: median and p95 latency of `regionalSummary` for
 * all of Latvia by municipality (every figure), as the ministry's analyst, over real HTTP against
 * the current database (DATABASE_URL, or the embedded one under CASEHUB_DATA_DIR / .data).
 */
import { UserRole } from '../src/kernel/principal';
import { parseArgs } from './args';
import { measure } from './measure';
import { runScript, withDatabase } from './with-database';

const QUERY = `query($period: PeriodInput!) { regionalSummary(period: $period, groupBy: MUNICIPALITY) {
  figures { metric total { value suppressed } rows { areaCode cells { value suppressed } } } } }`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['requests', 'from', 'to'], flags: [] });
  const requests = Number(args.requests ?? 30);
  const today = new Date().toISOString().slice(0, 10);
  const period = { from: typeof args.from === 'string' ? args.from : `${today.slice(0, 4)}-01-01`, to: typeof args.to === 'string' ? args.to : today };
  await withDatabase(async (db) => {
    const [{ cases }] = await db.query('SELECT count(*)::int AS cases FROM care_case');
    const run = await measure({ db, agencyCode: 'LM', role: UserRole.ANALYST, query: QUERY, variables: { period }, warmUp: 3, requests });
    console.log(`database: ${cases} cases; regionalSummary(all of Latvia, by municipality, every figure, ${period.from}..${period.to})`);
    console.log(`  ${requests} sequential requests over HTTP after 3 warm-up: median ${run.p50.toFixed(0)} ms  p95 ${run.p95.toFixed(0)} ms`);
  });
}

runScript(main);
