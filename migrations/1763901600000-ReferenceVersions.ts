import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reference data as data (issue 11): every register is synced from its versioned source in
 * src/reference/data/, and `reference_version` keeps which version of each source the database
 * holds (and a hash of its records, so an edit whose version was not bumped is still seen), for the
 * sync's report to say from which version to which. The foster care form rules, until now code,
 * become the register `carer_form_rule`, read by the placement capacity check. The serving role
 * reads the rules; only the schema's owner writes either table (the sync runs as the owner).
 */
export class ReferenceVersions1763901600000 implements MigrationInterface {
  name = 'ReferenceVersions1763901600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reference_version (
        source text PRIMARY KEY CHECK (source IN ('geography', 'agencies', 'service-prices', 'carer-forms')),
        version text NOT NULL,
        content_hash text NOT NULL,
        synced_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE carer_form_rule (
        form text PRIMARY KEY CHECK (form IN ('CRISIS', 'THERAPEUTIC', 'SPECIALISED', 'RESPITE', 'ORDINARY')),
        max_children integer NOT NULL CHECK (max_children > 0),
        siblings_may_exceed boolean NOT NULL,
        -- [{ "childUnder": years, "maxChildren": n, "specialNeedsOnly": bool }]: stricter limits while a young child is placed
        age_bands jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(age_bands) = 'array'),
        term text NOT NULL
      );
      GRANT SELECT ON carer_form_rule TO casehub_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE carer_form_rule; DROP TABLE reference_version;');
  }
}
