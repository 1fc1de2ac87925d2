import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the hub's serving role (`casehub_app`) may do, table by table; it owns nothing. History is
 * append-only to it (the audit, follow-up revisions, lifecycle transitions: INSERT and SELECT);
 * reference data and the migrations are read-only. A table added later gets its grants in its own
 * migration: without them the hub cannot touch it, which the tests show at once.
 */
export class LeastPrivilege1763900800000 implements MigrationInterface {
  name = 'LeastPrivilege1763900800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casehub_app') THEN
          RAISE EXCEPTION 'create the role casehub_app first (README: an external PostgreSQL)';
        END IF;
      END $$;
      REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, casehub_app;
      GRANT USAGE ON SCHEMA public TO casehub_app;

      -- reference data and the schema's own bookkeeping: read only
      GRANT SELECT ON region, municipality, agency, service_price, migrations TO casehub_app;
      -- history, and rows that are only ever added: appended, never changed
      GRANT SELECT, INSERT ON audit_log, follow_up_revision, case_transition, assessment, plan_goal, plan_task, plan_service,
        mentor_assignment TO casehub_app;
      -- case data the services change, never delete (a follow-up's trigger refuses it too)
      GRANT SELECT, INSERT, UPDATE ON client, care_case, involvement, support_plan, follow_up, placement, staff_member,
        case_change TO casehub_app;
      -- working tables the hub rebuilds or sweeps
      GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_key, report_rollup, report_moves, report_rollup_state,
        report_dirty TO casehub_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM casehub_app; REVOKE USAGE ON SCHEMA public FROM casehub_app;');
  }
}
