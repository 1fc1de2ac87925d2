import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceInFunction } from './lib/function-edit';

/**
 * Privacy by design (ACCESS.md, policy v2):
 * - every audit row records the purpose of use the request claimed;
 * - a portal's call for a person's access report is audited as its own kind (no case, no code);
 * - an orphan court may restrict a case from the access report a legal representative sees;
 * - emergency access: a time-limited involvement with the role EMERGENCY, its justification and the
 *   data protection officer's review. The review is the only part that changes afterwards.
 * Two new kinds of agency: crisis centres (providers that may need emergency access) and the state portal.
 */
const ANCHOR = "WHERE c.status <> 'CLOSED' AND c.target_group <> 'ADULT_WITH_MENTAL_DISORDER'";
const BRANCH = `
          UNION ALL
          SELECT c.id, 'EMERGENCY_REVIEW', 'CASE', e.id, (e.review_due_at AT TIME ZONE 'Europe/Riga')::date, NULL, NULL, NULL, c.manager
            FROM c JOIN emergency_access e ON e.case_id = c.id AND e.verdict IS NULL`;

/** Adds (or takes back) the emergency review branch of due_dates_refresh (migrations/1763901000000-DueDates.ts). */
function extendDueDates(add: boolean): string {
  return add ? replaceInFunction('due_dates_refresh(uuid[])', ANCHOR, ANCHOR + BRANCH)
    : replaceInFunction('due_dates_refresh(uuid[])', ANCHOR + BRANCH, ANCHOR);
}

export class Purposes1763901400000 implements MigrationInterface {
  name = 'Purposes1763901400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE agency DROP CONSTRAINT agency_kind_check;
      ALTER TABLE agency ADD CONSTRAINT agency_kind_check CHECK (kind IN ('SOCIAL_SERVICE', 'ORPHAN_COURT', 'SUPPORT_CENTRE',
        'INSTITUTION', 'SERVICE_PROVIDER', 'ASSESSMENT_TEAM', 'OVERSIGHT', 'CRISIS_CENTRE', 'STATE_PORTAL'));

      ALTER TABLE involvement DROP CONSTRAINT involvement_role_check;
      ALTER TABLE involvement ADD CONSTRAINT involvement_role_check CHECK (role IN ('CASE_MANAGER', 'ORPHAN_COURT',
        'SUPPORT_CENTRE', 'CURRENT_PROVIDER', 'PREVIOUS_PROVIDER', 'ASSESSMENT_TEAM', 'EMERGENCY'));
      -- emergency access always ends on its own
      ALTER TABLE involvement ADD CONSTRAINT involvement_emergency_time_limited CHECK (role <> 'EMERGENCY' OR valid_until IS NOT NULL);

      ALTER TABLE audit_log ADD COLUMN purpose text;
      ALTER TABLE audit_log DROP CONSTRAINT audit_log_kind_check;
      ALTER TABLE audit_log ADD CONSTRAINT audit_log_kind_check CHECK (kind IN ('READ', 'WRITE', 'DISCOVERY', 'AGGREGATE', 'CLIENT_REPORT'));

      -- recorded by the case's orphan court: the person's legal representative must not see who used this case's data
      ALTER TABLE care_case ADD COLUMN report_restricted_at timestamptz,
        ADD COLUMN report_restriction_basis text CHECK (length(report_restriction_basis) <= 500),
        ADD COLUMN report_restricted_by_agency_id uuid REFERENCES agency (id),
        ADD CONSTRAINT care_case_report_restriction CHECK (
          (report_restricted_at IS NULL) = (report_restriction_basis IS NULL)
          AND (report_restricted_at IS NULL) = (report_restricted_by_agency_id IS NULL));

      CREATE TABLE emergency_access (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        involvement_id uuid NOT NULL UNIQUE REFERENCES involvement (id),
        agency_id uuid NOT NULL REFERENCES agency (id),
        user_id text NOT NULL,
        justification text NOT NULL CHECK (length(justification) BETWEEN 20 AND 2000),
        requested_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        review_due_at timestamptz NOT NULL,
        verdict text CHECK (verdict IN ('JUSTIFIED', 'NOT_JUSTIFIED')),
        review_note text CHECK (length(review_note) <= 2000),
        reviewed_by_user_id text,
        reviewed_at timestamptz,
        CONSTRAINT emergency_access_review CHECK ((verdict IS NULL) = (reviewed_at IS NULL) AND (verdict IS NULL) = (reviewed_by_user_id IS NULL)),
        CONSTRAINT emergency_access_period CHECK (expires_at > requested_at AND review_due_at > requested_at)
      );
      CREATE INDEX emergency_access_case_idx ON emergency_access (case_id, requested_at DESC);
      -- the reviews still to do, oldest first
      CREATE INDEX emergency_access_pending_idx ON emergency_access (review_due_at) WHERE verdict IS NULL;

      -- the review is recorded once; the request itself never changes
      GRANT SELECT, INSERT ON emergency_access TO casehub_app;
      GRANT UPDATE (verdict, review_note, reviewed_by_user_id, reviewed_at) ON emergency_access TO casehub_app;

      -- an emergency access not reviewed in time is a due item of the managing social service
      ${extendDueDates(true)}
      CREATE FUNCTION due_dates_on_emergency_access() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM due_dates_refresh(ARRAY(SELECT DISTINCT case_id FROM new_rows));
        RETURN NULL;
      END $$;
      CREATE TRIGGER emergency_access_due_dates_insert AFTER INSERT ON emergency_access REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION due_dates_on_emergency_access();
      CREATE TRIGGER emergency_access_due_dates_update AFTER UPDATE ON emergency_access REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION due_dates_on_emergency_access();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${extendDueDates(false)}
      DROP TABLE emergency_access;
      DROP FUNCTION due_dates_on_emergency_access();
      ALTER TABLE care_case DROP CONSTRAINT care_case_report_restriction, DROP COLUMN report_restricted_at,
        DROP COLUMN report_restriction_basis, DROP COLUMN report_restricted_by_agency_id;
      ALTER TABLE audit_log DROP CONSTRAINT audit_log_kind_check;
      ALTER TABLE audit_log ADD CONSTRAINT audit_log_kind_check CHECK (kind IN ('READ', 'WRITE', 'DISCOVERY', 'AGGREGATE'));
      ALTER TABLE audit_log DROP COLUMN purpose;
      DELETE FROM involvement WHERE role = 'EMERGENCY';
      ALTER TABLE involvement DROP CONSTRAINT involvement_emergency_time_limited, DROP CONSTRAINT involvement_role_check;
      ALTER TABLE involvement ADD CONSTRAINT involvement_role_check CHECK (role IN ('CASE_MANAGER', 'ORPHAN_COURT',
        'SUPPORT_CENTRE', 'CURRENT_PROVIDER', 'PREVIOUS_PROVIDER', 'ASSESSMENT_TEAM'));
      ALTER TABLE agency DROP CONSTRAINT agency_kind_check;
      ALTER TABLE agency ADD CONSTRAINT agency_kind_check CHECK (kind IN ('SOCIAL_SERVICE', 'ORPHAN_COURT', 'SUPPORT_CENTRE',
        'INSTITUTION', 'SERVICE_PROVIDER', 'ASSESSMENT_TEAM', 'OVERSIGHT'));
    `);
  }
}
