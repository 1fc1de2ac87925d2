import { randomUUID } from 'node:crypto';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ClientError, GraphQLClient } from 'graphql-request';
import { CASE_DETAIL, runAgencyClient } from '../../examples/agency-client/client';
import { InvolvementRole } from '../../src/kernel/principal';
import { completePlan, involve, openCase, OpenedCase } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

/**
 * The example client (examples/agency-client) against the hub, with graphql-request's default
 * settings: any error in an answer throws. Each agency asks only what Case.access says it may read,
 * so each reads the case without one error, whatever its role withholds.
 */
describe('the typed example client reads a case without one error, for every kind of agency', () => {
  let hub: TestHub;
  let opened: OpenedCase;

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    for (let i = 0; i < 2; i += 1) await openCase(hub, 'RIGA');
    await involve(hub, opened.id, 'BT-RIGA', InvolvementRole.ORPHAN_COURT);
    await involve(hub, opened.id, 'AC-RIGA-1', InvolvementRole.SUPPORT_CENTRE);
    const manager = await hub.token('SD-RIGA');
    const ok = (res: GqlResult) => expect(res.errors).toEqual([]);
    ok(await hub.gql(manager, graphql(`mutation AgencyClientSetupAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`), { input: {
      caseId: opened.id, type: 'HOME_VISIT', assessedOn: '2026-09-01', needsSummary: 'needs', healthFindings: 'health' } }));
    ok(await hub.gql(manager, graphql(`mutation AgencyClientSetupPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }`), { input: {
      caseId: opened.id, status: 'ACTIVE', ...completePlan(), validFrom: '2026-09-15', goals: [{ description: 'goal' }] } }));
    ok(await hub.gql(manager, graphql(`mutation AgencyClientSetupFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`), { input: {
      caseId: opened.id, kind: 'MEETING', occurredOn: '2026-10-01', summary: 'health', category: 'HEALTH' } }));
    ok(await hub.gql(await hub.token('BT-RIGA'), graphql(`mutation AgencyClientSetupPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`), { input: {
      caseId: opened.id, type: 'FOSTER_FAMILY', fosterForm: 'ORDINARY', carerName: 'Līga Kalniņa', carerRef: 'AG-RIGA-0007', startsOn: '2026-10-05',
      courtDecisionRef: 'BT-RIGA 2026/114' } }));
  });
  afterAll(async () => { await hub.close(); });

  const run = async (agency: string, idempotencyKey = randomUUID()) => runAgencyClient({
    url: hub.url, token: await hub.token(agency), caseId: opened.id, pageSize: 1, idempotencyKey,
    followUp: { occurredOn: '2026-11-02', summary: `visited by ${agency}` },
  });

  it('a social service (the case manager) pages its cases, reads everything and records a follow-up once per key', async () => {
    const key = randomUUID();
    const first = await run('SD-RIGA', key);
    expect(first.cases.length).toBe(3);
    expect(first.detail).toMatchObject({ id: opened.id, client: { personalCode: opened.personalCode }, latestAssessment: { healthFindings: 'health' } });
    expect(first.followUp).not.toBeNull();
    const retried = await run('SD-RIGA', key);
    expect(retried.followUp?.id).toBe(first.followUp?.id);
  });

  it('a support centre gets no error: it does not ask the personal code or health findings it may not read', async () => {
    const result = await run('AC-RIGA-1');
    expect(result.access?.readableFields).not.toContain('Client.personalCode');
    expect(result.detail?.client).toEqual(expect.objectContaining({ givenName: expect.any(String) }));
    expect(result.detail?.client).not.toHaveProperty('personalCode');
    expect(result.detail?.latestAssessment).not.toHaveProperty('healthFindings');
    expect(result.detail?.followUps?.edges.map((e) => e.node.category)).not.toContain('HEALTH');
    expect(result.followUp).not.toBeNull();
  });

  it('an orphan court gets no error, and records no follow-up where it may only read them', async () => {
    const result = await run('BT-RIGA');
    expect(result.detail?.placements).toEqual([expect.objectContaining({ type: 'FOSTER_FAMILY' })]);
    expect(result.detail?.client).toHaveProperty('personalCode', opened.personalCode);
    expect(result.access?.writableCategories).not.toContain('FOLLOW_UP');
    expect(result.followUp).toBeNull();
  });

  it('without asking first, graphql-request by default throws the whole answer away for one withheld field; errorPolicy all keeps it', async () => {
    const client = new GraphQLClient(`${hub.url}/graphql`, { headers: { authorization: `Bearer ${await hub.token('AC-RIGA-1')}` } });
    const everything = { id: opened.id, client: true, identifiers: true, assessment: true, health: true, plan: true, followUps: true, placements: true };
    const error = await client.request(CASE_DETAIL, everything).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientError);
    const withheld = (error as ClientError).response.errors?.map((e) => [e.path?.join('.'), e.extensions?.code]);
    expect(withheld).toEqual(expect.arrayContaining([['case.client.personalCode', 'FORBIDDEN'], ['case.latestAssessment.healthFindings', 'FORBIDDEN']]));
    const kept = await new GraphQLClient(`${hub.url}/graphql`, {
      headers: { authorization: `Bearer ${await hub.token('AC-RIGA-1')}` }, errorPolicy: 'all',
    }).rawRequest<ResultOf<typeof CASE_DETAIL>>(print(CASE_DETAIL), everything);
    expect(kept.data.case?.client).toMatchObject({ personalCode: null, givenName: expect.any(String) });
    expect(kept.errors?.map((e) => e.path?.join('.'))).toContain('case.client.personalCode');
  });
});
