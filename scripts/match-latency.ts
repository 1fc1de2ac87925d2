/**
 * `npm run carers:match-latency -- [--data-dir DIR] [--runs N] [--explain]`: the latency of
 * `matchCandidates` for a child in Rīga, on the data the hub finds (DATABASE_URL, or the embedded
 * PostgreSQL under --data-dir / CASEHUB_DATA_DIR / .data), as an agency system sees it: the hub runs
 * in this process with its own signing secret and no rate limits, and the query goes over HTTP as
 * the child's support centre (or, without one, its orphan court). The child: the first open case (by
 * id) of a child living in Rīga with such an involvement. Prints the data's size, the child, and the
 * median, p95 and slowest of N runs after 3 warm-ups; `--explain` adds the statement's plan
 * (EXPLAIN ANALYZE, BUFFERS). Changes nothing but the audit rows of its reads.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { activeInvolvement } from '../src/access/scope';
import { createApp } from '../src/app/server';
import { signDevToken } from '../src/app/auth/dev-token';
import { candidatesStatement } from '../src/carers/matching.service';
import { sharedSecretJwt } from '../src/kernel/config';
import { today } from '../src/kernel/dates';
import { createLogger } from '../src/kernel/logger';
import { Purpose, UserRole } from '../src/kernel/principal';
import { parseArgs } from './args';
import { runScript, withDatabase } from './with-database';

const USAGE = 'usage: npm run carers:match-latency -- [--data-dir DIR] [--runs N (1 to 1000, default 30)] [--explain]';
const QUERY = `query MatchLatency($caseId: ID!) { matchCandidates(caseId: $caseId, first: 20) { carerId form rank score fits reasons } }`;

interface Child { caseId: string; agencyId: string; agencyCode: string; role: string }

async function riga(db: DataSource): Promise<Child> {
  const [child]: Child[] = await db.query(
    `SELECT c.id AS "caseId", a.id AS "agencyId", a.code AS "agencyCode", i.role
       FROM care_case c JOIN client cl ON cl.id = c.client_id
       JOIN involvement i ON i.case_id = c.id AND i.role IN ('SUPPORT_CENTRE', 'ORPHAN_COURT')
            AND ${activeInvolvement('i')}
       JOIN agency a ON a.id = i.agency_id
      WHERE c.status <> 'CLOSED' AND cl.declared_municipality_code = 'RIGA' AND cl.birth_date > current_date - interval '18 years'
      ORDER BY i.role DESC, c.id LIMIT 1`);
  if (!child) throw new Error('no open case of a child in Rīga with a support centre or orphan court involved: seed the data first (npm run seed)');
  return child;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['data-dir', 'runs'], flags: ['explain', 'help'] });
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (typeof args['data-dir'] === 'string') process.env.CASEHUB_DATA_DIR = args['data-dir'];
  const runs = args.runs === undefined ? 30 : Number(args.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 1000) throw new Error(`--runs must be a whole number from 1 to 1000\n${USAGE}`);

  await withDatabase(async (db) => {
    const [size] = await db.query(`SELECT (SELECT count(*) FROM care_case)::int AS cases, (SELECT count(*) FROM carer)::int AS carers,
      (SELECT count(*) FROM carer WHERE status = 'ACTIVE' AND kind = 'FOSTER_FAMILY')::int AS active,
      (SELECT count(*) FROM placement WHERE carer_id IS NOT NULL)::int AS placements`);
    const child = await riga(db);
    process.stdout.write(`data: ${size.cases} cases, ${size.carers} carers (${size.active} active foster families), `
      + `${size.placements} placements with a carer\nchild: case ${child.caseId} in Rīga, asked as ${child.agencyCode} (${child.role})\n`);

    const secret = randomBytes(32).toString('base64url');
    const app = await createApp({ db, jwt: sharedSecretJwt(secret), log: createLogger('silent'), development: false,
      rateLimits: { user: 0, agency: 0, windowSeconds: 60 } });
    try {
      const url = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}/graphql`;
      const token = await signDevToken({ secret, agencyCode: child.agencyCode, role: UserRole.CASE_WORKER, expiresIn: '1h' });
      const ask = async (): Promise<{ ms: number; candidates: number }> => {
        const started = process.hrtime.bigint();
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: QUERY, variables: { caseId: child.caseId } }) });
        const body = await res.json() as { data?: { matchCandidates: unknown[] | null }; errors?: { message: string }[] };
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (!body.data?.matchCandidates) throw new Error(`matchCandidates failed: ${body.errors?.map((e) => e.message).join('; ') ?? res.status}`);
        return { ms, candidates: body.data.matchCandidates.length };
      };
      for (let i = 0; i < 3; i += 1) await ask();
      const times: number[] = [];
      let candidates = 0;
      for (let i = 0; i < runs; i += 1) {
        const run = await ask();
        times.push(run.ms);
        candidates = run.candidates;
      }
      times.sort((a, b) => a - b);
      process.stdout.write(`matchCandidates (first 20, ${candidates} answered) over HTTP, ${runs} runs: median ${percentile(times, 0.5).toFixed(1)} ms, `
        + `p95 ${percentile(times, 0.95).toFixed(1)} ms, slowest ${times[times.length - 1].toFixed(1)} ms\n`);
    } finally {
      await app.close();
    }
    // after the runs: the plan as they met it, with the data in the cache
    if (args.explain) {
      const plan: { 'QUERY PLAN': string }[] = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${candidatesStatement({ purpose: Purpose.CASE_WORK, role: UserRole.CASE_WORKER }, false)}`,
        [child.agencyId, child.caseId, today(), [], 20]);
      process.stdout.write(`${plan.map((row) => row['QUERY PLAN']).join('\n')}\n`);
    }
  });
}

runScript(main);
