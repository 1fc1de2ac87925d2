/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a use of case data was */
export type AccessKind =
  /** Whether the case exists was asked (caseExists, or an openCase that found it) */
  | 'DISCOVERY'
  /** Data of the case was read */
  | 'READ'
  /** Data of the case was written (created or changed) */
  | 'WRITE';

/** A follow-up to record in a case: a contact with the client, what happened, filed under a category */
export type AddFollowUpInput = {
  /** The case (its id) */
  caseId: string | number;
  /** Under which category to file it (who may read it follows from this) */
  category?: FollowUpCategory;
  /** What kind of contact */
  kind: FollowUpKind;
  /** When it happened; not in the future */
  occurredOn: string;
  /** Recommendations */
  recommendations?: string | null | undefined;
  /** What happened */
  summary: string;
};

/** An agency to involve in a case, in a role */
export type AddInvolvementInput = {
  /** The involved agency's code in the register */
  agencyCode: string;
  /** The case (its id) */
  caseId: string | number;
  /** The legal basis, e.g. the orphan court decision or the service contract */
  legalBasis: string;
  /** Any role but CASE_MANAGER (a case changes manager only by transfer) */
  role: InvolvementRole;
  /** Defaults to now */
  validFrom?: string | null | undefined;
  /** PREVIOUS_PROVIDER defaults to 12 months after validFrom */
  validUntil?: string | null | undefined;
};

/** The admission of a client offered a place */
export type AdmitFromWaitingListInput = {
  /** The day of admission: not before the offer, not in the future */
  admittedOn: string;
  /** The application */
  applicationId: string | number;
  /** The client's assessment the admission is decided on; to a state social care centre, one from the last 12 months */
  assessmentId: string | number;
  /** The client's case */
  caseId: string | number;
  /** The version read (a stale one is CONFLICT) */
  expectedVersion: number;
  /** Pre-admission summary: the community services tried (required for a state social care centre) */
  servicesTried?: Array<ServiceType> | null | undefined;
  /** Pre-admission summary: why they were not enough (required for a state social care centre) */
  whyNotEnough?: string | null | undefined;
};

/** The kinds of agency in the register */
export type AgencyKind =
  /** An assessment team (izvērtēšanas komanda) */
  | 'ASSESSMENT_TEAM'
  /** A crisis centre (krīzes centrs) */
  | 'CRISIS_CENTRE'
  /** A care institution */
  | 'INSTITUTION'
  /** A municipality's orphan court (bāriņtiesa) */
  | 'ORPHAN_COURT'
  /** The ministry, the inspectorate or a planning region's office */
  | 'OVERSIGHT'
  /** A provider of community services */
  | 'SERVICE_PROVIDER'
  /** A municipality's social service (sociālais dienests): manages the cases of its residents */
  | 'SOCIAL_SERVICE'
  /** The state portal's system (Latvija.lv) */
  | 'STATE_PORTAL'
  /** A family support centre (atbalsta centrs) */
  | 'SUPPORT_CENTRE';

/** The client's answer to the plan */
export type AgreementAnswer =
  /** Agreed with the plan */
  | 'AGREED'
  /** Refused the plan (give the reason) */
  | 'REFUSED';

/** Who answered for the client */
export type AgreementBy =
  /** The client */
  | 'CLIENT'
  /** The legal representative */
  | 'LEGAL_REPRESENTATIVE';

/** The client's agreement with the plan (klienta piekrišana) */
export type AgreementStatus =
  /** The client (or the legal representative) agreed */
  | 'AGREED'
  /** Not answered yet: the plan cannot be activated */
  | 'PENDING'
  /** A plan activated before the hub recorded agreements */
  | 'RECORDED_BEFORE_RULE'
  /** The client (or the legal representative) refused, with a reason */
  | 'REFUSED';

/** What raised an alert */
export type AlertKind =
  /** A closure of the case waits for the approval of a MANAGER of the managing social service */
  | 'CLOSURE_PENDING'
  /** A follow-up of kind CRISIS was recorded */
  | 'CRISIS_FOLLOW_UP'
  /** A due item passed its date */
  | 'OVERDUE'
  /** A support plan drafted by another agency waits for the case manager's decision */
  | 'PLAN_DRAFTED'
  /** A referral waits for the receiving agency's answer (the case is shown once accepted) */
  | 'REFERRAL_PENDING'
  /** A transfer waits for the receiving social service's answer (the case is shown once accepted) */
  | 'TRANSFER_PENDING';

/** Where an application on the waiting list stands */
export type ApplicationStatus =
  /** Admitted: off the list */
  | 'ADMITTED'
  /** On the list, with a place offered */
  | 'PLACE_OFFERED'
  /** Removed from the list, with a reason */
  | 'REMOVED'
  /** On the waiting list */
  | 'WAITING';

/** An application for long-term care, put on the waiting list */
export type ApplyForLongTermCareInput = {
  /** The day the client applied: not in the future */
  appliedOn: string;
  /** The client's case */
  caseId: string | number;
  /** The service asked for */
  service: LongTermCareService;
};

/** A competence assessment over the five categories, each 1 to 5 */
export type AssessCarerCompetencesInput = {
  /** When assessed */
  assessedOn: string;
  /** Supporting the child's relationship with the birth family, 1 to 5 */
  birthFamilyRelationship: number;
  /** Child care and protection, 1 to 5 */
  careAndProtection: number;
  /** The carer */
  carerId: string | number;
  /** Meeting the child's developmental needs, 1 to 5 */
  developmentalNeeds: number;
  /** The assessor's note */
  note?: string | null | undefined;
  /** Lifelong relationships (permanency), 1 to 5 */
  permanency: number;
  /** Teamwork, 1 to 5 */
  teamwork: number;
};

/** Kinds of assessment */
export type AssessmentType =
  /** Care level assessment (aprūpes līmenis) */
  | 'CARE_LEVEL'
  /** Assessment at a home visit */
  | 'HOME_VISIT'
  /** The first assessment */
  | 'INITIAL'
  /** Needs and quality of life */
  | 'NEEDS_AND_QUALITY_OF_LIFE'
  /** A repeated assessment */
  | 'REASSESSMENT'
  /** Risk factors */
  | 'RISK_FACTORS';

/** Assigns the case's case worker (lietas vadītājs): the MANAGER of the managing service */
export type AssignCaseWorkerInput = {
  /** The case (its id) */
  caseId: string | number;
  /** Registers a user the hub does not know yet as a staff member of the managing agency, by this name; ignored for a known one */
  name?: string | null | undefined;
  /** The staff member's user id (token subject) in the managing agency */
  userId: string;
};

/** A social mentor to assign to a client */
export type AssignMentorInput = {
  /** The case (its id) */
  caseId: string | number;
  /** A mentor in your own agency's register (socialMentors) */
  mentorId: string | number;
  /** The first day */
  startsOn: string;
};

/** How the child meets the birth family */
export type BirthFamilyContactKind =
  /** A phone or video call */
  | 'CALL'
  /** A visit to the birth family's home */
  | 'HOME_VISIT'
  /** A meeting (tikšanās) */
  | 'MEETING'
  /** An overnight stay with the birth family */
  | 'OVERNIGHT_STAY'
  /** A meeting with a specialist present (uzraudzīta tikšanās) */
  | 'SUPERVISED_MEETING';

/** Where a contact with the birth family stands */
export type BirthFamilyContactStatus =
  /** Did not take place (the outcome says why, when known) */
  | 'CANCELLED'
  /** Held, with its outcome */
  | 'HELD'
  /** Planned, not yet held */
  | 'PLANNED';

/** What kind of carer */
export type CarerKind =
  /** Adopter (adoptētājs) */
  | 'ADOPTER'
  /** Family-type care home (ģimenes tipa aprūpes māja) */
  | 'FAMILY_TYPE_HOME'
  /** Foster family (audžuģimene), with the forms the orphan court recognised */
  | 'FOSTER_FAMILY'
  /** Guardian (aizbildnis) */
  | 'GUARDIAN';

/** How an agency stands to a carer */
export type CarerRelation =
  /** The orphan court of the carer's municipality */
  | 'CARER_COURT'
  /** The social service managing the case of a child living with the carer now */
  | 'PLACING_SERVICE'
  /** The support centre that supports the carer */
  | 'SUPPORTING_CENTRE';

/** Where a carer is in the support centre's process */
export type CarerStatus =
  /** Takes children */
  | 'ACTIVE'
  /** The relationship closed, with an exit interview */
  | 'EXITED'
  /** First home visit */
  | 'FIRST_HOME_VISIT'
  /** Information booklet and preparation */
  | 'INFORMATION_AND_PREPARATION'
  /** Initial competence-based training (hours recorded) */
  | 'INITIAL_TRAINING'
  /** Inquiry answered (interesa izrādīšana) */
  | 'INQUIRY'
  /** Mutual family assessment */
  | 'MUTUAL_ASSESSMENT'
  /** Takes no new children for a while */
  | 'PAUSED'
  /** Psychologist's suitability opinion given */
  | 'PSYCHOLOGIST_OPINION'
  /** The orphan court's suitability decision */
  | 'SUITABILITY_DECIDED';

/** Narrows a case list; all given conditions must hold */
export type CaseFilter = {
  /** Responsible municipality codes */
  municipalityCode?: Array<string> | null | undefined;
  /** Only cases where the caller's agency has this role */
  myRole?: InvolvementRole | null | undefined;
  /** Only cases in one of these states */
  status?: Array<CaseStatus> | null | undefined;
  /** Only cases of these target groups */
  targetGroup?: Array<TargetGroup> | null | undefined;
  /** Only cases changed at or after this instant */
  updatedSince?: string | null | undefined;
};

/** The order of a list of cases */
export type CaseOrder =
  /** Oldest change first */
  | 'UPDATED_ASC'
  /** Newest change first */
  | 'UPDATED_DESC';

/** Where a case stands in its lifecycle (intake → … → closed) */
export type CaseStatus =
  /** The client's needs are being assessed (izvērtēšana) */
  | 'ASSESSMENT'
  /** Closed */
  | 'CLOSED'
  /** The results are being evaluated (izvērtēšana) */
  | 'EVALUATION'
  /** The support plan is carried out (īstenošana) */
  | 'IMPLEMENTATION'
  /** Opened; the first contact is being recorded (uzņemšana) */
  | 'INTAKE'
  /** The support plan is being drawn up (plānošana) */
  | 'PLANNING'
  /** Closed for services, still visited for a while after (pēcuzraudzība) */
  | 'POST_CLOSURE_MONITORING';

/** A data category of the access policy */
export type Category =
  /** The social assessment */
  | 'ASSESSMENT'
  /** Case administration: status, dates, involvements, history */
  | 'CASE'
  /** The child's own views */
  | 'CHILD_VOICE'
  /** Family life (third persons) */
  | 'FAMILY'
  /** Follow-ups and situation reviews */
  | 'FOLLOW_UP'
  /** Health (a special category of data) */
  | 'HEALTH'
  /** Identifiers and contact: personal code, address, phone */
  | 'IDENTIFIER'
  /** Who the client is: name, birth date, gender */
  | 'IDENTITY'
  /** Out-of-family care placements and court decisions */
  | 'PLACEMENT'
  /** The support plan and its services */
  | 'PLAN'
  /** Child protection and safety */
  | 'SAFETY';

/** The client's cooperation over the plan */
export type ClientCooperation =
  /** The client cooperated */
  | 'COOPERATED'
  /** The client did not cooperate */
  | 'DID_NOT_COOPERATE'
  /** The client cooperated in part */
  | 'PARTLY_COOPERATED';

/** The client; used only when the hub does not know the personal code yet */
export type ClientInput = {
  /** Address */
  address?: string | null | undefined;
  /** Required for new-form codes, which carry no birth date */
  birthDate?: string | null | undefined;
  /** The municipality of the declared residence (its code): its social service manages the case */
  declaredMunicipalityCode: string;
  /** Family name */
  familyName: string;
  /** Gender */
  gender: Gender;
  /** Given name */
  givenName: string;
  /** DDMMYY-CNNNK or 32NNNN-NNNNN, hyphen optional */
  personalCode: string;
  /** Phone */
  phone?: string | null | undefined;
};

/** Where a request to close a case stands */
export type ClosureRequestStatus =
  /** Approved: the case was closed with it */
  | 'APPROVED'
  /** Waiting for a MANAGER of the managing social service */
  | 'PENDING'
  /** Returned to the case manager with a reason; the case stays open */
  | 'RETURNED';

/** A cooperation partner outside the hub */
export type CooperationPartnerInput = {
  /** Kind of partner */
  kind: CooperationPartnerKind;
  /** The organisation */
  organisation: string;
  /** What the partner does for the client */
  role: string;
  /** The partner's work contact (office phone or e-mail), never a private one */
  workContact?: string | null | undefined;
};

/** The kind of a cooperation partner outside the hub */
export type CooperationPartnerKind =
  /** Employer */
  | 'EMPLOYER'
  /** Family doctor */
  | 'FAMILY_DOCTOR'
  /** Hospital */
  | 'HOSPITAL'
  /** Non-governmental organisation */
  | 'NGO'
  /** Another organisation */
  | 'OTHER'
  /** Police */
  | 'POLICE'
  /** School */
  | 'SCHOOL';

/** A MANAGER of the managing social service decides on the case's pending closure request */
export type DecideClosureInput = {
  /** The case whose pending closure request is decided */
  caseId: string | number;
};

/** Disability group (invaliditātes grupa); a child's disability has none */
export type DisabilityGroup =
  /** A child's disability (children have no group) */
  | 'CHILD_DISABILITY'
  /** Group I (the most severe) */
  | 'GROUP_I'
  /** Group II */
  | 'GROUP_II'
  /** Group III */
  | 'GROUP_III'
  /** No disability determined */
  | 'NONE';

/** Which due items, as of which day */
export type DueItemFilter = {
  /** The day to judge by; defaults to today */
  asOf?: string | null | undefined;
  /** Only items of these kinds */
  kinds?: Array<DueItemKind> | null | undefined;
  /** Only items the caller's agency is responsible for */
  responsibleOnly?: boolean;
};

/** What a monitoring rule says is due */
export type DueItemKind =
  /** An emergency access to review */
  | 'EMERGENCY_REVIEW'
  /** A child's institution stay reaching its limit */
  | 'INSTITUTION_STAY_LIMIT'
  /** A visit after closure */
  | 'MONITORING_VISIT'
  /** A child still in care after the permanency plan's target date (shown once it has passed); the deciding orphan court's */
  | 'PERMANENCY_TARGET'
  /** A planned home visit or meeting that no follow-up of its kind matched by its day */
  | 'PLANNED_CONTACT'
  /** A support plan to reassess */
  | 'PLAN_REASSESSMENT'
  /** The repeated needs assessment 3 months after a move from an institution, until an assessment is recorded */
  | 'REASSESSMENT_AFTER_MOVE'
  /** A previous provider's review of the move */
  | 'SITUATION_REVIEW'
  /** A plan task's deadline */
  | 'TASK_DEADLINE';

/** Stage of education (izglītības pakāpe) */
export type EducationStage =
  /** Basic (primary) school */
  | 'BASIC'
  /** Higher education */
  | 'HIGHER'
  /** Not in education */
  | 'NOT_IN_EDUCATION'
  /** Pre-school */
  | 'PRESCHOOL'
  /** Secondary school */
  | 'SECONDARY'
  /** Special education programme */
  | 'SPECIAL'
  /** Vocational education */
  | 'VOCATIONAL';

/** An adult's employment (nodarbinātība) */
export type EmploymentStatus =
  /** Employed */
  | 'EMPLOYED'
  /** In education */
  | 'IN_EDUCATION'
  /** Retired */
  | 'RETIRED'
  /** In a specialised workshop */
  | 'SPECIALISED_WORKSHOP'
  /** In supported employment */
  | 'SUPPORTED_EMPLOYMENT'
  /** Unable to work */
  | 'UNABLE_TO_WORK'
  /** Unemployed */
  | 'UNEMPLOYED';

/** A review's evaluation of the plan in force: every goal and the client's cooperation */
export type EvaluatePlanInput = {
  /** The client's cooperation */
  clientCooperation: ClientCooperation;
  /** The day of the review (not in the future) */
  evaluatedOn: string;
  /** Every goal of the plan, once */
  goals: Array<GoalEvaluationInput>;
  /** What the review says */
  note?: string | null | undefined;
};

/** Where a child went on leaving out-of-family care (iziešana no ārpusģimenes aprūpes) */
export type ExitDestination =
  /** Adopted */
  | 'ADOPTED'
  /** Moved to a form of care outside out-of-family care (e.g. an adult service) */
  | 'ANOTHER_FORM_OF_CARE'
  /** Placed under guardianship (aizbildnība) as a permanent solution */
  | 'GUARDIANSHIP'
  /** Left to live independently */
  | 'INDEPENDENT_LIVING'
  /** Care ended at 18 */
  | 'REACHED_ADULTHOOD'
  /** Returned to the birth family */
  | 'RETURNED_HOME';

/** How a person is related to the client */
export type FamilyRelation =
  /** Father */
  | 'FATHER'
  /** Foster parent */
  | 'FOSTER_PARENT'
  /** Friend */
  | 'FRIEND'
  /** Grandparent */
  | 'GRANDPARENT'
  /** Guardian */
  | 'GUARDIAN'
  /** Mother */
  | 'MOTHER'
  /** Someone else */
  | 'OTHER'
  /** Another relative */
  | 'OTHER_RELATIVE'
  /** Partner or spouse */
  | 'PARTNER'
  /** Brother or sister */
  | 'SIBLING';

/** What a figure's cells count or measure */
export type FigureUnit =
  /** A number of foster carers (whole number) */
  | 'CARERS'
  /** A number of clients (whole number) */
  | 'CLIENTS'
  /** A number of days (a mean: with one decimal) */
  | 'DAYS'
  /** Euros a month, with cents */
  | 'EUR_PER_MONTH'
  /** A number of exits from out-of-family care (whole number) */
  | 'EXITS'
  /** A number of support plan goals (whole number) */
  | 'GOALS'
  /** A number of months (a median: may have a half) */
  | 'MONTHS'
  /** A number of moves between providers (whole number) */
  | 'MOVES'
  /** A number of providers' service places (whole number) */
  | 'PLACES'
  /** A number of support plans (whole number) */
  | 'PLANS';

/** What a follow-up is about; decides who may read it */
export type FollowUpCategory =
  /** Family life */
  | 'FAMILY'
  /** An ordinary follow-up */
  | 'FOLLOW_UP'
  /** Health */
  | 'HEALTH'
  /** Safety */
  | 'SAFETY';

/** Kinds of follow-up */
export type FollowUpKind =
  /** A crisis intervention */
  | 'CRISIS'
  /** A home visit (mājas vizīte) */
  | 'HOME_VISIT'
  /** A meeting */
  | 'MEETING'
  /** A phone call */
  | 'PHONE'
  /** A visit after closure */
  | 'POST_CLOSURE_MONITORING'
  /** A review of the situation */
  | 'SITUATION_REVIEW';

/** Foster family form (audžuģimenes veids, 004 table 2): each with its own capacity and term (data/carer-forms.json) */
export type FosterForm =
  /** Crisis / short-term (krīzes audžuģimene): up to 6 weeks */
  | 'CRISIS'
  /** Guest family hosting a child from an institution (viesģimene) */
  | 'GUEST_FAMILY'
  /** Ordinary foster family (audžuģimene): at most 3 children */
  | 'ORDINARY'
  /** Parent-and-child foster care (vecāku un bērnu audžuģimene) */
  | 'PARENT_AND_CHILD'
  /** Respite (atslodzes): at most 3 weeks, during a foster family's leave */
  | 'RESPITE'
  /** Specialised (specializētā): at most 6 children, more only for siblings */
  | 'SPECIALISED'
  /** Therapeutic (terapeitiskā): at most 3 children, siblings excepted */
  | 'THERAPEUTIC'
  /** Court-ordered foster care for young people with educational compulsory measures (piespiedu audžuģimenes aprūpe) */
  | 'YOUTH_COMPULSORY';

/** Gender as recorded */
export type Gender =
  /** Female */
  | 'FEMALE'
  /** Male */
  | 'MALE'
  /** Not stated */
  | 'UNSPECIFIED';

/** One goal's evaluation */
export type GoalEvaluationInput = {
  /** Position (1-based) of the goal in the plan */
  goalPosition: number;
  /** What the review says of the goal */
  note?: string | null | undefined;
  /** The outcome */
  outcome: GoalOutcome;
};

/** A goal's outcome at a review */
export type GoalOutcome =
  /** Achieved */
  | 'ACHIEVED'
  /** Not achieved (carried forward) */
  | 'NOT_ACHIEVED'
  /** No longer relevant */
  | 'NO_LONGER_RELEVANT'
  /** Partly achieved (carried forward) */
  | 'PARTLY_ACHIEVED';

/** How areas are grouped */
export type GroupBy =
  /** By municipality */
  | 'MUNICIPALITY'
  /** By planning region */
  | 'REGION';

/** How a case came to the social service */
export type IntakeType =
  /** Reported by an institution or a person (obligāta) */
  | 'MANDATORY'
  /** The client came themselves (brīvprātīga) */
  | 'VOLUNTARY';

/** The part an agency plays in a case */
export type InvolvementRole =
  /** The team assessing the client's needs */
  | 'ASSESSMENT_TEAM'
  /** The social service managing the case */
  | 'CASE_MANAGER'
  /** The provider the client lives with or is served by now */
  | 'CURRENT_PROVIDER'
  /** Emergency access (ārkārtas piekļuve): time-limited, reviewed afterwards */
  | 'EMERGENCY'
  /** The orphan court of the client's municipality (a child's case) */
  | 'ORPHAN_COURT'
  /** A provider the client has left (reviews the move for a while) */
  | 'PREVIOUS_PROVIDER'
  /** A support centre working with the family */
  | 'SUPPORT_CENTRE';

/** What the five points of a survey question mean, 1 the least and 5 the most */
export type LikertScale =
  /** 1 strongly disagree … 5 strongly agree */
  | 'AGREEMENT'
  /** 1 not clear at all … 5 entirely clear */
  | 'CLARITY'
  /** 1 very poor … 5 very good */
  | 'QUALITY'
  /** 1 not at all sufficient … 5 fully sufficient and right for the needs */
  | 'SUFFICIENCY';

/** Two siblings whose cases are linked */
export type LinkSiblingCasesInput = {
  /** The case the caller manages */
  caseId: string | number;
  /** The sibling's case (the caller must be able to read its FAMILY data) */
  siblingCaseId: string | number;
};

/** Long-term care a client may wait for */
export type LongTermCareService =
  /** A family-like care home (children's) */
  | 'FAMILY_LIKE_CARE_HOME'
  /** A group home (apartment) with care */
  | 'GROUP_HOME_WITH_CARE'
  /** A group home (apartment) with rehabilitation */
  | 'GROUP_HOME_WITH_REHABILITATION'
  /** A halfway house */
  | 'HALFWAY_HOUSE'
  /** A state social care centre (VSAC): admission needs a recent assessment and the pre-admission summary */
  | 'STATE_SOCIAL_CARE_CENTRE';

/** A DI monitoring figure */
export type Metric =
  /** Active foster families at period end by recognised form, where the family lives (a family with two forms counts in both) */
  | 'ACTIVE_CARERS'
  /** Children in institutions past their stay limit */
  | 'BEYOND_STAY_LIMIT'
  /** Monthly cost by care scenario (EUR) */
  | 'CARE_LEVEL_MONTHLY_COST'
  /** Children in out-of-family care at period end, by the goal of their permanency plan (NO_PLAN: none decided) */
  | 'CHILDREN_IN_CARE_BY_GOAL'
  /** Children in out-of-family care at period end who have been in care for over two years without a break */
  | 'CHILDREN_IN_CARE_OVER_TWO_YEARS'
  /** Children in out-of-family care at period end living in an institution or a crisis centre */
  | 'CHILDREN_WAITING_FOR_FAMILY'
  /** Clients by care scenario */
  | 'CLIENTS_BY_CARE_LEVEL'
  /** Children's exits from out-of-family care in the period, by destination */
  | 'EXITS_FROM_CARE'
  /** Foster carers */
  | 'FOSTER_CARERS'
  /** Children in foster families */
  | 'FOSTER_CHILDREN'
  /** Free places in the active foster families at period end (the largest recognised form's limit less the children there) */
  | 'FREE_FAMILY_PLACES'
  /** Goals of support plans evaluated in the period, by outcome (ACHIEVED: goals achieved) */
  | 'GOALS_BY_OUTCOME'
  /** Clients in institutions */
  | 'IN_INSTITUTIONS'
  /** Their mean days from the inquiry to the suitability decision (hidden where fewer than the threshold) */
  | 'MEAN_DAYS_TO_SUITABILITY'
  /** The median of whole months in care of the children in care at period end (hidden where fewer than the threshold) */
  | 'MEDIAN_MONTHS_IN_CARE'
  /** Monthly cost of the services in plans (EUR) */
  | 'MONTHLY_COST'
  /** Moves from an institution to family or community care */
  | 'MOVES_FROM_INSTITUTIONS'
  /** Open cases */
  | 'OPEN_CASES'
  /** Plans past their review date */
  | 'OVERDUE_REVIEWS'
  /** Of those places, the ones in use at period end (clients placed there, or with the service from the provider in their active plan) */
  | 'PLACES_IN_USE'
  /** Active plans lacking a section their target group's template requires, today */
  | 'PLANS_MISSING_SECTIONS'
  /** Active plans without the client's agreement today, by what they have instead */
  | 'PLANS_WITHOUT_AGREEMENT'
  /** Clients with each service in their plan */
  | 'SERVICES_IN_PLANS'
  /** Clients with a service of no known price */
  | 'SERVICES_PRICE_UNKNOWN'
  /** Places of the provider register (services available), by service, in the area of the provider's places */
  | 'SERVICE_PLACES'
  /** Carers whose suitability the orphan court decided in the period, where the carer lives */
  | 'SUITABILITY_DECISIONS'
  /** Clients on the waiting list for long-term care at period end, by the service asked for */
  | 'WAITING_FOR_SERVICE';

/** A place offered to a client on the waiting list */
export type OfferPlaceInput = {
  /** The application */
  applicationId: string | number;
  /** The client's case */
  caseId: string | number;
  /** The version read (a stale one is CONFLICT) */
  expectedVersion: number;
  /** The day the place was offered: not before the application, not in the future */
  offeredOn: string;
  /** The provider offering the place: one the provider register lists for the service */
  providerAgencyCode: string;
};

/** A new case and its client */
export type OpenCaseInput = {
  /** The person the case is about */
  client: ClientInput;
  /** Voluntary, or reported */
  intakeType: IntakeType;
  /** Defaults to today */
  openedOn?: string | null | undefined;
  /** Who reported the client; required for MANDATORY intake */
  reportedBy?: string | null | undefined;
  /** The target group the client belongs to */
  targetGroup: TargetGroup;
};

/** A partner survey for a year and a kind of partner */
export type OpenPartnerSurveyInput = {
  /** Who it asks */
  partnerKind: PartnerKind;
  /** The year the survey evaluates */
  year: number;
};

/** How many of one kind took part */
export type ParticipantCountInput = {
  /** How many (1 to 1000); a foster family counts once */
  count: number;
  /** Who took part */
  kind: ParticipantKind;
};

/** A kind of participant in a support centre activity, counted and never named */
export type ParticipantKind =
  /** An adopter or adoptive family (adoptētājs) */
  | 'ADOPTER'
  /** A member of a placed child's birth family (bioloģiskā ģimene) */
  | 'BIRTH_FAMILY_MEMBER'
  /** A child placed in out-of-family care, or a carer's own child */
  | 'CHILD'
  /** A foster family (audžuģimene), counted once per family */
  | 'FOSTER_FAMILY'
  /** A guardian (aizbildnis) */
  | 'GUARDIAN'
  /** Anyone else (members of the public at an information event, volunteers) */
  | 'OTHER'
  /** A candidate foster family, guardian or adopter in preparation or training */
  | 'PROSPECTIVE_CARER'
  /** A specialist of a partner agency (orphan court, social service, school, …) */
  | 'SPECIALIST';

/** A kind of partner a support centre's yearly survey asks (sadarbības partneri) */
export type PartnerKind =
  /** Foster families (audžuģimenes) */
  | 'FOSTER_FAMILY'
  /** Guardians (aizbildņi) */
  | 'GUARDIAN'
  /** Orphan courts (bāriņtiesas) */
  | 'ORPHAN_COURT'
  /** Social services (sociālie dienesti) */
  | 'SOCIAL_SERVICE'
  /** Members of the support groups (atbalsta grupu dalībnieki) */
  | 'SUPPORT_GROUP_MEMBER';

/** A period of days */
export type PeriodInput = {
  /** The first day */
  from: string;
  /** The last day */
  to: string;
};

/** The permanent solution a child in out-of-family care works toward */
export type PermanencyGoal =
  /** Adoption (adopcija) */
  | 'ADOPTION'
  /** Guardianship (aizbildnība) */
  | 'GUARDIANSHIP'
  /** Independent living (patstāvīga dzīve) */
  | 'INDEPENDENT_LIVING'
  /** Care by relatives (radinieku aprūpe) */
  | 'KINSHIP_CARE'
  /** Long-term foster care until adulthood (ilgtermiņa audžuģimene) */
  | 'LONG_TERM_FOSTER_CARE'
  /** Return to the birth family (atgriešanās bioloģiskajā ģimenē) */
  | 'RETURN_TO_BIRTH_FAMILY';

/** What a person is for the client in the plan */
export type PersonRole =
  /** Birth family the child is kept in contact with */
  | 'BIRTH_FAMILY'
  /** Lives with or cares for the client */
  | 'FAMILY_MEMBER'
  /** The legal representative */
  | 'LEGAL_REPRESENTATIVE'
  /** A support person (atbalsta persona) */
  | 'SUPPORT_PERSON';

/** Where the client is to live */
export type PlacementDetailsInput = {
  /** Why siblings placed together may exceed the family's or the home's capacity */
  capacityExceptionReason?: string | null | undefined;
  /** The carer of the register (an ACTIVE carer of the placement's kind); a foster family's capacity and term are checked on it */
  carerId?: string | number | null | undefined;
  /** Foster carer, guardian or adopter */
  carerName?: string | null | undefined;
  /** Before the carer register: the carer's reference as text (kept for those placements; give carerId instead) */
  carerRef?: string | null | undefined;
  /** The orphan court's decision reference */
  courtDecisionRef?: string | null | undefined;
  /** The last day */
  endsOn?: string | null | undefined;
  /** Required for, and only for, FOSTER_FAMILY */
  fosterForm?: FosterForm | null | undefined;
  /** Code of the institution or service provider */
  providerAgencyCode?: string | null | undefined;
  /** Placed together with siblings */
  siblingGroup?: boolean;
  /** The first day */
  startsOn: string;
  /** Where the client will live */
  type: PlacementType;
};

/** Where a client lives */
export type PlacementType =
  /** With prospective adopters, before adoption */
  | 'ADOPTION_PRE_PLACEMENT'
  /** With the birth family */
  | 'BIRTH_FAMILY'
  /** In a crisis centre */
  | 'CRISIS_CENTRE'
  /** In a family-like care home */
  | 'FAMILY_LIKE_CARE_HOME'
  /** In a foster family (audžuģimene) */
  | 'FOSTER_FAMILY'
  /** In a group home (apartment) */
  | 'GROUP_HOME'
  /** With a guardian (aizbildnis) */
  | 'GUARDIAN'
  /** In a halfway house */
  | 'HALFWAY_HOUSE'
  /** In an institution */
  | 'INSTITUTION'
  /** A social correction care home (sociālās korekcijas aprūpes māja): children of 11 to 18, in age groups */
  | 'SOCIAL_CORRECTION_HOME'
  /** In a youth home (jauniešu māja) */
  | 'YOUTH_HOME';

/** The client's answer to the plan */
export type PlanAgreementInput = {
  /** The client or the legal representative */
  by: AgreementBy;
  /** The day of the answer (not in the future) */
  on: string;
  /** Why the plan was refused (required with REFUSED) */
  refusalReason?: string | null | undefined;
  /** Agreed or refused */
  status: AgreementAnswer;
};

/** A contact with the birth family for a child in out-of-family care, as planned (or, after the fact, as held) */
export type PlanBirthFamilyContactInput = {
  /** The child's case */
  caseId: string | number;
  /** How the child meets the birth family */
  kind: BirthFamilyContactKind;
  /** Who of the birth family takes part (at most 1,000 characters) */
  participants: string;
  /** Where (at most 500 characters) */
  place?: string | null | undefined;
  /** The day: the child lives outside the family then; at most a year ahead */
  plannedOn: string;
};

/** The CHILD_VOICE section: the child's own opinion */
export type PlanChildVoiceInput = {
  /** The child's opinion on the best-suited family */
  opinionOnFamily?: string | null | undefined;
  /** The child's opinion on the plan */
  opinionOnPlan?: string | null | undefined;
};

/** Education */
export type PlanEducationInput = {
  /** What the plan says about education */
  description?: string | null | undefined;
  /** School or institution */
  school?: string | null | undefined;
  /** Stage of education */
  stage: EducationStage;
};

/** An adult's employment */
export type PlanEmploymentInput = {
  /** What the plan says about employment */
  description?: string | null | undefined;
  /** Employment status */
  status: EmploymentStatus;
};

/** The FAMILY section: people, birth family, contact arrangements, support for the family */
export type PlanFamilyInput = {
  /** The birth family */
  birthFamily?: string | null | undefined;
  /** Contact arrangements with the birth family and siblings */
  contactArrangements?: string | null | undefined;
  /** Support for the family */
  familySupport?: string | null | undefined;
  /** Family members, support persons, birth family, siblings */
  people?: Array<PlanPersonInput>;
};

/** A goal of a plan */
export type PlanGoalInput = {
  /** The goal */
  description: string;
};

/** The HEALTH section: disability group and validity, medication, treatment and rehabilitation */
export type PlanHealthInput = {
  /** Physical and mental health, described */
  description?: string | null | undefined;
  /** Disability group, if any */
  disabilityGroup?: DisabilityGroup | null | undefined;
  /** Last day the disability group is valid (only with a group) */
  disabilityValidUntil?: string | null | undefined;
  /** Medication with dose */
  medications?: Array<PlanMedicationInput>;
  /** Treatment and rehabilitation */
  treatmentAndRehabilitation?: string | null | undefined;
};

/** A medicine with its dose */
export type PlanMedicationInput = {
  /** Dose and how often */
  dose: string;
  /** The medicine */
  name: string;
};

/** A family member or support person */
export type PlanPersonInput = {
  /** How and how often the client is in contact with the person */
  contactArrangement?: string | null | undefined;
  /** The person's name */
  name: string;
  /** How the person is related to the client */
  relation: FamilyRelation;
  /** What the person is for the client */
  role: PersonRole;
};

/** A section of the support plan, each under its own category */
export type PlanSection =
  /** The child's own opinion (CHILD_VOICE) */
  | 'CHILD_VOICE'
  /** Cooperation partners outside the hub (PLAN) */
  | 'COOPERATION_PARTNERS'
  /** Education (PLAN) */
  | 'EDUCATION'
  /** An adult's employment (PLAN) */
  | 'EMPLOYMENT'
  /** Family members, support persons, birth family, siblings, contact (FAMILY) */
  | 'FAMILY'
  /** Physical and mental health (HEALTH) */
  | 'HEALTH'
  /** Placement conditions (PLACEMENT) */
  | 'PLACEMENT'
  /** An adult's support volume and care level (PLAN) */
  | 'SUPPORT_VOLUME'
  /** Wishes and interests (PLAN) */
  | 'WISHES_AND_INTERESTS';

/** A plan's sections, each written under its own category; those left out are not changed */
export type PlanSectionsInput = {
  /** The client's agreement or refusal */
  agreement?: PlanAgreementInput | null | undefined;
  /** The CHILD_VOICE section */
  childVoice?: PlanChildVoiceInput | null | undefined;
  /** Cooperation partners outside the hub */
  cooperationPartners?: Array<CooperationPartnerInput> | null | undefined;
  /** Education */
  education?: PlanEducationInput | null | undefined;
  /** An adult's employment */
  employment?: PlanEmploymentInput | null | undefined;
  /** The FAMILY section */
  family?: PlanFamilyInput | null | undefined;
  /** The HEALTH section */
  health?: PlanHealthInput | null | undefined;
  /** The PLACEMENT section: the placement conditions */
  placementConditions?: string | null | undefined;
  /** An adult's support volume and care level */
  supportVolume?: PlanSupportVolumeInput | null | undefined;
  /** Wishes and interests */
  wishesAndInterests?: string | null | undefined;
};

/** A service of a plan */
export type PlanServiceInput = {
  /** The period the volume is per */
  period?: ServicePeriod;
  /** Code of the providing agency */
  providerAgencyCode?: string | null | undefined;
  /** The service */
  serviceType: ServiceType;
  /** The unit of the volume */
  unit: ServiceUnit;
  /** How much per period */
  volume: number;
};

/** Where a support plan stands */
export type PlanStatus =
  /** In force */
  | 'ACTIVE'
  /** A draft */
  | 'DRAFT'
  /** Replaced by a later plan */
  | 'SUPERSEDED';

/** An adult's support volume and care level */
export type PlanSupportVolumeInput = {
  /** Care level I–IV as 1–4 */
  careLevel?: number | null | undefined;
  /** The support volume, described */
  description: string;
};

/** A task of a plan */
export type PlanTaskInput = {
  /** By when */
  deadline?: string | null | undefined;
  /** The task */
  description: string;
  /** The expected result */
  expectedResult?: string | null | undefined;
  /** A task of the individual transition plan (preparing the client's move) */
  forTransition?: boolean;
  /** Position (1-based) of the goal in `goals` the task serves */
  goalPosition?: number | null | undefined;
  /** Code of the responsible agency */
  responsibleAgencyCode?: string | null | undefined;
  /** Where it stands */
  status?: TaskStatus;
};

/** A planned home visit or meeting */
export type PlannedContactInput = {
  /** Code of the agency that makes it (the case manager when absent) */
  agencyCode?: string | null | undefined;
  /** Home visit or meeting */
  kind: PlannedContactKind;
  /** Who else takes part */
  participants?: string | null | undefined;
  /** The day planned */
  plannedOn: string;
};

/** A planned home visit or meeting */
export type PlannedContactKind =
  /** A home visit */
  | 'HOME_VISIT'
  /** A meeting */
  | 'MEETING';

/** A preparation visit planned before the move */
export type PreparationVisitInput = {
  /** A note */
  description?: string | null | undefined;
  /** Where */
  place: PreparationVisitPlace;
  /** The planned day */
  plannedOn: string;
};

/** Where a preparation visit before a move takes place */
export type PreparationVisitPlace =
  /** Where the client lives now */
  | 'FAMILIAR_PLACE'
  /** At the new service */
  | 'NEW_PLACE'
  /** An overnight stay at the new place */
  | 'OVERNIGHT_STAY';

/** How data quality rows are grouped */
export type QualityGroupBy =
  /** By managing agency */
  | 'AGENCY'
  /** By municipality */
  | 'MUNICIPALITY';

/** What a data-quality check measures */
export type QualityKind =
  /** Is what should be recorded there */
  | 'COMPLETENESS'
  /** Does the record agree with itself */
  | 'CONSISTENCY'
  /** Was it recorded in time */
  | 'TIMELINESS';

/** An orphan court's decision recognising a foster family for a form */
export type RecognizeCarerFormInput = {
  /** The carer (a foster family) */
  carerId: string | number;
  /** The day of the decision */
  decidedOn: string;
  /** The court's decision reference */
  decisionRef: string;
  /** The form */
  form: FosterForm;
};

/** An assessment; each sensitive part needs write rights on its own category */
export type RecordAssessmentInput = {
  /** Not in the future */
  assessedOn: string;
  /** Care level 1–4, adults only */
  careLevel?: number | null | undefined;
  /** The case (its id) */
  caseId: string | number;
  /** The child's own opinion */
  childOpinion?: string | null | undefined;
  /** Family notes (FAMILY) */
  familyNotes?: string | null | undefined;
  /** Health findings (HEALTH) */
  healthFindings?: string | null | undefined;
  /** The client's needs, in short */
  needsSummary?: string | null | undefined;
  /** The services recommended */
  recommendedServices?: Array<ServiceType> | null | undefined;
  /** Safety findings (SAFETY) */
  safetyFindings?: string | null | undefined;
  /** What kind of assessment */
  type: AssessmentType;
};

/** Training hours of a carer */
export type RecordCarerTrainingInput = {
  /** The carer */
  carerId: string | number;
  /** When it was held */
  heldOn: string;
  /** Hours, more than 0 and at most 500 */
  hours: number;
  /** Initial or further */
  kind: TrainingKind;
  /** What it covered */
  topic?: string | null | undefined;
};

/** An activity of the support centre's service (e.g. a training session, a support group meeting, a crisis call) */
export type RecordCentreActivityInput = {
  /** Cases the activity was part of: only cases your centre is involved in now (at most 20) */
  caseIds?: Array<string | number> | null | undefined;
  /** The hours it took, more than 0 and at most 24, in steps of a quarter hour */
  hours: number;
  /** A short note on the activity (at most 500 characters); not about a person */
  note?: string | null | undefined;
  /** The day of the activity: not in the future, and no earlier than the backdate window allows */
  occurredOn: string;
  /** Who took part, counted by kind (each kind once); at least one */
  participants: Array<ParticipantCountInput>;
  /** The service, by its code in the register (centreServices) */
  serviceCode: string;
};

/** A child's exit from out-of-family care: the placement in care ends, with where the child went */
export type RecordExitFromCareInput = {
  /** The child's case */
  caseId: string | number;
  /** Where the child went */
  destination: ExitDestination;
  /** The day the child left care: the placement ends then; not in the future */
  exitedOn: string;
  /** The child's current placement in out-of-family care (not with the birth family) */
  placementId: string | number;
};

/** An orphan court's decision on the permanency plan of a child in out-of-family care (a first plan, or a review) */
export type RecordPermanencyPlanInput = {
  /** The child's case */
  caseId: string | number;
  /** The day the court decided: not in the future */
  decidedOn: string;
  /** The court's decision reference */
  decisionRef: string;
  /** A review: the version of the plan it replaces (a stale one is CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** The permanent solution worked toward */
  goal: PermanencyGoal;
  /** By when it is to be reached: on or after the decision */
  targetDate: string;
};

/** A placement decided by the orphan court; it ends the case's current placement */
export type RecordPlacementInput = {
  /** Why siblings placed together may exceed the family's or the home's capacity */
  capacityExceptionReason?: string | null | undefined;
  /** The carer of the register (an ACTIVE carer of the placement's kind); a foster family's capacity and term are checked on it */
  carerId?: string | number | null | undefined;
  /** Foster carer, guardian or adopter */
  carerName?: string | null | undefined;
  /** Before the carer register: the carer's reference as text (kept for those placements; give carerId instead) */
  carerRef?: string | null | undefined;
  /** The case (its id) */
  caseId: string | number;
  /** The orphan court's decision reference */
  courtDecisionRef?: string | null | undefined;
  /** The last day */
  endsOn?: string | null | undefined;
  /** Required for, and only for, FOSTER_FAMILY */
  fosterForm?: FosterForm | null | undefined;
  /** Code of the institution or service provider */
  providerAgencyCode?: string | null | undefined;
  /** Placed together with siblings */
  siblingGroup?: boolean;
  /** The first day */
  startsOn: string;
  /** Where the client lives */
  type: PlacementType;
};

/** An orphan court's decision extending a child's institution stay (at most 6 months under 4, a year from 4) */
export type RecordStayLimitExceptionInput = {
  /** The case (its id) */
  caseId: string | number;
  /** The court's decision reference */
  decisionRef: string;
  /** The new limit: later than the current one, and at most 6 months (under 4) or a year after the stay began */
  newLimitOn: string;
  /** The child's institution placement */
  placementId: string | number;
};

/** A client moves from an institution to a community service or a family */
export type RecordTransitionInput = {
  /** The case (its id) */
  caseId: string | number;
  /** The legal basis of the move (transition plan, decision) */
  legalBasis: string;
  /** Where an adult lives from now on. A child's new placement is the orphan court's decision: the court records it with recordPlacement */
  newPlacement?: PlacementDetailsInput | null | undefined;
  /** The new provider (CURRENT_PROVIDER); none when the client moves to a family */
  newProviderAgencyCode?: string | null | undefined;
};

/** A referral of a case to an agency */
export type ReferInput = {
  /** The agency referred to */
  agencyCode: string;
  /** The case (its id) */
  caseId: string | number;
  /** From when it would take part; defaults to today */
  proposedFrom?: string | null | undefined;
  /** Why (shown to the receiving agency) */
  reason: string;
  /** The role it would take: not CASE_MANAGER (transfer) nor EMERGENCY */
  role: InvolvementRole;
};

/** Where a referral stands */
export type ReferralStatus =
  /** Accepted: the agency is involved */
  | 'ACCEPTED'
  /** Declined */
  | 'DECLINED'
  /** Not answered in time */
  | 'EXPIRED'
  /** Waiting for an answer */
  | 'PENDING'
  /** Withdrawn by the sender */
  | 'WITHDRAWN';

/** A new carer, registered by the support centre that will support it (status INQUIRY) */
export type RegisterCarerInput = {
  /** Address */
  address?: string | null | undefined;
  /** When the carer inquired (today when not given) */
  inquiryOn?: string | null | undefined;
  /** What kind of carer */
  kind: CarerKind;
  /** Code of the municipality where the carer lives */
  municipalityCode: string;
  /** The carer's (family's) name */
  name: string;
  /** Phone */
  phone?: string | null | undefined;
};

/** A social mentor to add to the register */
export type RegisterMentorInput = {
  /** The mentor's full name */
  name: string;
};

/** A webhook endpoint to register for your agency */
export type RegisterWebhookInput = {
  /** A cursor of changes(...) to start after (your system switching from reading the feed); from now on when absent */
  after?: string | null | undefined;
  /** What it is for (up to 500 characters) */
  description?: string | null | undefined;
  /** The endpoint, https://… (http only to this machine when the hub allows it) */
  url: string;
};

/** Why an application left the waiting list other than by admission */
export type RemovalReason =
  /** The client withdrew the application */
  | 'CLIENT_WITHDREW'
  /** The client died */
  | 'DIED'
  /** The client moved to another municipality */
  | 'MOVED_AWAY'
  /** The client no longer needs it (a reassessment) */
  | 'NO_LONGER_NEEDED'
  /** The service was refused (the decision) */
  | 'REFUSED'
  /** The need is met by another service */
  | 'SERVED_ELSEWHERE';

/** An application leaving the waiting list other than by admission */
export type RemoveFromWaitingListInput = {
  /** The application */
  applicationId: string | number;
  /** The client's case */
  caseId: string | number;
  /** The version read (a stale one is CONFLICT) */
  expectedVersion: number;
  /** Why */
  reason: RemovalReason;
  /** The day it left the list: not before the application, not in the future */
  removedOn: string;
};

/** Asks a MANAGER of the managing social service to approve closing the case (where the municipality requires it) */
export type RequestClosureInput = {
  /** The case to close */
  caseId: string | number;
  /** The case version the request is based on; a stale one is a CONFLICT */
  expectedVersion: number;
  /** Why the intervention ends (goals achieved, the client moved, …) */
  reason: string;
  /** CLOSED, or POST_CLOSURE_MONITORING (closed with monitoring after closure) */
  to: CaseStatus;
};

/** A MANAGER of the managing social service returns the case's pending closure request, saying why */
export type ReturnClosureInput = {
  /** The case whose pending closure request is returned */
  caseId: string | number;
  /** Why the case is not closed yet */
  reason: string;
};

/** A new version of the carer's support plan (it supersedes the one before) */
export type SaveCarerSupportPlanInput = {
  /** The carer */
  carerId: string | number;
  /** The family's needs for support (at most 4,000 characters) */
  needs: string;
  /** When it is to be reviewed: after validFrom, within a year of it */
  reviewDueOn: string;
  /** The support the centre gives (at most 4,000 characters) */
  support: string;
  /** In force from */
  validFrom: string;
};

/** A new version of the support centre's support plan for a placed child (it supersedes the one before) */
export type SavePlacedChildPlanInput = {
  /** The child's case */
  caseId: string | number;
  /** Goals for the child's life in the family (at most 4,000 characters) */
  goals: string;
  /** When it is to be reviewed: after validFrom, within a year of it */
  reviewDueOn: string;
  /** The support the centre gives (at most 4,000 characters) */
  support: string;
  /** In force from: the child lives with a family (a foster family, a guardian, before adoption) then */
  validFrom: string;
};

/** A new version of the support plan; ACTIVE supersedes the current plan */
export type SaveSupportPlanInput = {
  /** The client's agreement or refusal */
  agreement?: PlanAgreementInput | null | undefined;
  /** The case (its id) */
  caseId: string | number;
  /** The CHILD_VOICE section */
  childVoice?: PlanChildVoiceInput | null | undefined;
  /** Cooperation partners outside the hub */
  cooperationPartners?: Array<CooperationPartnerInput> | null | undefined;
  /** Education */
  education?: PlanEducationInput | null | undefined;
  /** An adult's employment */
  employment?: PlanEmploymentInput | null | undefined;
  /** The FAMILY section */
  family?: PlanFamilyInput | null | undefined;
  /** The goals */
  goals?: Array<PlanGoalInput>;
  /** The HEALTH section */
  health?: PlanHealthInput | null | undefined;
  /** The PLACEMENT section: the placement conditions */
  placementConditions?: string | null | undefined;
  /** Planned home visits and meetings */
  plannedContacts?: Array<PlannedContactInput>;
  /** The individual transition plan: preparation visits before the move */
  preparationVisits?: Array<PreparationVisitInput>;
  /** The problem the plan addresses */
  problem?: string | null | undefined;
  /** Defaults to, and may not be later than, 12 months after validFrom */
  reviewDueOn?: string | null | undefined;
  /** The services basket */
  services?: Array<PlanServiceInput>;
  /** DRAFT or ACTIVE */
  status?: PlanStatus;
  /** An adult's support volume and care level */
  supportVolume?: PlanSupportVolumeInput | null | undefined;
  /** The tasks */
  tasks?: Array<PlanTaskInput>;
  /** The individual transition plan: the team preparing a move (with tasks marked forTransition and preparation visits) */
  transitionTeam?: Array<TransitionTeamMemberInput>;
  /** In force from */
  validFrom: string;
  /** Wishes and interests */
  wishesAndInterests?: string | null | undefined;
};

/** The reach of an analyst's aggregates */
export type ScopeLevel =
  /** One municipality (pašvaldība): an analyst of its social service or orphan court */
  | 'MUNICIPALITY'
  /** All of Latvia: an analyst of the ministry or the inspectorate */
  | 'NATIONAL'
  /** One planning region (plānošanas reģions): an analyst of the region's oversight office */
  | 'REGION';

/** What a service volume is per */
export type ServicePeriod =
  /** Per month */
  | 'MONTH'
  /** Per week */
  | 'WEEK';

/** The services basket of the DI plan */
export type ServiceType =
  /** Crisis centre */
  | 'CRISIS_CENTRE'
  /** Day care centre */
  | 'DAY_CARE_CENTRE'
  /** Family-like care home */
  | 'FAMILY_LIKE_CARE_HOME'
  /** Group home (apartment) with care */
  | 'GROUP_HOME_WITH_CARE'
  /** Group home (apartment) with rehabilitation */
  | 'GROUP_HOME_WITH_REHABILITATION'
  /** Group sessions */
  | 'GROUP_SESSIONS'
  /** Halfway house */
  | 'HALFWAY_HOUSE'
  /** Holiday home (respite for the family) */
  | 'HOLIDAY_HOME'
  /** Home care */
  | 'HOME_CARE'
  /** Psychiatric nursing at home */
  | 'HOME_PSYCHIATRIC_NURSING'
  /** Mobile crisis service */
  | 'MOBILE_CRISIS_SERVICE'
  /** Multifunctional centre */
  | 'MULTIFUNCTIONAL_CENTRE'
  /** Respite care (atelpas brīža pakalpojums) */
  | 'RESPITE_CARE'
  /** Short-term care */
  | 'SHORT_TERM_CARE'
  /** Social correction home */
  | 'SOCIAL_CORRECTION_HOME'
  /** Social mentor */
  | 'SOCIAL_MENTOR'
  /** Specialised workshop */
  | 'SPECIALISED_WORKSHOP'
  /** Specialist consultations */
  | 'SPECIALIST_CONSULTATIONS'
  /** Supported employment */
  | 'SUPPORTED_EMPLOYMENT'
  /** Youth home (jauniešu māja) */
  | 'YOUTH_HOME';

/** Units of a service volume */
export type ServiceUnit =
  /** Days */
  | 'DAY'
  /** Hours */
  | 'HOUR'
  /** Months */
  | 'MONTH'
  /** Sessions */
  | 'SESSION';

/** The three target groups of the deinstitutionalisation plan */
export type TargetGroup =
  /** An adult with a mental disorder */
  | 'ADULT_WITH_MENTAL_DISORDER'
  /** A child left without parental care */
  | 'CHILD_WITHOUT_PARENTAL_CARE'
  /** A child with a functional impairment */
  | 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT';

/** Where a plan task stands */
export type TaskStatus =
  /** Cancelled */
  | 'CANCELLED'
  /** Done */
  | 'DONE'
  /** Under way */
  | 'IN_PROGRESS'
  /** Planned */
  | 'PLANNED';

/** Which training */
export type TrainingKind =
  /** Further training while active */
  | 'FURTHER'
  /** Initial competence-based training (8A), before the suitability decision */
  | 'INITIAL';

/** Asks the social service of the client's new municipality to take the case over (it accepts or declines) */
export type TransferCaseInput = {
  /** The case to hand over */
  caseId: string | number;
  /** Why the case moves; the receiving service reads it to decide */
  reason: string;
  /** The municipality the client has moved to */
  toMunicipalityCode: string;
};

/** The receiving service's own staff member who becomes the case worker as it accepts a transfer */
export type TransferCaseWorkerInput = {
  /** Registers a user the hub does not know yet in the receiving agency, by this name */
  name?: string | null | undefined;
  /** The staff member's user id (token subject) in the receiving agency */
  userId: string;
};

/** Moves a carer along the support centre's process */
export type TransitionCarerInput = {
  /** The carer */
  carerId: string | number;
  /** The exit interview: required when moving to EXITED, refused otherwise */
  exitInterview?: string | null | undefined;
  /** The carer's version the step is based on; a stale one is a CONFLICT */
  expectedVersion: number;
  /** Why: the step's outcome (the psychologist's opinion, the court's decision, the reason to pause or exit) */
  reason: string;
  /** The status to move to */
  to: CarerStatus;
};

/** Moves the case to its next lifecycle state (case manager only) */
export type TransitionCaseInput = {
  /** The case (its id) */
  caseId: string | number;
  /** The case version the decision is based on; a stale one is a CONFLICT */
  expectedVersion: number;
  /** Why the case moves on (kept in its history) */
  reason: string;
  /** The next state */
  to: CaseStatus;
};

/** A member of the transition team */
export type TransitionTeamMemberInput = {
  /** Code of the member's agency */
  agencyCode: string;
  /** A person in it, when named */
  memberName?: string | null | undefined;
  /** What the member does in the transition */
  role: string;
};

/** What became of a planned contact, or a correction of its plan */
export type UpdateBirthFamilyContactInput = {
  /** The version read (a stale one is CONFLICT) */
  expectedVersion: number;
  /** The day it was held: not in the future */
  heldOn?: string | null | undefined;
  /** What came of it (at most 4,000 characters) */
  outcome?: string | null | undefined;
  /** A new place */
  place?: string | null | undefined;
  /** A new day for a contact still PLANNED */
  plannedOn?: string | null | undefined;
  /** HELD (with heldOn and outcome) or CANCELLED; only a PLANNED contact changes status */
  status?: BirthFamilyContactStatus | null | undefined;
};

/** The carer's contact as it is now */
export type UpdateCarerContactInput = {
  /** Address (unchanged when not given) */
  address?: string | null | undefined;
  /** The carer */
  carerId: string | number;
  /** The carer's version the change is based on; a stale one is a CONFLICT */
  expectedVersion: number;
  /** Phone (unchanged when not given) */
  phone?: string | null | undefined;
};

/** A correction of a follow-up; the replaced text stays in its history */
export type UpdateFollowUpInput = {
  /** The new category */
  category?: FollowUpCategory | null | undefined;
  /** The version the correction is based on; a stale one is a CONFLICT */
  expectedVersion: number;
  /** The new kind */
  kind?: FollowUpKind | null | undefined;
  /** The new date */
  occurredOn?: string | null | undefined;
  /** The new recommendations */
  recommendations?: string | null | undefined;
  /** The new summary */
  summary?: string | null | undefined;
};

/** A user's role inside their agency */
export type UserRole =
  /** An administrator: the register and users, no case data */
  | 'ADMIN'
  /** An analyst: aggregates only, never case data */
  | 'ANALYST'
  /** A case worker: acts through the agency's involvements */
  | 'CASE_WORKER'
  /** The data protection officer: reads who accessed the cases the agency manages */
  | 'DPO'
  /** An oversight inspector: reads who accessed any case */
  | 'INSPECTOR'
  /** A manager: as a case worker, and manages involvements and case workers */
  | 'MANAGER'
  /** The state portal's system: a person's own access report */
  | 'PORTAL'
  /** A specialist: acts through the agency's involvements */
  | 'SPECIALIST';

/** Where a webhook subscription's delivery stands */
export type WebhookState =
  /** Events are delivered as they come (retried with backoff while the endpoint fails) */
  | 'ACTIVE'
  /** The endpoint failed longer than the retry period: events wait at the cursor until requeueWebhook */
  | 'PARKED'
  /** Paused by the agency's MANAGER: events wait at the cursor and are delivered once resumed */
  | 'PAUSED';

export type AgencyClientSetupAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type AgencyClientSetupAssessmentMutation = { recordAssessment: { id: string } };

export type AgencyClientSetupPlanMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type AgencyClientSetupPlanMutation = { saveSupportPlan: { id: string } };

export type AgencyClientSetupFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type AgencyClientSetupFollowUpMutation = { addFollowUp: { id: string } };

export type AgencyClientSetupPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type AgencyClientSetupPlacementMutation = { recordPlacement: { id: string } };

export type AlertJobPlanMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type AlertJobPlanMutation = { saveSupportPlan: { id: string } };

export type AlertJobPlaceMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type AlertJobPlaceMutation = { recordPlacement: { id: string } };

export type AlertRulesInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertRulesInboxQuery = { inbox: { edges: Array<{ node: { id: string, caseId: string | null, referralId: string | null, kind: AlertKind | null, subject: string | null, category: Category | null, dueOn: string | null } }> } };

export type AlertRulesMarkMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AlertRulesMarkMutation = { markAlertsRead: number };

export type AlertRulesReferMutationVariables = Exact<{
  input: ReferInput;
}>;


export type AlertRulesReferMutation = { refer: { id: string } };

export type AlertRulesTransferMutationVariables = Exact<{
  input: TransferCaseInput;
}>;


export type AlertRulesTransferMutation = { transferCase: { id: string } };

export type AlertRulesAcceptMutationVariables = Exact<{
  id: string | number;
}>;


export type AlertRulesAcceptMutation = { acceptReferral: { id: string, status: ReferralStatus } };

export type AlertRulesCloseMutationVariables = Exact<{
  input: RequestClosureInput;
}>;


export type AlertRulesCloseMutation = { requestClosure: { id: string } };

export type AlertRulesPlanMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type AlertRulesPlanMutation = { saveSupportPlan: { id: string } };

export type AlertRulesPlaceMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type AlertRulesPlaceMutation = { recordPlacement: { id: string } };

export type LookQueryVariables = Exact<{
  id: string | number;
}>;


export type LookQuery = { case: { id: string, status: CaseStatus | null, client: { givenName: string | null, personalCode: string | null } | null, latestAssessment: { healthFindings: string | null } | null } | null };

export type AuditRecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type AuditRecordPlacementMutation = { recordPlacement: { id: string } };

export type WhereQueryVariables = Exact<{
  id: string | number;
}>;


export type WhereQuery = { case: { placements: Array<{ provider: { code: string } | null }> | null } | null };

export type AuditAddFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type AuditAddFollowUpMutation = { addFollowUp: { id: string } };

export type AuthMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeQuery = { me: { userId: string, role: UserRole, agency: { code: string, kind: AgencyKind, municipalityCode: string | null } } };

export type AuthCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthCasesQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type BadInputAddFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type BadInputAddFollowUpMutation = { addFollowUp: { id: string } };

export type BadInputUpdateFollowUpMutationVariables = Exact<{
  id: string | number;
  input: UpdateFollowUpInput;
}>;


export type BadInputUpdateFollowUpMutation = { updateFollowUp: { id: string } };

export type BirthFamilyPlanMutationVariables = Exact<{
  input: PlanBirthFamilyContactInput;
}>;


export type BirthFamilyPlanMutation = { planBirthFamilyContact: { id: string, kind: BirthFamilyContactKind | null, status: BirthFamilyContactStatus | null, plannedOn: string | null, heldOn: string | null, place: string | null, participants: string | null, outcome: string | null, version: number | null, organisingAgency: { code: string } | null } };

export type BirthFamilyUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateBirthFamilyContactInput;
}>;


export type BirthFamilyUpdateMutation = { updateBirthFamilyContact: { id: string, status: BirthFamilyContactStatus | null, heldOn: string | null, outcome: string | null, version: number | null } };

export type BirthFamilyReadQueryVariables = Exact<{
  id: string | number;
}>;


export type BirthFamilyReadQuery = { case: { id: string, birthFamilyContacts: Array<{ id: string, status: BirthFamilyContactStatus | null, participants: string | null, organisingAgency: { code: string } | null }> | null } | null };

export type BirthFamilyPlaceMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type BirthFamilyPlaceMutation = { recordPlacement: { id: string } };

export type BypassAliasesQueryVariables = Exact<{
  id: string | number;
}>;


export type BypassAliasesQuery = { c: { who: { code: string | null, name: string | null } | null } | null };

export type BypassTwoAliasesQueryVariables = Exact<{
  id: string | number;
}>;


export type BypassTwoAliasesQuery = { case: { client: { a: string | null, b: string | null } | null } | null };

export type BypassListQueryVariables = Exact<{ [key: string]: never; }>;


export type BypassListQuery = { cases: { edges: Array<{ node: { client: { personalCode: string | null } | null, latestAssessment: { healthFindings: string | null } | null } }> } };

export type BypassAddFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type BypassAddFollowUpMutation = { addFollowUp: { id: string } };

export type BypassFollowUpPageQueryVariables = Exact<{
  id: string | number;
}>;


export type BypassFollowUpPageQuery = { case: { followUps: { totalCount: number, edges: Array<{ node: { category: FollowUpCategory | null } }>, pageInfo: { hasNextPage: boolean } } | null } | null };

export type CareFiguresQueryVariables = Exact<{
  period: PeriodInput;
  groupBy?: GroupBy | null | undefined;
  region?: string | null | undefined;
  metrics?: Array<Metric> | Metric | null | undefined;
}>;


export type CareFiguresQuery = { regionalSummary: { figures: Array<{ metric: Metric, unit: FigureUnit, columns: Array<string>, total: { value: number | null, suppressed: boolean, unknown: boolean }, columnTotals: Array<{ value: number | null, suppressed: boolean, unknown: boolean }>, rows: Array<{ areaCode: string, cells: Array<{ value: number | null, suppressed: boolean, unknown: boolean }>, total: { value: number | null, suppressed: boolean } | null }> }> } };

export type CarePathPlaceMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type CarePathPlaceMutation = { recordPlacement: { id: string, type: PlacementType | null, capacityException: string | null } };

export type CarePathDecideMutationVariables = Exact<{
  input: RecordPermanencyPlanInput;
}>;


export type CarePathDecideMutation = { recordPermanencyPlan: { id: string, version: number | null, goal: PermanencyGoal | null, targetDate: string | null, decidedOn: string | null, decisionRef: string | null, reviewedWithPlanVersion: number | null, decidedByUserId: string | null, decidingAgency: { code: string } | null } };

export type CarePathPermanencyQueryVariables = Exact<{
  id: string | number;
}>;


export type CarePathPermanencyQuery = { case: { permanencyPlans: Array<{ version: number | null, goal: PermanencyGoal | null, targetDate: string | null }> | null } | null };

export type CarePathExitMutationVariables = Exact<{
  input: RecordExitFromCareInput;
}>;


export type CarePathExitMutation = { recordExitFromCare: { id: string, endsOn: string | null, exitDestination: ExitDestination | null } };

export type CarePathDueQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type CarePathDueQuery = { case: { dueItems: Array<{ kind: DueItemKind | null, dueOn: string | null }> | null } | null };

export type CarePathApplyMutationVariables = Exact<{
  input: ApplyForLongTermCareInput;
}>;


export type CarePathApplyMutation = { applyForLongTermCare: { id: string, status: ApplicationStatus | null, version: number | null, service: LongTermCareService | null, appliedOn: string | null } };

export type CarePathOfferMutationVariables = Exact<{
  input: OfferPlaceInput;
}>;


export type CarePathOfferMutation = { offerPlace: { id: string, status: ApplicationStatus | null, version: number | null, offeredOn: string | null, offeredProvider: { code: string } | null } };

export type CarePathAdmitMutationVariables = Exact<{
  input: AdmitFromWaitingListInput;
}>;


export type CarePathAdmitMutation = { admitFromWaitingList: { id: string, status: ApplicationStatus | null, version: number | null, admittedOn: string | null, assessmentId: string | null, servicesTried: Array<ServiceType> | null, whyNotEnough: string | null } };

export type CarePathRemoveMutationVariables = Exact<{
  input: RemoveFromWaitingListInput;
}>;


export type CarePathRemoveMutation = { removeFromWaitingList: { id: string, status: ApplicationStatus | null, version: number | null, removedOn: string | null, removalReason: RemovalReason | null } };

export type CarePathApplicationsQueryVariables = Exact<{
  id: string | number;
}>;


export type CarePathApplicationsQuery = { case: { careApplications: Array<{ id: string, status: ApplicationStatus | null, version: number | null }> | null } | null };

export type CarePathAssessMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type CarePathAssessMutation = { recordAssessment: { id: string } };

export type CarerFiguresQueryVariables = Exact<{
  period: PeriodInput;
  groupBy?: GroupBy | null | undefined;
  region?: string | null | undefined;
  metrics?: Array<Metric> | Metric | null | undefined;
}>;


export type CarerFiguresQuery = { regionalSummary: { figures: Array<{ metric: Metric, unit: FigureUnit, columns: Array<string>, total: { value: number | null, suppressed: boolean, unknown: boolean }, columnTotals: Array<{ value: number | null, suppressed: boolean, unknown: boolean }>, rows: Array<{ areaCode: string, cells: Array<{ value: number | null, suppressed: boolean, unknown: boolean }>, total: { value: number | null, suppressed: boolean } | null }> }> } };

export type CarerPlacementsPlaceMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type CarerPlacementsPlaceMutation = { recordPlacement: { id: string, carerId: string | null, fosterForm: FosterForm | null, endsOn: string | null, capacityException: string | null } };

export type CarerSupportPlanSaveMutationVariables = Exact<{
  input: SaveCarerSupportPlanInput;
}>;


export type CarerSupportPlanSaveMutation = { saveCarerSupportPlan: { id: string, supportPlans: Array<{ version: number | null, needs: string | null, support: string | null, validFrom: string | null, reviewDueOn: string | null }> | null } };

export type CarerSupportPlanReadQueryVariables = Exact<{
  id: string | number;
}>;


export type CarerSupportPlanReadQuery = { carer: { id: string, supportPlans: Array<{ version: number | null, support: string | null }> | null } | null };

export type CarerSupportPlanPlaceMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type CarerSupportPlanPlaceMutation = { recordPlacement: { id: string } };

export type CarersOneQueryVariables = Exact<{
  id: string | number;
}>;


export type CarersOneQuery = { carer: { id: string, myRelations: Array<CarerRelation>, name: string | null, phone: string | null, status: CarerStatus | null, initialTrainingHours: number | null, history: Array<{ from: CarerStatus | null, to: CarerStatus | null, reason: string | null, exitInterview: string | null, agency: { code: string } | null }> | null, forms: Array<{ form: FosterForm | null, decisionRef: string | null, decidingAgency: { code: string } | null }> | null } | null };

export type CarersContactMutationVariables = Exact<{
  input: UpdateCarerContactInput;
}>;


export type CarersContactMutation = { updateCarerContact: { id: string, phone: string | null, version: number | null } };

export type CarersPlaceMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type CarersPlaceMutation = { recordPlacement: { id: string, carerId: string | null } };

export type CaseCountPageQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseCountPageQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseRecordRecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type CaseRecordRecordAssessmentMutation = { recordAssessment: { id: string, type: AssessmentType | null, assessedOn: string | null, needsSummary: string | null, healthFindings: string | null, authorAgency: { code: string } | null } };

export type CaseRecordSaveSupportPlanMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type CaseRecordSaveSupportPlanMutation = { saveSupportPlan: { id: string, version: number | null, status: PlanStatus | null, reviewDueOn: string | null, goals: Array<{ position: number | null, description: string | null }> | null, tasks: Array<{ position: number | null, goalPosition: number | null, description: string | null, deadline: string | null, status: TaskStatus | null, responsibleAgency: { code: string } | null }> | null, services: Array<{ serviceType: ServiceType | null, volume: number | null, unit: ServiceUnit | null, period: ServicePeriod | null, provider: { code: string } | null }> | null } };

export type CaseRecordAddFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type CaseRecordAddFollowUpMutation = { addFollowUp: { id: string, kind: FollowUpKind | null, category: FollowUpCategory | null, version: number | null, authorAgency: { code: string } | null } };

export type CaseRecordFullCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseRecordFullCaseQuery = { case: { id: string, status: CaseStatus | null, client: { id: string, givenName: string | null, personalCode: string | null } | null, latestAssessment: { type: AssessmentType | null, needsSummary: string | null, healthFindings: string | null, safetyFindings: string | null, childOpinion: string | null } | null, currentPlan: { version: number | null, status: PlanStatus | null, goals: Array<{ description: string | null }> | null } | null, planHistory: Array<{ version: number | null, status: PlanStatus | null }> | null, followUps: { totalCount: number, edges: Array<{ node: { kind: FollowUpKind | null, summary: string | null, category: FollowUpCategory | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type CaseRecordTwoPlansMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type CaseRecordTwoPlansMutation = { a: { version: number | null }, b: { version: number | null } };

export type CaseRecordFollowUpsFirstPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseRecordFollowUpsFirstPageQuery = { case: { followUps: { edges: Array<{ node: { summary: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } | null };

export type CaseRecordFollowUpsNextPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CaseRecordFollowUpsNextPageQuery = { case: { followUps: { edges: Array<{ node: { summary: string | null } }>, pageInfo: { hasNextPage: boolean } } | null } | null };

export type CaseRecordUpdatedSinceQueryVariables = Exact<{
  since?: string | null | undefined;
}>;


export type CaseRecordUpdatedSinceQuery = { cases: { totalCount: number } };

export type CaseWorkersAssignMutationVariables = Exact<{
  input: AssignCaseWorkerInput;
  key?: string | null | undefined;
}>;


export type CaseWorkersAssignMutation = { assignCaseWorker: { id: string, version: number | null, caseManager: { userId: string | null, name: string | null, agency: { code: string } | null } | null } };

export type CaseWorkersHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseWorkersHistoryQuery = { case: { caseManager: { userId: string | null, name: string | null } | null, caseWorkerAssignments: Array<{ userId: string | null, name: string | null, assignedByUserId: string | null, assignedAt: string | null, agency: { code: string } | null }> | null } | null };

export type CentreRecordActivityMutationVariables = Exact<{
  input: RecordCentreActivityInput;
}>;


export type CentreRecordActivityMutation = { recordCentreActivity: { id: string, serviceCode: string, occurredOn: string, hours: number, caseIds: Array<string>, note: string | null, participants: Array<{ kind: ParticipantKind, count: number }> } };

export type CentreActivitiesQueryVariables = Exact<{
  from: string;
  to: string;
  serviceCode?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CentreActivitiesQuery = { centreActivities: { totalCount: number, edges: Array<{ node: { id: string, serviceCode: string, occurredOn: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CentreActivityCountsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CentreActivityCountsQuery = { centreActivityCounts: Array<{ month: string, serviceCode: string, activities: number, hours: number, participants: number }> };

export type CentreOpenSurveyMutationVariables = Exact<{
  input: OpenPartnerSurveyInput;
}>;


export type CentreOpenSurveyMutation = { openPartnerSurvey: { id: string, year: number, partnerKind: PartnerKind, tokensIssued: number, responses: number, closedAt: string | null, questions: Array<{ code: string, scale: LikertScale }> } };

export type CentreIssueTokensMutationVariables = Exact<{
  surveyId: string | number;
  count: number;
}>;


export type CentreIssueTokensMutation = { issueSurveyTokens: { tokens: Array<string>, survey: { id: string, tokensIssued: number, responses: number } } };

export type CentreIssueTokensKeyedMutationVariables = Exact<{
  surveyId: string | number;
  count: number;
  key?: string | null | undefined;
}>;


export type CentreIssueTokensKeyedMutation = { issueSurveyTokens: { tokens: Array<string>, survey: { tokensIssued: number } } };

export type CentreCloseSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type CentreCloseSurveyMutation = { closePartnerSurvey: { id: string, closedAt: string | null, responses: number } };

export type CentreSurveysQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type CentreSurveysQuery = { partnerSurveys: Array<{ id: string, partnerKind: PartnerKind, tokensIssued: number, responses: number, closedAt: string | null }> };

export type CentreEvaluationQueryVariables = Exact<{
  centreCode: string;
  year: number;
}>;


export type CentreEvaluationQuery = { centreEvaluation: { year: number, suppressionThreshold: number, centre: { code: string }, indicators: Array<{ activities: number, hours: number, participants: number, activeMonths: number, service: { code: string }, participantsByKind: Array<{ kind: ParticipantKind, count: number }> }>, surveys: Array<{ partnerKind: PartnerKind, responses: { value: number | null, suppressed: boolean }, questions: Array<{ meanScore: number | null, question: { code: string }, scores: Array<{ value: number | null, suppressed: boolean }> }> }> } };

export type ChangeFeedAddMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type ChangeFeedAddMutation = { addFollowUp: { id: string, version: number | null } };

export type ChangeFeedUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateFollowUpInput;
}>;


export type ChangeFeedUpdateMutation = { updateFollowUp: { id: string, version: number | null } };

export type ChangeFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangeFeedQuery = { changes: { edges: Array<{ cursor: string, node: { id: string, caseId: string, entity: string | null, entityId: string | null, operation: string | null, at: string | null, categories: Array<Category> | null, oldVersion: number | null, newVersion: number | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ClosureTransitionMutationVariables = Exact<{
  input: TransitionCaseInput;
}>;


export type ClosureTransitionMutation = { transitionCase: { id: string, status: CaseStatus | null, closedOn: string | null, version: number | null } };

export type ClosureRequestMutationVariables = Exact<{
  input: RequestClosureInput;
}>;


export type ClosureRequestMutation = { requestClosure: { id: string, to: CaseStatus | null, reason: string | null, status: ClosureRequestStatus | null, requestedByUserId: string | null, decidedByUserId: string | null, returnReason: string | null } };

export type ClosureApproveMutationVariables = Exact<{
  input: DecideClosureInput;
}>;


export type ClosureApproveMutation = { approveClosure: { id: string, status: ClosureRequestStatus | null, decidedByUserId: string | null } };

export type ClosureReturnMutationVariables = Exact<{
  input: ReturnClosureInput;
}>;


export type ClosureReturnMutation = { returnClosure: { id: string, status: ClosureRequestStatus | null, returnReason: string | null } };

export type ClosureCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ClosureCaseQuery = { case: { status: CaseStatus | null, closedOn: string | null, version: number | null, closureRequests: Array<{ id: string, status: ClosureRequestStatus | null, to: CaseStatus | null, reason: string | null, returnReason: string | null }> | null } | null };

export type ClosureSettingQueryVariables = Exact<{ [key: string]: never; }>;


export type ClosureSettingQuery = { municipalities: Array<{ code: string, closureNeedsApproval: boolean }> };

export type ClosureInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ClosureInboxQuery = { inbox: { edges: Array<{ node: { id: string, caseId: string | null, kind: AlertKind | null, subject: string | null, category: Category | null } }> } };

export type ContractCaseAccessQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractCaseAccessQuery = { case: { myRoles: Array<InvolvementRole>, access: { roles: Array<InvolvementRole>, readableCategories: Array<Category>, writableCategories: Array<Category>, readableFields: Array<string> } } | null };

export type ContractCaseViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractCaseViewQuery = { case: { id: string, status: CaseStatus | null, targetGroup: TargetGroup | null, client: { id: string, givenName: string | null, personalCode: string | null } | null, involvements: Array<{ id: string, role: InvolvementRole | null }> | null, assessments: Array<{ id: string, type: AssessmentType | null, healthFindings: string | null }> | null, planHistory: Array<{ id: string, version: number | null, status: PlanStatus | null }> | null, followUps: { edges: Array<{ node: { id: string, category: FollowUpCategory | null, summary: string | null } }> } | null, placements: Array<{ id: string, type: PlacementType | null, carerName: string | null }> | null } | null };

export type ContractNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractNodeQuery = { node:
    | { __typename: 'Assessment', type: AssessmentType | null, healthFindings: string | null, id: string }
    | { __typename: 'Case', status: CaseStatus | null, targetGroup: TargetGroup | null, id: string, client: { id: string, givenName: string | null, personalCode: string | null } | null }
    | { __typename: 'FollowUp', category: FollowUpCategory | null, summary: string | null, id: string }
    | { __typename: 'Involvement', role: InvolvementRole | null, id: string }
    | { __typename: 'Placement', carerName: string | null, id: string, placementType: PlacementType | null }
    | { __typename: 'SupportPlan', version: number | null, id: string, planStatus: PlanStatus | null }
   | null };

export type ContractPagesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ContractPagesQuery = { cases: { edges: Array<{ cursor: string }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ContractRecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type ContractRecordAssessmentMutation = { recordAssessment: { id: string } };

export type ContractSavePlanMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type ContractSavePlanMutation = { saveSupportPlan: { id: string } };

export type ContractAddFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type ContractAddFollowUpMutation = { addFollowUp: { id: string } };

export type ContractRecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type ContractRecordPlacementMutation = { recordPlacement: { id: string } };

export type ContractCaseLikeNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractCaseLikeNodeQuery = { case: { id: string, status: CaseStatus | null, targetGroup: TargetGroup | null, client: { id: string, givenName: string | null, personalCode: string | null } | null } | null };

export type DataQualityReportQueryVariables = Exact<{
  groupBy?: QualityGroupBy | null | undefined;
  region?: string | null | undefined;
}>;


export type DataQualityReportQuery = { dataQuality: { scopeLevel: ScopeLevel, scopeCode: string | null, groupBy: QualityGroupBy, asOf: string, suppressionThreshold: number, checks: Array<{ id: string, kind: QualityKind, weight: number, category: Category, keeper: string, aggregateOnly: boolean }>, rows: Array<{ areaCode: string, areaName: string, cases: { value: number | null, suppressed: boolean, unknown: boolean }, score: { value: number | null, suppressed: boolean, unknown: boolean }, completeness: { value: number | null, suppressed: boolean, unknown: boolean }, timeliness: { value: number | null, suppressed: boolean, unknown: boolean }, consistency: { value: number | null, suppressed: boolean, unknown: boolean } }> } };

export type MyCaseQualityQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  assignedToMe?: boolean | null | undefined;
}>;


export type MyCaseQualityQuery = { myCaseQuality: { edges: Array<{ cursor: string, node: { caseId: string, score: number | null, completeness: number | null, timeliness: number | null, consistency: number | null, missing: Array<{ check: string | null, kind: QualityKind | null, category: Category | null, description: string | null }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DemoRulesMentorsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoRulesMentorsQuery = { socialMentors: Array<{ id: string, clients: number }> };

export type DemoRulesCentreEvaluationQueryVariables = Exact<{
  centreCode: string;
  year: number;
}>;


export type DemoRulesCentreEvaluationQuery = { centreEvaluation: { surveys: Array<{ partnerKind: PartnerKind, responses: { value: number | null, suppressed: boolean } }> } };

export type DiscoveryCaseExistsQueryVariables = Exact<{
  code: string;
}>;


export type DiscoveryCaseExistsQuery = { caseExists: { exists: boolean, managingServices: Array<{ agencyCode: string, name: string, contactEmail: string | null, contactPhone: string | null }> } };

export type DiscoveryAccessLogQueryVariables = Exact<{
  id: string | number;
}>;


export type DiscoveryAccessLogQuery = { caseAccessLog: { totalCount: number, edges: Array<{ node: { kind: AccessKind, userId: string, userRole: UserRole, caseRoles: Array<InvolvementRole>, operation: string | null, categories: Array<Category>, fields: Array<string>, agency: { code: string } | null } }> } };

export type PeekQueryVariables = Exact<{
  id: string | number;
}>;


export type PeekQuery = { case: { status: CaseStatus | null, client: { givenName: string | null } | null } | null };

export type DiscoveryAddInvolvementMutationVariables = Exact<{
  input: AddInvolvementInput;
}>;


export type DiscoveryAddInvolvementMutation = { addInvolvement: { id: string } };

export type DueDatesPageQueryVariables = Exact<{
  filter?: DueItemFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type DueDatesPageQuery = { dueItems: { edges: Array<{ node: { id: string, kind: DueItemKind | null, caseId: string, dueOn: string | null, daysOverdue: number | null, responsibleAgency: { code: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DueDatesOfCasesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type DueDatesOfCasesQuery = { cases: { edges: Array<{ node: { id: string, dueItems: Array<{ id: string, kind: DueItemKind | null, dueOn: string | null, daysOverdue: number | null }> | null } }> } };

export type DueDatesSavePlanMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type DueDatesSavePlanMutation = { saveSupportPlan: { id: string } };

export type DueDatesFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type DueDatesFollowUpMutation = { addFollowUp: { id: string } };

export type DueDatesPlaceMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type DueDatesPlaceMutation = { recordPlacement: { id: string } };

export type DueDatesTransitionMutationVariables = Exact<{
  input: TransitionCaseInput;
}>;


export type DueDatesTransitionMutation = { transitionCase: { version: number | null } };

export type FieldPermissionsFullCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type FieldPermissionsFullCaseQuery = { case: { id: string, status: CaseStatus | null, targetGroup: TargetGroup | null, openedOn: string | null, caseManager: { name: string | null } | null, involvements: Array<{ role: InvolvementRole | null, agency: { code: string } | null }> | null, client: { givenName: string | null, birthDate: string | null, personalCode: string | null, address: string | null } | null, latestAssessment: { type: AssessmentType | null, needsSummary: string | null, healthFindings: string | null, safetyFindings: string | null, familyNotes: string | null, childOpinion: string | null } | null, currentPlan: { version: number | null, goals: Array<{ description: string | null }> | null } | null, followUps: { totalCount: number, edges: Array<{ node: { category: FollowUpCategory | null, summary: string | null } }> } | null, placements: Array<{ type: PlacementType | null, carerName: string | null, courtDecisionRef: string | null }> | null, permanencyPlans: Array<{ goal: PermanencyGoal | null, targetDate: string | null }> | null, careApplications: Array<{ service: LongTermCareService | null, whyNotEnough: string | null }> | null } | null };

export type FieldPermissionsRecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type FieldPermissionsRecordAssessmentMutation = { recordAssessment: { id: string } };

export type FieldPermissionsSaveSupportPlanMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type FieldPermissionsSaveSupportPlanMutation = { saveSupportPlan: { id: string } };

export type FieldPermissionsAddFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type FieldPermissionsAddFollowUpMutation = { addFollowUp: { id: string } };

export type FieldPermissionsRecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type FieldPermissionsRecordPlacementMutation = { recordPlacement: { id: string } };

export type FieldPermissionsDecidePermanencyMutationVariables = Exact<{
  input: RecordPermanencyPlanInput;
}>;


export type FieldPermissionsDecidePermanencyMutation = { recordPermanencyPlan: { id: string } };

export type FieldPermissionsApplyMutationVariables = Exact<{
  input: ApplyForLongTermCareInput;
}>;


export type FieldPermissionsApplyMutation = { applyForLongTermCare: { id: string } };

export type RevisionsAddMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type RevisionsAddMutation = { addFollowUp: { id: string, version: number | null } };

export type RevisionsUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateFollowUpInput;
}>;


export type RevisionsUpdateMutation = { updateFollowUp: { id: string, version: number | null } };

export type RevisionsHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type RevisionsHistoryQuery = { case: { followUps: { edges: Array<{ node: { id: string, category: FollowUpCategory | null, summary: string | null, version: number | null, revisions: Array<{ version: number | null, kind: FollowUpKind | null, occurredOn: string | null, summary: string | null, recommendations: string | null, category: FollowUpCategory | null, replacedByUserId: string | null, replacedAt: string | null }> | null } }> } | null } | null };

export type FollowUpWritesAddMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type FollowUpWritesAddMutation = { addFollowUp: { id: string, version: number | null } };

export type FollowUpWritesUpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateFollowUpInput;
}>;


export type FollowUpWritesUpdateMutation = { updateFollowUp: { id: string, version: number | null, summary: string | null, category: FollowUpCategory | null } };

export type HelpfulErrorsTransferMutationVariables = Exact<{
  input: TransferCaseInput;
}>;


export type HelpfulErrorsTransferMutation = { transferCase: { caseId: string } };

export type HelpfulErrorsMoveMutationVariables = Exact<{
  input: RecordTransitionInput;
}>;


export type HelpfulErrorsMoveMutation = { recordTransition: { id: string } };

export type HelpfulErrorsPlaceMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type HelpfulErrorsPlaceMutation = { recordPlacement: { id: string } };

export type HelpfulErrorsPlanMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type HelpfulErrorsPlanMutation = { saveSupportPlan: { id: string } };

export type HelpfulErrorsCasesQueryVariables = Exact<{
  codes?: Array<string> | string | null | undefined;
}>;


export type HelpfulErrorsCasesQuery = { cases: { totalCount: number } };

export type HelpfulErrorsAgenciesQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type HelpfulErrorsAgenciesQuery = { agencies: Array<{ code: string }> };

export type HelpfulErrorsMunicipalitiesQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type HelpfulErrorsMunicipalitiesQuery = { municipalities: Array<{ code: string }> };

export type HelpfulErrorsSummaryQueryVariables = Exact<{
  region?: string | null | undefined;
}>;


export type HelpfulErrorsSummaryQuery = { regionalSummary: { scopeLevel: ScopeLevel } };

export type HelpfulErrorsTrendQueryVariables = Exact<{
  region?: string | null | undefined;
}>;


export type HelpfulErrorsTrendQuery = { trend: Array<{ month: string }> };

export type HelpfulErrorsFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type HelpfulErrorsFollowUpMutation = { addFollowUp: { id: string, kind: FollowUpKind | null } };

export type HelpfulErrorsInvolveMutationVariables = Exact<{
  input: AddInvolvementInput;
}>;


export type HelpfulErrorsInvolveMutation = { addInvolvement: { id: string } };

export type HelpfulErrorsInvolveAsAnalystMutationVariables = Exact<{
  input: AddInvolvementInput;
}>;


export type HelpfulErrorsInvolveAsAnalystMutation = { addInvolvement: { id: string } };

export type IdempotencyAddFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
  key?: string | null | undefined;
}>;


export type IdempotencyAddFollowUpMutation = { addFollowUp: { id: string, version: number | null, summary: string | null } };

export type IdempotencyOpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type IdempotencyOpenCaseMutation = { openCase: { id: string, status: CaseStatus | null, targetGroup: TargetGroup | null, myRoles: Array<InvolvementRole>, client: { id: string, personalCode: string | null, givenName: string | null } | null } };

export type LifecycleMoveMutationVariables = Exact<{
  input: TransitionCaseInput;
}>;


export type LifecycleMoveMutation = { transitionCase: { status: CaseStatus | null, closedOn: string | null, version: number | null } };

export type LifecycleHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type LifecycleHistoryQuery = { case: { status: CaseStatus | null, transitions: Array<{ from: CaseStatus | null, to: CaseStatus | null, reason: string | null, userId: string | null }> | null } | null };

export type MatchingCandidatesQueryVariables = Exact<{
  caseId: string | number;
  siblingCaseIds?: Array<string | number> | string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type MatchingCandidatesQuery = { matchCandidates: Array<{ carerId: string, form: FosterForm, rank: number, score: number, fits: boolean, children: number, limit: number, freePlaces: number, siblingsHere: number, distanceKm: number | null, municipalityCode: string, reasons: Array<string> }> };

export type MatchingLinkSiblingsMutationVariables = Exact<{
  input: LinkSiblingCasesInput;
}>;


export type MatchingLinkSiblingsMutation = { linkSiblingCases: { id: string } };

export type MatchingPlaceMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type MatchingPlaceMutation = { recordPlacement: { id: string } };

export type MentorMigrationRegisteredQueryVariables = Exact<{ [key: string]: never; }>;


export type MentorMigrationRegisteredQuery = { socialMentors: Array<{ id: string, name: string, clients: number }> };

export type MentorMigrationAssignMutationVariables = Exact<{
  input: AssignMentorInput;
}>;


export type MentorMigrationAssignMutation = { assignMentor: { id: string, mentorId: string | null } };

export type MentorsRegisterMutationVariables = Exact<{
  input: RegisterMentorInput;
}>;


export type MentorsRegisterMutation = { registerMentor: { id: string, name: string, active: boolean, clients: number } };

export type MentorsRetireMutationVariables = Exact<{
  id: string | number;
}>;


export type MentorsRetireMutation = { retireMentor: { id: string, active: boolean, clients: number } };

export type MentorsRegisteredQueryVariables = Exact<{
  includeRetired?: boolean | null | undefined;
}>;


export type MentorsRegisteredQuery = { socialMentors: Array<{ id: string, name: string, active: boolean, clients: number }> };

export type MentorsAssignMutationVariables = Exact<{
  input: AssignMentorInput;
}>;


export type MentorsAssignMutation = { assignMentor: { id: string, mentorId: string | null, mentorName: string | null, startsOn: string | null, endsOn: string | null, provider: { code: string } | null } };

export type MentorsEndMutationVariables = Exact<{
  id: string | number;
  endsOn: string;
}>;


export type MentorsEndMutation = { endMentorAssignment: { id: string, endsOn: string | null } };

export type MentorsOfCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type MentorsOfCaseQuery = { case: { mentors: Array<{ id: string, mentorId: string | null, mentorName: string | null, endsOn: string | null, provider: { code: string } | null }> | null } | null };

export type MonitoringDueItemsQueryVariables = Exact<{
  filter?: DueItemFilter | null | undefined;
}>;


export type MonitoringDueItemsQuery = { dueItems: { edges: Array<{ node: { kind: DueItemKind | null, caseId: string, dueOn: string | null, daysOverdue: number | null, responsibleAgency: { code: string } | null } }> } };

export type MonitoringSaveSupportPlanMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type MonitoringSaveSupportPlanMutation = { saveSupportPlan: { id: string } };

export type MonitoringRecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type MonitoringRecordPlacementMutation = { recordPlacement: { id: string } };

export type MonitoringAddFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type MonitoringAddFollowUpMutation = { addFollowUp: { id: string } };

export type MonitoringTransitionCaseMutationVariables = Exact<{
  input: TransitionCaseInput;
}>;


export type MonitoringTransitionCaseMutation = { transitionCase: { version: number | null } };

export type MonitoringCaseDueItemsFixedDateQueryVariables = Exact<{
  id: string | number;
}>;


export type MonitoringCaseDueItemsFixedDateQuery = { case: { dueItems: Array<{ kind: DueItemKind | null }> | null } | null };

export type MonitoringCaseDueItemsQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type MonitoringCaseDueItemsQuery = { case: { dueItems: Array<{ kind: DueItemKind | null }> | null } | null };

export type NoNPlusOneSavePlanMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type NoNPlusOneSavePlanMutation = { saveSupportPlan: { id: string, goals: Array<{ position: number | null }> | null } };

export type NoNPlusOneEvaluatePlanMutationVariables = Exact<{
  id: string | number;
  input: EvaluatePlanInput;
}>;


export type NoNPlusOneEvaluatePlanMutation = { evaluatePlan: { id: string } };

export type NoNPlusOneLinkSiblingsMutationVariables = Exact<{
  input: LinkSiblingCasesInput;
}>;


export type NoNPlusOneLinkSiblingsMutation = { linkSiblingCases: { id: string } };

export type OpenCaseManagerQueryVariables = Exact<{
  id: string | number;
}>;


export type OpenCaseManagerQuery = { case: { caseManager: { userId: string | null, name: string | null, agency: { code: string } | null } | null, responsibleMunicipality: { code: string } | null } | null };

export type PlacedChildPlanSaveMutationVariables = Exact<{
  input: SavePlacedChildPlanInput;
}>;


export type PlacedChildPlanSaveMutation = { savePlacedChildPlan: { id: string, version: number | null, goals: string | null, support: string | null, validFrom: string | null, reviewDueOn: string | null, agency: { code: string } | null } };

export type PlacedChildPlanReadQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacedChildPlanReadQuery = { case: { id: string, placedChildPlans: Array<{ version: number | null, goals: string | null }> | null } | null };

export type PlacedChildPlanCaseDraftMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type PlacedChildPlanCaseDraftMutation = { saveSupportPlan: { id: string } };

export type PlacedChildPlanPlaceMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type PlacedChildPlanPlaceMutation = { recordPlacement: { id: string } };

export type PlacementLimitsRecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type PlacementLimitsRecordPlacementMutation = { recordPlacement: { id: string, siblingGroup: boolean | null, capacityException: string | null } };

export type PlacementLimitsAssignMentorMutationVariables = Exact<{
  input: AssignMentorInput;
}>;


export type PlacementLimitsAssignMentorMutation = { assignMentor: { id: string, mentorId: string | null } };

export type PlacementLimitsRegisterMentorMutationVariables = Exact<{
  input: RegisterMentorInput;
}>;


export type PlacementLimitsRegisterMentorMutation = { registerMentor: { id: string } };

export type PlacementLimitsRecordTransitionMutationVariables = Exact<{
  input: RecordTransitionInput;
}>;


export type PlacementLimitsRecordTransitionMutation = { recordTransition: { involvements: Array<{ role: InvolvementRole | null, active: boolean | null, validUntil: string | null, agency: { code: string } | null }> | null, placements: Array<{ type: PlacementType | null, endsOn: string | null, startsOn: string | null, carerRef: string | null }> | null } };

export type PlacementLimitsPlacementsQueryVariables = Exact<{
  id: string | number;
}>;


export type PlacementLimitsPlacementsQuery = { case: { placements: Array<{ type: PlacementType | null, endsOn: string | null, courtDecisionRef: string | null, decidingAgency: { code: string } | null }> | null } | null };

export type PlacementLimitsDueItemsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type PlacementLimitsDueItemsQuery = { dueItems: { edges: Array<{ node: { kind: DueItemKind | null, caseId: string } }> } };

export type PlanApprovalSaveMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type PlanApprovalSaveMutation = { saveSupportPlan: { id: string, version: number | null, status: PlanStatus | null } };

export type PlanApprovalApproveMutationVariables = Exact<{
  id: string | number;
  key?: string | null | undefined;
}>;


export type PlanApprovalApproveMutation = { approvePlan: { id: string, version: number | null, status: PlanStatus | null, activatedAt: string | null, returnedAt: string | null } };

export type PlanApprovalReturnMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type PlanApprovalReturnMutation = { returnPlan: { id: string, version: number | null, status: PlanStatus | null, returnedAt: string | null, returnedByUserId: string | null, returnReason: string | null } };

export type PlanApprovalSectionsMutationVariables = Exact<{
  id: string | number;
  input: PlanSectionsInput;
}>;


export type PlanApprovalSectionsMutation = { recordPlanSections: { id: string } };

export type PlanApprovalPlansQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanApprovalPlansQuery = { case: { currentPlan: { version: number | null, status: PlanStatus | null } | null, planHistory: Array<{ version: number | null, status: PlanStatus | null, returnReason: string | null, returnedByUserId: string | null, authorAgency: { code: string } | null }> | null } | null };

export type PlanSectionsSaveMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type PlanSectionsSaveMutation = { saveSupportPlan: { id: string, version: number | null, status: PlanStatus | null, missingSections: Array<PlanSection> | null, agreement: { status: AgreementStatus | null, on: string | null, by: AgreementBy | null, refusalReason: string | null } | null, goals: Array<{ position: number | null, description: string | null, outcome: GoalOutcome | null, carriedForward: boolean | null }> | null } };

export type PlanSectionsRecordMutationVariables = Exact<{
  id: string | number;
  input: PlanSectionsInput;
}>;


export type PlanSectionsRecordMutation = { recordPlanSections: { id: string, missingSections: Array<PlanSection> | null, agreement: { status: AgreementStatus | null } | null } };

export type PlanSectionsApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type PlanSectionsApproveMutation = { approvePlan: { id: string, status: PlanStatus | null } };

export type PlanSectionsEvaluateMutationVariables = Exact<{
  id: string | number;
  input: EvaluatePlanInput;
}>;


export type PlanSectionsEvaluateMutation = { evaluatePlan: { id: string, evaluation: { evaluatedOn: string | null, clientCooperation: ClientCooperation | null, note: string | null } | null, goals: Array<{ position: number | null, outcome: GoalOutcome | null, evaluatedOn: string | null, evaluationNote: string | null }> | null } };

export type PlanSectionsReadQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanSectionsReadQuery = { case: { currentPlan: { id: string, status: PlanStatus | null, placementConditions: string | null, wishesAndInterests: string | null, health: { disabilityGroup: DisabilityGroup | null, disabilityValidUntil: string | null, treatmentAndRehabilitation: string | null, medications: Array<{ name: string | null, dose: string | null }> | null } | null, family: { contactArrangements: string | null, people: Array<{ name: string | null, relation: FamilyRelation | null, role: PersonRole | null }> | null } | null, childVoice: { opinionOnFamily: string | null } | null, education: { stage: EducationStage | null, school: string | null } | null, cooperationPartners: Array<{ organisation: string | null, kind: CooperationPartnerKind | null, role: string | null, workContact: string | null }> | null, plannedContacts: Array<{ kind: PlannedContactKind | null, plannedOn: string | null, agency: { code: string } | null }> | null, agreement: { status: AgreementStatus | null, on: string | null, by: AgreementBy | null } | null } | null } | null };

export type PlanSectionsLinkSiblingsMutationVariables = Exact<{
  input: LinkSiblingCasesInput;
}>;


export type PlanSectionsLinkSiblingsMutation = { linkSiblingCases: { id: string, siblingCaseId: string | null, recordedByAgency: { code: string } | null } };

export type PlanSectionsFeedQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type PlanSectionsFeedQuery = { changes: { edges: Array<{ node: { entity: string | null, caseId: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PlanSectionsSiblingsQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanSectionsSiblingsQuery = { case: { id: string, siblingLinks: Array<{ siblingCaseId: string | null }> | null } | null };

export type PlanSectionsDueQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanSectionsDueQuery = { case: { dueItems: Array<{ kind: DueItemKind | null, dueOn: string | null, responsibleAgency: { code: string } | null }> | null } | null };

export type PlanSectionsFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type PlanSectionsFollowUpMutation = { addFollowUp: { id: string } };

export type PlanSectionsFiguresQueryVariables = Exact<{
  period: PeriodInput;
  metrics?: Array<Metric> | Metric | null | undefined;
}>;


export type PlanSectionsFiguresQuery = { regionalSummary: { figures: Array<{ metric: Metric, columns: Array<string>, total: { value: number | null, suppressed: boolean }, rows: Array<{ areaCode: string, cells: Array<{ value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } | null }> }> } };

export type ReachCountPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ReachCountPageQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReferenceSyncMunicipalitiesQueryVariables = Exact<{
  region?: string | null | undefined;
}>;


export type ReferenceSyncMunicipalitiesQuery = { municipalities: Array<{ code: string, name: string, regionCode: string }> };

export type ReferenceSyncAgenciesQueryVariables = Exact<{
  municipality?: string | null | undefined;
}>;


export type ReferenceSyncAgenciesQuery = { agencies: Array<{ code: string, name: string, municipalityCode: string | null, regionCode: string | null, contactPhone: string | null }> };

export type ReferenceSyncClosureSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceSyncClosureSettingsQuery = { municipalities: Array<{ code: string, closureNeedsApproval: boolean }> };

export type ReferenceSyncSavePlanMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type ReferenceSyncSavePlanMutation = { saveSupportPlan: { id: string, status: PlanStatus | null, missingSections: Array<PlanSection> | null } };

export type ReferenceSyncRecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type ReferenceSyncRecordPlacementMutation = { recordPlacement: { id: string } };

export type RegionalSummaryFiguresQueryVariables = Exact<{
  period: PeriodInput;
  groupBy?: GroupBy | null | undefined;
  region?: string | null | undefined;
  metrics?: Array<Metric> | Metric | null | undefined;
}>;


export type RegionalSummaryFiguresQuery = { regionalSummary: { scopeLevel: ScopeLevel, scopeCode: string | null, suppressionThreshold: number, figures: Array<{ metric: Metric, unit: FigureUnit, columns: Array<string>, total: { value: number | null, suppressed: boolean }, columnTotals: Array<{ value: number | null, suppressed: boolean }>, rows: Array<{ areaCode: string, cells: Array<{ value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } | null }> }> } };

export type RegionalSummaryTrendQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionalSummaryTrendQuery = { trend: Array<{ month: string, from: string, to: string, figure: { total: { value: number | null, suppressed: boolean } } }> };

export type MoneyFiguresQueryVariables = Exact<{
  period: PeriodInput;
  groupBy?: GroupBy | null | undefined;
  region?: string | null | undefined;
  metrics?: Array<Metric> | Metric | null | undefined;
}>;


export type MoneyFiguresQuery = { regionalSummary: { figures: Array<{ metric: Metric, unit: FigureUnit, columns: Array<string>, total: { value: number | null, suppressed: boolean, unknown: boolean }, columnTotals: Array<{ value: number | null, suppressed: boolean, unknown: boolean }>, rows: Array<{ areaCode: string, cells: Array<{ value: number | null, suppressed: boolean, unknown: boolean }>, total: { value: number | null, suppressed: boolean, unknown: boolean } | null }> }> } };

export type SnapshotSummaryQueryVariables = Exact<{
  period: PeriodInput;
  groupBy?: GroupBy | null | undefined;
  targetGroup?: TargetGroup | null | undefined;
}>;


export type SnapshotSummaryQuery = { regionalSummary: { scopeLevel: ScopeLevel, from: string, to: string, suppressionThreshold: number, figures: Array<{ metric: Metric, unit: FigureUnit, columns: Array<string>, total: { value: number | null, suppressed: boolean }, columnTotals: Array<{ value: number | null, suppressed: boolean }>, rows: Array<{ areaCode: string, areaName: string, cells: Array<{ value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } | null }> }> } };

export type SnapshotTrendQueryVariables = Exact<{
  metric: Metric;
  groupBy?: GroupBy | null | undefined;
  months?: number | null | undefined;
}>;


export type SnapshotTrendQuery = { trend: Array<{ month: string, from: string, to: string, figure: { metric: Metric, columns: Array<string>, total: { value: number | null, suppressed: boolean }, rows: Array<{ areaCode: string, cells: Array<{ value: number | null, suppressed: boolean }> }> } }> };

export type SnapshotRecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type SnapshotRecordPlacementMutation = { recordPlacement: { id: string } };

export type RetentionSummaryQueryVariables = Exact<{
  period: PeriodInput;
  groupBy?: GroupBy | null | undefined;
}>;


export type RetentionSummaryQuery = { regionalSummary: { scopeLevel: ScopeLevel, from: string, to: string, suppressionThreshold: number, figures: Array<{ metric: Metric, unit: FigureUnit, columns: Array<string>, total: { value: number | null, suppressed: boolean }, columnTotals: Array<{ value: number | null, suppressed: boolean }>, rows: Array<{ areaCode: string, areaName: string, cells: Array<{ value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } | null }> }> } };

export type RetentionCaseExistsQueryVariables = Exact<{
  code: string;
}>;


export type RetentionCaseExistsQuery = { caseExists: { exists: boolean, managingServices: Array<{ agencyCode: string }> } };

export type RetainedCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type RetainedCaseQuery = { case: { status: CaseStatus | null, version: number | null, reportedBy: string | null, closedOn: string | null, targetGroup: TargetGroup | null, client: { id: string, personalCode: string | null, givenName: string | null, familyName: string | null, address: string | null, phone: string | null, birthDate: string | null, gender: Gender | null, declaredMunicipalityCode: string | null, pseudonymisedAt: string | null } | null, followUps: { totalCount: number, edges: Array<{ node: { kind: FollowUpKind | null, category: FollowUpCategory | null, summary: string | null, recommendations: string | null } }> } | null, transitions: Array<{ from: CaseStatus | null, to: CaseStatus | null, reason: string | null }> | null, placements: Array<{ type: PlacementType | null, carerName: string | null, carerRef: string | null, courtDecisionRef: string | null, capacityException: string | null }> | null, mentors: Array<{ mentorRef: string | null, mentorName: string | null }> | null, latestAssessment: { type: AssessmentType | null, needsSummary: string | null, healthFindings: string | null, childOpinion: string | null, recommendedServices: Array<ServiceType> | null } | null, currentPlan: { problem: string | null, goals: Array<{ description: string | null }> | null, tasks: Array<{ description: string | null, expectedResult: string | null, status: TaskStatus | null }> | null } | null } | null };

export type RetentionReopenMutationVariables = Exact<{
  input: TransitionCaseInput;
}>;


export type RetentionReopenMutation = { transitionCase: { id: string, status: CaseStatus | null } };

export type RetentionFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type RetentionFollowUpMutation = { addFollowUp: { id: string } };

export type ScopingCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ScopingCaseQuery = { case: { id: string, status: CaseStatus | null, myRoles: Array<InvolvementRole> } | null };

export type ScopingCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type ScopingCasesQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ScopingAddInvolvementMutationVariables = Exact<{
  input: AddInvolvementInput;
}>;


export type ScopingAddInvolvementMutation = { addInvolvement: { id: string } };

export type ScopingEndInvolvementMutationVariables = Exact<{
  id: string | number;
}>;


export type ScopingEndInvolvementMutation = { endInvolvement: { id: string, active: boolean | null, endedAt: string | null } };

export type ScopingAddPreviousProviderMutationVariables = Exact<{
  input: AddInvolvementInput;
}>;


export type ScopingAddPreviousProviderMutation = { addInvolvement: { validUntil: string | null, active: boolean | null } };

export type SecurityReviewCloseCaseMutationVariables = Exact<{
  input: TransitionCaseInput;
}>;


export type SecurityReviewCloseCaseMutation = { transitionCase: { status: CaseStatus | null } };

export type SecurityReviewCaseExistsQueryVariables = Exact<{
  code: string;
}>;


export type SecurityReviewCaseExistsQuery = { caseExists: { exists: boolean, managingServices: Array<{ agencyCode: string, name: string, contactEmail: string | null, contactPhone: string | null }> } };

export type SecurityReviewAddHealthFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type SecurityReviewAddHealthFollowUpMutation = { addFollowUp: { id: string } };

export type SecurityReviewUpdateFollowUpMutationVariables = Exact<{
  id: string | number;
  input: UpdateFollowUpInput;
}>;


export type SecurityReviewUpdateFollowUpMutation = { updateFollowUp: { id: string } };

export type SecurityReviewAddInvolvementMutationVariables = Exact<{
  input: AddInvolvementInput;
}>;


export type SecurityReviewAddInvolvementMutation = { addInvolvement: { id: string } };

export type SecurityReviewEndInvolvementMutationVariables = Exact<{
  id: string | number;
}>;


export type SecurityReviewEndInvolvementMutation = { endInvolvement: { active: boolean | null } };

export type SecurityReviewRecordTransitionMutationVariables = Exact<{
  input: RecordTransitionInput;
}>;


export type SecurityReviewRecordTransitionMutation = { recordTransition: { id: string } };

export type SecurityReviewRecordPlacementMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type SecurityReviewRecordPlacementMutation = { recordPlacement: { id: string } };

export type SecurityReviewClientCodeQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityReviewClientCodeQuery = { case: { client: { personalCode: string | null } | null } | null };

export type SecurityReviewCaseManagerQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityReviewCaseManagerQuery = { case: { caseManager: { name: string | null, agency: { code: string } | null } | null } | null };

export type SecurityReviewCaseStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityReviewCaseStatusQuery = { case: { status: CaseStatus | null } | null };

export type SecurityReviewFollowUpCursorQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type SecurityReviewFollowUpCursorQuery = { case: { followUps: { totalCount: number } | null } | null };

export type SecurityReviewDueItemsAsOfQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type SecurityReviewDueItemsAsOfQuery = { dueItems: { edges: Array<{ cursor: string }> } };

export type SecurityReviewAddFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type SecurityReviewAddFollowUpMutation = { addFollowUp: { id: string } };

export type SecurityReviewUpdatedAtQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityReviewUpdatedAtQuery = { case: { updatedAt: string | null } | null };

export type SecurityReviewUpdatedSinceQueryVariables = Exact<{
  since?: string | null | undefined;
}>;


export type SecurityReviewUpdatedSinceQuery = { cases: { edges: Array<{ node: { id: string } }> } };

export type SecurityReviewPlantedCursorQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SecurityReviewPlantedCursorQuery = { cases: { totalCount: number } };

export type SecurityReviewPlantedAgenciesQueryVariables = Exact<{
  code?: string | null | undefined;
}>;


export type SecurityReviewPlantedAgenciesQuery = { agencies: Array<{ code: string }> };

export type SecurityReviewMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityReviewMeQuery = { me: { userId: string } };

export type StayLimitsPlaceMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type StayLimitsPlaceMutation = { recordPlacement: { id: string, stayLimitOn: string | null } };

export type StayLimitsExtendMutationVariables = Exact<{
  input: RecordStayLimitExceptionInput;
}>;


export type StayLimitsExtendMutation = { recordStayLimitException: { id: string, stayLimitOn: string | null, stayLimitExceptions: Array<{ decisionRef: string | null, newLimitOn: string | null, decidedByUserId: string | null, recordedAt: string | null, decidingAgency: { code: string } | null }> | null } };

export type StayLimitsDueQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type StayLimitsDueQuery = { case: { dueItems: Array<{ kind: DueItemKind | null, dueOn: string | null }> | null } | null };

export type TransferCaseMutationVariables = Exact<{
  input: TransferCaseInput;
}>;


export type TransferCaseMutation = { transferCase: { id: string, caseId: string, status: ReferralStatus, at: string, expiresAt: string, from: { code: string } | null, to: { code: string } | null } };

export type TransferAcceptMutationVariables = Exact<{
  id: string | number;
  caseWorker?: TransferCaseWorkerInput | null | undefined;
}>;


export type TransferAcceptMutation = { acceptReferral: { id: string, status: ReferralStatus, caseId: string | null, role: InvolvementRole } };

export type TransferDeclineMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type TransferDeclineMutation = { declineReferral: { id: string, status: ReferralStatus, declineReason: string | null } };

export type TransferWithdrawMutationVariables = Exact<{
  id: string | number;
}>;


export type TransferWithdrawMutation = { withdrawReferral: { id: string, status: ReferralStatus } };

export type TransferReceivedQueryVariables = Exact<{ [key: string]: never; }>;


export type TransferReceivedQuery = { referrals: { edges: Array<{ node: { id: string, caseId: string | null, status: ReferralStatus, role: InvolvementRole, targetGroup: TargetGroup, municipalityCode: string, reason: string } }> } };

export type TransferCaseViewQueryVariables = Exact<{
  id: string | number;
}>;


export type TransferCaseViewQuery = { case: { myRoles: Array<InvolvementRole>, responsibleMunicipality: { code: string } | null, caseManager: { userId: string | null, name: string | null } | null, client: { declaredMunicipalityCode: string | null } | null } | null };

export type TransferFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type TransferFollowUpMutation = { addFollowUp: { id: string } };

export type TransitionPlanMoveMutationVariables = Exact<{
  input: RecordTransitionInput;
}>;


export type TransitionPlanMoveMutation = { recordTransition: { id: string, involvements: Array<{ role: InvolvementRole | null, active: boolean | null, agency: { code: string } | null }> | null } };

export type TransitionPlanSaveMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type TransitionPlanSaveMutation = { saveSupportPlan: { id: string, version: number | null, status: PlanStatus | null } };

export type TransitionPlanStatusMutationVariables = Exact<{
  input: TransitionCaseInput;
}>;


export type TransitionPlanStatusMutation = { transitionCase: { status: CaseStatus | null, version: number | null } };

export type TransitionPlanReadQueryVariables = Exact<{
  id: string | number;
}>;


export type TransitionPlanReadQuery = { case: { currentPlan: { status: PlanStatus | null, tasks: Array<{ description: string | null, forTransition: boolean | null, responsibleAgency: { code: string } | null }> | null, transitionTeam: Array<{ memberName: string | null, role: string | null, agency: { code: string } | null }> | null, preparationVisits: Array<{ plannedOn: string | null, place: PreparationVisitPlace | null, description: string | null }> | null } | null } | null };

export type VisibleChangePageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  orderBy: CaseOrder;
}>;


export type VisibleChangePageQuery = { cases: { edges: Array<{ node: { id: string, updatedAt: string | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type VisibleChangeFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type VisibleChangeFollowUpMutation = { addFollowUp: { id: string } };

export type WebhookAddFollowUpMutationVariables = Exact<{
  input: AddFollowUpInput;
}>;


export type WebhookAddFollowUpMutation = { addFollowUp: { id: string } };

export type WebhookFeedQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WebhookFeedQuery = { changes: { edges: Array<{ node: { id: string, caseId: string, entity: string | null, entityId: string | null, operation: string | null, categories: Array<Category> | null } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type RegisterWebhookMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;


export type RegisterWebhookMutation = { registerWebhook: { secretId: string, secret: string, subscription: { id: string, url: string, description: string | null, state: WebhookState, secrets: Array<{ id: string }> } } };

export type AddWebhookSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type AddWebhookSecretMutation = { addWebhookSecret: { secretId: string, secret: string, subscription: { secrets: Array<{ id: string }> } } };

export type RetireWebhookSecretMutationVariables = Exact<{
  id: string | number;
  secretId: string | number;
}>;


export type RetireWebhookSecretMutation = { retireWebhookSecret: { secrets: Array<{ id: string }> } };

export type PauseWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type PauseWebhookMutation = { pauseWebhook: { state: WebhookState } };

export type ResumeWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeWebhookMutation = { resumeWebhook: { state: WebhookState } };

export type RequeueWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type RequeueWebhookMutation = { requeueWebhook: { state: WebhookState, failures: number } };

export type WebhookSubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookSubscriptionsQuery = { webhookSubscriptions: Array<{ id: string, url: string, state: WebhookState, deliveredCount: number, lastDeliveredEventId: string | null, failures: number, failingSince: string | null, lastError: string | null, nextAttemptAt: string | null, parkedAt: string | null, secrets: Array<{ id: string }> }> };

export type YouthHomePlaceMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type YouthHomePlaceMutation = { recordPlacement: { id: string, type: PlacementType | null, startsOn: string | null } };

export type YouthHomePlanMutationVariables = Exact<{
  input: SaveSupportPlanInput;
}>;


export type YouthHomePlanMutation = { saveSupportPlan: { id: string, services: Array<{ serviceType: ServiceType | null }> | null } };

export type YouthHomeMoveMutationVariables = Exact<{
  input: RecordTransitionInput;
}>;


export type YouthHomeMoveMutation = { recordTransition: { id: string } };

export type SupportRegisterCarerMutationVariables = Exact<{
  input: RegisterCarerInput;
}>;


export type SupportRegisterCarerMutation = { registerCarer: { id: string, status: CarerStatus | null, version: number | null } };

export type SupportTransitionCarerMutationVariables = Exact<{
  input: TransitionCarerInput;
}>;


export type SupportTransitionCarerMutation = { transitionCarer: { id: string, status: CarerStatus | null, version: number | null, allowedNext: Array<CarerStatus> | null } };

export type SupportCarerTrainingMutationVariables = Exact<{
  input: RecordCarerTrainingInput;
}>;


export type SupportCarerTrainingMutation = { recordCarerTraining: { id: string, initialTrainingHours: number | null, furtherTrainingHours: number | null } };

export type SupportCarerCompetencesMutationVariables = Exact<{
  input: AssessCarerCompetencesInput;
}>;


export type SupportCarerCompetencesMutation = { assessCarerCompetences: { id: string } };

export type SupportRecognizeFormMutationVariables = Exact<{
  input: RecognizeCarerFormInput;
}>;


export type SupportRecognizeFormMutation = { recognizeCarerForm: { id: string, forms: Array<{ form: FosterForm | null, decisionRef: string | null }> | null } };

export type FeedLoadChangesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type FeedLoadChangesQuery = { changes: { edges: Array<{ node: { id: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type FeedLoadRegisterMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;


export type FeedLoadRegisterMutation = { registerWebhook: { subscription: { id: string } } };

export type OpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenCaseMutation = { openCase: { id: string, status: CaseStatus | null, targetGroup: TargetGroup | null, myRoles: Array<InvolvementRole>, client: { id: string, personalCode: string | null, givenName: string | null } | null } };

export type AddInvolvementMutationVariables = Exact<{
  input: AddInvolvementInput;
}>;


export type AddInvolvementMutation = { addInvolvement: { id: string, role: InvolvementRole | null, validUntil: string | null, active: boolean | null, agency: { code: string } | null } };

export type FixtureRequestTransferMutationVariables = Exact<{
  input: TransferCaseInput;
}>;


export type FixtureRequestTransferMutation = { transferCase: { id: string, caseId: string, status: ReferralStatus, from: { code: string } | null, to: { code: string } | null } };

export type FixtureAcceptTransferMutationVariables = Exact<{
  id: string | number;
  caseWorker?: TransferCaseWorkerInput | null | undefined;
}>;


export type FixtureAcceptTransferMutation = { acceptReferral: { id: string, status: ReferralStatus, caseId: string | null } };


export const AgencyClientSetupAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgencyClientSetupAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AgencyClientSetupAssessmentMutation, AgencyClientSetupAssessmentMutationVariables>;
export const AgencyClientSetupPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgencyClientSetupPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AgencyClientSetupPlanMutation, AgencyClientSetupPlanMutationVariables>;
export const AgencyClientSetupFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgencyClientSetupFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AgencyClientSetupFollowUpMutation, AgencyClientSetupFollowUpMutationVariables>;
export const AgencyClientSetupPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgencyClientSetupPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AgencyClientSetupPlacementMutation, AgencyClientSetupPlacementMutationVariables>;
export const AlertJobPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertJobPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AlertJobPlanMutation, AlertJobPlanMutationVariables>;
export const AlertJobPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertJobPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AlertJobPlaceMutation, AlertJobPlaceMutationVariables>;
export const AlertRulesInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertRulesInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlertRulesInboxQuery, AlertRulesInboxQueryVariables>;
export const AlertRulesMarkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertRulesMark"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAlertsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<AlertRulesMarkMutation, AlertRulesMarkMutationVariables>;
export const AlertRulesReferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertRulesRefer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AlertRulesReferMutation, AlertRulesReferMutationVariables>;
export const AlertRulesTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertRulesTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AlertRulesTransferMutation, AlertRulesTransferMutationVariables>;
export const AlertRulesAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertRulesAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AlertRulesAcceptMutation, AlertRulesAcceptMutationVariables>;
export const AlertRulesCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertRulesClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AlertRulesCloseMutation, AlertRulesCloseMutationVariables>;
export const AlertRulesPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertRulesPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AlertRulesPlanMutation, AlertRulesPlanMutationVariables>;
export const AlertRulesPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertRulesPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AlertRulesPlaceMutation, AlertRulesPlaceMutationVariables>;
export const LookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Look"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthFindings"}}]}}]}}]}}]} as unknown as DocumentNode<LookQuery, LookQueryVariables>;
export const AuditRecordPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditRecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditRecordPlacementMutation, AuditRecordPlacementMutationVariables>;
export const WhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Where"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhereQuery, WhereQueryVariables>;
export const AuditAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditAddFollowUpMutation, AuditAddFollowUpMutationVariables>;
export const AuthMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}}]}}]}}]} as unknown as DocumentNode<AuthMeQuery, AuthMeQueryVariables>;
export const AuthCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthCasesQuery, AuthCasesQueryVariables>;
export const BadInputAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadInputAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadInputAddFollowUpMutation, BadInputAddFollowUpMutationVariables>;
export const BadInputUpdateFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadInputUpdateFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadInputUpdateFollowUpMutation, BadInputUpdateFollowUpMutationVariables>;
export const BirthFamilyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BirthFamilyPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanBirthFamilyContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planBirthFamilyContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<BirthFamilyPlanMutation, BirthFamilyPlanMutationVariables>;
export const BirthFamilyUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BirthFamilyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBirthFamilyContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBirthFamilyContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<BirthFamilyUpdateMutation, BirthFamilyUpdateMutationVariables>;
export const BirthFamilyReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BirthFamilyRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"birthFamilyContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"organisingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BirthFamilyReadQuery, BirthFamilyReadQueryVariables>;
export const BirthFamilyPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BirthFamilyPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BirthFamilyPlaceMutation, BirthFamilyPlaceMutationVariables>;
export const BypassAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BypassAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"who"},"name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"code"},"name":{"kind":"Name","value":"personalCode"}},{"kind":"Field","alias":{"kind":"Name","value":"name"},"name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]} as unknown as DocumentNode<BypassAliasesQuery, BypassAliasesQueryVariables>;
export const BypassTwoAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BypassTwoAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"personalCode"}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"personalCode"}}]}}]}}]}}]} as unknown as DocumentNode<BypassTwoAliasesQuery, BypassTwoAliasesQueryVariables>;
export const BypassListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BypassList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthFindings"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BypassListQuery, BypassListQueryVariables>;
export const BypassAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BypassAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BypassAddFollowUpMutation, BypassAddFollowUpMutationVariables>;
export const BypassFollowUpPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BypassFollowUpPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BypassFollowUpPageQuery, BypassFollowUpPageQueryVariables>;
export const CareFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CareFiguresQuery, CareFiguresQueryVariables>;
export const CarePathPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarePathPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"capacityException"}}]}}]}}]} as unknown as DocumentNode<CarePathPlaceMutation, CarePathPlaceMutationVariables>;
export const CarePathDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarePathDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPermanencyPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPermanencyPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRef"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedWithPlanVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decidingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedByUserId"}}]}}]}}]} as unknown as DocumentNode<CarePathDecideMutation, CarePathDecideMutationVariables>;
export const CarePathPermanencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarePathPermanency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permanencyPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}}]}}]}}]}}]} as unknown as DocumentNode<CarePathPermanencyQuery, CarePathPermanencyQueryVariables>;
export const CarePathExitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarePathExit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordExitFromCareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExitFromCare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"exitDestination"}}]}}]}}]} as unknown as DocumentNode<CarePathExitMutation, CarePathExitMutationVariables>;
export const CarePathDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarePathDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]} as unknown as DocumentNode<CarePathDueQuery, CarePathDueQueryVariables>;
export const CarePathApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarePathApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForLongTermCareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForLongTermCare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}}]}}]}}]} as unknown as DocumentNode<CarePathApplyMutation, CarePathApplyMutationVariables>;
export const CarePathOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarePathOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OfferPlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"offeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"offeredProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CarePathOfferMutation, CarePathOfferMutationVariables>;
export const CarePathAdmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarePathAdmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitFromWaitingListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitFromWaitingList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"admittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentId"}},{"kind":"Field","name":{"kind":"Name","value":"servicesTried"}},{"kind":"Field","name":{"kind":"Name","value":"whyNotEnough"}}]}}]}}]} as unknown as DocumentNode<CarePathAdmitMutation, CarePathAdmitMutationVariables>;
export const CarePathRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarePathRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveFromWaitingListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFromWaitingList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}}]}}]}}]} as unknown as DocumentNode<CarePathRemoveMutation, CarePathRemoveMutationVariables>;
export const CarePathApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarePathApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CarePathApplicationsQuery, CarePathApplicationsQueryVariables>;
export const CarePathAssessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarePathAssess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CarePathAssessMutation, CarePathAssessMutationVariables>;
export const CarerFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarerFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CarerFiguresQuery, CarerFiguresQueryVariables>;
export const CarerPlacementsPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarerPlacementsPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carerId"}},{"kind":"Field","name":{"kind":"Name","value":"fosterForm"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"capacityException"}}]}}]}}]} as unknown as DocumentNode<CarerPlacementsPlaceMutation, CarerPlacementsPlaceMutationVariables>;
export const CarerSupportPlanSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarerSupportPlanSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveCarerSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCarerSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supportPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}}]}}]}}]}}]} as unknown as DocumentNode<CarerSupportPlanSaveMutation, CarerSupportPlanSaveMutationVariables>;
export const CarerSupportPlanReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarerSupportPlanRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supportPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"support"}}]}}]}}]}}]} as unknown as DocumentNode<CarerSupportPlanReadQuery, CarerSupportPlanReadQueryVariables>;
export const CarerSupportPlanPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarerSupportPlanPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CarerSupportPlanPlaceMutation, CarerSupportPlanPlaceMutationVariables>;
export const CarersOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarersOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myRelations"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"initialTrainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"exitInterview"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"forms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRef"}},{"kind":"Field","name":{"kind":"Name","value":"decidingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CarersOneQuery, CarersOneQueryVariables>;
export const CarersContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarersContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCarerContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCarerContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CarersContactMutation, CarersContactMutationVariables>;
export const CarersPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarersPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"carerId"}}]}}]}}]} as unknown as DocumentNode<CarersPlaceMutation, CarersPlaceMutationVariables>;
export const CaseCountPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseCountPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CaseCountPageQuery, CaseCountPageQueryVariables>;
export const CaseRecordRecordAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseRecordRecordAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"needsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"healthFindings"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CaseRecordRecordAssessmentMutation, CaseRecordRecordAssessmentMutationVariables>;
export const CaseRecordSaveSupportPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseRecordSaveSupportPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"goalPosition"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseRecordSaveSupportPlanMutation, CaseRecordSaveSupportPlanMutationVariables>;
export const CaseRecordAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseRecordAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CaseRecordAddFollowUpMutation, CaseRecordAddFollowUpMutationVariables>;
export const CaseRecordFullCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseRecordFullCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"needsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"healthFindings"}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"}},{"kind":"Field","name":{"kind":"Name","value":"childOpinion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseRecordFullCaseQuery, CaseRecordFullCaseQueryVariables>;
export const CaseRecordTwoPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseRecordTwoPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CaseRecordTwoPlansMutation, CaseRecordTwoPlansMutationVariables>;
export const CaseRecordFollowUpsFirstPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseRecordFollowUpsFirstPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseRecordFollowUpsFirstPageQuery, CaseRecordFollowUpsFirstPageQueryVariables>;
export const CaseRecordFollowUpsNextPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseRecordFollowUpsNextPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseRecordFollowUpsNextPageQuery, CaseRecordFollowUpsNextPageQueryVariables>;
export const CaseRecordUpdatedSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseRecordUpdatedSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CaseRecordUpdatedSinceQuery, CaseRecordUpdatedSinceQueryVariables>;
export const CaseWorkersAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseWorkersAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCaseWorkerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCaseWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"caseManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseWorkersAssignMutation, CaseWorkersAssignMutationVariables>;
export const CaseWorkersHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseWorkersHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseWorkerAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assignedByUserId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseWorkersHistoryQuery, CaseWorkersHistoryQueryVariables>;
export const CentreRecordActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CentreRecordActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCentreActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCentreActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CentreRecordActivityMutation, CentreRecordActivityMutationVariables>;
export const CentreActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CentreActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centreActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CentreActivitiesQuery, CentreActivitiesQueryVariables>;
export const CentreActivityCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CentreActivityCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centreActivityCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCode"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]} as unknown as DocumentNode<CentreActivityCountsQuery, CentreActivityCountsQueryVariables>;
export const CentreOpenSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CentreOpenSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenPartnerSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openPartnerSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"partnerKind"}},{"kind":"Field","name":{"kind":"Name","value":"tokensIssued"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}}]}}]}}]}}]} as unknown as DocumentNode<CentreOpenSurveyMutation, CentreOpenSurveyMutationVariables>;
export const CentreIssueTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CentreIssueTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueSurveyTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokens"}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tokensIssued"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}}]}}]}}]}}]} as unknown as DocumentNode<CentreIssueTokensMutation, CentreIssueTokensMutationVariables>;
export const CentreIssueTokensKeyedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CentreIssueTokensKeyed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"count"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueSurveyTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"count"},"value":{"kind":"Variable","name":{"kind":"Name","value":"count"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokens"}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokensIssued"}}]}}]}}]}}]} as unknown as DocumentNode<CentreIssueTokensKeyedMutation, CentreIssueTokensKeyedMutationVariables>;
export const CentreCloseSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CentreCloseSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePartnerSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}}]}}]}}]} as unknown as DocumentNode<CentreCloseSurveyMutation, CentreCloseSurveyMutationVariables>;
export const CentreSurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CentreSurveys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerSurveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerKind"}},{"kind":"Field","name":{"kind":"Name","value":"tokensIssued"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CentreSurveysQuery, CentreSurveysQueryVariables>;
export const CentreEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CentreEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centreCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centreEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"centreCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centreCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"centre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"participantsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerKind"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meanScore"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CentreEvaluationQuery, CentreEvaluationQueryVariables>;
export const ChangeFeedAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeFeedAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeFeedAddMutation, ChangeFeedAddMutationVariables>;
export const ChangeFeedUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeFeedUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeFeedUpdateMutation, ChangeFeedUpdateMutationVariables>;
export const ChangeFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"oldVersion"}},{"kind":"Field","name":{"kind":"Name","value":"newVersion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeFeedQuery, ChangeFeedQueryVariables>;
export const ClosureTransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosureTransition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ClosureTransitionMutation, ClosureTransitionMutationVariables>;
export const ClosureRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosureRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByUserId"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByUserId"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]}}]} as unknown as DocumentNode<ClosureRequestMutation, ClosureRequestMutationVariables>;
export const ClosureApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosureApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByUserId"}}]}}]}}]} as unknown as DocumentNode<ClosureApproveMutation, ClosureApproveMutationVariables>;
export const ClosureReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosureReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnClosure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]}}]} as unknown as DocumentNode<ClosureReturnMutation, ClosureReturnMutationVariables>;
export const ClosureCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClosureCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closureRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]}}]}}]} as unknown as DocumentNode<ClosureCaseQuery, ClosureCaseQueryVariables>;
export const ClosureSettingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClosureSetting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"closureNeedsApproval"}}]}}]}}]} as unknown as DocumentNode<ClosureSettingQuery, ClosureSettingQueryVariables>;
export const ClosureInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClosureInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClosureInboxQuery, ClosureInboxQueryVariables>;
export const ContractCaseAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCaseAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRoles"}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"readableCategories"}},{"kind":"Field","name":{"kind":"Name","value":"writableCategories"}},{"kind":"Field","name":{"kind":"Name","value":"readableFields"}}]}}]}}]}}]} as unknown as DocumentNode<ContractCaseAccessQuery, ContractCaseAccessQueryVariables>;
export const ContractCaseViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCaseView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"involvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"healthFindings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"carerName"}}]}}]}}]}}]} as unknown as DocumentNode<ContractCaseViewQuery, ContractCaseViewQueryVariables>;
export const ContractNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Involvement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"healthFindings"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","alias":{"kind":"Name","value":"planStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUp"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"placementType"},"name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"carerName"}}]}}]}}]}}]} as unknown as DocumentNode<ContractNodeQuery, ContractNodeQueryVariables>;
export const ContractPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ContractPagesQuery, ContractPagesQueryVariables>;
export const ContractRecordAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractRecordAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ContractRecordAssessmentMutation, ContractRecordAssessmentMutationVariables>;
export const ContractSavePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractSavePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ContractSavePlanMutation, ContractSavePlanMutationVariables>;
export const ContractAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ContractAddFollowUpMutation, ContractAddFollowUpMutationVariables>;
export const ContractRecordPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractRecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ContractRecordPlacementMutation, ContractRecordPlacementMutationVariables>;
export const ContractCaseLikeNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractCaseLikeNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}}]}}]}}]}}]} as unknown as DocumentNode<ContractCaseLikeNodeQuery, ContractCaseLikeNodeQueryVariables>;
export const DataQualityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataQualityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityGroupBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataQuality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"keeper"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consistency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DataQualityReportQuery, DataQualityReportQueryVariables>;
export const MyCaseQualityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCaseQuality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignedToMe"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCaseQuality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignedToMe"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignedToMe"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"consistency"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyCaseQualityQuery, MyCaseQualityQueryVariables>;
export const DemoRulesMentorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoRulesMentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialMentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}}]}}]}}]} as unknown as DocumentNode<DemoRulesMentorsQuery, DemoRulesMentorsQueryVariables>;
export const DemoRulesCentreEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoRulesCentreEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"centreCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centreEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"centreCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"centreCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerKind"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoRulesCentreEvaluationQuery, DemoRulesCentreEvaluationQueryVariables>;
export const DiscoveryCaseExistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiscoveryCaseExists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseExists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exists"}},{"kind":"Field","name":{"kind":"Name","value":"managingServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]}}]} as unknown as DocumentNode<DiscoveryCaseExistsQuery, DiscoveryCaseExistsQueryVariables>;
export const DiscoveryAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiscoveryAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userRole"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseRoles"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DiscoveryAccessLogQuery, DiscoveryAccessLogQueryVariables>;
export const PeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Peek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]} as unknown as DocumentNode<PeekQuery, PeekQueryVariables>;
export const DiscoveryAddInvolvementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscoveryAddInvolvement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInvolvementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInvolvement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DiscoveryAddInvolvementMutation, DiscoveryAddInvolvementMutationVariables>;
export const DueDatesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueDatesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DueItemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DueDatesPageQuery, DueDatesPageQueryVariables>;
export const DueDatesOfCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueDatesOfCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DueDatesOfCasesQuery, DueDatesOfCasesQueryVariables>;
export const DueDatesSavePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DueDatesSavePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DueDatesSavePlanMutation, DueDatesSavePlanMutationVariables>;
export const DueDatesFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DueDatesFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DueDatesFollowUpMutation, DueDatesFollowUpMutationVariables>;
export const DueDatesPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DueDatesPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DueDatesPlaceMutation, DueDatesPlaceMutationVariables>;
export const DueDatesTransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DueDatesTransition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DueDatesTransitionMutation, DueDatesTransitionMutationVariables>;
export const FieldPermissionsFullCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldPermissionsFullCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"involvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"needsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"healthFindings"}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"}},{"kind":"Field","name":{"kind":"Name","value":"familyNotes"}},{"kind":"Field","name":{"kind":"Name","value":"childOpinion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"carerName"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecisionRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permanencyPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"whyNotEnough"}}]}}]}}]}}]} as unknown as DocumentNode<FieldPermissionsFullCaseQuery, FieldPermissionsFullCaseQueryVariables>;
export const FieldPermissionsRecordAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FieldPermissionsRecordAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FieldPermissionsRecordAssessmentMutation, FieldPermissionsRecordAssessmentMutationVariables>;
export const FieldPermissionsSaveSupportPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FieldPermissionsSaveSupportPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FieldPermissionsSaveSupportPlanMutation, FieldPermissionsSaveSupportPlanMutationVariables>;
export const FieldPermissionsAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FieldPermissionsAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FieldPermissionsAddFollowUpMutation, FieldPermissionsAddFollowUpMutationVariables>;
export const FieldPermissionsRecordPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FieldPermissionsRecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FieldPermissionsRecordPlacementMutation, FieldPermissionsRecordPlacementMutationVariables>;
export const FieldPermissionsDecidePermanencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FieldPermissionsDecidePermanency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPermanencyPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPermanencyPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FieldPermissionsDecidePermanencyMutation, FieldPermissionsDecidePermanencyMutationVariables>;
export const FieldPermissionsApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FieldPermissionsApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForLongTermCareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForLongTermCare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FieldPermissionsApplyMutation, FieldPermissionsApplyMutationVariables>;
export const RevisionsAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevisionsAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RevisionsAddMutation, RevisionsAddMutationVariables>;
export const RevisionsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevisionsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RevisionsUpdateMutation, RevisionsUpdateMutationVariables>;
export const RevisionsHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevisionsHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"replacedByUserId"}},{"kind":"Field","name":{"kind":"Name","value":"replacedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RevisionsHistoryQuery, RevisionsHistoryQueryVariables>;
export const FollowUpWritesAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowUpWritesAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FollowUpWritesAddMutation, FollowUpWritesAddMutationVariables>;
export const FollowUpWritesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowUpWritesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]} as unknown as DocumentNode<FollowUpWritesUpdateMutation, FollowUpWritesUpdateMutationVariables>;
export const HelpfulErrorsTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HelpfulErrorsTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]} as unknown as DocumentNode<HelpfulErrorsTransferMutation, HelpfulErrorsTransferMutationVariables>;
export const HelpfulErrorsMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HelpfulErrorsMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HelpfulErrorsMoveMutation, HelpfulErrorsMoveMutationVariables>;
export const HelpfulErrorsPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HelpfulErrorsPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HelpfulErrorsPlaceMutation, HelpfulErrorsPlaceMutationVariables>;
export const HelpfulErrorsPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HelpfulErrorsPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HelpfulErrorsPlanMutation, HelpfulErrorsPlanMutationVariables>;
export const HelpfulErrorsCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpfulErrorsCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<HelpfulErrorsCasesQuery, HelpfulErrorsCasesQueryVariables>;
export const HelpfulErrorsAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpfulErrorsAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<HelpfulErrorsAgenciesQuery, HelpfulErrorsAgenciesQueryVariables>;
export const HelpfulErrorsMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpfulErrorsMunicipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<HelpfulErrorsMunicipalitiesQuery, HelpfulErrorsMunicipalitiesQueryVariables>;
export const HelpfulErrorsSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpfulErrorsSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-06-30","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"OPEN_CASES"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeLevel"}}]}}]}}]} as unknown as DocumentNode<HelpfulErrorsSummaryQuery, HelpfulErrorsSummaryQueryVariables>;
export const HelpfulErrorsTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpfulErrorsTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"OPEN_CASES"}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}}]}}]}}]} as unknown as DocumentNode<HelpfulErrorsTrendQuery, HelpfulErrorsTrendQueryVariables>;
export const HelpfulErrorsFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HelpfulErrorsFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<HelpfulErrorsFollowUpMutation, HelpfulErrorsFollowUpMutationVariables>;
export const HelpfulErrorsInvolveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HelpfulErrorsInvolve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInvolvementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInvolvement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HelpfulErrorsInvolveMutation, HelpfulErrorsInvolveMutationVariables>;
export const HelpfulErrorsInvolveAsAnalystDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HelpfulErrorsInvolveAsAnalyst"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInvolvementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInvolvement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HelpfulErrorsInvolveAsAnalystMutation, HelpfulErrorsInvolveAsAnalystMutationVariables>;
export const IdempotencyAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdempotencyAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<IdempotencyAddFollowUpMutation, IdempotencyAddFollowUpMutationVariables>;
export const IdempotencyOpenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdempotencyOpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"StringValue","value":"intake-77","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]} as unknown as DocumentNode<IdempotencyOpenCaseMutation, IdempotencyOpenCaseMutationVariables>;
export const LifecycleMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LifecycleMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LifecycleMoveMutation, LifecycleMoveMutationVariables>;
export const LifecycleHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecycleHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]}}]} as unknown as DocumentNode<LifecycleHistoryQuery, LifecycleHistoryQueryVariables>;
export const MatchingCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siblingCaseIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"siblingCaseIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siblingCaseIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carerId"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"siblingsHere"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]} as unknown as DocumentNode<MatchingCandidatesQuery, MatchingCandidatesQueryVariables>;
export const MatchingLinkSiblingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatchingLinkSiblings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkSiblingCasesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkSiblingCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatchingLinkSiblingsMutation, MatchingLinkSiblingsMutationVariables>;
export const MatchingPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatchingPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatchingPlaceMutation, MatchingPlaceMutationVariables>;
export const MentorMigrationRegisteredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorMigrationRegistered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialMentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}}]}}]}}]} as unknown as DocumentNode<MentorMigrationRegisteredQuery, MentorMigrationRegisteredQueryVariables>;
export const MentorMigrationAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MentorMigrationAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMentorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentorId"}}]}}]}}]} as unknown as DocumentNode<MentorMigrationAssignMutation, MentorMigrationAssignMutationVariables>;
export const MentorsRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MentorsRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMentorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}}]}}]}}]} as unknown as DocumentNode<MentorsRegisterMutation, MentorsRegisterMutationVariables>;
export const MentorsRetireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MentorsRetire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}}]}}]}}]} as unknown as DocumentNode<MentorsRetireMutation, MentorsRetireMutationVariables>;
export const MentorsRegisteredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorsRegistered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialMentors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}}]}}]}}]} as unknown as DocumentNode<MentorsRegisteredQuery, MentorsRegisteredQueryVariables>;
export const MentorsAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MentorsAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMentorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentorId"}},{"kind":"Field","name":{"kind":"Name","value":"mentorName"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MentorsAssignMutation, MentorsAssignMutationVariables>;
export const MentorsEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MentorsEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endMentorAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endsOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<MentorsEndMutation, MentorsEndMutationVariables>;
export const MentorsOfCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorsOfCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentorId"}},{"kind":"Field","name":{"kind":"Name","value":"mentorName"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MentorsOfCaseQuery, MentorsOfCaseQueryVariables>;
export const MonitoringDueItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoringDueItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DueItemFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MonitoringDueItemsQuery, MonitoringDueItemsQueryVariables>;
export const MonitoringSaveSupportPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MonitoringSaveSupportPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MonitoringSaveSupportPlanMutation, MonitoringSaveSupportPlanMutationVariables>;
export const MonitoringRecordPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MonitoringRecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MonitoringRecordPlacementMutation, MonitoringRecordPlacementMutationVariables>;
export const MonitoringAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MonitoringAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MonitoringAddFollowUpMutation, MonitoringAddFollowUpMutationVariables>;
export const MonitoringTransitionCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MonitoringTransitionCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MonitoringTransitionCaseMutation, MonitoringTransitionCaseMutationVariables>;
export const MonitoringCaseDueItemsFixedDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoringCaseDueItemsFixedDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2026-11-15","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MonitoringCaseDueItemsFixedDateQuery, MonitoringCaseDueItemsFixedDateQueryVariables>;
export const MonitoringCaseDueItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonitoringCaseDueItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MonitoringCaseDueItemsQuery, MonitoringCaseDueItemsQueryVariables>;
export const NoNPlusOneSavePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoNPlusOneSavePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<NoNPlusOneSavePlanMutation, NoNPlusOneSavePlanMutationVariables>;
export const NoNPlusOneEvaluatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoNPlusOneEvaluatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluatePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NoNPlusOneEvaluatePlanMutation, NoNPlusOneEvaluatePlanMutationVariables>;
export const NoNPlusOneLinkSiblingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NoNPlusOneLinkSiblings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkSiblingCasesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkSiblingCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NoNPlusOneLinkSiblingsMutation, NoNPlusOneLinkSiblingsMutationVariables>;
export const OpenCaseManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenCaseManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OpenCaseManagerQuery, OpenCaseManagerQueryVariables>;
export const PlacedChildPlanSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlacedChildPlanSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavePlacedChildPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savePlacedChildPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"support"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PlacedChildPlanSaveMutation, PlacedChildPlanSaveMutationVariables>;
export const PlacedChildPlanReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacedChildPlanRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"placedChildPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}}]}}]}}]}}]} as unknown as DocumentNode<PlacedChildPlanReadQuery, PlacedChildPlanReadQueryVariables>;
export const PlacedChildPlanCaseDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlacedChildPlanCaseDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlacedChildPlanCaseDraftMutation, PlacedChildPlanCaseDraftMutationVariables>;
export const PlacedChildPlanPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlacedChildPlanPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlacedChildPlanPlaceMutation, PlacedChildPlanPlaceMutationVariables>;
export const PlacementLimitsRecordPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlacementLimitsRecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siblingGroup"}},{"kind":"Field","name":{"kind":"Name","value":"capacityException"}}]}}]}}]} as unknown as DocumentNode<PlacementLimitsRecordPlacementMutation, PlacementLimitsRecordPlacementMutationVariables>;
export const PlacementLimitsAssignMentorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlacementLimitsAssignMentor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMentorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentorId"}}]}}]}}]} as unknown as DocumentNode<PlacementLimitsAssignMentorMutation, PlacementLimitsAssignMentorMutationVariables>;
export const PlacementLimitsRegisterMentorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlacementLimitsRegisterMentor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterMentorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMentor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlacementLimitsRegisterMentorMutation, PlacementLimitsRegisterMentorMutationVariables>;
export const PlacementLimitsRecordTransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlacementLimitsRecordTransition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"involvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"carerRef"}}]}}]}}]}}]} as unknown as DocumentNode<PlacementLimitsRecordTransitionMutation, PlacementLimitsRecordTransitionMutationVariables>;
export const PlacementLimitsPlacementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementLimitsPlacements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecisionRef"}},{"kind":"Field","name":{"kind":"Name","value":"decidingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementLimitsPlacementsQuery, PlacementLimitsPlacementsQueryVariables>;
export const PlacementLimitsDueItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementLimitsDueItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementLimitsDueItemsQuery, PlacementLimitsDueItemsQueryVariables>;
export const PlanApprovalSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanApprovalSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PlanApprovalSaveMutation, PlanApprovalSaveMutationVariables>;
export const PlanApprovalApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanApprovalApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}}]}}]}}]} as unknown as DocumentNode<PlanApprovalApproveMutation, PlanApprovalApproveMutationVariables>;
export const PlanApprovalReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanApprovalReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnedByUserId"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]}}]} as unknown as DocumentNode<PlanApprovalReturnMutation, PlanApprovalReturnMutationVariables>;
export const PlanApprovalSectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanApprovalSections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSectionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlanSections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlanApprovalSectionsMutation, PlanApprovalSectionsMutationVariables>;
export const PlanApprovalPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanApprovalPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"returnedByUserId"}},{"kind":"Field","name":{"kind":"Name","value":"authorAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanApprovalPlansQuery, PlanApprovalPlansQueryVariables>;
export const PlanSectionsSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanSectionsSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missingSections"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"refusalReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"carriedForward"}}]}}]}}]}}]} as unknown as DocumentNode<PlanSectionsSaveMutation, PlanSectionsSaveMutationVariables>;
export const PlanSectionsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanSectionsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanSectionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlanSections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"missingSections"}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PlanSectionsRecordMutation, PlanSectionsRecordMutationVariables>;
export const PlanSectionsApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanSectionsApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PlanSectionsApproveMutation, PlanSectionsApproveMutationVariables>;
export const PlanSectionsEvaluateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanSectionsEvaluate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluatePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"clientCooperation"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationNote"}}]}}]}}]}}]} as unknown as DocumentNode<PlanSectionsEvaluateMutation, PlanSectionsEvaluateMutationVariables>;
export const PlanSectionsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanSectionsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabilityGroup"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"medications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treatmentAndRehabilitation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactArrangements"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childVoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinionOnFamily"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placementConditions"}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"school"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wishesAndInterests"}},{"kind":"Field","name":{"kind":"Name","value":"cooperationPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"workContact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"by"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanSectionsReadQuery, PlanSectionsReadQueryVariables>;
export const PlanSectionsLinkSiblingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanSectionsLinkSiblings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkSiblingCasesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkSiblingCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siblingCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PlanSectionsLinkSiblingsMutation, PlanSectionsLinkSiblingsMutationVariables>;
export const PlanSectionsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanSectionsFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PlanSectionsFeedQuery, PlanSectionsFeedQueryVariables>;
export const PlanSectionsSiblingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanSectionsSiblings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siblingLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siblingCaseId"}}]}}]}}]}}]} as unknown as DocumentNode<PlanSectionsSiblingsQuery, PlanSectionsSiblingsQueryVariables>;
export const PlanSectionsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanSectionsDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanSectionsDueQuery, PlanSectionsDueQueryVariables>;
export const PlanSectionsFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanSectionsFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlanSectionsFollowUpMutation, PlanSectionsFollowUpMutationVariables>;
export const PlanSectionsFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanSectionsFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanSectionsFiguresQuery, PlanSectionsFiguresQueryVariables>;
export const ReachCountPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReachCountPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReachCountPageQuery, ReachCountPageQueryVariables>;
export const ReferenceSyncMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceSyncMunicipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]} as unknown as DocumentNode<ReferenceSyncMunicipalitiesQuery, ReferenceSyncMunicipalitiesQueryVariables>;
export const ReferenceSyncAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceSyncAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]} as unknown as DocumentNode<ReferenceSyncAgenciesQuery, ReferenceSyncAgenciesQueryVariables>;
export const ReferenceSyncClosureSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceSyncClosureSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"closureNeedsApproval"}}]}}]}}]} as unknown as DocumentNode<ReferenceSyncClosureSettingsQuery, ReferenceSyncClosureSettingsQueryVariables>;
export const ReferenceSyncSavePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferenceSyncSavePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"missingSections"}}]}}]}}]} as unknown as DocumentNode<ReferenceSyncSavePlanMutation, ReferenceSyncSavePlanMutationVariables>;
export const ReferenceSyncRecordPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferenceSyncRecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReferenceSyncRecordPlacementMutation, ReferenceSyncRecordPlacementMutationVariables>;
export const RegionalSummaryFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionalSummaryFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCode"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionalSummaryFiguresQuery, RegionalSummaryFiguresQueryVariables>;
export const RegionalSummaryTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionalSummaryTrend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"EnumValue","value":"OPEN_CASES"}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"REGION"}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionalSummaryTrendQuery, RegionalSummaryTrendQueryVariables>;
export const MoneyFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoneyFiguresQuery, MoneyFiguresQueryVariables>;
export const SnapshotSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SnapshotSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SnapshotSummaryQuery, SnapshotSummaryQueryVariables>;
export const SnapshotTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SnapshotTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"figure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SnapshotTrendQuery, SnapshotTrendQueryVariables>;
export const SnapshotRecordPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SnapshotRecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SnapshotRecordPlacementMutation, SnapshotRecordPlacementMutationVariables>;
export const RetentionSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetentionSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RetentionSummaryQuery, RetentionSummaryQueryVariables>;
export const RetentionCaseExistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetentionCaseExists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseExists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exists"}},{"kind":"Field","name":{"kind":"Name","value":"managingServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}}]}}]}}]}}]} as unknown as DocumentNode<RetentionCaseExistsQuery, RetentionCaseExistsQueryVariables>;
export const RetainedCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetainedCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"declaredMunicipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymisedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"carerName"}},{"kind":"Field","name":{"kind":"Name","value":"carerRef"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecisionRef"}},{"kind":"Field","name":{"kind":"Name","value":"capacityException"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorRef"}},{"kind":"Field","name":{"kind":"Name","value":"mentorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"needsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"healthFindings"}},{"kind":"Field","name":{"kind":"Name","value":"childOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedServices"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"expectedResult"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RetainedCaseQuery, RetainedCaseQueryVariables>;
export const RetentionReopenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetentionReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RetentionReopenMutation, RetentionReopenMutationVariables>;
export const RetentionFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetentionFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RetentionFollowUpMutation, RetentionFollowUpMutationVariables>;
export const ScopingCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopingCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"}}]}}]}}]} as unknown as DocumentNode<ScopingCaseQuery, ScopingCaseQueryVariables>;
export const ScopingCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopingCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopingCasesQuery, ScopingCasesQueryVariables>;
export const ScopingAddInvolvementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopingAddInvolvement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInvolvementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInvolvement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScopingAddInvolvementMutation, ScopingAddInvolvementMutationVariables>;
export const ScopingEndInvolvementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopingEndInvolvement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endInvolvement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"StringValue","value":"court proceedings closed","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]} as unknown as DocumentNode<ScopingEndInvolvementMutation, ScopingEndInvolvementMutationVariables>;
export const ScopingAddPreviousProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopingAddPreviousProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInvolvementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInvolvement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ScopingAddPreviousProviderMutation, ScopingAddPreviousProviderMutationVariables>;
export const SecurityReviewCloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityReviewCloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SecurityReviewCloseCaseMutation, SecurityReviewCloseCaseMutationVariables>;
export const SecurityReviewCaseExistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityReviewCaseExists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseExists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exists"}},{"kind":"Field","name":{"kind":"Name","value":"managingServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityReviewCaseExistsQuery, SecurityReviewCaseExistsQueryVariables>;
export const SecurityReviewAddHealthFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityReviewAddHealthFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SecurityReviewAddHealthFollowUpMutation, SecurityReviewAddHealthFollowUpMutationVariables>;
export const SecurityReviewUpdateFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityReviewUpdateFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SecurityReviewUpdateFollowUpMutation, SecurityReviewUpdateFollowUpMutationVariables>;
export const SecurityReviewAddInvolvementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityReviewAddInvolvement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInvolvementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInvolvement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SecurityReviewAddInvolvementMutation, SecurityReviewAddInvolvementMutationVariables>;
export const SecurityReviewEndInvolvementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityReviewEndInvolvement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endInvolvement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SecurityReviewEndInvolvementMutation, SecurityReviewEndInvolvementMutationVariables>;
export const SecurityReviewRecordTransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityReviewRecordTransition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SecurityReviewRecordTransitionMutation, SecurityReviewRecordTransitionMutationVariables>;
export const SecurityReviewRecordPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityReviewRecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SecurityReviewRecordPlacementMutation, SecurityReviewRecordPlacementMutationVariables>;
export const SecurityReviewClientCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityReviewClientCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalCode"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityReviewClientCodeQuery, SecurityReviewClientCodeQueryVariables>;
export const SecurityReviewCaseManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityReviewCaseManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SecurityReviewCaseManagerQuery, SecurityReviewCaseManagerQueryVariables>;
export const SecurityReviewCaseStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityReviewCaseStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SecurityReviewCaseStatusQuery, SecurityReviewCaseStatusQueryVariables>;
export const SecurityReviewFollowUpCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityReviewFollowUpCursor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityReviewFollowUpCursorQuery, SecurityReviewFollowUpCursorQueryVariables>;
export const SecurityReviewDueItemsAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityReviewDueItemsAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}}]}}]}}]} as unknown as DocumentNode<SecurityReviewDueItemsAsOfQuery, SecurityReviewDueItemsAsOfQueryVariables>;
export const SecurityReviewAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SecurityReviewAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SecurityReviewAddFollowUpMutation, SecurityReviewAddFollowUpMutationVariables>;
export const SecurityReviewUpdatedAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityReviewUpdatedAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SecurityReviewUpdatedAtQuery, SecurityReviewUpdatedAtQueryVariables>;
export const SecurityReviewUpdatedSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityReviewUpdatedSince"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"updatedSince"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SecurityReviewUpdatedSinceQuery, SecurityReviewUpdatedSinceQueryVariables>;
export const SecurityReviewPlantedCursorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityReviewPlantedCursor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SecurityReviewPlantedCursorQuery, SecurityReviewPlantedCursorQueryVariables>;
export const SecurityReviewPlantedAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityReviewPlantedAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<SecurityReviewPlantedAgenciesQuery, SecurityReviewPlantedAgenciesQueryVariables>;
export const SecurityReviewMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecurityReviewMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}}]}}]} as unknown as DocumentNode<SecurityReviewMeQuery, SecurityReviewMeQueryVariables>;
export const StayLimitsPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StayLimitsPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stayLimitOn"}}]}}]}}]} as unknown as DocumentNode<StayLimitsPlaceMutation, StayLimitsPlaceMutationVariables>;
export const StayLimitsExtendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StayLimitsExtend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordStayLimitExceptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStayLimitException"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stayLimitOn"}},{"kind":"Field","name":{"kind":"Name","value":"stayLimitExceptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionRef"}},{"kind":"Field","name":{"kind":"Name","value":"newLimitOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidingAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decidedByUserId"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<StayLimitsExtendMutation, StayLimitsExtendMutationVariables>;
export const StayLimitsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StayLimitsDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]} as unknown as DocumentNode<StayLimitsDueQuery, StayLimitsDueQueryVariables>;
export const TransferCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<TransferCaseMutation, TransferCaseMutationVariables>;
export const TransferAcceptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseWorker"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCaseWorkerInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseWorker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseWorker"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<TransferAcceptMutation, TransferAcceptMutationVariables>;
export const TransferDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]}}]} as unknown as DocumentNode<TransferDeclineMutation, TransferDeclineMutationVariables>;
export const TransferWithdrawDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferWithdraw"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TransferWithdrawMutation, TransferWithdrawMutationVariables>;
export const TransferReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"RECEIVED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransferReceivedQuery, TransferReceivedQueryVariables>;
export const TransferCaseViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferCaseView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRoles"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declaredMunicipalityCode"}}]}}]}}]}}]} as unknown as DocumentNode<TransferCaseViewQuery, TransferCaseViewQueryVariables>;
export const TransferFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TransferFollowUpMutation, TransferFollowUpMutationVariables>;
export const TransitionPlanMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionPlanMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"involvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransitionPlanMoveMutation, TransitionPlanMoveMutationVariables>;
export const TransitionPlanSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionPlanSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TransitionPlanSaveMutation, TransitionPlanSaveMutationVariables>;
export const TransitionPlanStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionPlanStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TransitionPlanStatusMutation, TransitionPlanStatusMutationVariables>;
export const TransitionPlanReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransitionPlanRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"forTransition"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitionTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preparationVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransitionPlanReadQuery, TransitionPlanReadQueryVariables>;
export const VisibleChangePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VisibleChangePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<VisibleChangePageQuery, VisibleChangePageQueryVariables>;
export const VisibleChangeFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VisibleChangeFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VisibleChangeFollowUpMutation, VisibleChangeFollowUpMutationVariables>;
export const WebhookAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebhookAddFollowUpMutation, WebhookAddFollowUpMutationVariables>;
export const WebhookFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookFeedQuery, WebhookFeedQueryVariables>;
export const RegisterWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretId"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterWebhookMutation, RegisterWebhookMutationVariables>;
export const AddWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretId"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddWebhookSecretMutation, AddWebhookSecretMutationVariables>;
export const RetireWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"secretId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"secretId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"secretId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RetireWebhookSecretMutation, RetireWebhookSecretMutationVariables>;
export const PauseWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PauseWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pauseWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<PauseWebhookMutation, PauseWebhookMutationVariables>;
export const ResumeWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ResumeWebhookMutation, ResumeWebhookMutationVariables>;
export const RequeueWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequeueWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requeueWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}}]}}]}}]} as unknown as DocumentNode<RequeueWebhookMutation, RequeueWebhookMutationVariables>;
export const WebhookSubscriptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveredEventId"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"parkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"secrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookSubscriptionsQuery, WebhookSubscriptionsQueryVariables>;
export const YouthHomePlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YouthHomePlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]} as unknown as DocumentNode<YouthHomePlaceMutation, YouthHomePlaceMutationVariables>;
export const YouthHomePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YouthHomePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"}}]}}]}}]}}]} as unknown as DocumentNode<YouthHomePlanMutation, YouthHomePlanMutationVariables>;
export const YouthHomeMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YouthHomeMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<YouthHomeMoveMutation, YouthHomeMoveMutationVariables>;
export const SupportRegisterCarerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportRegisterCarer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCarerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCarer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SupportRegisterCarerMutation, SupportRegisterCarerMutationVariables>;
export const SupportTransitionCarerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportTransitionCarer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionCarerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCarer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNext"}}]}}]}}]} as unknown as DocumentNode<SupportTransitionCarerMutation, SupportTransitionCarerMutationVariables>;
export const SupportCarerTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportCarerTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCarerTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCarerTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"initialTrainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"furtherTrainingHours"}}]}}]}}]} as unknown as DocumentNode<SupportCarerTrainingMutation, SupportCarerTrainingMutationVariables>;
export const SupportCarerCompetencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportCarerCompetences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessCarerCompetencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessCarerCompetences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SupportCarerCompetencesMutation, SupportCarerCompetencesMutationVariables>;
export const SupportRecognizeFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportRecognizeForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognizeCarerFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognizeCarerForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"decisionRef"}}]}}]}}]}}]} as unknown as DocumentNode<SupportRecognizeFormMutation, SupportRecognizeFormMutationVariables>;
export const FeedLoadChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedLoadChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<FeedLoadChangesQuery, FeedLoadChangesQueryVariables>;
export const FeedLoadRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedLoadRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FeedLoadRegisterMutation, FeedLoadRegisterMutationVariables>;
export const OpenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const AddInvolvementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInvolvement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInvolvementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInvolvement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddInvolvementMutation, AddInvolvementMutationVariables>;
export const FixtureRequestTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureRequestTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureRequestTransferMutation, FixtureRequestTransferMutationVariables>;
export const FixtureAcceptTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureAcceptTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseWorker"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCaseWorkerInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseWorker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseWorker"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]} as unknown as DocumentNode<FixtureAcceptTransferMutation, FixtureAcceptTransferMutationVariables>;