import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The latest change each involvement's role may read, kept on the involvement (issue 9): an agency's
 * case list is ranked by it, so a page is read from one index in its order instead of aggregating
 * the change times of every case the agency reaches.
 *
 * - `case_reader`: the (role, category) pairs the policy lets a case role read, as the policy table
 *   in src/access says; the hub rewrites it after migrating (src/access/case-readers.ts), never by hand.
 * - `involvement.visible_change_at`: the latest `case_change` of a category its role reads, set as an
 *   involvement is added and, while it is active, whenever `case_change` moves (one statement per
 *   writing statement, so the demo data's COPY costs one update per batch).
 */
export class VisibleChangePerInvolvement1763903300000 implements MigrationInterface {
  name = 'VisibleChangePerInvolvement1763903300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_reader (
        role text NOT NULL,
        category text NOT NULL,
        PRIMARY KEY (category, role)
      );
      GRANT SELECT ON case_reader TO casehub_app;
      ALTER TABLE involvement ADD COLUMN visible_change_at timestamptz;

      CREATE FUNCTION involvement_visible_change(p_case uuid, p_role text) RETURNS timestamptz
        LANGUAGE sql STABLE AS $$
          SELECT max(cc.changed_at) FROM case_change cc JOIN case_reader r ON r.category = cc.category AND r.role = p_role
           WHERE cc.case_id = p_case
        $$;

      CREATE FUNCTION involvement_takes_visible_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.visible_change_at := involvement_visible_change(NEW.case_id, NEW.role);
        RETURN NEW;
      END $$;
      CREATE TRIGGER involvement_visible_change BEFORE INSERT ON involvement
        FOR EACH ROW EXECUTE FUNCTION involvement_takes_visible_change();

      -- exact, not "the later of the two": a change recorded with an earlier time than the one it replaces moves it back;
      -- active involvements only (an ended one is in no list), and only those whose time moves
      CREATE FUNCTION case_change_moves_involvements() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE involvement i SET visible_change_at = v.at
          FROM (SELECT j.id, max(cc.changed_at) AS at
                  FROM involvement j
                  LEFT JOIN case_reader r ON r.role = j.role
                  LEFT JOIN case_change cc ON cc.case_id = j.case_id AND cc.category = r.category
                 WHERE j.case_id IN (SELECT case_id FROM changed) AND j.ended_at IS NULL
                 GROUP BY j.id) v
         WHERE i.id = v.id AND i.visible_change_at IS DISTINCT FROM v.at;
        RETURN NULL;
      END $$;
      CREATE TRIGGER case_change_inserted AFTER INSERT ON case_change
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_change_moves_involvements();
      CREATE TRIGGER case_change_updated AFTER UPDATE ON case_change
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_change_moves_involvements();
      CREATE TRIGGER case_change_deleted AFTER DELETE ON case_change
        REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_change_moves_involvements();

      -- moving the change time leaves who manages a case as it was: the check of a case's manager skips it
      DROP TRIGGER involvement_case_needs_manager ON involvement;
      CREATE CONSTRAINT TRIGGER involvement_case_needs_manager AFTER UPDATE OF case_id, role, ended_at OR DELETE ON involvement
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_case_has_manager();

      -- an agency's active involvements in the order of their visible change: the case list's index
      CREATE INDEX involvement_agency_visible_idx ON involvement (agency_id, visible_change_at, case_id)
        INCLUDE (role, valid_from, valid_until) WHERE ended_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX involvement_agency_visible_idx;
      DROP TRIGGER involvement_case_needs_manager ON involvement;
      CREATE CONSTRAINT TRIGGER involvement_case_needs_manager AFTER UPDATE OR DELETE ON involvement
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_case_has_manager();
      DROP TRIGGER case_change_inserted ON case_change; DROP TRIGGER case_change_updated ON case_change;
      DROP TRIGGER case_change_deleted ON case_change; DROP FUNCTION case_change_moves_involvements();
      DROP TRIGGER involvement_visible_change ON involvement; DROP FUNCTION involvement_takes_visible_change();
      DROP FUNCTION involvement_visible_change(uuid, text);
      ALTER TABLE involvement DROP COLUMN visible_change_at;
      DROP TABLE case_reader;
    `);
  }
}
