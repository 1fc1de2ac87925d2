import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceInFunction } from './lib/function-edit';

/**
 * The care path's figures (children in care by permanency goal, over two years, the median time in
 * care, exits) and goals evaluated are kept like the other dated figures (issue 20, issue 9's bound
 * for a past month): in the rollups for today and in the month-end snapshots, not computed from
 * every placement on each request.
 * - `report_flow_day`: exits and goal evaluations per municipality, target group, column and day, rebuilt
 *   with the rollups (a period ending today is the sum of its days, as `report_moves` gives the moves).
 * - statement triggers mark the months a write touches: a permanency decision from its date, a goal
 *   evaluation from its date, a placement's exit (or its provider) from the exit's (start's) date.
 *   Marks already made by the same transaction for an earlier month are not repeated (no wait on
 *   another writer's uncommitted mark of the same key, as the application trigger does).
 * The rollups built before this have none of the new rows: every municipality's is rebuilt.
 */
const PLACEMENT_KEY = '(o.case_id, o.type, o.foster_form, o.carer_ref, o.starts_on, o.created_at)';
const PLACEMENT_KEY_NEW = '(n.case_id, n.type, n.foster_form, n.carer_ref, n.starts_on, n.created_at)';
const PLACEMENT_ENDS = 'WHEN o.ends_on IS DISTINCT FROM n.ends_on';
const KEY_WITH_PROVIDER = '(o.case_id, o.type, o.foster_form, o.carer_ref, o.starts_on, o.created_at, o.provider_agency_id)';
const KEY_WITH_PROVIDER_NEW = '(n.case_id, n.type, n.foster_form, n.carer_ref, n.starts_on, n.created_at, n.provider_agency_id)';
const ENDS_WITH_EXIT = 'WHEN (o.ends_on, o.exit_destination) IS DISTINCT FROM (n.ends_on, n.exit_destination)';

/** Marks, for rows (case_id, d) of `source`, the DATED months of their cases' municipalities from d on, and their rollups. */
const MARK = (source: string) => `
        INSERT INTO report_snapshot_dirty
          SELECT DISTINCT c.responsible_municipality_code, report_month_of(x.d), 'DATED'
            FROM (${source}) x JOIN care_case c ON c.id = x.case_id
           WHERE report_month_of(x.d) IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM report_snapshot_dirty m
                              WHERE m.municipality_code = c.responsible_municipality_code AND m.class = 'DATED'
                                AND m.from_month <= report_month_of(x.d) AND m.xmin = xid(pg_current_xact_id()))
          ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty SELECT DISTINCT c.responsible_municipality_code FROM (${source}) x JOIN care_case c ON c.id = x.case_id
         WHERE NOT EXISTS (SELECT 1 FROM report_dirty m WHERE m.municipality_code = c.responsible_municipality_code
                              AND m.xmin = xid(pg_current_xact_id()))
          ON CONFLICT DO NOTHING;`;

export class CarePathSnapshots1763903200000 implements MigrationInterface {
  name = 'CarePathSnapshots1763903200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_flow_day (
        municipality_code text NOT NULL REFERENCES municipality (code),
        target_group text NOT NULL,
        metric text NOT NULL,
        col text NOT NULL,
        day date NOT NULL,
        value integer NOT NULL,
        PRIMARY KEY (metric, day, municipality_code, target_group, col)
      );
      GRANT SELECT, INSERT, UPDATE, DELETE ON report_flow_day TO casehub_app;
      -- rollups of today built without the care path's rows are rebuilt before they are read again
      DELETE FROM report_rollup_state;

      -- a permanency decision counts from its date (the goal of a child in care at each month's end)
      CREATE FUNCTION report_snapshots_permanency() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${MARK('SELECT n.case_id, n.decided_on AS d FROM changed n')}
        ELSIF TG_OP = 'DELETE' THEN
          ${MARK('SELECT o.case_id, o.decided_on AS d FROM previous o')}
        ELSE
          ${MARK(`SELECT k.case_id, least(o.decided_on, n.decided_on) AS d FROM previous o JOIN changed n ON n.id = o.id
                   CROSS JOIN LATERAL (VALUES (o.case_id), (n.case_id)) k(case_id)
                  WHERE (o.case_id, o.version, o.goal, o.decided_on) IS DISTINCT FROM (n.case_id, n.version, n.goal, n.decided_on)`)}
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER permanency_plan_inserted_snapshots AFTER INSERT ON permanency_plan REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_permanency();
      CREATE TRIGGER permanency_plan_updated_snapshots AFTER UPDATE ON permanency_plan REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_permanency();
      CREATE TRIGGER permanency_plan_deleted_snapshots AFTER DELETE ON permanency_plan REFERENCING OLD TABLE AS previous
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_permanency();

      -- a goal's evaluation counts on its date (goals evaluated in a month)
      CREATE FUNCTION report_snapshots_goal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${MARK(`SELECT p.case_id, n.evaluated_on AS d FROM changed n JOIN support_plan p ON p.id = n.plan_id
                  WHERE n.evaluated_on IS NOT NULL`)}
        ELSIF TG_OP = 'DELETE' THEN
          ${MARK(`SELECT p.case_id, o.evaluated_on AS d FROM previous o JOIN support_plan p ON p.id = o.plan_id
                  WHERE o.evaluated_on IS NOT NULL`)}
        ELSE
          ${MARK(`SELECT p.case_id, least(COALESCE(o.evaluated_on, 'infinity'), COALESCE(n.evaluated_on, 'infinity')) AS d
                    FROM previous o JOIN changed n ON n.id = o.id
                   CROSS JOIN LATERAL (VALUES (o.plan_id), (n.plan_id)) k(plan_id) JOIN support_plan p ON p.id = k.plan_id
                  WHERE (o.plan_id, o.outcome, o.evaluated_on) IS DISTINCT FROM (n.plan_id, n.outcome, n.evaluated_on)`)}
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER plan_goal_inserted_snapshots AFTER INSERT ON plan_goal REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_goal();
      CREATE TRIGGER plan_goal_updated_snapshots AFTER UPDATE ON plan_goal REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_goal();
      CREATE TRIGGER plan_goal_deleted_snapshots AFTER DELETE ON plan_goal REFERENCING OLD TABLE AS previous
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_goal();

      -- an exit recorded on a placement that had already ended, and a provider changed, move the figures too
      ${replaceInFunction('report_snapshots_placement()', PLACEMENT_KEY, KEY_WITH_PROVIDER)}
      ${replaceInFunction('report_snapshots_placement()', PLACEMENT_KEY_NEW, KEY_WITH_PROVIDER_NEW)}
      ${replaceInFunction('report_snapshots_placement()', PLACEMENT_ENDS, ENDS_WITH_EXIT)}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${replaceInFunction('report_snapshots_placement()', ENDS_WITH_EXIT, PLACEMENT_ENDS)}
      ${replaceInFunction('report_snapshots_placement()', KEY_WITH_PROVIDER_NEW, PLACEMENT_KEY_NEW)}
      ${replaceInFunction('report_snapshots_placement()', KEY_WITH_PROVIDER, PLACEMENT_KEY)}
      DROP TRIGGER plan_goal_inserted_snapshots ON plan_goal; DROP TRIGGER plan_goal_updated_snapshots ON plan_goal;
      DROP TRIGGER plan_goal_deleted_snapshots ON plan_goal;
      DROP TRIGGER permanency_plan_inserted_snapshots ON permanency_plan; DROP TRIGGER permanency_plan_updated_snapshots ON permanency_plan;
      DROP TRIGGER permanency_plan_deleted_snapshots ON permanency_plan;
      DROP FUNCTION report_snapshots_goal(); DROP FUNCTION report_snapshots_permanency();
      DROP TABLE report_flow_day;
      DELETE FROM report_rollup_state;
    `);
  }
}
