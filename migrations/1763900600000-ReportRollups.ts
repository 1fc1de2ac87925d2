import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rollups of the DI figures per municipality and target group for the current day, so national
 * reports do not scan every case. Writes mark their municipality stale (a statement-level trigger
 * on the case table, which every write touches); the hub rebuilds stale municipalities within
 * seconds, and everything when the date changes. `npm run rollups:rebuild` rebuilds from source.
 */
export class ReportRollups1763900600000 implements MigrationInterface {
  name = 'ReportRollups1763900600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_rollup (
        municipality_code text NOT NULL REFERENCES municipality (code),
        target_group text NOT NULL,
        metric text NOT NULL,
        col text NOT NULL,
        value numeric NOT NULL,
        PRIMARY KEY (municipality_code, target_group, metric, col)
      );
      CREATE TABLE report_moves (
        municipality_code text NOT NULL REFERENCES municipality (code),
        target_group text NOT NULL,
        day date NOT NULL,
        value integer NOT NULL,
        PRIMARY KEY (municipality_code, target_group, day)
      );
      -- the day a municipality's rollup holds the figures of
      CREATE TABLE report_rollup_state (
        municipality_code text PRIMARY KEY REFERENCES municipality (code),
        built_for date NOT NULL,
        built_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE report_dirty (municipality_code text PRIMARY KEY);

      CREATE FUNCTION mark_report_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO report_dirty SELECT DISTINCT responsible_municipality_code FROM changed ON CONFLICT DO NOTHING;
        IF TG_OP = 'UPDATE' THEN
          INSERT INTO report_dirty SELECT DISTINCT responsible_municipality_code FROM previous ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER care_case_inserted_report AFTER INSERT ON care_case REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION mark_report_dirty();
      CREATE TRIGGER care_case_updated_report AFTER UPDATE ON care_case REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION mark_report_dirty();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER care_case_updated_report ON care_case; DROP TRIGGER care_case_inserted_report ON care_case;
      DROP FUNCTION mark_report_dirty(); DROP TABLE report_dirty, report_rollup_state, report_moves, report_rollup;
    `);
  }
}
