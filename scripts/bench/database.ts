/**
 * The bench's own database: an embedded PostgreSQL under its data directory (or DATABASE_URL with
 * DATABASE_OWNER_URL), migrated, with the reference data and at least the asked number of cases.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { migrateDatabase } from '../../src/kernel/db/data-source';
import { provideDatabase } from '../../src/kernel/db/database';
import type { RunningDatabase } from '../../src/kernel/db/embedded';
import { createLogger } from '../../src/kernel/logger';
import { loadReferenceData } from '../../src/reference/load-reference';
import { seedDemoData } from '../../src/demo/seed';

export interface BenchDatabase extends RunningDatabase {
  /** The postmaster's PID when the database is embedded (its CPU is measured), else null. */
  postmasterPid: number | null;
  cases: number;
  /** Cases this run added. */
  seeded: number;
}

/** Runs `work` with one connection as the schema's owner. */
export async function asOwner<T>(db: RunningDatabase, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: db.urls.owner });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function openBenchDatabase(dataDir: string, cases: number, log: (line: string) => void): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URL;
  const started = Date.now();
  const db = await provideDatabase({ url: external, ownerUrl: process.env.DATABASE_OWNER_URL }, dataDir, createLogger('warn'));
  try {
    await migrateDatabase(db.urls.owner, loadReferenceData);
    const count = async () => asOwner(db, async (c) => (await c.query('SELECT count(*)::int AS n FROM care_case')).rows[0].n as number);
    const before = await count();
    let have = before;
    if (have < cases) {
      log(`seeding ${cases - have} cases (the database has ${have}; ~1 s per 1,000 cases)`);
      await seedDemoData(db.urls.owner, {
        cases: cases - have, seed: have + 1,
        onProgress: (loaded, total) => { if (loaded % 50_000 === 0 || loaded === total) log(`  ${loaded}/${total} cases`); },
      });
      have = await count();
    }
    // what autovacuum would do before long: the visibility map (index-only scans) and the planner's statistics,
    // after a seed and after an earlier run's writes alike (C's follow-ups move involvements, clearing their pages'
    // visibility: SD-RIGA's count fetched 6,065 heap rows the run after one, none after a vacuum), so runs compare
    log(`VACUUM (ANALYZE)${have > before ? ' after the seed' : ''}`);
    await asOwner(db, (c) => c.query('VACUUM (ANALYZE)'));
    const pidFile = join(resolve(dataDir), 'pg', 'postmaster.pid');
    const postmasterPid = !external && existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : null;
    log(`database ready: ${have} cases (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return { ...db, postmasterPid, cases: have, seeded: have - before };
  } catch (error) {
    await db.stop();
    throw error;
  }
}

/**
 * Waits until the report rollups are current (the hub rebuilds stale ones every 20 s, and after a
 * seed every municipality is stale), so no rebuild runs inside a measured scenario.
 */
export async function waitForRollups(db: RunningDatabase, timeoutMs: number, log: (line: string) => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let said = false;
  for (;;) {
    const stale = await asOwner(db, async (c) => (await c.query(
      `SELECT (SELECT count(*) FROM municipality m LEFT JOIN report_rollup_state s ON s.municipality_code = m.code
                WHERE s.built_for IS DISTINCT FROM (now() AT TIME ZONE 'Europe/Riga')::date)
            + (SELECT count(*) FROM report_dirty) AS n`)).rows[0].n as string);
    if (Number(stale) === 0) return;
    if (Date.now() > deadline) throw new Error(`the hub did not rebuild the report rollups within ${timeoutMs / 1000} s`);
    if (!said) log(`waiting for the hub to rebuild ${stale} stale report rollups`);
    said = true;
    await new Promise((r) => setTimeout(r, 1000));
  }
}
