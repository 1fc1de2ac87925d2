import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../kernel/config';
import { provideDatabase } from '../kernel/db/database';
import { connectDatabase, migrateDatabase } from '../kernel/db/data-source';
import { ENTITIES } from './modules';
import { RunningDatabase } from '../kernel/db/embedded';
import { seedDemoData } from '../demo/seed';
import { forgetOldIdempotencyKeys } from '../kernel/mutation';
import { createLogger, errorForLog } from '../kernel/logger';
import { refreshRollups } from '../reporting';
import { loadReferenceData } from '../reference';
import { App, createApp } from './server';

const ROLLUP_REFRESH_MS = 20_000;

/** Start-up: config → database → migrations → reference and demo data → HTTP server. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  // what start-up has brought up so far, so a stop at any moment releases exactly that
  const running: { database?: RunningDatabase; db?: DataSource; app?: App } = {};
  let stopping = false;
  let ready = false;

  async function release(): Promise<void> {
    // each step tolerates the previous one failing: Ctrl-C may have stopped postgres already
    await running.app?.close().catch(() => {});
    await running.db?.destroy().catch(() => {});
    await running.database?.stop().catch(() => {});
  }

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    // during start-up, the next start-up step sees `stopping` and releases what it started
    if (!ready) return;
    const force = setTimeout(() => {
      running.database?.kill();
      process.exit(1);
    }, 20_000);
    force.unref();
    await release();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

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
    let empty = false;
    await migrateDatabase(database.urls.owner, async (owner) => {
      await loadReferenceData(owner);
      empty = (await owner.query('SELECT NOT EXISTS (SELECT 1 FROM care_case) AS empty'))[0].empty;
    });
    if (config.demoCases > 0 && empty) {
      log.info({ cases: config.demoCases }, 'empty database: loading demo data');
      await seedDemoData(database.urls.owner, { cases: config.demoCases, seed: 1 });
    }
    await proceed();
    const db = await connectDatabase({ url: database.urls.app, entities: ENTITIES, onQueryError: (error) => log.debug({ err: errorForLog(error) }, 'query failed') });
    running.db = db;
    await proceed();
    running.app = await createApp({ db, jwt: config.jwt, log, development: config.nodeEnv === 'development',
      suppressionThreshold: config.suppressionThreshold, corsOrigins: config.corsOrigins, countSqlStatements: config.countSqlStatements,
      limits: config.limits, introspection: config.introspection });
    port = await running.app.listen(config.port, config.host);
    ready = true;
    await proceed();
    // idempotency keys are kept at least 24 hours; older ones are swept hourly
    setInterval(() => void forgetOldIdempotencyKeys(db).catch(() => {}), 3_600_000).unref();
    // report rollups: what writes made stale is rebuilt within 20 s (the figures lag writes by < 60 s)
    const refresh = () => void refreshRollups(db).catch((error: Error) => log.warn({ err: errorForLog(error) }, 'rollup refresh failed'));
    refresh();
    setInterval(refresh, ROLLUP_REFRESH_MS).unref();
  } catch (error) {
    // never leave an embedded postgres running behind a failed start
    await release();
    throw error;
  }
  const banner = [
    '',
    `  casehub is up: http://localhost:${port}/graphql   (health: http://localhost:${port}/healthz)`,
    '  get a development token:  npm run -s token -- --agency SD-RIGA --role CASE_WORKER',
    '  list the demo agencies:   npm run -s token -- --list',
    '',
  ].join('\n');
  process.stdout.write(`${banner}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`casehub failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
