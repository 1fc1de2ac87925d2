import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A plan template whose required sections change (the reference sync) marks the plan figures of every
 * municipality with an active plan of its target group stale, as a plan's own sections do: the plans
 * lacking a required section are counted against the template. Before, only the daily rebuild saw it.
 * The sync writes every field of a changed row, so only a changed list of sections marks anything.
 */
export class TemplateMarksPlans1763903700000 implements MigrationInterface {
  name = 'TemplateMarksPlans1763903700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION report_plan_template_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE groups text[];
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          SELECT array_agg(n.target_group) INTO groups FROM previous o JOIN changed n ON n.target_group = o.target_group
           WHERE o.required_sections IS DISTINCT FROM n.required_sections;
        ELSIF TG_OP = 'INSERT' THEN
          SELECT array_agg(n.target_group) INTO groups FROM changed n;
        ELSE
          SELECT array_agg(o.target_group) INTO groups FROM previous o;
        END IF;
        IF groups IS NOT NULL THEN
          INSERT INTO report_plan_dirty SELECT DISTINCT c.responsible_municipality_code FROM care_case c
           WHERE c.target_group = ANY(groups) AND c.status <> 'CLOSED'
             AND EXISTS (SELECT 1 FROM support_plan p WHERE p.case_id = c.id AND p.status = 'ACTIVE');
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER plan_template_inserted_report AFTER INSERT ON plan_template REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_plan_template_changed();
      CREATE TRIGGER plan_template_updated_report AFTER UPDATE ON plan_template REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_plan_template_changed();
      CREATE TRIGGER plan_template_deleted_report AFTER DELETE ON plan_template REFERENCING OLD TABLE AS previous
        FOR EACH STATEMENT EXECUTE FUNCTION report_plan_template_changed();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER plan_template_inserted_report ON plan_template; DROP TRIGGER plan_template_updated_report ON plan_template;
      DROP TRIGGER plan_template_deleted_report ON plan_template; DROP FUNCTION report_plan_template_changed();
    `);
  }
}
