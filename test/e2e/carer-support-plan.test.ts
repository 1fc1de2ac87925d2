import { addDays } from '../../src/kernel/dates';
import { UserRole } from '../../src/kernel/principal';
import { activeCarer, REGISTER_CARER } from '../support/carers';
import { involve, oldFormCode, openCase, TODAY } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const SAVE = graphql(`mutation CarerSupportPlanSave($input: SaveCarerSupportPlanInput!) {
  saveCarerSupportPlan(input: $input) { id supportPlans { version needs support validFrom reviewDueOn } }
}`);
const READ = graphql(`query CarerSupportPlanRead($id: ID!) { carer(id: $id) { id supportPlans { version support } } }`);
const PLACE = graphql(`mutation CarerSupportPlanPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`);
const codeOf = (res: GqlResult) => res.errors[0]?.extensions?.code ?? 'OK';

/**
 * The support centre's support plan for a carer (CARER_ASSESSMENT), by the agency's relation to the
 * carer, written out by hand (not read from policy.ts): the supporting centre writes, the carer's
 * orphan court reads, the social service of a child placed there sees nothing of it (least
 * disclosure: its identity and contact only), anyone else does not find the carer.
 *   R  read   -  null with FORBIDDEN   W  saved   F  refused (FORBIDDEN)   nf  NOT_FOUND
 */
const PUBLISHED = `
agency        role        purpose            read  save
AC-RIGA-1     CASE_WORKER CASE_WORK          R     W
AC-RIGA-1     MANAGER     CASE_WORK          R     W
BT-RIGA       CASE_WORKER CASE_WORK          R     F
BT-RIGA       CASE_WORKER COURT_PROCEEDINGS  R     F
SD-RIGA       CASE_WORKER CASE_WORK          -     F
AC-KURZEME-1  CASE_WORKER CASE_WORK          nf    nf
SD-JURMALA    CASE_WORKER CASE_WORK          nf    nf
AC-RIGA-1     ANALYST     REPORTING          F     F`;
const ROWS = PUBLISHED.trim().split('\n').slice(1).map((line) => line.trim().split(/\s+/)) as [string, UserRole, string, string, string][];

describe("the support centre's support plan for a carer: versioned, the centre's to write", () => {
  let hub: TestHub;
  let carerId: string;
  const plan = (over: Record<string, unknown> = {}) => ({ carerId, needs: 'Atbalsts pusaudža uzvedības grūtībās', support: 'Atbalsta grupa reizi mēnesī; mentors',
    validFrom: TODAY, reviewDueOn: addDays(TODAY, 180), ...over });
  const stored = async () => (await hub.db.query('SELECT count(*)::int AS n FROM carer_support_plan WHERE carer_id = $1', [carerId]))[0].n;

  beforeAll(async () => {
    hub = await startHub();
    carerId = await activeCarer(hub, { forms: ['ORDINARY'] });
    const child = await openCase(hub, 'RIGA', { client: { personalCode: oldFormCode('2017-05-05'), givenName: 'Bērns', familyName: 'Kļava',
      gender: 'FEMALE', declaredMunicipalityCode: 'RIGA' } });
    await involve(hub, child.id, 'BT-RIGA', 'ORPHAN_COURT');
    const placed = await hub.gql(await hub.token('BT-RIGA'), PLACE, { input: { caseId: child.id, type: 'FOSTER_FAMILY', fosterForm: 'ORDINARY',
      carerId, startsOn: TODAY, courtDecisionRef: 'BT 2026/800' } });
    expect(placed.errors).toEqual([]);
    expect((await hub.gql(await hub.token('AC-RIGA-1'), SAVE, { input: plan() })).errors).toEqual([]);
  });
  afterAll(async () => { await hub.close(); });

  it.each(ROWS)('%s %s (%s): read %s, save %s', async (agency, role, purpose, read, save) => {
    const token = await hub.token(agency, role, { purpose });
    const res = await hub.gql(token, READ, { id: carerId });
    const readOutcome = res.errors.some((e) => e.path?.length === 1) ? (codeOf(res) === 'NOT_FOUND' ? 'nf' : 'F')
      : res.errors.some((e) => e.path?.[1] === 'supportPlans' && e.extensions?.code === 'FORBIDDEN') && res.data?.carer?.supportPlans === null ? '-'
        : res.data?.carer?.supportPlans?.length ? 'R' : '?';
    const before = await stored();
    const written = await hub.gql(token, SAVE, { input: plan({ support: `${agency} ${role}` }) });
    const saveOutcome = written.errors.length === 0 ? 'W' : codeOf(written) === 'NOT_FOUND' ? 'nf' : codeOf(written) === 'FORBIDDEN' ? 'F' : codeOf(written);
    if (saveOutcome !== 'W') expect(await stored()).toBe(before);
    expect([readOutcome, saveOutcome]).toEqual([read, save]);
  });

  it('keeps every version, newest first, audited as the carer assessment; refuses bad input naming the field, writing nothing', async () => {
    const centre = await hub.token('AC-RIGA-1');
    const before = await stored();
    const refusals: [Record<string, unknown>, string][] = [
      [{ reviewDueOn: TODAY }, 'input.reviewDueOn'],
      [{ reviewDueOn: addDays(TODAY, 400) }, 'input.reviewDueOn'],
      [{ support: ' ' }, 'input.support'],
      [{ needs: 'x'.repeat(4001) }, 'input.needs'],
    ];
    for (const [over, field] of refusals) {
      const res = await hub.gql(centre, SAVE, { input: plan(over) });
      expect([field, res.errors[0]?.extensions?.code, res.errors[0]?.extensions?.field]).toEqual([field, 'BAD_USER_INPUT', field]);
    }
    expect(await stored()).toBe(before);
    const saved = await hub.gql(centre, SAVE, { input: plan({ support: 'Atelpas brīdis; krīzes atbalsts 24/7' }) });
    const versions = saved.data?.saveCarerSupportPlan.supportPlans ?? [];
    expect(versions.map((v) => v.version)).toEqual(Array.from({ length: before + 1 }, (_, i) => before + 1 - i));
    expect(versions[0]).toMatchObject({ version: before + 1, support: 'Atelpas brīdis; krīzes atbalsts 24/7' });
    expect(await hub.db.query(`SELECT operation, categories, case_id FROM audit_log WHERE operation = 'saveCarerSupportPlan' ORDER BY id DESC LIMIT 1`))
      .toEqual([{ operation: 'saveCarerSupportPlan', categories: ['CARER_ASSESSMENT'], case_id: null }]);
    // only for a carer found suitable: an inquiry has no plan
    const inquiry = await hub.gql(centre, REGISTER_CARER, { input: { kind: 'FOSTER_FAMILY', name: 'Jauna ģimene', municipalityCode: 'RIGA' } });
    const early = await hub.gql(centre, SAVE, { input: plan({ carerId: inquiry.data?.registerCarer.id }) });
    expect(early.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.carerId' });
  });
});
