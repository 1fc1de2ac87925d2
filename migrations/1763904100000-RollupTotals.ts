import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a report of every target group reads, kept summed: `report_rollup_total` holds the rollup's
 * figures summed over target groups per municipality (on 1,000,000 cases, summing the rollup's
 * ~11,500 rows per request took ~25 ms of a national report's ~35), and the moves from institutions
 * join the other flows in `report_flow_day` and `report_flow_month` (a year's moves were ~15,600 day
 * rows per request; whole months are now one row each). Both are rebuilt with the rollups.
 */
export class RollupTotals1763904100000 implements MigrationInterface {
  name = 'RollupTotals1763904100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_rollup_total (
        municipality_code text NOT NULL REFERENCES municipality (code),
        metric text NOT NULL,
        col text NOT NULL,
        value numeric NOT NULL,
        PRIMARY KEY (municipality_code, metric, col)
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON report_rollup_total TO casehub_app;
      DROP TABLE report_moves;
      -- rollups built without the totals and the moves' month rows are rebuilt before they are read again
      DELETE FROM report_rollup_state;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE report_rollup_total;
      CREATE TABLE report_moves (
        municipality_code text NOT NULL REFERENCES municipality (code),
        target_group text NOT NULL,
        day date NOT NULL,
        value integer NOT NULL,
        PRIMARY KEY (municipality_code, target_group, day)
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON report_moves TO casehub_app;
      DELETE FROM report_rollup_state;
      DELETE FROM report_flow_day WHERE metric = 'MOVES_FROM_INSTITUTIONS';
      DELETE FROM report_flow_month WHERE metric = 'MOVES_FROM_INSTITUTIONS';
    `);
  }
}
