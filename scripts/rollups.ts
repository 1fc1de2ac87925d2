/** `npm run rollups:rebuild`: rebuilds every report rollup from the source tables (DATABASE_URL or the embedded database). */
import 'reflect-metadata';
import { provideDatabase } from '../src/db/database';
import { openDatabase } from '../src/db/data-source';
import { createLogger } from '../src/logger';
import { rebuildRollups } from '../src/reporting/rollups';

async function main(): Promise<void> {
  const database = await provideDatabase(process.env.DATABASE_URL, process.env.CASEHUB_DATA_DIR || '.data', createLogger('warn'));
  try {
    const db = await openDatabase({ url: database.url });
    const started = Date.now();
    const count = await rebuildRollups(db, null);
    console.log(`rebuilt the report rollups of ${count} municipalities in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await db.destroy();
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
