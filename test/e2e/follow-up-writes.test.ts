import { UserRole } from '../../src/kernel/principal';
import { involve, openCase, OpenedCase } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { FollowUpCategory } from '../graphql/graphql';

const ADD = graphql(`mutation FollowUpWritesAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }`);
const UPDATE = graphql(`mutation FollowUpWritesUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version summary category } }`);

describe('follow-up writes: Own, optimistic concurrency, history', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  let manager: string;
  let centre: string;

  async function add(token: string, summary: string, category: FollowUpCategory = 'FOLLOW_UP'): Promise<string> {
    const res = await hub.gql(token, ADD, { input: { caseId: opened.id, kind: 'HOME_VISIT', occurredOn: '2026-11-02', summary, category } });
    expect(res.errors).toEqual([]);
    return res.data?.addFollowUp.id as string;
  }

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    await involve(hub, opened.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    await involve(hub, opened.id, 'VSAC-RIGA', 'PREVIOUS_PROVIDER');
    await involve(hub, opened.id, 'BT-RIGA', 'ORPHAN_COURT');
    manager = await hub.token('SD-RIGA');
    centre = await hub.token('AC-RIGA-1', UserRole.SPECIALIST);
  });
  afterAll(async () => { await hub.close(); });

  it('lets an Own role create follow-ups and correct its own, not those of others', async () => {
    const own = await add(centre, 'Support group visit');
    const others = await add(manager, 'Home visit by the social worker');

    const fixed = await hub.gql(centre, UPDATE, { id: own, input: { expectedVersion: 1, summary: 'Support group visit, 2 h' } });
    expect(fixed.errors).toEqual([]);
    expect(fixed.data?.updateFollowUp).toMatchObject({ version: 2, summary: 'Support group visit, 2 h' });

    const refused = await hub.gql(centre, UPDATE, { id: others, input: { expectedVersion: 1, summary: 'rewritten' } });
    expect(refused.errors[0].extensions?.code).toBe('FORBIDDEN');
    const [row] = await hub.db.query('SELECT summary, version FROM follow_up WHERE id = $1', [others]);
    expect(row).toEqual({ summary: 'Home visit by the social worker', version: 1 });
  });

  it('lets the case manager (W) correct anyone’s entry, and refuses read-only roles', async () => {
    const centres = await add(centre, 'Matching meeting');
    expect((await hub.gql(manager, UPDATE, { id: centres, input: { expectedVersion: 1, summary: 'Matching meeting held' } })).errors).toEqual([]);
    const court = await hub.gql(await hub.token('BT-RIGA'), ADD, { input: { caseId: opened.id, kind: 'MEETING', occurredOn: '2026-11-01', summary: 'x' } });
    expect(court.errors[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a previous provider a category it may not read or write', async () => {
    const res = await hub.gql(await hub.token('VSAC-RIGA'), ADD, { input: { caseId: opened.id, kind: 'SITUATION_REVIEW', occurredOn: '2026-11-01',
      summary: 'Quarterly review', category: 'HEALTH' } });
    expect(res.errors[0].extensions?.code).toBe('FORBIDDEN');
    expect(await add(await hub.token('VSAC-RIGA'), 'Quarterly review')).toBeTruthy();
  });

  it('keeps every replaced text, and never deletes a follow-up', async () => {
    const id = await add(manager, 'first text');
    await hub.gql(manager, UPDATE, { id, input: { expectedVersion: 1, summary: 'second text' } });
    await hub.gql(manager, UPDATE, { id, input: { expectedVersion: 2, summary: 'third text', category: 'SAFETY' } });
    const history = await hub.db.query('SELECT version, summary, category FROM follow_up_revision WHERE follow_up_id = $1 ORDER BY version', [id]);
    expect(history).toEqual([{ version: 1, summary: 'first text', category: 'FOLLOW_UP' }, { version: 2, summary: 'second text', category: 'FOLLOW_UP' }]);
    await expect(hub.db.query('DELETE FROM follow_up WHERE id = $1', [id])).rejects.toThrow(/never deleted/);
  });

  it('lets exactly one of 20 parallel corrections of the same version win; the others get CONFLICT with the current version', async () => {
    const id = await add(manager, 'original');
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      hub.gql(manager, UPDATE, { id, input: { expectedVersion: 1, summary: `correction ${i}` } })));
    const winners = results.filter((r) => r.data?.updateFollowUp);
    const conflicts = results.filter((r) => r.errors[0]?.extensions?.code === 'CONFLICT');
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    expect(conflicts.every((c) => c.errors[0].extensions?.currentVersion === 2)).toBe(true);
    const [row] = await hub.db.query('SELECT summary, version FROM follow_up WHERE id = $1', [id]);
    expect(row).toEqual({ summary: winners[0].data?.updateFollowUp.summary, version: 2 });
  });

  it('answers NOT_FOUND for a follow-up of a case the caller does not reach', async () => {
    const id = await add(manager, 'private');
    const res = await hub.gql(await hub.token('BT-JURMALA'), UPDATE, { id, input: { expectedVersion: 1, summary: 'x' } });
    expect(res.errors[0].extensions?.code).toBe('NOT_FOUND');
  });
});
