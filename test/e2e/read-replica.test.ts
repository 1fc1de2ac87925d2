import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { readsOnly } from '../../src/app/read-replica';
import { ENTITIES } from '../../src/app/modules';
import { connectDatabase } from '../../src/kernel/db/data-source';
import { localRoleUrls, OWNER_ROLE } from '../../src/kernel/db/roles';
import { openCase, OpenedCase } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';

describe('which operations a replica may answer', () => {
  it.each([
    ['{ cases { totalCount } }', null, true],
    ['query Mine { me { userId } regions { code } }', null, true],
    ['mutation { transitionCase(input: {}) { id } }', null, false],
    ['{ caseExists(personalCode: "x") { exists } }', null, false],
    ['{ cases { totalCount } regionalSummary { scopeLevel } }', null, false],
    ['query A { cases { totalCount } } mutation B { openCase { id } }', 'B', false],
    ['query A { cases { totalCount } } mutation B { openCase { id } }', 'A', true],
    ['{ ...F } fragment F on Query { cases { totalCount } }', null, false],
    ['not graphql', null, false],
  ])('%s (operation %s): %s', (query, operationName, expected) => {
    expect(readsOnly(query, operationName)).toBe(expected);
  });
});

/**
 * With DATABASE_READ_URL, requests that only read go to the replica; writes, and reads that write
 * their own audit, go to the primary. Here the "replica" is an empty copy of the schema, so which
 * database answered shows in the answer.
 */
describe('a read replica', () => {
  const replicaName = `casehub_replica_${randomBytes(4).toString('hex')}`;
  const admin = () => new Client({ connectionString: process.env.CASEHUB_TEST_ADMIN_URL });
  let hub: TestHub;
  let opened: OpenedCase;
  let readDb: Awaited<ReturnType<typeof connectDatabase>>;

  beforeAll(async () => {
    const c = admin();
    await c.connect();
    await c.query(`CREATE DATABASE ${replicaName} TEMPLATE ${process.env.CASEHUB_TEST_TEMPLATE} OWNER ${OWNER_ROLE}`);
    await c.end();
    readDb = await connectDatabase({ url: localRoleUrls(process.env.CASEHUB_TEST_ADMIN_URL as string, replicaName).app,
      entities: ENTITIES, poolSize: 2 });
    hub = await startHub({ app: { readDb } });
    opened = await openCase(hub, 'RIGA');
  });
  afterAll(async () => {
    await hub.close();
    await readDb.destroy();
    const c = admin();
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`);
    await c.end();
  });

  it('answers a list from the replica, and a discovery lookup (which it audits) from the primary', async () => {
    const token = await hub.token('SD-RIGA');
    const listed = await hub.gql(token, '{ cases { totalCount } }');
    expect(listed.data).toEqual({ cases: { totalCount: 0 } });
    const found = await hub.gql(token, 'query($code: String!) { caseExists(personalCode: $code) { exists } }', { code: opened.personalCode });
    expect(found.data).toEqual({ caseExists: { exists: true } });
  });

  it('writes to the primary, and reads back its own write there', async () => {
    const res = await hub.gql(await hub.token('SD-RIGA'), `mutation($input: AddFollowUpInput!) { addFollowUp(input: $input) { id summary } }`,
      { input: { caseId: opened.id, kind: 'HOME_VISIT', occurredOn: '2026-11-02', summary: 'visited' } });
    expect(res.errors).toEqual([]);
    expect(res.data).toMatchObject({ addFollowUp: { summary: 'visited' } });
  });
});
