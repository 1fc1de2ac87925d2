import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retried writes and the case lifecycle: idempotency keys (a repeated request returns the first
 * result and writes nothing), and the history of a case's status transitions.
 */
export class IdempotencyAndLifecycle1763900300000 implements MigrationInterface {
  name = 'IdempotencyAndLifecycle1763900300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        agency_id uuid NOT NULL REFERENCES agency (id),
        user_id text NOT NULL,
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        operation text NOT NULL,
        request_hash text NOT NULL,
        -- ids of what the first request produced (never personal data); null until it commits
        result jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agency_id, user_id, key)
      );
      CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);

      CREATE TABLE case_transition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        from_status text NOT NULL,
        to_status text NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        at timestamptz NOT NULL DEFAULT now(),
        user_id text NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency (id)
      );
      CREATE INDEX case_transition_case_idx ON case_transition (case_id, at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE case_transition; DROP TABLE idempotency_key;');
  }
}
