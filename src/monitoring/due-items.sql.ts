import { rolesOf } from '../access/scope';
import { InvolvementRole } from '../kernel/principal';

/**
 * The monitoring rules' time limits (DOMAIN.md; 004). The periods (months) are also what the
 * due_date triggers compute with (migrations/1763901000000-DueDates.ts): changing one takes a new
 * migration; the notice windows are applied when reading.
 */
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
  /**
   * after a move from an institution to the community, the needs are assessed again within 3 months
   * (004: "atkārtota bērna vajadzību novērtēšana pēc … pārvietošanas"); shown from 30 days before
   */
  reassessAfterMoveMonths: 3,
  reassessNoticeDays: 30,
};

/*
 * Due items are read from due_date (kept on write; migrations/1763901000000-DueDates.ts), as the
 * rules read the source tables. Parameters: $1 the caller's agency, $2 the day judged by, $3 and $4
 * the (role, category) pairs the caller's user role may read.
 */

/** How many days before its due date an item is shown. */
const NOTICE_DAYS = `CASE d.kind WHEN 'PLAN_REASSESSMENT' THEN ${RULES.planNoticeDays} WHEN 'SITUATION_REVIEW' THEN ${RULES.reviewNoticeDays}
  WHEN 'MONITORING_VISIT' THEN ${RULES.reviewNoticeDays} WHEN 'INSTITUTION_STAY_LIMIT' THEN ${RULES.stayNoticeDays}
  WHEN 'REASSESSMENT_AFTER_MOVE' THEN ${RULES.reassessNoticeDays}
  ELSE -1 END`; // a task, a permanency target, only once its date has passed
/** The longest notice: no item due later than this many days after the day judged by is shown (an index bound). */
const MAX_NOTICE_DAYS = Math.max(RULES.planNoticeDays, RULES.reviewNoticeDays, RULES.stayNoticeDays, RULES.reassessNoticeDays);

/** One item as the API shows it, from a due_date row `d`. */
const ITEM = `d.id, d.kind, d.category, d.case_id AS "caseId", d.due_on AS "dueOn", ($2::date - d.due_on) AS "daysOverdue",
  d.responsible_agency_id AS "responsibleAgencyId"`;

/** The caller's roles in the row's case now (none: the case is not reached). */
const MINE = `CROSS JOIN LATERAL (SELECT ${rolesOf('d.case_id', '$1', null)} AS roles) mine`;

/**
 * Whether row `d` is shown on day $2 to the caller: due within its notice window, on a day its rule
 * applies (a previous provider's involvement, an institution stay), of a category the caller's roles
 * in the case may read; the case manager sees every item of its cases (unless it asks for its own
 * only), others the items they are responsible for.
 */
function shown(kinds: string, responsibleOnly: string): string {
  return `d.due_on <= $2::date + ${MAX_NOTICE_DAYS} AND d.due_on <= $2::date + ${NOTICE_DAYS}
    AND (d.active_from IS NULL OR d.active_from <= $2::date) AND (d.active_until IS NULL OR d.active_until > $2::date)
    AND (${kinds}::text[] IS NULL OR d.kind = ANY(${kinds}::text[]))
    AND EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS p(role, category) WHERE p.category = d.category AND p.role = ANY(mine.roles))
    AND (d.responsible_agency_id = $1 OR ('${InvolvementRole.CASE_MANAGER}' = ANY(mine.roles) AND (d.responsible_agency_id IS NULL OR NOT ${responsibleOnly})))`;
}

/**
 * The first `limit` items shown to the caller ($5 kinds or null, $6 responsible only), earliest
 * first, after `cursor` (a condition on d.due_on and d.id, or ''). Only the case manager or the
 * responsible agency is ever shown an item, so each is one ordered index scan that stops at the
 * page's end; the exact conditions are checked on every row it passes.
 *
 * Those conditions sit behind a fence (a lateral sub-select with OFFSET 0) so that the planner
 * does not estimate them: multiplying their guessed selectivities, it took 20 of SD-LIEPAJA's 5,220
 * items to be shown (4,533 were), sorted them all and checked the roles of each (155 ms, against
 * 1 ms for the index scan). Behind the fence, one plan serves every agency, so it is prepared.
 */
export function dueItemsPage(cursor: string, limit: string): string {
  const scan = (candidates: string) => `(SELECT ${ITEM} FROM due_date d
      CROSS JOIN LATERAL (SELECT ${shown('$5', '$6')} AS shown
                            FROM (SELECT ${rolesOf('d.case_id', '$1', null)} AS roles) mine OFFSET 0) f
      WHERE ${candidates} AND d.due_on <= $2::date + ${MAX_NOTICE_DAYS} AND f.shown ${cursor}
      ORDER BY d.due_on, d.id LIMIT ${limit})`;
  return `SELECT * FROM (${scan('d.manager_agency_id = $1')}
      UNION ALL ${scan('d.responsible_agency_id = $1 AND d.responsible_agency_id IS DISTINCT FROM d.manager_agency_id')}) u
    ORDER BY "dueOn", id LIMIT ${limit}`;
}

/** Every item of the cases $5 (uuid[]) shown to the caller. */
export const DUE_ITEMS_OF_CASES = `SELECT ${ITEM} FROM due_date d ${MINE} WHERE d.case_id = ANY($5::uuid[]) AND ${shown('NULL', 'false')}`;

/** Fills in "the case manager" for items that name no responsible agency; only for the rows returned. */
export const RESPONSIBLE = `COALESCE(due."responsibleAgencyId", (SELECT cm.agency_id FROM involvement cm
  WHERE cm.case_id = due."caseId" AND cm.role = 'CASE_MANAGER' AND cm.ended_at IS NULL)) AS "responsibleAgencyId"`;
