/**
 * `npm run retention [-- --dry-run]`: applies the retention rule now, as the hub's daily job does:
 * clients whose every case has been closed for longer than RETENTION_AFTER_CLOSURE_MONTHS (default
 * 120) are pseudonymised, in the database the hub uses (DATABASE_URL, or the embedded PostgreSQL
 * under CASEHUB_DATA_DIR / .data).
 *
 * `--dry-run` lists the clients it would pseudonymise (id and latest closing date, tab-separated, on
 * stdout; never a name or a code) and writes nothing: it does not even apply pending migrations, and
 * it reads in a read-only transaction. Counts and the cut date go to stderr.
 */
import 'reflect-metadata';
import { connectDatabase, migrateDatabase } from '../src/kernel/db/data-source';
import type { RunningDatabase } from '../src/kernel/db/embedded';
import { JOB_DB_TIMEOUTS } from '../src/kernel/db/timeouts';
import { retentionAfterClosureMonths } from '../src/kernel/config';
import { createLogger } from '../src/kernel/logger';
import { loadReferenceData } from '../src/reference/load-reference';
import { applyRetention, retentionCandidates } from '../src/retention';
import { parseArgs } from './args';
import { openScriptDatabase } from './with-database';

const USAGE = 'usage: npm run retention [-- --dry-run]   (the period: RETENTION_AFTER_CLOSURE_MONTHS, default 120)';
/** The migration that brings what the rule needs; a dry run against a database without it has nothing to read. */
const RETENTION_MIGRATION = 'Retention1763901500000';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let dryRun: boolean;
  try {
    dryRun = parseArgs(argv, { values: [], flags: ['dry-run'] })['dry-run'] === true;
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const months = retentionAfterClosureMonths();
  const database: RunningDatabase = await openScriptDatabase(createLogger('warn'));
  try {
    if (!dryRun) await migrateDatabase(database.urls.owner, loadReferenceData);
    // as the hub's serving role, which may do exactly this; long statements like the hub's background jobs
    const db = await connectDatabase({ url: database.urls.app, poolSize: 2, timeouts: JOB_DB_TIMEOUTS });
    try {
      if (dryRun) {
        const [{ bookkept }] = await db.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS bookkept`);
        const migrated: unknown[] = bookkept ? await db.query('SELECT 1 FROM migrations WHERE name = $1', [RETENTION_MIGRATION]) : [];
        if (migrated.length === 0) {
          throw new Error('the database does not have the retention migration yet: start the hub or run npm run migrate first');
        }
        const { closedBefore, candidates } = await db.transaction(async (tx) => {
          await tx.query('SET TRANSACTION READ ONLY');
          return retentionCandidates(tx, { months });
        });
        for (const c of candidates) process.stdout.write(`${c.clientId}\t${c.lastClosedOn}\n`);
        console.error(`dry run: ${candidates.length} clients would be pseudonymised (every case closed before ${closedBefore}; `
          + `RETENTION_AFTER_CLOSURE_MONTHS=${months}); nothing was written`);
      } else {
        const run = await applyRetention(db, { months });
        console.error(`pseudonymised ${run.pseudonymised} clients in ${run.batches} batches (every case closed before `
          + `${run.closedBefore}; RETENTION_AFTER_CLOSURE_MONTHS=${months})`
          + (run.skipped ? `; ${run.skipped} left for the next run (a write on their cases in flight, or no longer reached)` : ''));
      }
    } finally {
      await db.destroy();
    }
  } finally {
    await database.stop();
  }
}

// exit explicitly: stopping the embedded database leaves a timer behind that would hold the process ~10 s
main().then(() => process.exit(0), (error: unknown) => {
  console.error(`retention failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
