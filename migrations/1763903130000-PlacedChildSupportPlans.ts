import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceInFunction } from './lib/function-edit';

/**
 * Issue 13: the support centre's support plan for a child placed with a family it supports
 * (ārpusģimenes aprūpē esoša bērna atbalsta plāns, seed 000): goals and the support the centre
 * gives, reviewed within a year; versioned, each version appended (the newest in force). PLAN data
 * of the case; retention blanks its free text as it does the case plan's.
 */
const RETAIN_ANCHOR = '          RETURN true;';
const RETAIN_CHILD_PLANS = `          UPDATE placed_child_plan SET goals = retention_redacted(goals), support = retention_redacted(support)
           WHERE case_id = ANY(cases) AND (goals, support) IS DISTINCT FROM (retention_redacted(goals), retention_redacted(support));
`;

export class PlacedChildSupportPlans1763903130000 implements MigrationInterface {
  name = 'PlacedChildSupportPlans1763903130000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE placed_child_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        version integer NOT NULL CHECK (version >= 1),
        goals text NOT NULL CHECK (length(goals) BETWEEN 1 AND 4000),
        support text NOT NULL CHECK (length(support) BETWEEN 1 AND 4000),
        valid_from date NOT NULL,
        review_due_on date NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency (id),
        user_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT placed_child_plan_review CHECK (review_due_on > valid_from),
        UNIQUE (case_id, version)
      );
      -- versions are only appended to (retention, as the owner, blanks their text)
      GRANT SELECT, INSERT ON placed_child_plan TO casehub_app;
      ${replaceInFunction('pseudonymise_client(uuid, date)', RETAIN_ANCHOR, RETAIN_CHILD_PLANS + RETAIN_ANCHOR)}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${replaceInFunction('pseudonymise_client(uuid, date)', RETAIN_CHILD_PLANS + RETAIN_ANCHOR, RETAIN_ANCHOR)}
      DROP TABLE placed_child_plan;
    `);
  }
}
