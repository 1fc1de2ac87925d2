import { ChildProcess, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresUnder, spawnHub } from '../support/spawned-hub';

/**
 * `npm start` as a newcomer runs it: embedded PostgreSQL under a data directory, demo data on the
 * first start only, and a clean stop on Ctrl-C (SIGINT to the whole process group) and on SIGTERM
 * (a process manager, to the hub alone). No postgres may outlive the hub.
 */
describe('start and stop with an embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'casehub-lifecycle-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start(): Promise<{ hub: ChildProcess; url: string; output: () => string }> {
    const started = await spawnHub({ CASEHUB_DATA_DIR: dataDir, DEMO_CASES: '40' });
    return { hub: started.process, url: started.url, output: started.output };
  }

  function exited(hub: ChildProcess): Promise<number | null> {
    return new Promise((resolve) => (hub.exitCode !== null ? resolve(hub.exitCode) : hub.once('exit', (code) => resolve(code))));
  }

  async function caseCount(url: string): Promise<number> {
    const token = execFileSync(process.execPath, ['-r', './scripts/register.js', 'scripts/token.ts', '--agency', 'SD-RIGA', '--role', 'CASE_WORKER'],
      { encoding: 'utf8' }).trim();
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ cases(first: 1) { totalCount } }' }) });
    const body = await res.json() as { data: { cases: { totalCount: number } } };
    return body.data.cases.totalCount;
  }

  it('stops on Ctrl-C, leaves no postgres, and restarts on the same data without reseeding', async () => {
    const first = await start();
    expect(first.output()).toContain('/graphql');
    const before = await caseCount(first.url);
    expect(before).toBeGreaterThan(0);
    process.kill(-(first.hub.pid as number), 'SIGINT');
    expect(await exited(first.hub)).toBe(0);
    expect(postgresUnder(dataDir)).toEqual([]);

    const second = await start();
    expect(await caseCount(second.url)).toBe(before);
    process.kill(second.hub.pid as number, 'SIGTERM');
    expect(await exited(second.hub)).toBe(0);
    expect(postgresUnder(dataDir)).toEqual([]);
  }, 120_000);
});
