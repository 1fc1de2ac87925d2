import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { freePort } from '../../src/kernel/db/embedded';

/** A hub started as `npm start` starts it: its own process (and process group), over real HTTP. */
export interface SpawnedHub {
  process: ChildProcess;
  url: string;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves with the exit code once it has exited. */
  exited(): Promise<number | null>;
}

/** Starts `src/app/main.ts` with `env` added, and waits until /healthz answers 200. */
export async function spawnHub(env: NodeJS.ProcessEnv): Promise<SpawnedHub> {
  const port = await freePort();
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env };
  if (!env.DATABASE_URL) delete fullEnv.DATABASE_URL;
  // its own process group, as a terminal gives it, so a group signal reaches postgres too
  const child = spawn(process.execPath, ['-r', './scripts/register.js', 'src/app/main.ts'], { env: fullEnv, detached: true, stdio: 'pipe' });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 480; i += 1) {
    if (child.exitCode !== null) throw new Error(`hub exited: ${out}`);
    const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    if (ok) return { process: child, url, output: () => out, exited: () => exit };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`hub not healthy: ${out}`);
}

/** The postgres processes whose command line names `dir` (the embedded server of a data directory). */
export function postgresUnder(dir: string): string[] {
  try {
    return execFileSync('pgrep', ['-af', 'postgres'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(dir));
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}
