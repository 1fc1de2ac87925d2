import { UserRole } from '../../src/kernel/principal';
import type { VariablesOf } from '@graphql-typed-document-node/core';
import { oldFormCode, openCase, OpenedCase } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { AddFollowUpInput } from '../graphql/graphql';

const ADD = graphql(`mutation IdempotencyAddFollowUp($input: AddFollowUpInput!, $key: String) { addFollowUp(input: $input, idempotencyKey: $key) { id version summary } }`);
/** fixtures' OPEN_CASE with an idempotency key */
const OPEN_CASE_WITH_KEY = graphql(`mutation IdempotencyOpenCase($input: OpenCaseInput!) {
  openCase(input: $input, idempotencyKey: "intake-77") { id status targetGroup myRoles client { id personalCode givenName } }
}`);

describe('idempotency keys: a retried write is written once', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  let manager: string;
  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    manager = await hub.token('SD-RIGA', UserRole.CASE_WORKER, { userId: 'retrying-worker' });
  });
  afterAll(async () => { await hub.close(); });

  const input = (summary: string): AddFollowUpInput => ({ caseId: opened.id, kind: 'HOME_VISIT', occurredOn: '2026-11-20', summary });
  const stored = async (summary: string) =>
    (await hub.db.query('SELECT count(*)::int AS n FROM follow_up WHERE summary = $1', [summary]))[0].n;

  it('stores one follow-up for the same request sent 10 times, some in parallel, and answers each with it', async () => {
    const send = () => hub.gql(manager, ADD, { input: input('visit after a bad connection'), key: 'k-visit-1' });
    const first = await send();
    const parallel = await Promise.all(Array.from({ length: 6 }, send));
    const sequential = [await send(), await send(), await send()];
    const answers = [first, ...parallel, ...sequential];
    expect(answers.every((a) => a.errors.length === 0)).toBe(true);
    expect(new Set(answers.map((a) => a.data?.addFollowUp.id)).size).toBe(1);
    expect(await stored('visit after a bad connection')).toBe(1);
    const [{ n }] = await hub.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE kind = 'WRITE' AND operation = 'addFollowUp'`);
    expect(n).toBe(1);
  });

  it('stores one even when all 10 arrive at once', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () =>
      hub.gql(manager, ADD, { input: input('burst'), key: 'k-burst' })));
    expect(answers.filter((a) => a.errors.length > 0)).toEqual([]);
    expect(new Set(answers.map((a) => a.data?.addFollowUp.id)).size).toBe(1);
    expect(await stored('burst')).toBe(1);
  });

  it('refuses the same key with a different input as CONFLICT, writing nothing', async () => {
    await hub.gql(manager, ADD, { input: input('original'), key: 'k-2' });
    const res = await hub.gql(manager, ADD, { input: input('something else'), key: 'k-2' });
    expect(res.errors[0].extensions?.code).toBe('CONFLICT');
    expect(await stored('something else')).toBe(0);
  });

  it('keeps keys apart per user: another user with the same key gets a write of their own', async () => {
    const colleague = await hub.token('SD-RIGA', UserRole.CASE_WORKER, { userId: 'colleague' });
    const mine = await hub.gql(manager, ADD, { input: input('shared key'), key: 'k-3' });
    const theirs = await hub.gql(colleague, ADD, { input: input('shared key'), key: 'k-3' });
    expect(theirs.data?.addFollowUp.id).not.toBe(mine.data?.addFollowUp.id);
    expect(await stored('shared key')).toBe(2);
  });

  it('does not burn a key on a refused request: fixing the input and retrying works', async () => {
    const bad = await hub.gql(manager, ADD, { input: { ...input('fixed later'), occurredOn: '2099-01-01' }, key: 'k-4' });
    expect(bad.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    const good = await hub.gql(manager, ADD, { input: input('fixed later'), key: 'k-4' });
    expect(good.errors).toEqual([]);
  });

  it('works for opening a case: a retried intake opens one case', async () => {
    const token = await hub.token('SD-RIGA');
    const variables: VariablesOf<typeof OPEN_CASE_WITH_KEY> = { input: { client: { personalCode: oldFormCode('2016-05-05'), givenName: 'Ella', familyName: 'Liepa', gender: 'FEMALE',
      declaredMunicipalityCode: 'RIGA' }, targetGroup: 'CHILD_WITHOUT_PARENTAL_CARE', intakeType: 'VOLUNTARY' } };
    const [a, b] = await Promise.all([hub.gql(token, OPEN_CASE_WITH_KEY, variables), hub.gql(token, OPEN_CASE_WITH_KEY, variables)]);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    expect(a.data?.openCase.id).toBe(b.data?.openCase.id);
  });

  it('refuses an empty or oversized key', async () => {
    for (const key of ['', 'x'.repeat(201)]) {
      const res = await hub.gql(manager, ADD, { input: input('k'), key });
      expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    }
  });
});
