import type { VariablesOf } from '@graphql-typed-document-node/core';
import { seedDemoData } from '../../src/demo/seed';
import type { ClientInput, OpenCaseInput } from '../graphql/graphql';
import { addDays, today, useClock } from '../../src/kernel/dates';
import { UserRole } from '../../src/kernel/principal';
import { involve, newFormCode, OPEN_CASE, oldFormCode, openCase, TODAY } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';

/**
 * Issue 11: the rules as the law says (target group and age, birth dates, no event before the
 * client's birth or long before the case opened), and one clock, Latvia's, at the day's edges.
 */

const FOLLOW_UP = `mutation DatesFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id beforeCaseOpened } }`;
const ASSESS = `mutation DatesAssess($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id beforeCaseOpened } }`;
const PLACE = `mutation DatesPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id beforeCaseOpened } }`;

const refusal = (res: GqlResult) => res.errors.map((e) => [e.extensions?.code, e.extensions?.field]);

function opening(personalCode: string, extra: Partial<OpenCaseInput> = {}, client: Partial<ClientInput> = {}): VariablesOf<typeof OPEN_CASE> {
  return { input: { client: { personalCode, givenName: 'Ilze', familyName: 'Ozola', gender: 'FEMALE', declaredMunicipalityCode: 'RIGA', ...client },
    targetGroup: 'CHILD_WITHOUT_PARENTAL_CARE', intakeType: 'VOLUNTARY', ...extra } };
}

describe('the rules as the law says', () => {
  let hub: TestHub;
  let sd: string;

  beforeAll(async () => {
    hub = await startHub();
    sd = await hub.token('SD-RIGA');
  });
  afterAll(async () => { await hub.close(); });

  it.each([
    ['an 80-year-old as a child', opening(oldFormCode('1946-05-01')), 'input.targetGroup'],
    ['a 5-year-old as an adult', opening(oldFormCode('2021-05-01'), { targetGroup: 'ADULT_WITH_MENTAL_DISORDER' }), 'input.targetGroup'],
    ['a 17-year-old as an adult', opening(oldFormCode(addDays(TODAY, -(17 * 365 + 100))), { targetGroup: 'ADULT_WITH_MENTAL_DISORDER' }), 'input.targetGroup'],
    ['a case opened on 1900-01-01', opening(oldFormCode('2015-03-14'), { openedOn: '1900-01-01' }), 'input.openedOn'],
    ['a case opened before the birth', opening(oldFormCode('2015-03-14'), { openedOn: '2015-03-13' }), 'input.openedOn'],
    ['a new-form code without a birth date', opening(newFormCode()), 'input.client.birthDate'],
    ['a birth date that the code contradicts', opening(oldFormCode('2015-03-14'), {}, { birthDate: '2015-03-15' }), 'input.client.birthDate'],
  ])('refuses %s, naming the field, and writes nothing', async (_name, variables, field) => {
    const [{ n: before }] = await hub.db.query('SELECT count(*)::int AS n FROM care_case');
    const res = await hub.gql(sd, OPEN_CASE, variables);
    expect(refusal(res)).toEqual([['BAD_USER_INPUT', field]]);
    expect((await hub.db.query('SELECT count(*)::int AS n FROM care_case'))[0].n).toBe(before);
  });

  it.each([
    ['a child of 17', opening(oldFormCode(addDays(TODAY, -(17 * 365 + 100))))],
    ['an adult of 18 today', opening(oldFormCode(addDays(TODAY, -(18 * 365 + 5))), { targetGroup: 'ADULT_WITH_MENTAL_DISORDER' })],
    ['a new-form code with its birth date', opening(newFormCode(), {}, { birthDate: '2016-06-06' })],
    ['a case opened on the day of the birth', opening(oldFormCode(addDays(TODAY, -3)), { openedOn: addDays(TODAY, -3) })],
  ])('accepts %s', async (_name, variables) => {
    expect((await hub.gql(sd, OPEN_CASE, variables)).errors).toEqual([]);
  });

  it("refuses an orphan court in an adult's case, to involve or to refer, naming the role", async () => {
    const adult = await openCase(hub, 'RIGA', { targetGroup: 'ADULT_WITH_MENTAL_DISORDER',
      client: { personalCode: oldFormCode('1980-04-04'), givenName: 'Pēteris', familyName: 'Kalns', gender: 'MALE', declaredMunicipalityCode: 'RIGA' } });
    const manager = await hub.token('SD-RIGA', UserRole.MANAGER);
    const involved = await hub.gql(manager, 'mutation($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }',
      { input: { caseId: adult.id, agencyCode: 'BT-RIGA', role: 'ORPHAN_COURT', legalBasis: 'x' } });
    expect(refusal(involved)).toEqual([['BAD_USER_INPUT', 'input.role']]);
    const referred = await hub.gql(manager, 'mutation($input: ReferInput!) { refer(input: $input) { id } }',
      { input: { caseId: adult.id, agencyCode: 'BT-RIGA', role: 'ORPHAN_COURT', reason: 'x' } });
    expect(refusal(referred)).toEqual([['BAD_USER_INPUT', 'input.role']]);
  });

  describe('events in a case', () => {
    let caseId: string;
    const openedOn = addDays(TODAY, -10);

    beforeAll(async () => {
      caseId = (await openCase(hub, 'RIGA', { openedOn })).id;
      await involve(hub, caseId, 'BT-RIGA', 'ORPHAN_COURT');
    });

    it.each([
      ['a follow-up in 1990', FOLLOW_UP, () => ({ caseId, kind: 'HOME_VISIT', occurredOn: '1990-06-01', summary: 'x' }), 'input.occurredOn'],
      ['a follow-up 41 days before the opening', FOLLOW_UP, () => ({ caseId, kind: 'HOME_VISIT', occurredOn: addDays(openedOn, -31), summary: 'x' }),
        'input.occurredOn'],
      ['an assessment before the birth', ASSESS, () => ({ caseId, type: 'INITIAL', assessedOn: '2015-03-01' }), 'input.assessedOn'],
      ['a placement 2 months before the opening', PLACE, () => ({ caseId, type: 'INSTITUTION', providerAgencyCode: 'BSAC-RIGA',
        startsOn: addDays(openedOn, -60) }), 'input.startsOn'],
    ])('refuses %s, naming the field', async (_name, document, input, field) => {
      const token = document === PLACE ? await hub.token('BT-RIGA') : sd;
      expect(refusal(await hub.gql(token, document, { input: input() }))).toEqual([['BAD_USER_INPUT', field]]);
    });

    it('accepts an event within 30 days before the opening, flagged, and one after it, not flagged', async () => {
      const before = await hub.gql<{ addFollowUp: { beforeCaseOpened: boolean } }>(sd, FOLLOW_UP,
        { input: { caseId, kind: 'HOME_VISIT', occurredOn: addDays(openedOn, -30), summary: 'the visit that led to the case' } });
      expect(before.errors).toEqual([]);
      expect(before.data?.addFollowUp.beforeCaseOpened).toBe(true);
      const after = await hub.gql<{ addFollowUp: { beforeCaseOpened: boolean } }>(sd, FOLLOW_UP,
        { input: { caseId, kind: 'HOME_VISIT', occurredOn: openedOn, summary: 'first visit' } });
      expect(after.data?.addFollowUp.beforeCaseOpened).toBe(false);
      const assessed = await hub.gql<{ recordAssessment: { beforeCaseOpened: boolean } }>(sd, ASSESS,
        { input: { caseId, type: 'INITIAL', assessedOn: addDays(openedOn, -5) } });
      expect(assessed.data?.recordAssessment.beforeCaseOpened).toBe(true);
      const placed = await hub.gql<{ recordPlacement: { beforeCaseOpened: boolean } }>(await hub.token('BT-RIGA'), PLACE,
        { input: { caseId, type: 'INSTITUTION', providerAgencyCode: 'BSAC-RIGA', startsOn: addDays(openedOn, -20) } });
      expect(placed.errors).toEqual([]);
      expect(placed.data?.recordPlacement.beforeCaseOpened).toBe(true);
    });
  });
});

describe("one clock: Latvia's date at the day's edges", () => {
  let hub: TestHub;
  afterAll(async () => { useClock(null); await hub.close(); });
  beforeAll(async () => { hub = await startHub(); });

  it.each([
    ['summer, 00:30 local (21:30 UTC the day before)', '2026-07-15T21:30:00Z', '2026-07-16'],
    ['summer, 23:30 local', '2026-07-16T20:30:00Z', '2026-07-16'],
    ['winter, 00:30 local (22:30 UTC the day before)', '2026-01-15T22:30:00Z', '2026-01-16'],
    ['winter, 23:30 local', '2026-01-16T21:30:00Z', '2026-01-16'],
  ])('%s: a case opened today is accepted, tomorrow refused', async (_name, instant, localToday) => {
    useClock(() => new Date(instant));
    expect(today()).toBe(localToday);
    const sd = await hub.token('SD-RIGA', UserRole.CASE_WORKER);
    const ok = await hub.gql(sd, OPEN_CASE, opening(oldFormCode('2015-03-14'), { openedOn: localToday }));
    expect(ok.errors).toEqual([]);
    const tomorrow = await hub.gql(sd, OPEN_CASE, opening(oldFormCode('2015-03-14'), { openedOn: addDays(localToday, 1) }));
    expect(refusal(tomorrow)).toEqual([['BAD_USER_INPUT', 'input.openedOn']]);
    // with no date given, the case opens on Latvia's today
    const unspecified = await hub.gql(sd, OPEN_CASE, opening(oldFormCode('2015-03-14')));
    const [{ openedOn }] = await hub.db.query('SELECT opened_on::text AS "openedOn" FROM care_case WHERE id = $1', [unspecified.data?.openCase.id]);
    expect(openedOn).toBe(localToday);
    // and due items are judged by it when no day is asked for
    const due = await hub.gql<{ dueItems: { edges: unknown[] } }>(sd, '{ dueItems(first: 1) { edges { node { dueOn } } } }');
    expect(due.errors).toEqual([]);
    useClock(null);
  });
});

describe('the demo data passes every rule', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub();
    await seedDemoData(hub.databaseUrl, { cases: 300, seed: 5 });
  }, 120_000);
  afterAll(async () => { await hub.close(); });

  it('has every client with a birth date, every case for the age of its target group on the day it opened', async () => {
    const broken = await hub.db.query(
      `SELECT c.id, c.target_group, cl.birth_date, c.opened_on FROM care_case c JOIN client cl ON cl.id = c.client_id
        WHERE cl.birth_date IS NULL OR c.opened_on < cl.birth_date
           OR (c.target_group = 'ADULT_WITH_MENTAL_DISORDER') <> (age(c.opened_on, cl.birth_date) >= interval '18 years')
           OR c.closed_on < c.opened_on`);
    expect(broken).toEqual([]);
  });

  it('dates no event before the birth or more than 30 days before its case opened, and flags those before the opening', async () => {
    const broken = await hub.db.query(`
      WITH events AS (
        SELECT 'follow_up' AS kind, f.case_id, f.occurred_on AS day, f.before_case_opened AS flagged FROM follow_up f
        UNION ALL SELECT 'assessment', a.case_id, a.assessed_on, a.before_case_opened FROM assessment a
        UNION ALL SELECT 'placement', p.case_id, p.starts_on, p.before_case_opened FROM placement p)
      SELECT e.kind, e.case_id, e.day, c.opened_on, cl.birth_date FROM events e JOIN care_case c ON c.id = e.case_id
        JOIN client cl ON cl.id = c.client_id
       WHERE e.day < cl.birth_date OR e.day < c.opened_on - 30 OR e.flagged <> (e.day < c.opened_on)`);
    expect(broken).toEqual([]);
  });
});
