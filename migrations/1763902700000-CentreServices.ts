import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The support centre's services and its yearly evaluation (issue 13, §3; seed 000). Two registers
 * synced from src/reference/data/ (the 14 services, the partner survey questions), the activities a
 * centre records (participants counted by kind, cases linked only where the centre is involved),
 * and partner surveys whose answers are kept as tallies only: no row of one response exists, so
 * nothing stored (not even the order of rows) ties an answer to who gave it.
 */
const PARTNER_KINDS = `('ORPHAN_COURT', 'SOCIAL_SERVICE', 'FOSTER_FAMILY', 'GUARDIAN', 'SUPPORT_GROUP_MEMBER')`;
const SOURCES_BEFORE = `('geography', 'agencies', 'service-prices', 'carer-forms')`;
const SOURCES_AFTER = `('geography', 'agencies', 'service-prices', 'carer-forms', 'centre-services', 'survey-questions')`;

export class CentreServices1763902700000 implements MigrationInterface {
  name = 'CentreServices1763902700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reference_version DROP CONSTRAINT reference_version_source_check;
      ALTER TABLE reference_version ADD CONSTRAINT reference_version_source_check CHECK (source IN ${SOURCES_AFTER});

      CREATE TABLE centre_service (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{0,63}$'),
        position integer NOT NULL CHECK (position > 0),
        name text NOT NULL,
        name_en text NOT NULL
      );
      GRANT SELECT ON centre_service TO casehub_app;

      CREATE TABLE survey_question (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{0,63}$'),
        partner_kind text NOT NULL CHECK (partner_kind IN ${PARTNER_KINDS}),
        position integer NOT NULL CHECK (position > 0),
        scale text NOT NULL CHECK (scale IN ('AGREEMENT', 'QUALITY', 'CLARITY', 'SUFFICIENCY')),
        text text NOT NULL,
        text_en text NOT NULL
      );
      GRANT SELECT ON survey_question TO casehub_app;

      CREATE TABLE centre_activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES agency (id),
        service_code text NOT NULL REFERENCES centre_service (code),
        occurred_on date NOT NULL,
        hours numeric(4, 2) NOT NULL CHECK (hours > 0 AND hours <= 24),
        note text CHECK (length(note) <= 500),
        recorded_by_user_id text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      -- the centre's own list and its counts per month and service, by date
      CREATE INDEX centre_activity_centre_idx ON centre_activity (centre_id, occurred_on, id);

      CREATE TABLE centre_activity_participant (
        activity_id uuid NOT NULL REFERENCES centre_activity (id),
        kind text NOT NULL CHECK (kind IN ('FOSTER_FAMILY', 'GUARDIAN', 'ADOPTER', 'PROSPECTIVE_CARER', 'CHILD', 'BIRTH_FAMILY_MEMBER',
                                           'SPECIALIST', 'OTHER')),
        count integer NOT NULL CHECK (count BETWEEN 1 AND 1000),
        PRIMARY KEY (activity_id, kind)
      );

      CREATE TABLE centre_activity_case (
        activity_id uuid NOT NULL REFERENCES centre_activity (id),
        case_id uuid NOT NULL REFERENCES care_case (id),
        PRIMARY KEY (activity_id, case_id)
      );
      CREATE INDEX centre_activity_case_case_idx ON centre_activity_case (case_id);
      GRANT SELECT, INSERT ON centre_activity, centre_activity_participant, centre_activity_case TO casehub_app;

      CREATE TABLE partner_survey (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        centre_id uuid NOT NULL REFERENCES agency (id),
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2999),
        partner_kind text NOT NULL CHECK (partner_kind IN ${PARTNER_KINDS}),
        opened_by_user_id text NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        tokens_issued integer NOT NULL DEFAULT 0 CHECK (tokens_issued >= 0),
        responses integer NOT NULL DEFAULT 0 CHECK (responses >= 0 AND responses <= tokens_issued),
        UNIQUE (centre_id, year, partner_kind)
      );
      GRANT SELECT, INSERT ON partner_survey TO casehub_app;
      GRANT UPDATE (closed_at, tokens_issued, responses) ON partner_survey TO casehub_app;

      -- one-time response tokens, kept only as their sha-256 and deleted when used or when the survey closes:
      -- no row says when a token was used, and no answer refers to one
      CREATE TABLE survey_token (
        token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
        survey_id uuid NOT NULL REFERENCES partner_survey (id)
      );
      CREATE INDEX survey_token_survey_idx ON survey_token (survey_id);
      GRANT SELECT, INSERT, DELETE ON survey_token TO casehub_app;

      -- the answers, as counts per survey, question and point of the scale: no response exists as a row
      CREATE TABLE survey_tally (
        survey_id uuid NOT NULL REFERENCES partner_survey (id),
        question_code text NOT NULL REFERENCES survey_question (code),
        score integer NOT NULL CHECK (score BETWEEN 1 AND 5),
        count integer NOT NULL DEFAULT 0 CHECK (count >= 0),
        PRIMARY KEY (survey_id, question_code, score)
      );
      GRANT SELECT, INSERT ON survey_tally TO casehub_app;
      GRANT UPDATE (count) ON survey_tally TO casehub_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE survey_tally, survey_token, partner_survey, centre_activity_case, centre_activity_participant, centre_activity,
        survey_question, centre_service;
      DELETE FROM reference_version WHERE source IN ('centre-services', 'survey-questions');
      ALTER TABLE reference_version DROP CONSTRAINT reference_version_source_check;
      ALTER TABLE reference_version ADD CONSTRAINT reference_version_source_check CHECK (source IN ${SOURCES_BEFORE});
    `);
  }
}
