import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Month-end snapshots of the DI figures, so a report for a past calendar month does not scan every
 * case, and the current state of the support plans kept with the rollups.
 *
 * - `report_snapshot`: per past month, the figures that are a function of that month's end (the six
 *   point-in-time figures, class DATED) and the waiting list (class WAITING: the month's cases and
 *   assessments against today's plans), per municipality × target group and per region × target
 *   group (distinct counts do not add up from municipalities to a region), exactly as the live SQL
 *   computes them. `report_snapshot_state` says which (month, region, class) is built, and from which
 *   definition of the figures.
 * - `report_snapshot_dirty`: a write that changes the past marks the municipality's months from the
 *   earliest one it touches, per class, in the writing transaction (statement triggers below); a
 *   marked month is answered live until the hub has rebuilt it. Marks for months still running are
 *   kept too (the month may end before the write commits); marks for later months are not needed.
 * - `report_plan_volume`, `report_reviews`: the active plans' monthly service volumes and review due
 *   months per municipality × target group, rebuilt with the rollups. Services in plans, their monthly
 *   cost and overdue reviews read today's plans for any period, so a month-end copy of them would go
 *   stale with every plan saved; these tables give them for any date instead. `report_plan_dirty`
 *   marks a municipality whose plans (or case statuses) changed since its rollup was built.
 */
export class ReportSnapshots1763901100000 implements MigrationInterface {
  name = 'ReportSnapshots1763901100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_snapshot (
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        level text NOT NULL CHECK (level IN ('MUNICIPALITY', 'REGION')),
        area text NOT NULL,
        target_group text NOT NULL,
        metric text NOT NULL,
        col text NOT NULL,
        value numeric NOT NULL,
        -- a report reads a few metrics of one month (or a flow over months) for many areas
        PRIMARY KEY (level, metric, month, area, target_group, col)
      );
      CREATE TABLE report_snapshot_state (
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        region_code text NOT NULL REFERENCES region (code),
        class text NOT NULL CHECK (class IN ('DATED', 'WAITING')),
        -- a digest of the SQL the figures were computed with: another definition is another figure
        definition text NOT NULL,
        stale boolean NOT NULL DEFAULT false,
        built_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (month, region_code, class)
      );
      CREATE INDEX report_snapshot_state_stale_idx ON report_snapshot_state (month) WHERE stale;
      CREATE TABLE report_snapshot_dirty (
        municipality_code text NOT NULL,
        -- '-infinity': every month
        from_month date NOT NULL,
        class text NOT NULL CHECK (class IN ('DATED', 'WAITING')),
        PRIMARY KEY (municipality_code, from_month, class)
      );
      CREATE TABLE report_plan_volume (
        municipality_code text NOT NULL REFERENCES municipality (code),
        target_group text NOT NULL,
        service_type text NOT NULL,
        unit text NOT NULL,
        -- per month, unrounded: the cost is rounded per area once priced, as the live figure is
        volume numeric NOT NULL,
        PRIMARY KEY (municipality_code, target_group, service_type, unit)
      );
      -- plans by the month their review is due, and how many of those before the month's last day: the plans
      -- overdue at a month's end are those due in earlier months and those due before its last day
      CREATE TABLE report_reviews (
        municipality_code text NOT NULL REFERENCES municipality (code),
        target_group text NOT NULL,
        due_month date NOT NULL CHECK (extract(day FROM due_month) = 1),
        plans integer NOT NULL,
        before_last_day integer NOT NULL,
        PRIMARY KEY (municipality_code, target_group, due_month)
      );
      CREATE TABLE report_plan_dirty (municipality_code text PRIMARY KEY);
      -- rollups built before these tables existed have none of their rows
      INSERT INTO report_plan_dirty SELECT code FROM municipality;
      INSERT INTO report_dirty SELECT code FROM municipality ON CONFLICT DO NOTHING;

      -- the first day of the month of d; null for a month after the current one (Latvian time)
      CREATE FUNCTION report_month_of(d date) RETURNS date LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN d IS NULL OR d >= (date_trunc('month', now() AT TIME ZONE 'Europe/Riga') + interval '1 month')::date THEN NULL
                    WHEN d = '-infinity'::date THEN d
                    ELSE date_trunc('month', d::timestamp)::date END
      $$;
      -- the earliest date a case counts anywhere in the figures: its opening or its first placement
      CREATE FUNCTION report_case_start(case_id uuid, opened_on date) RETURNS date LANGUAGE sql STABLE AS $$
        SELECT least(opened_on, (SELECT min(p.starts_on) FROM placement p WHERE p.case_id = $1))
      $$;
      -- the earliest date a case can be on the waiting list: open and assessed
      CREATE FUNCTION report_waiting_start(case_id uuid) RETURNS date LANGUAGE sql STABLE AS $$
        SELECT greatest(c.opened_on, a.first) FROM care_case c
          JOIN (SELECT min(x.assessed_on) AS first FROM assessment x WHERE x.case_id = $1) a ON a.first IS NOT NULL
         WHERE c.id = $1
      $$;

      -- a case: who it counts for (client, target group, municipality) moves its whole history; its dates move
      -- the months between the old and the new date; its status (closed or not) counts in the plan figures
      CREATE FUNCTION report_snapshots_case() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT n.responsible_municipality_code, report_month_of(n.opened_on), k.class
              FROM changed n CROSS JOIN (VALUES ('DATED'), ('WAITING')) k(class)
             WHERE report_month_of(n.opened_on) IS NOT NULL
            ON CONFLICT DO NOTHING;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT o.responsible_municipality_code, report_month_of(report_case_start(o.id, o.opened_on)), k.class
              FROM previous o CROSS JOIN (VALUES ('DATED'), ('WAITING')) k(class)
             WHERE report_month_of(report_case_start(o.id, o.opened_on)) IS NOT NULL
            ON CONFLICT DO NOTHING;
          INSERT INTO report_plan_dirty SELECT DISTINCT responsible_municipality_code FROM previous ON CONFLICT DO NOTHING;
        ELSE
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT x.municipality, report_month_of(x.d), k.class
              FROM (SELECT a.municipality, least(report_case_start(o.id, o.opened_on), n.opened_on) AS d
                      FROM previous o JOIN changed n ON n.id = o.id
                     CROSS JOIN LATERAL (VALUES (o.responsible_municipality_code), (n.responsible_municipality_code)) a(municipality)
                     WHERE (o.client_id, o.target_group, o.responsible_municipality_code)
                           IS DISTINCT FROM (n.client_id, n.target_group, n.responsible_municipality_code)
                    UNION ALL
                    SELECT n.responsible_municipality_code,
                           least(CASE WHEN o.opened_on <> n.opened_on THEN least(o.opened_on, n.opened_on) END,
                                 CASE WHEN o.closed_on IS DISTINCT FROM n.closed_on
                                      THEN least(COALESCE(o.closed_on, 'infinity'), COALESCE(n.closed_on, 'infinity')) END)
                      FROM previous o JOIN changed n ON n.id = o.id
                     WHERE (o.opened_on, o.closed_on) IS DISTINCT FROM (n.opened_on, n.closed_on)) x
             CROSS JOIN (VALUES ('DATED'), ('WAITING')) k(class)
             WHERE report_month_of(x.d) IS NOT NULL
            ON CONFLICT DO NOTHING;
          INSERT INTO report_plan_dirty
            SELECT DISTINCT a.municipality FROM previous o JOIN changed n ON n.id = o.id
             CROSS JOIN LATERAL (VALUES (o.responsible_municipality_code), (n.responsible_municipality_code)) a(municipality)
             WHERE (o.client_id, o.target_group, o.responsible_municipality_code, o.status = 'CLOSED')
                   IS DISTINCT FROM (n.client_id, n.target_group, n.responsible_municipality_code, n.status = 'CLOSED')
            ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER care_case_inserted_snapshots AFTER INSERT ON care_case REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_case();
      CREATE TRIGGER care_case_updated_snapshots AFTER UPDATE ON care_case REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_case();
      CREATE TRIGGER care_case_deleted_snapshots AFTER DELETE ON care_case REFERENCING OLD TABLE AS previous
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_case();

      -- a placement counts from its start (a move, and who is placed where at each month's end); a changed
      -- end date moves the months from the earlier of the two ends
      CREATE FUNCTION report_snapshots_placement() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT c.responsible_municipality_code, report_month_of(n.starts_on), 'DATED'
              FROM changed n JOIN care_case c ON c.id = n.case_id WHERE report_month_of(n.starts_on) IS NOT NULL
            ON CONFLICT DO NOTHING;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT c.responsible_municipality_code, report_month_of(o.starts_on), 'DATED'
              FROM previous o JOIN care_case c ON c.id = o.case_id WHERE report_month_of(o.starts_on) IS NOT NULL
            ON CONFLICT DO NOTHING;
        ELSE
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT c.responsible_municipality_code, report_month_of(x.d), 'DATED'
              FROM (SELECT o.case_id AS old_case, n.case_id AS new_case,
                           CASE WHEN (o.case_id, o.type, o.foster_form, o.carer_ref, o.starts_on, o.created_at)
                                     IS DISTINCT FROM (n.case_id, n.type, n.foster_form, n.carer_ref, n.starts_on, n.created_at)
                                THEN least(o.starts_on, n.starts_on)
                                WHEN o.ends_on IS DISTINCT FROM n.ends_on
                                THEN least(COALESCE(o.ends_on, 'infinity'), COALESCE(n.ends_on, 'infinity')) END AS d
                      FROM previous o JOIN changed n ON n.id = o.id) x
             CROSS JOIN LATERAL (VALUES (x.old_case), (x.new_case)) k(case_id) JOIN care_case c ON c.id = k.case_id
             WHERE report_month_of(x.d) IS NOT NULL
            ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER placement_inserted_snapshots AFTER INSERT ON placement REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_placement();
      CREATE TRIGGER placement_updated_snapshots AFTER UPDATE ON placement REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_placement();
      CREATE TRIGGER placement_deleted_snapshots AFTER DELETE ON placement REFERENCING OLD TABLE AS previous
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_placement();

      -- an assessment is the latest one from its date on
      CREATE FUNCTION report_snapshots_assessment() RETURNS trigger LANGUAGE plpgsql AS $$
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
      CREATE TRIGGER assessment_inserted_snapshots AFTER INSERT ON assessment REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_assessment();
      CREATE TRIGGER assessment_updated_snapshots AFTER UPDATE ON assessment REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_assessment();
      CREATE TRIGGER assessment_deleted_snapshots AFTER DELETE ON assessment REFERENCING OLD TABLE AS previous
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_assessment();

      -- the services of a case's active plan: the waiting list of every month the case was open and assessed,
      -- and the plan figures of its municipality
      CREATE FUNCTION report_plan_changed(plans_of uuid[], services_of uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO report_snapshot_dirty
          SELECT DISTINCT c.responsible_municipality_code, report_month_of(report_waiting_start(c.id)), 'WAITING'
            FROM care_case c WHERE c.id = ANY(services_of) AND report_month_of(report_waiting_start(c.id)) IS NOT NULL
          ON CONFLICT DO NOTHING;
        INSERT INTO report_plan_dirty SELECT DISTINCT c.responsible_municipality_code FROM care_case c WHERE c.id = ANY(plans_of)
          ON CONFLICT DO NOTHING;
      $$;
      CREATE FUNCTION report_snapshots_plan() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cases uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          cases := ARRAY(SELECT n.case_id FROM changed n WHERE n.status = 'ACTIVE');
          PERFORM report_plan_changed(cases, cases);
        ELSIF TG_OP = 'DELETE' THEN
          cases := ARRAY(SELECT o.case_id FROM previous o WHERE o.status = 'ACTIVE');
          PERFORM report_plan_changed(cases, cases);
        ELSE
          -- the review date counts in the plan figures only; which plan is active, in the waiting list too
          PERFORM report_plan_changed(
            ARRAY(SELECT k.case_id FROM previous o JOIN changed n ON n.id = o.id CROSS JOIN LATERAL (VALUES (o.case_id), (n.case_id)) k(case_id)
                   WHERE (o.status = 'ACTIVE' OR n.status = 'ACTIVE')
                     AND (o.status, o.case_id, o.review_due_on) IS DISTINCT FROM (n.status, n.case_id, n.review_due_on)),
            ARRAY(SELECT k.case_id FROM previous o JOIN changed n ON n.id = o.id CROSS JOIN LATERAL (VALUES (o.case_id), (n.case_id)) k(case_id)
                   WHERE (o.status = 'ACTIVE' OR n.status = 'ACTIVE') AND (o.status, o.case_id) IS DISTINCT FROM (n.status, n.case_id)));
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER support_plan_inserted_snapshots AFTER INSERT ON support_plan REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_plan();
      CREATE TRIGGER support_plan_updated_snapshots AFTER UPDATE ON support_plan REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_plan();
      CREATE TRIGGER support_plan_deleted_snapshots AFTER DELETE ON support_plan REFERENCING OLD TABLE AS previous
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_plan();

      CREATE FUNCTION report_snapshots_plan_service() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cases uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          cases := ARRAY(SELECT p.case_id FROM changed n JOIN support_plan p ON p.id = n.plan_id WHERE p.status = 'ACTIVE');
        ELSIF TG_OP = 'DELETE' THEN
          cases := ARRAY(SELECT p.case_id FROM previous o JOIN support_plan p ON p.id = o.plan_id WHERE p.status = 'ACTIVE');
        ELSE
          cases := ARRAY(
            SELECT p.case_id FROM previous o JOIN changed n ON n.id = o.id
             CROSS JOIN LATERAL (VALUES (o.plan_id), (n.plan_id)) k(plan_id) JOIN support_plan p ON p.id = k.plan_id
             WHERE p.status = 'ACTIVE'
               AND (o.plan_id, o.service_type, o.volume, o.unit, o.period) IS DISTINCT FROM (n.plan_id, n.service_type, n.volume, n.unit, n.period));
        END IF;
        PERFORM report_plan_changed(cases, cases);
        RETURN NULL;
      END $$;
      CREATE TRIGGER plan_service_inserted_snapshots AFTER INSERT ON plan_service REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_plan_service();
      CREATE TRIGGER plan_service_updated_snapshots AFTER UPDATE ON plan_service REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_plan_service();
      CREATE TRIGGER plan_service_deleted_snapshots AFTER DELETE ON plan_service REFERENCING OLD TABLE AS previous
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_plan_service();

      -- a corrected birth date moves who is beyond the stay limit, from the client's first placement
      CREATE FUNCTION report_snapshots_client() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO report_snapshot_dirty
          SELECT DISTINCT c.responsible_municipality_code, report_month_of(report_case_start(c.id, c.opened_on)), 'DATED'
            FROM previous o JOIN changed n ON n.id = o.id JOIN care_case c ON c.client_id = n.id
           WHERE o.birth_date IS DISTINCT FROM n.birth_date AND report_month_of(report_case_start(c.id, c.opened_on)) IS NOT NULL
          ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$;
      CREATE TRIGGER client_updated_snapshots AFTER UPDATE ON client REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_client();

      -- a municipality moved to another region changes both regions' figures
      CREATE FUNCTION report_snapshots_municipality() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO report_snapshot_dirty
          SELECT m.code, '-infinity'::date, k.class FROM municipality m CROSS JOIN (VALUES ('DATED'), ('WAITING')) k(class)
           WHERE m.region_code IN (SELECT o.region_code FROM previous o JOIN changed n ON n.code = o.code WHERE o.region_code <> n.region_code
                                   UNION SELECT n.region_code FROM previous o JOIN changed n ON n.code = o.code WHERE o.region_code <> n.region_code)
          ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$;
      CREATE TRIGGER municipality_updated_snapshots AFTER UPDATE ON municipality REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_municipality();

      -- working tables the hub rebuilds; the marks are written by the triggers above, in the writer's transaction
      GRANT SELECT, INSERT, UPDATE, DELETE ON report_snapshot, report_snapshot_state, report_snapshot_dirty, report_plan_volume,
        report_reviews, report_plan_dirty TO casehub_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER municipality_updated_snapshots ON municipality; DROP TRIGGER client_updated_snapshots ON client;
      DROP TRIGGER plan_service_inserted_snapshots ON plan_service; DROP TRIGGER plan_service_updated_snapshots ON plan_service;
      DROP TRIGGER plan_service_deleted_snapshots ON plan_service;
      DROP TRIGGER support_plan_inserted_snapshots ON support_plan; DROP TRIGGER support_plan_updated_snapshots ON support_plan;
      DROP TRIGGER support_plan_deleted_snapshots ON support_plan;
      DROP TRIGGER assessment_inserted_snapshots ON assessment; DROP TRIGGER assessment_updated_snapshots ON assessment;
      DROP TRIGGER assessment_deleted_snapshots ON assessment;
      DROP TRIGGER placement_inserted_snapshots ON placement; DROP TRIGGER placement_updated_snapshots ON placement;
      DROP TRIGGER placement_deleted_snapshots ON placement;
      DROP TRIGGER care_case_inserted_snapshots ON care_case; DROP TRIGGER care_case_updated_snapshots ON care_case;
      DROP TRIGGER care_case_deleted_snapshots ON care_case;
      DROP FUNCTION report_snapshots_municipality(); DROP FUNCTION report_snapshots_client();
      DROP FUNCTION report_snapshots_plan_service(); DROP FUNCTION report_snapshots_plan(); DROP FUNCTION report_plan_changed(uuid[], uuid[]);
      DROP FUNCTION report_snapshots_assessment(); DROP FUNCTION report_snapshots_placement(); DROP FUNCTION report_snapshots_case();
      DROP FUNCTION report_waiting_start(uuid); DROP FUNCTION report_case_start(uuid, date); DROP FUNCTION report_month_of(date);
      DROP TABLE report_plan_dirty, report_reviews, report_plan_volume, report_snapshot_dirty, report_snapshot_state, report_snapshot;
    `);
  }
}
