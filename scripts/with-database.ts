import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { provideDatabase } from '../src/db/database';
import { openDatabase } from '../src/db/data-source';
import { createLogger } from '../src/logger';

/**
 * Runs a script's work against the hub's database (DATABASE_URL, or the embedded one under
 * CASEHUB_DATA_DIR / .data), migrated, and always releases it: no postgres is left behind.
 */
export async function withDatabase<T>(work: (db: DataSource) => Promise<T>): Promise<T> {
  const database = await provideDatabase(process.env.DATABASE_URL, process.env.CASEHUB_DATA_DIR || '.data', createLogger('warn'));
  try {
    const db = await openDatabase({ url: database.url });
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
