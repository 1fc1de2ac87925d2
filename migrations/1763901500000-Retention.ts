import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Storage limitation: once every case of a client has been closed for longer than the retention
 * period (RETENTION_AFTER_CLOSURE_MONTHS, src/retention), the client is pseudonymised.
 *
 * - `client.pseudonymised_at`: when. A pseudonymised client has no personal code, names, address or
 *   phone (a CHECK says so both ways: only a pseudonymised client may lack them, and it has none of
 *   them); birth date, gender and municipality stay, as the figures by age and area need them.
 * - `pseudonymise_client(client, closed_before)`: the one way to do it. It runs with the owner's
 *   rights (the hub may only append to history such as follow_up_revision, and should not be able to
 *   rewrite it otherwise), checks the rule again under locks, and replaces every free text of the
 *   client's cases with one fixed marker: ids, dates, statuses, categories, references and every row
 *   stay, so the counts, the report figures and the audit's structure are what they were. Nothing
 *   the report or due-date triggers compare changes, so no past month is marked stale; it writes no
 *   audit row, so no case shows as changed.
 * - a trigger on the audit of writes: a case of a pseudonymised client takes no more writes (no
 *   reopening, no new text). It holds the client row until the write commits, so the job and a
 *   write on the same client go one after the other.
 */
export class Retention1763901500000 implements MigrationInterface {
  name = 'Retention1763901500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE client ADD COLUMN pseudonymised_at timestamptz;
      ALTER TABLE client ALTER COLUMN personal_code DROP NOT NULL, ALTER COLUMN given_name DROP NOT NULL,
        ALTER COLUMN family_name DROP NOT NULL;
      ALTER TABLE client ADD CONSTRAINT client_identified_unless_pseudonymised CHECK (
        CASE WHEN pseudonymised_at IS NULL THEN personal_code IS NOT NULL AND given_name IS NOT NULL AND family_name IS NOT NULL
             ELSE personal_code IS NULL AND given_name IS NULL AND family_name IS NULL AND address IS NULL AND phone IS NULL END);

      -- the job's search: closed cases by closing date, and whose they are (the client's other cases: care_case_client_idx)
      CREATE INDEX care_case_closed_idx ON care_case (closed_on, client_id) WHERE status = 'CLOSED';

      -- what is left where free text was: the same for every column, so a reader sees that something was there and why it is not
      CREATE FUNCTION retention_redacted(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN value IS NULL THEN NULL ELSE '[removed: retention period after closure ended]' END
      $$;

      -- true when the client was pseudonymised now; false when not eligible (any more), already done, or busy
      -- (a write on one of the client's cases in flight: the next run takes it)
      CREATE FUNCTION pseudonymise_client(target uuid, closed_before date) RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp SET timezone = 'Europe/Riga' SET lock_timeout = '500ms' AS $$
      DECLARE
        cases uuid[];
      BEGIN
        -- whatever the caller asks: nothing closed within the last year (the shortest RETENTION_AFTER_CLOSURE_MONTHS)
        IF closed_before IS NULL OR closed_before > (current_date - interval '12 months')::date + 1 THEN
          RAISE EXCEPTION 'pseudonymise_client: closed_before must be at least 12 months ago' USING ERRCODE = '22023';
        END IF;
        BEGIN
          -- the client row first, as every write on their cases holds it (the audit trigger below) and as
          -- openCase's upsert does: whoever comes second waits for the other or, here, gives up at once
          PERFORM 1 FROM client WHERE id = target AND pseudonymised_at IS NULL FOR UPDATE NOWAIT;
          IF NOT FOUND THEN
            RETURN false;
          END IF;
          cases := ARRAY(SELECT id FROM care_case WHERE client_id = target ORDER BY id FOR SHARE NOWAIT);
          -- the rule again, now that nothing can change it: every case closed before the cut
          IF cardinality(cases) = 0 OR EXISTS (SELECT 1 FROM care_case WHERE client_id = target
                                                  AND (status <> 'CLOSED' OR closed_on >= closed_before)) THEN
            RETURN false;
          END IF;

          UPDATE client SET personal_code = NULL, given_name = NULL, family_name = NULL, address = NULL, phone = NULL,
                            pseudonymised_at = now()
           WHERE id = target;
          -- each text only where it is not the marker yet: a statement that changes no row leaves the triggers nothing to do
          UPDATE care_case SET reported_by = retention_redacted(reported_by)
           WHERE id = ANY(cases) AND reported_by IS DISTINCT FROM retention_redacted(reported_by);
          UPDATE involvement SET end_reason = retention_redacted(end_reason)
           WHERE case_id = ANY(cases) AND end_reason IS DISTINCT FROM retention_redacted(end_reason);
          UPDATE case_transition SET reason = retention_redacted(reason)
           WHERE case_id = ANY(cases) AND reason IS DISTINCT FROM retention_redacted(reason);
          UPDATE assessment SET needs_summary = retention_redacted(needs_summary), health_findings = retention_redacted(health_findings),
                                safety_findings = retention_redacted(safety_findings), family_notes = retention_redacted(family_notes),
                                child_opinion = retention_redacted(child_opinion)
           WHERE case_id = ANY(cases)
             AND (needs_summary, health_findings, safety_findings, family_notes, child_opinion)
                 IS DISTINCT FROM (retention_redacted(needs_summary), retention_redacted(health_findings), retention_redacted(safety_findings),
                                   retention_redacted(family_notes), retention_redacted(child_opinion));
          UPDATE support_plan SET problem = retention_redacted(problem)
           WHERE case_id = ANY(cases) AND problem IS DISTINCT FROM retention_redacted(problem);
          UPDATE plan_goal g SET description = retention_redacted(g.description)
            FROM support_plan p WHERE p.id = g.plan_id AND p.case_id = ANY(cases)
             AND g.description IS DISTINCT FROM retention_redacted(g.description);
          UPDATE plan_task t SET description = retention_redacted(t.description), expected_result = retention_redacted(t.expected_result)
            FROM support_plan p WHERE p.id = t.plan_id AND p.case_id = ANY(cases)
             AND (t.description, t.expected_result) IS DISTINCT FROM (retention_redacted(t.description), retention_redacted(t.expected_result));
          UPDATE follow_up SET summary = retention_redacted(summary), recommendations = retention_redacted(recommendations)
           WHERE case_id = ANY(cases)
             AND (summary, recommendations) IS DISTINCT FROM (retention_redacted(summary), retention_redacted(recommendations));
          -- the texts a correction replaced: history the hub itself can only append to
          UPDATE follow_up_revision r SET summary = retention_redacted(r.summary), recommendations = retention_redacted(r.recommendations)
            FROM follow_up f WHERE f.id = r.follow_up_id AND f.case_id = ANY(cases)
             AND (r.summary, r.recommendations) IS DISTINCT FROM (retention_redacted(r.summary), retention_redacted(r.recommendations));
          -- the carer and the mentor are other people; their register references stay (capacity and caseload rules count by them)
          UPDATE placement SET carer_name = retention_redacted(carer_name), capacity_exception = retention_redacted(capacity_exception)
           WHERE case_id = ANY(cases)
             AND (carer_name, capacity_exception) IS DISTINCT FROM (retention_redacted(carer_name), retention_redacted(capacity_exception));
          UPDATE mentor_assignment SET mentor_name = retention_redacted(mentor_name)
           WHERE case_id = ANY(cases) AND mentor_name IS DISTINCT FROM retention_redacted(mentor_name);
          -- an emergency access's justification and its review, and the basis of an orphan court's report restriction
          UPDATE emergency_access SET justification = retention_redacted(justification), review_note = retention_redacted(review_note)
           WHERE case_id = ANY(cases)
             AND (justification, review_note) IS DISTINCT FROM (retention_redacted(justification), retention_redacted(review_note));
          UPDATE care_case SET report_restriction_basis = retention_redacted(report_restriction_basis)
           WHERE id = ANY(cases) AND report_restriction_basis IS DISTINCT FROM retention_redacted(report_restriction_basis);
          RETURN true;
        EXCEPTION WHEN lock_not_available OR deadlock_detected THEN
          -- everything above is undone (this block is a subtransaction); the client waits for the next run
          RETURN false;
        END;
      END $$;
      REVOKE ALL ON FUNCTION pseudonymise_client(uuid, date) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION pseudonymise_client(uuid, date) TO casehub_app;

      -- Every write on a case is audited in its own transaction, which makes the audit the one place to refuse
      -- writes on a pseudonymised client's case. The client row stays locked (key share: other writes and
      -- openCase go on) until the write commits, so pseudonymise_client waits for no one and is never undone by one.
      CREATE FUNCTION audit_refuses_pseudonymised() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        removed timestamptz;
      BEGIN
        SELECT cl.pseudonymised_at INTO removed
          FROM care_case c JOIN client cl ON cl.id = c.client_id WHERE c.id = NEW.case_id FOR KEY SHARE OF cl;
        IF removed IS NOT NULL THEN
          RAISE EXCEPTION 'the client of this case was pseudonymised' USING ERRCODE = '23514', CONSTRAINT = 'case_client_pseudonymised';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER audit_log_refuses_pseudonymised BEFORE INSERT ON audit_log
        FOR EACH ROW WHEN (NEW.kind = 'WRITE' AND NEW.case_id IS NOT NULL) EXECUTE FUNCTION audit_refuses_pseudonymised();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER audit_log_refuses_pseudonymised ON audit_log; DROP FUNCTION audit_refuses_pseudonymised();
      DROP FUNCTION pseudonymise_client(uuid, date); DROP FUNCTION retention_redacted(text);
      DROP INDEX care_case_closed_idx;
      ALTER TABLE client DROP CONSTRAINT client_identified_unless_pseudonymised;
      -- fails while a pseudonymised client exists: their identifiers are gone for good
      ALTER TABLE client ALTER COLUMN personal_code SET NOT NULL, ALTER COLUMN given_name SET NOT NULL,
        ALTER COLUMN family_name SET NOT NULL;
      ALTER TABLE client DROP COLUMN pseudonymised_at;
    `);
  }
}
