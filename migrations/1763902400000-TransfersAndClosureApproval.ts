import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceInFunction } from './lib/function-edit';

/**
 * Transfers with acceptance and closure approval (issue 12).
 *
 * A transfer is a referral of the case-manager role to the social service of the client's new
 * municipality: it waits, expires, is accepted, declined or withdrawn exactly as a referral does
 * (one UPDATE of a PENDING row wins), and a case has at most one pending transfer.
 *
 * Closure approval: a municipality may require that closing a case (to CLOSED, or to monitoring
 * after closure) is approved by a MANAGER of the managing service (`closure_needs_approval`, from
 * the reference data; off unless the source says so). The request waits in `case_closure_request`.
 *
 * Alerts, raised by triggers in the transaction of the write: a pending referral to the receiving
 * agency, a pending transfer to the receiving social service, a closure waiting for approval to the
 * managing service's managers (`for_user_role`). An alert about a referral (`referral_id`) is shown
 * to the agency it is addressed to, as the referral itself is, without the case until it accepts.
 */
const RETAIN_ANCHOR = '          RETURN true;';
const RETAIN_CLOSURES = `          UPDATE case_closure_request SET reason = retention_redacted(reason), return_reason = retention_redacted(return_reason)
           WHERE case_id = ANY(cases)
             AND (reason, return_reason) IS DISTINCT FROM (retention_redacted(reason), retention_redacted(return_reason));
`;

function retention(add: boolean): string {
  return add ? replaceInFunction('pseudonymise_client(uuid, date)', RETAIN_ANCHOR, RETAIN_CLOSURES + RETAIN_ANCHOR)
    : replaceInFunction('pseudonymise_client(uuid, date)', RETAIN_CLOSURES + RETAIN_ANCHOR, RETAIN_ANCHOR);
}

const REFERRAL_ROLES = `'ORPHAN_COURT', 'SUPPORT_CENTRE', 'CURRENT_PROVIDER', 'PREVIOUS_PROVIDER', 'ASSESSMENT_TEAM'`;
const ALERT_KINDS = `'CRISIS_FOLLOW_UP', 'OVERDUE', 'PLAN_DRAFTED'`;

export class TransfersAndClosureApproval1763902400000 implements MigrationInterface {
  name = 'TransfersAndClosureApproval1763902400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE referral DROP CONSTRAINT referral_role_check,
        ADD CONSTRAINT referral_role_check CHECK (role IN (${REFERRAL_ROLES}, 'CASE_MANAGER'));
      -- one pending transfer of a case, whichever service it is addressed to
      CREATE UNIQUE INDEX referral_one_pending_transfer ON referral (case_id) WHERE status = 'PENDING' AND role = 'CASE_MANAGER';

      ALTER TABLE municipality ADD COLUMN closure_needs_approval boolean NOT NULL DEFAULT false;

      CREATE TABLE case_closure_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        to_status text NOT NULL CHECK (to_status IN ('CLOSED', 'POST_CLOSURE_MONITORING')),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'RETURNED')),
        requested_by_agency_id uuid NOT NULL REFERENCES agency (id),
        requested_by_user_id text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        decided_by_user_id text,
        decided_at timestamptz,
        return_reason text CHECK (length(return_reason) BETWEEN 1 AND 2000),
        CONSTRAINT case_closure_request_decided CHECK ((status = 'PENDING') = (decided_at IS NULL)),
        CONSTRAINT case_closure_request_returned CHECK ((status = 'RETURNED') = (return_reason IS NOT NULL))
      );
      -- one closure waiting for approval per case
      CREATE UNIQUE INDEX case_closure_request_one_pending ON case_closure_request (case_id) WHERE status = 'PENDING';
      CREATE INDEX case_closure_request_case_idx ON case_closure_request (case_id, requested_at, id);
      GRANT SELECT, INSERT ON case_closure_request TO casehub_app;
      GRANT UPDATE (status, decided_by_user_id, decided_at, return_reason) ON case_closure_request TO casehub_app;
      ${retention(true)}

      ALTER TABLE alert DROP CONSTRAINT alert_kind_check,
        ADD CONSTRAINT alert_kind_check CHECK (kind IN (${ALERT_KINDS}, 'REFERRAL_PENDING', 'TRANSFER_PENDING', 'CLOSURE_PENDING')),
        -- the referral or transfer an alert asks to decide on: shown to the agency it is addressed to, as the referral is
        ADD COLUMN referral_id uuid REFERENCES referral (id),
        -- only users of this role in the recipient agency see it (a closure waits for a MANAGER); everyone when null
        ADD COLUMN for_user_role text CHECK (for_user_role IN ('MANAGER'));

      CREATE FUNCTION alerts_on_referral() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO alert (agency_id, case_id, kind, subject, category, ref, referral_id)
        SELECT n.to_agency_id, n.case_id, CASE WHEN n.role = 'CASE_MANAGER' THEN 'TRANSFER_PENDING' ELSE 'REFERRAL_PENDING' END,
               n.role, 'CASE', n.id::text, n.id
          FROM new_rows n WHERE n.status = 'PENDING'
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$;
      CREATE TRIGGER referral_pending_alerts AFTER INSERT ON referral REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION alerts_on_referral();

      CREATE FUNCTION alerts_on_closure_request() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO alert (agency_id, case_id, kind, subject, category, ref, for_user_role)
        SELECT i.agency_id, n.case_id, 'CLOSURE_PENDING', n.to_status, 'CASE', n.id::text, 'MANAGER'
          FROM new_rows n JOIN involvement i ON i.case_id = n.case_id AND i.role = 'CASE_MANAGER' AND i.ended_at IS NULL
         WHERE n.status = 'PENDING'
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$;
      CREATE TRIGGER case_closure_request_alerts AFTER INSERT ON case_closure_request REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION alerts_on_closure_request();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER case_closure_request_alerts ON case_closure_request;
      DROP FUNCTION alerts_on_closure_request();
      DROP TRIGGER referral_pending_alerts ON referral;
      DROP FUNCTION alerts_on_referral();
      DELETE FROM alert_read WHERE alert_id IN (SELECT id FROM alert WHERE kind IN ('REFERRAL_PENDING', 'TRANSFER_PENDING', 'CLOSURE_PENDING'));
      DELETE FROM alert WHERE kind IN ('REFERRAL_PENDING', 'TRANSFER_PENDING', 'CLOSURE_PENDING');
      ALTER TABLE alert DROP COLUMN for_user_role, DROP COLUMN referral_id, DROP CONSTRAINT alert_kind_check,
        ADD CONSTRAINT alert_kind_check CHECK (kind IN (${ALERT_KINDS}));
      ${retention(false)}
      DROP TABLE case_closure_request;
      ALTER TABLE municipality DROP COLUMN closure_needs_approval;
      DROP INDEX referral_one_pending_transfer;
      DELETE FROM referral WHERE role = 'CASE_MANAGER';
      ALTER TABLE referral DROP CONSTRAINT referral_role_check, ADD CONSTRAINT referral_role_check CHECK (role IN (${REFERRAL_ROLES}));
    `);
  }
}
