import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Due dates kept on write: the next due date of each monitoring rule per case (src/monitoring),
 * so `dueItems` reads an index instead of working the rules out over every case a caller reaches.
 *
 * A row holds what does not depend on the day judged by: the due date, the days the rule applies
 * (a previous provider's involvement, an institution stay: from, and until exclusive) and who has to
 * act. The notice windows, the day judged by (`asOf`) and what the caller may read are applied when
 * reading, so any `asOf`, past or future, gives what the rules give. The case's current manager is
 * copied in, so "what is due for agency X by date" is one ordered index scan (X as the manager, or
 * X as the responsible agency).
 *
 * Statement triggers with transition tables keep it in the writing transaction, from the hub's
 * writes, the owner's and the demo seed's COPY alike: each recomputes the rows of the cases a
 * statement touched. The rules' numbers here are those of RULES in src/monitoring/due-items.sql.ts
 * (reviews and monitoring visits every 3 months; a stay of 3 months under 4 years, else 6); a test
 * compares the rows with the rules worked out from the source tables.
 */
export class DueDates1763901000000 implements MigrationInterface {
  name = 'DueDates1763901000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE due_date (
        case_id uuid NOT NULL,
        -- the item's id as the API shows it: kind and the row it is about
        id text NOT NULL,
        kind text NOT NULL,
        category text NOT NULL,
        due_on date NOT NULL,
        active_from date,
        active_until date,
        -- null: the case manager
        responsible_agency_id uuid,
        manager_agency_id uuid,
        PRIMARY KEY (case_id, id)
      );
      CREATE INDEX due_date_manager_idx ON due_date (manager_agency_id, due_on, id);
      -- the agencies responsible for an item other than its case's manager: that one reads the index above
      CREATE INDEX due_date_responsible_idx ON due_date (responsible_agency_id, due_on, id)
        WHERE responsible_agency_id IS NOT NULL AND responsible_agency_id IS DISTINCT FROM manager_agency_id;

      -- Recomputes the rows of some cases. The owner's rights (the hub only reads due_date) and Latvia's
      -- calendar for timestamp-to-date casts, whichever session writes (the seed's is not set to it).
      CREATE FUNCTION due_dates_refresh(cases uuid[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp SET timezone = 'Europe/Riga' AS $$
      BEGIN
        IF coalesce(cardinality(cases), 0) = 0 THEN
          RETURN;
        END IF;
        -- writers of one case take turns from here to their commit, and each statement below sees what
        -- the one before committed (read committed): the last writer computes from everything
        PERFORM 1 FROM care_case WHERE id = ANY(cases) ORDER BY id FOR NO KEY UPDATE;
        DELETE FROM due_date WHERE case_id = ANY(cases);
        INSERT INTO due_date (case_id, id, kind, category, due_on, active_from, active_until, responsible_agency_id, manager_agency_id)
        WITH c AS (
          SELECT cc.id, cc.status, cc.target_group, cc.client_id, cc.closed_on,
                 (SELECT m.agency_id FROM involvement m WHERE m.case_id = cc.id AND m.role = 'CASE_MANAGER' AND m.ended_at IS NULL) AS manager
            FROM care_case cc WHERE cc.id = ANY(cases)
        ), items AS (
          SELECT c.id AS case_id, 'PLAN_REASSESSMENT' AS kind, 'PLAN' AS category, p.id AS ref_id, p.review_due_on AS due_on,
                 NULL::date AS active_from, NULL::date AS active_until, NULL::uuid AS responsible, c.manager
            FROM c JOIN support_plan p ON p.case_id = c.id AND p.status = 'ACTIVE'
           WHERE c.status <> 'CLOSED'
          UNION ALL
          SELECT c.id, 'SITUATION_REVIEW', 'FOLLOW_UP', pp.id, next.due_on, pp.valid_from::date, pp.valid_until::date, pp.agency_id, c.manager
            FROM c JOIN involvement pp ON pp.case_id = c.id AND pp.role = 'PREVIOUS_PROVIDER' AND pp.ended_at IS NULL
           CROSS JOIN LATERAL (
             SELECT (COALESCE(
                      (SELECT max(f.occurred_on) FROM follow_up f
                        WHERE f.case_id = pp.case_id AND f.author_agency_id = pp.agency_id AND f.kind = 'SITUATION_REVIEW'
                          AND f.occurred_on >= pp.valid_from::date),
                      pp.valid_from::date) + interval '3 months')::date AS due_on) next
           WHERE pp.valid_until IS NULL OR next.due_on <= pp.valid_until::date
          UNION ALL
          SELECT c.id, 'TASK_DEADLINE', 'PLAN', t.id, t.deadline, NULL, NULL, t.responsible_agency_id, c.manager
            FROM c JOIN support_plan p ON p.case_id = c.id AND p.status = 'ACTIVE'
            JOIN plan_task t ON t.plan_id = p.id AND t.status IN ('PLANNED', 'IN_PROGRESS') AND t.deadline IS NOT NULL
           WHERE c.status <> 'CLOSED'
          UNION ALL
          SELECT c.id, 'MONITORING_VISIT', 'FOLLOW_UP', c.id, next.due_on, NULL, NULL, NULL, c.manager
            FROM c CROSS JOIN LATERAL (
              SELECT (COALESCE(
                       (SELECT max(f.occurred_on) FROM follow_up f
                         WHERE f.case_id = c.id AND f.kind = 'POST_CLOSURE_MONITORING' AND f.occurred_on >= c.closed_on),
                       c.closed_on) + interval '3 months')::date AS due_on) next
           WHERE c.status = 'POST_CLOSURE_MONITORING' AND next.due_on IS NOT NULL
          UNION ALL
          SELECT c.id, 'INSTITUTION_STAY_LIMIT', 'PLACEMENT', pl.id, lim.due_on, pl.starts_on, pl.ends_on, NULL, c.manager
            FROM c JOIN client cl ON cl.id = c.client_id AND cl.birth_date IS NOT NULL
            JOIN placement pl ON pl.case_id = c.id AND pl.type = 'INSTITUTION'
           CROSS JOIN LATERAL (
             SELECT (pl.starts_on + CASE WHEN age(pl.starts_on, cl.birth_date) < interval '4 years'
                                         THEN interval '3 months' ELSE interval '6 months' END)::date AS due_on) lim
           WHERE c.status <> 'CLOSED' AND c.target_group <> 'ADULT_WITH_MENTAL_DISORDER'
        )
        SELECT case_id, kind || ':' || ref_id, kind, category, due_on, active_from, active_until, responsible, manager FROM items;
      END $$;
      REVOKE ALL ON FUNCTION due_dates_refresh(uuid[]) FROM PUBLIC;

      -- The cases a statement touched in a way some rule reads (transition tables: one call per statement, COPY included).
      CREATE FUNCTION due_dates_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cases uuid[] := '{}';
      BEGIN
        IF TG_TABLE_NAME = 'care_case' THEN
          IF TG_OP = 'UPDATE' THEN
            -- not the audit's updated_at on every write: only what the rules read
            cases := ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                            WHERE (n.status, n.closed_on, n.target_group, n.client_id)
                                  IS DISTINCT FROM (o.status, o.closed_on, o.target_group, o.client_id));
          ELSIF TG_OP = 'INSERT' THEN
            -- what is added to a new case refreshes it by its own trigger: the case row alone gives only a visit after closure
            cases := ARRAY(SELECT id FROM new_rows WHERE status = 'POST_CLOSURE_MONITORING');
          ELSE
            cases := ARRAY(SELECT id FROM old_rows);
          END IF;
        ELSIF TG_TABLE_NAME = 'client' THEN
          cases := ARRAY(SELECT c.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN care_case c ON c.client_id = n.id
                          WHERE n.birth_date IS DISTINCT FROM o.birth_date);
        ELSE
          -- each statement is planned when it runs, and only these tables have these columns: one branch per table
          IF TG_OP <> 'DELETE' THEN
            IF TG_TABLE_NAME = 'involvement' THEN
              cases := ARRAY(SELECT case_id FROM new_rows WHERE role IN ('CASE_MANAGER', 'PREVIOUS_PROVIDER'));
            ELSIF TG_TABLE_NAME = 'support_plan' THEN
              cases := ARRAY(SELECT case_id FROM new_rows);
            ELSIF TG_TABLE_NAME = 'plan_task' THEN
              cases := ARRAY(SELECT p.case_id FROM new_rows t JOIN support_plan p ON p.id = t.plan_id);
            ELSIF TG_TABLE_NAME = 'follow_up' THEN
              cases := ARRAY(SELECT case_id FROM new_rows WHERE kind IN ('SITUATION_REVIEW', 'POST_CLOSURE_MONITORING'));
            ELSIF TG_TABLE_NAME = 'placement' THEN
              cases := ARRAY(SELECT case_id FROM new_rows WHERE type = 'INSTITUTION');
            END IF;
          END IF;
          IF TG_OP <> 'INSERT' THEN
            IF TG_TABLE_NAME = 'involvement' THEN
              cases := cases || ARRAY(SELECT case_id FROM old_rows WHERE role IN ('CASE_MANAGER', 'PREVIOUS_PROVIDER'));
            ELSIF TG_TABLE_NAME = 'support_plan' THEN
              cases := cases || ARRAY(SELECT case_id FROM old_rows);
            ELSIF TG_TABLE_NAME = 'plan_task' THEN
              cases := cases || ARRAY(SELECT p.case_id FROM old_rows t JOIN support_plan p ON p.id = t.plan_id);
            ELSIF TG_TABLE_NAME = 'follow_up' THEN
              cases := cases || ARRAY(SELECT case_id FROM old_rows WHERE kind IN ('SITUATION_REVIEW', 'POST_CLOSURE_MONITORING'));
            ELSIF TG_TABLE_NAME = 'placement' THEN
              cases := cases || ARRAY(SELECT case_id FROM old_rows WHERE type = 'INSTITUTION');
            END IF;
          END IF;
        END IF;
        PERFORM due_dates_refresh(ARRAY(SELECT DISTINCT unnest(cases)));
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION due_dates_on_change() FROM PUBLIC;

      DO $$ DECLARE source text; BEGIN
        FOREACH source IN ARRAY ARRAY['care_case', 'involvement', 'support_plan', 'plan_task', 'follow_up', 'placement'] LOOP
          EXECUTE format('CREATE TRIGGER %1$s_due_dates_insert AFTER INSERT ON %1$s REFERENCING NEW TABLE AS new_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION due_dates_on_change()', source);
          EXECUTE format('CREATE TRIGGER %1$s_due_dates_update AFTER UPDATE ON %1$s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION due_dates_on_change()', source);
          EXECUTE format('CREATE TRIGGER %1$s_due_dates_delete AFTER DELETE ON %1$s REFERENCING OLD TABLE AS old_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION due_dates_on_change()', source);
        END LOOP;
      END $$;
      CREATE TRIGGER client_due_dates_update AFTER UPDATE ON client REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION due_dates_on_change();

      -- the hub reads the rows; the triggers write them with the owner's rights
      GRANT SELECT ON due_date TO casehub_app;
      GRANT EXECUTE ON FUNCTION due_dates_refresh(uuid[]) TO casehub_app;

      SELECT due_dates_refresh(ARRAY(SELECT id FROM care_case));
      ANALYZE due_date;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ DECLARE source text; BEGIN
        FOREACH source IN ARRAY ARRAY['care_case', 'involvement', 'support_plan', 'plan_task', 'follow_up', 'placement'] LOOP
          EXECUTE format('DROP TRIGGER %1$s_due_dates_insert ON %1$s; DROP TRIGGER %1$s_due_dates_update ON %1$s;
                          DROP TRIGGER %1$s_due_dates_delete ON %1$s', source);
        END LOOP;
      END $$;
      DROP TRIGGER client_due_dates_update ON client;
      DROP FUNCTION due_dates_on_change(); DROP FUNCTION due_dates_refresh(uuid[]); DROP TABLE due_date;
    `);
  }
}
