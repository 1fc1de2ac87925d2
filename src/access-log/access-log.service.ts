import { pageInfoOf } from '../kernel/connection';
import type { RequestContext } from '../kernel/context';
import { decodeCursor, encodeCursor, pageSize } from '../kernel/cursor';
import { uuids } from '../kernel/loaders';
import { AccessLogConnection, AccessLogEntry } from './access-log.types';

const COLUMNS = `a.id::text AS id, a.at, a.kind, a.user_id AS "userId", a.user_role AS "userRole", a.agency_id AS "agencyId",
  a.case_roles AS "caseRoles", a.operation, a.categories, a.entity, a.fields, a.old_version AS "oldVersion",
  a.new_version AS "newVersion", a.request_id AS "requestId", a.purpose`;

export const accessLogService = {
  /** Who accessed a case, newest first. Who may ask is decided by the policy before this runs. */
  async list(ctx: RequestContext, caseId: string, first: number, after: string | null): Promise<AccessLogConnection> {
    const limit = pageSize(first);
    const [id] = uuids([caseId]);
    const before = after ? decodeCursor(after, ['integer'])[0] : null;
    const rows: AccessLogEntry[] = id ? await ctx.db.query(
      `SELECT ${COLUMNS} FROM audit_log a WHERE a.case_id = $1 AND ($2::bigint IS NULL OR a.id < $2::bigint)
        ORDER BY a.id DESC LIMIT $3`, [id, before, limit + 1]) : [];
    const [{ n }] = id ? await ctx.db.query('SELECT count(*)::int AS n FROM audit_log WHERE case_id = $1', [id]) : [{ n: 0 }];
    const page = rows.slice(0, limit);
    const edges = page.map((node) => ({ cursor: encodeCursor([node.id]), node }));
    return { edges, totalCount: n, pageInfo: pageInfoOf(edges, rows.length > limit, after) };
  },
};
