import type { Logger } from '../logger';
import { RunningDatabase, startEmbeddedPostgres } from './embedded';

/**
 * DATABASE_URL (the serving role) with DATABASE_OWNER_URL (the schema's owner, for migrations) when
 * set; otherwise an embedded PostgreSQL with its data under `dataDir` and both roles created.
 */
export async function provideDatabase(
  external: { url: string | undefined; ownerUrl: string | undefined }, dataDir: string, log: Logger,
): Promise<RunningDatabase> {
  if (external.url) {
    if (!external.ownerUrl) log.warn('DATABASE_OWNER_URL is not set: migrations run as the serving role, which then owns the schema');
    return { urls: { owner: external.ownerUrl ?? external.url, app: external.url }, stop: async () => {}, kill: () => {} };
  }
  const db = await startEmbeddedPostgres(dataDir, log);
  log.info({ dataDir }, 'embedded PostgreSQL started');
  return db;
}
