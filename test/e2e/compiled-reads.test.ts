import fc from 'fast-check';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { FULL_CASE, FULL_PAGE } from '../../scripts/queries';
import { seedDemoData } from '../../src/demo/seed';
import { App, createApp, RequestStats } from '../../src/app/server';
import { ENTITIES } from '../../src/app/modules';
import { sharedSecretJwt } from '../../src/kernel/config';
import { connectDatabase } from '../../src/kernel/db/data-source';
import { createLogger } from '../../src/kernel/logger';
import { Purpose, UserRole } from '../../src/kernel/principal';
import { startHub, TEST_SECRET, TestHub } from '../support/hub';

/**
 * Compiled reads (access/compiled-read.ts) answer exactly what field-by-field execution answers:
 * the same hub code on the same database, once with compiled reads and once without, asked the same
 * queries by agencies of every kind: the same data, the same errors (GraphQL leaves their order
 * open), the same audit records. Random selections of every projected field too (fast-check).
 */

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; path?: (string | number)[]; locations?: unknown; extensions?: unknown }[] };
  requestId: string;
}

/** Every projected field of a case, with relations, aliases and __typename: what the random selections pick from. */
const TREE: Record<string, unknown> = {
  __typename: true, id: true, status: true, targetGroup: true, intakeType: true, reportedBy: true, openedOn: true, closedOn: true,
  createdAt: true, version: true, reportRestrictedAt: true,
  client: { __typename: true, id: true, personalCode: true, givenName: true, familyName: true, birthDate: true, gender: true,
    declaredMunicipalityCode: true, address: true, phone: true, updatedAt: true, pseudonymisedAt: true },
  involvements: { id: true, role: true, validFrom: true, validUntil: true, endedAt: true, endReason: true, legalBasis: true,
    createdAt: true, active: true, agency: { id: true, code: true, name: true, kind: true, municipalityCode: true, regionCode: true,
      contactEmail: true, contactPhone: true } },
  latestAssessment: { id: true, type: true, assessedOn: true, authorUserId: true, needsSummary: true, careLevel: true,
    recommendedServices: true, healthFindings: true, safetyFindings: true, familyNotes: true, childOpinion: true, createdAt: true,
    beforeCaseOpened: true, authorAgency: { code: true } },
  assessments: { id: true, type: true, healthFindings: true, childOpinion: true },
  currentPlan: { id: true, version: true, status: true, problem: true, validFrom: true, reviewDueOn: true, authorUserId: true,
    createdAt: true, activatedAt: true, returnedAt: true, returnedByUserId: true, returnReason: true, authorAgency: { code: true },
    goals: { id: true, position: true, description: true, outcome: true, evaluatedOn: true, evaluationNote: true, carriedForward: true },
    tasks: { id: true, goalPosition: true, position: true, description: true, deadline: true, expectedResult: true, status: true,
      forTransition: true, responsibleAgency: { code: true } },
    services: { id: true, serviceType: true, volume: true, unit: true, period: true, provider: { code: true } } },
  planHistory: { version: true, status: true, goals: { description: true } },
  'followUps(first: 3)': { __typename: true, edges: { node: { id: true, kind: true, occurredOn: true, authorUserId: true, summary: true,
    recommendations: true, category: true, version: true, createdAt: true, updatedAt: true, beforeCaseOpened: true,
    authorAgency: { code: true } } } },
};

function selectionOf(tree: Record<string, unknown>): string {
  return `{ ${Object.entries(tree).map(([field, sub]) => (sub === true ? field : `${field} ${selectionOf(sub as Record<string, unknown>)}`)).join(' ')} }`;
}

/** A random part of a selection tree: at least one field of each object kept. */
function partOf(tree: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(tree);
  const pick = (sub: unknown): fc.Arbitrary<true | Record<string, unknown>> =>
    (sub === true ? fc.constant(true as const) : partOf(sub as Record<string, unknown>));
  return fc.tuple(...entries.map(([, sub]) => fc.option(pick(sub), { nil: undefined, freq: 2 }))).map((picked) => {
    const kept = Object.fromEntries(entries.map(([field], i) => [field, picked[i]]).filter(([, sub]) => sub !== undefined));
    return Object.keys(kept).length ? kept : { [entries[0][0]]: entries[0][1] === true ? true : { __typename: true } };
  });
}

describe('compiled reads answer what field-by-field execution answers', () => {
  let hub: TestHub;
  let plainDb: DataSource;
  let plain: App;
  let plainUrl: string;
  const plainRequests: RequestStats[] = [];
  let owner: Client;
  let agencies: string[];
  let caseIds: string[];

  beforeAll(async () => {
    hub = await startHub();
    await seedDemoData(hub.databaseUrl, { cases: 120, seed: 5 });
    plainDb = await connectDatabase({ url: hub.appDatabaseUrl, poolSize: 3, entities: ENTITIES });
    plain = await createApp({ db: plainDb, jwt: sharedSecretJwt(TEST_SECRET), log: createLogger('silent'), development: false,
      compiledReads: false, onRequestDone: (stats) => plainRequests.push(stats) });
    plainUrl = `http://127.0.0.1:${await plain.listen(0, '127.0.0.1')}`;
    owner = new Client({ connectionString: hub.databaseUrl });
    await owner.connect();
    // an agency of every kind that handles cases, the one reaching the most cases
    const { rows } = await owner.query(
      `SELECT DISTINCT ON (a.kind) a.code FROM agency a JOIN involvement i ON i.agency_id = a.id AND i.ended_at IS NULL
        GROUP BY a.kind, a.code ORDER BY a.kind, count(*) DESC, a.code`);
    agencies = rows.map((r: { code: string }) => r.code);
    caseIds = (await owner.query(`SELECT id FROM care_case ORDER BY id LIMIT 5`)).rows.map((r: { id: string }) => r.id);
  }, 120_000);
  afterAll(async () => {
    await owner.end();
    await plain.close();
    await plainDb.destroy();
    await hub.close();
  });

  async function ask(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Answer> {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: await res.json() as Answer['body'], requestId: res.headers.get('x-request-id') ?? '' };
  }

  async function auditOf(requestId: string): Promise<string[]> {
    const { rows } = await owner.query(
      `SELECT concat_ws(' ', kind, case_id, operation, array_to_string(case_roles, ','),
                        (SELECT string_agg(c, ',' ORDER BY c) FROM unnest(categories) c)) AS line
         FROM audit_log WHERE request_id = $1`, [requestId]);
    return rows.map((r: { line: string }) => r.line).sort();
  }

  const sortedErrors = (answer: Answer) => (answer.body.errors ?? []).map((e) => JSON.stringify(e)).sort();

  /** Asks both hubs; expects the same answer and audit, and returns the statements each ran. */
  async function same(token: string, query: string, variables: Record<string, unknown> = {}): Promise<{ compiled: number; plain: number; answer: Answer }> {
    const compiled = await ask(hub.url, token, query, variables);
    const compiledStats = hub.requests.at(-1);
    const fieldByField = await ask(plainUrl, token, query, variables);
    const plainStats = plainRequests.at(-1);
    expect(compiled.status).toBe(fieldByField.status);
    expect(compiled.body.data).toEqual(fieldByField.body.data);
    expect(sortedErrors(compiled)).toEqual(sortedErrors(fieldByField));
    expect(await auditOf(compiled.requestId)).toEqual(await auditOf(fieldByField.requestId));
    return { compiled: compiledStats?.statements ?? 0, plain: plainStats?.statements ?? 0, answer: compiled };
  }

  it('answers the full list page and the full case alike for an agency of every kind, in fewer statements', async () => {
    expect(agencies.length).toBeGreaterThanOrEqual(5);
    let withheld = 0;
    for (const code of agencies) {
      const token = await hub.token(code, UserRole.CASE_WORKER);
      const page = await same(token, FULL_PAGE, { first: 50 });
      withheld += (page.answer.body.errors ?? []).length;
      // the nodes are one statement, not one per relation
      if ((page.answer.body.data as { cases: { edges: unknown[] } }).cases.edges.length > 0) expect(page.compiled).toBeLessThan(page.plain);
      for (const id of caseIds) await same(token, FULL_CASE, { id });
    }
    // the policy withholds fields on the way: the comparison covers FORBIDDEN errors too
    expect(withheld).toBeGreaterThan(0);
    expect(await auditOf((await ask(hub.url, await hub.token('SD-RIGA'), FULL_PAGE, { first: 5 })).requestId)).toHaveLength(5);
  });

  it('answers random selections of every projected field alike, with aliases and paging arguments', async () => {
    const tokens = await Promise.all(agencies.map((code) => hub.token(code, UserRole.CASE_WORKER)));
    await fc.assert(fc.asyncProperty(partOf(TREE), fc.nat(tokens.length - 1), fc.integer({ min: 0, max: 12 }), async (tree, who, first) => {
      const query = `query Random($first: Int!) { cases(first: $first) { totalCount edges { cursor node ${selectionOf(tree)} } }
        one: case(id: "${caseIds[first % caseIds.length]}") ${selectionOf(tree)} }`;
      await same(tokens[who], query, { first });
    }), { numRuns: 60 });
  });

  it('answers alike where a purpose narrows the roles, and as the managing social service', async () => {
    const court = agencies.find((code) => code.startsWith('BT-')) ?? agencies[0];
    await same(await hub.token(court, UserRole.SPECIALIST, { purpose: Purpose.COURT_PROCEEDINGS }), FULL_PAGE, { first: 30 });
    await same(await hub.token('SD-RIGA', UserRole.MANAGER), FULL_PAGE, { first: 50 });
  });

  it('leaves what it does not project to graphql-js: fragments, directives, other fields, a page after a cursor, bad arguments', async () => {
    const token = await hub.token('SD-RIGA', UserRole.CASE_WORKER);
    const { answer } = await same(token, `{ cases(first: 3) { edges { cursor } } }`);
    const after = (answer.body.data as { cases: { edges: { cursor: string }[] } }).cases.edges[0].cursor;
    await same(token, `query F { cases(first: 3) { edges { node { ...C } } } } fragment C on Case { id status }`);
    await same(token, `query D($x: Boolean!) { cases(first: 3) { edges { node { id status @include(if: $x) } } } }`, { x: false });
    await same(token, `{ cases(first: 3) { edges { node { id myRoles updatedAt caseManager { name } } } } }`);
    await same(token, `{ cases(first: 3, after: "${after}") { edges { node { id followUps(first: 2) { edges { cursor node { id } } } } } } }`);
    await same(token, `{ cases(first: 3) { edges { node { id followUps(first: 500) { edges { node { id } } } } } } }`);
    await same(token, `{ cases(first: 3) { edges { node { id st: status status } } } }`);
    await same(token, `{ case(id: "00000000-0000-0000-0000-000000000000") { id status } }`);
    // a variable inside the compiled part, with two values
    const paged = 'query V($n: Int!) { cases(first: 3) { edges { node { id followUps(first: $n) { edges { node { id category } } } } } } }';
    await same(token, paged, { n: 1 });
    await same(token, paged, { n: 4 });
    // the page without its case rows, and one case in two places
    await same(token, `{ cases(first: 4) { edges { node { __typename id myRoles updatedAt } } } }`);
    await same(token, `{ a: case(id: "${caseIds[0]}") { status __typename id } b: case(id: "${caseIds[0]}") { id client { givenName } } }`);
    await same(token, `{ cases(first: 3) { edges { node { id currentPlan { health { description } } } } } }`);
  });
});
