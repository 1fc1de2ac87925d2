import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Category } from '../kernel/categories';
import { readableSet } from '../access/decide';
import { CaseRole, Caller } from '../kernel/principal';
import { reachableBy, readablePairs, rolesOf } from '../access/scope';
import { columnsOf } from '../kernel/db/sql';
import { caseRowById } from '../access/case-rows';
import { decodeCursor, encodeCursor } from '../kernel/cursor';
import { groupByKey, loader, oneByKey, uuids } from '../kernel/loaders';
import { FollowUp, FollowUpCategory, policyCategory } from './follow-up.entity';
import { FollowUpRevision } from './follow-up-revision.types';

/** The policy categories a follow-up can be filed under: only these are worth sending as visible pairs. */
const FOLLOW_UP_CATEGORIES = new Set<Category>(Object.values(FollowUpCategory).map(policyCategory));

export interface FollowUpPageKey {
  caseId: string;
  first: number;
  after: string | null;
}

export interface FollowUpPage {
  caseId: string;
  edges: { cursor: string; node: FollowUp }[];
  hasNextPage: boolean;
  /** The cursor the page was asked after. */
  after: string | null;
}

/**
 * Follow-ups, newest first. An entry is visible only to those who may read its category, so the
 * category filter is part of the SQL (pairs of case and readable category): pages and counts
 * never reveal hidden entries.
 */
export function createFollowUpLoaders(db: DataSource, principal: Caller, caseRoles: DataLoader<string, CaseRole[], unknown>) {
  const agency = principal.agency.id;

  async function visiblePairs(caseIds: readonly string[]): Promise<[string[], string[]]> {
    const roles = await caseRoles.loadMany(caseIds);
    const cases: string[] = [];
    const categories: string[] = [];
    caseIds.forEach((caseId, i) => {
      const r = roles[i];
      for (const category of readableSet(principal, r instanceof Error ? [] : r)) {
        // no follow-up has another category: such pairs only inflate the list, and the planner then hashes every reachable case
        if (!FOLLOW_UP_CATEGORIES.has(category)) continue;
        cases.push(caseId);
        categories.push(category);
      }
    });
    return [cases, categories];
  }

  const VISIBLE = `JOIN unnest($2::uuid[], $3::text[]) AS v(case_id, category) ON v.case_id = f.case_id AND v.category = f.category`;

  const followUpPage = loader<FollowUpPageKey, FollowUpPage>(async (keys) => {
    // one statement per distinct page request; a list of cases asks for the same page of each
    const pages = new Map<string, FollowUpPageKey[]>();
    for (const key of keys) {
      const shape = `${key.first}|${key.after ?? ''}`;
      const group = pages.get(shape);
      if (group) group.push(key);
      else pages.set(shape, [key]);
    }
    const results = new Map<FollowUpPageKey, FollowUpPage>();
    for (const group of pages.values()) {
      const { first, after } = group[0];
      const [cases, categories] = await visiblePairs(group.map((k) => k.caseId));
      const params: unknown[] = [agency, cases, categories, first + 1];
      let cursorCondition = '';
      if (after) {
        const [occurredOn, id] = decodeCursor(after, ['date', 'uuid']);
        params.push(occurredOn, id);
        cursorCondition = 'AND (f.occurred_on, f.id) < ($5::date, $6::uuid)';
      }
      const rows: (FollowUp & { rank: number })[] = await db.query(
        `SELECT * FROM (
           SELECT ${columnsOf(db, FollowUp, 'f')},
                  row_number() OVER (PARTITION BY f.case_id ORDER BY f.occurred_on DESC, f.id DESC) AS rank
             FROM follow_up f ${VISIBLE}
            WHERE ${reachableBy('f.case_id', '$1', principal)} ${cursorCondition}) ranked
          WHERE rank <= $4 ORDER BY "caseId", rank`, params);
      const byCase = groupByKey(group.map((k) => k.caseId), rows, (r) => r.caseId);
      group.forEach((key, i) => {
        // a row keeps its rank (no field reads it); its cursor is encoded when read
        const nodes: FollowUp[] = byCase[i].slice(0, first);
        results.set(key, {
          caseId: key.caseId,
          edges: nodes.map((node) => ({ node, get cursor() { return encodeCursor([node.occurredOn, node.id]); } })),
          hasNextPage: byCase[i].length > first,
          after: key.after,
        });
      });
    }
    return keys.map((k) => results.get(k) as FollowUpPage);
  }, (key) => `${key.caseId}|${key.first}|${key.after ?? ''}`);

  const followUpCount = loader<string, number>(async (caseIds) => {
    const [cases, categories] = await visiblePairs(caseIds);
    const rows: { caseId: string; n: number }[] = await db.query(
      `SELECT f.case_id AS "caseId", count(*)::int AS n FROM follow_up f ${VISIBLE}
        WHERE ${reachableBy('f.case_id', '$1', principal)} GROUP BY f.case_id`, [agency, cases, categories]);
    return oneByKey(caseIds, rows, (r) => r.caseId).map((r) => r?.n ?? 0);
  });

  /** What the policy needs to judge a change to a follow-up: its case, author and category. */
  const followUpFacts = loader<string, { caseId: string; authorAgencyId: string; category: Category } | null>(async (ids) => {
    const rows: { id: string; caseId: string; authorAgencyId: string; category: Category }[] = await db.query(
      `SELECT f.id, f.case_id AS "caseId", f.author_agency_id AS "authorAgencyId", f.category FROM follow_up f
        WHERE f.id = ANY($2::uuid[]) AND ${reachableBy('f.case_id', '$1', principal)}`, [agency, uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id).map((r) => r && { caseId: r.caseId, authorAgencyId: r.authorAgencyId, category: r.category });
  });

  const followUpById = caseRowById(db, principal, FollowUp);

  /**
   * The revisions of follow-ups, oldest first, in one statement for every follow-up asked: each
   * only where the caller's roles in the case (for the request's purpose) read the revision's own
   * category; a case the caller's agency does not reach gives none.
   */
  const revisions = loader<string, FollowUpRevision[]>(async (ids) => {
    const [roles, categories] = readablePairs(principal);
    const rows: FollowUpRevision[] = await db.query(
      `SELECT r.follow_up_id AS "followUpId", f.case_id AS "caseId", r.version, r.kind, r.occurred_on::text AS "occurredOn", r.summary,
              r.recommendations, r.category, r.replaced_by_user_id AS "replacedByUserId", r.replaced_at AS "replacedAt"
         FROM follow_up_revision r JOIN follow_up f ON f.id = r.follow_up_id
        CROSS JOIN LATERAL (SELECT ${rolesOf('f.case_id', '$1', principal)} AS roles) mine
        WHERE r.follow_up_id = ANY($2::uuid[])
          AND EXISTS (SELECT 1 FROM unnest($3::text[], $4::text[]) AS p(role, category) WHERE p.category = r.category AND p.role = ANY(mine.roles))
        ORDER BY r.follow_up_id, r.version`, [agency, uuids(ids), roles, categories]);
    return groupByKey(ids, rows, (r) => r.followUpId);
  });

  return { followUpPage, followUpCount, followUpFacts, followUpById, revisions };
}

export type FollowUpLoaders = ReturnType<typeof createFollowUpLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    followUps: FollowUpLoaders;
  }
}
