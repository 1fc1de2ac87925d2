/**
 * `npm run seed -- --cases N [--seed S]`: appends N deterministic demo cases (with clients,
 * involvements, assessments, plans, follow-ups and placements) to the database the hub uses:
 * DATABASE_URL, or the embedded PostgreSQL under CASEHUB_DATA_DIR (default .data). Applies pending
 * migrations and loads missing reference data first. Progress goes to stderr, the summary to stdout.
 */
import 'reflect-metadata';
import { migrateDatabase } from '../src/kernel/db/data-source';
import type { RunningDatabase } from '../src/kernel/db/embedded';
import { seedDemoData } from '../src/demo/seed';
import { createLogger } from '../src/kernel/logger';
import { loadReferenceData } from '../src/reference/load-reference';
import { parseArgs } from './args';
import { openScriptDatabase } from './with-database';

const USAGE = 'usage: npm run seed -- --cases <N> [--seed <S>]   (N from 1 to 10000000, S from 0 to 4294967295, default 1)';

function integer(name: string, value: string | true | undefined, fallback: number | undefined, min: number, max: number): number {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new Error(`--${name} is required\n${USAGE}`);
  }
  if (typeof value !== 'string' || !/^\d+$/.test(value)) throw new Error(`--${name} must be a whole number\n${USAGE}`);
  const n = Number(value);
  if (n < min || n > max) throw new Error(`--${name} must be from ${min} to ${max}\n${USAGE}`);
  return n;
}

let database: RunningDatabase | undefined;
let cleaning: Promise<void> | undefined;
let signalled = false;

/** Stops an embedded postgres; safe to call twice (error path and signal). */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await database?.stop().catch(() => {});
  })();
  return cleaning;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let cases: number;
  let seed: number;
  try {
    const args = parseArgs(argv, { values: ['cases', 'seed'], flags: [] });
    cases = integer('cases', args.cases, undefined, 1, 10_000_000);
    seed = integer('seed', args.seed, 1, 0, 0xffffffff);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.includes('usage:') ? message : `${message}\n${USAGE}`);
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      signalled = true;
      console.error(`\n${signal}: stopping (the batches already committed stay)`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  const started = Date.now();
  const log = createLogger('warn');
  try {
    database = await openScriptDatabase(log);
    await migrateDatabase(database.urls.owner, loadReferenceData);
    console.error(`database ready in ${((Date.now() - started) / 1000).toFixed(1)} s; seeding ${cases} cases (seed ${seed})`);
    const result = await seedDemoData(database.urls.owner, {
      cases, seed,
      onProgress: (loaded, total) => {
        console.error(`  ${loaded}/${total} cases  ${((Date.now() - started) / 1000).toFixed(1)} s`);
      },
    });
    console.log(`seeded ${result.cases} cases in ${(result.ms / 1000).toFixed(1)} s `
      + `(${((Date.now() - started) / 1000).toFixed(1)} s in all)`);
  } finally {
    await cleanUp();
  }
}

// exit explicitly: stopping the embedded database leaves a timer behind that would hold the process ~10 s
main().then(() => process.exit(0), (error: unknown) => {
  if (!signalled) console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
  void cleanUp().finally(() => process.exit(signalled ? 130 : 1));
});
