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

/**
 * Every due item of the cases the agency at $1 reaches, judged on the date $2:
 * (kind, category, case, row, due date, responsible agency — null meaning the case manager).
 * Computed in one statement; $5 optionally narrows to some cases (uuid[] or null).
 */
export const DUE_ITEMS = `
  WITH reach AS MATERIALIZED (
    SELECT c.id AS case_id, c.status, c.target_group, c.client_id, c.closed_on, r.roles, r.manages
      FROM (SELECT i.case_id, array_agg(DISTINCT i.role) AS roles, bool_or(i.role = 'CASE_MANAGER') AS manages
              FROM involvement i
             WHERE i.agency_id = $1 AND ${activeInvolvement('i')} AND ($5::uuid[] IS NULL OR i.case_id = ANY($5::uuid[]))
             GROUP BY i.case_id) r
      JOIN care_case c ON c.id = r.case_id
  ), items AS (
    SELECT 'PLAN_REASSESSMENT' AS kind, 'PLAN' AS category, r.case_id, p.id AS ref_id, p.review_due_on AS due_on,
           NULL::uuid AS responsible
      FROM reach r JOIN support_plan p ON p.case_id = r.case_id AND p.status = 'ACTIVE'
     WHERE r.status <> 'CLOSED' AND p.review_due_on <= $2::date + ${RULES.planNoticeDays}
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
    SELECT 'TASK_DEADLINE', 'PLAN', r.case_id, t.id, t.deadline, t.responsible_agency_id
      FROM reach r JOIN support_plan p ON p.case_id = r.case_id AND p.status = 'ACTIVE'
      JOIN plan_task t ON t.plan_id = p.id AND t.status IN ('PLANNED', 'IN_PROGRESS') AND t.deadline < $2::date
     WHERE r.status <> 'CLOSED'
    UNION ALL
    SELECT 'MONITORING_VISIT', 'FOLLOW_UP', r.case_id, r.case_id, next.due_on, NULL::uuid
      FROM reach r
     CROSS JOIN LATERAL (
       SELECT (COALESCE(
                (SELECT max(f.occurred_on) FROM follow_up f
                  WHERE f.case_id = r.case_id AND f.kind = 'POST_CLOSURE_MONITORING' AND f.occurred_on >= r.closed_on),
                r.closed_on) + interval '${RULES.monitoringEveryMonths} months')::date AS due_on) next
     WHERE r.status = 'POST_CLOSURE_MONITORING' AND next.due_on <= $2::date + ${RULES.reviewNoticeDays}
    UNION ALL
    SELECT 'INSTITUTION_STAY_LIMIT', 'PLACEMENT', r.case_id, pl.id, lim.due_on, NULL::uuid
      FROM reach r JOIN client cl ON cl.id = r.client_id AND cl.birth_date IS NOT NULL
      JOIN placement pl ON pl.case_id = r.case_id AND pl.type = 'INSTITUTION' AND pl.starts_on <= $2::date
       AND (pl.ends_on IS NULL OR pl.ends_on > $2::date)
     CROSS JOIN LATERAL (
       SELECT (pl.starts_on + CASE WHEN age(pl.starts_on, cl.birth_date) < interval '${RULES.youngChildUnderYears} years'
                                   THEN interval '${RULES.youngChildStayMonths} months'
                                   ELSE interval '${RULES.childStayMonths} months' END)::date AS due_on) lim
     WHERE r.status <> 'CLOSED' AND r.target_group <> 'ADULT_WITH_MENTAL_DISORDER'
       AND lim.due_on <= $2::date + ${RULES.stayNoticeDays}
  )
  SELECT it.kind || ':' || it.ref_id AS id, it.kind, it.category, it.case_id AS "caseId", it.due_on AS "dueOn",
         ($2::date - it.due_on) AS "daysOverdue", it.responsible AS "responsibleAgencyId"
    FROM items it JOIN reach r ON r.case_id = it.case_id
   WHERE EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS p(role, category)
                  WHERE p.category = it.category AND p.role = ANY(r.roles))
     AND ($6::text[] IS NULL OR it.kind = ANY($6::text[]))
     -- the case manager sees every item of its cases (unless it asks for its own only); others, theirs
     AND (it.responsible = $1 OR (it.responsible IS NULL AND r.manages) OR (r.manages AND NOT $7))`;

/** Fills in "the case manager" for items that name no responsible agency; only for the rows returned. */
export const RESPONSIBLE = `COALESCE(due."responsibleAgencyId", (SELECT cm.agency_id FROM involvement cm
  WHERE cm.case_id = due."caseId" AND cm.role = 'CASE_MANAGER' AND cm.ended_at IS NULL)) AS "responsibleAgencyId"`;
