/**
 * Scenario B0's server: the built hub (dist/) with its permission layer switched off (no shield
 * rules, no audit), so B against B0 is what the layer costs. Only the bench starts it, as its own
 * child process; the hub's own start-up (src/app/main.ts) has no way to switch the layer off.
 *
 * Environment: as the hub's (DATABASE_URL, JWT_SECRET, PORT, HOST, LOG_LEVEL); the database is
 * already migrated by the bench.
 */
import { join } from 'node:path';
import type * as Server from '../../src/app/server';
import type * as Config from '../../src/kernel/config';
import type * as DataSource from '../../src/kernel/db/data-source';
import type * as Logger from '../../src/kernel/logger';
import type * as Modules from '../../src/app/modules';

const dist = join(__dirname, '..', '..', 'dist', 'src');
// the compiled hub, as `node dist/src/app/main.js` runs it (not the TypeScript sources)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const built = <T>(path: string): T => require(join(dist, path)) as T;

async function main(): Promise<void> {
  const { createApp } = built<typeof Server>('app/server.js');
  const { loadConfig } = built<typeof Config>('kernel/config.js');
  const { connectDatabase } = built<typeof DataSource>('kernel/db/data-source.js');
  const { createLogger } = built<typeof Logger>('kernel/logger.js');
  const { ENTITIES } = built<typeof Modules>('app/modules.js');
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error('DATABASE_URL is required');
  const log = createLogger(config.logLevel);
  const db = await connectDatabase({ url: config.databaseUrl, entities: ENTITIES });
  const app = await createApp({ db, jwt: config.jwt, log, development: false, suppressionThreshold: config.suppressionThreshold,
    rateLimits: config.rateLimits, withoutPermissionsForBenchmark: true });
  await app.listen(config.port, config.host);
  const stop = () => void app.close().then(() => db.destroy()).finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`bare hub failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
