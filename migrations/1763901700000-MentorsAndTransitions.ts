import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceInFunction } from './lib/function-edit';

/**
 * Issue 11, points 4 and 5 (DOMAIN.md, transitions; seed 004 J–K):
 *
 * - `social_mentor`: the register of social mentors, per agency (the social service that engages
 *   them: 004 J1 "Sociālos mentorus piesaista pašvaldības … slēdz darba vai uzņēmuma līgumu").
 *   A mentor assignment names a registered mentor and the mentor's own agency (a composite key,
 *   so the database itself refuses a mentor of another agency). The free-text references used so
 *   far are moved into the register: one mentor per agency and reference (the agency the
 *   assignment named, else the social service that managed the case), so two agencies' "MENTOR-7"
 *   become two mentors and are counted apart. `mentor_ref` stays, as what those assignments were
 *   recorded with; new assignments have none. An assignment is ended by setting `ends_on` once
 *   (the hub may change that column only).
 * - `placement_stay_exception`: an orphan court's decision extending a child's institution stay
 *   limit (decision reference, the new limit, the deciding agency and user). Appended, never
 *   changed; the latest (the latest limit) applies. The INSTITUTION_STAY_LIMIT branch of
 *   due_dates_refresh reads it, and a new exception refreshes the case's due dates.
 * - the individual transition plan, a section of the support plan (ACCESS.md: "transition team's
 *   tasks" and "planned visits and meetings" are PLAN sections): tasks marked as the move's, the
 *   transition team (agency, person, role) and the preparation visits (planned day and where).
 *   pseudonymise_client removes their free text with the rest of the plan's.
 */
const STAY_ANCHOR = `             SELECT (pl.starts_on + CASE WHEN age(pl.starts_on, cl.birth_date) < interval '4 years'
                                         THEN interval '3 months' ELSE interval '6 months' END)::date AS due_on) lim`;
// the latest recorded exception's limit, else the rule's (the exceptions only ever extend it)
const STAY_WITH_EXCEPTIONS = `             SELECT COALESCE((SELECT max(x.new_limit_on) FROM placement_stay_exception x WHERE x.placement_id = pl.id),
                    (pl.starts_on + CASE WHEN age(pl.starts_on, cl.birth_date) < interval '4 years'
                                         THEN interval '3 months' ELSE interval '6 months' END)::date) AS due_on) lim`;

const RETENTION_ANCHOR = `          UPDATE mentor_assignment SET mentor_name = retention_redacted(mentor_name)
           WHERE case_id = ANY(cases) AND mentor_name IS DISTINCT FROM retention_redacted(mentor_name);`;
const RETENTION_TRANSITION = `
          -- the transition plan's team (other people) and the preparation visits' notes
          UPDATE plan_transition_member t SET member_name = retention_redacted(t.member_name), role = retention_redacted(t.role)
            FROM support_plan p WHERE p.id = t.plan_id AND p.case_id = ANY(cases)
             AND (t.member_name, t.role) IS DISTINCT FROM (retention_redacted(t.member_name), retention_redacted(t.role));
          UPDATE plan_preparation_visit v SET description = retention_redacted(v.description)
            FROM support_plan p WHERE p.id = v.plan_id AND p.case_id = ANY(cases)
             AND v.description IS DISTINCT FROM retention_redacted(v.description);`;


export class MentorsAndTransitions1763901700000 implements MigrationInterface {
  name = 'MentorsAndTransitions1763901700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE social_mentor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        -- a retired mentor takes no new clients; their assignments stay as they are
        active boolean NOT NULL DEFAULT true,
        created_by_user_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- what an assignment's composite key points at: a mentor together with their agency
        UNIQUE (id, agency_id)
      );
      CREATE INDEX social_mentor_agency_idx ON social_mentor (agency_id, name);

      -- the agency whose mentor it was: the provider the assignment named, else the social service managing the case then
      UPDATE mentor_assignment m SET provider_agency_id = (
          SELECT i.agency_id FROM involvement i WHERE i.case_id = m.case_id AND i.role = 'CASE_MANAGER'
           ORDER BY (i.valid_from <= m.created_at AND (i.ended_at IS NULL OR i.ended_at > m.created_at)) DESC, i.valid_from DESC, i.id
           LIMIT 1)
       WHERE m.provider_agency_id IS NULL;
      ALTER TABLE mentor_assignment ADD COLUMN mentor_id uuid;
      -- one register entry per agency and free-text reference: the same id for every assignment that shares both
      UPDATE mentor_assignment SET mentor_id = md5(provider_agency_id::text || '|' || mentor_ref)::uuid;
      INSERT INTO social_mentor (id, agency_id, name, active, created_by_user_id, created_at)
      SELECT mentor_id, provider_agency_id, (array_agg(mentor_name ORDER BY created_at DESC, id DESC))[1], true,
             (array_agg(created_by_user_id ORDER BY created_at, id))[1], min(created_at)
        FROM mentor_assignment GROUP BY mentor_id, provider_agency_id;
      ALTER TABLE mentor_assignment ALTER COLUMN mentor_id SET NOT NULL, ALTER COLUMN provider_agency_id SET NOT NULL,
        ALTER COLUMN mentor_ref DROP NOT NULL,
        ADD CONSTRAINT mentor_assignment_mentor_fkey FOREIGN KEY (mentor_id, provider_agency_id) REFERENCES social_mentor (id, agency_id);
      COMMENT ON COLUMN mentor_assignment.mentor_ref IS 'the free-text reference of an assignment made before the mentor register; null since';
      COMMENT ON COLUMN mentor_assignment.mentor_name IS 'the mentor''s name as the case file recorded it when assigned';
      DROP INDEX mentor_assignment_mentor_idx;
      -- a mentor's clients, counted under the mentor's row lock
      CREATE INDEX mentor_assignment_mentor_idx ON mentor_assignment (mentor_id, ends_on);

      GRANT SELECT, INSERT ON social_mentor TO casehub_app;
      GRANT UPDATE (active) ON social_mentor TO casehub_app;
      -- an assignment is otherwise history: only its end is ever set
      GRANT UPDATE (ends_on) ON mentor_assignment TO casehub_app;

      ALTER TABLE placement ADD CONSTRAINT placement_id_case_key UNIQUE (id, case_id);
      CREATE TABLE placement_stay_exception (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        placement_id uuid NOT NULL,
        -- the deciding orphan court's decision
        decision_ref text NOT NULL CHECK (length(decision_ref) BETWEEN 1 AND 200),
        new_limit_on date NOT NULL,
        deciding_agency_id uuid NOT NULL REFERENCES agency (id),
        decided_by_user_id text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (placement_id, case_id) REFERENCES placement (id, case_id)
      );
      CREATE INDEX placement_stay_exception_placement_idx ON placement_stay_exception (placement_id, new_limit_on DESC);
      CREATE INDEX placement_stay_exception_case_idx ON placement_stay_exception (case_id);
      GRANT SELECT, INSERT ON placement_stay_exception TO casehub_app;

      ${replaceInFunction('due_dates_refresh(uuid[])', STAY_ANCHOR, STAY_WITH_EXCEPTIONS)}
      CREATE FUNCTION due_dates_on_stay_exception() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM due_dates_refresh(ARRAY(SELECT DISTINCT case_id FROM new_rows));
        RETURN NULL;
      END $$;
      CREATE TRIGGER placement_stay_exception_due_dates_insert AFTER INSERT ON placement_stay_exception REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION due_dates_on_stay_exception();

      -- the individual transition plan (a section of the support plan version)
      ALTER TABLE plan_task ADD COLUMN for_transition boolean NOT NULL DEFAULT false;
      CREATE TABLE plan_transition_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES support_plan (id),
        position smallint NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency (id),
        member_name text CHECK (length(member_name) BETWEEN 1 AND 300),
        role text NOT NULL CHECK (length(role) BETWEEN 1 AND 300),
        UNIQUE (plan_id, position)
      );
      CREATE TABLE plan_preparation_visit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES support_plan (id),
        position smallint NOT NULL,
        planned_on date NOT NULL,
        place text NOT NULL CHECK (place IN ('FAMILIAR_PLACE', 'NEW_PLACE', 'OVERNIGHT_STAY')),
        description text CHECK (length(description) <= 2000),
        UNIQUE (plan_id, position)
      );
      -- a plan version is appended whole, like its goals and tasks
      GRANT SELECT, INSERT ON plan_transition_member, plan_preparation_visit TO casehub_app;

      ${replaceInFunction('pseudonymise_client(uuid, date)', RETENTION_ANCHOR, RETENTION_ANCHOR + RETENTION_TRANSITION)}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${replaceInFunction('pseudonymise_client(uuid, date)', RETENTION_ANCHOR + RETENTION_TRANSITION, RETENTION_ANCHOR)}
      DROP TABLE plan_preparation_visit; DROP TABLE plan_transition_member;
      ALTER TABLE plan_task DROP COLUMN for_transition;

      ${replaceInFunction('due_dates_refresh(uuid[])', STAY_WITH_EXCEPTIONS, STAY_ANCHOR)}
      DROP TABLE placement_stay_exception; DROP FUNCTION due_dates_on_stay_exception();
      ALTER TABLE placement DROP CONSTRAINT placement_id_case_key;
      SELECT due_dates_refresh(ARRAY(SELECT DISTINCT case_id FROM placement WHERE type = 'INSTITUTION'));

      REVOKE UPDATE (ends_on) ON mentor_assignment FROM casehub_app;
      DROP INDEX mentor_assignment_mentor_idx;
      UPDATE mentor_assignment SET mentor_ref = mentor_id::text WHERE mentor_ref IS NULL;
      ALTER TABLE mentor_assignment DROP CONSTRAINT mentor_assignment_mentor_fkey, DROP COLUMN mentor_id,
        ALTER COLUMN mentor_ref SET NOT NULL, ALTER COLUMN provider_agency_id DROP NOT NULL;
      COMMENT ON COLUMN mentor_assignment.mentor_ref IS NULL;
      COMMENT ON COLUMN mentor_assignment.mentor_name IS NULL;
      CREATE INDEX mentor_assignment_mentor_idx ON mentor_assignment (mentor_ref) WHERE ends_on IS NULL;
      DROP TABLE social_mentor;
    `);
  }
}
