import { addDays, addMonths } from '../../src/kernel/dates';
import { UserRole } from '../../src/kernel/principal';
import { involve, oldFormCode, openCase, OpenedCase, TODAY } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';
import { graphql } from '../graphql';

const PLACE = graphql(`mutation CarePathPlace($input: RecordPlacementInput!) {
  recordPlacement(input: $input) { id type capacityException }
}`);
const DECIDE = graphql(`mutation CarePathDecide($input: RecordPermanencyPlanInput!) {
  recordPermanencyPlan(input: $input) {
    id version goal targetDate decidedOn decisionRef reviewedWithPlanVersion decidingAgency { code } decidedByUserId
  }
}`);
const PERMANENCY = graphql(`query CarePathPermanency($id: ID!) { case(id: $id) { permanencyPlans { version goal targetDate } } }`);
const EXIT = graphql(`mutation CarePathExit($input: RecordExitFromCareInput!) {
  recordExitFromCare(input: $input) { id endsOn exitDestination }
}`);
const DUE = graphql(`query CarePathDue($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind dueOn } } }`);
const APPLY = graphql(`mutation CarePathApply($input: ApplyForLongTermCareInput!) {
  applyForLongTermCare(input: $input) { id status version service appliedOn }
}`);
const OFFER = graphql(`mutation CarePathOffer($input: OfferPlaceInput!) {
  offerPlace(input: $input) { id status version offeredOn offeredProvider { code } }
}`);
const ADMIT = graphql(`mutation CarePathAdmit($input: AdmitFromWaitingListInput!) {
  admitFromWaitingList(input: $input) { id status version admittedOn assessmentId servicesTried whyNotEnough }
}`);
const REMOVE = graphql(`mutation CarePathRemove($input: RemoveFromWaitingListInput!) {
  removeFromWaitingList(input: $input) { id status version removedOn removalReason }
}`);
const APPLICATIONS = graphql(`query CarePathApplications($id: ID!) { case(id: $id) { careApplications { id status version } } }`);

const refusal = (res: GqlResult) => [res.errors[0]?.extensions?.code, res.errors[0]?.extensions?.field];

/**
 * Through care and out of it (issue 20): the orphan court's permanency plan and its due item, exits from
 * care, the waiting list for long-term care and admission to a state social care centre, the
 * reassessment after a move from an institution, and the size limits of children's homes.
 */
describe('the care path', () => {
  let hub: TestHub;
  let court: string;
  let manager: string;

  beforeAll(async () => {
    hub = await startHub();
    court = await hub.token('BT-RIGA', UserRole.SPECIALIST, { userId: 'bt-riga-judge-9' });
    manager = await hub.token('SD-RIGA', UserRole.MANAGER);
  });
  afterAll(async () => { await hub.close(); });

  /** A child of `years` in Rīga, with the orphan court involved; in an institution from `since` when given. */
  async function child(years = 11, since: string | null = addMonths(TODAY, -5)): Promise<{ c: OpenedCase; placementId: string | null }> {
    const born = addDays(addMonths(TODAY, -12 * years), -40);
    const c = await openCase(hub, 'RIGA', { client: { personalCode: oldFormCode(born), givenName: 'Bērns', familyName: 'Ceļš',
      gender: 'FEMALE', declaredMunicipalityCode: 'RIGA' } });
    await involve(hub, c.id, 'BT-RIGA', 'ORPHAN_COURT');
    if (!since) return { c, placementId: null };
    const placed = await hub.gql(court, PLACE, { input: { caseId: c.id, type: 'INSTITUTION', providerAgencyCode: 'BSAC-RIGA',
      startsOn: since, courtDecisionRef: 'BT-RIGA 2026/100' } });
    expect(placed.errors).toEqual([]);
    return { c, placementId: placed.data?.recordPlacement.id as string };
  }
  const writes = async (caseId: string) => (await hub.db.query(
    `SELECT count(*)::int AS n FROM audit_log WHERE kind = 'WRITE' AND case_id = $1`, [caseId]))[0].n as number;

  describe('the permanency plan', () => {
    it('is decided by the orphan court, kept as history with every review, and refused to others', async () => {
      const { c } = await child();
      const target = addMonths(TODAY, 6);
      const first = await hub.gql(court, DECIDE, { input: { caseId: c.id, goal: 'RETURN_TO_BIRTH_FAMILY', targetDate: target,
        decidedOn: TODAY, decisionRef: 'BT-RIGA lēmums 2026/101' } });
      expect(first.errors).toEqual([]);
      expect(first.data?.recordPermanencyPlan).toMatchObject({ version: 1, goal: 'RETURN_TO_BIRTH_FAMILY', targetDate: target,
        decidingAgency: { code: 'BT-RIGA' }, decidedByUserId: 'bt-riga-judge-9', reviewedWithPlanVersion: null });
      expect(await hub.db.query(`SELECT operation, categories FROM audit_log WHERE kind = 'WRITE' AND case_id = $1 AND entity = 'PermanencyPlan'`,
        [c.id])).toEqual([{ operation: 'recordPermanencyPlan', categories: ['PLACEMENT'] }]);

      // reviewed with the support plan's review: the next version, naming the plan in force; the first stays in the history
      await hub.db.query(
        `INSERT INTO support_plan (case_id, version, status, valid_from, review_due_on, author_agency_id, author_user_id, activated_at)
         SELECT $1, 3, 'ACTIVE', $2::date, $2::date + 300, id, 'setup', now() FROM agency WHERE code = 'SD-RIGA'`, [c.id, TODAY]);
      const stale = await hub.gql(court, DECIDE, { input: { caseId: c.id, goal: 'KINSHIP_CARE', targetDate: target, decidedOn: TODAY,
        decisionRef: 'BT-RIGA 2026/102', expectedVersion: 0 } });
      expect(refusal(stale)[0]).toBe('CONFLICT');
      const review = await hub.gql(court, DECIDE, { input: { caseId: c.id, goal: 'KINSHIP_CARE', targetDate: addMonths(TODAY, 4),
        decidedOn: TODAY, decisionRef: 'BT-RIGA 2026/103', expectedVersion: 1 } });
      expect(review.data?.recordPermanencyPlan).toMatchObject({ version: 2, goal: 'KINSHIP_CARE', reviewedWithPlanVersion: 3 });
      expect((await hub.gql(manager, PERMANENCY, { id: c.id })).data?.case?.permanencyPlans).toEqual([
        { version: 2, goal: 'KINSHIP_CARE', targetDate: addMonths(TODAY, 4) }, { version: 1, goal: 'RETURN_TO_BIRTH_FAMILY', targetDate: target }]);

      // the case manager reads it (R) but does not decide it; nor does a support centre
      await involve(hub, c.id, 'AC-RIGA-1', 'SUPPORT_CENTRE');
      const before = await writes(c.id);
      for (const token of [manager, await hub.token('AC-RIGA-1')]) {
        const res = await hub.gql(token, DECIDE, { input: { caseId: c.id, goal: 'ADOPTION', targetDate: target, decidedOn: TODAY, decisionRef: 'X' } });
        expect(refusal(res)[0]).toBe('FORBIDDEN');
      }
      expect(await writes(c.id)).toBe(before);
    });

    it('is readable by exactly the roles ACCESS.md gives PLACEMENT', async () => {
      const { c } = await child();
      await hub.gql(court, DECIDE, { input: { caseId: c.id, goal: 'GUARDIANSHIP', targetDate: addMonths(TODAY, 3), decidedOn: TODAY,
        decisionRef: 'BT-RIGA 2026/104' } });
      const roles: [string, 'SUPPORT_CENTRE' | 'CURRENT_PROVIDER' | 'ASSESSMENT_TEAM' | 'PREVIOUS_PROVIDER'][] = [
        ['AC-RIGA-1', 'SUPPORT_CENTRE'], ['BSAC-RIGA', 'CURRENT_PROVIDER'], ['AT-RIGA-1', 'ASSESSMENT_TEAM'], ['SP-RIGA-DAY-CENTRE', 'PREVIOUS_PROVIDER']];
      for (const [agency, role] of roles) await involve(hub, c.id, agency, role);
      const read = async (agency: string) => hub.gql(await hub.token(agency), PERMANENCY, { id: c.id });
      for (const agency of ['SD-RIGA', 'BT-RIGA', 'AC-RIGA-1', 'BSAC-RIGA', 'AT-RIGA-1']) {
        const res = await read(agency);
        expect([agency, res.errors]).toEqual([agency, []]);
        expect(res.data?.case?.permanencyPlans).toEqual([{ version: 1, goal: 'GUARDIANSHIP', targetDate: addMonths(TODAY, 3) }]);
      }
      // PREVIOUS_PROVIDER: — on PLACEMENT
      const previous = await read('SP-RIGA-DAY-CENTRE');
      expect(previous.data?.case?.permanencyPlans).toBeNull();
      expect(previous.errors.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([['FORBIDDEN', 'case.permanencyPlans']]);
    });

    it('is for a child in out-of-family care only', async () => {
      const { c } = await child(11, null);
      const res = await hub.gql(court, DECIDE, { input: { caseId: c.id, goal: 'ADOPTION', targetDate: addMonths(TODAY, 3), decidedOn: TODAY,
        decisionRef: 'BT-RIGA 2026/105' } });
      expect(refusal(res)).toEqual(['BAD_USER_INPUT', 'input.caseId']);
      expect(res.errors[0].message).toContain('out-of-family care');
      const { c: placed } = await child();
      const back = await hub.gql(court, DECIDE, { input: { caseId: placed.id, goal: 'ADOPTION', targetDate: addDays(TODAY, -1),
        decidedOn: TODAY, decisionRef: 'BT-RIGA 2026/106' } });
      expect(refusal(back)).toEqual(['BAD_USER_INPUT', 'input.targetDate']);
    });

    it('is a due item of the court and the case manager once its target date has passed, until the child leaves care', async () => {
      const { c, placementId } = await child(11, addMonths(TODAY, -8));
      const target = addDays(TODAY, -10);
      await hub.gql(court, DECIDE, { input: { caseId: c.id, goal: 'RETURN_TO_BIRTH_FAMILY', targetDate: target,
        decidedOn: addMonths(TODAY, -6), decisionRef: 'BT-RIGA 2026/107' } });
      const items = async (token: string, asOf?: string) => ((await hub.gql(token, DUE, { id: c.id, asOf })).data?.case?.dueItems ?? [])
        .filter((i) => i.kind === 'PERMANENCY_TARGET');
      expect(await items(court)).toEqual([{ kind: 'PERMANENCY_TARGET', dueOn: target }]);
      expect(await items(manager)).toEqual([{ kind: 'PERMANENCY_TARGET', dueOn: target }]);
      // not before it has passed
      expect(await items(court, target)).toEqual([]);

      // the child leaves care: the exit, with its destination, ends the placement and the item
      const exit = await hub.gql(court, EXIT, { input: { caseId: c.id, placementId: placementId as string, exitedOn: TODAY,
        destination: 'RETURNED_HOME' } });
      expect(exit.errors).toEqual([]);
      expect(exit.data?.recordExitFromCare).toEqual({ id: placementId, endsOn: TODAY, exitDestination: 'RETURNED_HOME' });
      expect(await items(court)).toEqual([]);
      expect(await items(court, addDays(TODAY, -1))).toEqual([{ kind: 'PERMANENCY_TARGET', dueOn: target }]);
    });
  });

  describe('exits from care', () => {
    it('records the destination on the placement, once, by the orphan court, and refuses what cannot be', async () => {
      const { c, placementId } = await child(11);
      const input = { caseId: c.id, placementId: placementId as string, exitedOn: TODAY, destination: 'ADOPTED' as const };
      expect(refusal(await hub.gql(manager, EXIT, { input }))[0]).toBe('FORBIDDEN');
      const adult = await hub.gql(court, EXIT, { input: { ...input, destination: 'REACHED_ADULTHOOD' } });
      expect(refusal(adult)).toEqual(['BAD_USER_INPUT', 'input.destination']);
      const early = await hub.gql(court, EXIT, { input: { ...input, exitedOn: addMonths(TODAY, -6) } });
      expect(refusal(early)).toEqual(['BAD_USER_INPUT', 'input.exitedOn']);
      const before = await writes(c.id);
      const done = await hub.gql(court, EXIT, { input });
      expect(done.data?.recordExitFromCare).toEqual({ id: placementId, endsOn: TODAY, exitDestination: 'ADOPTED' });
      expect(await writes(c.id)).toBe(before + 1);
      const again = await hub.gql(court, EXIT, { input: { ...input, destination: 'GUARDIANSHIP' } });
      expect(refusal(again)).toEqual(['BAD_USER_INPUT', 'input.placementId']);
    });
  });

  describe('the waiting list for long-term care', () => {
    /** An adult's case in Rīga with assessments of the given dates (SQL set-up). */
    async function adult(assessedOn: string[]): Promise<{ c: OpenedCase; assessments: string[] }> {
      const c = await openCase(hub, 'RIGA', { client: { personalCode: oldFormCode('1970-04-04'), givenName: 'Pieaugušais', familyName: 'Rinda',
        gender: 'MALE', declaredMunicipalityCode: 'RIGA' }, targetGroup: 'ADULT_WITH_MENTAL_DISORDER' });
      const assessments: string[] = [];
      for (const day of assessedOn) {
        const [row] = await hub.db.query(`INSERT INTO assessment (case_id, type, assessed_on, author_agency_id, author_user_id, care_level)
          SELECT $1, 'CARE_LEVEL', $2, id, 'setup', 3 FROM agency WHERE code = 'SD-RIGA' RETURNING id`, [c.id, day]);
        assessments.push(row.id);
      }
      return { c, assessments };
    }

    it('takes an application, offers a place of the provider register, and admits to a state social care centre only with a recent assessment and the pre-admission summary', async () => {
      const { c, assessments: [old, recent] } = await adult([addMonths(TODAY, -13), addMonths(TODAY, -2)]);
      const applied = await hub.gql(manager, APPLY, { input: { caseId: c.id, service: 'STATE_SOCIAL_CARE_CENTRE', appliedOn: addMonths(TODAY, -1) } });
      expect(applied.data?.applyForLongTermCare).toMatchObject({ status: 'WAITING', version: 1 });
      const id = applied.data?.applyForLongTermCare.id as string;
      const twice = await hub.gql(manager, APPLY, { input: { caseId: c.id, service: 'STATE_SOCIAL_CARE_CENTRE', appliedOn: TODAY } });
      expect(refusal(twice)).toEqual(['BAD_USER_INPUT', 'input.service']);
      // only the case manager keeps the list (the assessment team's OWN on PLAN does not reach it)
      await involve(hub, c.id, 'AT-RIGA-1', 'ASSESSMENT_TEAM');
      expect(refusal(await hub.gql(await hub.token('AT-RIGA-1'), APPLY,
        { input: { caseId: c.id, service: 'GROUP_HOME_WITH_CARE', appliedOn: TODAY } }))[0]).toBe('FORBIDDEN');

      const step = { caseId: c.id, applicationId: id };
      const noPlace = await hub.gql(manager, OFFER, { input: { ...step, expectedVersion: 1, providerAgencyCode: 'SP-RIGA-DAY-CENTRE', offeredOn: TODAY } });
      expect(refusal(noPlace)).toEqual(['BAD_USER_INPUT', 'input.providerAgencyCode']);
      const offered = await hub.gql(manager, OFFER, { input: { ...step, expectedVersion: 1, providerAgencyCode: 'VSAC-RIGA', offeredOn: TODAY } });
      expect(offered.data?.offerPlace).toMatchObject({ status: 'PLACE_OFFERED', version: 2, offeredProvider: { code: 'VSAC-RIGA' } });

      const summary = { servicesTried: ['DAY_CARE_CENTRE' as const, 'HOME_CARE' as const], whyNotEnough: 'needs care around the clock' };
      const admit = { ...step, expectedVersion: 2, admittedOn: TODAY };
      const before = await writes(c.id);
      const refusals = await Promise.all([
        hub.gql(manager, ADMIT, { input: { ...admit, ...summary, assessmentId: 'not-an-assessment' } }),
        hub.gql(manager, ADMIT, { input: { ...admit, ...summary, assessmentId: old } }),
        hub.gql(manager, ADMIT, { input: { ...admit, assessmentId: recent, whyNotEnough: summary.whyNotEnough } }),
        hub.gql(manager, ADMIT, { input: { ...admit, assessmentId: recent, servicesTried: summary.servicesTried } }),
      ]);
      expect(refusals.map(refusal)).toEqual([['BAD_USER_INPUT', 'input.assessmentId'], ['BAD_USER_INPUT', 'input.assessmentId'],
        ['BAD_USER_INPUT', 'input.servicesTried'], ['BAD_USER_INPUT', 'input.whyNotEnough']]);
      expect(refusals[1].errors[0].message).toContain('last 12 months');
      expect(await writes(c.id)).toBe(before);
      expect((await hub.gql(manager, APPLICATIONS, { id: c.id })).data?.case?.careApplications).toEqual([{ id, status: 'PLACE_OFFERED', version: 2 }]);

      const admitted = await hub.gql(manager, ADMIT, { input: { ...admit, ...summary, assessmentId: recent } });
      expect(admitted.errors).toEqual([]);
      expect(admitted.data?.admitFromWaitingList).toEqual({ id, status: 'ADMITTED', version: 3, admittedOn: TODAY, assessmentId: recent,
        ...summary });
    });

    it('admits to a community service on the mandatory assessment alone, and removes with a reason', async () => {
      const { c, assessments: [old] } = await adult([addMonths(TODAY, -20)]);
      const home = await hub.gql(manager, APPLY, { input: { caseId: c.id, service: 'GROUP_HOME_WITH_CARE', appliedOn: TODAY } });
      const homeId = home.data?.applyForLongTermCare.id as string;
      await hub.gql(manager, OFFER, { input: { caseId: c.id, applicationId: homeId, expectedVersion: 1, providerAgencyCode: 'SP-RIGA-GROUP-HOME', offeredOn: TODAY } });
      const admitted = await hub.gql(manager, ADMIT, { input: { caseId: c.id, applicationId: homeId, expectedVersion: 2, admittedOn: TODAY, assessmentId: old } });
      expect(admitted.data?.admitFromWaitingList.status).toBe('ADMITTED');

      const vsac = await hub.gql(manager, APPLY, { input: { caseId: c.id, service: 'STATE_SOCIAL_CARE_CENTRE', appliedOn: TODAY } });
      const vsacId = vsac.data?.applyForLongTermCare.id as string;
      const removed = await hub.gql(manager, REMOVE, { input: { caseId: c.id, applicationId: vsacId, expectedVersion: 1, removedOn: TODAY,
        reason: 'SERVED_ELSEWHERE' } });
      expect(removed.data?.removeFromWaitingList).toMatchObject({ status: 'REMOVED', version: 2, removedOn: TODAY, removalReason: 'SERVED_ELSEWHERE' });
      const late = await hub.gql(manager, OFFER, { input: { caseId: c.id, applicationId: vsacId, expectedVersion: 2, providerAgencyCode: 'VSAC-RIGA', offeredOn: TODAY } });
      expect(refusal(late)).toEqual(['BAD_USER_INPUT', 'input.applicationId']);
    });
  });

  describe('the reassessment after a move from an institution', () => {
    it('is due 3 months after the move until an assessment is recorded', async () => {
      const { c } = await child(9, addMonths(TODAY, -6));
      const moved = addDays(TODAY, -20);
      const placed = await hub.gql(court, PLACE, { input: { caseId: c.id, type: 'GUARDIAN', carerName: 'Aizbildne Ozola', startsOn: moved,
        courtDecisionRef: 'BT-RIGA 2026/120' } });
      expect(placed.errors).toEqual([]);
      const due = addMonths(moved, 3);
      const items = async (asOf: string) => ((await hub.gql(manager, DUE, { id: c.id, asOf })).data?.case?.dueItems ?? [])
        .filter((i) => i.kind === 'REASSESSMENT_AFTER_MOVE');
      expect(await items(addDays(due, -31))).toEqual([]);
      expect(await items(addDays(due, -30))).toEqual([{ kind: 'REASSESSMENT_AFTER_MOVE', dueOn: due }]);
      expect(await items(addDays(due, 5))).toEqual([{ kind: 'REASSESSMENT_AFTER_MOVE', dueOn: due }]);
      const assessed = await hub.gql(manager, graphql(`mutation CarePathAssess($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`),
        { input: { caseId: c.id, type: 'REASSESSMENT', assessedOn: TODAY, needsSummary: 'settling in with the guardian' } });
      expect(assessed.errors).toEqual([]);
      expect(await items(addDays(due, 5))).toEqual([]);
    });
  });

  describe("the size limits of children's homes", () => {
    /** `n` children already placed with a provider's home of `type`, aged `age` (SQL set-up). */
    async function fill(provider: string, type: string, n: number, age: number): Promise<void> {
      await hub.db.query(
        `WITH made AS (SELECT gen_random_uuid() AS case_id, gen_random_uuid() AS client_id, g FROM generate_series(1, $3::int) g),
         cl AS (INSERT INTO client (id, personal_code, given_name, family_name, birth_date, gender, declared_municipality_code)
                SELECT client_id, '32' || lpad((g + $5::int)::text, 4, '0') || '-' || lpad(g::text, 5, '0'), 'X', 'Y', $4::date, 'FEMALE', 'RIGA' FROM made),
         cc AS (INSERT INTO care_case (id, client_id, target_group, intake_type, status, opened_on, responsible_municipality_code)
                SELECT case_id, client_id, 'CHILD_WITHOUT_PARENTAL_CARE', 'VOLUNTARY', 'IMPLEMENTATION', '2025-01-01', 'RIGA' FROM made),
         inv AS (INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id)
                SELECT case_id, a.id, 'CASE_MANAGER', 'x', 'u' FROM made, agency a WHERE a.code = 'SD-RIGA')
         INSERT INTO placement (case_id, type, provider_agency_id, starts_on)
         SELECT case_id, $2, a.id, '2025-06-01' FROM made, agency a WHERE a.code = $1`,
        [provider, type, n, addDays(addMonths(TODAY, -12 * age), -40), Math.floor(Math.random() * 5000) + 1000]);
    }
    const home = (c: OpenedCase, extra: Record<string, unknown>) => hub.gql(court, PLACE, { input: { caseId: c.id, type: 'FAMILY_LIKE_CARE_HOME',
      providerAgencyCode: 'SP-ZEMGALE-FAMILY-HOME', startsOn: TODAY, courtDecisionRef: 'BT-RIGA 2026/130', ...extra } });

    it('refuses a ninth child in a family-like care home unless siblings are placed together with the reason recorded', async () => {
      await fill('SP-ZEMGALE-FAMILY-HOME', 'FAMILY_LIKE_CARE_HOME', 8, 9);
      const { c } = await child(8, null);
      const full = await home(c, {});
      expect(refusal(full)).toEqual(['BAD_USER_INPUT', 'input.capacityExceptionReason']);
      expect(full.errors[0].message).toContain('at most 8 children');
      expect(refusal(await home(c, { siblingGroup: true }))).toEqual(['BAD_USER_INPUT', 'input.capacityExceptionReason']);
      expect(await hub.db.query('SELECT count(*)::int AS n FROM placement WHERE case_id = $1', [c.id])).toEqual([{ n: 0 }]);
      const siblings = await home(c, { siblingGroup: true, capacityExceptionReason: 'joins her brother placed here; siblings are not separated' });
      expect(siblings.errors).toEqual([]);
      expect(siblings.data?.recordPlacement).toMatchObject({ type: 'FAMILY_LIKE_CARE_HOME',
        capacityException: 'joins her brother placed here; siblings are not separated' });
      // counted per home: it needs its provider
      const { c: other } = await child(8, null);
      expect(refusal(await home(other, { providerAgencyCode: null, carerName: 'Mājas vadītāja' })))
        .toEqual(['BAD_USER_INPUT', 'input.providerAgencyCode']);
    });

    it('keeps a social correction home to 8 per age group, with no exception, and to its age groups', async () => {
      await fill('BSAC-RIGA', 'SOCIAL_CORRECTION_HOME', 8, 12);
      const place = (c: OpenedCase, extra: Record<string, unknown> = {}) => hub.gql(court, PLACE, { input: { caseId: c.id,
        type: 'SOCIAL_CORRECTION_HOME', providerAgencyCode: 'BSAC-RIGA', startsOn: TODAY, courtDecisionRef: 'BT-RIGA 2026/140', ...extra } });
      const { c: young } = await child(10, null);
      const tooYoung = await place(young);
      expect(refusal(tooYoung)).toEqual(['BAD_USER_INPUT', 'input.type']);
      expect(tooYoung.errors[0].message).toContain('11–13, 14–16, 17–18');
      const { c: twelve } = await child(12, null);
      const fullGroup = await place(twelve, { siblingGroup: true, capacityExceptionReason: 'siblings' });
      expect(refusal(fullGroup)).toEqual(['BAD_USER_INPUT', 'input.type']);
      expect(fullGroup.errors[0].message).toContain('at most 8 children of the age group 11–13');
      const { c: fifteen } = await child(15, null);
      expect((await place(fifteen)).errors).toEqual([]);
    });
  });
});
