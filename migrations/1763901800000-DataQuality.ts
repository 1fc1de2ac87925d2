import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What issue 11's reports (points 6 and 7) need of the schema; the data-quality score itself is
 * computed from the source tables and needs nothing stored.
 *
 * - `report_plan_units`: today's active plans per municipality × target group × service type × the
 *   set of units a client has of it (one row per client and type), rebuilt with the rollups. The
 *   clients with a service whose price is unknown on a date are those whose set holds a unit
 *   without a price then, each once: SERVICES_PRICE_UNKNOWN for any date, as report_plan_volume
 *   gives MONTHLY_COST. Rollups built before it have none of its rows: every municipality's plan
 *   figures are marked for rebuilding.
 * - the care level figures (CLIENTS_BY_CARE_LEVEL, their cost) are month-end snapshot figures of
 *   class DATED and read the care level of the latest assessment that set one, so an assessment
 *   with a care level now marks the DATED months from its date too (it marked WAITING only). What
 *   the retention job rewrites (free text) marks nothing, as before.
 */
export class DataQuality1763901800000 implements MigrationInterface {
  name = 'DataQuality1763901800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_plan_units (
        municipality_code text NOT NULL REFERENCES municipality (code),
        target_group text NOT NULL,
        service_type text NOT NULL,
        -- sorted, distinct
        units text[] NOT NULL,
        clients integer NOT NULL,
        PRIMARY KEY (municipality_code, target_group, service_type, units)
      );
      INSERT INTO report_plan_dirty SELECT code FROM municipality ON CONFLICT DO NOTHING;

      CREATE OR REPLACE FUNCTION report_snapshots_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT c.responsible_municipality_code, report_month_of(n.assessed_on), k.class
              FROM changed n JOIN care_case c ON c.id = n.case_id
             CROSS JOIN LATERAL (VALUES ('WAITING'), (CASE WHEN n.care_level IS NOT NULL THEN 'DATED' END)) k(class)
             WHERE report_month_of(n.assessed_on) IS NOT NULL AND k.class IS NOT NULL
            ON CONFLICT DO NOTHING;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT c.responsible_municipality_code, report_month_of(o.assessed_on), k.class
              FROM previous o JOIN care_case c ON c.id = o.case_id
             CROSS JOIN LATERAL (VALUES ('WAITING'), (CASE WHEN o.care_level IS NOT NULL THEN 'DATED' END)) k(class)
             WHERE report_month_of(o.assessed_on) IS NOT NULL AND k.class IS NOT NULL
            ON CONFLICT DO NOTHING;
        ELSE
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT c.responsible_municipality_code, report_month_of(least(o.assessed_on, n.assessed_on)), 'WAITING'
              FROM previous o JOIN changed n ON n.id = o.id
             CROSS JOIN LATERAL (VALUES (o.case_id), (n.case_id)) k(case_id) JOIN care_case c ON c.id = k.case_id
             WHERE (o.case_id, o.assessed_on, o.created_at, o.recommended_services)
                   IS DISTINCT FROM (n.case_id, n.assessed_on, n.created_at, n.recommended_services)
               AND report_month_of(least(o.assessed_on, n.assessed_on)) IS NOT NULL
            ON CONFLICT DO NOTHING;
          -- which assessment set the latest care level, and which level: the care level figures from the earlier date
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT c.responsible_municipality_code, report_month_of(least(o.assessed_on, n.assessed_on)), 'DATED'
              FROM previous o JOIN changed n ON n.id = o.id
             CROSS JOIN LATERAL (VALUES (o.case_id), (n.case_id)) k(case_id) JOIN care_case c ON c.id = k.case_id
             WHERE (o.care_level IS NOT NULL OR n.care_level IS NOT NULL)
               AND (o.case_id, o.assessed_on, o.created_at, o.care_level) IS DISTINCT FROM (n.case_id, n.assessed_on, n.created_at, n.care_level)
               AND report_month_of(least(o.assessed_on, n.assessed_on)) IS NOT NULL
            ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$;

      -- a working table the hub rebuilds, as the other plan tables
      GRANT SELECT, INSERT, UPDATE, DELETE ON report_plan_units TO casehub_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION report_snapshots_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT c.responsible_municipality_code, report_month_of(n.assessed_on), 'WAITING'
              FROM changed n JOIN care_case c ON c.id = n.case_id WHERE report_month_of(n.assessed_on) IS NOT NULL
            ON CONFLICT DO NOTHING;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT c.responsible_municipality_code, report_month_of(o.assessed_on), 'WAITING'
              FROM previous o JOIN care_case c ON c.id = o.case_id WHERE report_month_of(o.assessed_on) IS NOT NULL
            ON CONFLICT DO NOTHING;
        ELSE
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT c.responsible_municipality_code, report_month_of(least(o.assessed_on, n.assessed_on)), 'WAITING'
              FROM previous o JOIN changed n ON n.id = o.id
             CROSS JOIN LATERAL (VALUES (o.case_id), (n.case_id)) k(case_id) JOIN care_case c ON c.id = k.case_id
             WHERE (o.case_id, o.assessed_on, o.created_at, o.recommended_services)
                   IS DISTINCT FROM (n.case_id, n.assessed_on, n.created_at, n.recommended_services)
               AND report_month_of(least(o.assessed_on, n.assessed_on)) IS NOT NULL
            ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$;
      DROP TABLE report_plan_units;
    `);
  }
}
