import { UserRole } from '../../src/kernel/principal';
import { seedDemoData } from '../../src/demo/seed';
import { openCase } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { CaseCountPageQuery, CaseFilter } from '../graphql/graphql';

const PAGE = graphql(`query CaseCountPage($filter: CaseFilter, $after: String) {
  cases(filter: $filter, first: 100, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
}`);

/** `totalCount` is counted apart from the page (from the involvements): it counts exactly the cases the pages list. */
describe('cases: totalCount', () => {
  let hub: TestHub;
  let since: string;

  beforeAll(async () => {
    hub = await startHub();
    await seedDemoData(hub.databaseUrl, { cases: 200, seed: 9 });
    since = ((await hub.db.query(`SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY updated_at) AS t FROM care_case`))[0].t as Date)
      .toISOString();
    // an agency in two roles in one case (counted once), and involvements that no longer reach it
    const [twice, expired, ended] = await Promise.all([0, 1, 2].map(() => openCase(hub, 'RIGA')));
    const involve = (caseId: string, agency: string, role: string, extra = '') => hub.db.query(
      `INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id, valid_from, valid_until, ended_at)
       SELECT $1, id, $3, 'test', 'test', now() - interval '2 days', ${extra || 'NULL, NULL'} FROM agency WHERE code = $2`,
      [caseId, agency, role]);
    await involve(twice.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    await involve(twice.id, 'AC-RIGA-1', 'ASSESSMENT_TEAM');
    await involve(expired.id, 'AC-RIGA-1', 'SUPPORT_CENTRE', `now() - interval '1 day', NULL`);
    await involve(ended.id, 'AC-RIGA-1', 'SUPPORT_CENTRE', `NULL, now() - interval '1 hour'`);
  });
  afterAll(async () => { await hub.close(); });

  const filters = (): CaseFilter[] => [
    {}, { status: ['INTAKE', 'IMPLEMENTATION'] }, { targetGroup: ['CHILD_WITH_FUNCTIONAL_IMPAIRMENT'] }, { municipalityCode: ['RIGA', 'JURMALA'] },
    { myRole: 'SUPPORT_CENTRE' }, { myRole: 'CASE_MANAGER' }, { updatedSince: since },
    { status: ['IMPLEMENTATION', 'EVALUATION', 'PLANNING'], updatedSince: since, myRole: 'CASE_MANAGER' },
  ];

  it.each(['SD-RIGA', 'AC-RIGA-1', 'BT-RIGA', 'VSAC-RIGA', 'SD-LIEPAJA'])('as %s, for every filter', async (agency) => {
    const token = await hub.token(agency, UserRole.CASE_WORKER);
    let reached = 0;
    for (const filter of filters()) {
      const ids = new Set<string>();
      let after: string | null = null;
      let totalCount = -1;
      for (;;) {
        const res: GqlResult<CaseCountPageQuery> = await hub.gql(token, PAGE, { filter, after });
        expect(res.errors).toEqual([]);
        const page = res.data?.cases;
        totalCount = page?.totalCount ?? -1;
        for (const { node } of page?.edges ?? []) ids.add(node.id);
        if (!page?.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect({ filter, totalCount }).toEqual({ filter, totalCount: ids.size });
      reached += ids.size;
    }
    expect(reached).toBeGreaterThan(0);
  });
});
