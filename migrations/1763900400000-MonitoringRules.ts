import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the monitoring rules need: social mentor assignments (a mentor serves at most 5 clients),
 * the recorded exception when siblings placed together exceed a foster family's capacity, and
 * indexes for the due-items computation.
 */
export class MonitoringRules1763900400000 implements MigrationInterface {
  name = 'MonitoringRules1763900400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mentor_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        -- the mentor in the providing agency's register, and their name
        mentor_ref text NOT NULL CHECK (length(mentor_ref) BETWEEN 1 AND 100),
        mentor_name text NOT NULL CHECK (length(mentor_name) BETWEEN 1 AND 300),
        provider_agency_id uuid REFERENCES agency (id),
        starts_on date NOT NULL,
        ends_on date,
        created_by_user_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mentor_assignment_period CHECK (ends_on IS NULL OR ends_on >= starts_on)
      );
      CREATE INDEX mentor_assignment_mentor_idx ON mentor_assignment (mentor_ref) WHERE ends_on IS NULL;
      CREATE INDEX mentor_assignment_case_idx ON mentor_assignment (case_id);

      ALTER TABLE placement ADD COLUMN sibling_group boolean NOT NULL DEFAULT false;
      ALTER TABLE placement ADD COLUMN capacity_exception text CHECK (length(capacity_exception) <= 1000);
      CREATE INDEX placement_carer_idx ON placement (carer_ref) WHERE type = 'FOSTER_FAMILY' AND ends_on IS NULL;

      CREATE INDEX follow_up_reviews_idx ON follow_up (case_id, author_agency_id, kind, occurred_on DESC);
      CREATE INDEX involvement_previous_provider_idx ON involvement (case_id) WHERE role = 'PREVIOUS_PROVIDER' AND ended_at IS NULL;
      CREATE INDEX care_case_monitoring_idx ON care_case (status) WHERE status = 'POST_CLOSURE_MONITORING';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX care_case_monitoring_idx; DROP INDEX involvement_previous_provider_idx; DROP INDEX follow_up_reviews_idx; DROP INDEX placement_carer_idx;
      ALTER TABLE placement DROP COLUMN capacity_exception; ALTER TABLE placement DROP COLUMN sibling_group;
      DROP TABLE mentor_assignment;
    `);
  }
}
