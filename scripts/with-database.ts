import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { provideDatabase } from '../src/kernel/db/database';
import { connectDatabase, migrateDatabase } from '../src/kernel/db/data-source';
import { JOB_DB_TIMEOUTS } from '../src/kernel/db/timeouts';
import type { RunningDatabase } from '../src/kernel/db/embedded';
import { createLogger, type Logger } from '../src/kernel/logger';
import { ENTITIES } from '../src/app/modules';
import { loadReferenceData } from '../src/reference/load-reference';

/** The database scripts use: as the hub would find it from the environment. */
export function openScriptDatabase(log: Logger): Promise<RunningDatabase> {
  return provideDatabase({ url: process.env.DATABASE_URL, ownerUrl: process.env.DATABASE_OWNER_URL },
    process.env.CASEHUB_DATA_DIR || '.data', log);
}

/**
 * Runs a script's work against the hub's database (DATABASE_URL, or the embedded one under
 * CASEHUB_DATA_DIR / .data), migrated, as the hub's serving role, and always releases it: no
 * postgres is left behind.
 */
export async function withDatabase<T>(work: (db: DataSource) => Promise<T>): Promise<T> {
  const database = await openScriptDatabase(createLogger('warn'));
  try {
    await migrateDatabase(database.urls.owner, loadReferenceData);
    // a script's work is a background job's (a rebuild of every rollup on 100,000 cases takes longer than a request may)
    const db = await connectDatabase({ url: database.urls.app, entities: ENTITIES, timeouts: JOB_DB_TIMEOUTS });
    try {
      return await work(db);
    } finally {
      await db.destroy();
    }
  } finally {
    await database.stop();
  }
}

/** Runs a script's main function; a failure prints its message and exits 1. */
export function runScript(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
