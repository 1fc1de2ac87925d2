import type { DataSource } from 'typeorm';
import { activeInvolvement, readablePairs, rolesOf } from '../access/scope';
import { pageInfoOf } from '../kernel/connection';
import type { RequestContext } from '../kernel/context';
import { decodeCursor, encodeCursor, pageSize } from '../kernel/cursor';
import { today } from '../kernel/dates';
import { uuids } from '../kernel/loaders';
import { InvolvementRole } from '../kernel/principal';
import { Alert, AlertConnection } from './alert.types';

/**
 * An alert of the caller's agency ($1) that the caller may read now: its category, by the caller's
 * roles in its case for the request's purpose ($3, $4: the readable (role, category) pairs); an
 * alert about a referral or transfer to decide on, as the referral itself (addressed to the agency).
 * An alert for the users of one role (a closure waits for a MANAGER) only to them ($5).
 */
function visible(ctx: RequestContext): string {
  return `a.agency_id = $1 AND (a.for_user_role IS NULL OR a.for_user_role = $5)
    AND (CASE WHEN a.referral_id IS NOT NULL
      THEN EXISTS (SELECT 1 FROM referral rf WHERE rf.id = a.referral_id AND rf.to_agency_id = $1)
      ELSE EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS p(role, category)
        WHERE p.category = a.category AND p.role = ANY(${rolesOf('a.case_id', '$1', ctx.principal)})) END)`;
}

const READ_BY_CALLER = 'EXISTS (SELECT 1 FROM alert_read r WHERE r.alert_id = a.id AND r.user_id = $2)';

export const alertsService = {
  /** The caller's inbox: its agency's alerts it may read, newest first; unread only if asked. */
  async inbox(ctx: RequestContext, unreadOnly: boolean, first: number, after: string | null): Promise<AlertConnection> {
    const limit = pageSize(first);
    const [roles, categories] = readablePairs(ctx.principal);
    const [at, id] = after ? decodeCursor(after, ['timestamp', 'uuid']) : [null, null];
    const rows: (Alert & { sortKey: string })[] = await ctx.db.query(
      // an alert about a referral names the referral, never the case (shown once accepted, through the referral)
      `SELECT a.id, CASE WHEN a.referral_id IS NULL THEN a.case_id END AS "caseId", a.referral_id AS "referralId", a.kind, a.subject,
              a.category, a.due_on AS "dueOn", a.raised_at AS "raisedAt", ${READ_BY_CALLER} AS read, a.raised_at::text AS "sortKey"
         FROM alert a
        WHERE ${visible(ctx)} AND ($6::boolean IS FALSE OR NOT ${READ_BY_CALLER})
          AND ($7::timestamptz IS NULL OR (a.raised_at, a.id) < ($7::timestamptz, $8::uuid))
        ORDER BY a.raised_at DESC, a.id DESC LIMIT $9`,
      [ctx.principal.agency.id, ctx.principal.userId, roles, categories, ctx.principal.role, unreadOnly, at, id, limit + 1]);
    const edges = rows.slice(0, limit).map(({ sortKey, ...node }) => ({ cursor: encodeCursor([sortKey, node.id]), node }));
    return { edges, pageInfo: pageInfoOf(edges, rows.length > limit, after) };
  },

  /** Marks alerts read for the caller (those it may see; others are left alone, unnamed). Returns how many were marked now. */
  async markRead(ctx: RequestContext, ids: string[]): Promise<number> {
    const [roles, categories] = readablePairs(ctx.principal);
    const marked = await ctx.db.query(
      `INSERT INTO alert_read (alert_id, user_id)
       SELECT a.id, $2 FROM alert a WHERE a.id = ANY($6::uuid[]) AND ${visible(ctx)}
       ON CONFLICT DO NOTHING RETURNING alert_id`,
      [ctx.principal.agency.id, ctx.principal.userId, roles, categories, ctx.principal.role, uuids(ids)]);
    return marked.length;
  },
};

/**
 * Who else hears of an overdue item than the agency responsible for it: a child's stay past its
 * limit is the orphan court's to decide on (it extends it, or the child moves), and a previous
 * provider's missed quarterly review is the case manager's to follow up (it receives the reviews).
 */
const ALSO_TOLD: Record<string, InvolvementRole> = {
  INSTITUTION_STAY_LIMIT: InvolvementRole.ORPHAN_COURT,
  SITUATION_REVIEW: InvolvementRole.CASE_MANAGER,
};

/**
 * The job: every due item past its date raises one alert to the agency responsible for it (the case
 * manager when none), and to the agency in the case that ALSO_TOLD names, once per due date. Returns
 * how many were raised.
 *
 * A run looks only where an alert can be missing since the last run (migration AlertsSinceLastRun):
 * the items that fell due since its day, and the items of cases whose items or involvements changed
 * (alert_pending_case, consumed here once what changed can matter). The first run, or one for an
 * earlier day than the last, looks at every item.
 */
export async function raiseOverdueAlerts(db: DataSource, day = today()): Promise<number> {
  // read first, so the planner sees the window's bounds: behind a CTE it expected millions of items and hashed every involvement
  const [last] = await db.query('SELECT day::text AS day FROM alert_watermark WHERE day <= $1::date', [day]) as { day: string }[];
  const raised = await db.query(
    `WITH pending AS (
       DELETE FROM alert_pending_case p
        WHERE (p.from_day IS NULL OR p.from_day <= $1::date) AND (p.from_at IS NULL OR p.from_at <= now())
       RETURNING p.case_id),
     looked_at AS (
       SELECT d.* FROM due_date d WHERE $4::date IS NULL
       UNION ALL
       SELECT d.* FROM due_date d WHERE d.due_on >= $4::date AND d.due_on < $1::date
       UNION ALL
       SELECT d.* FROM due_date d WHERE d.case_id IN (SELECT case_id FROM pending)),
     overdue AS (
       SELECT d.* FROM looked_at d
        WHERE d.due_on < $1::date AND (d.active_from IS NULL OR d.active_from <= $1::date) AND (d.active_until IS NULL OR d.active_until > $1::date)),
     recipients AS (
       SELECT o.*, COALESCE(o.responsible_agency_id, o.manager_agency_id) AS recipient FROM overdue o
       UNION
       SELECT o.*, i.agency_id FROM overdue o
         JOIN unnest($2::text[], $3::text[]) AS also(kind, role) ON also.kind = o.kind
         JOIN involvement i ON i.case_id = o.case_id AND i.role = also.role AND ${activeInvolvement('i')}),
     marked AS (
       INSERT INTO alert_watermark (day) VALUES ($1::date) ON CONFLICT (only_row) DO UPDATE SET day = EXCLUDED.day)
     INSERT INTO alert (agency_id, case_id, kind, subject, category, ref, due_on)
     SELECT r.recipient, r.case_id, 'OVERDUE', r.kind, r.category, r.id || '@' || r.due_on, r.due_on FROM recipients r
      WHERE r.recipient IS NOT NULL
     ON CONFLICT DO NOTHING RETURNING id`, [day, Object.keys(ALSO_TOLD), Object.values(ALSO_TOLD), last?.day ?? null]);
  return raised.length;
}
