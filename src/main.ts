import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from './config';
import { provideDatabase } from './db/database';
import { openDatabase } from './db/data-source';
import { RunningDatabase } from './db/embedded';
import { seedDemoData } from './demo/seed';
import { forgetOldIdempotencyKeys } from './graphql/mutation';
import { createLogger } from './logger';
import { loadReferenceData } from './reference/load-reference';
import { App, createApp } from './server';

/** Start-up: config → database → migrations → reference and demo data → HTTP server. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  // filled in as start-up proceeds, so a shutdown at any point stops what is running
  let database: RunningDatabase | undefined = undefined;
  let db: DataSource | undefined = undefined;
  let app: App | undefined = undefined;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    // each step tolerates the previous one failing: Ctrl-C may have stopped postgres already
    await app?.close().catch(() => {});
    await db?.destroy().catch(() => {});
    await database?.stop().catch(() => {});
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  database = await provideDatabase(config.databaseUrl, config.dataDir, log);
  let port: number;
  try {
    db = await openDatabase({ url: database.url, onQueryError: (message) => log.debug({ message }, 'query failed') });
    await loadReferenceData(db);
    if (config.demoCases > 0) {
      const [{ n }] = await db.query('SELECT count(*)::int AS n FROM care_case');
      if (n === 0) {
        log.info({ cases: config.demoCases }, 'empty database: loading demo data');
        await seedDemoData(database.url, { cases: config.demoCases, seed: 1 });
      }
    }
    if (stopping) return;
    app = await createApp({ db, jwt: config.jwt, log, development: config.nodeEnv === 'development',
      suppressionThreshold: config.suppressionThreshold });
    port = await app.listen(config.port);
    const openDb = db;
    // idempotency keys are kept at least 24 hours; older ones are swept hourly
    setInterval(() => void forgetOldIdempotencyKeys(openDb).catch(() => {}), 3_600_000).unref();
  } catch (error) {
    // never leave an embedded postgres running behind a failed start
    await db?.destroy().catch(() => {});
    await database.stop().catch(() => {});
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
