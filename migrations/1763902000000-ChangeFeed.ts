import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change feed (issue 12, point 3): one event per audited write of case data, kept by a trigger
 * on audit_log WRITE rows, so it is written in the same transaction as the change (the audit of a
 * write is its outbox; a rolled-back write leaves no event). The event's id is the audit row's.
 *
 * Ordering: an identity id is taken at insert, but transactions commit in another order, so a
 * reader paging by id could pass a smaller id that commits later. Each event therefore keeps the
 * id of the transaction that wrote it (`xact_id`, pg_current_xact_id()), and the feed hands out
 * only events of transactions older than the reading snapshot's xmin (every transaction below it
 * has ended, and any later one gets a larger id), in (xact_id, id) order: the events before a
 * cursor never change, so a stored cursor never misses nor repeats one.
 */
export class ChangeFeed1763902000000 implements MigrationInterface {
  name = 'ChangeFeed1763902000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE change_event (
        id bigint PRIMARY KEY,
        xact_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        at timestamptz NOT NULL,
        case_id uuid NOT NULL REFERENCES care_case (id),
        entity text NOT NULL,
        entity_id uuid,
        operation text NOT NULL,
        categories text[] NOT NULL,
        old_version integer,
        new_version integer
      );
      -- the feed's order (and its cursor)
      CREATE INDEX change_event_order_idx ON change_event (xact_id, id);
      -- one case's events in feed order: the path from an agency's involvements
      CREATE INDEX change_event_case_idx ON change_event (case_id, xact_id, id);

      CREATE FUNCTION audit_feeds_change_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO change_event (id, at, case_id, entity, entity_id, operation, categories, old_version, new_version)
          VALUES (NEW.id, NEW.at, NEW.case_id, COALESCE(NEW.entity, 'Case'), NEW.entity_id, NEW.operation, NEW.categories,
                  NEW.old_version, NEW.new_version);
        RETURN NULL;
      END $$;
      CREATE TRIGGER audit_log_change_event AFTER INSERT ON audit_log
        FOR EACH ROW WHEN (NEW.kind = 'WRITE' AND NEW.case_id IS NOT NULL) EXECUTE FUNCTION audit_feeds_change_event();

      -- the writes audited so far, in their order, as of this migration's transaction
      INSERT INTO change_event (id, at, case_id, entity, entity_id, operation, categories, old_version, new_version)
        SELECT id, at, case_id, COALESCE(entity, 'Case'), entity_id, operation, categories, old_version, new_version
          FROM audit_log WHERE kind = 'WRITE' AND case_id IS NOT NULL ORDER BY id;

      -- append-only as the audit it mirrors; the hub appends through the trigger and reads the feed
      CREATE TRIGGER change_event_no_change BEFORE UPDATE OR DELETE ON change_event
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
      CREATE TRIGGER change_event_no_truncate BEFORE TRUNCATE ON change_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
      GRANT SELECT, INSERT ON change_event TO casehub_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER audit_log_change_event ON audit_log; DROP FUNCTION audit_feeds_change_event();
      DROP TABLE change_event;
    `);
  }
}
