import { UserRole } from '../../src/kernel/principal';
import { involve, oldFormCode, OPEN_CASE, openCase, OpenedCase, readyToMove, TODAY } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

/**
 * Issue 11, point 8: errors that help. A code of a public register (a municipality, an agency, a
 * region) that the register does not have answers BAD_USER_INPUT "unknown … code X" naming the
 * field, before any rule decides, and the same whoever asks; an enum value that does not exist is
 * answered with the values meant, found over the whole list.
 */

const TRANSFER = graphql(`mutation HelpfulErrorsTransfer($input: TransferCaseInput!) { transferCase(input: $input) { caseId } }`);
const MOVE = graphql(`mutation HelpfulErrorsMove($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }`);
const PLACE = graphql(`mutation HelpfulErrorsPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`);
const PLAN = graphql(`mutation HelpfulErrorsPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }`);
const CASES = graphql(`query HelpfulErrorsCases($codes: [String!]) { cases(filter: { municipalityCode: $codes }) { totalCount } }`);
const AGENCIES = graphql(`query HelpfulErrorsAgencies($code: String) { agencies(municipalityCode: $code) { code } }`);
const MUNICIPALITIES = graphql(`query HelpfulErrorsMunicipalities($code: String) { municipalities(regionCode: $code) { code } }`);
const SUMMARY = graphql(`query HelpfulErrorsSummary($region: String) {
  regionalSummary(period: { from: "2026-01-01", to: "2026-06-30" }, region: $region, metrics: [OPEN_CASES]) { scopeLevel } }`);
const TREND = graphql(`query HelpfulErrorsTrend($region: String) { trend(metric: OPEN_CASES, months: 2, region: $region) { month } }`);
const FOLLOW_UP = graphql(`mutation HelpfulErrorsFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id kind } }`);

/** The one error of a refused answer, as a client reads it. */
function refusal(res: GqlResult<unknown>) {
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors;
  return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

const unknown = (field: string, message: string) => ({ code: 'BAD_USER_INPUT', field, message });

describe('an unknown reference code says it is unknown, naming the field', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  let manager: string;
  const client = (declaredMunicipalityCode: string) => ({ personalCode: oldFormCode('2014-05-06'), givenName: 'Ilze', familyName: 'Kalniņa',
    gender: 'FEMALE' as const, declaredMunicipalityCode });
  const open = async (agency: string, municipality: string, role = UserRole.CASE_WORKER) => hub.gql(await hub.token(agency, role), OPEN_CASE,
    { input: { client: client(municipality), targetGroup: 'CHILD_WITHOUT_PARENTAL_CARE', intakeType: 'VOLUNTARY' } });
  const cases = async () => (await hub.db.query('SELECT count(*)::int AS n FROM care_case'))[0].n as number;

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    manager = await hub.token('SD-RIGA', UserRole.MANAGER);
  });
  afterAll(async () => { await hub.close(); });

  it('openCase: an unknown municipality is BAD_USER_INPUT for every caller, decided before the opener rule', async () => {
    const before = await cases();
    const expected = unknown('input.client.declaredMunicipalityCode', 'unknown municipality code ATLANTIDA');
    // the social service of some municipality, an orphan court, an analyst: the register is public, the answer the same
    expect(refusal(await open('SD-RIGA', 'ATLANTIDA'))).toEqual(expected);
    expect(refusal(await open('BT-RIGA', 'ATLANTIDA'))).toEqual(expected);
    expect(refusal(await open('SD-RIGA', 'ATLANTIDA', UserRole.ANALYST))).toEqual(expected);
    // a value not shaped like a code (a personal code in the wrong field) is not repeated
    expect(refusal(await open('SD-RIGA', '010190-12349'))).toEqual(unknown('input.client.declaredMunicipalityCode', 'unknown municipality code'));
    expect(refusal(await open('SD-RIGA', 'riga'))).toEqual(unknown('input.client.declaredMunicipalityCode', 'unknown municipality code'));
    // a municipality that exists is the opener rule's to decide: another municipality's service is refused
    expect(refusal(await open('SD-RIGA', 'LIEPAJA'))).toEqual(
      { code: 'FORBIDDEN', field: undefined, message: "Only the social service of the client's municipality may open the case" });
    expect(await cases()).toBe(before);
    const accepted = await open('SD-RIGA', 'RIGA');
    expect(accepted.errors).toEqual([]);
    expect(await cases()).toBe(before + 1);
  });

  it('addInvolvement: input.agencyCode', async () => {
    const res = await hub.gql(manager, graphql(`mutation HelpfulErrorsInvolve($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }`),
      { input: { caseId: opened.id, agencyCode: 'AC-ATLANTIDA-1', role: 'SUPPORT_CENTRE', legalBasis: 'contract' } });
    expect(refusal(res)).toEqual(unknown('input.agencyCode', 'unknown agency code AC-ATLANTIDA-1'));
    // the same answer to a user who may make no such write: nothing about the case is told
    const analyst = await hub.gql(await hub.token('SD-LIEPAJA', UserRole.ANALYST),
      graphql(`mutation HelpfulErrorsInvolveAsAnalyst($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }`),
      { input: { caseId: opened.id, agencyCode: 'AC-ATLANTIDA-1', role: 'SUPPORT_CENTRE', legalBasis: 'contract' } });
    expect(refusal(analyst)).toEqual(unknown('input.agencyCode', 'unknown agency code AC-ATLANTIDA-1'));
    expect(await involve(hub, opened.id, 'AC-RIGA-1', 'SUPPORT_CENTRE')).toEqual(expect.any(String));
  });

  it('recordTransition: input.newProviderAgencyCode and input.newPlacement.providerAgencyCode', async () => {
    const adult = await openCase(hub, 'RIGA', { targetGroup: 'ADULT_WITH_MENTAL_DISORDER', client: { ...client('RIGA'), personalCode: oldFormCode('1980-02-03') } });
    await involve(hub, adult.id, 'VSAC-RIGA', 'CURRENT_PROVIDER');
    const move = (input: Record<string, unknown>) => hub.gql(manager, MOVE, { input: { caseId: adult.id, legalBasis: 'lēmums', ...input } });
    expect(refusal(await move({ newProviderAgencyCode: 'SP-NOWHERE' }))).toEqual(unknown('input.newProviderAgencyCode', 'unknown agency code SP-NOWHERE'));
    expect(refusal(await move({ newProviderAgencyCode: 'SP-RIGA-GROUP-HOME', newPlacement: { type: 'GROUP_HOME', providerAgencyCode: 'SP-NOWHERE', startsOn: TODAY } })))
      .toEqual(unknown('input.newPlacement.providerAgencyCode', 'unknown agency code SP-NOWHERE'));
    // a move is recorded in IMPLEMENTATION under an ACTIVE plan holding a transition plan (issue 11, point 5): prepared here
    await readyToMove(hub, adult.id);
    expect((await move({ newProviderAgencyCode: 'SP-RIGA-GROUP-HOME', newPlacement: { type: 'GROUP_HOME', providerAgencyCode: 'SP-RIGA-GROUP-HOME', startsOn: TODAY } })).errors)
      .toEqual([]);
  });

  it('recordPlacement: input.providerAgencyCode, unknown and of the wrong kind', async () => {
    const child = await openCase(hub, 'RIGA', { client: { ...client('RIGA'), personalCode: oldFormCode('2016-07-08') } });
    await involve(hub, child.id, 'BT-RIGA', 'ORPHAN_COURT');
    const court = await hub.token('BT-RIGA', UserRole.SPECIALIST);
    const place = (providerAgencyCode: string) => hub.gql(court, PLACE, { input: { caseId: child.id, type: 'INSTITUTION', providerAgencyCode, startsOn: TODAY } });
    expect(refusal(await place('BSAC-ATLANTIDA'))).toEqual(unknown('input.providerAgencyCode', 'unknown agency code BSAC-ATLANTIDA'));
    expect(refusal(await place('SD-RIGA'))).toEqual(unknown('input.providerAgencyCode', 'is an agency of kind SOCIAL_SERVICE, not an institution or service provider'));
    expect((await place('BSAC-RIGA')).errors).toEqual([]);
  });

  it('saveSupportPlan: the path of the task or service in its list', async () => {
    const save = (tasks: Record<string, unknown>[], services: Record<string, unknown>[] = []) => hub.gql(manager, PLAN,
      { input: { caseId: opened.id, validFrom: TODAY, tasks: tasks as never, services: services as never } });
    expect(refusal(await save([{ description: 'a', responsibleAgencyCode: 'SD-RIGA' }, { description: 'b', responsibleAgencyCode: 'BT-ATLANTIDA' }])))
      .toEqual(unknown('input.tasks.1.responsibleAgencyCode', 'unknown agency code BT-ATLANTIDA'));
    expect(refusal(await save([], [{ serviceType: 'DAY_CARE_CENTRE', volume: 4, unit: 'DAY', providerAgencyCode: 'SP-ATLANTIDA-DAY-CENTRE' }])))
      .toEqual(unknown('input.services.0.providerAgencyCode', 'unknown agency code SP-ATLANTIDA-DAY-CENTRE'));
    expect((await save([{ description: 'a', responsibleAgencyCode: 'BT-RIGA' }],
      [{ serviceType: 'DAY_CARE_CENTRE', volume: 4, unit: 'DAY', providerAgencyCode: 'SP-RIGA-DAY-CENTRE' }])).errors).toEqual([]);
  });

  // assignMentor takes a mentor of the caller's own register now (mentors.test.ts), no agency code

  it('transferCase: input.toMunicipalityCode', async () => {
    const moving = await openCase(hub, 'RIGA', { client: { ...client('RIGA'), personalCode: oldFormCode('2012-09-10') } });
    const transfer = (toMunicipalityCode: string) => hub.gql(manager, TRANSFER, { input: { caseId: moving.id, toMunicipalityCode, reason: 'moved' } });
    expect(refusal(await transfer('ATLANTIDA'))).toEqual(unknown('input.toMunicipalityCode', 'unknown municipality code ATLANTIDA'));
    expect((await transfer('SAULKRASTU_NOV')).errors).toEqual([]);
  });

  it('filters and arguments of queries: the argument, and a list item by its index', async () => {
    const token = await hub.token('SD-RIGA');
    expect(refusal(await hub.gql(token, CASES, { codes: ['RIGA', 'ATLANTIDA'] }))).toEqual(unknown('filter.municipalityCode.1', 'unknown municipality code ATLANTIDA'));
    expect((await hub.gql(token, CASES, { codes: ['RIGA', 'JURMALA'] })).errors).toEqual([]);
    expect(refusal(await hub.gql(token, AGENCIES, { code: 'ATLANTIDA' }))).toEqual(unknown('municipalityCode', 'unknown municipality code ATLANTIDA'));
    expect((await hub.gql(token, AGENCIES, { code: 'SAULKRASTU_NOV' })).data?.agencies.map((a) => a.code).sort())
      .toEqual(['BT-SAULKRASTU_NOV', 'SD-SAULKRASTU_NOV']);
    expect(refusal(await hub.gql(token, MUNICIPALITIES, { code: 'ATLANTIS' }))).toEqual(unknown('regionCode', 'unknown region code ATLANTIS'));
    expect((await hub.gql(token, MUNICIPALITIES, { code: 'VIDZEME' })).data?.municipalities).toHaveLength(11);
  });

  it('regionalSummary and trend: region, before the reporting scope is decided', async () => {
    const national = await hub.token('LM', UserRole.ANALYST);
    const regional = await hub.token('PR-KURZEME', UserRole.ANALYST);
    expect(refusal(await hub.gql(national, SUMMARY, { region: 'ATLANTIS' }))).toEqual(unknown('region', 'unknown region code ATLANTIS'));
    expect(refusal(await hub.gql(regional, SUMMARY, { region: 'ATLANTIS' }))).toEqual(unknown('region', 'unknown region code ATLANTIS'));
    expect(refusal(await hub.gql(national, TREND, { region: 'ATLANTIS' }))).toEqual(unknown('region', 'unknown region code ATLANTIS'));
    // a region that exists is the scope's to decide
    expect(refusal(await hub.gql(regional, SUMMARY, { region: 'RIGA' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect((await hub.gql(regional, SUMMARY, { region: 'KURZEME' })).errors).toEqual([]);
    expect((await hub.gql(national, TREND, { region: 'VIDZEME' })).errors).toEqual([]);
    // the CSV download goes through the same schema
    const csv = await fetch(`${hub.url}/reports/regional.csv?from=2026-01-01&to=2026-06-30&region=ATLANTIS`, { headers: { authorization: `Bearer ${national}` } });
    expect(csv.status).toBe(400);
    expect(((await csv.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'region' });
  });
});

describe('an enum value that does not exist: the values meant, over the whole list', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  let token: string;
  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    token = await hub.token('SD-RIGA');
  });
  afterAll(async () => { await hub.close(); });

  it('suggests HOME_VISIT for kind: VISIT in addFollowUp, written in the document', async () => {
    const res = await hub.gql(token, `mutation { addFollowUp(input: { caseId: "${opened.id}", kind: VISIT, occurredOn: "${TODAY}", summary: "x" }) { id } }`);
    expect(res.status).toBe(400);
    expect(refusal(res)).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', field: undefined,
      message: 'Value "VISIT" does not exist in "FollowUpKind" enum. Did you mean the enum value "HOME_VISIT"?' });
  });

  it('suggests HOME_VISIT for a variable too, naming where it is, and the right value is accepted', async () => {
    const send = (kind: string) => hub.gql(token, 'mutation($input: AddFollowUpInput!) { addFollowUp(input: $input) { id kind } }',
      { input: { caseId: opened.id, kind, occurredOn: TODAY, summary: 'x' } });
    expect(refusal(await send('VISIT'))).toEqual({ code: 'BAD_USER_INPUT', field: undefined,
      message: 'Variable "$input" has an invalid value at "input.kind": Value "VISIT" does not exist in "FollowUpKind" enum. Did you mean the enum value "HOME_VISIT"?' });
    expect(refusal(await send('phone call')).message).toMatch(/Did you mean the enum value "PHONE"\?$/);
    const accepted = await hub.gql(token, FOLLOW_UP, { input: { caseId: opened.id, kind: 'HOME_VISIT', occurredOn: TODAY, summary: 'x' } });
    expect(accepted.errors).toEqual([]);
    expect(accepted.data?.addFollowUp.kind).toBe('HOME_VISIT');
  });

  it('lists several values best first, over an enum of twenty (serviceType)', async () => {
    const res = await hub.gql(token, 'mutation($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }',
      { input: { caseId: opened.id, validFrom: TODAY, services: [{ serviceType: 'GROUP_HOME', volume: 1, unit: 'DAY' }] } });
    expect(refusal(res).message).toBe('Variable "$input" has an invalid value at "input.services[0].serviceType": Value "GROUP_HOME" does not exist '
      + 'in "ServiceType" enum. Did you mean the enum value "GROUP_HOME_WITH_CARE" or "GROUP_HOME_WITH_REHABILITATION"?');
  });

  it('does not repeat a value that is not shaped like an enum value, and still hides field suggestions', async () => {
    const res = await hub.gql(token, 'mutation($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }',
      { input: { caseId: opened.id, kind: '010190-12349', occurredOn: TODAY, summary: 'x' } });
    expect(refusal(res).message).toBe('Variable "$input" has an invalid value at "input.kind": The value does not exist in "FollowUpKind" enum.');
    expect(res.raw).not.toContain('010190');
    const typo = await hub.gql(token, '{ casse { totalCount } }');
    expect(typo.raw).not.toMatch(/Did you mean/);
  });
});
