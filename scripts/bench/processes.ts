/**
 * What the bench reads of other processes from /proc (Linux): CPU time, resident memory, and the
 * CPU of an embedded PostgreSQL with all its backends and workers.
 */
import { execFileSync, spawn, ChildProcess } from 'node:child_process';
import { closeSync, readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

interface Stat { ppid: number; utime: number; stime: number; cutime: number; cstime: number }

/** Fields of /proc/<pid>/stat (after the command name, which may hold spaces), in clock ticks. */
function stat(pid: number): Stat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17
  return { ppid: Number(fields[1]), utime: Number(fields[11]), stime: Number(fields[12]), cutime: Number(fields[13]),
    cstime: Number(fields[14]) };
}

/** User + system CPU of one process (all its threads), in milliseconds. */
export function cpuMs(pid: number): number {
  const s = stat(pid);
  if (!s) throw new Error(`process ${pid} is gone`);
  return ((s.utime + s.stime) * 1000) / clockTicks();
}

/**
 * CPU of a process tree in milliseconds: the root, its live descendants, and the descendants that
 * exited and were waited for (cutime/cstime of their parents): PostgreSQL's parallel workers start
 * and end within one statement.
 */
export function treeCpuMs(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = stat(Number(name));
    if (s) children.set(s.ppid, [...(children.get(s.ppid) ?? []), Number(name)]);
  }
  let ticks = 0;
  const visit = (pid: number) => {
    const s = stat(pid);
    if (!s) return;
    ticks += s.utime + s.stime + s.cutime + s.cstime;
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return (ticks * 1000) / clockTicks();
}

/** Resident memory of a process in MiB (VmRSS). */
export function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb[1]) / 1024;
}

export interface Child {
  name: string;
  process: ChildProcess;
  pid: number;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit code (or signal). */
  stop(graceMs?: number): Promise<string>;
  exited: Promise<string>;
}

/** Starts a child process writing its stdout and stderr to the file descriptor `log` (its log file). */
export function startChild(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, log: number): Child {
  const proc = spawn(command, args, { env, stdio: ['ignore', log, log] });
  closeSync(log);
  if (!proc.pid) throw new Error(`${name} did not start`);
  const exited = new Promise<string>((resolve) => proc.once('exit', (code, signal) => resolve(signal ?? String(code))));
  return {
    name, process: proc, pid: proc.pid, exited,
    async stop(graceMs = 30_000) {
      if (proc.exitCode !== null || proc.signalCode !== null) return exited;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
      const how = await exited;
      clearTimeout(timer);
      return how;
    },
  };
}

const tail = (file: string) => {
  try {
    return readFileSync(file, 'utf8').slice(-4000);
  } catch {
    return '';
  }
};

/** Polls `url` until it answers 200, the child exits, or `timeoutMs` passes. */
export async function waitUntilHealthy(child: Child, url: string, timeoutMs: number, logFile: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void child.exited.then(() => { gone = true; });
  while (Date.now() < deadline) {
    if (gone) throw new Error(`${child.name} exited before it was healthy (${logFile}):\n${tail(logFile)}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${child.name} was not healthy within ${timeoutMs / 1000} s (${logFile}):\n${tail(logFile)}`);
}
