import { MigrationInterface, QueryRunner } from 'typeorm';

/** A follow-up is corrected, never deleted: each correction keeps the text it replaced. */
export class FollowUpRevisions1763900200000 implements MigrationInterface {
  name = 'FollowUpRevisions1763900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE follow_up_revision (
        follow_up_id uuid NOT NULL REFERENCES follow_up (id),
        version integer NOT NULL,
        kind text NOT NULL,
        occurred_on date NOT NULL,
        summary text NOT NULL,
        recommendations text,
        category text NOT NULL,
        replaced_at timestamptz NOT NULL DEFAULT now(),
        replaced_by_user_id text NOT NULL,
        PRIMARY KEY (follow_up_id, version)
      );
      CREATE FUNCTION follow_up_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'follow-ups are corrected, never deleted' USING ERRCODE = '42501';
      END $$;
      CREATE TRIGGER follow_up_no_delete BEFORE DELETE ON follow_up FOR EACH ROW EXECUTE FUNCTION follow_up_no_delete();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER follow_up_no_delete ON follow_up; DROP FUNCTION follow_up_no_delete(); DROP TABLE follow_up_revision;');
  }
}
