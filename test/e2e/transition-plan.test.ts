import { Client } from 'pg';
import { addDays, addMonths } from '../../src/kernel/dates';
import { UserRole } from '../../src/kernel/principal';
import { involve, openCase, OpenedCase, TODAY, completePlan } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';
import type { SaveSupportPlanInput } from '../graphql/graphql';

const MOVE = graphql(`mutation TransitionPlanMove($input: RecordTransitionInput!) {
  recordTransition(input: $input) { id involvements { role active agency { code } } }
}`);
const PLAN = graphql(`mutation TransitionPlanSave($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id version status } }`);
const STATUS = graphql(`mutation TransitionPlanStatus($input: TransitionCaseInput!) { transitionCase(input: $input) { status version } }`);
const READ = graphql(`query TransitionPlanRead($id: ID!) {
  case(id: $id) {
    currentPlan {
      status tasks { description forTransition responsibleAgency { code } }
      transitionTeam { agency { code } memberName role }
      preparationVisits { plannedOn place description }
    }
  }
}`);

/** The individual transition plan of seed 004 J4 for a child: the team, three meetings where the child lives, visits, a night. */
const TRANSITION: Pick<SaveSupportPlanInput, 'tasks' | 'transitionTeam' | 'preparationVisits'> = {
  tasks: [
    { description: 'Pieteikt psihologa konsultācijas.' },
    { description: 'Nodot jaunās dzīvesvietas personālam informāciju par bērna vajadzībām.', forTransition: true,
      responsibleAgencyCode: 'BSAC-RIGA', deadline: addDays(TODAY, 30) },
  ],
  transitionTeam: [
    { agencyCode: 'BSAC-RIGA', memberName: 'Ilze Ozola', role: 'Iestādes sociālā darbiniece' },
    { agencyCode: 'SD-RIGA', role: 'Gadījuma vadītājs' },
    { agencyCode: 'SP-RIGA-FAMILY-HOME', role: 'Jaunās dzīvesvietas vadītāja' },
  ],
  preparationVisits: [
    { plannedOn: addDays(TODAY, 3), place: 'FAMILIAR_PLACE', description: 'Pirmā tikšanās ar audzinātāju' },
    { plannedOn: addDays(TODAY, 10), place: 'NEW_PLACE', description: '2 stundas ar uzticības personu' },
    { plannedOn: addDays(TODAY, 20), place: 'OVERNIGHT_STAY' },
  ],
};

/**
 * A move between providers (recordTransition) is recorded only as the seed prepares it (004 J–K):
 * the case in implementation, an ACTIVE support plan, and in it an individual transition plan with
 * the tasks of the move, the transition team and the preparation visits.
 */
describe('recordTransition needs the case in implementation and a transition plan in its active plan', () => {
  let hub: TestHub;
  let c: OpenedCase;
  let manager: string;
  let version = 1;
  beforeAll(async () => {
    hub = await startHub();
    manager = await hub.token('SD-RIGA', UserRole.MANAGER);
    c = await openCase(hub, 'RIGA');
    await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
    await involve(hub, c.id, 'BSAC-RIGA', 'CURRENT_PROVIDER');
  });
  afterAll(async () => { await hub.close(); });

  const move = () => hub.gql(manager, MOVE, { input: { caseId: c.id, newProviderAgencyCode: 'SP-RIGA-FAMILY-HOME', legalBasis: 'transition plan 2026/3' } });
  const state = async () => (await hub.db.query(
    `SELECT (SELECT count(*) FROM involvement WHERE case_id = $1)::int AS involvements,
            (SELECT count(*) FROM involvement WHERE case_id = $1 AND ended_at IS NOT NULL)::int AS ended,
            (SELECT count(*) FROM audit_log WHERE case_id = $1 AND kind = 'WRITE')::int AS writes`, [c.id]))[0];
  /** A refusal naming the case, with nothing changed. */
  async function refused(expected: string): Promise<GqlResult> {
    const before = await state();
    const res = await move();
    expect(res.errors).toHaveLength(1);
    expect(res.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.caseId' });
    expect(res.errors[0].message).toBe(expected);
    expect(res.data).toBeNull();
    expect(await state()).toEqual(before);
    return res;
  }
  const toStatus = async (to: 'ASSESSMENT' | 'PLANNING' | 'IMPLEMENTATION') => {
    const res = await hub.gql(manager, STATUS, { input: { caseId: c.id, to, reason: 'next step', expectedVersion: version } });
    expect(res.errors).toEqual([]);
    version = res.data?.transitionCase.version as number;
  };
  const save = async (input: Partial<SaveSupportPlanInput>) => {
    const res = await hub.gql(manager, PLAN, { input: { caseId: c.id, validFrom: TODAY, goals: [{ description: 'Dzīve ģimeniskā vidē' }],
      ...(input.status === 'ACTIVE' ? completePlan() : {}), ...input } });
    expect(res.errors).toEqual([]);
  };

  it('refuses a move while the case is in intake, assessment or planning', async () => {
    await refused('A move between providers is recorded while the case is in IMPLEMENTATION (its support plan carried out); this case is in INTAKE');
    await toStatus('ASSESSMENT');
    await refused('A move between providers is recorded while the case is in IMPLEMENTATION (its support plan carried out); this case is in ASSESSMENT');
    await toStatus('PLANNING');
    // a complete transition plan in a draft does not make the move
    await save({ status: 'DRAFT', ...TRANSITION });
    await refused('A move between providers is recorded while the case is in IMPLEMENTATION (its support plan carried out); this case is in PLANNING');
    await toStatus('IMPLEMENTATION');
  });

  it('refuses a move without an ACTIVE support plan, even with a draft holding a transition plan', async () => {
    await refused('The case has no ACTIVE support plan; a move is prepared and made under one');
  });

  it('refuses a move under an ACTIVE plan with no transition plan, or an incomplete one, saying what is missing', async () => {
    await save({ status: 'ACTIVE' });
    await refused('The ACTIVE support plan has no complete individual transition plan: it needs tasks of the move (forTransition), '
      + 'the transition team, preparation visits');
    await save({ status: 'ACTIVE', transitionTeam: TRANSITION.transitionTeam });
    await refused('The ACTIVE support plan has no complete individual transition plan: it needs tasks of the move (forTransition), preparation visits');
    await save({ status: 'ACTIVE', tasks: TRANSITION.tasks, preparationVisits: TRANSITION.preparationVisits });
    await refused('The ACTIVE support plan has no complete individual transition plan: it needs the transition team');
  });

  it('refuses a transition team member of an agency not in the register, and one without a role', async () => {
    const bad = (transitionTeam: SaveSupportPlanInput['transitionTeam']) => hub.gql(manager, PLAN, { input: { caseId: c.id, validFrom: TODAY, transitionTeam } });
    expect((await bad([{ agencyCode: 'NOPE', role: 'x' }])).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.transitionTeam.0.agencyCode' });
    expect((await bad([{ agencyCode: 'SD-RIGA', role: ' ' }])).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.transitionTeam.0.role' });
  });

  it('records the move under an ACTIVE plan with the tasks, the team and the visits, which the new provider reads', async () => {
    await save({ status: 'ACTIVE', ...TRANSITION });
    const res = await move();
    expect(res.errors).toEqual([]);
    const active = res.data?.recordTransition.involvements?.filter((i) => i.active).map((i) => `${i.role}:${i.agency?.code}`).sort();
    expect(active).toEqual(['CASE_MANAGER:SD-RIGA', 'CURRENT_PROVIDER:SP-RIGA-FAMILY-HOME', 'ORPHAN_COURT:BT-RIGA', 'PREVIOUS_PROVIDER:BSAC-RIGA']);

    const seen = await hub.gql(await hub.token('SP-RIGA-FAMILY-HOME'), READ, { id: c.id });
    expect(seen.errors).toEqual([]);
    expect(seen.data?.case?.currentPlan).toEqual({
      status: 'ACTIVE',
      tasks: [
        { description: 'Pieteikt psihologa konsultācijas.', forTransition: false, responsibleAgency: null },
        { description: 'Nodot jaunās dzīvesvietas personālam informāciju par bērna vajadzībām.', forTransition: true, responsibleAgency: { code: 'BSAC-RIGA' } },
      ],
      transitionTeam: [
        { agency: { code: 'BSAC-RIGA' }, memberName: 'Ilze Ozola', role: 'Iestādes sociālā darbiniece' },
        { agency: { code: 'SD-RIGA' }, memberName: null, role: 'Gadījuma vadītājs' },
        { agency: { code: 'SP-RIGA-FAMILY-HOME' }, memberName: null, role: 'Jaunās dzīvesvietas vadītāja' },
      ],
      preparationVisits: [
        { plannedOn: addDays(TODAY, 3), place: 'FAMILIAR_PLACE', description: 'Pirmā tikšanās ar audzinātāju' },
        { plannedOn: addDays(TODAY, 10), place: 'NEW_PLACE', description: '2 stundas ar uzticības personu' },
        { plannedOn: addDays(TODAY, 20), place: 'OVERNIGHT_STAY', description: null },
      ],
    });
  });

  it("removes the transition plan's free text with the rest when the client is pseudonymised", async () => {
    const closed = addMonths(TODAY, -12 * 11);
    await hub.db.query(
      `UPDATE care_case SET status = 'CLOSED', opened_on = $2, closed_on = $3 WHERE id = $1`, [c.id, addMonths(closed, -12), closed]);
    const app = new Client({ connectionString: hub.appDatabaseUrl });
    await app.connect();
    try {
      const [{ done }] = (await app.query('SELECT pseudonymise_client(client_id, $2) AS done FROM care_case WHERE id = $1',
        [c.id, addMonths(TODAY, -12 * 10)])).rows;
      expect(done).toBe(true);
    } finally {
      await app.end();
    }
    const marker = '[removed: retention period after closure ended]';
    const left = await hub.db.query(
      `SELECT (SELECT json_agg(json_build_array(m.member_name, m.role) ORDER BY m.member_name, m.role) FROM plan_transition_member m
                 JOIN support_plan p ON p.id = m.plan_id WHERE p.case_id = $1) AS team,
              (SELECT json_agg(DISTINCT v.description) FROM plan_preparation_visit v JOIN support_plan p ON p.id = v.plan_id
                WHERE p.case_id = $1) AS visits`, [c.id]);
    expect(left[0].team.every(([name, role]: [string | null, string]) => (name === null || name === marker) && role === marker)).toBe(true);
    expect(left[0].team.some(([name]: [string | null]) => name === marker)).toBe(true);
    expect(left[0].visits.filter((v: string | null) => v !== null)).toEqual([marker]);
  });
});
