import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceInFunction } from './lib/function-edit';

/**
 * Issue 13: a child's contacts with the birth family during out-of-family care (seed 000: the
 * support centre organises them), planned and then held or cancelled, with who organised them and
 * the outcome; category FAMILY. A row is changed in place (planned → held) with its version; the
 * audit keeps who changed what. Retention blanks its free text as it does the follow-ups'.
 */
const RETAIN_ANCHOR = '          RETURN true;';
const RETAIN_CONTACTS = `          UPDATE birth_family_contact SET participants = retention_redacted(participants), place = retention_redacted(place),
                                          outcome = retention_redacted(outcome)
           WHERE case_id = ANY(cases)
             AND (participants, place, outcome)
                 IS DISTINCT FROM (retention_redacted(participants), retention_redacted(place), retention_redacted(outcome));
`;

export class BirthFamilyContacts1763903110000 implements MigrationInterface {
  name = 'BirthFamilyContacts1763903110000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE birth_family_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        kind text NOT NULL CHECK (kind IN ('MEETING', 'SUPERVISED_MEETING', 'CALL', 'HOME_VISIT', 'OVERNIGHT_STAY')),
        status text NOT NULL CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
        planned_on date NOT NULL,
        held_on date,
        place text CHECK (length(place) <= 500),
        participants text NOT NULL CHECK (length(participants) BETWEEN 1 AND 1000),
        outcome text CHECK (length(outcome) <= 4000),
        organising_agency_id uuid NOT NULL REFERENCES agency (id),
        organised_by_user_id text NOT NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- held: on a day, with what came of it; otherwise neither
        CONSTRAINT birth_family_contact_held CHECK ((status = 'HELD') = (held_on IS NOT NULL)
                                                    AND (status <> 'HELD' OR outcome IS NOT NULL))
      );
      CREATE INDEX birth_family_contact_case_idx ON birth_family_contact (case_id, planned_on DESC);
      GRANT SELECT, INSERT, UPDATE ON birth_family_contact TO casehub_app;
      ${replaceInFunction('pseudonymise_client(uuid, date)', RETAIN_ANCHOR, RETAIN_CONTACTS + RETAIN_ANCHOR)}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${replaceInFunction('pseudonymise_client(uuid, date)', RETAIN_CONTACTS + RETAIN_ANCHOR, RETAIN_ANCHOR)}
      DROP TABLE birth_family_contact;
    `);
  }
}
