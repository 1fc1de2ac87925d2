import { Category } from '../kernel/categories';
import { CarerCategory, CarerRelation, CarerStatus } from '../kernel/carers';
import { AgencyKind, CaseRole, EmergencyRole, InvolvementRole, Purpose, UserRole } from '../kernel/principal';

/**
 * THE access policy, as data (ACCESS.md, policy v2). Changing who sees what is a change here.
 *
 *   W   read and write
 *   R   read
 *   OWN read all, create, and change only what one's own agency wrote
 *   -   nothing
 */
export type Right = 'W' | 'R' | 'OWN' | '-';

/**
 * Rights one write gives beyond MATRIX, for that write only (MutationPolicy `grants`): where an issue
 * lets a role write one kind of row of a category it otherwise only reads. The matrix, and so every
 * other write and read of the category, stays as ACCESS.md has it.
 */
export type WriteGrants = Partial<Record<Category, Partial<Record<CaseRole, Right>>>>;

const { CASE_MANAGER: CM, ORPHAN_COURT: OC, SUPPORT_CENTRE: SC, CURRENT_PROVIDER: CP, PREVIOUS_PROVIDER: PP,
  ASSESSMENT_TEAM: AT } = InvolvementRole;
const { EMERGENCY: EM } = EmergencyRole;
const COLUMNS = [CM, OC, SC, CP, PP, AT, EM] as const;

function row(...rights: [Right, Right, Right, Right, Right, Right, Right]): Record<CaseRole, Right> {
  return Object.fromEntries(COLUMNS.map((role, i) => [role, rights[i]])) as Record<CaseRole, Right>;
}

/**
 * Role in the case × category. Columns: CASE_MANAGER, ORPHAN_COURT, SUPPORT_CENTRE, CURRENT_PROVIDER,
 * PREVIOUS_PROVIDER, ASSESSMENT_TEAM, and EMERGENCY (emergency access, ACCESS.md policy v2).
 */
export const MATRIX: Record<Category, Record<CaseRole, Right>> = {
  //                              CM    OC    SC     CP     PP     AT     EM
  [Category.CASE]:        row('W', 'R', 'R',   'R',   'R',   'R',   'R'),
  [Category.IDENTITY]:    row('W', 'R', 'R',   'R',   'R',   'R',   'R'),
  [Category.IDENTIFIER]:  row('W', 'R', '-',   'R',   '-',   'R',   'R'),
  [Category.ASSESSMENT]:  row('W', 'R', 'R',   'R',   'R',   'W',   '-'),
  [Category.HEALTH]:      row('W', '-', '-',   'R',   '-',   'W',   'R'),
  [Category.SAFETY]:      row('W', 'R', 'R',   'R',   '-',   'R',   'R'),
  [Category.FAMILY]:      row('W', 'R', 'R',   'R',   '-',   'R',   'R'),
  [Category.CHILD_VOICE]: row('W', 'R', 'R',   '-',   '-',   'W',   '-'),
  // the assessment team drafts plans; activating one needs W (it supersedes a plan it did not write)
  [Category.PLAN]:        row('W', 'R', 'R',   'R',   'R',   'OWN', '-'),
  [Category.FOLLOW_UP]:   row('W', 'R', 'OWN', 'OWN', 'OWN', 'R',   'OWN'),
  [Category.PLACEMENT]:   row('R', 'W', 'R',   'R',   '-',   'R',   'R'),
};

/**
 * Rights that differ in an adult's case. An adult has no orphan court: where an adult lives (a
 * group home, a halfway house) is the managing social service's decision (ACCESS.md, amended).
 */
export const ADULT_CASE_MATRIX: Partial<Record<Category, Partial<Record<CaseRole, Right>>>> = {
  [Category.PLACEMENT]: { [CM]: 'W' },
};

/**
 * Which kinds of agency can play which role in a case. EMERGENCY: who may ask for emergency access
 * (an orphan court of any municipality, a crisis centre, the social service where an adult in
 * crisis is found: for an adult's case only, emergency.service.ts).
 */
export const ROLE_AGENCY_KINDS: Record<CaseRole, readonly AgencyKind[]> = {
  [CM]: [AgencyKind.SOCIAL_SERVICE],
  [OC]: [AgencyKind.ORPHAN_COURT],
  [SC]: [AgencyKind.SUPPORT_CENTRE],
  [CP]: [AgencyKind.INSTITUTION, AgencyKind.SERVICE_PROVIDER, AgencyKind.CRISIS_CENTRE],
  [PP]: [AgencyKind.INSTITUTION, AgencyKind.SERVICE_PROVIDER, AgencyKind.CRISIS_CENTRE],
  [AT]: [AgencyKind.ASSESSMENT_TEAM],
  [EM]: [AgencyKind.ORPHAN_COURT, AgencyKind.CRISIS_CENTRE, AgencyKind.SOCIAL_SERVICE],
};

/** How long an emergency access lasts at most (ACCESS.md: 24 hours unless configured shorter), and when its review is due. */
export const EMERGENCY_ACCESS = { maxHours: 24, reviewWithinHours: 72, minJustification: 20 };

const CASE_HANDLERS: readonly UserRole[] = [UserRole.CASE_WORKER, UserRole.SPECIALIST, UserRole.MANAGER];
const INVOLVEMENT_COLUMNS: readonly CaseRole[] = [CM, OC, SC, CP, PP, AT];

/**
 * Purposes of use (ACCESS.md, policy v2). A purpose never widens what the matrix gives: it picks
 * the columns of the matrix a request may use (`reaches`) and the root operations it may ask
 * (`asks`, beyond its case data). Who may claim it: `claimedBy` user roles, of `agencyKinds`
 * (any, when absent). `legalBasis` is what the records of processing cite (docs/records-of-processing.md).
 */
export interface PurposeRule {
  description: string;
  claimedBy: readonly UserRole[];
  agencyKinds?: readonly AgencyKind[];
  reaches: readonly CaseRole[];
  asks: readonly QueryRule[];
  legalBasis: string;
}

export const PURPOSES: Record<Purpose, PurposeRule> = {
  [Purpose.CASE_WORK]: {
    description: 'work on the case by an involved agency',
    claimedBy: CASE_HANDLERS, reaches: INVOLVEMENT_COLUMNS,
    asks: ['PUBLIC', 'CASE_HANDLER', 'CASE_LISTER', 'DISCOVERER', 'ACCESS_LOG', 'NODE', 'CENTRE_RECORDS', 'CENTRE_EVALUATION', 'MATCHER'],
    legalBasis: 'GDPR Art. 6(1)(e) and 9(2)(b),(h); Law on Social Services and Social Assistance; Law on the Protection of the Rights of the Child',
  },
  [Purpose.ASSESSMENT]: {
    description: "the assessment team's assessment of the client's needs",
    claimedBy: CASE_HANDLERS, agencyKinds: ROLE_AGENCY_KINDS[AT], reaches: [AT],
    asks: ['PUBLIC', 'CASE_HANDLER', 'CASE_LISTER', 'DISCOVERER', 'NODE'],
    legalBasis: 'GDPR Art. 6(1)(e) and 9(2)(h); Law on Social Services and Social Assistance',
  },
  [Purpose.COURT_PROCEEDINGS]: {
    description: "the orphan court's proceedings (bāriņtiesas lietvedība)",
    claimedBy: CASE_HANDLERS, agencyKinds: ROLE_AGENCY_KINDS[OC], reaches: [OC],
    asks: ['PUBLIC', 'CASE_HANDLER', 'CASE_LISTER', 'DISCOVERER', 'NODE', 'MATCHER'],
    legalBasis: "GDPR Art. 6(1)(e) and 9(2)(f),(g); Law on Orphan's and Custody Courts; Civil Law (family law part)",
  },
  [Purpose.EMERGENCY]: {
    description: 'a crisis: a case the agency is not yet involved in, through an emergency access',
    claimedBy: CASE_HANDLERS, agencyKinds: ROLE_AGENCY_KINDS[EM], reaches: [EM],
    asks: ['PUBLIC', 'CASE_HANDLER', 'CASE_LISTER', 'NODE'],
    legalBasis: 'GDPR Art. 6(1)(d) and 9(2)(c) (vital interests); Law on the Protection of the Rights of the Child, Section 51',
  },
  [Purpose.SUPERVISION]: {
    description: 'supervision of processing: the data protection officer and oversight inspectors',
    claimedBy: [UserRole.DPO, UserRole.INSPECTOR], reaches: [],
    asks: ['PUBLIC', 'ACCESS_LOG', 'EMERGENCY_REVIEW'],
    legalBasis: 'GDPR Art. 5(2), 6(1)(c), 38-39; Law on the Protection of the Rights of the Child (State Inspectorate)',
  },
  [Purpose.REPORTING]: {
    description: 'aggregates for planning and monitoring; never personal data',
    claimedBy: [UserRole.ANALYST], reaches: [],
    asks: ['PUBLIC', 'ANALYST', 'CENTRE_EVALUATION'],
    legalBasis: 'GDPR Art. 6(1)(e) and 89; Statistics Law (aggregates after disclosure control)',
  },
  [Purpose.ADMINISTRATION]: {
    description: 'the agency register and users; no case data',
    claimedBy: [UserRole.ADMIN], reaches: [],
    asks: ['PUBLIC'],
    legalBasis: 'GDPR Art. 6(1)(e) and 32 (security of processing)',
  },
  [Purpose.CLIENT_REQUEST]: {
    description: "the person's own access report, asked through the state portal",
    claimedBy: [UserRole.PORTAL], agencyKinds: [AgencyKind.STATE_PORTAL], reaches: [],
    asks: ['PUBLIC', 'ACCESS_REPORT'],
    legalBasis: 'GDPR Art. 12 and 15 (right of access)',
  },
};

/** The purpose a user role claims unless it says otherwise (the development token CLI, tests). */
export const USUAL_PURPOSE: Record<UserRole, Purpose> = {
  [UserRole.CASE_WORKER]: Purpose.CASE_WORK, [UserRole.SPECIALIST]: Purpose.CASE_WORK, [UserRole.MANAGER]: Purpose.CASE_WORK,
  [UserRole.ANALYST]: Purpose.REPORTING, [UserRole.ADMIN]: Purpose.ADMINISTRATION, [UserRole.DPO]: Purpose.SUPERVISION,
  [UserRole.INSPECTOR]: Purpose.SUPERVISION, [UserRole.PORTAL]: Purpose.CLIENT_REQUEST,
};

/**
 * What each category is, for the records of processing: special categories of data (GDPR Art. 9)
 * and data about children's protection need their own basis.
 */
export const CATEGORY_NATURE: Record<Category, string> = {
  [Category.CASE]: 'case administration',
  [Category.IDENTITY]: 'identity',
  [Category.IDENTIFIER]: 'identifiers and contact (personal code, address, phone)',
  [Category.ASSESSMENT]: 'social assessment',
  [Category.HEALTH]: 'health (special category, Art. 9)',
  [Category.SAFETY]: "child protection and safety (risk of harm)",
  [Category.FAMILY]: 'family life (third persons)',
  [Category.CHILD_VOICE]: "the child's own views (Art. 12 UNCRC)",
  [Category.PLAN]: 'support plan and services',
  [Category.FOLLOW_UP]: 'follow-up and situation reviews',
  [Category.PLACEMENT]: 'out-of-family care placement and court decisions',
};

/**
 * Field → category for every GraphQL object type that carries case data. `PUBLIC` is only for
 * ids and plumbing. A type listed in ROW_CATEGORY takes its category from a column of the row
 * (a follow-up is filed by its author under FOLLOW_UP, HEALTH, SAFETY or FAMILY).
 */
export type FieldRule = Category | 'PUBLIC';

export const FIELD_CATEGORIES: Record<string, Record<string, FieldRule>> = {
  Case: {
    id: 'PUBLIC',
    myRoles: 'PUBLIC',
    // what the caller may read and write here: about the caller, decided by the policy itself (decide.ts caseAccessSummary)
    access: 'PUBLIC',
    targetGroup: Category.CASE, intakeType: Category.CASE, reportedBy: Category.CASE, status: Category.CASE,
    openedOn: Category.CASE, closedOn: Category.CASE, responsibleMunicipality: Category.CASE,
    caseManager: Category.CASE, createdAt: Category.CASE, updatedAt: Category.CASE, version: Category.CASE,
    reportRestrictedAt: Category.CASE,
    involvements: Category.CASE, transitions: Category.CASE, dueItems: Category.CASE, caseWorkerAssignments: Category.CASE,
    closureRequests: Category.CASE,
    client: Category.IDENTITY,
    assessments: Category.ASSESSMENT, latestAssessment: Category.ASSESSMENT,
    currentPlan: Category.PLAN, planHistory: Category.PLAN, mentors: Category.PLAN,
    followUps: Category.FOLLOW_UP,
    placements: Category.PLACEMENT,
    // the orphan court's decisions on the permanent solution for a child in care are decisions on the placement
    permanencyPlans: Category.PLACEMENT,
    // an application for long-term care is a service asked for: the support plan's services (PLAN)
    careApplications: Category.PLAN,
    siblingLinks: Category.FAMILY,
    birthFamilyContacts: Category.FAMILY,
    placedChildPlans: Category.PLAN,
  },
  CaseTransition: {
    id: 'PUBLIC', from: Category.CASE, to: Category.CASE, reason: Category.CASE, at: Category.CASE, userId: Category.CASE,
  },
  ClosureRequest: {
    id: 'PUBLIC', to: Category.CASE, reason: Category.CASE, status: Category.CASE, requestedByUserId: Category.CASE,
    requestedAt: Category.CASE, decidedByUserId: Category.CASE, decidedAt: Category.CASE, returnReason: Category.CASE,
  },
  CaseWorkerAssignment: {
    id: 'PUBLIC', userId: Category.CASE, name: Category.CASE, agency: Category.CASE, assignedByUserId: Category.CASE,
    assignedAt: Category.CASE,
  },
  CaseManager: {
    // the staff member's key: made of the agency and user id, so read as they are
    id: Category.CASE, userId: Category.CASE, name: Category.CASE, workEmail: Category.CASE, workPhone: Category.CASE,
    agency: Category.CASE,
  },
  Client: {
    id: 'PUBLIC',
    givenName: Category.IDENTITY, familyName: Category.IDENTITY, birthDate: Category.IDENTITY,
    gender: Category.IDENTITY, declaredMunicipalityCode: Category.IDENTITY, updatedAt: Category.IDENTITY,
    pseudonymisedAt: Category.IDENTITY,
    personalCode: Category.IDENTIFIER, address: Category.IDENTIFIER, phone: Category.IDENTIFIER,
  },
  Involvement: {
    id: 'PUBLIC',
    agency: Category.CASE, role: Category.CASE, validFrom: Category.CASE, validUntil: Category.CASE,
    endedAt: Category.CASE, endReason: Category.CASE, legalBasis: Category.CASE, createdAt: Category.CASE,
    active: Category.CASE,
  },
  Assessment: {
    id: 'PUBLIC',
    type: Category.ASSESSMENT, assessedOn: Category.ASSESSMENT, authorAgency: Category.ASSESSMENT,
    authorUserId: Category.ASSESSMENT, needsSummary: Category.ASSESSMENT, careLevel: Category.ASSESSMENT,
    recommendedServices: Category.ASSESSMENT, createdAt: Category.ASSESSMENT, beforeCaseOpened: Category.ASSESSMENT,
    healthFindings: Category.HEALTH,
    safetyFindings: Category.SAFETY,
    familyNotes: Category.FAMILY,
    childOpinion: Category.CHILD_VOICE,
  },
  SupportPlan: {
    id: 'PUBLIC',
    version: Category.PLAN, status: Category.PLAN, problem: Category.PLAN, validFrom: Category.PLAN,
    reviewDueOn: Category.PLAN, authorAgency: Category.PLAN, authorUserId: Category.PLAN,
    returnedAt: Category.PLAN, returnedByUserId: Category.PLAN, returnReason: Category.PLAN,
    createdAt: Category.PLAN, activatedAt: Category.PLAN, goals: Category.PLAN, tasks: Category.PLAN,
    services: Category.PLAN,
    // the individual transition plan: "transition team's tasks" and "planned visits and meetings" are PLAN sections (ACCESS.md)
    transitionTeam: Category.PLAN, preparationVisits: Category.PLAN,
    // the sections (ACCESS.md, "Support plan sections"): each under its own category, so a reader of the plan sees only those its role allows
    health: Category.HEALTH, family: Category.FAMILY, childVoice: Category.CHILD_VOICE, placementConditions: Category.PLACEMENT,
    education: Category.PLAN, employment: Category.PLAN, wishesAndInterests: Category.PLAN, supportVolume: Category.PLAN,
    cooperationPartners: Category.PLAN, plannedContacts: Category.PLAN, agreement: Category.PLAN, evaluation: Category.PLAN,
    missingSections: Category.PLAN,
  },
  PlanHealth: {
    disabilityGroup: Category.HEALTH, disabilityValidUntil: Category.HEALTH, medications: Category.HEALTH,
    treatmentAndRehabilitation: Category.HEALTH, description: Category.HEALTH,
  },
  PlanMedication: { name: Category.HEALTH, dose: Category.HEALTH },
  PlanFamily: { people: Category.FAMILY, birthFamily: Category.FAMILY, contactArrangements: Category.FAMILY, familySupport: Category.FAMILY },
  PlanPerson: { name: Category.FAMILY, relation: Category.FAMILY, role: Category.FAMILY, contactArrangement: Category.FAMILY },
  PlanChildVoice: { opinionOnPlan: Category.CHILD_VOICE, opinionOnFamily: Category.CHILD_VOICE },
  PlanEducation: { stage: Category.PLAN, school: Category.PLAN, description: Category.PLAN },
  PlanEmployment: { status: Category.PLAN, description: Category.PLAN },
  PlanSupportVolume: { careLevel: Category.PLAN, description: Category.PLAN },
  CooperationPartner: { organisation: Category.PLAN, kind: Category.PLAN, role: Category.PLAN, workContact: Category.PLAN },
  PlannedContact: { id: 'PUBLIC', kind: Category.PLAN, plannedOn: Category.PLAN, agency: Category.PLAN, participants: Category.PLAN },
  PlanAgreement: { status: Category.PLAN, on: Category.PLAN, by: Category.PLAN, refusalReason: Category.PLAN },
  PlanEvaluation: { evaluatedOn: Category.PLAN, clientCooperation: Category.PLAN, note: Category.PLAN },
  // a link to a sibling's case: listed only where the reader may read FAMILY on both cases (in SQL), its fields FAMILY
  SiblingLink: { id: 'PUBLIC', siblingCaseId: Category.FAMILY, recordedByAgency: Category.FAMILY, recordedAt: Category.FAMILY },
  // a due item is shown only when its own category is readable (filtered in SQL); its fields too
  // an alert is shown only when its own category is readable (filtered in SQL); its fields too
  Alert: {
    id: 'PUBLIC', caseId: 'PUBLIC', referralId: 'PUBLIC',
    kind: Category.CASE, subject: Category.CASE, category: Category.CASE, dueOn: Category.CASE, raisedAt: Category.CASE, read: Category.CASE,
  },
  DueItem: {
    id: 'PUBLIC', caseId: 'PUBLIC',
    kind: Category.CASE, dueOn: Category.CASE, daysOverdue: Category.CASE, responsibleAgency: Category.CASE,
  },
  MentorAssignment: {
    id: 'PUBLIC', mentorId: Category.PLAN, mentorRef: Category.PLAN, mentorName: Category.PLAN, provider: Category.PLAN,
    startsOn: Category.PLAN, endsOn: Category.PLAN,
  },
  PlanGoal: {
    id: 'PUBLIC', position: Category.PLAN, description: Category.PLAN, outcome: Category.PLAN, evaluatedOn: Category.PLAN,
    evaluationNote: Category.PLAN, carriedForward: Category.PLAN,
  },
  PlanTask: {
    id: 'PUBLIC', goalPosition: Category.PLAN, position: Category.PLAN, description: Category.PLAN,
    deadline: Category.PLAN, expectedResult: Category.PLAN, responsibleAgency: Category.PLAN, status: Category.PLAN,
    forTransition: Category.PLAN,
  },
  TransitionTeamMember: { id: 'PUBLIC', agency: Category.PLAN, memberName: Category.PLAN, role: Category.PLAN },
  PreparationVisit: { id: 'PUBLIC', plannedOn: Category.PLAN, place: Category.PLAN, description: Category.PLAN },
  PlanService: {
    id: 'PUBLIC', serviceType: Category.PLAN, provider: Category.PLAN, volume: Category.PLAN,
    unit: Category.PLAN, period: Category.PLAN,
  },
  FollowUp: {
    id: 'PUBLIC',
    kind: Category.FOLLOW_UP, occurredOn: Category.FOLLOW_UP, authorAgency: Category.FOLLOW_UP,
    authorUserId: Category.FOLLOW_UP, summary: Category.FOLLOW_UP, recommendations: Category.FOLLOW_UP,
    category: Category.FOLLOW_UP, version: Category.FOLLOW_UP, createdAt: Category.FOLLOW_UP, beforeCaseOpened: Category.FOLLOW_UP,
    updatedAt: Category.FOLLOW_UP, revisions: Category.FOLLOW_UP,
  },
  // what a correction replaced, under the revision's own category (ROW_CATEGORY), listed only where that is readable too
  FollowUpRevision: {
    version: Category.FOLLOW_UP, kind: Category.FOLLOW_UP, occurredOn: Category.FOLLOW_UP, summary: Category.FOLLOW_UP,
    recommendations: Category.FOLLOW_UP, category: Category.FOLLOW_UP, replacedByUserId: Category.FOLLOW_UP,
    replacedAt: Category.FOLLOW_UP,
  },
  // a case's data-quality score: its manager's view (myCaseQuality); each gap under the category its check reads
  CaseQuality: {
    caseId: 'PUBLIC',
    score: Category.CASE, completeness: Category.CASE, timeliness: Category.CASE, consistency: Category.CASE, missing: Category.CASE,
  },
  QualityGap: { check: Category.CASE, kind: Category.CASE, description: Category.CASE, category: Category.CASE },
  Placement: {
    id: 'PUBLIC',
    type: Category.PLACEMENT, fosterForm: Category.PLACEMENT, carerName: Category.PLACEMENT, carerId: Category.PLACEMENT,
    carerRef: Category.PLACEMENT, provider: Category.PLACEMENT, startsOn: Category.PLACEMENT,
    endsOn: Category.PLACEMENT, courtDecisionRef: Category.PLACEMENT, decidingAgency: Category.PLACEMENT,
    siblingGroup: Category.PLACEMENT, capacityException: Category.PLACEMENT,
    createdAt: Category.PLACEMENT, beforeCaseOpened: Category.PLACEMENT, stayLimitOn: Category.PLACEMENT, stayLimitExceptions: Category.PLACEMENT,
    exitDestination: Category.PLACEMENT,
  },
  // the orphan court's decision on a child's permanency plan, as the placement itself
  PermanencyPlan: {
    id: 'PUBLIC', version: Category.PLACEMENT, goal: Category.PLACEMENT, targetDate: Category.PLACEMENT, decidedOn: Category.PLACEMENT,
    decisionRef: Category.PLACEMENT, reviewedWithPlanVersion: Category.PLACEMENT, decidingAgency: Category.PLACEMENT,
    decidedByUserId: Category.PLACEMENT, recordedAt: Category.PLACEMENT,
  },
  // the waiting list for long-term care: services asked for, with the pre-admission summary of the services tried (PLAN)
  CareApplication: {
    id: 'PUBLIC', service: Category.PLAN, appliedOn: Category.PLAN, status: Category.PLAN, offeredProvider: Category.PLAN,
    offeredOn: Category.PLAN, assessmentId: Category.PLAN, servicesTried: Category.PLAN, whyNotEnough: Category.PLAN,
    admittedOn: Category.PLAN, removedOn: Category.PLAN, removalReason: Category.PLAN, version: Category.PLAN, createdAt: Category.PLAN,
  },
  // the change feed: that a case changed, what and when (never values), given only for a case the agency reaches and
  // under the event's categories its roles there read (filtered in SQL); the fields are the case's own administration
  ChangeEvent: {
    id: 'PUBLIC', caseId: 'PUBLIC',
    entity: Category.CASE, entityId: Category.CASE, operation: Category.CASE, at: Category.CASE, categories: Category.CASE,
    oldVersion: Category.CASE, newVersion: Category.CASE,
  },
  // the support centre's support plan for a placed child: a support plan, PLAN
  PlacedChildPlan: {
    id: 'PUBLIC', version: Category.PLAN, goals: Category.PLAN, support: Category.PLAN, validFrom: Category.PLAN,
    reviewDueOn: Category.PLAN, agency: Category.PLAN, userId: Category.PLAN, createdAt: Category.PLAN,
  },
  // a child's contact with the birth family during out-of-family care: the family's life (third persons), FAMILY throughout
  BirthFamilyContact: {
    id: 'PUBLIC', kind: Category.FAMILY, status: Category.FAMILY, plannedOn: Category.FAMILY, heldOn: Category.FAMILY, place: Category.FAMILY,
    participants: Category.FAMILY, outcome: Category.FAMILY, organisingAgency: Category.FAMILY, organisedByUserId: Category.FAMILY,
    version: Category.FAMILY, createdAt: Category.FAMILY, updatedAt: Category.FAMILY,
  },
  // an orphan court's decision on the placement, as the placement itself
  StayLimitException: {
    id: 'PUBLIC', decisionRef: Category.PLACEMENT, newLimitOn: Category.PLACEMENT, decidingAgency: Category.PLACEMENT,
    decidedByUserId: Category.PLACEMENT, recordedAt: Category.PLACEMENT,
  },
};

/** Types whose rows carry their own category, and the column that holds it. */
export const ROW_CATEGORY: Record<string, string> = {
  FollowUp: 'category', FollowUpRevision: 'category', DueItem: 'category', Alert: 'category', QualityGap: 'category',
};

/**
 * Types whose rows may come without a case: such a row is the caller's agency's own, found by the
 * one root query that returns it and scoped in its SQL (an alert about a referral to decide on is
 * shown as the referral is, without the case until it is accepted; its fields name the referral's
 * role and the alert's kind, nothing of the case). A row with a case is guarded by its category.
 */
export const CASELESS_ROWS: readonly string[] = ['Alert'];

/**
 * Types that carry no case data: reference data, the caller itself, and connection plumbing.
 * Any authenticated caller may read them.
 */
export const PUBLIC_TYPES = [
  'Region', 'Municipality', 'Agency', 'Me', 'PageInfo', 'CaseConnection', 'CaseEdge', 'FollowUpConnection', 'FollowUpEdge',
  // answers guarded as a whole by the rule of the one root field that returns them (below)
  'CaseExistence', 'ServiceContact', 'AccessLogConnection', 'AccessLogEdge', 'AccessLogEntry', 'CaseTransfer',
  'AccessReport', 'AccessReportEntry', 'AccessReportEdge', 'EmergencyAccess', 'EmergencyAccessConnection', 'EmergencyAccessEdge',
  'DueItemConnection', 'DueItemEdge', 'AlertConnection', 'AlertEdge', 'ChangeConnection', 'ChangeEdge',
  // a referral shows the receiving agency only the minimum to decide on; scoped to the caller's agency in SQL
  'Referral', 'ReferralConnection', 'ReferralEdge', 'CaseQualityConnection', 'CaseQualityEdge',
  // an agency's own register of social mentors: only ever answered to that agency (socialMentors, registerMentor, retireMentor)
  'SocialMentor',
  // an agency's own webhook subscriptions (endpoints, delivery status, secret ids): only ever answered to that agency
  'WebhookSubscription', 'WebhookSecret', 'WebhookSecretIssued',
  // the support centres' services and the partner surveys' questions: registers
  'CentreService', 'SurveyQuestion',
  // a support centre's own records of its work (participants as counts, linked case ids only): only ever answered
  // to that centre (centreActivities, centreActivityCounts, partnerSurveys: the SQL takes the agency from the token)
  'CentreActivity', 'ActivityParticipants', 'CentreActivityConnection', 'CentreActivityEdge', 'CentreActivityCount',
  'PartnerSurvey', 'IssuedSurveyTokens',
  // a centre's yearly evaluation: counts of its work and survey results after disclosure control, no personal data
  'CentreEvaluation', 'ServiceIndicator', 'SurveyResult', 'QuestionResult',
  // aggregates: no personal data by construction (counts after disclosure control)
  'RegionalSummary', 'Figure', 'FigureRow', 'Cell', 'TrendPoint', 'DataQuality', 'DataQualityRow',
  // the data-quality score's definition: the check table itself
  'QualityCheckInfo',
  // what the caller's own roles in a case allow (Case.access): the policy applied to the caller, no case data
  'CaseAccess',
  // a child's candidates, guarded as a whole by matchCandidates (MATCHER: the case's support centre or orphan court); a
  // carer's own data only through Query.carer, by relation (the competence scores are told only to who reads CARER_ASSESSMENT)
  'MatchCandidate',
];

/**
 * Who may ask each root query, by kind of rule (rules.ts makes one shield rule per kind):
 *   PUBLIC          any authenticated caller (reference data, the caller itself)
 *   CASE_HANDLER    a case-handling user; rows are then scoped to its agency's involvements in SQL
 *   CASE_LISTER     the same, and a list filtered only by what every involved role may read
 *   DISCOVERER      a case-handling user of an agency that handles cases (minimal disclosure)
 *   ACCESS_LOG      the managing service's users and DPO, and oversight inspectors (mayReadAccessLog)
 *   ANALYST         analysts, within their aggregate scope (aggregateScope)
 *   ACCESS_REPORT   the state portal's system, for a person's own access report
 *   EMERGENCY_REVIEW the data protection officer of the managing social service (reviews its cases' emergency accesses)
 *   NODE            a case-handling user, for an object it reaches through a case it reaches (NODE_TYPES)
 *   CENTRE_RECORDS  a case-handling user of a support centre, for its own centre's records (activities, surveys)
 *   CENTRE_EVALUATION a support centre's yearly evaluation: the centre's own users, and oversight analysts in their scope
 *   MATCHER         a case-handling user whose agency is the case's support centre or orphan court (MATCHING_ROLES)
 * A request also needs a purpose that `asks` the kind (PURPOSES).
 */
export type QueryRule = 'PUBLIC' | 'CASE_HANDLER' | 'CASE_LISTER' | 'DISCOVERER' | 'ACCESS_LOG' | 'ANALYST' | 'ACCESS_REPORT'
  | 'EMERGENCY_REVIEW' | 'NODE' | 'CENTRE_RECORDS' | 'CENTRE_EVALUATION' | 'MATCHER';

export const QUERIES: Record<string, QueryRule> = {
  me: 'PUBLIC', regions: 'PUBLIC', municipalities: 'PUBLIC', agencies: 'PUBLIC',
  case: 'CASE_HANDLER', dueItems: 'CASE_HANDLER', inbox: 'CASE_HANDLER', referrals: 'CASE_HANDLER', myCaseQuality: 'CASE_HANDLER',
  // the change feed of the cases the agency reaches (scoped and filtered by category in SQL)
  changes: 'CASE_HANDLER',
  // the caller's own agency's register only (the SQL takes the agency from the token)
  socialMentors: 'CASE_HANDLER',
  // the caller's own agency's webhook subscriptions only (the SQL takes the agency from the token); never a secret's value
  webhookSubscriptions: 'CASE_HANDLER',
  cases: 'CASE_LISTER',
  caseExists: 'DISCOVERER',
  caseAccessLog: 'ACCESS_LOG',
  regionalSummary: 'ANALYST', trend: 'ANALYST', dataQuality: 'ANALYST',
  accessReport: 'ACCESS_REPORT',
  emergencyAccesses: 'EMERGENCY_REVIEW',
  // any object by its id (Relay): answered exactly when it is reached through its case (NODE_TYPES)
  node: 'NODE',
  centreServices: 'PUBLIC', surveyQuestions: 'PUBLIC',
  // a support centre's own records; the ministry and the regions get only the evaluation's aggregates
  centreActivities: 'CENTRE_RECORDS', centreActivityCounts: 'CENTRE_RECORDS', partnerSurveys: 'CENTRE_RECORDS',
  centreEvaluation: 'CENTRE_EVALUATION',
  // carers: rows scoped in SQL to the carers the caller's agency has a relation to; fields by CARER_MATRIX
  carer: 'CASE_HANDLER', carers: 'CASE_HANDLER',
  matchCandidates: 'MATCHER',
};

/**
 * The types `node(id:)` refetches, each by the field of its Case it is reached through: a node is
 * answered only where `case(id:) { <field> }` would list it (that field's category readable, and a
 * row's own category too, ROW_CATEGORY); NOT_FOUND otherwise, as for an id that does not exist.
 */
export const NODE_TYPES: Record<string, string> = {
  Case: 'id', Involvement: 'involvements', Assessment: 'assessments', SupportPlan: 'planHistory', FollowUp: 'followUps',
  Placement: 'placements',
};

/**
 * What a write needs: the categories an input field touches. Fields not listed touch the
 * category of the mutation itself (MUTATIONS below).
 */
export const INPUT_CATEGORIES: Record<string, Record<string, Category>> = {
  // filtering by a field is reading it: a filter is allowed only on what every role may read
  CaseFilter: {
    status: Category.CASE, targetGroup: Category.CASE, municipalityCode: Category.CASE, updatedSince: Category.CASE,
    myRole: Category.CASE,
  },
  // a plan's sections under their own categories; the fields not listed (education, agreement, …) are PLAN
  SaveSupportPlanInput: {
    health: Category.HEALTH, family: Category.FAMILY, childVoice: Category.CHILD_VOICE, placementConditions: Category.PLACEMENT,
  },
  PlanSectionsInput: {
    health: Category.HEALTH, family: Category.FAMILY, childVoice: Category.CHILD_VOICE, placementConditions: Category.PLACEMENT,
  },
  RecordAssessmentInput: {
    healthFindings: Category.HEALTH, safetyFindings: Category.SAFETY, familyNotes: Category.FAMILY,
    childOpinion: Category.CHILD_VOICE,
  },
};

/** Where a mutation's case comes from, and what it writes (category, operation) given its arguments. */
export type WriteOperation = 'create' | 'update-own' | 'update-any';
export type MutationArgs = { input?: Record<string, unknown>; id?: string };
/** What the policy needs to know about an existing row a mutation changes. */
export interface RowFacts {
  /** written by the caller's own agency */
  own: boolean;
  category: Category;
}
/**
 * `by`: the user roles inside the agency that may perform the write (ACCESS.md, Principal); every
 * case-handling role when absent.
 */
export type CallerDecision = 'requestEmergencyAccess' | 'reviewEmergencyAccess' | 'manageMentorRegister' | 'markAlertsRead' | 'answerReferral'
  | 'withdrawReferral' | 'manageWebhooks' | 'keepCentreRecords';
/** Who a write decided on the caller alone is for (decide.ts has the rules; docs/access-matrix.md lists these). */
export const CALLER_WRITERS: Record<CallerDecision, string> = {
  requestEmergencyAccess: 'a case-handling user of an orphan court, a crisis centre or a social service, with the purpose EMERGENCY',
  reviewEmergencyAccess: "the data protection officer of the social service managing the case, with the purpose SUPERVISION",
  manageMentorRegister: "a MANAGER of a social service, for its own agency's register, with the purpose CASE_WORK",
  markAlertsRead: "a case-handling user, for its own read state of its agency's alerts it may read",
  answerReferral: 'a MANAGER of the agency a referral (or a transfer) is addressed to: accept, decline',
  withdrawReferral: 'a case-handling user of the agency that sent a referral (or a transfer): its MANAGER, or the user who sent it',
  manageWebhooks: "a MANAGER of a case-handling agency, for its own agency's webhook subscriptions, with a purpose that reaches its "
    + 'involvements (not EMERGENCY); the endpoint gets what changes(...) gives the agency for that purpose',
  keepCentreRecords: "a case-handling user of a support centre, for its own centre's activities and partner surveys, with the purpose CASE_WORK",
};
export type MutationPolicy =
  | { target: 'new-case' }
  // decided on the caller alone; the service finds the target, answering NOT_FOUND for one the caller may not see.
  // `links`: the cases an input field names (a list of ids), each of which the caller must reach and may `writes` in
  | { target: 'caller'; may: CallerDecision; links?: { field: string; writes: [Category, WriteOperation][] } }
  // the case is the input's caseId, or that of the involvement, mentor assignment or support plan `id`
  | { target: 'case' | 'involvement' | 'mentor-assignment' | 'plan'; writes: (args: MutationArgs) => [Category, WriteOperation][]; by?: readonly UserRole[];
      /** only these roles in the case perform it, whatever else the agency may write there */
      as?: readonly CaseRole[];
      grants?: WriteGrants }
  // a row filed by an agency (a follow-up, a birth-family contact): `Own` changes only its own agency's rows
  | { target: 'follow-up'; writes: (args: MutationArgs, row: RowFacts) => [Category, WriteOperation][]; by?: readonly UserRole[] }
  | { target: 'birth-family-contact'; writes: (args: MutationArgs, row: RowFacts) => [Category, WriteOperation][]; by?: readonly UserRole[];
      grants?: WriteGrants }
  // a carer's data (CARER_MATRIX): a new carer by a support centre, or a write by the relations the policy names
  | { target: 'new-carer' }
  | CarerMutationPolicy;

/**
 * Carers' data (issue 13): carers are data subjects outside any case, so their data is reached
 * through an agency's relation to the carer (CarerRelation), never through a case role. The same
 * rights as the case matrix (W, R, OWN, -); least disclosure: the social service of a child placed
 * with the carer reads who the carer is and how to reach them, nothing of the centre's assessment.
 */
const { SUPPORTING_CENTRE: CENTRE, CARER_COURT: COURT, PLACING_SERVICE: PLACING } = CarerRelation;
export const CARER_MATRIX: Record<CarerCategory, Record<CarerRelation, Right>> = {
  //                                        SUPPORTING_CENTRE  CARER_COURT  PLACING_SERVICE
  [CarerCategory.CARER_PERSONAL]:   { [CENTRE]: 'W', [COURT]: 'R', [PLACING]: 'R' },
  [CarerCategory.CARER_ASSESSMENT]: { [CENTRE]: 'W', [COURT]: 'R', [PLACING]: '-' },
};

export const CARER_CATEGORY_NATURE: Record<CarerCategory, string> = {
  [CarerCategory.CARER_PERSONAL]: "a carer's identity and contact (a data subject of their own)",
  [CarerCategory.CARER_ASSESSMENT]: "a carer's assessment, training and the orphan court's decisions on them",
};

/** Which relations to a carer a purpose acts through (a purpose never widens: the court's proceedings reach only the court's). */
export const CARER_PURPOSES: Partial<Record<Purpose, readonly CarerRelation[]>> = {
  [Purpose.CASE_WORK]: [CENTRE, COURT, PLACING],
  [Purpose.COURT_PROCEEDINGS]: [COURT],
};

/** Who may register a new carer (`registerCarer`): a support centre, which becomes the carer's supporting centre. */
export const CARER_REGISTRARS: readonly AgencyKind[] = [AgencyKind.SUPPORT_CENTRE];

/**
 * Who moves a carer into each status of the support centre's process (the carers feature's
 * transition table says from where): the support centre, but the suitability decision is the
 * orphan court's.
 */
export const CARER_STEP_BY: Record<CarerStatus, readonly CarerRelation[]> = {
  [CarerStatus.INQUIRY]: [CENTRE],
  [CarerStatus.INFORMATION_AND_PREPARATION]: [CENTRE],
  [CarerStatus.FIRST_HOME_VISIT]: [CENTRE],
  [CarerStatus.INITIAL_TRAINING]: [CENTRE],
  [CarerStatus.MUTUAL_ASSESSMENT]: [CENTRE],
  [CarerStatus.PSYCHOLOGIST_OPINION]: [CENTRE],
  [CarerStatus.SUITABILITY_DECIDED]: [COURT],
  [CarerStatus.ACTIVE]: [CENTRE],
  [CarerStatus.PAUSED]: [CENTRE],
  [CarerStatus.EXITED]: [CENTRE],
};

/** Field → category for every GraphQL type of carer data (the read guard takes the carer from the row's `carerId`). */
export const CARER_FIELD_CATEGORIES: Record<string, Record<string, CarerCategory | 'PUBLIC'>> = {
  Carer: {
    id: 'PUBLIC', myRelations: 'PUBLIC',
    kind: CarerCategory.CARER_PERSONAL, name: CarerCategory.CARER_PERSONAL, address: CarerCategory.CARER_PERSONAL,
    phone: CarerCategory.CARER_PERSONAL, municipality: CarerCategory.CARER_PERSONAL, supportCentre: CarerCategory.CARER_PERSONAL,
    status: CarerCategory.CARER_ASSESSMENT, inquiryOn: CarerCategory.CARER_ASSESSMENT, suitabilityDecidedOn: CarerCategory.CARER_ASSESSMENT,
    version: CarerCategory.CARER_ASSESSMENT, forms: CarerCategory.CARER_ASSESSMENT, household: CarerCategory.CARER_ASSESSMENT,
    history: CarerCategory.CARER_ASSESSMENT, trainings: CarerCategory.CARER_ASSESSMENT, initialTrainingHours: CarerCategory.CARER_ASSESSMENT,
    furtherTrainingHours: CarerCategory.CARER_ASSESSMENT, competences: CarerCategory.CARER_ASSESSMENT,
    developmentPlans: CarerCategory.CARER_ASSESSMENT, allowedNext: CarerCategory.CARER_ASSESSMENT,
    supportPlans: CarerCategory.CARER_ASSESSMENT,
  },
  // the support centre's support plan for the family: its assessment of the family's needs and the support it gives
  CarerSupportPlan: {
    id: 'PUBLIC', version: CarerCategory.CARER_ASSESSMENT, needs: CarerCategory.CARER_ASSESSMENT, support: CarerCategory.CARER_ASSESSMENT,
    validFrom: CarerCategory.CARER_ASSESSMENT, reviewDueOn: CarerCategory.CARER_ASSESSMENT, userId: CarerCategory.CARER_ASSESSMENT,
    createdAt: CarerCategory.CARER_ASSESSMENT,
  },
  CarerForm: {
    form: CarerCategory.CARER_ASSESSMENT, decisionRef: CarerCategory.CARER_ASSESSMENT, decidedOn: CarerCategory.CARER_ASSESSMENT,
    decidingAgency: CarerCategory.CARER_ASSESSMENT,
  },
  HouseholdMember: {
    id: 'PUBLIC', name: CarerCategory.CARER_ASSESSMENT, relation: CarerCategory.CARER_ASSESSMENT, birthYear: CarerCategory.CARER_ASSESSMENT,
  },
  CarerTransition: {
    id: 'PUBLIC', from: CarerCategory.CARER_ASSESSMENT, to: CarerCategory.CARER_ASSESSMENT, reason: CarerCategory.CARER_ASSESSMENT,
    exitInterview: CarerCategory.CARER_ASSESSMENT, agency: CarerCategory.CARER_ASSESSMENT, userId: CarerCategory.CARER_ASSESSMENT,
    at: CarerCategory.CARER_ASSESSMENT,
  },
  CarerTraining: {
    id: 'PUBLIC', kind: CarerCategory.CARER_ASSESSMENT, hours: CarerCategory.CARER_ASSESSMENT, heldOn: CarerCategory.CARER_ASSESSMENT,
    topic: CarerCategory.CARER_ASSESSMENT,
  },
  CompetenceAssessment: {
    id: 'PUBLIC', assessedOn: CarerCategory.CARER_ASSESSMENT, careAndProtection: CarerCategory.CARER_ASSESSMENT,
    developmentalNeeds: CarerCategory.CARER_ASSESSMENT, birthFamilyRelationship: CarerCategory.CARER_ASSESSMENT,
    permanency: CarerCategory.CARER_ASSESSMENT, teamwork: CarerCategory.CARER_ASSESSMENT, note: CarerCategory.CARER_ASSESSMENT,
  },
  DevelopmentPlan: {
    id: 'PUBLIC', version: CarerCategory.CARER_ASSESSMENT, goals: CarerCategory.CARER_ASSESSMENT, validFrom: CarerCategory.CARER_ASSESSMENT,
    reviewDueOn: CarerCategory.CARER_ASSESSMENT, reviews: CarerCategory.CARER_ASSESSMENT,
  },
  DevelopmentReview: {
    id: 'PUBLIC', reviewedOn: CarerCategory.CARER_ASSESSMENT, summary: CarerCategory.CARER_ASSESSMENT,
  },
};

/**
 * The writes of carer data: who performs each (the relations, by the write's arguments), and the
 * category it writes (for the audit and the matrix doc). `registerCarer` is a support centre's
 * (CARER_REGISTRARS); every other names its carer in `input.carerId`.
 */
export interface CarerMutationPolicy {
  target: 'carer';
  writes: CarerCategory;
  relations: (args: MutationArgs) => readonly CarerRelation[];
  /** what `relations` gives, for the matrix doc */
  who: string;
}
const byCentre = { relations: () => [CENTRE], who: CENTRE } as const;
export const CARER_MUTATIONS: Record<string, CarerMutationPolicy> = {
  transitionCarer: { target: 'carer', writes: CarerCategory.CARER_ASSESSMENT, who: 'CARER_STEP_BY of the status moved to',
    relations: ({ input }) => CARER_STEP_BY[input?.to as CarerStatus] ?? [] },
  // the orphan court's decision recognising a form (audžuģimenes statuss), with its decision reference
  recognizeCarerForm: { target: 'carer', writes: CarerCategory.CARER_ASSESSMENT, who: COURT, relations: () => [COURT] },
  recordCarerTraining: { target: 'carer', writes: CarerCategory.CARER_ASSESSMENT, ...byCentre },
  assessCarerCompetences: { target: 'carer', writes: CarerCategory.CARER_ASSESSMENT, ...byCentre },
  addHouseholdMember: { target: 'carer', writes: CarerCategory.CARER_ASSESSMENT, ...byCentre },
  saveDevelopmentPlan: { target: 'carer', writes: CarerCategory.CARER_ASSESSMENT, ...byCentre },
  reviewDevelopmentPlan: { target: 'carer', writes: CarerCategory.CARER_ASSESSMENT, ...byCentre },
  saveCarerSupportPlan: { target: 'carer', writes: CarerCategory.CARER_ASSESSMENT, ...byCentre },
  updateCarerContact: { target: 'carer', writes: CarerCategory.CARER_PERSONAL, ...byCentre },
};

/** Matching a child with a family: the support centre proposes, the orphan court decides (both read the candidates). */
export const MATCHING_ROLES: readonly CaseRole[] = [SC, OC];

/** Managing involvements is for the managing service's MANAGER (ACCESS.md: "manages involvements their agency grants"). */
const MANAGERS: readonly UserRole[] = [UserRole.MANAGER];

/** The categories an input touches through the sensitive fields it fills. */
export function sensitiveCategories(inputType: string, input: Record<string, unknown> = {}): Category[] {
  return Object.entries(INPUT_CATEGORIES[inputType] ?? {})
    .filter(([field]) => input[field] !== undefined && input[field] !== null && input[field] !== '')
    .map(([, category]) => category);
}

function sensitiveWrites(inputType: string, input: Record<string, unknown> = {}): [Category, WriteOperation][] {
  return sensitiveCategories(inputType, input).map((category) => [category, 'create']);
}

export const MUTATIONS: Record<string, MutationPolicy> = {
  // only the social service of the client's municipality (decide.ts, mayOpenCase)
  openCase: { target: 'new-case' },
  addInvolvement: { target: 'case', writes: () => [[Category.CASE, 'update-any']], by: MANAGERS },
  // a transfer is asked by the case manager and takes effect when the receiving social service's MANAGER accepts it (acceptReferral)
  transferCase: { target: 'case', writes: () => [[Category.CASE, 'update-any']], as: [CM] },
  transitionCase: { target: 'case', writes: () => [[Category.CASE, 'update-any']] },
  // where the municipality requires it, closing is asked by the case manager and decided by the managing service's MANAGER
  requestClosure: { target: 'case', writes: () => [[Category.CASE, 'update-any']], as: [CM] },
  approveClosure: { target: 'case', writes: () => [[Category.CASE, 'update-any']], by: MANAGERS, as: [CM] },
  returnClosure: { target: 'case', writes: () => [[Category.CASE, 'update-any']], by: MANAGERS, as: [CM] },
  // ACCESS.md: the MANAGER of the managing service assigns the case worker (a staff member of its own agency)
  assignCaseWorker: { target: 'case', writes: () => [[Category.CASE, 'update-any']], by: MANAGERS },
  endInvolvement: { target: 'involvement', writes: () => [[Category.CASE, 'update-any']], by: MANAGERS },
  recordAssessment: {
    target: 'case',
    writes: ({ input }) => [[Category.ASSESSMENT, 'create'], ...sensitiveWrites('RecordAssessmentInput', input)],
  },
  // a draft is created; activating supersedes the current plan, so it needs rights over others' rows
  saveSupportPlan: {
    target: 'case',
    writes: ({ input }) => [[Category.PLAN, input?.status === 'ACTIVE' ? 'update-any' : 'create'], ...sensitiveWrites('SaveSupportPlanInput', input)],
  },
  // a draft's sections are filled in by whoever may write each one's category (the orphan court the placement
  // conditions, the assessment team the health section); the fields not listed in INPUT_CATEGORIES are PLAN
  recordPlanSections: {
    target: 'plan',
    writes: ({ input }) => [
      ...(Object.entries(input ?? {}).some(([field, value]) => value !== undefined && value !== null && !(field in INPUT_CATEGORIES.PlanSectionsInput))
        ? [[Category.PLAN, 'update-any'] as [Category, WriteOperation]] : []),
      ...sensitiveCategories('PlanSectionsInput', input).map((category): [Category, WriteOperation] => [category, 'update-any']),
    ],
  },
  // the review of the plan in force: goals' outcomes and the client's cooperation
  evaluatePlan: { target: 'plan', writes: () => [[Category.PLAN, 'update-any']] },
  // siblings' cases are linked by the case manager (FAMILY: "siblings and sibling links"), who must reach the other case too
  linkSiblingCases: { target: 'case', writes: () => [[Category.FAMILY, 'update-any']], as: [CM] },
  addFollowUp: {
    target: 'case',
    writes: ({ input }) => [[(input?.category as Category | undefined) ?? Category.FOLLOW_UP, 'create']],
  },
  // `Own` changes only what one's own agency wrote; refiling under another category needs that category too
  updateFollowUp: {
    target: 'follow-up',
    writes: ({ input }, row) => [[row.category, row.own ? 'update-own' : 'update-any'],
      ...(input?.category && input.category !== row.category ? [[input.category as Category, 'create'] as [Category, WriteOperation]] : [])],
  },
  recordPlacement: { target: 'case', writes: () => [[Category.PLACEMENT, 'create']] },
  // a child's contacts with the birth family (FAMILY): planned by who may write FAMILY in the case, and by the support
  // centre, which organises them (seed 000; issue 13: "writable by the support centre in the case"), for its own only;
  // changed by its organiser's agency or by the case manager (W)
  planBirthFamilyContact: { target: 'case', writes: () => [[Category.FAMILY, 'create']], grants: { [Category.FAMILY]: { [SC]: 'OWN' } } },
  updateBirthFamilyContact: { target: 'birth-family-contact', writes: (_args, row) => [[row.category, row.own ? 'update-own' : 'update-any']],
    grants: { [Category.FAMILY]: { [SC]: 'OWN' } } },
  // the support centre's own support plan for a child placed with a family it supports (issue 13): a new version each time
  savePlacedChildPlan: { target: 'case', writes: () => [[Category.PLAN, 'create']], as: [SC], grants: { [Category.PLAN]: { [SC]: 'OWN' } } },
  // a move between providers ends and adds involvements; the new placement is written only by who
  // may write PLACEMENT (for a child the orphan court, with recordPlacement; for an adult the case manager)
  recordTransition: {
    target: 'case',
    writes: ({ input }) => [[Category.CASE, 'update-any'], ...(input?.newPlacement ? [[Category.PLACEMENT, 'create'] as [Category, WriteOperation]] : [])],
    by: MANAGERS,
  },
  // a plan drafted by another agency (the assessment team) waits for the case manager's decision: approving it
  // activates it (superseding the plan in force, as saveSupportPlan with ACTIVE), returning it answers the author
  approvePlan: { target: 'plan', writes: () => [[Category.PLAN, 'update-any']], as: [CM] },
  returnPlan: { target: 'plan', writes: () => [[Category.PLAN, 'update-any']], as: [CM] },
  // a mentor is a service of the support plan; assigned and ended by who may change the plan
  assignMentor: { target: 'case', writes: () => [[Category.PLAN, 'update-any']] },
  endMentorAssignment: { target: 'mentor-assignment', writes: () => [[Category.PLAN, 'update-any']] },
  // an agency's own register of the social mentors it engages (004 J1: the municipality contracts them): its MANAGER
  registerMentor: { target: 'caller', may: 'manageMentorRegister' },
  retireMentor: { target: 'caller', may: 'manageMentorRegister' },
  // the permanent solution for a child in care and the child's exit from care are the orphan court's decisions (PLACEMENT);
  // in an adult's case the social service has W on PLACEMENT, but neither applies to an adult, so the court alone acts
  recordPermanencyPlan: { target: 'case', writes: () => [[Category.PLACEMENT, 'create']], as: [OC] },
  recordExitFromCare: { target: 'case', writes: () => [[Category.PLACEMENT, 'update-any']], as: [OC] },
  // the waiting list for long-term care is the case manager's (the municipality decides on long-term care): PLAN,
  // never the assessment team's drafts (its OWN on PLAN)
  applyForLongTermCare: { target: 'case', writes: () => [[Category.PLAN, 'create']], as: [CM] },
  offerPlace: { target: 'case', writes: () => [[Category.PLAN, 'update-any']], as: [CM] },
  admitFromWaitingList: { target: 'case', writes: () => [[Category.PLAN, 'update-any']], as: [CM] },
  removeFromWaitingList: { target: 'case', writes: () => [[Category.PLAN, 'update-any']], as: [CM] },
  // extending a child's institution stay limit is the orphan court's decision on the placement (PLACEMENT)
  recordStayLimitException: { target: 'case', writes: () => [[Category.PLACEMENT, 'update-any']] },
  // the orphan court's decision on a child that the legal representative must not see who used the case's
  // data (ACCESS.md, the person's own access report): recorded by the court, as its decisions are (PLACEMENT)
  restrictAccessReport: { target: 'case', writes: () => [[Category.PLACEMENT, 'update-any']], as: [OC] },
  // emergency access (ACCESS.md, policy v2): asked by personal code, reviewed by the managing service's DPO
  requestEmergencyAccess: { target: 'caller', may: 'requestEmergencyAccess' },
  reviewEmergencyAccess: { target: 'caller', may: 'reviewEmergencyAccess' },
  // the caller's own read state of its agency's alerts (the service marks only those it may see)
  markAlertsRead: { target: 'caller', may: 'markAlertsRead' },
  // a referral: the case manager's MANAGER refers (it grants an involvement); the receiving agency's MANAGER answers
  refer: { target: 'case', writes: () => [[Category.CASE, 'update-any']], by: MANAGERS },
  acceptReferral: { target: 'caller', may: 'answerReferral' },
  declineReferral: { target: 'caller', may: 'answerReferral' },
  withdrawReferral: { target: 'caller', may: 'withdrawReferral' },
  // an agency's webhook subscriptions to its own change feed: its MANAGER registers, rotates secrets, pauses, resumes, re-queues
  registerWebhook: { target: 'caller', may: 'manageWebhooks' },
  addWebhookSecret: { target: 'caller', may: 'manageWebhooks' },
  retireWebhookSecret: { target: 'caller', may: 'manageWebhooks' },
  pauseWebhook: { target: 'caller', may: 'manageWebhooks' },
  resumeWebhook: { target: 'caller', may: 'manageWebhooks' },
  requeueWebhook: { target: 'caller', may: 'manageWebhooks' },
  // a support centre's own records of its services (seed 000); an activity names a case only where the centre is
  // involved and may record its own follow-ups (the activity is the centre's work with that client)
  recordCentreActivity: { target: 'caller', may: 'keepCentreRecords', links: { field: 'caseIds', writes: [[Category.FOLLOW_UP, 'create']] } },
  // its partner surveys: opened for a year and a kind of partner, answered anonymously with one-time tokens
  openPartnerSurvey: { target: 'caller', may: 'keepCentreRecords' },
  issueSurveyTokens: { target: 'caller', may: 'keepCentreRecords' },
  closePartnerSurvey: { target: 'caller', may: 'keepCentreRecords' },
  registerCarer: { target: 'new-carer' },
  ...CARER_MUTATIONS,
  // the support centre proposes (matchCandidates); the orphan court decides and records the placement (recordPlacement)
};

