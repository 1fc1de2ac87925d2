import { activeInvolvement } from '../access/scope';

/** The monitoring rules' time limits (DOMAIN.md; 004). */
export const RULES = {
  /** plans are reassessed at least yearly; shown from 30 days before */
  planNoticeDays: 30,
  /** a previous provider reviews quarterly; shown from 14 days before */
  reviewEveryMonths: 3,
  reviewNoticeDays: 14,
  /** after closure, a monitoring visit every 3 months */
  monitoringEveryMonths: 3,
  /** children in institutions: under 4 at most 3 months, from 4 at most 6; shown from 30 days before */
  youngChildUnderYears: 4,
  youngChildStayMonths: 3,
  childStayMonths: 6,
  stayNoticeDays: 30,
};

const CASE_MANAGER = `JOIN involvement cm ON cm.case_id = c.id AND cm.role = 'CASE_MANAGER' AND cm.ended_at IS NULL`;

/**
 * Every due item of the cases the agency at $1 reaches, judged on the date $2:
 * (kind, category, case_id, ref_id, due_on, responsible_agency_id). Computed in one statement.
 * $5 optionally narrows to some cases (uuid[] or null).
 */
export const DUE_ITEMS = `
  WITH reach AS (
    SELECT i.case_id, array_agg(DISTINCT i.role) AS roles, bool_or(i.role = 'CASE_MANAGER') AS manages
      FROM involvement i
     WHERE i.agency_id = $1 AND ${activeInvolvement('i')} AND ($5::uuid[] IS NULL OR i.case_id = ANY($5::uuid[]))
     GROUP BY i.case_id
  ), items AS (
    SELECT 'PLAN_REASSESSMENT' AS kind, 'PLAN' AS category, c.id AS case_id, p.id AS ref_id, p.review_due_on AS due_on,
           cm.agency_id AS responsible
      FROM reach r JOIN care_case c ON c.id = r.case_id AND c.status <> 'CLOSED' ${CASE_MANAGER}
      JOIN support_plan p ON p.case_id = c.id AND p.status = 'ACTIVE'
     WHERE p.review_due_on <= $2::date + ${RULES.planNoticeDays}
    UNION ALL
    SELECT 'SITUATION_REVIEW', 'FOLLOW_UP', pp.case_id, pp.id, next.due_on, pp.agency_id
      FROM reach r JOIN involvement pp ON pp.case_id = r.case_id AND pp.role = 'PREVIOUS_PROVIDER' AND pp.ended_at IS NULL
       AND pp.valid_from::date <= $2::date AND (pp.valid_until IS NULL OR pp.valid_until::date > $2::date)
     CROSS JOIN LATERAL (
       SELECT (COALESCE(
                (SELECT max(f.occurred_on) FROM follow_up f
                  WHERE f.case_id = pp.case_id AND f.author_agency_id = pp.agency_id AND f.kind = 'SITUATION_REVIEW'
                    AND f.occurred_on >= pp.valid_from::date),
                pp.valid_from::date) + interval '${RULES.reviewEveryMonths} months')::date AS due_on) next
     WHERE next.due_on <= $2::date + ${RULES.reviewNoticeDays} AND (pp.valid_until IS NULL OR next.due_on <= pp.valid_until::date)
    UNION ALL
    SELECT 'TASK_DEADLINE', 'PLAN', c.id, t.id, t.deadline, COALESCE(t.responsible_agency_id, cm.agency_id)
      FROM reach r JOIN care_case c ON c.id = r.case_id AND c.status <> 'CLOSED' ${CASE_MANAGER}
      JOIN support_plan p ON p.case_id = c.id AND p.status = 'ACTIVE'
      JOIN plan_task t ON t.plan_id = p.id AND t.status IN ('PLANNED', 'IN_PROGRESS') AND t.deadline < $2::date
    UNION ALL
    SELECT 'MONITORING_VISIT', 'FOLLOW_UP', c.id, c.id, next.due_on, cm.agency_id
      FROM reach r JOIN care_case c ON c.id = r.case_id AND c.status = 'POST_CLOSURE_MONITORING' ${CASE_MANAGER}
     CROSS JOIN LATERAL (
       SELECT (COALESCE(
                (SELECT max(f.occurred_on) FROM follow_up f
                  WHERE f.case_id = c.id AND f.kind = 'POST_CLOSURE_MONITORING' AND f.occurred_on >= c.closed_on),
                c.closed_on) + interval '${RULES.monitoringEveryMonths} months')::date AS due_on) next
     WHERE next.due_on <= $2::date + ${RULES.reviewNoticeDays}
    UNION ALL
    SELECT 'INSTITUTION_STAY_LIMIT', 'PLACEMENT', c.id, pl.id, lim.due_on, cm.agency_id
      FROM reach r JOIN care_case c ON c.id = r.case_id AND c.status <> 'CLOSED'
       AND c.target_group <> 'ADULT_WITH_MENTAL_DISORDER' ${CASE_MANAGER}
      JOIN client cl ON cl.id = c.client_id AND cl.birth_date IS NOT NULL
      JOIN placement pl ON pl.case_id = c.id AND pl.type = 'INSTITUTION' AND pl.starts_on <= $2::date
       AND (pl.ends_on IS NULL OR pl.ends_on > $2::date)
     CROSS JOIN LATERAL (
       SELECT (pl.starts_on + CASE WHEN age(pl.starts_on, cl.birth_date) < interval '${RULES.youngChildUnderYears} years'
                                   THEN interval '${RULES.youngChildStayMonths} months'
                                   ELSE interval '${RULES.childStayMonths} months' END)::date AS due_on) lim
     WHERE lim.due_on <= $2::date + ${RULES.stayNoticeDays}
  )
  SELECT it.kind || ':' || it.ref_id AS id, it.kind, it.category, it.case_id AS "caseId", it.due_on AS "dueOn",
         ($2::date - it.due_on) AS "daysOverdue", it.responsible AS "responsibleAgencyId", it.ref_id::text AS "refId"
    FROM items it JOIN reach r ON r.case_id = it.case_id
   WHERE EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS p(role, category)
                  WHERE p.category = it.category AND p.role = ANY(r.roles))
     AND ($6::text[] IS NULL OR it.kind = ANY($6::text[]))
     AND (it.responsible = $1 OR (r.manages AND NOT $7))`;
