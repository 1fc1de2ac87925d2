import { raiseOverdueAlerts } from '../../src/alerts';
import { addDays, addMonths } from '../../src/kernel/dates';
import { completePlan, involve, openCase, OpenedCase, TODAY } from '../support/fixtures';
import { startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const PLAN = graphql(`mutation AlertJobPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }`);
const PLACE = graphql(`mutation AlertJobPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }`);

/**
 * The overdue-alert job looks only where an alert can be missing since its last run (migration
 * AlertsSinceLastRun): on 1,000,000 cases every run read all 1.1 M overdue items. Each test runs the
 * job until it has nothing to say, so the next step starts from a job that has seen everything.
 */
describe('the overdue-alert job: only what changed since its last run', () => {
  let hub: TestHub;
  let sd: string;

  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const alertsOf = async (caseId: string): Promise<string[]> => (await hub.db.query(
    `SELECT a.subject || ' ' || g.code AS alert FROM alert a JOIN agency g ON g.id = a.agency_id
      WHERE a.case_id = $1 AND a.kind = 'OVERDUE' ORDER BY 1`, [caseId])).map((r: { alert: string }) => r.alert);
  /** A case of SD-RIGA whose plan was due for reassessment a month ago, and a task due on `deadline`. */
  const planned = async (deadline: string): Promise<OpenedCase> => {
    const c = await openCase(hub, 'RIGA');
    const saved = await hub.gql(sd, PLAN, { input: { caseId: c.id, status: 'ACTIVE', ...completePlan(), validFrom: addMonths(TODAY, -13),
      goals: [{ description: 'a stable home' }], tasks: [{ goalPosition: 1, description: 'enrol in school', deadline, expectedResult: 'enrolled' }] } });
    expect(saved.errors).toEqual([]);
    return c;
  };

  beforeAll(async () => {
    hub = await startHub();
    sd = await hub.token('SD-RIGA');
  });
  afterAll(async () => { await hub.close(); });

  it('does not look again at a case nothing changed in, and does after a change to its involvements', async () => {
    const c = await planned(addDays(TODAY, 30));
    // the first run looks at every item
    expect(await raiseOverdueAlerts(hub.db)).toBeGreaterThanOrEqual(1);
    expect(await alertsOf(c.id)).toEqual(['PLAN_REASSESSMENT SD-RIGA']);
    expect(await raiseOverdueAlerts(hub.db)).toBe(0);

    // an alert gone (as if never raised) is not raised again while nothing in its case changes: the run does not look there
    await hub.db.query(`DELETE FROM alert WHERE case_id = $1`, [c.id]);
    expect(await raiseOverdueAlerts(hub.db)).toBe(0);
    expect(await alertsOf(c.id)).toEqual([]);

    // an agency joining the case makes the next run look at its items again
    await involve(hub, c.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
    expect(await raiseOverdueAlerts(hub.db)).toBe(1);
    expect(await alertsOf(c.id)).toEqual(['PLAN_REASSESSMENT SD-RIGA']);

    // a run for an earlier day than the last looks at everything
    await hub.db.query(`DELETE FROM alert WHERE case_id = $1`, [c.id]);
    expect(await raiseOverdueAlerts(hub.db, addDays(TODAY, -1))).toBeGreaterThanOrEqual(1);
    expect(await alertsOf(c.id)).toEqual(['PLAN_REASSESSMENT SD-RIGA']);
    expect(await raiseOverdueAlerts(hub.db)).toBe(0);
  });

  it('raises an item on the first run after it falls due, with no write in between', async () => {
    const c = await planned(TODAY);
    expect(await raiseOverdueAlerts(hub.db)).toBeGreaterThanOrEqual(1);
    // due today is not overdue yet
    expect(await alertsOf(c.id)).toEqual(['PLAN_REASSESSMENT SD-RIGA']);
    expect(await raiseOverdueAlerts(hub.db, addDays(TODAY, 1))).toBe(1);
    expect(await alertsOf(c.id)).toEqual(['PLAN_REASSESSMENT SD-RIGA', 'TASK_DEADLINE SD-RIGA']);
    expect(await raiseOverdueAlerts(hub.db, addDays(TODAY, 1))).toBe(0);
  });

  it('raises an item that becomes active after it fell due on the first run from that day', async () => {
    // no rule makes such an item today (each is active from on or before its due day): written as the schema's owner
    const c = await openCase(hub, 'RIGA');
    await hub.db.query(
      `INSERT INTO due_date (case_id, id, kind, category, due_on, active_from, manager_agency_id)
       SELECT $1, 'TEST:later', 'PLAN_REASSESSMENT', 'PLAN', $2, $3, id FROM agency WHERE code = 'SD-RIGA'`,
      [c.id, addDays(TODAY, -10), addDays(TODAY, 2)]);
    expect(await raiseOverdueAlerts(hub.db)).toBe(0);
    expect(await raiseOverdueAlerts(hub.db, addDays(TODAY, 1))).toBe(0);
    expect(await raiseOverdueAlerts(hub.db, addDays(TODAY, 2))).toBe(1);
    expect(await alertsOf(c.id)).toEqual(['PLAN_REASSESSMENT SD-RIGA']);
  });

  it('tells an orphan court whose involvement begins after the item fell due, once it begins, with no write in between', async () => {
    const c = await openCase(hub, 'RIGA');
    await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
    expect((await hub.gql(await hub.token('BT-RIGA'), PLACE, { input: { caseId: c.id, type: 'INSTITUTION', providerAgencyCode: 'BSAC-RIGA',
      startsOn: addMonths(TODAY, -8), courtDecisionRef: 'BT 12' } })).errors).toEqual([]);
    // a second orphan court, from 2 seconds from now
    await hub.db.query(
      `INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id, valid_from)
       SELECT $1, id, 'ORPHAN_COURT', 'test', 'test', now() + interval '2 seconds' FROM agency WHERE code = 'BT-LIEPAJA'`, [c.id]);
    expect(await raiseOverdueAlerts(hub.db)).toBeGreaterThanOrEqual(2);
    const before = await alertsOf(c.id);
    expect(before.filter((a) => a.startsWith('INSTITUTION_STAY_LIMIT'))).toEqual(['INSTITUTION_STAY_LIMIT BT-RIGA', 'INSTITUTION_STAY_LIMIT SD-RIGA']);
    expect(await raiseOverdueAlerts(hub.db)).toBe(0);
    await sleep(2500);
    expect(await raiseOverdueAlerts(hub.db)).toBe(1);
    expect(await alertsOf(c.id)).toEqual([...before, 'INSTITUTION_STAY_LIMIT BT-LIEPAJA'].sort());
    expect(await raiseOverdueAlerts(hub.db)).toBe(0);
  });
});
