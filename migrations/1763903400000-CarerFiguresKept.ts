import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foster families active at a date and their free places (issue 13's figures) are kept like the
 * other dated figures (issue 20, issue 9's bound for a past month): in the rollups for today and in
 * the month-end snapshots, not worked out for every family on each request (~95 ms of a national
 * report on 100,000 cases, ten times that on a million).
 * - `report_mark_carers(ids, days)`: marks the months from each day on, in the municipality where the
 *   foster family lives, and its rollup. A family's status step counts from its day, a recognised
 *   form from its decision, a child placed with it from the placement's start (a changed end from the
 *   earlier end); a family that moves, or changes kind, or is deleted, marks every month of both places.
 * - a changed form rule (the register's limit of children per form) marks every month everywhere.
 * - the suitability decisions of a period stay live, read through an index on the decision date.
 * The rollups built before this have none of the families' rows: every municipality's is rebuilt.
 */
export class CarerFiguresKept1763903400000 implements MigrationInterface {
  name = 'CarerFiguresKept1763903400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX carer_suitability_idx ON carer (suitability_decided_on) INCLUDE (municipality_code, inquiry_on)
        WHERE suitability_decided_on IS NOT NULL;
      DELETE FROM report_rollup_state;

      CREATE FUNCTION report_mark_carers(ids uuid[], days date[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO report_snapshot_dirty
          SELECT k.municipality_code, min(report_month_of(x.d)), 'DATED'
            FROM unnest(ids, days) x(id, d) JOIN carer k ON k.id = x.id
           WHERE k.kind = 'FOSTER_FAMILY' AND report_month_of(x.d) IS NOT NULL
           GROUP BY 1
          ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty SELECT DISTINCT k.municipality_code FROM unnest(ids) x(id) JOIN carer k ON k.id = x.id
         WHERE k.kind = 'FOSTER_FAMILY'
        ON CONFLICT DO NOTHING;
      $$;

      CREATE FUNCTION report_snapshots_carer_step() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM report_mark_carers(array_agg(n.carer_id), array_agg(n.at::date)) FROM changed n;
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM report_mark_carers(array_agg(o.carer_id), array_agg(o.at::date)) FROM previous o;
        ELSE
          PERFORM report_mark_carers(array_agg(k.carer_id), array_agg(least(o.at, n.at)::date))
             FROM previous o JOIN changed n ON n.id = o.id CROSS JOIN LATERAL (VALUES (o.carer_id), (n.carer_id)) k(carer_id)
            WHERE (o.carer_id, o.to_status, o.at) IS DISTINCT FROM (n.carer_id, n.to_status, n.at);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER carer_transition_inserted_snapshots AFTER INSERT ON carer_transition REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_carer_step();
      CREATE TRIGGER carer_transition_updated_snapshots AFTER UPDATE ON carer_transition REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_carer_step();
      CREATE TRIGGER carer_transition_deleted_snapshots AFTER DELETE ON carer_transition REFERENCING OLD TABLE AS previous
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_carer_step();

      CREATE FUNCTION report_snapshots_carer_form() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM report_mark_carers(array_agg(n.carer_id), array_agg(n.decided_on)) FROM changed n;
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM report_mark_carers(array_agg(o.carer_id), array_agg(o.decided_on)) FROM previous o;
        ELSE
          -- its key may change too: the old rows and the new, each from its own decision
          PERFORM report_mark_carers(array_agg(x.carer_id), array_agg(x.decided_on))
             FROM (SELECT carer_id, decided_on FROM previous UNION ALL SELECT carer_id, decided_on FROM changed) x;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER carer_form_inserted_snapshots AFTER INSERT ON carer_form REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_carer_form();
      CREATE TRIGGER carer_form_updated_snapshots AFTER UPDATE ON carer_form REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_carer_form();
      CREATE TRIGGER carer_form_deleted_snapshots AFTER DELETE ON carer_form REFERENCING OLD TABLE AS previous
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_carer_form();

      -- the children living with a family (its free places): placements naming it
      CREATE FUNCTION report_snapshots_carer_placement() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM report_mark_carers(array_agg(n.carer_id), array_agg(n.starts_on)) FROM changed n WHERE n.carer_id IS NOT NULL;
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM report_mark_carers(array_agg(o.carer_id), array_agg(o.starts_on)) FROM previous o WHERE o.carer_id IS NOT NULL;
        ELSE
          PERFORM report_mark_carers(array_agg(k.carer_id), array_agg(x.d)) FROM (
              SELECT o.carer_id AS old_carer, n.carer_id AS new_carer,
                     CASE WHEN (o.carer_id, o.starts_on) IS DISTINCT FROM (n.carer_id, n.starts_on) THEN least(o.starts_on, n.starts_on)
                          WHEN o.ends_on IS DISTINCT FROM n.ends_on
                          THEN least(COALESCE(o.ends_on, 'infinity'), COALESCE(n.ends_on, 'infinity')) END AS d
                FROM previous o JOIN changed n ON n.id = o.id
               WHERE o.carer_id IS NOT NULL OR n.carer_id IS NOT NULL) x
            CROSS JOIN LATERAL (VALUES (x.old_carer), (x.new_carer)) k(carer_id)
           WHERE k.carer_id IS NOT NULL AND x.d IS NOT NULL;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER placement_inserted_carer_snapshots AFTER INSERT ON placement REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_carer_placement();
      CREATE TRIGGER placement_updated_carer_snapshots AFTER UPDATE ON placement REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_carer_placement();
      CREATE TRIGGER placement_deleted_carer_snapshots AFTER DELETE ON placement REFERENCING OLD TABLE AS previous
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_carer_placement();

      -- a family that moves or changes kind counts elsewhere (or not at all) in every month: both places are marked
      CREATE FUNCTION report_snapshots_carer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          WITH places AS (SELECT DISTINCT k.code FROM previous o JOIN changed n ON n.id = o.id
                   CROSS JOIN LATERAL (VALUES (o.municipality_code, o.kind), (n.municipality_code, n.kind)) k(code, kind)
                  WHERE (o.municipality_code, o.kind) IS DISTINCT FROM (n.municipality_code, n.kind) AND k.kind = 'FOSTER_FAMILY'),
            marked AS (INSERT INTO report_snapshot_dirty SELECT code, '-infinity', 'DATED' FROM places ON CONFLICT DO NOTHING)
          INSERT INTO report_dirty SELECT code FROM places ON CONFLICT DO NOTHING;
        ELSE
          WITH places AS (SELECT DISTINCT o.municipality_code AS code FROM previous o WHERE o.kind = 'FOSTER_FAMILY'),
            marked AS (INSERT INTO report_snapshot_dirty SELECT code, '-infinity', 'DATED' FROM places ON CONFLICT DO NOTHING)
          INSERT INTO report_dirty SELECT code FROM places ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER carer_updated_snapshots AFTER UPDATE ON carer REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_carer();
      CREATE TRIGGER carer_deleted_snapshots AFTER DELETE ON carer REFERENCING OLD TABLE AS previous
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_carer();

      -- the register's limits of children per form (reference data) change every month's free places
      CREATE FUNCTION report_snapshots_form_rules() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO report_snapshot_dirty SELECT code, '-infinity', 'DATED' FROM municipality ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty SELECT code FROM municipality ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$;
      CREATE TRIGGER carer_form_rule_changed_snapshots AFTER INSERT OR UPDATE OF max_children OR DELETE ON carer_form_rule
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_form_rules();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER carer_form_rule_changed_snapshots ON carer_form_rule;
      DROP TRIGGER carer_updated_snapshots ON carer; DROP TRIGGER carer_deleted_snapshots ON carer;
      DROP TRIGGER placement_inserted_carer_snapshots ON placement; DROP TRIGGER placement_updated_carer_snapshots ON placement;
      DROP TRIGGER placement_deleted_carer_snapshots ON placement;
      DROP TRIGGER carer_form_inserted_snapshots ON carer_form; DROP TRIGGER carer_form_updated_snapshots ON carer_form;
      DROP TRIGGER carer_form_deleted_snapshots ON carer_form;
      DROP TRIGGER carer_transition_inserted_snapshots ON carer_transition; DROP TRIGGER carer_transition_updated_snapshots ON carer_transition;
      DROP TRIGGER carer_transition_deleted_snapshots ON carer_transition;
      DROP FUNCTION report_snapshots_form_rules(); DROP FUNCTION report_snapshots_carer(); DROP FUNCTION report_snapshots_carer_placement();
      DROP FUNCTION report_snapshots_carer_form(); DROP FUNCTION report_snapshots_carer_step(); DROP FUNCTION report_mark_carers(uuid[], date[]);
      DROP INDEX carer_suitability_idx;
      DELETE FROM report_rollup_state;
    `);
  }
}
