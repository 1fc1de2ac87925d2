/** `npm run migrate`: applies pending migrations and loads missing reference data into DATABASE_URL. */
import 'reflect-metadata';
import { openDatabase } from '../src/db/data-source';
import { loadReferenceData } from '../src/reference/load-reference';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const db = await openDatabase({ url, poolSize: 2 });
  try {
    await loadReferenceData(db);
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
