import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shared case model: reference data (regions, municipalities, agencies), clients, cases and
 * everything hung on a case. Enumerations are CHECK constraints (cheap to extend in a later
 * migration); every access path has an index; one open case per client and target group and one
 * case manager per open case are enforced here, not only in code.
 */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE region (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]+$'),
        name text NOT NULL
      );

      CREATE TABLE municipality (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_]+$'),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CITY', 'NOVADS')),
        region_code text NOT NULL REFERENCES region (code),
        population integer CHECK (population >= 0)
      );
      CREATE INDEX municipality_region_idx ON municipality (region_code);

      CREATE TABLE agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_-]+$'),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('SOCIAL_SERVICE', 'ORPHAN_COURT', 'SUPPORT_CENTRE', 'INSTITUTION',
                                           'SERVICE_PROVIDER', 'ASSESSMENT_TEAM', 'OVERSIGHT')),
        municipality_code text REFERENCES municipality (code),
        region_code text REFERENCES region (code),
        contact_email text,
        contact_phone text,
        -- social services and orphan courts serve one municipality; oversight without either is national
        CONSTRAINT agency_served_area CHECK (
          (kind IN ('SOCIAL_SERVICE', 'ORPHAN_COURT') AND municipality_code IS NOT NULL)
          OR (kind NOT IN ('SOCIAL_SERVICE', 'ORPHAN_COURT'))
        )
      );
      CREATE INDEX agency_municipality_idx ON agency (municipality_code);
      CREATE INDEX agency_region_idx ON agency (region_code);
      CREATE INDEX agency_kind_idx ON agency (kind);

      -- A user of an agency known to the hub (e.g. a case manager), keyed by the token's subject.
      CREATE TABLE staff_member (
        user_id text PRIMARY KEY,
        agency_id uuid NOT NULL REFERENCES agency (id),
        full_name text NOT NULL,
        work_email text,
        work_phone text
      );
      CREATE INDEX staff_member_agency_idx ON staff_member (agency_id);

      CREATE TABLE client (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- canonical form DDMMYY-CNNNK or 32NNNN-NNNNN; validated by the application
        personal_code text NOT NULL UNIQUE CHECK (personal_code ~ '^[0-9]{6}-[0-9]{5}$'),
        given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 200),
        family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 200),
        birth_date date,
        gender text NOT NULL CHECK (gender IN ('FEMALE', 'MALE', 'UNSPECIFIED')),
        declared_municipality_code text NOT NULL REFERENCES municipality (code),
        address text CHECK (length(address) <= 500),
        phone text CHECK (length(phone) <= 40),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX client_municipality_idx ON client (declared_municipality_code);

      CREATE TABLE care_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        client_id uuid NOT NULL REFERENCES client (id),
        target_group text NOT NULL CHECK (target_group IN ('CHILD_WITHOUT_PARENTAL_CARE',
                                          'CHILD_WITH_FUNCTIONAL_IMPAIRMENT', 'ADULT_WITH_MENTAL_DISORDER')),
        intake_type text NOT NULL CHECK (intake_type IN ('VOLUNTARY', 'MANDATORY')),
        reported_by text CHECK (length(reported_by) <= 500),
        status text NOT NULL DEFAULT 'INTAKE' CHECK (status IN ('INTAKE', 'ASSESSMENT', 'PLANNING', 'IMPLEMENTATION',
                                                    'EVALUATION', 'POST_CLOSURE_MONITORING', 'CLOSED')),
        opened_on date NOT NULL,
        closed_on date,
        responsible_municipality_code text NOT NULL REFERENCES municipality (code),
        -- the social worker in charge; null between a transfer and the receiving service assigning one
        case_manager_user_id text REFERENCES staff_member (user_id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT care_case_mandatory_reporter CHECK (intake_type = 'VOLUNTARY' OR reported_by IS NOT NULL),
        CONSTRAINT care_case_closed_dates CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL) OR status = 'POST_CLOSURE_MONITORING'),
        CONSTRAINT care_case_close_after_open CHECK (closed_on IS NULL OR closed_on >= opened_on)
      );
      CREATE UNIQUE INDEX care_case_one_open_per_group ON care_case (client_id, target_group) WHERE status <> 'CLOSED';
      CREATE INDEX care_case_client_idx ON care_case (client_id);
      CREATE INDEX care_case_municipality_idx ON care_case (responsible_municipality_code, status, target_group);
      CREATE INDEX care_case_updated_idx ON care_case (updated_at, id);
      CREATE INDEX care_case_manager_idx ON care_case (case_manager_user_id);

      -- Involvement (lietas dalībnieks): the only way an agency reaches a case.
      CREATE TABLE involvement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        agency_id uuid NOT NULL REFERENCES agency (id),
        role text NOT NULL CHECK (role IN ('CASE_MANAGER', 'ORPHAN_COURT', 'SUPPORT_CENTRE', 'CURRENT_PROVIDER',
                                           'PREVIOUS_PROVIDER', 'ASSESSMENT_TEAM')),
        valid_from timestamptz NOT NULL DEFAULT now(),
        valid_until timestamptz,
        ended_at timestamptz,
        end_reason text CHECK (length(end_reason) <= 1000),
        legal_basis text NOT NULL CHECK (length(legal_basis) BETWEEN 1 AND 1000),
        created_by_user_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT involvement_period CHECK (valid_until IS NULL OR valid_until > valid_from),
        -- a case manager ends explicitly (transfer, closure), never silently by date
        CONSTRAINT involvement_case_manager_open_ended CHECK (role <> 'CASE_MANAGER' OR valid_until IS NULL)
      );
      CREATE UNIQUE INDEX involvement_one_case_manager ON involvement (case_id) WHERE role = 'CASE_MANAGER' AND ended_at IS NULL;
      -- row scoping: "which cases does this agency reach now"
      CREATE INDEX involvement_agency_active_idx ON involvement (agency_id, case_id) INCLUDE (role, valid_from, valid_until) WHERE ended_at IS NULL;
      CREATE INDEX involvement_case_idx ON involvement (case_id);

      CREATE TABLE assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        type text NOT NULL CHECK (type IN ('INITIAL', 'REASSESSMENT', 'NEEDS_AND_QUALITY_OF_LIFE', 'HOME_VISIT',
                                           'RISK_FACTORS', 'CARE_LEVEL')),
        assessed_on date NOT NULL,
        author_agency_id uuid NOT NULL REFERENCES agency (id),
        author_user_id text NOT NULL,
        needs_summary text CHECK (length(needs_summary) <= 20000),
        care_level smallint CHECK (care_level BETWEEN 1 AND 4),
        recommended_services text[] NOT NULL DEFAULT '{}',
        -- the sensitive parts, each its own permission category
        health_findings text CHECK (length(health_findings) <= 20000),
        safety_findings text CHECK (length(safety_findings) <= 20000),
        family_notes text CHECK (length(family_notes) <= 20000),
        child_opinion text CHECK (length(child_opinion) <= 20000),
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      );
      CREATE INDEX assessment_case_idx ON assessment (case_id, assessed_on DESC, created_at DESC);
      CREATE INDEX assessment_author_idx ON assessment (author_agency_id);

      CREATE TABLE support_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        version integer NOT NULL CHECK (version >= 1),
        status text NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'SUPERSEDED')),
        problem text CHECK (length(problem) <= 20000),
        valid_from date NOT NULL,
        review_due_on date NOT NULL,
        author_agency_id uuid NOT NULL REFERENCES agency (id),
        author_user_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        activated_at timestamptz,
        UNIQUE (case_id, version),
        CONSTRAINT support_plan_review_after_start CHECK (review_due_on > valid_from),
        CONSTRAINT support_plan_active_has_activation CHECK (status <> 'ACTIVE' OR activated_at IS NOT NULL)
      );
      CREATE UNIQUE INDEX support_plan_one_active ON support_plan (case_id) WHERE status = 'ACTIVE';
      CREATE INDEX support_plan_review_idx ON support_plan (review_due_on) WHERE status = 'ACTIVE';

      CREATE TABLE plan_goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES support_plan (id),
        position smallint NOT NULL,
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
        UNIQUE (plan_id, position)
      );

      CREATE TABLE plan_task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES support_plan (id),
        goal_position smallint,
        position smallint NOT NULL,
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
        deadline date,
        expected_result text CHECK (length(expected_result) <= 5000),
        responsible_agency_id uuid REFERENCES agency (id),
        status text NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
        UNIQUE (plan_id, position),
        FOREIGN KEY (plan_id, goal_position) REFERENCES plan_goal (plan_id, position)
      );
      CREATE INDEX plan_task_deadline_idx ON plan_task (deadline) WHERE status IN ('PLANNED', 'IN_PROGRESS');
      CREATE INDEX plan_task_agency_idx ON plan_task (responsible_agency_id);

      -- The services basket of a plan (pakalpojumu grozs).
      CREATE TABLE plan_service (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES support_plan (id),
        position smallint NOT NULL,
        service_type text NOT NULL,
        provider_agency_id uuid REFERENCES agency (id),
        volume numeric(10, 2) NOT NULL CHECK (volume > 0),
        unit text NOT NULL CHECK (unit IN ('HOUR', 'DAY', 'SESSION', 'MONTH')),
        period text NOT NULL CHECK (period IN ('WEEK', 'MONTH')),
        UNIQUE (plan_id, position)
      );
      CREATE INDEX plan_service_type_idx ON plan_service (service_type);
      CREATE INDEX plan_service_provider_idx ON plan_service (provider_agency_id);

      CREATE TABLE follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        kind text NOT NULL CHECK (kind IN ('HOME_VISIT', 'MEETING', 'PHONE', 'SITUATION_REVIEW', 'CRISIS',
                                           'POST_CLOSURE_MONITORING')),
        occurred_on date NOT NULL,
        author_agency_id uuid NOT NULL REFERENCES agency (id),
        author_user_id text NOT NULL,
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 20000),
        recommendations text CHECK (length(recommendations) <= 20000),
        -- chosen by the author; the entry is visible only to roles that may read this category
        category text NOT NULL DEFAULT 'FOLLOW_UP' CHECK (category IN ('FOLLOW_UP', 'HEALTH', 'SAFETY', 'FAMILY')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX follow_up_case_idx ON follow_up (case_id, category, occurred_on DESC, id DESC);
      CREATE INDEX follow_up_author_idx ON follow_up (author_agency_id);

      CREATE TABLE placement (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        type text NOT NULL CHECK (type IN ('FOSTER_FAMILY', 'GUARDIAN', 'ADOPTION_PRE_PLACEMENT', 'INSTITUTION',
                                           'FAMILY_LIKE_CARE_HOME', 'GROUP_HOME', 'YOUTH_HOME', 'CRISIS_CENTRE',
                                           'HALFWAY_HOUSE', 'BIRTH_FAMILY')),
        foster_form text CHECK (foster_form IN ('CRISIS', 'THERAPEUTIC', 'SPECIALISED', 'RESPITE', 'ORDINARY')),
        carer_name text CHECK (length(carer_name) <= 300),
        carer_ref text CHECK (length(carer_ref) <= 100),
        provider_agency_id uuid REFERENCES agency (id),
        starts_on date NOT NULL,
        ends_on date,
        court_decision_ref text CHECK (length(court_decision_ref) <= 200),
        deciding_agency_id uuid REFERENCES agency (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT placement_foster_form CHECK ((type = 'FOSTER_FAMILY') = (foster_form IS NOT NULL)),
        CONSTRAINT placement_period CHECK (ends_on IS NULL OR ends_on >= starts_on),
        CONSTRAINT placement_carer_or_provider CHECK (carer_name IS NOT NULL OR provider_agency_id IS NOT NULL OR type = 'BIRTH_FAMILY')
      );
      CREATE INDEX placement_case_idx ON placement (case_id, starts_on DESC);
      CREATE INDEX placement_provider_idx ON placement (provider_agency_id) WHERE ends_on IS NULL;
      CREATE INDEX placement_open_idx ON placement (type, foster_form) WHERE ends_on IS NULL;

      -- An open case always has exactly one active case manager. The unique index above gives
      -- "at most one"; this deferred check gives "at least one" at commit time.
      CREATE FUNCTION check_case_has_manager() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        cid uuid;
      BEGIN
        -- separate branches: a record only has the fields of its own table
        IF TG_TABLE_NAME = 'care_case' THEN
          cid := NEW.id;
        ELSIF TG_OP = 'DELETE' THEN
          cid := OLD.case_id;
        ELSE
          cid := NEW.case_id;
        END IF;
        IF EXISTS (SELECT 1 FROM care_case c WHERE c.id = cid AND c.status <> 'CLOSED')
           AND NOT EXISTS (SELECT 1 FROM involvement i
                           WHERE i.case_id = cid AND i.role = 'CASE_MANAGER' AND i.ended_at IS NULL) THEN
          RAISE EXCEPTION 'an open case needs exactly one active case manager'
            USING ERRCODE = '23514', CONSTRAINT = 'involvement_case_needs_manager';
        END IF;
        RETURN NULL;
      END $$;
      CREATE CONSTRAINT TRIGGER care_case_needs_manager AFTER INSERT OR UPDATE OF status ON care_case
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_case_has_manager();
      CREATE CONSTRAINT TRIGGER involvement_case_needs_manager AFTER UPDATE OR DELETE ON involvement
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_case_has_manager();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE placement, follow_up, plan_service, plan_task, plan_goal, support_plan, assessment,
                 involvement, care_case, client, staff_member, agency, municipality, region;
      DROP FUNCTION check_case_has_manager();
    `);
  }
}
