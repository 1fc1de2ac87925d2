import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Background jobs run on one instance at a time: an instance takes a job's lease for a while, in
 * one statement, and gives it back when done (or it lapses if the instance dies). Nothing is held
 * in a session, so the hub's connections may go through a transaction-mode pooler (PgBouncer).
 * The database's own time zone is Latvia's too, for connections that cannot pass it at start-up.
 */
export class JobLeases1763901300000 implements MigrationInterface {
  name = 'JobLeases1763901300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE job_lease (
        job text PRIMARY KEY,
        holder text NOT NULL,
        expires_at timestamptz NOT NULL
      );
      GRANT SELECT, INSERT, UPDATE ON job_lease TO casehub_app;
      DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET timezone TO %L', current_database(), 'Europe/Riga'); END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE job_lease');
  }
}
