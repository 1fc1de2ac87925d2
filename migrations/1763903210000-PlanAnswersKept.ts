import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Today's plans lacking a required section and without the client's agreement are kept with the
 * rollups like the other figures of today's plans (class PLANS), so a past month's report reads them
 * there instead of every active plan: a plan's sections and its client's answer now mark its
 * municipality's plan figures stale, as its services do. The rollups are rebuilt to hold them.
 */
export class PlanAnswersKept1763903210000 implements MigrationInterface {
  name = 'PlanAnswersKept1763903210000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- which sections a plan has counts, not their text (retention's redaction of a text marks nothing)
      CREATE FUNCTION report_plan_sections_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO report_plan_dirty SELECT DISTINCT c.responsible_municipality_code
            FROM (SELECT DISTINCT plan_id FROM changed) n JOIN support_plan p ON p.id = n.plan_id JOIN care_case c ON c.id = p.case_id
          ON CONFLICT DO NOTHING;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO report_plan_dirty SELECT DISTINCT c.responsible_municipality_code
            FROM (SELECT DISTINCT plan_id FROM previous) o JOIN support_plan p ON p.id = o.plan_id JOIN care_case c ON c.id = p.case_id
          ON CONFLICT DO NOTHING;
        ELSE
          INSERT INTO report_plan_dirty SELECT DISTINCT c.responsible_municipality_code
            FROM ((SELECT plan_id, section FROM previous EXCEPT SELECT plan_id, section FROM changed)
                  UNION (SELECT plan_id, section FROM changed EXCEPT SELECT plan_id, section FROM previous)) d
            JOIN support_plan p ON p.id = d.plan_id JOIN care_case c ON c.id = p.case_id
          ON CONFLICT DO NOTHING;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER plan_section_inserted_report AFTER INSERT ON plan_section REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_plan_sections_changed();
      CREATE TRIGGER plan_section_updated_report AFTER UPDATE ON plan_section REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_plan_sections_changed();
      CREATE TRIGGER plan_section_deleted_report AFTER DELETE ON plan_section REFERENCING OLD TABLE AS previous
        FOR EACH STATEMENT EXECUTE FUNCTION report_plan_sections_changed();

      -- the client's answer to an active plan
      CREATE FUNCTION report_plan_agreement_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO report_plan_dirty SELECT DISTINCT c.responsible_municipality_code
          FROM previous o JOIN changed n ON n.id = o.id JOIN care_case c ON c.id = n.case_id
         WHERE (o.status = 'ACTIVE' OR n.status = 'ACTIVE') AND o.agreement IS DISTINCT FROM n.agreement
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$;
      CREATE TRIGGER support_plan_agreement_report AFTER UPDATE ON support_plan REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_plan_agreement_changed();

      DELETE FROM report_rollup_state;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER support_plan_agreement_report ON support_plan; DROP FUNCTION report_plan_agreement_changed();
      DROP TRIGGER plan_section_inserted_report ON plan_section; DROP TRIGGER plan_section_updated_report ON plan_section;
      DROP TRIGGER plan_section_deleted_report ON plan_section; DROP FUNCTION report_plan_sections_changed();
      DELETE FROM report_rollup_state;
    `);
  }
}
