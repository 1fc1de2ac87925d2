import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: the support centre's support plan for a carer (audžuģimenes atbalsta plāns, seed 000):
 * the support the centre gives the family (crisis support, respite, support groups, a mentor,
 * specialists) and when it is reviewed; versioned, each version appended (the newest in force).
 */
export class CarerSupportPlans1763903120000 implements MigrationInterface {
  name = 'CarerSupportPlans1763903120000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE carer_support_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        carer_id uuid NOT NULL REFERENCES carer (id),
        version integer NOT NULL CHECK (version >= 1),
        needs text NOT NULL CHECK (length(needs) BETWEEN 1 AND 4000),
        support text NOT NULL CHECK (length(support) BETWEEN 1 AND 4000),
        valid_from date NOT NULL,
        review_due_on date NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency (id),
        user_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT carer_support_plan_review CHECK (review_due_on > valid_from),
        UNIQUE (carer_id, version)
      );
      -- versions are only appended to
      GRANT SELECT, INSERT ON carer_support_plan TO casehub_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE carer_support_plan');
  }
}
