import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts (issue 12): raised by rules in the same transaction as the write that causes them (a
 * CRISIS follow-up alerts the case manager and the orphan court; a plan another agency drafted alerts
 * the case manager, whose decision it waits for), or by the job that finds a due
 * item past its date; raised once (unique per recipient, kind and cause). Read state is per user.
 * What an alert shows is decided when it is read, through the policy (its category in its case).
 */
export class Alerts1763902200000 implements MigrationInterface {
  name = 'Alerts1763902200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        case_id uuid NOT NULL REFERENCES care_case (id),
        kind text NOT NULL CHECK (kind IN ('CRISIS_FOLLOW_UP', 'OVERDUE', 'PLAN_DRAFTED')),
        -- what it is about: the due item's kind, or the follow-up's
        subject text NOT NULL,
        category text NOT NULL,
        -- what raised it (a follow-up, a due item on a date): each raises one alert per recipient
        ref text NOT NULL,
        due_on date,
        raised_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (agency_id, kind, ref)
      );
      CREATE INDEX alert_inbox_idx ON alert (agency_id, raised_at DESC, id DESC);
      CREATE INDEX alert_case_idx ON alert (case_id);
      CREATE TABLE alert_read (
        alert_id uuid NOT NULL REFERENCES alert (id),
        user_id text NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (alert_id, user_id)
      );
      GRANT SELECT, INSERT ON alert, alert_read TO casehub_app;

      CREATE FUNCTION alerts_on_crisis() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO alert (agency_id, case_id, kind, subject, category, ref)
        SELECT DISTINCT i.agency_id, n.case_id, 'CRISIS_FOLLOW_UP', n.kind, n.category, n.id::text
          FROM new_rows n JOIN involvement i ON i.case_id = n.case_id AND i.role IN ('CASE_MANAGER', 'ORPHAN_COURT')
           AND i.ended_at IS NULL AND i.valid_from <= now() AND (i.valid_until IS NULL OR i.valid_until > now())
         WHERE n.kind = 'CRISIS'
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$;
      CREATE TRIGGER follow_up_crisis_alerts_insert AFTER INSERT ON follow_up REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION alerts_on_crisis();
      CREATE TRIGGER follow_up_crisis_alerts_update AFTER UPDATE ON follow_up REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION alerts_on_crisis();

      -- a plan drafted by another agency (the assessment team) waits for the case manager's decision
      CREATE FUNCTION alerts_on_drafted_plan() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO alert (agency_id, case_id, kind, subject, category, ref)
        SELECT i.agency_id, n.case_id, 'PLAN_DRAFTED', 'SUPPORT_PLAN', 'PLAN', n.id::text
          FROM new_rows n JOIN involvement i ON i.case_id = n.case_id AND i.role = 'CASE_MANAGER' AND i.ended_at IS NULL
         WHERE n.status = 'DRAFT' AND n.author_agency_id <> i.agency_id
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$;
      CREATE TRIGGER support_plan_drafted_alerts AFTER INSERT ON support_plan REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION alerts_on_drafted_plan();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER support_plan_drafted_alerts ON support_plan;
      DROP FUNCTION alerts_on_drafted_plan();
      DROP TRIGGER follow_up_crisis_alerts_update ON follow_up;
      DROP TRIGGER follow_up_crisis_alerts_insert ON follow_up;
      DROP FUNCTION alerts_on_crisis();
      DROP TABLE alert_read;
      DROP TABLE alert;
    `);
  }
}
