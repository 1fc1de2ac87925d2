import { DataSource } from 'typeorm';
import { syncCaseReaders } from '../../src/access/case-readers';
import { readablePairs } from '../../src/access/scope';
import { UserRole } from '../../src/kernel/principal';
import { involve, openCase, TODAY } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { CaseOrder, FollowUpCategory, VisibleChangePageQuery } from '../graphql/graphql';

const PAGE = graphql(`query VisibleChangePage($first: Int!, $after: String, $orderBy: CaseOrder!) {
  cases(first: $first, after: $after, orderBy: $orderBy) { edges { node { id updatedAt } } pageInfo { endCursor hasNextPage } }
}`);
const ADD_FOLLOW_UP = graphql(`mutation VisibleChangeFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`);

/**
 * The latest change an agency may read per case, worked out from the change times and the policy
 * table itself (not from what the database keeps for it): what the list must be ranked by.
 */
async function expectedRanking(db: DataSource, agency: string, order: 'DESC' | 'ASC'): Promise<{ id: string; at: string }[]> {
  const [roles, categories] = readablePairs({ role: UserRole.CASE_WORKER });
  const rows: { id: string; at: Date }[] = await db.query(
    `SELECT i.case_id AS id, max(cc.changed_at) AS at
       FROM involvement i JOIN agency a ON a.id = i.agency_id
       JOIN case_change cc ON cc.case_id = i.case_id
       JOIN unnest($2::text[], $3::text[]) AS p(role, category) ON p.role = i.role AND p.category = cc.category
      WHERE a.code = $1 AND i.ended_at IS NULL AND i.valid_from <= now() AND (i.valid_until IS NULL OR i.valid_until > now())
        AND i.role <> 'EMERGENCY'
      GROUP BY i.case_id ORDER BY 2 ${order}, 1 ${order}`, [agency, roles, categories]);
  return rows.map((r) => ({ id: r.id, at: r.at.toISOString() }));
}

/** Active involvements whose kept time differs from the one worked out from the change times and the policy table. */
async function driftedInvolvements(db: DataSource): Promise<number> {
  const [roles, categories] = readablePairs({ role: UserRole.CASE_WORKER });
  const [{ n }]: { n: number }[] = await db.query(
    `SELECT count(*)::int AS n FROM involvement i
      WHERE i.ended_at IS NULL AND i.visible_change_at IS DISTINCT FROM (
        SELECT max(cc.changed_at) FROM case_change cc JOIN unnest($1::text[], $2::text[]) AS p(role, category)
            ON p.role = i.role AND p.category = cc.category WHERE cc.case_id = i.case_id)`, [roles, categories]);
  return n;
}

/**
 * The case list of an agency that may not read every category is ranked by the latest change of a
 * category it reads, kept on each involvement by the database (issue 9: the page reads one index in
 * that order). These tests hold that ranking to the one worked out from the policy table.
 */
describe('the case list ranked by the change each agency may read', () => {
  let hub: TestHub;
  const cases: string[] = [];
  beforeAll(async () => {
    hub = await startHub();
    for (let i = 0; i < 5; i += 1) {
      const opened = await openCase(hub, 'RIGA');
      await involve(hub, opened.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
      cases.push(opened.id);
    }
    // changes the centre may read and changes it may not (HEALTH), in an order that is not the opening order
    const manager = await hub.token('SD-RIGA');
    const writes: [number, FollowUpCategory][] = [[2, 'FOLLOW_UP'], [0, 'HEALTH'], [4, 'FOLLOW_UP'], [1, 'HEALTH'], [3, 'FOLLOW_UP'], [2, 'HEALTH']];
    for (const [i, category] of writes) {
      const res = await hub.gql(manager, ADD_FOLLOW_UP, {
        input: { caseId: cases[i], kind: 'PHONE', occurredOn: TODAY, summary: 'a call', category } });
      expect(res.errors).toEqual([]);
    }
  });
  afterAll(async () => { await hub.close(); });

  async function listed(agency: string, orderBy: CaseOrder, first: number): Promise<{ id: string; at: string }[]> {
    const token = await hub.token(agency);
    const seen: { id: string; at: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const res: GqlResult<VisibleChangePageQuery> = await hub.gql(token, PAGE, { first, after, orderBy });
      expect(res.errors).toEqual([]);
      const page = res.data!.cases;
      seen.push(...page.edges.map((e) => ({ id: e.node.id, at: new Date(e.node.updatedAt as string).toISOString() })));
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor ?? null;
    }
  }

  it.each([['UPDATED_DESC', 'DESC', 2], ['UPDATED_DESC', 'DESC', 100], ['UPDATED_ASC', 'ASC', 2]] as const)(
    'gives a support centre its cases by %s (%s) as the policy ranks them, pages of %i', async (orderBy, order, first) => {
      const expected = await expectedRanking(hub.db, 'AC-RIGA-1', order);
      expect(expected.map((e) => e.id).sort()).toEqual([...cases].sort());
      expect(await listed('AC-RIGA-1', orderBy, first)).toEqual(expected);
    });

  it('is not moved by a change the agency may not read, and the manager, who reads it, ranks otherwise', async () => {
    const centre = (await listed('AC-RIGA-1', 'UPDATED_DESC' as CaseOrder, 100)).map((c) => c.id);
    const manager = (await listed('SD-RIGA', 'UPDATED_DESC' as CaseOrder, 100)).map((c) => c.id);
    // the last write was HEALTH in case 2: first for the manager, not for the centre (its last readable change is case 3's)
    expect(manager[0]).toBe(cases[2]);
    expect(centre[0]).toBe(cases[3]);
  });

  it('keeps every involvement\'s time as the policy table gives it, and works them out again when the policy changes', async () => {
    expect(await driftedInvolvements(hub.db)).toBe(0);
    // a change time taken back (as erasing a case's history would) moves the involvements back with it
    await hub.db.query(`DELETE FROM case_change WHERE case_id = $1 AND category = 'FOLLOW_UP'`, [cases[4]]);
    expect(await driftedInvolvements(hub.db)).toBe(0);
    // as if the policy had changed since the database was last brought to it: a support centre no longer read FOLLOW_UP
    await hub.db.query(`DELETE FROM case_reader WHERE role = 'SUPPORT_CENTRE' AND category = 'FOLLOW_UP'`);
    await hub.db.query(`UPDATE case_change SET changed_at = changed_at WHERE case_id = $1`, [cases[3]]);
    expect(await driftedInvolvements(hub.db)).toBeGreaterThan(0);
    // the start-up brings the table back to the policy and every involvement with it
    expect(await syncCaseReaders(hub.db)).toBe(true);
    expect(await driftedInvolvements(hub.db)).toBe(0);
    expect(await syncCaseReaders(hub.db)).toBe(false);
    expect(await listed('AC-RIGA-1', 'UPDATED_DESC' as CaseOrder, 2)).toEqual(await expectedRanking(hub.db, 'AC-RIGA-1', 'DESC'));
  });
});
