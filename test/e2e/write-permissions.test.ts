import { randomUUID } from 'node:crypto';
import { Category } from '../../src/kernel/categories';
import { addMonths } from '../../src/kernel/dates';
import { actsAs, decide, deniedWrite, mayWriteAs } from '../../src/access/decide';
import { MutationArgs, MUTATIONS } from '../../src/access/policy';
import { InvolvementRole, UserRole } from '../../src/kernel/principal';
import { newFormCode, oldFormCode, TODAY, completePlan } from '../support/fixtures';
import { GqlResult, startHub, TestHub } from '../support/hub';

/**
 * Who may write what, written out again by hand from ACCESS.md (the matrix, "Involvement" and the
 * user roles of the Principal), not read from the policy table: a mistake in the table fails here.
 *
 *   ok   allowed to any case-handling user of the agency (MANAGER, CASE_WORKER, SPECIALIST)
 *   mgr  allowed to its MANAGER only ("manages involvements their agency grants"); others FORBIDDEN
 *   -    FORBIDDEN
 *   nf   NOT_FOUND: the row is filed under a category the role may not read, so it does not exist for it
 *
 * An ANALYST (aggregates only) is refused every write, whatever its agency's role in the case.
 */
const PUBLISHED = `
write                           CASE_MANAGER ORPHAN_COURT SUPPORT_CENTRE CURRENT_PROVIDER PREVIOUS_PROVIDER ASSESSMENT_TEAM
addInvolvement                  mgr - - - - -
refer                           mgr - - - - -
endInvolvement                  mgr - - - - -
recordTransition                mgr - - - - -
recordTransition/childPlacement -   - - - - -
recordTransition/adultPlacement mgr - - - - -
transferCase                    ok  - - - - -
transitionCase                  ok  - - - - -
requestClosure                  ok  - - - - -
approveClosure                  mgr - - - - -
returnClosure                   mgr - - - - -
recordAssessment                ok  - - - - ok
recordAssessment/health         ok  - - - - ok
saveSupportPlan/draft           ok  - - - - ok
saveSupportPlan/active          ok  - - - - -
addFollowUp                     ok  - ok ok ok -
addFollowUp/health              ok  - - - - ok
addFollowUp/family              ok  - - - - -
updateFollowUp/own              ok  - ok ok ok -
updateFollowUp/others           ok  - - - - -
updateFollowUp/othersHealth     ok  nf nf - nf ok
recordPlacement/child           -   ok - - - -
recordPlacement/adult           ok  ok - - - -
assignMentor                    ok  - - - - -
endMentorAssignment             ok  - - - - -
recordStayLimitException        -   ok - - - -
restrictAccessReport            -   ok - - - -
assignCaseWorker                mgr - - - - -
approvePlan                     ok  - - - - -
returnPlan                      ok  - - - - -
recordPermanencyPlan            -   ok - - - -
recordExitFromCare              -   ok - - - -
applyForLongTermCare            ok  - - - - -
offerPlace                      ok  - - - - -
admitFromWaitingList            ok  - - - - -
removeFromWaitingList           ok  - - - - -
saveSupportPlan/draftHealth     ok  - - - - ok
saveSupportPlan/draftFamily     ok  - - - - -
recordPlanSections              ok  - - - - -
recordPlanSections/health       ok  - - - - ok
recordPlanSections/family       ok  - - - - -
recordPlanSections/childVoice   ok  - - - - ok
recordPlanSections/placement    -   ok - - - -
recordPlanSections/adultPlacement ok ok - - - -
evaluatePlan                    ok  - - - - -
linkSiblingCases                ok  - - - - -`;

/**
 * Writes decided on the caller alone, not on a role in a case (ACCESS.md policy v2, emergency
 * access): who may ask and who reviews, tested in privacy.test.ts. An agency's own register of
 * social mentors: its MANAGER, of a social service, tested in mentors.test.ts. One's own read
 * state of one's agency's alerts: any case-handling user, tested in alerts.test.ts. Answering a
 * referral or a transfer: a MANAGER of the agency it is addressed to; withdrawing: a MANAGER of the
 * one that sent it or the user who sent it, tested in referrals.test.ts and transfer.test.ts.
 * An agency's own webhook subscriptions: its MANAGER, not with the purpose EMERGENCY, tested in
 * webhooks.test.ts.
 * A support centre's own records (its activities, its partner surveys): its case-handling users, an
 * activity linking only cases the centre reaches, tested in centre-services.test.ts.
 */
const DECIDED_ON_CALLER = ['requestEmergencyAccess', 'reviewEmergencyAccess', 'registerMentor', 'retireMentor', 'markAlertsRead',
  'acceptReferral', 'declineReferral', 'withdrawReferral', 'registerWebhook', 'addWebhookSecret', 'retireWebhookSecret', 'pauseWebhook',
  'resumeWebhook', 'requeueWebhook', 'recordCentreActivity', 'openPartnerSurvey', 'issueSurveyTokens',
  'closePartnerSurvey'];

/** Writes of a carer's data, decided on the caller's relation to the carer (CARER_MATRIX): tested in carers.test.ts (the support plan in carer-support-plan.test.ts). */
const DECIDED_ON_CARER = ['registerCarer', 'transitionCarer', 'recognizeCarerForm', 'recordCarerTraining', 'assessCarerCompetences',
  'addHouseholdMember', 'saveDevelopmentPlan', 'reviewDevelopmentPlan', 'updateCarerContact', 'saveCarerSupportPlan'];

/**
 * A child's contacts with the birth family (FAMILY, the support centre `Own`), planned in a case and
 * changed by the organiser's agency or the case manager: tested, table-driven, in birth-family.test.ts.
 */
const DECIDED_ON_CONTACT = ['planBirthFamilyContact', 'updateBirthFamilyContact'];

/** The support centre's own support plan for a placed child (PLAN, its `Own`, only as the SUPPORT_CENTRE): placed-child-plan.test.ts. */
const CENTRE_PLAN = ['savePlacedChildPlan'];

/** openCase: only the social service of the municipality the input declares (no case exists yet). */
const OPENERS = `
agency     declares  right
SD-RIGA    RIGA      ok
SD-RIGA    LIEPAJA   -
BT-RIGA    RIGA      -
AC-RIGA-1  RIGA      -
VSAC-RIGA  RIGA      -
BSAC-RIGA  RIGA      -
AT-RIGA-1  RIGA      -`;

/** The acting agency for each role; in each row's case it holds exactly that one role. */
const ACTING: Record<InvolvementRole, string> = {
  [InvolvementRole.CASE_MANAGER]: 'SD-RIGA',
  [InvolvementRole.ORPHAN_COURT]: 'BT-RIGA',
  [InvolvementRole.SUPPORT_CENTRE]: 'AC-RIGA-1',
  [InvolvementRole.CURRENT_PROVIDER]: 'VSAC-RIGA',
  [InvolvementRole.PREVIOUS_PROVIDER]: 'BSAC-RIGA',
  [InvolvementRole.ASSESSMENT_TEAM]: 'AT-RIGA-1',
};
/** Another provider serving the client, so a move has someone to move from and an involvement to end. */
const OTHER_PROVIDER = 'SP-RIGA-DAY-CENTRE';
/** The author of follow-ups "written by another agency": none of the acting agencies. */
const OTHER_AUTHOR = 'SP-RIGA-YOUTH-HOME';

type Outcome = 'OK' | 'FORBIDDEN' | 'NOT_FOUND';
const USER_ROLES = [UserRole.MANAGER, UserRole.CASE_WORKER, UserRole.SPECIALIST, UserRole.ANALYST] as const;

function outcome(cell: string, userRole: UserRole): Outcome {
  if (userRole === UserRole.ANALYST) return 'FORBIDDEN';
  if (cell === 'ok' || (cell === 'mgr' && userRole === UserRole.MANAGER)) return 'OK';
  if (cell === 'nf') return 'NOT_FOUND';
  if (cell === '-' || cell === 'mgr') return 'FORBIDDEN';
  throw new Error(`unknown cell ${cell}`);
}

function parse(table: string): string[][] {
  return table.trim().split('\n').map((line) => line.trim().split(/\s+/));
}

/** What a row's case holds, made in SQL for speed. */
interface SetUp {
  caseId: string;
  /** the OTHER_PROVIDER's CURRENT_PROVIDER involvement */
  providerInvolvementId: string;
  followUpId: string | null;
  serial: number;
  /** a mentor in SD-RIGA's register, with no clients */
  mentorId: string;
  /** a mentor of SD-RIGA assigned to the client, when the write needs one */
  mentorAssignmentId: string | null;
  /** the child's institution placement (from today), when the write needs one */
  placementId: string | null;
  /** a DRAFT plan written by the assessment team (AT-RIGA-1), waiting for the case manager's decision, when the write needs one */
  draftPlanId: string | null;
  /** an application for a group home with care on the waiting list (version 1 waiting, version 2 with a place offered), when the write needs one */
  applicationId: string | null;
  /** the client's assessment of today, with an application that has a place offered */
  assessmentId: string | null;
  /** the ACTIVE plan of a move's preparation (readyToMove) */
  activePlanId: string | null;
  /** a sibling's case managed by SD-RIGA too, when the write needs one */
  siblingCaseId: string | null;
}

/** The municipality of every row's case requires closure approval (issue 12): closing is asked (requestClosure) and decided. */
const CLOSURE_APPROVAL_MUNICIPALITY = 'RIGA';

interface Scenario {
  mutation: string;
  document: string;
  /** an adult's case (ADULT_WITH_MENTAL_DISORDER) rather than a child's */
  adult?: boolean;
  /** a FOLLOW_UP/HEALTH entry in the case, written by the acting agency itself or by OTHER_AUTHOR */
  followUp?: { byActing: boolean; category: Category };
  /**
   * A move's preparation (the case in IMPLEMENTATION, an ACTIVE plan with a transition plan), a
   * mentor assigned, an institution placement: what the write's own rules need before it can pass.
   */
  needs?: { readyToMove?: boolean; mentorAssigned?: boolean; institution?: boolean; draftPlan?: boolean; closureRequested?: boolean;
    application?: 'WAITING' | 'PLACE_OFFERED'; siblingCase?: boolean };
  variables(setUp: SetUp): Record<string, unknown>;
  /** the cases a write that passes is audited on, when not only the row's case (a sibling link is recorded on both) */
  auditedCases?(setUp: SetUp): string[];
}

const byInput = (mutation: string, inputType: string, selection = 'id') =>
  `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} } }`;
const UPDATE_FOLLOW_UP = 'mutation($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }';
const correction = ({ followUpId }: SetUp) => ({ id: followUpId, input: { expectedVersion: 1, summary: 'corrected text' } });

const assessment = { type: 'INITIAL', assessedOn: TODAY, needsSummary: 'needs a stable home' };
const plan = { validFrom: TODAY, goals: [{ description: 'a stable home' }] };
const visit = { kind: 'HOME_VISIT', occurredOn: TODAY, summary: 'home visit' };
const SECTIONS = 'mutation($id: ID!, $input: PlanSectionsInput!) { recordPlanSections(id: $id, input: $input) { id } }';

const SCENARIOS: Record<string, Scenario> = {
  addInvolvement: {
    mutation: 'addInvolvement', document: byInput('addInvolvement', 'AddInvolvementInput'),
    variables: ({ caseId }) => ({ input: { caseId, agencyCode: 'AT-RIGA-2', role: 'ASSESSMENT_TEAM', legalBasis: 'assessment assignment' } }),
  },
  // referring grants an involvement once accepted (referrals.test.ts): the case manager's MANAGER, like addInvolvement
  refer: {
    mutation: 'refer', document: byInput('refer', 'ReferInput'),
    variables: ({ caseId }) => ({ input: { caseId, agencyCode: 'AT-RIGA-2', role: 'ASSESSMENT_TEAM', reason: 'assessment of needs' } }),
  },
  endInvolvement: {
    mutation: 'endInvolvement', document: 'mutation($id: ID!, $reason: String) { endInvolvement(id: $id, reason: $reason) { id } }',
    variables: ({ providerInvolvementId }) => ({ id: providerInvolvementId, reason: 'service ended' }),
  },
  recordTransition: {
    mutation: 'recordTransition', document: byInput('recordTransition', 'RecordTransitionInput'), needs: { readyToMove: true },
    variables: ({ caseId }) => ({ input: { caseId, newProviderAgencyCode: 'SP-RIGA-GROUP-HOME', legalBasis: 'transition plan' } }),
  },
  'recordTransition/childPlacement': {
    mutation: 'recordTransition', document: byInput('recordTransition', 'RecordTransitionInput'), needs: { readyToMove: true },
    variables: ({ caseId }) => ({ input: { caseId, newProviderAgencyCode: 'SP-RIGA-FAMILY-HOME', legalBasis: 'transition plan',
      newPlacement: { type: 'FAMILY_LIKE_CARE_HOME', providerAgencyCode: 'SP-RIGA-FAMILY-HOME', startsOn: TODAY } } }),
  },
  'recordTransition/adultPlacement': {
    mutation: 'recordTransition', document: byInput('recordTransition', 'RecordTransitionInput'), adult: true, needs: { readyToMove: true },
    variables: ({ caseId }) => ({ input: { caseId, newProviderAgencyCode: 'SP-RIGA-GROUP-HOME', legalBasis: 'transition plan',
      newPlacement: { type: 'GROUP_HOME', providerAgencyCode: 'SP-RIGA-GROUP-HOME', startsOn: TODAY } } }),
  },
  transferCase: {
    mutation: 'transferCase', document: byInput('transferCase', 'TransferCaseInput', 'caseId'),
    variables: ({ caseId }) => ({ input: { caseId, toMunicipalityCode: 'JURMALA', reason: 'the family moved' } }),
  },
  transitionCase: {
    mutation: 'transitionCase', document: byInput('transitionCase', 'TransitionCaseInput'),
    variables: ({ caseId }) => ({ input: { caseId, to: 'ASSESSMENT', reason: 'intake complete', expectedVersion: 1 } }),
  },
  // where the municipality requires it, closing is asked by the case manager and decided by the managing service's MANAGER
  requestClosure: {
    mutation: 'requestClosure', document: byInput('requestClosure', 'RequestClosureInput'),
    variables: ({ caseId }) => ({ input: { caseId, to: 'CLOSED', reason: 'the family no longer needs support', expectedVersion: 1 } }),
  },
  approveClosure: {
    mutation: 'approveClosure', document: byInput('approveClosure', 'DecideClosureInput'), needs: { closureRequested: true },
    variables: ({ caseId }) => ({ input: { caseId } }),
  },
  returnClosure: {
    mutation: 'returnClosure', document: byInput('returnClosure', 'ReturnClosureInput'), needs: { closureRequested: true },
    variables: ({ caseId }) => ({ input: { caseId, reason: 'the school visit is still open' } }),
  },
  recordAssessment: {
    mutation: 'recordAssessment', document: byInput('recordAssessment', 'RecordAssessmentInput'),
    variables: ({ caseId }) => ({ input: { caseId, ...assessment } }),
  },
  'recordAssessment/health': {
    mutation: 'recordAssessment', document: byInput('recordAssessment', 'RecordAssessmentInput'),
    variables: ({ caseId }) => ({ input: { caseId, ...assessment, healthFindings: 'asthma, inhaler daily' } }),
  },
  'saveSupportPlan/draft': {
    mutation: 'saveSupportPlan', document: byInput('saveSupportPlan', 'SaveSupportPlanInput'),
    variables: ({ caseId }) => ({ input: { caseId, status: 'DRAFT', ...plan } }),
  },
  'saveSupportPlan/active': {
    mutation: 'saveSupportPlan', document: byInput('saveSupportPlan', 'SaveSupportPlanInput'),
    variables: ({ caseId }) => ({ input: { caseId, status: 'ACTIVE', ...completePlan(), ...plan } }),
  },
  addFollowUp: {
    mutation: 'addFollowUp', document: byInput('addFollowUp', 'AddFollowUpInput'),
    variables: ({ caseId }) => ({ input: { caseId, ...visit } }),
  },
  'addFollowUp/health': {
    mutation: 'addFollowUp', document: byInput('addFollowUp', 'AddFollowUpInput'),
    variables: ({ caseId }) => ({ input: { caseId, ...visit, category: 'HEALTH' } }),
  },
  // FAMILY: the support centre's grant for its birth-family contacts (issue 13) gives it no other FAMILY write
  'addFollowUp/family': {
    mutation: 'addFollowUp', document: byInput('addFollowUp', 'AddFollowUpInput'),
    variables: ({ caseId }) => ({ input: { caseId, ...visit, category: 'FAMILY' } }),
  },
  'updateFollowUp/own': {
    mutation: 'updateFollowUp', document: UPDATE_FOLLOW_UP, followUp: { byActing: true, category: Category.FOLLOW_UP }, variables: correction,
  },
  'updateFollowUp/others': {
    mutation: 'updateFollowUp', document: UPDATE_FOLLOW_UP, followUp: { byActing: false, category: Category.FOLLOW_UP }, variables: correction,
  },
  'updateFollowUp/othersHealth': {
    mutation: 'updateFollowUp', document: UPDATE_FOLLOW_UP, followUp: { byActing: false, category: Category.HEALTH }, variables: correction,
  },
  'recordPlacement/child': {
    mutation: 'recordPlacement', document: byInput('recordPlacement', 'RecordPlacementInput'),
    variables: ({ caseId }) => ({ input: { caseId, type: 'FAMILY_LIKE_CARE_HOME', providerAgencyCode: 'SP-RIGA-FAMILY-HOME',
      startsOn: TODAY, courtDecisionRef: 'BT-RIGA 2026/7' } }),
  },
  'recordPlacement/adult': {
    mutation: 'recordPlacement', document: byInput('recordPlacement', 'RecordPlacementInput'), adult: true,
    variables: ({ caseId }) => ({ input: { caseId, type: 'GROUP_HOME', providerAgencyCode: 'SP-RIGA-GROUP-HOME', startsOn: TODAY } }),
  },
  // the orphan court withholds a child's case from the person's access report (ACCESS.md, policy v2)
  restrictAccessReport: {
    mutation: 'restrictAccessReport', document: byInput('restrictAccessReport', 'RestrictAccessReportInput'),
    variables: ({ caseId }) => ({ input: { caseId, restricted: true, basis: 'BT-RIGA decision 2026/9' } }),
  },
  assignMentor: {
    mutation: 'assignMentor', document: byInput('assignMentor', 'AssignMentorInput'),
    variables: ({ caseId, mentorId }) => ({ input: { caseId, mentorId, startsOn: TODAY } }),
  },
  endMentorAssignment: {
    mutation: 'endMentorAssignment', document: 'mutation($id: ID!, $endsOn: LocalDate!) { endMentorAssignment(id: $id, endsOn: $endsOn) { id } }',
    needs: { mentorAssigned: true },
    variables: ({ mentorAssignmentId }) => ({ id: mentorAssignmentId, endsOn: TODAY }),
  },
  // the orphan court extends a child's institution stay (6 months from 4 years) to 9 months
  recordStayLimitException: {
    mutation: 'recordStayLimitException', document: byInput('recordStayLimitException', 'RecordStayLimitExceptionInput'),
    needs: { institution: true },
    variables: ({ caseId, placementId }) => ({ input: { caseId, placementId, decisionRef: 'BT-RIGA 2026/31', newLimitOn: addMonths(TODAY, 9) } }),
  },
  // ACCESS.md: the MANAGER of the managing service assigns the case worker (registered by name when the hub does not know them yet)
  assignCaseWorker: {
    mutation: 'assignCaseWorker', document: byInput('assignCaseWorker', 'AssignCaseWorkerInput'),
    variables: ({ caseId, serial }) => ({ input: { caseId, userId: `sd-riga-worker-${serial}`, name: 'Ilze Kalniņa' } }),
  },
  // the assessment team's draft waits for the case manager's decision (activating a plan needs W on PLAN)
  approvePlan: {
    mutation: 'approvePlan', document: 'mutation($id: ID!) { approvePlan(id: $id) { id } }', needs: { draftPlan: true },
    variables: ({ draftPlanId }) => ({ id: draftPlanId }),
  },
  returnPlan: {
    mutation: 'returnPlan', document: 'mutation($id: ID!, $reason: String!) { returnPlan(id: $id, reason: $reason) { id } }',
    needs: { draftPlan: true },
    variables: ({ draftPlanId }) => ({ id: draftPlanId, reason: 'the goals need the family first' }),
  },
  // the orphan court's decisions on a child in care: the permanent solution, and the exit from care (PLACEMENT)
  recordPermanencyPlan: {
    mutation: 'recordPermanencyPlan', document: byInput('recordPermanencyPlan', 'RecordPermanencyPlanInput'), needs: { institution: true },
    variables: ({ caseId }) => ({ input: { caseId, goal: 'ADOPTION', targetDate: addMonths(TODAY, 6), decidedOn: TODAY, decisionRef: 'BT-RIGA 2026/50' } }),
  },
  recordExitFromCare: {
    mutation: 'recordExitFromCare', document: byInput('recordExitFromCare', 'RecordExitFromCareInput'), needs: { institution: true },
    variables: ({ caseId, placementId }) => ({ input: { caseId, placementId, exitedOn: TODAY, destination: 'RETURNED_HOME' } }),
  },
  // the waiting list for long-term care is the case manager's (PLAN)
  applyForLongTermCare: {
    mutation: 'applyForLongTermCare', document: byInput('applyForLongTermCare', 'ApplyForLongTermCareInput'),
    variables: ({ caseId }) => ({ input: { caseId, service: 'GROUP_HOME_WITH_CARE', appliedOn: TODAY } }),
  },
  offerPlace: {
    mutation: 'offerPlace', document: byInput('offerPlace', 'OfferPlaceInput'), needs: { application: 'WAITING' },
    variables: ({ caseId, applicationId }) => ({ input: { caseId, applicationId, expectedVersion: 1, providerAgencyCode: 'SP-RIGA-GROUP-HOME',
      offeredOn: TODAY } }),
  },
  admitFromWaitingList: {
    mutation: 'admitFromWaitingList', document: byInput('admitFromWaitingList', 'AdmitFromWaitingListInput'), needs: { application: 'PLACE_OFFERED' },
    variables: ({ caseId, applicationId, assessmentId }) => ({ input: { caseId, applicationId, expectedVersion: 2, admittedOn: TODAY, assessmentId } }),
  },
  removeFromWaitingList: {
    mutation: 'removeFromWaitingList', document: byInput('removeFromWaitingList', 'RemoveFromWaitingListInput'), needs: { application: 'WAITING' },
    variables: ({ caseId, applicationId }) => ({ input: { caseId, applicationId, expectedVersion: 1, removedOn: TODAY, reason: 'CLIENT_WITHDREW' } }),
  },
  // issue 19: a plan's sections are written under their own categories (ACCESS.md, "Support plan sections")
  'saveSupportPlan/draftHealth': {
    mutation: 'saveSupportPlan', document: byInput('saveSupportPlan', 'SaveSupportPlanInput'),
    variables: ({ caseId }) => ({ input: { caseId, status: 'DRAFT', ...plan, health: { description: 'asthma' } } }),
  },
  'saveSupportPlan/draftFamily': {
    mutation: 'saveSupportPlan', document: byInput('saveSupportPlan', 'SaveSupportPlanInput'),
    variables: ({ caseId }) => ({ input: { caseId, status: 'DRAFT', ...plan, family: { birthFamily: 'mother in Rīga' } } }),
  },
  recordPlanSections: {
    mutation: 'recordPlanSections', document: SECTIONS, needs: { draftPlan: true },
    variables: ({ draftPlanId }) => ({ id: draftPlanId, input: { education: { stage: 'BASIC' } } }),
  },
  'recordPlanSections/health': {
    mutation: 'recordPlanSections', document: SECTIONS, needs: { draftPlan: true },
    variables: ({ draftPlanId }) => ({ id: draftPlanId, input: { health: { description: 'asthma' } } }),
  },
  'recordPlanSections/family': {
    mutation: 'recordPlanSections', document: SECTIONS, needs: { draftPlan: true },
    variables: ({ draftPlanId }) => ({ id: draftPlanId, input: { family: { contactArrangements: 'monthly' } } }),
  },
  'recordPlanSections/childVoice': {
    mutation: 'recordPlanSections', document: SECTIONS, needs: { draftPlan: true },
    variables: ({ draftPlanId }) => ({ id: draftPlanId, input: { childVoice: { opinionOnPlan: 'wants to stay' } } }),
  },
  'recordPlanSections/placement': {
    mutation: 'recordPlanSections', document: SECTIONS, needs: { draftPlan: true },
    variables: ({ draftPlanId }) => ({ id: draftPlanId, input: { placementConditions: 'own room' } }),
  },
  'recordPlanSections/adultPlacement': {
    mutation: 'recordPlanSections', document: SECTIONS, adult: true, needs: { draftPlan: true },
    variables: ({ draftPlanId }) => ({ id: draftPlanId, input: { placementConditions: 'a group apartment' } }),
  },
  evaluatePlan: {
    mutation: 'evaluatePlan', document: 'mutation($id: ID!, $input: EvaluatePlanInput!) { evaluatePlan(id: $id, input: $input) { id } }',
    needs: { readyToMove: true },
    variables: ({ activePlanId }) => ({ id: activePlanId, input: { evaluatedOn: TODAY, clientCooperation: 'COOPERATED', goals: [] } }),
  },
  linkSiblingCases: {
    mutation: 'linkSiblingCases', document: byInput('linkSiblingCases', 'LinkSiblingCasesInput'), needs: { siblingCase: true },
    variables: ({ caseId, siblingCaseId }) => ({ input: { caseId, siblingCaseId } }),
    auditedCases: ({ caseId, siblingCaseId }) => [caseId, siblingCaseId ?? ''],
  },
};

type Row = [write: string, role: InvolvementRole, agency: string, userRole: UserRole, expected: Outcome];

const [header, ...lines] = parse(PUBLISHED);
const COLUMNS = header.slice(1) as InvolvementRole[];
const ROWS: Row[] = lines.flatMap(([write, ...cells]) => cells.flatMap((cell, i) =>
  USER_ROLES.map((userRole): Row => [write, COLUMNS[i], ACTING[COLUMNS[i]], userRole, outcome(cell, userRole)])));

type OpenRow = [agency: string, declares: string, userRole: UserRole, expected: Outcome];
const OPEN_ROWS: OpenRow[] = parse(OPENERS).slice(1).flatMap(([agency, declares, cell]) =>
  USER_ROLES.map((userRole): OpenRow => [agency, declares, userRole, outcome(cell, userRole)]));

describe('the hand-written table itself', () => {
  it('has a scenario for every row, every role as a column, and every mutation of the policy', () => {
    expect(lines.map(([write]) => write).sort()).toEqual(Object.keys(SCENARIOS).sort());
    expect([...COLUMNS].sort()).toEqual(Object.values(InvolvementRole).sort());
    expect(lines.every((cells) => cells.length === COLUMNS.length + 1)).toBe(true);
    const covered = new Set([...Object.values(SCENARIOS).map((s) => s.mutation), 'openCase', ...DECIDED_ON_CALLER, ...DECIDED_ON_CARER,
      ...DECIDED_ON_CONTACT, ...CENTRE_PLAN]);
    expect([...covered].sort()).toEqual(Object.keys(MUTATIONS).sort());
  });

  /** The same decision as the write rule (src/access/rules.ts), made from MUTATIONS and decide(). */
  function policyOutcome(scenario: Scenario, role: InvolvementRole, userRole: UserRole): Outcome {
    const policy = MUTATIONS[scenario.mutation];
    if (policy.target === 'new-case' || policy.target === 'caller' || policy.target === 'new-carer' || policy.target === 'carer'
      || policy.target === 'birth-family-contact') throw new Error(`${scenario.mutation} is not decided on a case`);
    const principal = { role: userRole };
    if (!mayWriteAs(principal, policy.by)) return 'FORBIDDEN';
    const args = scenario.variables({ caseId: 'c', providerInvolvementId: 'i', followUpId: 'f', serial: 0, mentorId: 'm',
      mentorAssignmentId: 'a', placementId: 'p', draftPlanId: 'd', applicationId: 'w', assessmentId: 's',
      activePlanId: 'ap', siblingCaseId: 'ss' }) as MutationArgs;
    let writes;
    if (policy.target === 'follow-up') {
      const row = { own: scenario.followUp?.byActing ?? false, category: scenario.followUp?.category ?? Category.FOLLOW_UP };
      if (!decide(principal, [role], row.category, 'read')) return 'NOT_FOUND';
      writes = policy.writes(args, row);
    } else {
      writes = policy.writes(args);
    }
    // a write only some roles in the case perform (`as`), as the write rule checks it before the categories
    if (policy.target !== 'follow-up' && policy.as && !actsAs(principal, [role], policy.as)) return 'FORBIDDEN';
    return deniedWrite(principal, [role], writes, { adult: scenario.adult ?? false }) ? 'FORBIDDEN' : 'OK';
  }

  it('agrees with the policy table (MUTATIONS through decide) on every case write', () => {
    const fromPolicy = ROWS.map(([write, role, , userRole]) => `${write} ${role} ${userRole}: ${policyOutcome(SCENARIOS[write], role, userRole)}`);
    expect(fromPolicy).toEqual(ROWS.map(([write, role, , userRole, expected]) => `${write} ${role} ${userRole}: ${expected}`));
  });
});

describe('write permissions over HTTP: every mutation × role in the case × user role, as ACCESS.md says', () => {
  let hub: TestHub;
  let snapshotSql: string;
  let serial = 0;

  beforeAll(async () => {
    hub = await startHub();
    await hub.db.query('UPDATE municipality SET closure_needs_approval = true WHERE code = $1', [CLOSURE_APPROVAL_MUNICIPALITY]);
    // every table hung on a case, found rather than listed, so a new one is covered too
    const tables: { name: string }[] = await hub.db.query(
      `SELECT c.table_name AS name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = 'public' AND c.column_name = 'case_id' AND c.table_name <> 'audit_log' ORDER BY 1`);
    const rows = (from: string, where: string) =>
      `coalesce((SELECT string_agg(t::text, '|' ORDER BY t::text) FROM ${from} WHERE ${where}), '')`;
    const parts = [
      rows('care_case t', 't.id = $1'),
      rows('client t JOIN care_case k ON k.client_id = t.id', 'k.id = $1'),
      ...tables.map(({ name }) => rows(`"${name}" t`, 't.case_id = $1')),
      ...['plan_goal', 'plan_task', 'plan_service', 'plan_section', 'plan_contact']
        .map((name) => rows(`${name} t JOIN support_plan p ON p.id = t.plan_id`, 'p.case_id = $1')),
      rows('follow_up_revision t JOIN follow_up f ON f.id = t.follow_up_id', 'f.case_id = $1'),
    ];
    const everywhere = ['client', 'care_case', ...tables.map((t) => t.name), 'plan_goal', 'plan_task', 'plan_service', 'plan_section',
      'plan_contact', 'follow_up_revision']
      .map((name) => `(SELECT count(*) FROM "${name}")`);
    snapshotSql = `SELECT md5(concat_ws('#', ${parts.join(', ')})) AS "case", (${everywhere.join(' + ')})::int AS "rows",
                          (SELECT coalesce(max(id), 0) FROM audit_log)::int AS "lastAudit"`;
  });
  afterAll(async () => { await hub.close(); });

  interface Snapshot { case: string; rows: number; lastAudit: number }
  const snapshot = async (caseId: string | null): Promise<Snapshot> => (await hub.db.query(snapshotSql, [caseId]))[0];
  const writesSince = (lastAudit: number): Promise<{ operation: string; caseId: string; agency: string; userRole: string }[]> =>
    hub.db.query(`SELECT l.operation, l.case_id AS "caseId", a.code AS agency, l.user_role AS "userRole"
                    FROM audit_log l JOIN agency a ON a.id = l.agency_id WHERE l.kind = 'WRITE' AND l.id > $1 ORDER BY l.id`, [lastAudit]);

  /**
   * One statement: the client, the case (INTAKE, version 1; IMPLEMENTATION for a move), SD-RIGA as its manager, the acting
   * agency in its role, OTHER_PROVIDER as a current provider, a mentor in SD-RIGA's register, and
   * what the write needs (a follow-up; a move's preparation: the case in IMPLEMENTATION with an ACTIVE
   * plan holding a transition plan; the mentor assigned; an institution placement).
   */
  async function setUp(scenario: Scenario, role: InvolvementRole): Promise<SetUp> {
    const acting = ACTING[role];
    const involved: [string, string][] = [['SD-RIGA', InvolvementRole.CASE_MANAGER], [OTHER_PROVIDER, InvolvementRole.CURRENT_PROVIDER]];
    if (role !== InvolvementRole.CASE_MANAGER) involved.push([acting, role]);
    const [made] = await hub.db.query(
      `WITH cl AS (
         INSERT INTO client (personal_code, given_name, family_name, birth_date, gender, declared_municipality_code)
         VALUES ($1, 'Anna', 'Bērziņa', $2, 'FEMALE', 'RIGA') RETURNING id),
       c AS (
         INSERT INTO care_case (client_id, target_group, intake_type, opened_on, responsible_municipality_code, status, version)
         SELECT id, $3, 'VOLUNTARY', $4, 'RIGA', CASE WHEN $10 THEN 'IMPLEMENTATION' ELSE 'INTAKE' END, 1 FROM cl RETURNING id),
       inv AS (
         INSERT INTO involvement (case_id, agency_id, role, valid_until, legal_basis, created_by_user_id)
         SELECT c.id, a.id, v.role, CASE WHEN v.role = 'PREVIOUS_PROVIDER' THEN now() + interval '1 year' END, 'test setup', 'setup'
           FROM c, unnest($5::text[], $6::text[]) AS v(code, role) JOIN agency a ON a.code = v.code
         RETURNING id, agency_id),
       fu AS (
         INSERT INTO follow_up (case_id, kind, occurred_on, author_agency_id, author_user_id, summary, category)
         SELECT c.id, 'HOME_VISIT', $4, a.id, 'setup', 'entry to correct', $8 FROM c JOIN agency a ON a.code = $7 RETURNING id),
       cc AS (INSERT INTO case_change (case_id, category, changed_at) SELECT id, 'CASE', now() FROM c),
       plan AS (
         INSERT INTO support_plan (case_id, version, status, valid_from, review_due_on, author_agency_id, author_user_id, activated_at)
         SELECT c.id, 1, 'ACTIVE', $4::date, $4::date + 300, a.id, 'setup', now() FROM c JOIN agency a ON a.code = 'SD-RIGA' WHERE $10
         RETURNING id),
       task AS (INSERT INTO plan_task (plan_id, position, description, for_transition) SELECT id, 1, 'prepare the move', true FROM plan),
       team AS (
         INSERT INTO plan_transition_member (plan_id, position, agency_id, role)
         SELECT plan.id, 1, a.id, 'social worker of the provider' FROM plan JOIN agency a ON a.code = $9),
       visit AS (INSERT INTO plan_preparation_visit (plan_id, position, planned_on, place) SELECT id, 1, $4::date, 'NEW_PLACE' FROM plan),
       mentor AS (
         INSERT INTO social_mentor (agency_id, name, created_by_user_id) SELECT id, 'Jānis Mentors', 'setup' FROM agency WHERE code = 'SD-RIGA'
         RETURNING id, agency_id),
       mentored AS (
         INSERT INTO mentor_assignment (case_id, mentor_id, mentor_name, provider_agency_id, starts_on, created_by_user_id)
         SELECT c.id, mentor.id, 'Jānis Mentors', mentor.agency_id, $4::date, 'setup' FROM c, mentor WHERE $11 RETURNING id),
       placed AS (
         INSERT INTO placement (case_id, type, provider_agency_id, starts_on, court_decision_ref, deciding_agency_id)
         SELECT c.id, 'INSTITUTION', p.id, $4::date, 'BT-RIGA 2026/30', bt.id
           FROM c, agency p, agency bt WHERE p.code = 'BSAC-RIGA' AND bt.code = 'BT-RIGA' AND $12 RETURNING id),
       drafted AS (
         INSERT INTO support_plan (case_id, version, status, valid_from, review_due_on, author_agency_id, author_user_id,
                                   agreement, agreement_on, agreement_by)
         SELECT c.id, CASE WHEN $10 THEN 2 ELSE 1 END, 'DRAFT', $4::date, $4::date + 300, a.id, 'setup', 'AGREED', $4::date, 'CLIENT'
           FROM c JOIN agency a ON a.code = 'AT-RIGA-1'
          WHERE $13 RETURNING id),
       -- the draft has every section (its approval needs its template's), so writing one replaces it
       sections AS (
         INSERT INTO plan_section (plan_id, section, content, written_by_agency_id, written_by_user_id)
         SELECT drafted.id, s.section, '{"description": "as drafted"}'::jsonb, a.id, 'setup'
           FROM drafted, agency a, unnest(ARRAY['HEALTH', 'FAMILY', 'CHILD_VOICE', 'PLACEMENT', 'EDUCATION', 'EMPLOYMENT', 'WISHES_AND_INTERESTS',
                                               'SUPPORT_VOLUME']) AS s(section) WHERE a.code = 'SD-RIGA'),
       sibling_client AS (
         INSERT INTO client (personal_code, given_name, family_name, birth_date, gender, declared_municipality_code)
         SELECT $17, 'Jānis', 'Bērziņš', $2, 'MALE', 'RIGA' WHERE $16 RETURNING id),
       sibling AS (
         INSERT INTO care_case (client_id, target_group, intake_type, opened_on, responsible_municipality_code, status, version)
         SELECT id, $3, 'VOLUNTARY', $4, 'RIGA', 'INTAKE', 1 FROM sibling_client RETURNING id),
       sibling_manager AS (
         INSERT INTO involvement (case_id, agency_id, role, legal_basis, created_by_user_id)
         SELECT sibling.id, a.id, 'CASE_MANAGER', 'test setup', 'setup' FROM sibling, agency a WHERE a.code = 'SD-RIGA'),
       closing AS (
         INSERT INTO case_closure_request (case_id, to_status, reason, requested_by_agency_id, requested_by_user_id)
         SELECT c.id, 'CLOSED', 'goals achieved', a.id, 'setup' FROM c JOIN agency a ON a.code = 'SD-RIGA' WHERE $14),
       assessed AS (
         INSERT INTO assessment (case_id, type, assessed_on, author_agency_id, author_user_id)
         SELECT c.id, 'INITIAL', $4::date, a.id, 'setup' FROM c JOIN agency a ON a.code = 'SD-RIGA' WHERE $15 = 'PLACE_OFFERED' RETURNING id),
       applied AS (
         INSERT INTO care_application (case_id, service, applied_on, status, offered_provider_agency_id, offered_on, created_by_agency_id, version)
         SELECT c.id, 'GROUP_HOME_WITH_CARE', $4::date, $15, CASE WHEN $15 = 'PLACE_OFFERED' THEN p.id END,
                CASE WHEN $15 = 'PLACE_OFFERED' THEN $4::date END, sd.id, CASE WHEN $15 = 'PLACE_OFFERED' THEN 2 ELSE 1 END
           FROM c, agency p, agency sd WHERE p.code = 'SP-RIGA-GROUP-HOME' AND sd.code = 'SD-RIGA' AND $15 IS NOT NULL RETURNING id)
       SELECT (SELECT id FROM c) AS "caseId", (SELECT id FROM fu) AS "followUpId", (SELECT id FROM drafted) AS "draftPlanId",
              (SELECT id FROM applied) AS "applicationId", (SELECT id FROM assessed) AS "assessmentId", (SELECT id FROM plan) AS "activePlanId",
              (SELECT id FROM sibling) AS "siblingCaseId",
              (SELECT inv.id FROM inv JOIN agency a ON a.id = inv.agency_id WHERE a.code = $9) AS "providerInvolvementId",
              (SELECT id FROM mentor) AS "mentorId", (SELECT id FROM mentored) AS "mentorAssignmentId", (SELECT id FROM placed) AS "placementId"`,
      [newFormCode(), scenario.adult ? '1990-05-05' : '2015-03-14',
        scenario.adult ? 'ADULT_WITH_MENTAL_DISORDER' : 'CHILD_WITHOUT_PARENTAL_CARE', TODAY,
        involved.map(([code]) => code), involved.map(([, r]) => r),
        scenario.followUp ? (scenario.followUp.byActing ? acting : OTHER_AUTHOR) : null, scenario.followUp?.category ?? 'FOLLOW_UP',
        OTHER_PROVIDER, scenario.needs?.readyToMove ?? false, scenario.needs?.mentorAssigned ?? false, scenario.needs?.institution ?? false,
        scenario.needs?.draftPlan ?? false, scenario.needs?.closureRequested ?? false, scenario.needs?.application ?? null,
        scenario.needs?.siblingCase ?? false, newFormCode()]);
    serial += 1;
    return { ...made, serial };
  }

  function codeOf(res: GqlResult): string | undefined {
    return res.errors[0]?.extensions?.code as string | undefined;
  }

  it('covers every case write for six roles and four user roles', () => expect(ROWS).toHaveLength(46 * 6 * 4));

  it.each(ROWS)('%s by %s (%s) as %s: %s', async (write, role, agency, userRole, expected) => {
    const scenario = SCENARIOS[write];
    const made = await setUp(scenario, role);
    const token = await hub.token(agency, userRole);
    const before = await snapshot(made.caseId);
    const res = await hub.gql<Record<string, unknown>>(token, scenario.document, scenario.variables(made));
    const after = await snapshot(made.caseId);
    const written = await writesSince(before.lastAudit);

    if (expected === 'OK') {
      expect(res.errors).toEqual([]);
      expect(res.data?.[scenario.mutation]).toBeTruthy();
      expect(after.case).not.toBe(before.case);
      expect(written).toEqual((scenario.auditedCases?.(made) ?? [made.caseId])
        .map((caseId) => ({ operation: scenario.mutation, caseId, agency, userRole })));
      return;
    }
    expect(res.errors.map((e) => e.extensions?.code)).toEqual([expected]);
    expect(res.data?.[scenario.mutation] ?? null).toBeNull();
    // nothing in the case changed, no row was added anywhere, and no write was audited
    expect([after.case, after.rows]).toEqual([before.case, before.rows]);
    expect(written).toEqual([]);
    if (expected === 'NOT_FOUND') {
      // the same answer as for an id that does not exist at all
      const unknown = await hub.gql(token, scenario.document, { ...scenario.variables(made), id: randomUUID() });
      expect([codeOf(unknown), unknown.errors[0]?.message]).toEqual([expected, res.errors[0].message]);
    }
  });

  const OPEN_CASE = byInput('openCase', 'OpenCaseInput');

  it.each(OPEN_ROWS)('openCase by %s declaring %s as %s: %s', async (agency, declares, userRole, expected) => {
    const personalCode = oldFormCode();
    const before = await snapshot(null);
    const res = await hub.gql<{ openCase: { id: string } | null }>(await hub.token(agency, userRole), OPEN_CASE, { input: {
      client: { personalCode, givenName: 'Anna', familyName: 'Bērziņa', gender: 'FEMALE', declaredMunicipalityCode: declares },
      targetGroup: 'CHILD_WITHOUT_PARENTAL_CARE', intakeType: 'VOLUNTARY' } });
    const after = await snapshot(null);
    const written = await writesSince(before.lastAudit);
    const [opened] = await hub.db.query(
      `SELECT c.id, a.code AS manager FROM client cl JOIN care_case c ON c.client_id = cl.id
         JOIN involvement i ON i.case_id = c.id AND i.role = 'CASE_MANAGER' JOIN agency a ON a.id = i.agency_id
        WHERE cl.personal_code = $1`, [personalCode]);

    if (expected === 'OK') {
      expect(res.errors).toEqual([]);
      expect(opened).toEqual({ id: res.data?.openCase?.id, manager: agency });
      expect(written).toEqual([{ operation: 'openCase', caseId: opened.id, agency, userRole }]);
      return;
    }
    expect(res.errors.map((e) => e.extensions?.code)).toEqual([expected]);
    expect(res.data?.openCase ?? null).toBeNull();
    expect(opened).toBeUndefined();
    expect(after.rows).toBe(before.rows);
    expect(written).toEqual([]);
  });
});
