import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceInFunction } from './lib/function-edit';

/**
 * Places in use kept like the other figures (src/reporting/places.ts): the clients of today's active
 * plans with a service from a provider, per case municipality, target group, provider and service,
 * rebuilt with the rollups; the clients placed with a provider go into the rollups and the DATED
 * snapshots. A plan service's provider now marks the plan figures too. The rollups are rebuilt.
 */
const SERVICE_KEY = '(o.plan_id, o.service_type, o.volume, o.unit, o.period) IS DISTINCT FROM (n.plan_id, n.service_type, n.volume, n.unit, n.period)';
const SERVICE_KEY_PROVIDER = '(o.plan_id, o.service_type, o.volume, o.unit, o.period, o.provider_agency_id) '
  + 'IS DISTINCT FROM (n.plan_id, n.service_type, n.volume, n.unit, n.period, n.provider_agency_id)';

export class PlacesInUseKept1763903220000 implements MigrationInterface {
  name = 'PlacesInUseKept1763903220000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_places_plans (
        municipality_code text NOT NULL REFERENCES municipality (code),
        target_group text NOT NULL,
        provider_code text NOT NULL,
        service_type text NOT NULL,
        clients integer NOT NULL,
        PRIMARY KEY (municipality_code, target_group, provider_code, service_type)
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON report_places_plans TO casehub_app;
      ${replaceInFunction('report_snapshots_plan_service()', SERVICE_KEY, SERVICE_KEY_PROVIDER)}
      DELETE FROM report_rollup_state;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${replaceInFunction('report_snapshots_plan_service()', SERVICE_KEY_PROVIDER, SERVICE_KEY)}
      DROP TABLE report_places_plans;
      DELETE FROM report_rollup_state;
    `);
  }
}
