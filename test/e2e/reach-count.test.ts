import { compactReachChanges } from '../../src/cases';
import { UserRole } from '../../src/kernel/principal';
import { openCase } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { ReachCountPageQuery } from '../graphql/graphql';

const PAGE = graphql(`query ReachCountPage($after: String) {
  cases(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
}`);

/**
 * An unfiltered `totalCount` is counted once and reused until the agency's reach changes (issue 9):
 * a write to its involvements, or the moment one of them starts or runs out. Every answer here is
 * checked against the cases the pages list.
 */
describe('cases: the count of an agency reach, reused until it changes', () => {
  let hub: TestHub;
  let centre: string;
  let manager: string;
  const cases: string[] = [];

  const involve = (caseId: string, validFrom = "now() - interval '1 day'", validUntil = 'NULL') => hub.db.query(
    `INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id, valid_from, valid_until)
     SELECT $1, id, 'SUPPORT_CENTRE', 'test', 'test', ${validFrom}, ${validUntil} FROM agency WHERE code = 'AC-RIGA-1' RETURNING id`,
    [caseId]).then((rows: { id: string }[]) => rows[0].id);
  const changes = async () => Number((await hub.db.query('SELECT count(*) AS n FROM agency_reach_change'))[0].n);
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** The count answered on the first page, and how many cases all pages list. */
  const count = async (token: string) => {
    const ids = new Set<string>();
    let totalCount = -1;
    let after: string | null = null;
    for (;;) {
      const res: GqlResult<ReachCountPageQuery> = await hub.gql(token, PAGE, { after });
      expect(res.errors).toEqual([]);
      const page = res.data?.cases;
      if (totalCount === -1) totalCount = page?.totalCount ?? -2;
      for (const { node } of page?.edges ?? []) ids.add(node.id);
      if (!page?.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { totalCount, listed: ids.size };
  };
  /** The centre's count is `n`, and so is what it lists; the managing service's stays exact beside it. */
  const expectCounts = async (n: number) => {
    expect(await count(centre)).toEqual({ totalCount: n, listed: n });
    const managed = await count(manager);
    expect(managed.totalCount).toBe(managed.listed);
  };

  beforeAll(async () => {
    hub = await startHub();
    centre = await hub.token('AC-RIGA-1', UserRole.CASE_WORKER);
    manager = await hub.token('SD-RIGA', UserRole.CASE_WORKER);
    for (let i = 0; i < 4; i += 1) cases.push((await openCase(hub, 'RIGA')).id);
  });
  afterAll(async () => { await hub.close(); });

  it('follows every write to the involvements, and the moments they start and run out', async () => {
    await expectCounts(0);
    const first = await involve(cases[0]);
    await involve(cases[1]);
    await expectCounts(2);
    // asked again, unchanged: the count held is answered
    await expectCounts(2);

    await involve(cases[2]);
    await expectCounts(3);
    await hub.db.query('UPDATE involvement SET ended_at = now(), end_reason = $2 WHERE id = $1', [first, 'test']);
    await expectCounts(2);

    // moving the visible change time (every write to a case does) is no reach change
    const before = await changes();
    await hub.db.query("UPDATE involvement SET visible_change_at = now() WHERE agency_id = (SELECT id FROM agency WHERE code = 'AC-RIGA-1')");
    expect(await changes()).toBe(before);
    await expectCounts(2);

    // one that starts in a moment, and one that runs out in a moment, with no write when they do
    await involve(cases[3], "now() + interval '1500 milliseconds'");
    const runsOut = await involve(cases[0], "now() - interval '1 day'", "now() + interval '2500 milliseconds'");
    await expectCounts(3);
    await sleep(1600);
    await expectCounts(4);
    await sleep(1000);
    await expectCounts(3);

    await hub.db.query('DELETE FROM involvement WHERE id = $1', [runsOut]);
    await hub.db.query("DELETE FROM involvement WHERE case_id = $1 AND agency_id = (SELECT id FROM agency WHERE code = 'AC-RIGA-1')", [cases[2]]);
    await expectCounts(2);
  });

  it('answers the count it holds while the reach version stands, and counts again once it moves, compacted or not', async () => {
    await expectCounts(2);
    // a change the version does not see (the triggers off) is not seen by the count either: the count is held, not made
    await hub.db.query('ALTER TABLE involvement DISABLE TRIGGER involvement_reach_inserted');
    try {
      await involve(cases[2]);
    } finally {
      await hub.db.query('ALTER TABLE involvement ENABLE TRIGGER involvement_reach_inserted');
    }
    expect(await count(centre)).toEqual({ totalCount: 2, listed: 3 });

    // compacting keeps every version: still held
    await compactReachChanges(hub.db);
    expect(Number((await hub.db.query('SELECT count(*) AS n FROM agency_reach_change GROUP BY agency_id ORDER BY 1 DESC LIMIT 1'))[0].n)).toBe(1);
    expect(await count(centre)).toEqual({ totalCount: 2, listed: 3 });

    // the next change moves the version past the compacted sum: counted again, exactly
    await involve(cases[1]);
    await expectCounts(3);
  });
});
