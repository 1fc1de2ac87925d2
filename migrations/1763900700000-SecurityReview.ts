import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the security review asked of the data model:
 * - a staff member is known by (agency, token subject): a token of one agency never names or
 *   renames a user of another; the case manager is referenced by both;
 * - the audit keeps a client's request id only in a field of its own, apart from the hub's;
 * - the time of the latest change per case and category (case_change), kept by a trigger on the
 *   audit of writes (every write is audited with the categories it touched), so a case's
 *   `updatedAt` can be shown per reader: a change a caller may not read does not move it.
 */
export class SecurityReview1763900700000 implements MigrationInterface {
  name = 'SecurityReview1763900700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE care_case DROP CONSTRAINT care_case_case_manager_user_id_fkey;
      ALTER TABLE staff_member DROP CONSTRAINT staff_member_pkey;
      ALTER TABLE staff_member ADD PRIMARY KEY (agency_id, user_id);
      DROP INDEX staff_member_agency_idx;
      ALTER TABLE care_case ADD COLUMN case_manager_agency_id uuid;
      UPDATE care_case c SET case_manager_agency_id = s.agency_id FROM staff_member s WHERE s.user_id = c.case_manager_user_id;
      ALTER TABLE care_case ADD CONSTRAINT care_case_case_manager_fkey
        FOREIGN KEY (case_manager_agency_id, case_manager_user_id) REFERENCES staff_member (agency_id, user_id);
      ALTER TABLE care_case ADD CONSTRAINT care_case_case_manager_both
        CHECK ((case_manager_agency_id IS NULL) = (case_manager_user_id IS NULL));
      DROP INDEX care_case_manager_idx;
      CREATE INDEX care_case_manager_idx ON care_case (case_manager_agency_id, case_manager_user_id);

      -- the hub's own request id stays in request_id; what a client sent (a validated UUID) is kept apart
      ALTER TABLE audit_log ADD COLUMN client_request_id uuid;

      CREATE TABLE case_change (
        case_id uuid NOT NULL REFERENCES care_case (id),
        category text NOT NULL,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (case_id, category)
      );
      -- what every agency saw before: one change of the case as a whole at its last update
      INSERT INTO case_change (case_id, category, changed_at) SELECT id, 'CASE', updated_at FROM care_case;

      CREATE FUNCTION audit_marks_case_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO case_change (case_id, category, changed_at)
          SELECT NEW.case_id, category, now() FROM unnest(NEW.categories) AS category
          ON CONFLICT (case_id, category) DO UPDATE SET changed_at = EXCLUDED.changed_at;
        UPDATE care_case SET updated_at = now() WHERE id = NEW.case_id AND updated_at <> now();
        RETURN NULL;
      END $$;
      CREATE TRIGGER audit_log_case_change AFTER INSERT ON audit_log
        FOR EACH ROW WHEN (NEW.kind = 'WRITE' AND NEW.case_id IS NOT NULL) EXECUTE FUNCTION audit_marks_case_change();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER audit_log_case_change ON audit_log; DROP FUNCTION audit_marks_case_change(); DROP TABLE case_change;
      ALTER TABLE audit_log DROP COLUMN client_request_id;
      DROP INDEX care_case_manager_idx;
      ALTER TABLE care_case DROP CONSTRAINT care_case_case_manager_both, DROP CONSTRAINT care_case_case_manager_fkey,
        DROP COLUMN case_manager_agency_id;
      ALTER TABLE staff_member DROP CONSTRAINT staff_member_pkey;
      ALTER TABLE staff_member ADD PRIMARY KEY (user_id);
      CREATE INDEX staff_member_agency_idx ON staff_member (agency_id);
      ALTER TABLE care_case ADD CONSTRAINT care_case_case_manager_user_id_fkey FOREIGN KEY (case_manager_user_id) REFERENCES staff_member (user_id);
      CREATE INDEX care_case_manager_idx ON care_case (case_manager_user_id);
    `);
  }
}
