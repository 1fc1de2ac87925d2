import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceInFunction } from './lib/function-edit';

/**
 * Issue 19: the support plan as the DI plan writes it (seed 004 B3, C3, D2; 003).
 *
 * - `plan_section`: one row per filled section of a plan version, under the section's own category
 *   (ACCESS.md, "Support plan sections"): HEALTH, FAMILY, CHILD_VOICE, PLACEMENT and the PLAN ones
 *   (education, employment, wishes and interests, support volume, cooperation partners). Its content
 *   is the section's structured value (people with relation and role, medication with dose, the
 *   disability group with its end date, …), validated by the service; "filled" is "a row exists",
 *   which is what the template's required sections and the figure of plans missing them read.
 * - the client's agreement on the plan: AGREED or REFUSED (with the reason) on a date, by the client or
 *   the legal representative. Plans activated before the rule existed are RECORDED_BEFORE_RULE (their
 *   agreement was on paper, if anywhere): they stay valid, and the figure of active plans without the
 *   client's agreement counts them until a new version is activated.
 * - goals evaluated at a review (outcome, date, note; the goal a carried-forward one continues) and
 *   the client's cooperation on the plan.
 * - `plan_contact`: planned home visits and meetings; one not matched by a follow-up of its kind by
 *   its date is a due item (PLANNED_CONTACT) kept in due_date like the others.
 * - `case_sibling_link`: siblings' cases linked by a case manager (one row per pair, the smaller id first).
 */
const SECTIONS = `'HEALTH', 'FAMILY', 'CHILD_VOICE', 'PLACEMENT', 'EDUCATION', 'EMPLOYMENT', 'WISHES_AND_INTERESTS', 'SUPPORT_VOLUME',
  'COOPERATION_PARTNERS'`;

const DUE_ANCHOR = 'FROM c JOIN emergency_access e ON e.case_id = c.id AND e.verdict IS NULL';
const DUE_CONTACTS = `
          UNION ALL
          -- a planned visit or meeting of the plan in force that no follow-up of its kind matched by its date: one after
          -- the plan's previous contact of that kind (or the plan's start) and on or before the planned day
          SELECT c.id, 'PLANNED_CONTACT', 'PLAN', pc.id, pc.planned_on, NULL, NULL, pc.agency_id, c.manager
            FROM c JOIN support_plan p ON p.case_id = c.id AND p.status = 'ACTIVE'
            JOIN plan_contact pc ON pc.plan_id = p.id
           WHERE c.status <> 'CLOSED'
             AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.case_id = c.id AND f.kind = pc.kind AND f.occurred_on <= pc.planned_on
                               AND f.occurred_on > COALESCE((SELECT max(e.planned_on) FROM plan_contact e WHERE e.plan_id = pc.plan_id
                                                               AND e.kind = pc.kind AND e.planned_on < pc.planned_on), p.valid_from - 1))`;
const FOLLOW_UP_KINDS = "kind IN ('SITUATION_REVIEW', 'POST_CLOSURE_MONITORING')";
const FOLLOW_UP_KINDS_WITH_CONTACTS = "kind IN ('SITUATION_REVIEW', 'POST_CLOSURE_MONITORING', 'HOME_VISIT', 'MEETING')";

const RETAIN_ANCHOR = '          RETURN true;';
const RETAIN_PLANS = `          UPDATE support_plan SET agreement_refusal_reason = retention_redacted(agreement_refusal_reason),
                                  evaluation_note = retention_redacted(evaluation_note)
           WHERE case_id = ANY(cases)
             AND (agreement_refusal_reason, evaluation_note)
                 IS DISTINCT FROM (retention_redacted(agreement_refusal_reason), retention_redacted(evaluation_note));
          UPDATE plan_goal g SET evaluation_note = retention_redacted(g.evaluation_note)
            FROM support_plan p WHERE p.id = g.plan_id AND p.case_id = ANY(cases)
             AND g.evaluation_note IS DISTINCT FROM retention_redacted(g.evaluation_note);
          -- a section's whole content is about the person and the people around them: replaced by the marker
          UPDATE plan_section s SET content = to_jsonb(retention_redacted(s.content::text))
            FROM support_plan p WHERE p.id = s.plan_id AND p.case_id = ANY(cases)
             AND s.content IS DISTINCT FROM to_jsonb(retention_redacted(s.content::text));
          UPDATE plan_contact pc SET participants = retention_redacted(pc.participants)
            FROM support_plan p WHERE p.id = pc.plan_id AND p.case_id = ANY(cases)
             AND pc.participants IS DISTINCT FROM retention_redacted(pc.participants);
`;

export class PlanSections1763902800000 implements MigrationInterface {
  name = 'PlanSections1763902800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan_section (
        plan_id uuid NOT NULL REFERENCES support_plan (id),
        section text NOT NULL CHECK (section IN (${SECTIONS})),
        content jsonb NOT NULL,
        written_by_agency_id uuid NOT NULL REFERENCES agency (id),
        written_by_user_id text NOT NULL,
        written_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, section)
      );
      GRANT SELECT, INSERT ON plan_section TO casehub_app;
      -- a draft's section is filled in by the agency that may write its category (recordPlanSections)
      GRANT UPDATE (content, written_by_agency_id, written_by_user_id, written_at) ON plan_section TO casehub_app;

      ALTER TABLE support_plan
        ADD COLUMN agreement text NOT NULL DEFAULT 'PENDING'
          CHECK (agreement IN ('PENDING', 'AGREED', 'REFUSED', 'RECORDED_BEFORE_RULE')),
        ADD COLUMN agreement_on date,
        ADD COLUMN agreement_by text CHECK (agreement_by IN ('CLIENT', 'LEGAL_REPRESENTATIVE')),
        ADD COLUMN agreement_refusal_reason text CHECK (length(agreement_refusal_reason) <= 2000),
        ADD CONSTRAINT support_plan_agreement CHECK (CASE agreement
          WHEN 'AGREED' THEN agreement_on IS NOT NULL AND agreement_by IS NOT NULL AND agreement_refusal_reason IS NULL
          WHEN 'REFUSED' THEN agreement_on IS NOT NULL AND agreement_by IS NOT NULL AND agreement_refusal_reason IS NOT NULL
          ELSE agreement_on IS NULL AND agreement_by IS NULL AND agreement_refusal_reason IS NULL END),
        ADD COLUMN client_cooperation text CHECK (client_cooperation IN ('COOPERATED', 'PARTLY_COOPERATED', 'DID_NOT_COOPERATE')),
        ADD COLUMN evaluated_on date,
        ADD COLUMN evaluation_note text CHECK (length(evaluation_note) <= 5000),
        ADD CONSTRAINT support_plan_evaluated CHECK ((evaluated_on IS NULL) = (client_cooperation IS NULL)
                                                     AND (evaluated_on IS NOT NULL OR evaluation_note IS NULL));
      -- plans in force (or once in force) before the rule: their agreement, if any, is on paper
      UPDATE support_plan SET agreement = 'RECORDED_BEFORE_RULE' WHERE status IN ('ACTIVE', 'SUPERSEDED');
      -- the figure of active plans without the client's agreement reads these
      CREATE INDEX support_plan_active_agreement_idx ON support_plan (agreement) WHERE status = 'ACTIVE';

      ALTER TABLE plan_goal
        ADD COLUMN outcome text CHECK (outcome IN ('ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'NO_LONGER_RELEVANT')),
        ADD COLUMN evaluated_on date,
        ADD COLUMN evaluation_note text CHECK (length(evaluation_note) <= 5000),
        ADD COLUMN carried_from_goal_id uuid REFERENCES plan_goal (id),
        ADD CONSTRAINT plan_goal_evaluated CHECK ((outcome IS NULL) = (evaluated_on IS NULL) AND (outcome IS NOT NULL OR evaluation_note IS NULL));
      GRANT UPDATE (outcome, evaluated_on, evaluation_note) ON plan_goal TO casehub_app;
      -- the figure of goals achieved by the day they were evaluated
      CREATE INDEX plan_goal_evaluated_idx ON plan_goal (evaluated_on) WHERE evaluated_on IS NOT NULL;

      CREATE TABLE plan_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES support_plan (id),
        position smallint NOT NULL,
        kind text NOT NULL CHECK (kind IN ('HOME_VISIT', 'MEETING')),
        planned_on date NOT NULL,
        agency_id uuid REFERENCES agency (id),
        participants text CHECK (length(participants) <= 500),
        UNIQUE (plan_id, position)
      );
      CREATE INDEX plan_contact_plan_kind_idx ON plan_contact (plan_id, kind, planned_on);
      GRANT SELECT, INSERT ON plan_contact TO casehub_app;
      -- a planned contact is matched by the follow-ups of its case and kind
      CREATE INDEX follow_up_case_kind_idx ON follow_up (case_id, kind, occurred_on);

      CREATE TABLE case_sibling_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        sibling_case_id uuid NOT NULL REFERENCES care_case (id),
        recorded_by_agency_id uuid NOT NULL REFERENCES agency (id),
        recorded_by_user_id text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CHECK (case_id < sibling_case_id),
        UNIQUE (case_id, sibling_case_id)
      );
      CREATE INDEX case_sibling_link_sibling_idx ON case_sibling_link (sibling_case_id);
      GRANT SELECT, INSERT ON case_sibling_link TO casehub_app;

      ${replaceInFunction('due_dates_refresh(uuid[])', DUE_ANCHOR, DUE_ANCHOR + DUE_CONTACTS)}
      ${replaceInFunction('due_dates_on_change()', FOLLOW_UP_KINDS, FOLLOW_UP_KINDS_WITH_CONTACTS)}
      CREATE FUNCTION due_dates_on_plan_contact() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM due_dates_refresh(ARRAY(SELECT DISTINCT p.case_id FROM new_rows n JOIN support_plan p ON p.id = n.plan_id));
        RETURN NULL;
      END $$;
      CREATE TRIGGER plan_contact_due_dates_insert AFTER INSERT ON plan_contact REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION due_dates_on_plan_contact();
      ${replaceInFunction('pseudonymise_client(uuid, date)', RETAIN_ANCHOR, RETAIN_PLANS + RETAIN_ANCHOR)}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${replaceInFunction('pseudonymise_client(uuid, date)', RETAIN_PLANS + RETAIN_ANCHOR, RETAIN_ANCHOR)}
      DROP TRIGGER plan_contact_due_dates_insert ON plan_contact;
      DROP FUNCTION due_dates_on_plan_contact();
      ${replaceInFunction('due_dates_on_change()', FOLLOW_UP_KINDS_WITH_CONTACTS, FOLLOW_UP_KINDS)}
      ${replaceInFunction('due_dates_refresh(uuid[])', DUE_ANCHOR + DUE_CONTACTS, DUE_ANCHOR)}
      DROP TABLE case_sibling_link;
      DROP INDEX follow_up_case_kind_idx;
      DROP TABLE plan_contact;
      DROP INDEX plan_goal_evaluated_idx;
      ALTER TABLE plan_goal DROP CONSTRAINT plan_goal_evaluated, DROP COLUMN carried_from_goal_id, DROP COLUMN evaluation_note,
        DROP COLUMN evaluated_on, DROP COLUMN outcome;
      DROP INDEX support_plan_active_agreement_idx;
      ALTER TABLE support_plan DROP CONSTRAINT support_plan_evaluated, DROP COLUMN evaluation_note, DROP COLUMN evaluated_on,
        DROP COLUMN client_cooperation, DROP CONSTRAINT support_plan_agreement, DROP COLUMN agreement_refusal_reason,
        DROP COLUMN agreement_by, DROP COLUMN agreement_on, DROP COLUMN agreement;
      DROP TABLE plan_section;
      SELECT due_dates_refresh(ARRAY(SELECT id FROM care_case WHERE status <> 'CLOSED'));
    `);
  }
}
