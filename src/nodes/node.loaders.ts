import type { DataSource } from 'typeorm';
import { Assessment } from '../assessments';
import { Case } from '../cases';
import { FollowUp } from '../follow-ups';
import { Involvement } from '../involvements';
import type { Category } from '../kernel/categories';
import type { NodeFacts } from '../kernel/context';
import { loader, oneByKey, uuids } from '../kernel/loaders';
import { Placement } from '../placements';
import { SupportPlan } from '../plans';

/** Each type `node(id:)` refetches, its table, where its case id is, and a column holding its row's own category. */
const NODE_TABLES = [
  { type: 'Case', entity: Case, caseId: 'id', category: null },
  { type: 'Involvement', entity: Involvement, caseId: 'case_id', category: null },
  { type: 'Assessment', entity: Assessment, caseId: 'case_id', category: null },
  { type: 'SupportPlan', entity: SupportPlan, caseId: 'case_id', category: null },
  { type: 'FollowUp', entity: FollowUp, caseId: 'case_id', category: 'category' },
  { type: 'Placement', entity: Placement, caseId: 'case_id', category: null },
] as const;

export function createNodeLoaders(db: DataSource) {
  /**
   * Which type an id is of, in one statement of primary-key lookups (ids are UUIDs, unique across
   * tables). Reach is not judged here: the access layer decides on these facts (rules.ts node-reader).
   */
  const nodeOf = loader<string, NodeFacts | null>(async (ids) => {
    const union = NODE_TABLES.map(({ type, entity, caseId, category }) =>
      `SELECT '${type}' AS type, x.id::text AS id, x.${caseId}::text AS "caseId", ${category ? `x.${category}` : 'NULL::text'} AS "rowCategory"
         FROM ${db.getMetadata(entity).tableName} x WHERE x.id = ANY($1::uuid[])`).join(' UNION ALL ');
    const rows: (NodeFacts & { id: string; rowCategory: Category | null })[] = await db.query(union, [uuids(ids)]);
    return oneByKey(ids, rows, (r) => r.id).map((r) => r && { type: r.type, caseId: r.caseId, rowCategory: r.rowCategory });
  });
  return { nodeOf };
}

export type NodeLoaders = ReturnType<typeof createNodeLoaders>;

declare module '../kernel/context' {
  interface FeatureLoaders {
    nodes: NodeLoaders;
  }
}
