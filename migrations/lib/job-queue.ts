import type { QueryRunner } from 'typeorm';
import { BREAKING_MIGRATIONS } from 'graphile-worker/dist/lib';
import { migrations } from 'graphile-worker/dist/generated/sql';

/**
 * graphile-worker's own schema (its job queue), installed by the schema's owner as graphile-worker
 * installs it (the same SQL, its migrations table kept as it keeps it), so the hub, which serves as
 * a role that may create nothing, finds it current at start-up. A later graphile-worker with new
 * migrations comes with a migration of ours that calls this again: it runs only what is missing.
 */
export async function installJobQueue(q: QueryRunner, schema = 'graphile_worker'): Promise<void> {
  await q.query(`
    CREATE SCHEMA IF NOT EXISTS ${schema};
    CREATE TABLE IF NOT EXISTS ${schema}.migrations (id int PRIMARY KEY, ts timestamptz DEFAULT now() NOT NULL);
    ALTER TABLE ${schema}.migrations ADD COLUMN IF NOT EXISTS breaking boolean NOT NULL DEFAULT false;
  `);
  const done = new Set((await q.query(`SELECT id FROM ${schema}.migrations`) as { id: number }[]).map((row) => row.id));
  for (const [file, text] of Object.entries(migrations)) {
    const id = parseInt(file.slice(0, 6), 10);
    if (done.has(id)) continue;
    await q.query(`INSERT INTO ${schema}.migrations (id, breaking) VALUES ($1, $2)`, [id, BREAKING_MIGRATIONS.includes(id)]);
    await q.query(text.replace(/:GRAPHILE_WORKER_SCHEMA\b/g, schema));
  }
}
