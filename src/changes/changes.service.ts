import { activeInvolvement, readablePairs, readsCategoryIn, withinPurpose } from '../access/scope';
import { Category } from '../kernel/categories';
import { pageInfoOf } from '../kernel/connection';
import type { RequestContext } from '../kernel/context';
import { decodeCursor, encodeCursor, pageSize } from '../kernel/cursor';
import type { Sql } from '../kernel/db/sql';
import type { Caller } from '../kernel/principal';
import { ChangeConnection, ChangeEvent } from './change.types';

/** An event of the feed with its place in it: (xactId, id) is the cursor's key. */
export type FeedEvent = ChangeEvent & { xactId: string; caseRoles: string[] };

/** Whose feed: an agency, read as a user role of it for a purpose (the policy decides by both). */
export type FeedReader = Pick<Caller, 'role' | 'purpose'> & { agencyId: string };

/** The cursor of an event: where a reader that has taken it goes on from. */
export function feedCursor(event: Pick<FeedEvent, 'xactId' | 'id'>): string {
  return encodeCursor([event.xactId, event.id]);
}

/** The (xactId, id) a cursor of this feed holds; anything else is BAD_USER_INPUT on `field`. */
export function feedPosition(cursor: string, field = 'after'): [string, string] {
  const [xactId, id] = decodeCursor(cursor, ['integer', 'integer'], field);
  return [xactId, id];
}

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
    const reader = { agencyId: ctx.principal.agency.id, role: ctx.principal.role, purpose: ctx.principal.purpose };
    const rows = await readFeed(ctx.db, reader, after ? feedPosition(after) : null, limit + 1);
    const edges = rows.slice(0, limit).map(({ xactId, caseRoles: _roles, ...node }) => ({ cursor: feedCursor({ xactId, id: node.id }), node }));
    return { edges, pageInfo: { ...pageInfoOf(edges, rows.length > limit, after), endCursor: edges.at(-1)?.cursor ?? after } };
  },
};

/**
 * Up to `limit` events of the reader's feed after `after` (an (xactId, id) position), in feed order:
 * the one statement both `changes` and webhook delivery read the feed with, so both give an agency the same.
 */
export async function readFeed(sql: Sql, reader: FeedReader, after: [string, string] | null, limit: number): Promise<FeedEvent[]> {
  const [roles, categories] = readablePairs(reader);
  const [afterXact, afterId] = after ?? [null, null];
  // the (role, category) pairs the agency's roles in the event's case read, among the event's categories
  const readable = (event: string, mine: string) => `FROM unnest($2::text[], $3::text[]) AS p(role, category)
    WHERE p.category = ANY(${event}.categories) AND p.role = ANY(${mine}.roles)`;
  return sql.query(
    `WITH mine AS (
       SELECT r.case_id, array_agg(DISTINCT r.role) AS roles FROM involvement r
        WHERE r.agency_id = $1 AND ${activeInvolvement('r')} AND ${withinPurpose('r', reader)}
        GROUP BY r.case_id),
     horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
     SELECT page.id::text AS id, page.xact_id::text AS "xactId", page.case_id AS "caseId", page.entity, page.entity_id AS "entityId",
            page.operation, page.at, page.old_version AS "oldVersion", page.new_version AS "newVersion", page.roles AS "caseRoles",
            ARRAY(SELECT DISTINCT p.category ${readable('page', 'page')} ORDER BY 1) AS categories
       FROM (SELECT ev.*, mine.roles FROM mine CROSS JOIN horizon CROSS JOIN LATERAL (
               SELECT e.* FROM change_event e
                WHERE e.case_id = mine.case_id AND e.xact_id < horizon.xmin
                  AND ($4::xid8 IS NULL OR (e.xact_id, e.id) > ($4::xid8, $5::bigint))
                  AND EXISTS (SELECT 1 ${readable('e', 'mine')})
                  -- a sibling link joins two cases: its event shows only where FAMILY is read on the other one too (as Case.siblingLinks)
                  AND (e.entity <> 'SiblingLink' OR EXISTS (SELECT 1 FROM case_sibling_link l WHERE l.id::text = e.entity_id::text
                         AND ${readsCategoryIn('CASE WHEN l.case_id = e.case_id THEN l.sibling_case_id ELSE l.case_id END', '$1', reader, Category.FAMILY)}))
                ORDER BY e.xact_id, e.id LIMIT $6) ev
              ORDER BY ev.xact_id, ev.id LIMIT $6) page
      ORDER BY page.xact_id, page.id`,
    [reader.agencyId, roles, categories, afterXact, afterId, limit]);
}
