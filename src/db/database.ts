import type { Logger } from '../logger';
import { RunningDatabase, startEmbeddedPostgres } from './embedded';

/** DATABASE_URL when set; otherwise an embedded PostgreSQL with its data under `dataDir`. */
export async function provideDatabase(databaseUrl: string | undefined, dataDir: string, log: Logger): Promise<RunningDatabase> {
  if (databaseUrl) return { url: databaseUrl, stop: async () => {}, kill: () => {} };
  const db = await startEmbeddedPostgres(dataDir, log);
  log.info({ dataDir }, 'embedded PostgreSQL started');
  return db;
}
