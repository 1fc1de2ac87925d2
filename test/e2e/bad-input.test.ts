import { UserRole } from '../../src/kernel/principal';
import { involve, openCase, OpenedCase } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

/**
 * Malformed input across the mutations: each gets a clear error naming the field, and nothing in
 * any table changes (a checksum of every table is taken before and after).
 */
describe('bad input changes nothing', () => {
  let hub: TestHub;
  let opened: OpenedCase;
  let followUpId: string;

  beforeAll(async () => {
    hub = await startHub();
    opened = await openCase(hub, 'RIGA');
    await involve(hub, opened.id, 'BT-RIGA', 'ORPHAN_COURT');
    const res = await hub.gql(await hub.token('SD-RIGA'),
      graphql(`mutation BadInputAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }`),
      { input: { caseId: opened.id, kind: 'PHONE', occurredOn: '2026-11-02', summary: 'call' } });
    followUpId = res.data?.addFollowUp.id as string;
  });
  afterAll(async () => { await hub.close(); });

  async function checksum(): Promise<Record<string, string>> {
    // rate_limit counts every request, refused or not: not data a write keeps
    const tables: { name: string }[] = await hub.db.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name <> 'rate_limit' ORDER BY 1`);
    const sums: Record<string, string> = {};
    for (const { name } of tables) {
      const [{ sum }] = await hub.db.query(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM "${name}" t`);
      sums[name] = sum;
    }
    return sums;
  }

  const long = (n: number) => 'x'.repeat(n);
  const child = { personalCode: '010190-12349', givenName: 'Anna', familyName: 'Ozola', gender: 'FEMALE', declaredMunicipalityCode: 'RIGA' };
  const open = (input: Record<string, unknown>, client: Record<string, unknown> = {}) => ['openCase', 'OpenCaseInput',
    { client: { ...child, ...client }, targetGroup: 'CHILD_WITHOUT_PARENTAL_CARE', intakeType: 'VOLUNTARY', ...input }] as const;
  const caseInput = (extra: Record<string, unknown>) => ({ caseId: 'CASE', ...extra });
  const plan = (extra: Record<string, unknown>) => ['saveSupportPlan', 'SaveSupportPlanInput', caseInput({ validFrom: '2026-10-01', ...extra })] as const;
  const assessment = (extra: Record<string, unknown>) => ['recordAssessment', 'RecordAssessmentInput',
    caseInput({ type: 'HOME_VISIT', assessedOn: '2026-10-01', ...extra })] as const;
  const followUp = (extra: Record<string, unknown>) => ['addFollowUp', 'AddFollowUpInput',
    caseInput({ kind: 'MEETING', occurredOn: '2026-10-01', summary: 'ok', ...extra })] as const;
  const involvement = (extra: Record<string, unknown>) => ['addInvolvement', 'AddInvolvementInput',
    caseInput({ agencyCode: 'AC-RIGA-1', role: 'SUPPORT_CENTRE', legalBasis: 'contract', ...extra })] as const;
  const placement = (extra: Record<string, unknown>) => ['recordPlacement', 'RecordPlacementInput',
    caseInput({ type: 'INSTITUTION', providerAgencyCode: 'BSAC-RIGA', startsOn: '2026-10-01', ...extra })] as const;

  type Row = [string, readonly [string, string, Record<string, unknown>], string, string?];
  const ROWS: Row[] = [
    ['personal code with a wrong check digit', open({}, { personalCode: '010190-12340' }), 'input.client.personalCode'],
    ['personal code too short', open({}, { personalCode: '0101901234' }), 'input.client.personalCode'],
    ['personal code of a future birth date', open({}, { personalCode: '010199-22346' }), 'input.client.personalCode'],
    ['empty given name', open({}, { givenName: '  ' }), 'input.client.givenName'],
    ['over-long family name', open({}, { familyName: long(201) }), 'input.client.familyName'],
    ['over-long address', open({}, { address: long(501) }), 'input.client.address'],
    ['phone with letters', open({}, { phone: 'call me maybe' }), 'input.client.phone'],
    ['birth date contradicting the code', open({}, { birthDate: '1991-01-01' }), 'input.client.birthDate'],
    ['mandatory intake without a reporter', open({ intakeType: 'MANDATORY' }), 'input.reportedBy'],
    ['opening date in the future', open({ openedOn: '2099-01-01' }), 'input.openedOn'],
    ['unknown target group', open({ targetGroup: 'PETS' }), 'input.targetGroup'],
    ['case manager by addInvolvement', involvement({ role: 'CASE_MANAGER', agencyCode: 'SD-JURMALA' }), 'input.role'],
    ['unknown agency', involvement({ agencyCode: 'NOPE' }), 'input.agencyCode'],
    ['agency of the wrong kind for the role', involvement({ agencyCode: 'BT-RIGA' }), 'input.role'],
    ['involvement ending before it starts', involvement({ validFrom: '2026-10-01T00:00:00Z', validUntil: '2026-09-01T00:00:00Z' }), 'input.validUntil'],
    ['empty legal basis', involvement({ legalBasis: '' }), 'input.legalBasis'],
    ['assessment dated in the future', assessment({ assessedOn: '2099-01-01' }), 'input.assessedOn'],
    ['care level 5', assessment({ careLevel: 5 }), 'input.careLevel'],
    ["care level in a child's case", assessment({ careLevel: 2 }), 'input.careLevel'],
    ['over-long needs summary', assessment({ needsSummary: long(20_001) }), 'input.needsSummary'],
    ['impossible calendar date', assessment({ assessedOn: '2026-02-30' }), 'input.assessedOn'],
    ['unknown recommended service', assessment({ recommendedServices: ['CIRCUS'] }), 'input.recommendedServices'],
    ['plan saved as superseded', plan({ status: 'SUPERSEDED' }), 'input.status'],
    ['review before the plan starts', plan({ reviewDueOn: '2026-09-01' }), 'input.reviewDueOn'],
    ['review later than a year', plan({ reviewDueOn: '2027-10-02' }), 'input.reviewDueOn'],
    ['task for a goal that does not exist', plan({ goals: [{ description: 'g' }], tasks: [{ description: 't', goalPosition: 2 }] }), 'input.tasks.0.goalPosition'],
    ['task deadline before the plan', plan({ tasks: [{ description: 't', deadline: '2026-01-01' }] }), 'input.tasks.0.deadline'],
    ['empty goal', plan({ goals: [{ description: ' ' }] }), 'input.goals.0.description'],
    ['service of an unknown provider', plan({ services: [{ serviceType: 'DAY_CARE_CENTRE', volume: 5, unit: 'DAY', providerAgencyCode: 'NOPE' }] }), 'input.services.0.providerAgencyCode'],
    ['service volume of zero', plan({ services: [{ serviceType: 'DAY_CARE_CENTRE', volume: 0, unit: 'DAY' }] }), 'input.services.0.volume'],
    ['follow-up in the future', followUp({ occurredOn: '2099-01-01' }), 'input.occurredOn'],
    ['empty follow-up', followUp({ summary: '' }), 'input.summary'],
    ['over-long follow-up', followUp({ summary: long(20_001) }), 'input.summary'],
    ['follow-up filed under PLACEMENT', followUp({ category: 'PLACEMENT' }), 'input.category'],
    ['foster family without its form', placement({ type: 'FOSTER_FAMILY', carerRef: 'F1', carerName: 'x' }), 'input.fosterForm', 'BT-RIGA'],
    ['foster form on an institution', placement({ fosterForm: 'ORDINARY' }), 'input.fosterForm', 'BT-RIGA'],
    ['placement ending before it starts', placement({ endsOn: '2026-09-01' }), 'input.endsOn', 'BT-RIGA'],
    ['placement with an unknown provider', placement({ providerAgencyCode: 'NOPE' }), 'input.providerAgencyCode', 'BT-RIGA'],
    ['transfer to an unknown municipality', ['transferCase', 'TransferCaseInput', caseInput({ toMunicipalityCode: 'ATLANTIDA', reason: 'moved' })], 'input.toMunicipalityCode'],
    ['skipped lifecycle step', ['transitionCase', 'TransitionCaseInput', caseInput({ to: 'EVALUATION', reason: 'x', expectedVersion: 'VERSION' })], 'input.to'],
    ['mentor that is not in the register', ['assignMentor', 'AssignMentorInput', caseInput({ mentorId: ' ', startsOn: '2026-10-01' })], 'input.mentorId'],
  ];

  it('has at least 30 cases', () => expect(ROWS.length).toBeGreaterThanOrEqual(30));

  it.each(ROWS)('%s: BAD_USER_INPUT naming the field, and no table changes', async (_name, [mutation, inputType, raw], field, agency = 'SD-RIGA') => {
    const [{ version }] = await hub.db.query('SELECT version FROM care_case WHERE id = $1', [opened.id]);
    const input = JSON.parse(JSON.stringify(raw).replace(/"CASE"/g, `"${opened.id}"`).replace(/"VERSION"/g, String(version)));
    const before = await checksum();
    const res = await hub.gql(await hub.token(agency, UserRole.MANAGER), `mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`, { input });
    expect(res.data?.[mutation] ?? null).toBeNull();
    expect(res.errors).toHaveLength(1);
    const [error] = res.errors;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    // variable coercion errors name the path in the message; the hub's own name it in `field`
    expect(error.extensions?.field ?? error.message).toContain(field);
    expect(error.message).not.toMatch(/SELECT|INSERT|violates|constraint/i);
    expect(await checksum()).toEqual(before);
  });

  it('refuses a correction with an empty summary, and a stale version, changing nothing', async () => {
    const before = await checksum();
    const token = await hub.token('SD-RIGA');
    const update = graphql(`mutation BadInputUpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }`);
    const empty = await hub.gql(token, update, { id: followUpId, input: { expectedVersion: 1, summary: '' } });
    expect(empty.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.summary' });
    const stale = await hub.gql(token, update, { id: followUpId, input: { expectedVersion: 7, summary: 'new' } });
    expect(stale.errors[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    expect(await checksum()).toEqual(before);
  });

  // found by the fuzz: graphql-js gives up after 50 invalid variable values with an error of its own, without a code
  it('answers more than 50 invalid values in the variables BAD_USER_INPUT, every error of them, not an internal error', async () => {
    const status = Array.from({ length: 60 }, (_, i) => (i % 2 ? 'BOGUS' : 7));
    const res = await hub.gql(await hub.token('SD-RIGA'), 'query($filter: CaseFilter) { cases(filter: $filter) { totalCount } }',
      { filter: { status } });
    expect(res.errors.length).toBeGreaterThan(50);
    expect([...new Set(res.errors.map((e) => e.extensions?.code))]).toEqual(['BAD_USER_INPUT']);
    expect(res.data?.cases ?? null).toBeNull();
  });
});
