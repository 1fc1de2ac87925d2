import { DataSource } from 'typeorm';
import { TIME_ZONE } from '../dates';
import { CountingLogger } from './query-counter';
import { Foundation1763900000000 } from '../../../migrations/1763900000000-Foundation';
import { AuditLog1763900100000 } from '../../../migrations/1763900100000-AuditLog';
import { FollowUpRevisions1763900200000 } from '../../../migrations/1763900200000-FollowUpRevisions';
import { IdempotencyAndLifecycle1763900300000 } from '../../../migrations/1763900300000-IdempotencyAndLifecycle';
import { MonitoringRules1763900400000 } from '../../../migrations/1763900400000-MonitoringRules';
import { Reporting1763900500000 } from '../../../migrations/1763900500000-Reporting';
import { ReportRollups1763900600000 } from '../../../migrations/1763900600000-ReportRollups';
import { SecurityReview1763900700000 } from '../../../migrations/1763900700000-SecurityReview';
import { LeastPrivilege1763900800000 } from '../../../migrations/1763900800000-LeastPrivilege';

/** Migrations in the order they apply; the schema comes only from here, never from `synchronize`. */
export const MIGRATIONS = [
  Foundation1763900000000, AuditLog1763900100000, FollowUpRevisions1763900200000, IdempotencyAndLifecycle1763900300000,
  MonitoringRules1763900400000, Reporting1763900500000, ReportRollups1763900600000, SecurityReview1763900700000,
  LeastPrivilege1763900800000,
];

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
