import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: every read of case data, every write, every discovery lookup. Append-only at the
 * database level: a trigger refuses UPDATE, DELETE and TRUNCATE whoever asks, the application's
 * own role included.
 */
export class AuditLog1763900100000 implements MigrationInterface {
  name = 'AuditLog1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        kind text NOT NULL CHECK (kind IN ('READ', 'WRITE', 'DISCOVERY')),
        user_id text NOT NULL,
        user_role text NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency (id),
        -- the caller's roles in the case at the time (empty for discovery)
        case_roles text[] NOT NULL DEFAULT '{}',
        case_id uuid REFERENCES care_case (id),
        operation text,
        request_id text NOT NULL,
        categories text[] NOT NULL DEFAULT '{}',
        -- for writes: what changed (names, never values) and the versions before and after
        entity text,
        entity_id uuid,
        fields text[] NOT NULL DEFAULT '{}',
        old_version integer,
        new_version integer
      );
      CREATE INDEX audit_log_case_idx ON audit_log (case_id, at DESC, id DESC);
      CREATE INDEX audit_log_discovery_idx ON audit_log (user_id, at) WHERE kind = 'DISCOVERY';

      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit records are append-only' USING ERRCODE = '42501';
      END $$;
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE audit_log; DROP FUNCTION audit_log_append_only();');
  }
}
