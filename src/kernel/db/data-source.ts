import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TIME_ZONE } from '../dates';
import { CountingLogger } from './query-counter';

/**
 * Every migration in migrations/, applied in the order of their timestamps; the schema comes only
 * from there, never from `synchronize`. A new migration is a new file there and nothing else.
 */
const MIGRATIONS = [join(__dirname, '..', '..', '..', 'migrations', '*.{ts,js}')];

export interface DataSourceOptions {
  url: string;
  /** The features' entities (app/modules.ts): raw SQL reads rows shaped by their metadata. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity list type
  entities?: Function[];
  poolSize?: number;
  onQueryError?: (error: unknown) => void;
}

export function createDataSource({ url, entities = [], poolSize = 10, onQueryError = () => {} }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    logger: new CountingLogger(onQueryError),
    // the session's calendar is Latvia's: `now()::date` and timestamp-to-date casts are Riga dates
    extra: { max: poolSize, application_name: 'casehub', options: `-c TimeZone=${TIME_ZONE}` },
  });
}

/**
 * As the schema's owner: applies pending migrations, then `then` (reference data) on the same
 * connection, and disconnects.
 */
export async function migrateDatabase(ownerUrl: string, then?: (db: DataSource) => Promise<void>): Promise<void> {
  const dataSource = createDataSource({ url: ownerUrl, poolSize: 2 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
    await then?.(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** The hub's pool, as the serving role; the schema is migrated by its owner beforehand. */
export async function connectDatabase(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  return dataSource;
}
