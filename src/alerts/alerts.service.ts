import type { DataSource } from 'typeorm';
import { readablePairs, rolesOf } from '../access/scope';
import { pageInfoOf } from '../kernel/connection';
import type { RequestContext } from '../kernel/context';
import { decodeCursor, encodeCursor, pageSize } from '../kernel/cursor';
import { today } from '../kernel/dates';
import { uuids } from '../kernel/loaders';
import { Alert, AlertConnection } from './alert.types';

/**
 * An alert of the caller's agency ($1) that the caller may read now: its category, by the caller's
 * roles in its case for the request's purpose ($3, $4: the readable (role, category) pairs).
 */
function visible(ctx: RequestContext): string {
  return `a.agency_id = $1 AND EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS p(role, category)
    WHERE p.category = a.category AND p.role = ANY(${rolesOf('a.case_id', '$1', ctx.principal)}))`;
}

const READ_BY_CALLER = 'EXISTS (SELECT 1 FROM alert_read r WHERE r.alert_id = a.id AND r.user_id = $2)';

export const alertsService = {
  /** The caller's inbox: its agency's alerts it may read, newest first; unread only if asked. */
  async inbox(ctx: RequestContext, unreadOnly: boolean, first: number, after: string | null): Promise<AlertConnection> {
    const limit = pageSize(first);
    const [roles, categories] = readablePairs(ctx.principal);
    const [at, id] = after ? decodeCursor(after, ['timestamp', 'uuid']) : [null, null];
    const rows: (Alert & { sortKey: string })[] = await ctx.db.query(
      `SELECT a.id, a.case_id AS "caseId", a.kind, a.subject, a.category, a.due_on AS "dueOn", a.raised_at AS "raisedAt",
              ${READ_BY_CALLER} AS read, a.raised_at::text AS "sortKey"
         FROM alert a
        WHERE ${visible(ctx)} AND ($5::boolean IS FALSE OR NOT ${READ_BY_CALLER})
          AND ($6::timestamptz IS NULL OR (a.raised_at, a.id) < ($6::timestamptz, $7::uuid))
        ORDER BY a.raised_at DESC, a.id DESC LIMIT $8`,
      [ctx.principal.agency.id, ctx.principal.userId, roles, categories, unreadOnly, at, id, limit + 1]);
    const edges = rows.slice(0, limit).map(({ sortKey, ...node }) => ({ cursor: encodeCursor([sortKey, node.id]), node }));
    return { edges, pageInfo: pageInfoOf(edges, rows.length > limit, after) };
  },

  /** Marks alerts read for the caller (those it may see; others are left alone, unnamed). Returns how many were marked now. */
  async markRead(ctx: RequestContext, ids: string[]): Promise<number> {
    const [roles, categories] = readablePairs(ctx.principal);
    const marked = await ctx.db.query(
      `INSERT INTO alert_read (alert_id, user_id)
       SELECT a.id, $2 FROM alert a WHERE a.id = ANY($5::uuid[]) AND ${visible(ctx)}
       ON CONFLICT DO NOTHING RETURNING alert_id`,
      [ctx.principal.agency.id, ctx.principal.userId, roles, categories, uuids(ids)]);
    return marked.length;
  },
};

/**
 * The job: every due item past its date raises one alert to the agency responsible for it (the case
 * manager when none), once per due date. Returns how many were raised.
 */
export async function raiseOverdueAlerts(db: DataSource, day = today()): Promise<number> {
  const raised = await db.query(
    `INSERT INTO alert (agency_id, case_id, kind, subject, category, ref, due_on)
     SELECT COALESCE(d.responsible_agency_id, d.manager_agency_id), d.case_id, 'OVERDUE', d.kind, d.category, d.id || '@' || d.due_on, d.due_on
       FROM due_date d
      WHERE d.due_on < $1::date AND (d.active_from IS NULL OR d.active_from <= $1::date) AND (d.active_until IS NULL OR d.active_until > $1::date)
        AND COALESCE(d.responsible_agency_id, d.manager_agency_id) IS NOT NULL
     ON CONFLICT DO NOTHING RETURNING id`, [day]);
  return raised.length;
}
