import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceInFunction } from './lib/function-edit';

/**
 * Referrals with acceptance (issue 12): the case manager refers a case to an agency for a role; the
 * agency sees the minimum it needs to decide (no identity) and accepts (the involvement is created
 * then) or declines; a referral expires. One step wins a race: each is an UPDATE of a PENDING row.
 * Its texts are about the person, so retention removes them with the rest.
 */
const RETAIN_ANCHOR = '          RETURN true;';
const RETAIN_REFERRALS = `          UPDATE referral SET reason = retention_redacted(reason), decline_reason = retention_redacted(decline_reason)
           WHERE case_id = ANY(cases)
             AND (reason, decline_reason) IS DISTINCT FROM (retention_redacted(reason), retention_redacted(decline_reason));
`;

function retention(add: boolean): string {
  return add ? replaceInFunction('pseudonymise_client(uuid, date)', RETAIN_ANCHOR, RETAIN_REFERRALS + RETAIN_ANCHOR)
    : replaceInFunction('pseudonymise_client(uuid, date)', RETAIN_REFERRALS + RETAIN_ANCHOR, RETAIN_ANCHOR);
}

export class Referrals1763902300000 implements MigrationInterface {
  name = 'Referrals1763902300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        from_agency_id uuid NOT NULL REFERENCES agency (id),
        to_agency_id uuid NOT NULL REFERENCES agency (id),
        role text NOT NULL CHECK (role IN ('ORPHAN_COURT', 'SUPPORT_CENTRE', 'CURRENT_PROVIDER', 'PREVIOUS_PROVIDER', 'ASSESSMENT_TEAM')),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        proposed_from date NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
        expires_at timestamptz NOT NULL,
        referred_by_user_id text NOT NULL,
        referred_at timestamptz NOT NULL DEFAULT now(),
        decided_by_user_id text,
        decided_at timestamptz,
        decline_reason text CHECK (length(decline_reason) <= 2000),
        -- chosen when accepted, the involvement written in the same transaction right after
        involvement_id uuid REFERENCES involvement (id) DEFERRABLE INITIALLY DEFERRED,
        CONSTRAINT referral_decided CHECK ((status = 'PENDING') = (decided_at IS NULL)),
        CONSTRAINT referral_accepted CHECK ((status = 'ACCEPTED') = (involvement_id IS NOT NULL))
      );
      -- one open referral of a case to an agency for a role
      CREATE UNIQUE INDEX referral_one_pending ON referral (case_id, to_agency_id, role) WHERE status = 'PENDING';
      CREATE INDEX referral_received_idx ON referral (to_agency_id, referred_at DESC, id DESC);
      CREATE INDEX referral_sent_idx ON referral (from_agency_id, referred_at DESC, id DESC);
      GRANT SELECT, INSERT ON referral TO casehub_app;
      GRANT UPDATE (status, decided_by_user_id, decided_at, decline_reason, involvement_id) ON referral TO casehub_app;
      ${retention(true)}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${retention(false)}
      DROP TABLE referral;
    `);
  }
}
