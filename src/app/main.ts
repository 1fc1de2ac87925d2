import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig, WebhookConfig } from '../kernel/config';
import { useTimeZone } from '../kernel/dates';
import { provideDatabase } from '../kernel/db/database';
import { connectDatabase, migrateDatabase, runExclusively } from '../kernel/db/data-source';
import { JOB_DB_TIMEOUTS } from '../kernel/db/timeouts';
import { ENTITIES } from './modules';
import { RunningDatabase } from '../kernel/db/embedded';
import { seedDemoData } from '../demo/seed';
import { forgetOldIdempotencyKeys } from '../kernel/mutation';
import { compactReachChanges } from '../cases';
import { createLogger, errorForLog } from '../kernel/logger';
import { paced } from '../kernel/pacing';
import { refreshRollups } from '../reporting';
import { loadReferenceData } from '../reference';
import { applyRetention } from '../retention';
import { raiseOverdueAlerts } from '../alerts';
import { App, createApp } from './server';
import { loadTrustedDocuments } from './trusted-documents';

const ROLLUP_REFRESH_MS = 20_000;
/** After a rollup refresh, the next waits at least this many times as long as it took. */
const ROLLUP_REST_FACTOR = 2;

/** Start-up: config → database → migrations → reference and demo data → HTTP server. */
async function main(): Promise<void> {
  const config = loadConfig();
  // one calendar for the whole hub: validation, due items, reports and the database session
  useTimeZone(config.timeZone);
  const log = createLogger(config.logLevel);
  // what start-up has brought up so far, so a stop at any moment releases exactly that
  const running: { database?: RunningDatabase; db?: DataSource; readDb?: DataSource; jobs?: DataSource; app?: App } = {};
  let stopping = false;
  let ready = false;

  const timers: NodeJS.Timeout[] = [];

  async function release(): Promise<void> {
    for (const timer of timers) clearInterval(timer);
    // each step tolerates the previous one failing: Ctrl-C may have stopped postgres already
    await running.app?.close().catch(() => {});
    await running.db?.destroy().catch(() => {});
    await running.readDb?.destroy().catch(() => {});
    await running.jobs?.destroy().catch(() => {});
    await running.database?.stop().catch(() => {});
  }

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // during start-up, the next start-up step sees `stopping` and releases what it started
    if (!ready) return;
    // the one shutdown path; should it hang past the grace period, postgres is still stopped cleanly enough
    const force = setTimeout(() => {
      log.error('shutdown did not finish in time; stopping now');
      running.database?.kill();
      process.exit(1);
    }, config.shutdownGraceMs + 10_000);
    force.unref();
    await release();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // Ctrl-C reaches the embedded postgres too (one process group): while the hub stops, postgres ends
  // its connections (57P01) under the job queue's listening client, which throws; that is the stop, not a fault
  const fatal = (error: unknown) => {
    if (stopping && (error as { code?: unknown } | null)?.code === '57P01') return;
    process.stderr.write(`casehub stopped on an unexpected error: ${causeOf(error)}\n`);
    process.exit(1);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);

  /** Between start-up steps: a stop asked for meanwhile ends the start here. */
  async function proceed(): Promise<void> {
    if (!stopping) return;
    await release();
    log.info('stopped during start-up');
    process.exit(0);
  }

  let port: number;
  try {
    const database = await provideDatabase({ url: config.databaseUrl, ownerUrl: config.databaseOwnerUrl }, config.dataDir, log);
    running.database = database;
    await proceed();
    // the schema's owner migrates and loads the reference and demo data; the hub serves as a role that owns nothing
    // under the preparation lock: instances started together migrate and load demo data once
    await migrateDatabase(database.urls.owner, async (owner) => {
      await loadReferenceData(owner, log);
      const [{ empty }] = await owner.query('SELECT NOT EXISTS (SELECT 1 FROM care_case) AS empty');
      if (config.demoCases > 0 && empty) {
        log.info({ cases: config.demoCases }, 'empty database: loading demo data');
        await seedDemoData(database.urls.owner, { cases: config.demoCases, seed: 1 });
      }
    });
    await proceed();
    const db = await connectDatabase({ url: database.urls.app, entities: ENTITIES, poolSize: config.dbPoolSize,
      timeouts: config.dbTimeouts, onQueryError: (error) => log.debug({ err: errorForLog(error) }, 'query failed') });
    running.db = db;
    if (config.databaseReadUrl) {
      running.readDb = await connectDatabase({ url: config.databaseReadUrl, entities: ENTITIES, poolSize: config.dbPoolSize,
        timeouts: config.dbTimeouts, onQueryError: (error) => log.debug({ err: errorForLog(error) }, 'query failed') });
    }
    // background jobs run long statements on a small pool of their own, never starving requests
    const jobs = await connectDatabase({ url: database.urls.app, entities: ENTITIES, poolSize: 2, timeouts: JOB_DB_TIMEOUTS });
    running.jobs = jobs;
    await proceed();
    running.app = await createApp({ db, jwt: config.jwt, log, development: config.nodeEnv === 'development',
      suppressionThreshold: config.suppressionThreshold, corsOrigins: config.corsOrigins, trustProxy: config.trustProxy, countSqlStatements: config.countSqlStatements,
      limits: config.limits, introspection: config.introspection, shutdownGraceMs: config.shutdownGraceMs,
      rateLimits: config.rateLimits, surveyAnswerLimits: config.surveyAnswerLimits, metricsToken: config.metricsToken,
      readDb: running.readDb, requestDeadlineMs: config.requestDeadlineMs,
      emergencyAccessHours: config.emergencyAccessHours, backdateWindowDays: config.backdateWindowDays,
      referralExpiryDays: config.referralExpiryDays, transferExpiryDays: config.transferExpiryDays,
      webhooks: { allowHttpLoopback: config.webhooks.allowHttpLoopback,
        delivery: config.webhooks.deliver ? { databaseUrl: database.urls.app, ...webhookDelivery(config.webhooks) } : undefined },
      trustedDocuments: config.trustedDocumentsPath ? loadTrustedDocuments(config.trustedDocumentsPath) : undefined });
    port = await running.app.listen(config.port, config.host);
    ready = true;
    await proceed();
    // each job runs on one instance at a time, whichever is alive (an advisory lock per job)
    const every = (name: string, ms: number, job: (db: DataSource) => Promise<unknown>) => {
      const tick = () => void runExclusively(jobs, name, job)
        // a job cut short by the hub stopping is not a failure
        .catch((error: unknown) => { if (!stopping) log.warn({ job: name, err: errorForLog(error) }, 'background job failed'); });
      tick();
      timers.push(setInterval(tick, ms).unref());
    };
    // idempotency keys are kept at least 24 hours; older ones are swept hourly
    every('idempotency-sweep', 3_600_000, forgetOldIdempotencyKeys);
    // each agency's reach changes summed into one row (the case list reads their sum on every page)
    every('reach-compaction', 3_600_000, compactReachChanges);
    // a due item past its date raises an alert once (the inbox); checked every 10 minutes
    every('overdue-alerts', 600_000, (jobDb) => raiseOverdueAlerts(jobDb));
    // storage limitation: clients whose every case has been closed longer than the retention period are pseudonymised daily
    every('retention', 86_400_000, (jobDb) => applyRetention(jobDb, { months: config.retentionAfterClosureMonths, log }));
    // report rollups: what writes made stale is rebuilt within 20 s, or after resting twice as long as the last
    // rebuild took where rebuilds are long (a large database under writes everywhere)
    const app = running.app;
    every('rollup-refresh', ROLLUP_REFRESH_MS, paced(async (jobDb: DataSource) => {
      await refreshRollups(jobDb);
      app.metrics.rollupRefreshed();
    }, ROLLUP_REST_FACTOR));
  } catch (error) {
    // never leave an embedded postgres running behind a failed start
    await release();
    throw error;
  }
  const banner = [
    '',
    `  casehub is up: http://localhost:${port}/graphql   (health: http://localhost:${port}/healthz)`,
    ...(config.nodeEnv === 'development' ? [`  the IDE: open http://localhost:${port}/graphql in a browser`] : []),
    '  get a development token:  npm run -s token -- --agency SD-RIGA --role CASE_WORKER',
    '  list the demo agencies:   npm run -s token -- --list',
    '',
  ].join('\n');
  process.stdout.write(`${banner}\n`);
}

/** How this instance delivers webhooks, from the configuration. */
function webhookDelivery(webhooks: WebhookConfig) {
  const { retryBaseMs, retryMaxMs, parkAfterMs, timeoutMs, batch, concurrency, pollIntervalMs } = webhooks;
  return { settings: { retryBaseMs, retryMaxMs, parkAfterMs, timeoutMs, batch }, concurrency, pollIntervalMs };
}

/** What went wrong, in words, whatever was thrown (a library may reject with something that is not an Error). */
function causeOf(error: unknown): string {
  if (error instanceof Error) {
    const detail = error.message || error.name;
    return error.cause ? `${detail} (${causeOf(error.cause)})` : detail;
  }
  if (Array.isArray(error)) return error.map(causeOf).join('; ');
  return typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
}

main().catch((error: unknown) => {
  process.stderr.write(`casehub failed to start: ${causeOf(error)}\n`);
  process.exit(1);
});
