import { activeInvolvement, readablePairs, withinPurpose } from '../access/scope';
import { pageInfoOf } from '../kernel/connection';
import type { RequestContext } from '../kernel/context';
import { decodeCursor, encodeCursor, pageSize } from '../kernel/cursor';
import { ChangeConnection, ChangeEvent } from './change.types';

type Row = ChangeEvent & { xactId: string };

/**
 * The change feed of the caller's agency (migrations/1763902000000-ChangeFeed.ts keeps change_event
 * from the audit of writes, in the writing transaction).
 *
 * Order and cursor: (xact_id, id), the writing transaction's id and the audit row's. Only events of
 * transactions older than this statement's snapshot xmin are given: every transaction below it has
 * ended (committed, or rolled back and left nothing), and every transaction still to write gets a
 * larger id, so nothing can ever appear before a cursor this feed gave out. A long-running writing
 * transaction holds the feed back until it ends; it never makes it skip.
 *
 * Policy, in SQL: the cases the agency reaches now through an involvement the request's purpose acts
 * through; an event only when one of its categories is readable by the agency's roles in that case
 * (readablePairs: the matrix), and shown with those categories only. Per reached case one ordered
 * scan of change_event (case_id, xact_id, id) from the cursor, at most a page each, merged.
 */
export const changesService = {
  async page(ctx: RequestContext, after: string | null, first: number): Promise<ChangeConnection> {
    const limit = pageSize(first);
    const [roles, categories] = readablePairs(ctx.principal);
    const [afterXact, afterId] = after ? decodeCursor(after, ['integer', 'integer']) : [null, null];
    // the (role, category) pairs the agency's roles in the event's case read, among the event's categories
    const readable = (event: string, mine: string) => `FROM unnest($2::text[], $3::text[]) AS p(role, category)
      WHERE p.category = ANY(${event}.categories) AND p.role = ANY(${mine}.roles)`;
    const rows: Row[] = await ctx.db.query(
      `WITH mine AS (
         SELECT r.case_id, array_agg(DISTINCT r.role) AS roles FROM involvement r
          WHERE r.agency_id = $1 AND ${activeInvolvement('r')} AND ${withinPurpose('r', ctx.principal)}
          GROUP BY r.case_id),
       horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
       SELECT page.id::text AS id, page.xact_id::text AS "xactId", page.case_id AS "caseId", page.entity, page.entity_id AS "entityId",
              page.operation, page.at, page.old_version AS "oldVersion", page.new_version AS "newVersion",
              ARRAY(SELECT DISTINCT p.category ${readable('page', 'page')} ORDER BY 1) AS categories
         FROM (SELECT ev.*, mine.roles FROM mine CROSS JOIN horizon CROSS JOIN LATERAL (
                 SELECT e.* FROM change_event e
                  WHERE e.case_id = mine.case_id AND e.xact_id < horizon.xmin
                    AND ($4::xid8 IS NULL OR (e.xact_id, e.id) > ($4::xid8, $5::bigint))
                    AND EXISTS (SELECT 1 ${readable('e', 'mine')})
                  ORDER BY e.xact_id, e.id LIMIT $6) ev
                ORDER BY ev.xact_id, ev.id LIMIT $6) page
        ORDER BY page.xact_id, page.id`,
      [ctx.principal.agency.id, roles, categories, afterXact, afterId, limit + 1]);
    const edges = rows.slice(0, limit).map(({ xactId, ...node }) => ({ cursor: encodeCursor([xactId, node.id]), node }));
    return { edges, pageInfo: { ...pageInfoOf(edges, rows.length > limit, after), endCursor: edges.at(-1)?.cursor ?? after } };
  },
};
