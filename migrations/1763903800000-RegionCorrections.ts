import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A region's counts of distinct people or carers ending today were the sums of its municipalities'
 * rollups: a client with cases in two municipalities of one region, or a foster family with children
 * from two of them, counted twice there. `report_region_correction` keeps, per region, what its own count
 * differs from that sum by (computed over those shared clients' and families' cases only, so a rebuild
 * stays as cheap as before), rebuilt with the rollups of any municipality of the region.
 */
export class RegionCorrections1763903800000 implements MigrationInterface {
  name = 'RegionCorrections1763903800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_region_correction (
        region_code text NOT NULL REFERENCES region (code),
        target_group text NOT NULL,
        metric text NOT NULL,
        col text NOT NULL,
        value numeric NOT NULL,
        PRIMARY KEY (region_code, target_group, metric, col)
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON report_region_correction TO casehub_app;
      -- rollups built without corrections are rebuilt before they are read again
      DELETE FROM report_rollup_state;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE report_region_correction; DELETE FROM report_rollup_state;');
  }
}
