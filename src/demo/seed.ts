/**
 * The demo and volume data loader: appends N cases with everything hung on them, deterministically
 * for a seed, N and the database's case count, through COPY in one transaction per batch.
 * Assumes migrations and reference data (regions, municipalities, agencies) are loaded.
 */
import { Client } from 'pg';
import { seedCentreWork } from './centre-work';
import { CarerBook } from './carers';
import { copyInto } from './copy';
import { DAY_MS } from './dates';
import { generateCase, GeneratorInput } from './generate';
import { HomeBook } from './homes';
import { MentorBook } from './mentors';
import { Batch, batchTables, newBatch } from './model';
import { insertStaff, loadDemoReference } from './reference';

/** Cases per transaction. */
const BATCH_CASES = 5_000;
/** Cases generated between yields to the event loop, so the loaders keep streaming meanwhile. */
const SLICE_CASES = 250;
/** Connections loading batches in parallel (PostgreSQL checks keys and builds indexes per backend). */
const LOADERS = 2;
/** One more connection, for the mentors a batch registers: committed before the batch that assigns them is loaded. */
const CONNECTIONS = LOADERS + 1;

interface SeedOptions {
  cases: number;
  seed: number;
  onProgress?: (loaded: number, total: number) => void;
}

function validate(opts: SeedOptions): void {
  if (!Number.isSafeInteger(opts.cases) || opts.cases < 0) throw new Error('cases must be a non-negative integer');
  if (!Number.isSafeInteger(opts.seed) || opts.seed < 0 || opts.seed > 0xffffffff) {
    throw new Error('seed must be an integer from 0 to 4294967295');
  }
}

/**
 * One batch in one transaction: COPY into every table, parents first; the deferred checks run at
 * COMMIT. Batches are committed one at a time: every batch's triggers mark the same shared rows
 * dirty (report_dirty, report_snapshot_dirty and the like, keyed by municipality and month) in no
 * fixed order, so two at once would hold each other's keys and deadlock (they did, on 100,000
 * cases, retries or not). The other loader meanwhile waits at the lock with its batch generated.
 */
async function load(client: Client, batch: Batch): Promise<void> {
  const tables = batchTables(batch).map((table) => ({ table, chunks: table.take() }));
  await client.query('BEGIN');
  try {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('casehub-seed-batch'))");
    for (const { table, chunks } of tables) await copyInto(client, table, chunks);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

async function generateBatch(input: GeneratorInput, from: number, to: number): Promise<Batch> {
  const batch = newBatch();
  for (let i = from; i < to; i += 1) {
    generateCase(input, batch, i);
    if ((i + 1) % SLICE_CASES === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return batch;
}

/**
 * Appends `opts.cases` demo cases. A second run appends new clients and cases: streams are keyed
 * by the number of cases already there, and personal codes are kept unique against existing rows.
 * Dates are relative to the current UTC day (everything dated up to yesterday). Batches are
 * generated in order and loaded by two connections at once; a failed batch rolls back alone (the
 * batches committed before it stay, and a rerun appends after them).
 */
export async function seedDemoData(databaseUrl: string, opts: { cases: number; seed: number;
  onProgress?: (loaded: number, total: number) => void }): Promise<{ cases: number; ms: number }> {
  validate(opts);
  const started = Date.now();
  const clients: Client[] = [];
  try {
    for (let i = 0; i < CONNECTIONS; i += 1) {
      const client = new Client({ connectionString: databaseUrl, application_name: 'casehub-seed' });
      // a dropped connection fails the query in progress (or the next one); the event itself must not crash the process
      client.on('error', () => {});
      clients.push(client);
      await client.connect();
    }
    const [first, second, register] = clients;
    const ref = await loadDemoReference(first);
    await insertStaff(first, ref.staff);
    const { rows: [{ n }] } = await first.query<{ n: number }>('SELECT count(*)::int AS n FROM care_case');
    const { rows: codes } = await first.query<{ personal_code: string }>('SELECT personal_code FROM client');
    const input: GeneratorInput = {
      ref, seed: opts.seed, base: n, lastDay: Math.floor(started / DAY_MS) - 1,
      codes: new Set(codes.map((c) => c.personal_code)), mentors: await MentorBook.load(first),
      homes: await HomeBook.load(first),
      carers: await CarerBook.load(first),
    };

    const idle = [first, second];
    const running = new Set<Promise<void>>();
    let failure: { error: unknown } | undefined;
    let loaded = 0;
    for (let from = 0; from < opts.cases && !failure; from += BATCH_CASES) {
      const to = Math.min(opts.cases, from + BATCH_CASES);
      const batch = await generateBatch(input, from, to);
      // the mentors it names are in the register (and every other loader sees them) before its rows are copied
      await input.mentors.registerPending(register);
      await input.carers.registerPending(register);
      while (idle.length === 0) await Promise.race(running);
      if (failure) break;
      const client = idle.pop() as Client;
      const job: Promise<void> = load(client, batch).then(
        () => {
          loaded += to - from;
          opts.onProgress?.(loaded, opts.cases);
        },
        (error: unknown) => { failure ??= { error }; },
      ).finally(() => {
        running.delete(job);
        idle.push(client);
      });
      running.add(job);
    }
    await Promise.all(running);
    if (failure) throw failure.error;
    // the support centres' records link cases they are involved in: loaded after them
    if (opts.cases > 0) await seedCentreWork(first, opts.seed, input.lastDay);
    if (opts.cases > 0) await first.query('ANALYZE');
    return { cases: opts.cases, ms: Date.now() - started };
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
  }
}
