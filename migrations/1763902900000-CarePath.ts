import { MigrationInterface, QueryRunner } from 'typeorm';
import { replaceInFunction } from './lib/function-edit';

/**
 * Through care and out of it (issue 20):
 * - permanency plans: the orphan court's decision on the permanent solution for a child in care, kept
 *   as history (one row per decision or review), and a due item once its target date has passed;
 * - exits from care: a placement's end with its destination;
 * - the waiting list for long-term care (care_application), the figures' source for the waiting list;
 * - a due item for the repeated needs assessment after a move from an institution (3 months: README);
 * - the provider register with its places and the DI plan's size limits (reference data, synced);
 * - a social correction home as a placement.
 */
const DUE_ANCHOR = 'JOIN emergency_access e ON e.case_id = c.id AND e.verdict IS NULL';
const DUE_BRANCHES = `
          UNION ALL
          -- the latest permanency decision's target date, while the child has not left care since it
          SELECT c.id, 'PERMANENCY_TARGET', 'PLACEMENT', pp.id, pp.target_date, NULL, care.exited_on, pp.deciding_agency_id, c.manager
            FROM c CROSS JOIN LATERAL (SELECT x.id, x.target_date, x.decided_on, x.deciding_agency_id FROM permanency_plan x
                                        WHERE x.case_id = c.id ORDER BY x.version DESC LIMIT 1) pp
           CROSS JOIN LATERAL (SELECT (SELECT min(pl.ends_on) FROM placement pl
                                        WHERE pl.case_id = c.id AND pl.exit_destination IS NOT NULL AND pl.ends_on >= pp.decided_on) AS exited_on) care
           WHERE c.status <> 'CLOSED'
          UNION ALL
          -- a repeated needs assessment 3 months after a move from an institution, until one is recorded
          SELECT c.id, 'REASSESSMENT_AFTER_MOVE', 'ASSESSMENT', mv.id, (mv.starts_on + interval '3 months')::date, NULL, NULL, NULL, c.manager
            FROM c JOIN placement mv ON mv.case_id = c.id AND mv.type <> 'INSTITUTION'
            JOIN LATERAL (SELECT q.type FROM placement q WHERE q.case_id = mv.case_id AND q.starts_on < mv.starts_on
                           ORDER BY q.starts_on DESC, q.created_at DESC, q.id LIMIT 1) before ON before.type = 'INSTITUTION'
           WHERE c.status <> 'CLOSED'
             AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.case_id = c.id AND a.assessed_on >= mv.starts_on)`;

/** The placement trigger refreshes a case on every placement write: a move and an exit count now, not only institution stays. */
const PLACEMENT_ANCHOR = "FROM new_rows WHERE type = 'INSTITUTION')";
const PLACEMENT_ANCHOR_OLD = "FROM old_rows WHERE type = 'INSTITUTION')";
const EVERY_PLACEMENT = "FROM new_rows WHERE type IS NOT NULL)";
const EVERY_PLACEMENT_OLD = "FROM old_rows WHERE type IS NOT NULL)";

const RETAIN_ANCHOR = '          RETURN true;';
const RETAIN_CARE_PATH = `          UPDATE care_application SET why_not_enough = retention_redacted(why_not_enough)
           WHERE case_id = ANY(cases) AND why_not_enough IS DISTINCT FROM retention_redacted(why_not_enough);
`;

const PLACEMENT_TYPES = `'FOSTER_FAMILY', 'GUARDIAN', 'ADOPTION_PRE_PLACEMENT', 'INSTITUTION', 'FAMILY_LIKE_CARE_HOME', 'GROUP_HOME',
  'YOUTH_HOME', 'CRISIS_CENTRE', 'HALFWAY_HOUSE', 'BIRTH_FAMILY'`;

export class CarePath1763902900000 implements MigrationInterface {
  name = 'CarePath1763902900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE placement DROP CONSTRAINT placement_type_check;
      ALTER TABLE placement ADD CONSTRAINT placement_type_check CHECK (type IN (${PLACEMENT_TYPES}, 'SOCIAL_CORRECTION_HOME'));
      ALTER TABLE placement
        ADD COLUMN exit_destination text CHECK (exit_destination IN ('RETURNED_HOME', 'ADOPTED', 'GUARDIANSHIP', 'INDEPENDENT_LIVING',
                                                                    'ANOTHER_FORM_OF_CARE', 'REACHED_ADULTHOOD')),
        ADD CONSTRAINT placement_exit_ends CHECK (exit_destination IS NULL OR ends_on IS NOT NULL);
      -- exits by date (the figures), and who is placed with a provider (its size limits, places in use)
      CREATE INDEX placement_exit_idx ON placement (ends_on) WHERE exit_destination IS NOT NULL;
      CREATE INDEX placement_provider_type_idx ON placement (provider_agency_id, type, starts_on) WHERE provider_agency_id IS NOT NULL;

      CREATE TABLE permanency_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        version integer NOT NULL CHECK (version >= 1),
        goal text NOT NULL CHECK (goal IN ('RETURN_TO_BIRTH_FAMILY', 'KINSHIP_CARE', 'GUARDIANSHIP', 'ADOPTION', 'INDEPENDENT_LIVING',
                                           'LONG_TERM_FOSTER_CARE')),
        target_date date NOT NULL,
        decided_on date NOT NULL,
        decision_ref text NOT NULL CHECK (length(decision_ref) BETWEEN 1 AND 200),
        -- the support plan whose review this decision went with (null: none in force)
        reviewed_with_plan_id uuid REFERENCES support_plan (id),
        deciding_agency_id uuid NOT NULL REFERENCES agency (id),
        decided_by_user_id text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT permanency_plan_target CHECK (target_date >= decided_on),
        UNIQUE (case_id, version)
      );
      -- history is only appended to
      GRANT SELECT, INSERT ON permanency_plan TO casehub_app;

      CREATE TABLE care_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES care_case (id),
        service text NOT NULL CHECK (service IN ('STATE_SOCIAL_CARE_CENTRE', 'GROUP_HOME_WITH_CARE', 'GROUP_HOME_WITH_REHABILITATION',
                                                 'HALFWAY_HOUSE', 'FAMILY_LIKE_CARE_HOME')),
        applied_on date NOT NULL,
        status text NOT NULL DEFAULT 'WAITING' CHECK (status IN ('WAITING', 'PLACE_OFFERED', 'ADMITTED', 'REMOVED')),
        offered_provider_agency_id uuid REFERENCES agency (id),
        offered_on date,
        assessment_id uuid REFERENCES assessment (id),
        services_tried text[] NOT NULL DEFAULT '{}',
        why_not_enough text CHECK (length(why_not_enough) BETWEEN 1 AND 5000),
        admitted_on date,
        removed_on date,
        removal_reason text CHECK (removal_reason IN ('REFUSED', 'NO_LONGER_NEEDED', 'CLIENT_WITHDREW', 'SERVED_ELSEWHERE', 'MOVED_AWAY', 'DIED')),
        created_by_agency_id uuid NOT NULL REFERENCES agency (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT care_application_removal CHECK ((removed_on IS NULL) = (removal_reason IS NULL) AND (removed_on IS NULL) = (status <> 'REMOVED')),
        CONSTRAINT care_application_admission CHECK ((admitted_on IS NULL) = (status <> 'ADMITTED')),
        CONSTRAINT care_application_offer CHECK ((offered_on IS NULL) = (offered_provider_agency_id IS NULL)),
        CONSTRAINT care_application_dates CHECK (applied_on <= COALESCE(admitted_on, removed_on, applied_on)
                                                 AND applied_on <= COALESCE(offered_on, applied_on))
      );
      CREATE INDEX care_application_case_idx ON care_application (case_id, applied_on DESC);
      -- one open application per client case and service
      CREATE UNIQUE INDEX care_application_open_idx ON care_application (case_id, service) WHERE status IN ('WAITING', 'PLACE_OFFERED');
      GRANT SELECT, INSERT, UPDATE ON care_application TO casehub_app;

      -- the provider register (reference data: src/reference/data/providers.json, placement-limits.json)
      CREATE TABLE service_provider (
        agency_code text PRIMARY KEY REFERENCES agency (code),
        register_number text NOT NULL UNIQUE,
        municipality_code text NOT NULL REFERENCES municipality (code)
      );
      CREATE TABLE provider_service (
        agency_code text NOT NULL REFERENCES service_provider (agency_code),
        service_type text NOT NULL,
        places integer NOT NULL CHECK (places >= 0),
        -- the placement type that takes one of its places (null: a service used from home, named in plans)
        placement_type text,
        hardest_cases boolean NOT NULL DEFAULT false,
        PRIMARY KEY (agency_code, service_type)
      );
      CREATE TABLE placement_limit_rule (
        placement_type text PRIMARY KEY,
        max_children integer NOT NULL CHECK (max_children >= 1),
        siblings_may_exceed boolean NOT NULL,
        per_group integer CHECK (per_group >= 1),
        age_groups jsonb NOT NULL DEFAULT '[]',
        hardest_cases_max_children integer CHECK (hardest_cases_max_children >= 1)
      );
      GRANT SELECT ON service_provider, provider_service, placement_limit_rule TO casehub_app;
      ALTER TABLE reference_version DROP CONSTRAINT reference_version_source_check;
      ALTER TABLE reference_version ADD CONSTRAINT reference_version_source_check
        CHECK (source IN ('geography', 'agencies', 'service-prices', 'carer-forms', 'centre-services', 'survey-questions', 'providers',
                          'placement-limits'));

      -- the waiting list's figure counts applications: a back-dated one makes its months' snapshots stale. A month
      -- already marked from an earlier one by this same transaction (its case's own marks: a case is marked from its
      -- opening) needs no mark of its own: no second writer's uncommitted mark is waited for (two seed loaders, which
      -- mark the same new months in another order, would deadlock)
      CREATE FUNCTION report_snapshots_application() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT c.responsible_municipality_code, report_month_of(n.applied_on), 'WAITING'
              FROM changed n JOIN care_case c ON c.id = n.case_id
             WHERE report_month_of(n.applied_on) IS NOT NULL
               AND NOT EXISTS (SELECT 1 FROM report_snapshot_dirty d
                                WHERE d.municipality_code = c.responsible_municipality_code AND d.class = 'WAITING'
                                  AND d.from_month <= report_month_of(n.applied_on) AND d.xmin = xid(pg_current_xact_id()))
            ON CONFLICT DO NOTHING;
        ELSE
          INSERT INTO report_snapshot_dirty
            SELECT DISTINCT c.responsible_municipality_code, report_month_of(x.d), 'WAITING'
              FROM (SELECT n.case_id,
                           least(CASE WHEN o.applied_on <> n.applied_on THEN least(o.applied_on, n.applied_on) END,
                                 CASE WHEN o.admitted_on IS DISTINCT FROM n.admitted_on
                                      THEN least(COALESCE(o.admitted_on, 'infinity'), COALESCE(n.admitted_on, 'infinity')) END,
                                 CASE WHEN o.removed_on IS DISTINCT FROM n.removed_on
                                      THEN least(COALESCE(o.removed_on, 'infinity'), COALESCE(n.removed_on, 'infinity')) END) AS d
                      FROM previous o JOIN changed n ON n.id = o.id) x
              JOIN care_case c ON c.id = x.case_id
             WHERE report_month_of(x.d) IS NOT NULL
            ON CONFLICT DO NOTHING;
        END IF;
        INSERT INTO report_dirty SELECT DISTINCT c.responsible_municipality_code FROM changed n JOIN care_case c ON c.id = n.case_id
         WHERE NOT EXISTS (SELECT 1 FROM report_dirty d WHERE d.municipality_code = c.responsible_municipality_code
                              AND d.xmin = xid(pg_current_xact_id()))
          ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$;
      CREATE TRIGGER care_application_inserted_snapshots AFTER INSERT ON care_application REFERENCING NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_application();
      CREATE TRIGGER care_application_updated_snapshots AFTER UPDATE ON care_application REFERENCING OLD TABLE AS previous NEW TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_application();

      -- due items: a passed permanency target, the reassessment after a move
      ${replaceInFunction('due_dates_refresh(uuid[])', DUE_ANCHOR, DUE_ANCHOR + DUE_BRANCHES)}
      ${replaceInFunction('due_dates_on_change()', PLACEMENT_ANCHOR, EVERY_PLACEMENT)}
      ${replaceInFunction('due_dates_on_change()', PLACEMENT_ANCHOR_OLD, EVERY_PLACEMENT_OLD)}
      CREATE FUNCTION due_dates_on_care_path() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          PERFORM due_dates_refresh(ARRAY(SELECT DISTINCT case_id FROM old_rows));
        ELSE
          PERFORM due_dates_refresh(ARRAY(SELECT DISTINCT case_id FROM new_rows));
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER permanency_plan_due_dates_insert AFTER INSERT ON permanency_plan REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION due_dates_on_care_path();
      CREATE TRIGGER assessment_due_dates_insert AFTER INSERT ON assessment REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION due_dates_on_care_path();
      CREATE TRIGGER assessment_due_dates_update AFTER UPDATE ON assessment REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION due_dates_on_care_path();
      CREATE TRIGGER assessment_due_dates_delete AFTER DELETE ON assessment REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION due_dates_on_care_path();

      ${replaceInFunction('pseudonymise_client(uuid, date)', RETAIN_ANCHOR, RETAIN_CARE_PATH + RETAIN_ANCHOR)}

      SELECT due_dates_refresh(ARRAY(SELECT DISTINCT case_id FROM placement WHERE type <> 'INSTITUTION'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ${replaceInFunction('pseudonymise_client(uuid, date)', RETAIN_CARE_PATH + RETAIN_ANCHOR, RETAIN_ANCHOR)}
      DROP TRIGGER assessment_due_dates_insert ON assessment; DROP TRIGGER assessment_due_dates_update ON assessment;
      DROP TRIGGER assessment_due_dates_delete ON assessment;
      DROP TRIGGER permanency_plan_due_dates_insert ON permanency_plan;
      DROP FUNCTION due_dates_on_care_path();
      ${replaceInFunction('due_dates_on_change()', EVERY_PLACEMENT_OLD, PLACEMENT_ANCHOR_OLD)}
      ${replaceInFunction('due_dates_on_change()', EVERY_PLACEMENT, PLACEMENT_ANCHOR)}
      ${replaceInFunction('due_dates_refresh(uuid[])', DUE_ANCHOR + DUE_BRANCHES, DUE_ANCHOR)}
      DROP TABLE care_application, permanency_plan, provider_service, service_provider, placement_limit_rule;
      DELETE FROM reference_version WHERE source IN ('providers', 'placement-limits');
      ALTER TABLE reference_version DROP CONSTRAINT reference_version_source_check;
      ALTER TABLE reference_version ADD CONSTRAINT reference_version_source_check
        CHECK (source IN ('geography', 'agencies', 'service-prices', 'carer-forms', 'centre-services', 'survey-questions'));
      DROP FUNCTION report_snapshots_application();
      DELETE FROM due_date WHERE kind IN ('PERMANENCY_TARGET', 'REASSESSMENT_AFTER_MOVE');
      DELETE FROM placement WHERE type = 'SOCIAL_CORRECTION_HOME';
      DROP INDEX placement_exit_idx; DROP INDEX placement_provider_type_idx;
      ALTER TABLE placement DROP CONSTRAINT placement_exit_ends, DROP COLUMN exit_destination;
      ALTER TABLE placement DROP CONSTRAINT placement_type_check;
      ALTER TABLE placement ADD CONSTRAINT placement_type_check CHECK (type IN (${PLACEMENT_TYPES}));
    `);
  }
}
