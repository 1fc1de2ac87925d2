import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The support plan templates (issue 19) become a register like the others: synced from
 * src/reference/data/plan-templates.json by `npm run reference:sync` and at start-up, versioned in
 * reference_version, and read from the database by activation, `missingSections` and the
 * PLANS_MISSING_SECTIONS figure, so an operator's edited template reaches the running hubs without a
 * release. The rows below are the templates as version 1 shipped them, so a database migrated but
 * not yet synced refuses activations exactly as before; the first sync records the source's version.
 */
const SOURCES_BEFORE = `('geography', 'agencies', 'service-prices', 'carer-forms', 'centre-services', 'survey-questions', 'providers',
  'placement-limits')`;
const SOURCES_AFTER = `('geography', 'agencies', 'service-prices', 'carer-forms', 'centre-services', 'survey-questions', 'providers',
  'placement-limits', 'plan-templates')`;

export class PlanTemplates1763903000000 implements MigrationInterface {
  name = 'PlanTemplates1763903000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reference_version DROP CONSTRAINT reference_version_source_check;
      ALTER TABLE reference_version ADD CONSTRAINT reference_version_source_check CHECK (source IN ${SOURCES_AFTER});

      CREATE TABLE plan_template (
        target_group text PRIMARY KEY
          CHECK (target_group IN ('CHILD_WITHOUT_PARENTAL_CARE', 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT', 'ADULT_WITH_MENTAL_DISORDER')),
        -- the sections required before activation, in the template's order (the refusal names them in it)
        required_sections jsonb NOT NULL CHECK (jsonb_typeof(required_sections) = 'array'),
        why text NOT NULL
      );
      GRANT SELECT ON plan_template TO casehub_app;
      INSERT INTO plan_template (target_group, required_sections, why) VALUES
        ('CHILD_WITHOUT_PARENTAL_CARE', '["HEALTH", "FAMILY", "CHILD_VOICE", "EDUCATION", "WISHES_AND_INTERESTS"]',
         'a child''s health, family and siblings, own opinion on the best-suited family, schooling and interests; the placement conditions are the orphan court''s and are not required to activate'),
        ('CHILD_WITH_FUNCTIONAL_IMPAIRMENT', '["HEALTH", "FAMILY", "EDUCATION", "WISHES_AND_INTERESTS"]',
         'disability group, medication, treatment and rehabilitation; the family and its support; education'),
        ('ADULT_WITH_MENTAL_DISORDER', '["HEALTH", "FAMILY", "PLACEMENT", "EMPLOYMENT", "WISHES_AND_INTERESTS", "SUPPORT_VOLUME"]',
         'health with medication, support persons, where and how the adult lives, employment, the support volume and care level');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE plan_template;
      DELETE FROM reference_version WHERE source = 'plan-templates';
      ALTER TABLE reference_version DROP CONSTRAINT reference_version_source_check;
      ALTER TABLE reference_version ADD CONSTRAINT reference_version_source_check CHECK (source IN ${SOURCES_BEFORE});
    `);
  }
}
