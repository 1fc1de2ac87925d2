/**
 * `npm run reference:sync [-- --dry-run] [-- --data DIR]`: brings every register (regions,
 * municipalities, agencies, service prices, foster care form rules, the support centres' services and survey
 * questions, the provider register, the homes' size limits, the support plan templates) in the hub's database to its
 * source, as the hub does at start-up, and prints what changed: each source's version from → to,
 * then every row added, changed (field old → new) or no longer in the source (kept: nothing is
 * deleted). The database is the hub's (DATABASE_OWNER_URL / DATABASE_URL, or the embedded
 * PostgreSQL under CASEHUB_DATA_DIR / .data); the sources are src/reference/data/, or the same
 * files of the same names in DIR.
 *
 * Without `--dry-run` it applies pending migrations first and syncs under the same lock as
 * start-up. `--dry-run` prints the same report from a read-only transaction and writes nothing (not
 * even migrations).
 */
import 'reflect-metadata';
import { connectDatabase, migrateDatabase } from '../src/kernel/db/data-source';
import type { RunningDatabase } from '../src/kernel/db/embedded';
import { JOB_DB_TIMEOUTS } from '../src/kernel/db/timeouts';
import { createLogger } from '../src/kernel/logger';
import { readReferenceSources, REFERENCE_SOURCES } from '../src/reference/sources';
import { formatReport, ReferenceReport, syncReference } from '../src/reference/sync';
import { parseArgs } from './args';
import { openScriptDatabase } from './with-database';

const USAGE = 'usage: npm run reference:sync [-- --dry-run] [-- --data <folder with geography.json, agencies.json, service-prices.json, carer-forms.json, centre-services.json, survey-questions.json, providers.json, placement-limits.json, plan-templates.json>]';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let args: Record<string, string | true>;
  try {
    args = parseArgs(argv, { values: ['data'], flags: ['dry-run'] });
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const dryRun = args['dry-run'] === true;
  // a source that does not parse is refused before the database is even opened
  const sources = typeof args.data === 'string' ? readReferenceSources(args.data) : REFERENCE_SOURCES;
  const database: RunningDatabase = await openScriptDatabase(createLogger('warn'));
  try {
    let report: ReferenceReport | undefined;
    if (dryRun) {
      // as the owner, who alone reads reference_version; the transaction is read-only
      const db = await connectDatabase({ url: database.urls.owner, poolSize: 1, timeouts: JOB_DB_TIMEOUTS });
      try {
        report = await syncReference(db, { sources, dryRun: true });
      } finally {
        await db.destroy();
      }
    } else {
      await migrateDatabase(database.urls.owner, async (db) => { report = await syncReference(db, { sources }); });
    }
    if (report) process.stdout.write(`${formatReport(report).join('\n')}\n`);
  } finally {
    await database.stop();
  }
}

// exit explicitly: stopping the embedded database leaves a timer behind that would hold the process ~10 s
main().then(() => process.exit(0), (error: unknown) => {
  process.stderr.write(`reference sync failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
