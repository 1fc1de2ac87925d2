import { addDays } from '../../src/kernel/dates';
import { UserRole } from '../../src/kernel/principal';
import { activeCarer } from '../support/carers';
import { involve, openCase, OpenedCase, TODAY } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const SAVE = graphql(`mutation PlacedChildPlanSave($input: SavePlacedChildPlanInput!) {
  savePlacedChildPlan(input: $input) { id version goals support validFrom reviewDueOn agency { code } }
}`);
const READ = graphql(`query PlacedChildPlanRead($id: ID!) { case(id: $id) { id placedChildPlans { version goals } } }`);
const DRAFT = graphql(`mutation PlacedChildPlanCaseDraft($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }`);
const PLACE = graphql(`mutation PlacedChildPlanPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`);

const ROLES = ['CASE_MANAGER', 'ORPHAN_COURT', 'SUPPORT_CENTRE', 'CURRENT_PROVIDER', 'PREVIOUS_PROVIDER', 'ASSESSMENT_TEAM'] as const;
type Role = (typeof ROLES)[number];
const AGENCY: Record<Role, string> = {
  CASE_MANAGER: 'SD-RIGA', ORPHAN_COURT: 'BT-RIGA', SUPPORT_CENTRE: 'AC-RIGA-1', CURRENT_PROVIDER: 'SP-RIGA-FAMILY-HOME',
  PREVIOUS_PROVIDER: 'BSAC-RIGA', ASSESSMENT_TEAM: 'AT-RIGA-1',
};

/**
 * The support centre's support plan for a placed child, written out by hand from ACCESS.md (PLAN is
 * read by every involved role but the emergency one) and issue 13 (the centre's own plan): only the
 * case's support centre saves it; the case's own plan stays the case manager's and the assessment
 * team's to draft (the centre still may not).
 *   ok  allowed   -  FORBIDDEN (nothing written)
 */
const PUBLISHED = `
write / read       CASE_MANAGER ORPHAN_COURT SUPPORT_CENTRE CURRENT_PROVIDER PREVIOUS_PROVIDER ASSESSMENT_TEAM
savePlacedChildPlan  -  - ok - - -
draftCasePlan        ok - -  - - ok
read                 ok ok ok ok ok ok`;
const TABLE = PUBLISHED.trim().split('\n').slice(1).map((line) => line.trim().split(/\s+/));

describe("the support centre's support plan for a placed child: PLAN, the centre's own, versioned", () => {
  let hub: TestHub;
  let child: OpenedCase;
  let tokens: Record<Role, string>;
  const plan = (over: Record<string, unknown> = {}) => ({ caseId: child.id, goals: 'Droša piesaiste audžuģimenei; skolas gaitas',
    support: 'Psihologa konsultācijas reizi mēnesī', validFrom: TODAY, reviewDueOn: addDays(TODAY, 180), ...over });
  const count = async (table: string) => (await hub.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE case_id = $1`, [child.id]))[0].n;

  beforeAll(async () => {
    hub = await startHub();
    child = await openCase(hub, 'RIGA');
    for (const role of ROLES.slice(1)) await involve(hub, child.id, AGENCY[role], role);
    tokens = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await hub.token(AGENCY[role])]))) as Record<Role, string>;
    const carerId = await activeCarer(hub, { name: 'Audžuģimene Bērziņi' });
    const placed = await hub.gql(tokens.ORPHAN_COURT, PLACE, { input: { caseId: child.id, type: 'FOSTER_FAMILY', fosterForm: 'ORDINARY', carerId,
      startsOn: addDays(TODAY, -5), courtDecisionRef: 'BT 2026/900' } });
    expect(placed.errors).toEqual([]);
  }, 60_000);
  afterAll(async () => { await hub.close(); });

  it('lets each role save and read exactly as the table says; a refusal writes nothing', async () => {
    const got: string[][] = [];
    for (const [what] of TABLE) {
      const row = [what];
      for (const role of ROLES) {
        const token = tokens[role];
        if (what === 'read') {
          const res = await hub.gql(token, READ, { id: child.id });
          row.push(res.errors.length === 0 && (res.data?.case?.placedChildPlans?.length ?? 0) > 0 ? 'ok'
            : res.errors.some((e) => e.extensions?.code === 'FORBIDDEN') ? '-' : '?');
          continue;
        }
        const table = what === 'savePlacedChildPlan' ? 'placed_child_plan' : 'support_plan';
        const before = await count(table);
        const res = what === 'savePlacedChildPlan' ? await hub.gql(token, SAVE, { input: plan({ goals: `${role} mērķi` }) })
          : await hub.gql(token, DRAFT, { input: { caseId: child.id, validFrom: TODAY, goals: [{ description: `${role} mērķis` }] } });
        row.push(res.errors.length === 0 ? 'ok' : res.errors[0].extensions?.code === 'FORBIDDEN' ? '-' : String(res.errors[0].extensions?.code));
        if (res.errors.length) expect(await count(table)).toBe(before);
      }
      got.push(row);
    }
    expect(got).toEqual(TABLE);
    // an emergency access (PLAN '-') is not asked here: privacy.test.ts covers the EMERGENCY column
  });

  it('keeps every version, newest first, audited under PLAN; refuses bad input naming the field, writing nothing', async () => {
    const centre = tokens.SUPPORT_CENTRE;
    const before = await count('placed_child_plan');
    const refusals: [Record<string, unknown>, string][] = [
      [{ reviewDueOn: TODAY }, 'input.reviewDueOn'],
      [{ reviewDueOn: addDays(TODAY, 400) }, 'input.reviewDueOn'],
      [{ goals: '' }, 'input.goals'],
      [{ validFrom: addDays(TODAY, -30), reviewDueOn: addDays(TODAY, 30) }, 'input.validFrom'],
    ];
    for (const [over, field] of refusals) {
      const res = await hub.gql(centre, SAVE, { input: plan(over) });
      expect([field, res.errors[0]?.extensions?.code, res.errors[0]?.extensions?.field]).toEqual([field, 'BAD_USER_INPUT', field]);
    }
    expect(await count('placed_child_plan')).toBe(before);
    const saved = await hub.gql(centre, SAVE, { input: plan({ support: 'Atbalsta grupa bērniem' }) });
    expect(saved.data?.savePlacedChildPlan).toMatchObject({ version: before + 1, agency: { code: 'AC-RIGA-1' } });
    const read = await hub.gql(tokens.CASE_MANAGER, READ, { id: child.id });
    expect(read.data?.case?.placedChildPlans?.map((p) => p.version)).toEqual(Array.from({ length: before + 1 }, (_, i) => before + 1 - i));
    expect(await hub.db.query(`SELECT categories FROM audit_log WHERE entity_id = $1 AND kind = 'WRITE'`, [saved.data?.savePlacedChildPlan.id]))
      .toEqual([{ categories: ['PLAN'] }]);
    // a child living at home has none
    const athome = await openCase(hub, 'RIGA');
    await involve(hub, athome.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    const refused = await hub.gql(centre, SAVE, { input: plan({ caseId: athome.id }) });
    expect(refused.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.validFrom' });
    const analyst = await hub.gql(await hub.token('AC-RIGA-1', UserRole.ANALYST), SAVE, { input: plan() });
    expect(analyst.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
