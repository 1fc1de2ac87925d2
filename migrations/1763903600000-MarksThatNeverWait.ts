import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The marks that writes leave for the report refresh (`report_dirty`, `report_plan_dirty`,
 * `report_snapshot_dirty`) are appended, no longer unique. A unique mark made a writer wait on
 * another transaction's uncommitted mark of the same municipality and month, so two writes marking
 * the same two municipalities in opposite orders deadlocked: a child of Rīga placed with a family of
 * Valmiera while a child of Valmiera is placed with a family of Rīga (the family's municipality is
 * marked first, then the case's). Now no writer waits on another's marks; the refresh reads them as
 * a set and deletes what it took, duplicates included.
 *
 * A form rule of the carer register marks the families holding that form only, and only when its
 * limit of children changes (the reference sync writes every field of a changed row).
 */
const TABLES = [
  { table: 'report_dirty', key: 'municipality_code' },
  { table: 'report_plan_dirty', key: 'municipality_code' },
  { table: 'report_snapshot_dirty', key: 'municipality_code, from_month, class' },
];

const MARK_FORMS = `
          WITH places AS (SELECT DISTINCT k.municipality_code AS code FROM carer k JOIN carer_form f ON f.carer_id = k.id
                           WHERE k.kind = 'FOSTER_FAMILY' AND f.form = ANY(forms)),
               marked AS (INSERT INTO report_snapshot_dirty SELECT code, '-infinity', 'DATED' FROM places)
          INSERT INTO report_dirty SELECT code FROM places;`;

export class MarksThatNeverWait1763903600000 implements MigrationInterface {
  name = 'MarksThatNeverWait1763903600000';

  async up(q: QueryRunner): Promise<void> {
    for (const { table, key } of TABLES) {
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey; CREATE INDEX ${table}_idx ON ${table} (${key})`);
    }
    await q.query(`
      DROP TRIGGER carer_form_rule_changed_snapshots ON carer_form_rule;
      DROP FUNCTION report_snapshots_form_rules();
      CREATE FUNCTION report_snapshots_form_rules() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE forms text[];
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          SELECT array_agg(o.form) INTO forms FROM previous o JOIN changed n ON n.form = o.form
           WHERE o.max_children IS DISTINCT FROM n.max_children;
        ELSIF TG_OP = 'INSERT' THEN
          SELECT array_agg(n.form) INTO forms FROM changed n;
        ELSE
          SELECT array_agg(o.form) INTO forms FROM previous o;
        END IF;
        IF forms IS NOT NULL THEN ${MARK_FORMS}
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER carer_form_rule_inserted_snapshots AFTER INSERT ON carer_form_rule REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_form_rules();
      CREATE TRIGGER carer_form_rule_updated_snapshots AFTER UPDATE ON carer_form_rule REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_form_rules();
      CREATE TRIGGER carer_form_rule_deleted_snapshots AFTER DELETE ON carer_form_rule REFERENCING OLD TABLE AS previous
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_form_rules();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER carer_form_rule_inserted_snapshots ON carer_form_rule; DROP TRIGGER carer_form_rule_updated_snapshots ON carer_form_rule;
      DROP TRIGGER carer_form_rule_deleted_snapshots ON carer_form_rule;
      DROP FUNCTION report_snapshots_form_rules();
      CREATE FUNCTION report_snapshots_form_rules() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO report_snapshot_dirty SELECT code, '-infinity', 'DATED' FROM municipality ON CONFLICT DO NOTHING;
        INSERT INTO report_dirty SELECT code FROM municipality ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$;
      CREATE TRIGGER carer_form_rule_changed_snapshots AFTER INSERT OR UPDATE OF max_children OR DELETE ON carer_form_rule
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_form_rules();
    `);
    for (const { table, key } of TABLES) {
      await q.query(`DROP INDEX ${table}_idx;
        DELETE FROM ${table} a USING ${table} b WHERE a.ctid < b.ctid AND (${key.split(', ').map((k) => `a.${k} = b.${k}`).join(' AND ')});
        ALTER TABLE ${table} ADD PRIMARY KEY (${key})`);
    }
  }
}
