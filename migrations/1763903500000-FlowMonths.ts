import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The flows kept with the rollups (exits, goals evaluated) per month as well as per day: a period
 * ending today takes its whole months from `report_flow_month` and only the days at its edges from
 * `report_flow_day` (a national report for this year read ~39,000 day rows per request on 100,000
 * cases). Rebuilt with the rollups from the day rows, so the two always agree.
 */
export class FlowMonths1763903500000 implements MigrationInterface {
  name = 'FlowMonths1763903500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_flow_month (
        municipality_code text NOT NULL REFERENCES municipality (code),
        target_group text NOT NULL,
        metric text NOT NULL,
        col text NOT NULL,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        value integer NOT NULL,
        PRIMARY KEY (metric, month, municipality_code, target_group, col)
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON report_flow_month TO casehub_app;
      -- rollups built without the month rows are rebuilt before they are read again
      DELETE FROM report_rollup_state;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE report_flow_month; DELETE FROM report_rollup_state;');
  }
}
