import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The carer register (issue 13): foster families, guardians, adopters and family-type homes are data
 * subjects of their own, supported by a support centre (ārpusģimenes aprūpes atbalsta centrs) through
 * its process (inquiry … suitability decided by the orphan court … active … exit), with the forms an
 * orphan court recognised each by a decision, household members, training hours, competence
 * assessments over the five competence categories and the family's development plan with reviews.
 * A foster placement names a carer and one of its recognised forms (`carer_id`, the old `carer_ref`
 * kept for the rows written before); the form's term is a rule of the register (`max_term_days`).
 * Municipality centroids (for matching by distance) are reference data. Issue 20 item 6 adds the
 * further foster care forms of seed 004: court-ordered care for young people with educational
 * compulsory measures, parent-and-child foster care and guest families (viesģimenes).
 */
const OLD_FORMS = `'CRISIS', 'THERAPEUTIC', 'SPECIALISED', 'RESPITE', 'ORDINARY'`;
const FORMS = `${OLD_FORMS}, 'YOUTH_COMPULSORY', 'PARENT_AND_CHILD', 'GUEST_FAMILY'`;
const STATUSES = `'INQUIRY', 'INFORMATION_AND_PREPARATION', 'FIRST_HOME_VISIT', 'INITIAL_TRAINING', 'MUTUAL_ASSESSMENT',
  'PSYCHOLOGIST_OPINION', 'SUITABILITY_DECIDED', 'ACTIVE', 'PAUSED', 'EXITED'`;

export class Carers1763902600000 implements MigrationInterface {
  name = 'Carers1763902600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE municipality ADD COLUMN lat numeric(8, 5) CHECK (lat BETWEEN -90 AND 90),
                               ADD COLUMN lon numeric(8, 5) CHECK (lon BETWEEN -180 AND 180);
      ALTER TABLE carer_form_rule ADD COLUMN max_term_days integer CHECK (max_term_days > 0);
      ALTER TABLE carer_form_rule DROP CONSTRAINT carer_form_rule_form_check;
      ALTER TABLE carer_form_rule ADD CONSTRAINT carer_form_rule_form_check CHECK (form IN (${FORMS}));
      ALTER TABLE placement DROP CONSTRAINT placement_foster_form_check;
      ALTER TABLE placement ADD CONSTRAINT placement_foster_form_check CHECK (foster_form IN (${FORMS}));

      CREATE TABLE carer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('FOSTER_FAMILY', 'GUARDIAN', 'ADOPTER', 'FAMILY_TYPE_HOME')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        address text CHECK (length(address) <= 500),
        phone text CHECK (length(phone) <= 40),
        municipality_code text NOT NULL REFERENCES municipality (code),
        support_centre_id uuid NOT NULL REFERENCES agency (id),
        status text NOT NULL DEFAULT 'INQUIRY' CHECK (status IN (${STATUSES})),
        inquiry_on date NOT NULL,
        suitability_decided_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX carer_centre_idx ON carer (support_centre_id, status, id);
      CREATE INDEX carer_municipality_idx ON carer (municipality_code, status);
      CREATE INDEX carer_active_idx ON carer (id) WHERE status = 'ACTIVE';

      -- a form the orphan court recognised the family for, by its decision
      CREATE TABLE carer_form (
        carer_id uuid NOT NULL REFERENCES carer (id),
        form text NOT NULL CHECK (form IN (${FORMS})),
        decision_ref text NOT NULL CHECK (length(decision_ref) BETWEEN 1 AND 200),
        decided_on date NOT NULL,
        deciding_agency_id uuid NOT NULL REFERENCES agency (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (carer_id, form)
      );

      CREATE TABLE carer_household_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        carer_id uuid NOT NULL REFERENCES carer (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
        relation text NOT NULL CHECK (relation IN ('CARER', 'PARTNER', 'OWN_CHILD', 'OTHER_ADULT', 'OTHER_CHILD')),
        birth_year integer CHECK (birth_year BETWEEN 1900 AND 2999)
      );
      CREATE INDEX carer_household_idx ON carer_household_member (carer_id);

      CREATE TABLE carer_transition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        carer_id uuid NOT NULL REFERENCES carer (id),
        from_status text CHECK (from_status IN (${STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${STATUSES})),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        exit_interview text CHECK (length(exit_interview) <= 4000),
        user_id text NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency (id),
        at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT carer_exit_interview CHECK ((exit_interview IS NOT NULL) <= (to_status = 'EXITED'))
      );
      CREATE INDEX carer_transition_idx ON carer_transition (carer_id, at, id);

      CREATE TABLE carer_training (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        carer_id uuid NOT NULL REFERENCES carer (id),
        kind text NOT NULL CHECK (kind IN ('INITIAL', 'FURTHER')),
        hours numeric(5, 1) NOT NULL CHECK (hours > 0 AND hours <= 500),
        held_on date NOT NULL,
        topic text CHECK (length(topic) <= 300),
        agency_id uuid NOT NULL REFERENCES agency (id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX carer_training_idx ON carer_training (carer_id, held_on);

      -- the five competence categories (DOMAIN.md), each scored 1 to 5
      CREATE TABLE carer_competence_assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        carer_id uuid NOT NULL REFERENCES carer (id),
        assessed_on date NOT NULL,
        care_and_protection smallint NOT NULL CHECK (care_and_protection BETWEEN 1 AND 5),
        developmental_needs smallint NOT NULL CHECK (developmental_needs BETWEEN 1 AND 5),
        birth_family_relationship smallint NOT NULL CHECK (birth_family_relationship BETWEEN 1 AND 5),
        permanency smallint NOT NULL CHECK (permanency BETWEEN 1 AND 5),
        teamwork smallint NOT NULL CHECK (teamwork BETWEEN 1 AND 5),
        note text CHECK (length(note) <= 4000),
        agency_id uuid NOT NULL REFERENCES agency (id),
        user_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX carer_competence_idx ON carer_competence_assessment (carer_id, assessed_on DESC, created_at DESC);

      CREATE TABLE carer_development_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        carer_id uuid NOT NULL REFERENCES carer (id),
        version integer NOT NULL CHECK (version > 0),
        goals text NOT NULL CHECK (length(goals) BETWEEN 1 AND 4000),
        valid_from date NOT NULL,
        review_due_on date NOT NULL CHECK (review_due_on > valid_from),
        agency_id uuid NOT NULL REFERENCES agency (id),
        user_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (carer_id, version)
      );
      CREATE TABLE carer_development_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES carer_development_plan (id),
        reviewed_on date NOT NULL,
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
        agency_id uuid NOT NULL REFERENCES agency (id),
        user_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX carer_development_review_idx ON carer_development_review (plan_id, reviewed_on);

      ALTER TABLE placement ADD COLUMN carer_id uuid REFERENCES carer (id);
      ALTER TABLE placement DROP CONSTRAINT placement_carer_or_provider;
      ALTER TABLE placement ADD CONSTRAINT placement_carer_or_provider
        CHECK (carer_name IS NOT NULL OR carer_id IS NOT NULL OR provider_agency_id IS NOT NULL OR type = 'BIRTH_FAMILY');
      -- every stay with a carer, for capacity (overlap) and matching
      CREATE INDEX placement_carer_id_idx ON placement (carer_id, starts_on) WHERE carer_id IS NOT NULL;

      GRANT SELECT, INSERT ON carer, carer_form, carer_household_member, carer_transition, carer_training,
        carer_competence_assessment, carer_development_plan, carer_development_review TO casehub_app;
      GRANT UPDATE (status, suitability_decided_on, version, updated_at, name, address, phone) ON carer TO casehub_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX placement_carer_id_idx;
      ALTER TABLE placement DROP CONSTRAINT placement_carer_or_provider;
      ALTER TABLE placement DROP COLUMN carer_id;
      ALTER TABLE placement ADD CONSTRAINT placement_carer_or_provider
        CHECK (carer_name IS NOT NULL OR provider_agency_id IS NOT NULL OR type = 'BIRTH_FAMILY');
      DROP TABLE carer_development_review, carer_development_plan, carer_competence_assessment, carer_training, carer_transition,
        carer_household_member, carer_form, carer;
      DELETE FROM carer_form_rule WHERE form NOT IN (${OLD_FORMS});
      ALTER TABLE placement DROP CONSTRAINT placement_foster_form_check;
      ALTER TABLE placement ADD CONSTRAINT placement_foster_form_check CHECK (foster_form IN (${OLD_FORMS}));
      ALTER TABLE carer_form_rule DROP CONSTRAINT carer_form_rule_form_check;
      ALTER TABLE carer_form_rule ADD CONSTRAINT carer_form_rule_form_check CHECK (form IN (${OLD_FORMS}));
      ALTER TABLE carer_form_rule DROP COLUMN max_term_days;
      ALTER TABLE municipality DROP COLUMN lat, DROP COLUMN lon;
    `);
  }
}
