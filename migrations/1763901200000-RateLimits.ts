import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Request counters of the rate limits (rate-limiter-flexible's PostgreSQL store), one row per user
 * and per agency: in the database so every instance behind the load balancer counts the same
 * requests. The hub's role cannot create tables, so the table is made here in the library's layout
 * (key, points, expire in epoch ms; its statements insert by position), with `key` as text, as a
 * key never has to fit a length.
 *
 * UNLOGGED: counters of the last minute need no crash safety or replica (a crash resets them to
 * zero, a minute's grace) and skip the WAL on every request. A low fillfactor keeps the constant
 * updates of a row on its page (HOT), without an index on `expire` to maintain; the library's sweep
 * of expired rows reads the small table whole.
 */
export class RateLimits1763901200000 implements MigrationInterface {
  name = 'RateLimits1763901200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit (
        key text PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      ) WITH (fillfactor = 70);
      -- counted on every request, expired rows swept
      GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit TO casehub_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rate_limit');
  }
}
