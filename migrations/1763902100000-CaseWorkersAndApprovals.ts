import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceInFunction } from './lib/function-edit';

/**
 * Issue 12, point 1 (an increment: no referrals, no transfer acceptance):
 *
 * - `case_worker_assignment`: every assignment of a case's case worker (lietas vadītājs) by the
 *   MANAGER of the managing service, appended, never changed: the case, the staff member (keyed by
 *   agency and subject, as staff_member is), who assigned and when. `care_case.case_manager_*`
 *   holds the current one, as before.
 * - a support plan drafted by another agency (the assessment team) waits for the case manager's
 *   decision: approving activates it (as saveSupportPlan with ACTIVE does), returning sets
 *   `returned_at`, `returned_by_user_id` and the reason (`return_reason`) on the draft, which stays a
 *   DRAFT: no new PlanStatus value, so reports, snapshots and due dates read plans as before.
 *   pseudonymise_client removes the reason (free text about the person) with the plan's problem.
 */
const RETENTION_ANCHOR = `          UPDATE support_plan SET problem = retention_redacted(problem)
           WHERE case_id = ANY(cases) AND problem IS DISTINCT FROM retention_redacted(problem);`;
const RETENTION_RETURNED = `          UPDATE support_plan SET problem = retention_redacted(problem), return_reason = retention_redacted(return_reason)
           WHERE case_id = ANY(cases)
             AND (problem, return_reason) IS DISTINCT FROM (retention_redacted(problem), retention_redacted(return_reason));`;


export class CaseWorkersAndApprovals1763902100000 implements MigrationInterface {
  name = 'CaseWorkersAndApprovals1763902100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_worker_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        agency_id uuid NOT NULL,
        user_id text NOT NULL,
        assigned_by_user_id text NOT NULL,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (agency_id, user_id) REFERENCES staff_member (agency_id, user_id)
      );
      CREATE INDEX case_worker_assignment_case_idx ON case_worker_assignment (case_id, assigned_at);
      -- history: appended, never changed
      GRANT SELECT, INSERT ON case_worker_assignment TO casehub_app;

      ALTER TABLE support_plan
        ADD COLUMN returned_at timestamptz,
        ADD COLUMN returned_by_user_id text,
        ADD COLUMN return_reason text CHECK (length(return_reason) <= 2000),
        ADD CONSTRAINT support_plan_returned CHECK ((returned_at IS NULL) = (return_reason IS NULL)
                                                    AND (returned_at IS NULL) = (returned_by_user_id IS NULL));
      ${replaceInFunction('pseudonymise_client(uuid, date)', RETENTION_ANCHOR, RETENTION_RETURNED)}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${replaceInFunction('pseudonymise_client(uuid, date)', RETENTION_RETURNED, RETENTION_ANCHOR)}
      ALTER TABLE support_plan DROP CONSTRAINT support_plan_returned, DROP COLUMN return_reason, DROP COLUMN returned_by_user_id,
        DROP COLUMN returned_at;
      DROP TABLE case_worker_assignment;
    `);
  }
}
