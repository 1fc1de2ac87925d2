import type { VariablesOf } from '@graphql-typed-document-node/core';
import { UserRole } from '../../src/kernel/principal';
import { newFormCode, OPEN_CASE, oldFormCode } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { ClientInput, TargetGroup } from '../graphql/graphql';

function child(personalCode: string, municipality = 'LIEPAJA', extra: Partial<ClientInput> = {}): VariablesOf<typeof OPEN_CASE> {
  return {
    input: {
      client: { personalCode, givenName: 'Jānis', familyName: 'Kalniņš', gender: 'MALE', declaredMunicipalityCode: municipality, ...extra },
      targetGroup: 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT', intakeType: 'VOLUNTARY',
    },
  };
}

describe('openCase: intake by the social service of the client municipality', () => {
  let hub: TestHub;
  let token: string;
  const counts = async () => (await hub.db.query(
    'SELECT (SELECT count(*) FROM client)::int AS clients, (SELECT count(*) FROM care_case)::int AS cases, (SELECT count(*) FROM involvement)::int AS involvements'))[0];

  beforeAll(async () => {
    hub = await startHub();
    token = await hub.token('SD-LIEPAJA', UserRole.CASE_WORKER, { userId: 'sd-liepaja-7', name: 'Ilze Ozola' });
  });
  afterAll(async () => { await hub.close(); });

  it('opens the case, creates the client and makes the caller its case manager', async () => {
    const code = oldFormCode('2012-06-01').replace('-', '');
    const res = await hub.gql(token, OPEN_CASE, child(code));
    expect(res.errors).toEqual([]);
    expect(res.data?.openCase).toMatchObject({
      status: 'INTAKE', targetGroup: 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT', myRoles: ['CASE_MANAGER'],
      // stored in the canonical form, with the hyphen
      client: { personalCode: `${code.slice(0, 6)}-${code.slice(6)}`, givenName: 'Jānis' },
    });
    const manager = await hub.gql(token, graphql(`query OpenCaseManager($id: ID!) { case(id: $id) { caseManager { userId name agency { code } } responsibleMunicipality { code } } }`),
      { id: res.data?.openCase.id as string });
    expect(manager.data).toEqual({ case: {
      caseManager: { userId: 'sd-liepaja-7', name: 'Ilze Ozola', agency: { code: 'SD-LIEPAJA' } },
      responsibleMunicipality: { code: 'LIEPAJA' },
    } });
    const [client] = await hub.db.query('SELECT birth_date FROM client WHERE id = $1', [res.data?.openCase.client?.id]);
    expect(client.birth_date).toBe('2012-06-01');
  });

  it('reuses a known client for a case in another target group, and refuses a second open case in the same one', async () => {
    const code = newFormCode();
    // issue 11: a target group is an age on the opening day; the child's case opened when the person was 14
    const asChild = (variables: VariablesOf<typeof OPEN_CASE>) => ({ input: { ...variables.input, openedOn: '2020-03-01' } });
    const first = await hub.gql(token, OPEN_CASE, asChild(child(code, 'LIEPAJA', { birthDate: '2006-02-02' })));
    expect(first.errors).toEqual([]);
    const adult = await hub.gql(token, OPEN_CASE,
      { input: { ...child(code).input, targetGroup: 'ADULT_WITH_MENTAL_DISORDER' } });
    expect(adult.errors).toEqual([]);
    expect(first.data?.openCase.client?.id).toEqual(expect.any(String));
    expect(adult.data?.openCase.client?.id).toBe(first.data?.openCase.client?.id);

    const before = await counts();
    const again = await hub.gql(token, OPEN_CASE, asChild(child(code)));
    expect(again.data).toBeNull();
    expect(again.errors[0].extensions?.code).toBe('CONFLICT');
    expect(again.errors[0].message).toBe('The client already has an open case in this target group');
    expect(await counts()).toEqual(before);
  });

  it("refuses a social service of another municipality, and writes nothing", async () => {
    const before = await counts();
    const rigaToken = await hub.token('SD-RIGA');
    const res = await hub.gql(rigaToken, OPEN_CASE, child(oldFormCode('2014-01-05'), 'LIEPAJA'));
    expect(res.data).toBeNull();
    expect(res.errors[0].extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('knows a client by any spelling of the code: no hyphen does not make a Liepāja client new to Rīga', async () => {
    const code = oldFormCode('2012-12-12');
    expect((await hub.gql(token, OPEN_CASE, child(code))).errors).toEqual([]);
    const before = await counts();
    const res = await hub.gql(await hub.token('SD-RIGA'), OPEN_CASE,
      { input: { ...child(code.replace('-', ''), 'RIGA').input, targetGroup: 'CHILD_WITHOUT_PARENTAL_CARE' } });
    expect(res.data).toBeNull();
    expect(res.errors[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.raw).not.toContain('Jānis');
    expect(await counts()).toEqual(before);
  });

  it('refuses agencies that are not social services, even in the municipality', async () => {
    const res = await hub.gql(await hub.token('BT-LIEPAJA'), OPEN_CASE, child(oldFormCode('2014-01-05')));
    expect(res.errors[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a known client of another municipality even when the input claims otherwise', async () => {
    const code = oldFormCode('2011-11-11');
    expect((await hub.gql(token, OPEN_CASE, child(code))).errors).toEqual([]);
    const res = await hub.gql(await hub.token('SD-RIGA'), OPEN_CASE,
      { input: { ...child(code, 'RIGA').input, targetGroup: 'CHILD_WITHOUT_PARENTAL_CARE' } });
    expect(res.errors[0].extensions?.code).toBe('FORBIDDEN');
  });

  const invalidCodes: [string, string, RegExp][] = [
    ['old form, wrong check digit', '010190-12340', /check digit/],
    ['old form, impossible date', '310290-12341', /birth date/],
    ['old form, unknown century digit', '010190-72349', /century/],
    ['old form, born in the future', '010199-22346', /future|check digit/],
    ['new form, too short', '32123-12345', /11 digits/],
    ['new form, letters', '32ABCD-12345', /11 digits/],
    ['empty', '', /11 digits/],
  ];

  it.each(invalidCodes)('refuses an invalid personal code (%s) with BAD_USER_INPUT and writes nothing', async (_name, code, reason) => {
    const before = await counts();
    const res = await hub.gql(token, OPEN_CASE, child(code));
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.client.personalCode' });
    expect(res.errors[0].message).toMatch(reason);
    // the code itself is never echoed back
    if (code) expect(res.raw).not.toContain(code);
    expect(await counts()).toEqual(before);
  });

  it('names the field of other bad input', async () => {
    const noReporter = await hub.gql(token, OPEN_CASE,
      { input: { ...child(oldFormCode('2013-04-04')).input, intakeType: 'MANDATORY' } });
    expect(noReporter.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reportedBy' });
    // not a TargetGroup: refused when the hub coerces the variables
    const badEnum = await hub.gql(token, OPEN_CASE, { input: { ...child(oldFormCode('2013-04-04')).input, targetGroup: 'PETS' as TargetGroup } });
    expect(badEnum.status).toBe(400);
    expect(badEnum.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badEnum.errors[0].message).toContain('input.targetGroup');
  });
});
