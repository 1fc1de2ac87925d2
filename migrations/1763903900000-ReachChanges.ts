import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many cases an agency reaches, counted once and then known until its reach changes (issue 9):
 * counting SD-RIGA's 30,095 cases from the involvement index took 5 ms of PostgreSQL's CPU on every
 * list page that asks for `totalCount`, and grows with the agency.
 *
 * - `agency_reach_change`: a row per writing statement that changed an agency's involvements in a way
 *   reach depends on (added, removed, or a change of case, role, validity or end). The sum of an
 *   agency's weights is its reach version: a change committed later adds to it whatever order
 *   transactions commit in, and writers only insert (no row is locked, so none waits or deadlocks on
 *   another). The hourly compaction sums each agency's rows into one, keeping every sum.
 *
 * The count is made with the next moment the agency's reach changes by itself (an involvement starts
 * or runs out), in the same pass over involvement_agency_active_idx: a count known holds until then.
 */
export class ReachChanges1763903900000 implements MigrationInterface {
  name = 'ReachChanges1763903900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency_reach_change (
        agency_id uuid NOT NULL,
        weight bigint NOT NULL DEFAULT 1
      );
      CREATE INDEX agency_reach_change_agency_idx ON agency_reach_change (agency_id) INCLUDE (weight);
      GRANT SELECT, INSERT, DELETE ON agency_reach_change TO casehub_app;

      CREATE FUNCTION involvement_reach_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO agency_reach_change (agency_id) SELECT DISTINCT agency_id FROM changed ORDER BY agency_id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER involvement_reach_inserted AFTER INSERT ON involvement
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION involvement_reach_changed();
      CREATE TRIGGER involvement_reach_deleted AFTER DELETE ON involvement
        REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION involvement_reach_changed();

      -- per row, and only when a column reach reads changes: moving visible_change_at (every write to a case) adds nothing
      CREATE FUNCTION involvement_reach_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO agency_reach_change (agency_id) VALUES (OLD.agency_id);
        IF NEW.agency_id IS DISTINCT FROM OLD.agency_id THEN
          INSERT INTO agency_reach_change (agency_id) VALUES (NEW.agency_id);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER involvement_reach_updated AFTER UPDATE ON involvement FOR EACH ROW
        WHEN (OLD.agency_id IS DISTINCT FROM NEW.agency_id OR OLD.case_id IS DISTINCT FROM NEW.case_id
              OR OLD.role IS DISTINCT FROM NEW.role OR OLD.valid_from IS DISTINCT FROM NEW.valid_from
              OR OLD.valid_until IS DISTINCT FROM NEW.valid_until OR OLD.ended_at IS DISTINCT FROM NEW.ended_at)
        EXECUTE FUNCTION involvement_reach_updated();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER involvement_reach_updated ON involvement;
      DROP TRIGGER involvement_reach_deleted ON involvement;
      DROP TRIGGER involvement_reach_inserted ON involvement;
      DROP FUNCTION involvement_reach_updated();
      DROP FUNCTION involvement_reach_changed();
      DROP TABLE agency_reach_change;
    `);
  }
}
