import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The overdue-alert job looks at what changed since its last run, not at every overdue item in
 * Latvia. On 1,000,000 cases it read all 1.1 M overdue items every 10 minutes, sorted them and
 * tried to insert an alert for each (59 s for a first run; seconds of conflicts on every run after).
 *
 * - `alert_watermark`: the day of the last run (one row; none before the first run, which then looks
 *   at every item, as every run did before). A run looks at the items that fell due since that day.
 * - `alert_pending_case`: a row per writing statement for each case whose due items or involvements
 *   changed (an item's date, window or responsible agency; an agency joining or leaving the case), so
 *   a run looks at that case's items again; `from_day` / `from_at` when that can only matter later (an
 *   item active from a later day, an involvement beginning later), and the row waits until then.
 *   Writers only insert (nothing to wait for); a run deletes the rows it reads, in the statement that
 *   raises the alerts.
 */
export class AlertsSinceLastRun1763904000000 implements MigrationInterface {
  name = 'AlertsSinceLastRun1763904000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE alert_watermark (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        day date NOT NULL
      );
      GRANT SELECT, INSERT, UPDATE ON alert_watermark TO casehub_app;

      CREATE TABLE alert_pending_case (
        case_id uuid NOT NULL,
        from_day date,
        from_at timestamptz
      );
      GRANT SELECT, INSERT, DELETE ON alert_pending_case TO casehub_app;

      -- due_dates_refresh deletes and inserts a case's items: every change of them is an insert; an item
      -- active from a later day (a day in Latvia) is looked at again from that day
      CREATE FUNCTION due_date_alert_pending() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO alert_pending_case (case_id, from_day)
        SELECT DISTINCT case_id, CASE WHEN active_from > (now() AT TIME ZONE 'Europe/Riga')::date THEN active_from END FROM changed;
        RETURN NULL;
      END $$;
      CREATE TRIGGER due_date_alert_pending AFTER INSERT ON due_date
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION due_date_alert_pending();

      -- an agency joining or leaving a case (those told of its overdue items); one beginning later, from then
      CREATE FUNCTION involvement_alert_pending() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO alert_pending_case (case_id, from_at)
        SELECT DISTINCT case_id, CASE WHEN valid_from > now() THEN valid_from END FROM changed;
        RETURN NULL;
      END $$;
      CREATE TRIGGER involvement_alert_pending_insert AFTER INSERT ON involvement
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION involvement_alert_pending();
      CREATE TRIGGER involvement_alert_pending_delete AFTER DELETE ON involvement
        REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION involvement_alert_pending();

      -- per row, and only when who is in the case changes: moving visible_change_at (every write to a case) adds nothing
      CREATE FUNCTION involvement_alert_pending_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO alert_pending_case (case_id, from_at) VALUES (NEW.case_id, CASE WHEN NEW.valid_from > now() THEN NEW.valid_from END);
        IF NEW.case_id IS DISTINCT FROM OLD.case_id THEN
          INSERT INTO alert_pending_case (case_id) VALUES (OLD.case_id);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER involvement_alert_pending_update AFTER UPDATE ON involvement FOR EACH ROW
        WHEN (OLD.agency_id IS DISTINCT FROM NEW.agency_id OR OLD.case_id IS DISTINCT FROM NEW.case_id
              OR OLD.role IS DISTINCT FROM NEW.role OR OLD.valid_from IS DISTINCT FROM NEW.valid_from
              OR OLD.valid_until IS DISTINCT FROM NEW.valid_until OR OLD.ended_at IS DISTINCT FROM NEW.ended_at)
        EXECUTE FUNCTION involvement_alert_pending_update();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER involvement_alert_pending_update ON involvement;
      DROP TRIGGER involvement_alert_pending_delete ON involvement;
      DROP TRIGGER involvement_alert_pending_insert ON involvement;
      DROP TRIGGER due_date_alert_pending ON due_date;
      DROP FUNCTION involvement_alert_pending_update();
      DROP FUNCTION involvement_alert_pending();
      DROP FUNCTION due_date_alert_pending();
      DROP TABLE alert_pending_case;
      DROP TABLE alert_watermark;
    `);
  }
}
