import { DataSource } from 'typeorm';
import { UserRole } from '../src/kernel/principal';
import { signDevToken } from '../src/app/auth/dev-token';
import { DEV_JWT_SECRET, sharedSecretJwt } from '../src/kernel/config';
import { createLogger } from '../src/kernel/logger';
import { createApp, RequestStats } from '../src/app/server';

export interface Run { p50: number; p95: number; mean: number; statements: number[] }

export interface Measurement {
  db: DataSource;
  agencyCode: string;
  role: UserRole;
  query: string;
  variables: Record<string, unknown>;
  warmUp: number;
  requests: number;
  /** false only to measure what the permission layer costs */
  permissions?: boolean;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Latency of one query over real HTTP against an in-process hub: sequential requests after a warm-up. */
export async function measure(m: Measurement): Promise<Run> {
  const stats: RequestStats[] = [];
  const app = await createApp({ db: m.db, jwt: sharedSecretJwt(DEV_JWT_SECRET), log: createLogger('warn'), development: false,
    onRequestDone: (s) => stats.push(s), withoutPermissionsForBenchmark: m.permissions === false });
  try {
    const port = await app.listen(0, '127.0.0.1');
    const token = await signDevToken({ secret: DEV_JWT_SECRET, agencyCode: m.agencyCode, role: m.role });
    const call = async () => {
      const t0 = process.hrtime.bigint();
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: m.query, variables: m.variables }),
      });
      const body = await res.json() as { data?: unknown; errors?: { message: string }[] };
      if (!body.data || body.errors) throw new Error(`query failed: ${JSON.stringify(body.errors)}`);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    for (let i = 0; i < m.warmUp; i += 1) await call();
    stats.length = 0;
    const times: number[] = [];
    for (let i = 0; i < m.requests; i += 1) times.push(await call());
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95), mean: times.reduce((a, b) => a + b, 0) / times.length,
      statements: [...new Set(stats.map((s) => s.statements))] };
  } finally {
    await app.close();
  }
}
