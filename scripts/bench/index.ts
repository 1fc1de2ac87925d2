/**
 * `npm run bench`: the benchmark suite (not part of `npm test`). Builds the hub, seeds its own
 * database (.bench/data) to --cases, starts the hub as a child process in production mode and the
 * raw-SQL floor (floor.ts) beside it, checks that the floor answers what the hub answers, counts
 * the SQL statements of each scenario on a hub that counts them, then drives a hub that does not
 * (as in production) with autocannon, scenario after scenario, measuring its CPU and memory from
 * /proc. Prints a table on stdout and writes bench/results.json.
 *
 *   npm run bench -- [--scenario A,B,B2,C,D,E,E2,F] [--duration 20] [--warmup 5] [--connections 10]
 *                    [--cases 100000] [--data-dir .bench/data] [--report-cases 1000000] [--report-data-dir .bench/reports]
 *                    [--report-connections 1]
 *                    [--soak 600] [--profile] [--verify] [--no-build]
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../src/kernel/db/embedded';
import { parseArgs } from '../args';
import { asOwner, BenchDatabase, openBenchDatabase, waitForRollups } from './database';
import { drive, DriveResult } from './drive';
import { Child, cpuMs, rssMiB, startChild, treeCpuMs, waitUntilHealthy } from './processes';
import { formatProfile, summarizeProfile } from './profile';
import { Load, Scenario, ScenarioContext, SCENARIOS, soakLoad, Target } from './scenarios';
import { verifyFloor, Verification } from './verify';

const ROOT = resolve(__dirname, '..', '..');
const USAGE = `usage: npm run bench -- [--scenario ${SCENARIOS.map((s) => s.name).join(',')}] [--duration 20] [--warmup 5]
         [--connections 10] [--cases 100000] [--data-dir .bench/data] [--report-cases 1000000]
         [--report-data-dir .bench/reports] [--report-connections 1] [--soak 600] [--profile] [--verify] [--no-build] [--out bench/results.json]
scenarios (default: ${SCENARIOS.filter((s) => s.byDefault).map((s) => s.name).join(',')}):
${SCENARIOS.map((s) => `  ${s.name.padEnd(3)} ${s.title}`).join('\n')}
  --report-cases N  the reports (F, F2) on a database of their own with N cases (under --report-data-dir),
               measured after the others in the same run (without it they run on --cases);
               they run on --report-connections (1: one reporting tool asks at a time)
  --soak N     a mix of A, B, C, D for N seconds: zero errors, RSS at the end within 10% of RSS after warm-up
  --profile    scenario B on a hub under node --cpu-prof (bench/profile/), self time by package
  --verify     only check the floor's answers against the hub's (every run does this first)`;

/** The V8 flags of `npm run start:production` (package.json), which the measured hubs run with. */
const PRODUCTION_NODE_FLAGS: string[] = (() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { scripts } = require(join(ROOT, 'package.json')) as { scripts: Record<string, string> };
  return scripts['start:production'].split(/\s+/).filter((arg) => arg.startsWith('--'));
})();

/** Statements sampled per scenario on the counting hub, outside the timed runs. */
const STATEMENT_SAMPLES = 5;

const say = (line: string) => process.stderr.write(`${line}\n`);

interface Server {
  name: string;
  target: Target;
  url: string;
  child: Child;
}

interface ScenarioResult {
  name: string;
  title: string;
  target: Target;
  connections: number;
  seconds: number;
  requests: number;
  sent: number;
  rps: number;
  latencyMs: DriveResult['latencyMs'];
  /** SQL statements per request: the median of the samples, and the samples. */
  sqlStatements: { perRequest: number | null; samples: number[] };
  /** CPU of the server process (hub or floor), ms per request sent, the cut-off ones finished after the run included. */
  cpuMsPerRequest: number;
  /** CPU of PostgreSQL (postmaster, backends, parallel workers), ms per request; null on an external database. */
  pgCpuMsPerRequest: number | null;
  rssMiB: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  failed: number;
  failures: Record<string, number>;
  forbiddenPerAnswer: number;
  benchCpuMsPerRequest: number;
  loadAverage: number[];
  /** Cases in the database it ran on. */
  cases: number;
}

function integerArg(args: Record<string, string | true>, name: string, fallback: number, min: number, max: number): number {
  const raw = args[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}\n${USAGE}`);
  }
  return Number(raw);
}

const median = (values: number[]) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

class Bench {
  private readonly children: Child[] = [];
  private db: BenchDatabase | undefined;
  private owner: Client | undefined;
  private stopping: Promise<void> | undefined;
  readonly secret = `bench-${randomBytes(24).toString('hex')}`;
  readonly runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  readonly logDir: string;

  constructor(readonly dataDir: string) {
    this.logDir = join(dataDir, 'logs');
    mkdirSync(this.logDir, { recursive: true });
  }

  async open(cases: number): Promise<{ db: BenchDatabase; ctx: ScenarioContext }> {
    this.db = await openBenchDatabase(this.dataDir, cases, say);
    this.owner = new Client({ connectionString: this.db.urls.owner });
    await this.owner.connect();
    return { db: this.db, ctx: { secret: this.secret, owner: this.owner, runId: this.runId } };
  }

  /** The hub (`node dist/src/app/main.js`), the bare hub (B0) or the floor, as a child process, healthy. */
  async start(target: Target, options: { counting?: boolean; nodeArgs?: string[]; tag?: string } = {}): Promise<Server> {
    const db = this.db;
    if (!db) throw new Error('no database');
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', JWT_SECRET: this.secret,
      DATABASE_URL: db.urls.app, DATABASE_OWNER_URL: db.urls.owner, CASEHUB_DATA_DIR: this.dataDir, DEMO_CASES: '0',
      PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      COUNT_SQL_STATEMENTS: options.counting ? 'true' : 'false',
      // one user drives thousands of requests a minute: counted as in production (the cost is measured), never refused
      RATE_LIMIT_USER_PER_MINUTE: '1000000', RATE_LIMIT_AGENCY_PER_MINUTE: '10000000',
    };
    const register = ['-r', join(ROOT, 'scripts', 'register.js')];
    // the hub as production runs it (`npm run start:production`: its V8 flags), and the bare hub alike
    const [args, name] = target === 'hub' ? [[...PRODUCTION_NODE_FLAGS, ...(options.nodeArgs ?? []), join(ROOT, 'dist', 'src', 'app', 'main.js')], 'hub']
      : target === 'bare' ? [[...PRODUCTION_NODE_FLAGS, ...register, join(__dirname, 'bare-hub.ts')], 'bare hub (no permission layer)']
        : [[...register, join(__dirname, 'floor.ts')], 'floor'];
    if (target === 'floor') env.FLOOR_DATABASE_URL = db.urls.app;
    const logFile = join(this.logDir, `${target}${options.tag ? `-${options.tag}` : ''}.log`);
    const child = startChild(name, process.execPath, args, env, openSync(logFile, 'w'));
    this.children.push(child);
    await waitUntilHealthy(child, `http://127.0.0.1:${port}/healthz`, 180_000, logFile);
    return { name, target, url: `http://127.0.0.1:${port}`, child };
  }

  async stop(server: Server): Promise<string> {
    const how = await server.child.stop();
    this.children.splice(this.children.indexOf(server.child), 1);
    return how;
  }

  /** Stops every child, the owner connection and the database; safe to call twice. */
  close(): Promise<void> {
    this.stopping ??= (async () => {
      await Promise.all(this.children.map((c) => c.stop(10_000).catch(() => {})));
      await this.owner?.end().catch(() => {});
      await this.db?.stop().catch(() => {});
    })();
    return this.stopping;
  }
}

/** SQL statements of a few requests of a scenario, as the counting server reports them (`x-sql-statements`). */
async function sampleStatements(server: Server, load: Load, scenario: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < STATEMENT_SAMPLES; i += 1) {
    const request = load.next();
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: request.headers, body: request.body });
    const body = await res.text();
    const failure = request.check(res.status, body);
    if (failure) throw new Error(`scenario ${scenario}: a sample request failed (${failure}): ${body.slice(0, 500)}`);
    const header = res.headers.get('x-sql-statements');
    if (header !== null) samples.push(Number(header));
  }
  return samples;
}

async function measure(scenario: Scenario, server: Server, load: Load, db: BenchDatabase,
  options: { connections: number; seconds: number; warmup: number }, statements: number[]): Promise<ScenarioResult> {
  if (options.warmup > 0) {
    const warm = await drive(server.url, load, { connections: options.connections, seconds: options.warmup });
    // the requests cut off at the end of the warm-up still run on the server: let them finish outside the measurement
    await new Promise((resolve) => setTimeout(resolve, Math.min(5000, warm.latencyMs.max)));
  }
  const loadAverage = loadavg();
  const cpu0 = cpuMs(server.child.pid);
  const pg0 = db.postmasterPid ? treeCpuMs(db.postmasterPid) : null;
  const run = await drive(server.url, load, { connections: options.connections, seconds: options.seconds });
  // the requests cut off at the end still run to completion on the server: their CPU is counted with them (per request sent)
  await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, run.latencyMs.max + 500)));
  const cpu = cpuMs(server.child.pid) - cpu0;
  const pg = pg0 !== null && db.postmasterPid ? treeCpuMs(db.postmasterPid) - pg0 : null;
  const per = (ms: number) => (run.sent ? ms / run.sent : 0);
  return {
    name: scenario.name, title: scenario.title, target: scenario.target, connections: options.connections, seconds: run.seconds,
    requests: run.requests, sent: run.sent, rps: run.rps, latencyMs: run.latencyMs,
    sqlStatements: { perRequest: median(statements), samples: statements },
    cpuMsPerRequest: per(cpu), pgCpuMsPerRequest: pg === null ? null : per(pg), rssMiB: rssMiB(server.child.pid),
    errors: run.errors, timeouts: run.timeouts, non2xx: run.non2xx, failed: run.failed, failures: run.failures,
    forbiddenPerAnswer: run.forbiddenPerAnswer, benchCpuMsPerRequest: run.benchCpuMsPerRequest, loadAverage, cases: db.cases,
  };
}

function table(results: ScenarioResult[]): string {
  const head = ['scenario', 'cases', 'req/s', 'p50 ms', 'p99 ms', 'SQL/req', 'CPU ms/req', 'PG CPU ms/req', 'RSS MiB', 'errors', 'non-2xx', 'failed'];
  const rows = results.map((r) => [
    `${r.name}${r.target === 'floor' ? ' (floor)' : r.target === 'bare' ? ' (bare)' : ''}`, String(r.cases),
    r.rps.toFixed(1), r.latencyMs.p50.toFixed(0), r.latencyMs.p99.toFixed(0),
    r.sqlStatements.perRequest === null ? '-' : String(r.sqlStatements.perRequest),
    r.cpuMsPerRequest.toFixed(2), r.pgCpuMsPerRequest === null ? '-' : r.pgCpuMsPerRequest.toFixed(2), r.rssMiB.toFixed(0),
    String(r.errors + r.timeouts), String(r.non2xx), String(r.failed),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

interface Ratio { of: string; against: string; rps: number; cpuPerRequest: number }

function ratios(results: ScenarioResult[]): Ratio[] {
  const by = new Map(results.map((r) => [r.name, r]));
  const pairs: [string, string][] = [['B', 'E'], ['B2', 'E2'], ['B2', 'E'], ['B', 'B0']];
  return pairs.filter(([a, b]) => by.has(a) && by.has(b)).map(([a, b]) => {
    const [x, y] = [by.get(a) as ScenarioResult, by.get(b) as ScenarioResult];
    return { of: a, against: b, rps: y.rps ? x.rps / y.rps : 0, cpuPerRequest: y.cpuMsPerRequest ? x.cpuMsPerRequest / y.cpuMsPerRequest : 0 };
  });
}

function selectScenarios(arg: string | true | undefined): Scenario[] {
  if (arg === undefined) return SCENARIOS.filter((s) => s.byDefault);
  if (typeof arg !== 'string') throw new Error(`--scenario needs a list\n${USAGE}`);
  const names = arg.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
  const unknown = names.filter((n) => !SCENARIOS.some((s) => s.name === n));
  if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}\n${USAGE}`);
  // reads first, in the suite's order; writes (C) last, so no write changes what a later read measures
  return SCENARIOS.filter((s) => names.includes(s.name)).sort((a, b) => Number(a.writes ?? false) - Number(b.writes ?? false));
}

/** One of the project's database scripts (scripts/<name>), run to completion on the bench database. */
function runDatabaseScript(name: string, urls: { app: string; owner: string }): void {
  execFileSync(process.execPath, ['-r', join(ROOT, 'scripts', 'register.js'), join(ROOT, 'scripts', name)], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 2],
    env: { ...process.env, DATABASE_URL: urls.app, DATABASE_OWNER_URL: urls.owner, LOG_LEVEL: 'warn' } });
}

/** A database of the run and the scenarios measured on it. */
interface Dataset {
  dir: string;
  cases: number;
  scenarios: Scenario[];
  /** Check the floor against the hub on it (the list scenarios' database). */
  floor: boolean;
  soak: number;
}

interface DatasetRun {
  db: BenchDatabase;
  verification?: Verification;
  results: ScenarioResult[];
  soak?: Record<string, unknown>;
  profile?: Record<string, unknown>;
}

type Options = { seconds: number; warmup: number; connections: number; reportConnections: number; cases: number; soak: number };

/** Opens a dataset's database and brings what a hub would otherwise do in the background up to date. */
async function prepare(bench: Bench, cases: number): Promise<{ db: BenchDatabase; ctx: ScenarioContext }> {
  const { db, ctx } = await bench.open(cases);
  // the rollups and every month-end snapshot current before any hub starts, so that no hub builds them inside a
  // measured scenario (after a seed, or a release that changes a figure's definition, that is minutes of work)
  say('bringing the report rollups and month-end snapshots up to date (npm run rollups:rebuild)');
  runDatabaseScript('rollups.ts', db.urls);
  // the overdue alerts raised as the hubs' 10-minute job would: after a seed its first run looks at every item (a
  // minute on 1,000,000 cases); started by the statement-counting hub, its statement went on after that hub stopped
  // (PostgreSQL notices a closed client only when it next speaks to it) through the measured scenarios, then rolled back
  say('raising the alerts of overdue items (npm run alerts:raise)');
  runDatabaseScript('alerts.ts', db.urls);
  // what autovacuum would otherwise do to the rebuilt report tables inside a measured scenario
  await asOwner(db, (c) => c.query('VACUUM (ANALYZE)'));
  return { db, ctx };
}

/** Measures a dataset's scenarios (and the soak, and the profile) on its own database; null when only verifying. */
async function runDataset(bench: Bench, dataset: Dataset, options: Options, profiling: boolean,
  onlyVerify: boolean): Promise<DatasetRun | null> {
  const { db, ctx } = await prepare(bench, dataset.cases);
  const startedAt = new Date().toISOString();

  // 1. a hub that counts statements: the floor checked against it, and each scenario's statements sampled
  say(`starting a hub that counts SQL statements${dataset.floor ? ', and the floor' : ''}`);
  const counting = await bench.start('hub', { counting: true, tag: 'counting' });
  const floor = dataset.floor ? await bench.start('floor') : undefined;
  await waitForRollups(db, 15 * 60_000, say);
  let verification: Verification | undefined;
  if (floor) {
    say('checking the floor against the hub');
    verification = await verifyFloor(ctx, counting.url, floor.url);
    say(`  ${verification.checked.length} answers compared (${verification.checked.map((c) => `${c.agency}${c.first === 50 ? '' : ` first ${c.first}`}`).join(', ')})`);
    if (verification.differences.length) {
      throw new Error(`the floor does not answer what the hub answers:\n  ${verification.differences.join('\n  ')}`);
    }
    say('  the floor answers what the hub answers');
  }
  if (onlyVerify) return null;

  const loads = new Map<string, Load>();
  const statements = new Map<string, number[]>();
  for (const scenario of dataset.scenarios) {
    const load = await scenario.load(ctx);
    loads.set(scenario.name, load);
    if (scenario.target === 'bare') continue;
    if (scenario.target === 'floor' && !floor) throw new Error(`scenario ${scenario.name} needs the floor`);
    statements.set(scenario.name, await sampleStatements(scenario.target === 'floor' ? floor as Server : counting, load, scenario.name));
  }
  await bench.stop(counting);

  // 2. the hub as in production (statements not counted), scenario after scenario
  const profileDir = join(ROOT, 'bench', 'profile');
  const profileName = `hub-${startedAt.replace(/[:.]/g, '-')}.cpuprofile`;
  if (profiling) mkdirSync(profileDir, { recursive: true });
  say(profiling ? `starting the hub under --cpu-prof (${join('bench', 'profile', profileName)})` : 'starting the hub (production mode)');
  const hub = await bench.start('hub', { tag: profiling ? 'profiled' : 'timed',
    nodeArgs: profiling ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${profileName}`] : [] });
  const results: ScenarioResult[] = [];
  let window: { fromUs: number; toUs: number } | undefined;
  for (const scenario of dataset.scenarios) {
    const server = scenario.target === 'hub' ? hub : scenario.target === 'floor' ? floor as Server : await bench.start('bare');
    // a report is asked by one reporting tool at a time: its latency is what a user waits
    const connections = scenario.report ? options.reportConnections : options.connections;
    say(`${scenario.name}: ${scenario.title} — ${options.warmup} s warm-up, ${options.seconds} s on ${connections} connections`
      + ` (${db.cases} cases)`);
    const from = Number(process.hrtime.bigint() / 1000n);
    const result = await measure(scenario, server, loads.get(scenario.name) as Load, db, { ...options, connections },
      statements.get(scenario.name) ?? []);
    if (profiling && scenario.name === 'B') window = { fromUs: from + options.warmup * 1e6, toUs: Number(process.hrtime.bigint() / 1000n) };
    if (scenario.target === 'bare') await bench.stop(server);
    results.push(result);
    say(`  ${result.rps.toFixed(1)} req/s, p50 ${result.latencyMs.p50} ms, ${result.cpuMsPerRequest.toFixed(2)} ms CPU per request`
      + `${result.failed + result.errors + result.timeouts ? `, ${result.failed + result.errors + result.timeouts} FAILED` : ''}`);
  }

  // 3. the soak: the mix for N seconds on the same hub
  const soak = dataset.soak > 0 ? await runSoak(hub, ctx, db, { ...options, soak: dataset.soak }) : undefined;

  let profile: Record<string, unknown> | undefined;
  if (profiling) {
    say('stopping the profiled hub (SIGTERM) so it writes its profile');
    const how = await bench.stop(hub);
    const file = join(profileDir, profileName);
    let written = false;
    try {
      written = statSync(file).size > 0;
    } catch {
      written = false;
    }
    if (!written) {
      const found = readdirSync(profileDir).join(', ') || 'nothing';
      throw new Error(`the hub exited (${how}) without writing ${file} (bench/profile holds ${found})`);
    }
    const b = results.find((r) => r.name === 'B') ?? results[0];
    const summary = summarizeProfile(file, window);
    profile = { file, window, ...summary };
    process.stdout.write(`${formatProfile(summary, b?.requests ?? 0)}\n\n`);
  }
  return { db, verification, results, soak, profile };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const args = parseArgs(argv, { values: ['scenario', 'duration', 'warmup', 'connections', 'cases', 'data-dir', 'soak', 'out',
    'report-cases', 'report-data-dir', 'report-connections'], flags: ['profile', 'verify', 'no-build'] });
  const options: Options = {
    seconds: integerArg(args, 'duration', 20, 1, 3600),
    warmup: integerArg(args, 'warmup', 5, 0, 600),
    connections: integerArg(args, 'connections', 10, 1, 1000),
    reportConnections: integerArg(args, 'report-connections', 1, 1, 1000),
    cases: integerArg(args, 'cases', 100_000, 1, 10_000_000),
    soak: integerArg(args, 'soak', 0, 0, 24 * 3600),
  };
  const reportCases = args['report-cases'] === undefined ? null : integerArg(args, 'report-cases', 0, 1, 10_000_000);
  const dataDir = resolve(typeof args['data-dir'] === 'string' ? args['data-dir'] : join(ROOT, '.bench', 'data'));
  const reportDir = resolve(typeof args['report-data-dir'] === 'string' ? args['report-data-dir'] : join(ROOT, '.bench', 'reports'));
  if (reportCases !== null && reportDir === dataDir) throw new Error(`--report-data-dir must differ from --data-dir\n${USAGE}`);
  const out = resolve(typeof args.out === 'string' ? args.out : join(ROOT, 'bench', 'results.json'));
  const profiling = args.profile === true;
  const onlyVerify = args.verify === true;
  // --profile alone profiles B; --soak alone runs the soak only
  const selected = profiling && args.scenario === undefined ? SCENARIOS.filter((s) => s.name === 'B')
    : options.soak > 0 && args.scenario === undefined ? [] : selectScenarios(args.scenario);
  if (profiling && selected.some((s) => s.target !== 'hub')) throw new Error('--profile profiles the hub: choose hub scenarios');

  // with --report-cases, the reports (F, F2) are measured on a database of their own, after the others
  const onReports = (s: Scenario) => reportCases !== null && s.report === true;
  const datasets: Dataset[] = [
    { dir: dataDir, cases: options.cases, scenarios: selected.filter((s) => !onReports(s)), floor: true, soak: options.soak },
    ...(reportCases === null || onlyVerify ? []
      : [{ dir: reportDir, cases: reportCases, scenarios: selected.filter(onReports), floor: false, soak: 0 }]),
  ].filter((d, i) => i === 0 ? d.scenarios.length > 0 || d.soak > 0 || onlyVerify : d.scenarios.length > 0);

  let bench: Bench | undefined;
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interrupted = true;
      say(`\n${signal}: stopping the hub, the floor and the database`);
      void (bench?.close() ?? Promise.resolve()).finally(() => process.exit(130));
    });
  }

  if (args['no-build'] !== true) {
    say('building the hub (npm run build → dist/)');
    rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
    execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  }
  const startedAt = new Date().toISOString();
  const runs: DatasetRun[] = [];
  for (const [i, dataset] of datasets.entries()) {
    // one database at a time: the other's postgres would share the two cores
    bench = new Bench(dataset.dir);
    try {
      const run = await runDataset(bench, dataset, options, profiling && i === 0, onlyVerify);
      if (run) runs.push(run);
    } finally {
      if (!interrupted) await bench.close();
    }
  }
  if (onlyVerify) return;

  const results = runs.flatMap((r) => r.results);
  const first = runs[0];
  const soak = runs.find((r) => r.soak)?.soak;
  const ratioList = ratios(results);
  const report = {
    startedAt, finishedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version, loadAverageAtStart: loadavg() },
    options: { ...options, reportCases, scenarios: selected.map((s) => s.name), dataDir, reportDataDir: reportCases === null ? null : reportDir,
      profile: profiling },
    databases: runs.map((r) => ({ cases: r.db.cases, embedded: r.db.postmasterPid !== null,
      scenarios: r.results.map((x) => x.name) })),
    verification: first?.verification, scenarios: results, ratios: ratioList, soak, profile: first?.profile,
  };
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

  const databases = runs.map((r) => `${r.db.cases} cases${runs.length > 1 ? ` (${r.results.map((x) => x.name).join(', ')})` : ''}`);
  const reports = results.some((r) => SCENARIOS.find((s) => s.name === r.name)?.report) ? ` (reports: ${options.reportConnections})` : '';
  process.stdout.write(`casehub bench: ${databases.join(', ')}, ${options.connections} connections${reports}, ${options.seconds} s per scenario after `
    + `${options.warmup} s warm-up, ${cpus().length} CPUs, node ${process.version}\n`);
  if (results.length) process.stdout.write(`${table(results)}\n`);
  for (const r of ratioList) {
    process.stdout.write(`${r.of}/${r.against}: ${r.rps.toFixed(2)}x the requests/s, ${r.cpuPerRequest.toFixed(2)}x the server CPU per request\n`);
  }
  for (const r of results.filter((x) => x.requests === 0)) {
    process.stdout.write(`${r.name}: no answer within ${options.seconds} s; run it longer (--duration)\n`);
  }
  const failing = results.filter((r) => r.failed + r.errors + r.timeouts > 0);
  for (const r of failing) process.stdout.write(`${r.name} failures: ${JSON.stringify(r.failures)} errors ${r.errors} timeouts ${r.timeouts}\n`);
  if (soak) {
    const s = soak as { seconds: number; rps: number; p50Ms: number; p99Ms: number; cpuMsPerRequest: number; errors: number;
      timeouts: number; non2xx: number; failed: number; rssAfterWarmupMiB: number; rssAtEndMiB: number; rssGrowth: number; pass: boolean };
    process.stdout.write(`soak (A, B, C, D mixed, ${s.seconds.toFixed(0)} s): ${s.rps} req/s, p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms, `
      + `${s.cpuMsPerRequest} ms CPU per request; errors ${s.errors + s.timeouts}, non-2xx ${s.non2xx}, failed ${s.failed}; `
      + `RSS ${s.rssAfterWarmupMiB} MiB after warm-up, ${s.rssAtEndMiB} MiB at the end (${s.rssGrowth >= 0 ? '+' : ''}`
      + `${(100 * s.rssGrowth).toFixed(1)}%, limit ±10%): ${s.pass ? 'pass' : 'FAIL'}\n`);
  }
  process.stdout.write(`results: ${out}\n`);
  if (failing.length || (soak && soak.pass === false)) process.exitCode = 1;
}

async function runSoak(hub: Server, ctx: ScenarioContext, db: BenchDatabase,
  options: { connections: number; soak: number; warmup: number }): Promise<Record<string, unknown>> {
  const load = await soakLoad(ctx);
  // RSS is compared with its value once the heap has grown to its working size: warm up a tenth of the soak (30 s at least)
  const warmup = Math.max(options.warmup, 30, Math.round(options.soak / 10));
  say(`soak: A, B, C, D mixed on ${options.connections} connections — ${warmup} s warm-up, then ${options.soak} s`);
  await drive(hub.url, load, { connections: options.connections, seconds: warmup });
  const rssAfterWarmup = rssMiB(hub.child.pid);
  const trace: { s: number; rssMiB: number }[] = [];
  const started = Date.now();
  const sampler = setInterval(() => trace.push({ s: Math.round((Date.now() - started) / 1000), rssMiB: rssMiB(hub.child.pid) }), 30_000);
  const cpu0 = cpuMs(hub.child.pid);
  const pg0 = db.postmasterPid ? treeCpuMs(db.postmasterPid) : null;
  let run: DriveResult;
  try {
    run = await drive(hub.url, load, { connections: options.connections, seconds: options.soak });
  } finally {
    clearInterval(sampler);
  }
  await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, run.latencyMs.max + 500)));
  const rssAtEnd = rssMiB(hub.child.pid);
  const growth = rssAtEnd / rssAfterWarmup - 1;
  const problems = run.failed + run.errors + run.timeouts;
  return {
    seconds: run.seconds, requests: run.requests, rps: Number(run.rps.toFixed(1)), p50Ms: run.latencyMs.p50, p99Ms: run.latencyMs.p99,
    cpuMsPerRequest: Number(((cpuMs(hub.child.pid) - cpu0) / Math.max(1, run.sent)).toFixed(2)),
    pgCpuMsPerRequest: pg0 === null || !db.postmasterPid ? null
      : Number(((treeCpuMs(db.postmasterPid) - pg0) / Math.max(1, run.sent)).toFixed(2)),
    errors: run.errors, timeouts: run.timeouts, non2xx: run.non2xx, failed: run.failed, failures: run.failures,
    rssAfterWarmupMiB: Number(rssAfterWarmup.toFixed(1)), rssAtEndMiB: Number(rssAtEnd.toFixed(1)),
    rssGrowth: Number(growth.toFixed(3)), rssTrace: trace,
    pass: problems === 0 && Math.abs(growth) <= 0.1,
  };
}

// exit explicitly: a stopped embedded database leaves a timer behind that would hold the process ~10 s
main().then(() => process.exit(process.exitCode ?? 0), (error: unknown) => {
  say(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
