/**
 * `npm run bench:aggregates [-- --requests 30]`: median and p95 latency of `regionalSummary` for
 * all of Latvia by municipality (every figure), as the ministry's analyst, over real HTTP against
 * the current database (DATABASE_URL, or the embedded one under CASEHUB_DATA_DIR / .data).
 */
import 'reflect-metadata';
import { UserRole } from '../src/access/roles';
import { signDevToken } from '../src/auth/dev-token';
import { DEV_JWT_SECRET } from '../src/config';
import { provideDatabase } from '../src/db/database';
import { openDatabase } from '../src/db/data-source';
import { createLogger } from '../src/logger';
import { createApp } from '../src/server';
import { parseArgs } from './args';

const QUERY = `query($period: PeriodInput!) { regionalSummary(period: $period, groupBy: MUNICIPALITY) {
  figures { metric total { value suppressed } rows { areaCode cells { value suppressed } } } } }`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['requests', 'from', 'to'], flags: [] });
  const requests = Number(args.requests ?? 30);
  const today = new Date().toISOString().slice(0, 10);
  const period = { from: typeof args.from === 'string' ? args.from : `${today.slice(0, 4)}-01-01`, to: typeof args.to === 'string' ? args.to : today };
  const database = await provideDatabase(process.env.DATABASE_URL, process.env.CASEHUB_DATA_DIR || '.data', createLogger('warn'));
  const db = await openDatabase({ url: database.url });
  const app = await createApp({ db, jwt: { secret: DEV_JWT_SECRET, jwksUrl: undefined, publicKey: undefined, issuer: undefined, audience: undefined },
    log: createLogger('warn'), development: false });
  try {
    const port = await app.listen(0, '127.0.0.1');
    const token = await signDevToken({ secret: DEV_JWT_SECRET, agencyCode: 'LM', role: UserRole.ANALYST });
    const [{ cases }] = await db.query('SELECT count(*)::int AS cases FROM care_case');
    const call = async () => {
      const t0 = process.hrtime.bigint();
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY, variables: { period } }) });
      const body = await res.json() as { data?: unknown; errors?: unknown };
      if (!body.data || body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    for (let i = 0; i < 3; i += 1) await call();
    const times: number[] = [];
    for (let i = 0; i < requests; i += 1) times.push(await call());
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
    console.log(`database: ${cases} cases; regionalSummary(all of Latvia, by municipality, every figure, ${period.from}..${period.to})`);
    console.log(`  ${requests} sequential requests over HTTP after 3 warm-up: median ${at(50).toFixed(0)} ms  p95 ${at(95).toFixed(0)} ms`);
  } finally {
    await app.close();
    await db.destroy();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
