import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { timeZone } from '../dates';
import { PreparingClient } from './prepared';
import { CountingLogger } from './query-counter';
import { DatabaseTimeouts, DEFAULT_DB_TIMEOUTS, JOB_DB_TIMEOUTS } from './timeouts';

/**
 * Every migration in migrations/, applied in the order of their timestamps; the schema comes only
 * from there, never from `synchronize`. A new migration is a new file there and nothing else.
 */
const MIGRATIONS = [join(__dirname, '..', '..', '..', 'migrations', '*.{ts,js}')];

export interface DataSourceOptions {
  url: string;
  timeouts?: DatabaseTimeouts;
  /** The features' entities (app/modules.ts): raw SQL reads rows shaped by their metadata. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own entity list type
  entities?: Function[];
  poolSize?: number;
  onQueryError?: (error: unknown) => void;
}

export function createDataSource({
  url, entities = [], poolSize = 10, onQueryError = () => {}, timeouts = DEFAULT_DB_TIMEOUTS,
}: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    logger: new CountingLogger(onQueryError),
    extra: {
      max: poolSize,
      Client: PreparingClient,
      application_name: 'casehub',
      // the session's calendar is Latvia's: `now()::date` and timestamp-to-date casts are Riga dates
      options: `-c TimeZone=${timeZone()}`,
      connectionTimeoutMillis: timeouts.connectMs,
      statement_timeout: timeouts.statementMs,
      ...(timeouts.readMs ? { query_timeout: timeouts.readMs } : {}),
      // a transaction left open by a crashed request does not hold its locks for long
      idle_in_transaction_session_timeout: 60_000,
      keepAlive: true,
    },
  });
}

/** The advisory lock every instance takes to prepare the database: one at a time, whatever starts together. */
const PREPARE_LOCK = 7_206_314_152;

/**
 * As the schema's owner: applies pending migrations, then `then` (reference and demo data), and
 * disconnects. It all runs under a PostgreSQL advisory lock, so instances started at the same moment
 * on one database migrate and load data once: the others wait, then find nothing to do.
 */
export async function migrateDatabase(ownerUrl: string, then?: (db: DataSource) => Promise<unknown>): Promise<void> {
  // migrations and data loading take as long as they take: no statement timeout
  const dataSource = createDataSource({ url: ownerUrl, poolSize: 3, timeouts: JOB_DB_TIMEOUTS });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    // a session lock on a connection of its own, held while the others migrate and load
    await lock.query('SELECT pg_advisory_lock($1)', [PREPARE_LOCK]);
    await dataSource.runMigrations();
    await then?.(dataSource);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [PREPARE_LOCK]).catch(() => {});
    await lock.release();
    await dataSource.destroy();
  }
}

/** Who this process is, for job leases: unique per instance and start. */
const HOLDER = `${hostname()}:${process.pid}:${randomUUID()}`;

/**
 * The jobs this process runs now, by holder: the lease is ours while a run goes on, so without this a
 * tick that came before the last run ended (a rollup refresh on 1,000,000 cases outlasts its 20 s
 * interval) would start a second run beside it.
 */
const runningHere = new Set<string>();

/**
 * Runs a background job only if no other instance holds its lease now, and this one is not running
 * it already; false when skipped. The lease is taken in one statement (lapsed or ours), outlives any
 * run of the job (`leaseMs`), and is given back after the run, so whichever instance is alive picks
 * the job up next time.
 */
export async function runExclusively(db: DataSource, job: string, work: (db: DataSource) => Promise<unknown>,
  { leaseMs = 300_000, holder = HOLDER } = {}): Promise<boolean> {
  const mine = `${holder}\n${job}`;
  if (runningHere.has(mine)) return false;
  runningHere.add(mine);
  try {
    const taken: unknown[] = await db.query(
      `INSERT INTO job_lease (job, holder, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3 / 1000.0))
       ON CONFLICT (job) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
        WHERE job_lease.expires_at < now() OR job_lease.holder = EXCLUDED.holder
       RETURNING holder`, [job, holder, leaseMs]);
    if (taken.length === 0) return false;
    try {
      await work(db);
      return true;
    } finally {
      await db.query('UPDATE job_lease SET expires_at = now() WHERE job = $1 AND holder = $2', [job, holder]);
    }
  } finally {
    runningHere.delete(mine);
  }
}

/** The hub's pool, as the serving role; the schema is migrated by its owner beforehand. */
export async function connectDatabase(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  return dataSource;
}
