/**
 * `npm run migrate`: applies pending migrations and syncs the reference data (see `npm run reference:sync`), as the schema's
 * owner (DATABASE_OWNER_URL, else DATABASE_URL). With `--local-roles`, DATABASE_URL is a superuser's
 * and the two local roles are created first (the test setup).
 */
import 'reflect-metadata';
import { migrateDatabase } from '../src/kernel/db/data-source';
import { ensureLocalRoles } from '../src/kernel/db/roles';
import { loadReferenceData } from '../src/reference/load-reference';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const owner = process.argv.includes('--local-roles')
    ? (await ensureLocalRoles(url, new URL(url).pathname.slice(1))).owner
    : process.env.DATABASE_OWNER_URL ?? url;
  await migrateDatabase(owner, loadReferenceData);
}

main().catch((error: unknown) => {
  console.error(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
