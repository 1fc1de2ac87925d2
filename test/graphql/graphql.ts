/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddFollowUpInput = {
  caseId: string | number;
  category?: FollowUpCategory;
  kind: FollowUpKind;
  /** When it happened; not in the future */
  occurredOn: string;
  recommendations?: string | null | undefined;
  summary: string;
};

export type AddInvolvementInput = {
  /** The involved agency's code in the register */
  agencyCode: string;
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

export type AgencyKind =
  | 'ASSESSMENT_TEAM'
  | 'CRISIS_CENTRE'
  | 'INSTITUTION'
  | 'ORPHAN_COURT'
  | 'OVERSIGHT'
  | 'SERVICE_PROVIDER'
  | 'SOCIAL_SERVICE'
  | 'STATE_PORTAL'
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

export type AssessmentType =
  | 'CARE_LEVEL'
  | 'HOME_VISIT'
  | 'INITIAL'
  | 'NEEDS_AND_QUALITY_OF_LIFE'
  | 'REASSESSMENT'
  | 'RISK_FACTORS';

/** Assigns the case's case worker (lietas vadītājs): the MANAGER of the managing service */
export type AssignCaseWorkerInput = {
  caseId: string | number;
  /** Registers a user the hub does not know yet as a staff member of the managing agency, by this name; ignored for a known one */
  name?: string | null | undefined;
  /** The staff member's user id (token subject) in the managing agency */
  userId: string;
};

export type AssignMentorInput = {
  caseId: string | number;
  /** A mentor in your own agency's register (socialMentors) */
  mentorId: string | number;
  startsOn: string;
};

/** Narrows a case list; all given conditions must hold */
export type CaseFilter = {
  /** Responsible municipality codes */
  municipalityCode?: Array<string> | null | undefined;
  /** Only cases where the caller's agency has this role */
  myRole?: InvolvementRole | null | undefined;
  status?: Array<CaseStatus> | null | undefined;
  targetGroup?: Array<TargetGroup> | null | undefined;
  /** Only cases changed at or after this instant */
  updatedSince?: string | null | undefined;
};

export type CaseStatus =
  | 'ASSESSMENT'
  | 'CLOSED'
  | 'EVALUATION'
  | 'IMPLEMENTATION'
  | 'INTAKE'
  | 'PLANNING'
  | 'POST_CLOSURE_MONITORING';

/** A data category of the access policy */
export type Category =
  | 'ASSESSMENT'
  | 'CASE'
  | 'CHILD_VOICE'
  | 'FAMILY'
  | 'FOLLOW_UP'
  | 'HEALTH'
  | 'IDENTIFIER'
  | 'IDENTITY'
  | 'PLACEMENT'
  | 'PLAN'
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
  address?: string | null | undefined;
  /** Required for new-form codes, which carry no birth date */
  birthDate?: string | null | undefined;
  declaredMunicipalityCode: string;
  familyName: string;
  gender: Gender;
  givenName: string;
  /** DDMMYY-CNNNK or 32NNNN-NNNNN, hyphen optional */
  personalCode: string;
  phone?: string | null | undefined;
};

/** A cooperation partner outside the hub */
export type CooperationPartnerInput = {
  /** Kind of partner */
  kind: PartnerKind;
  /** The organisation */
  organisation: string;
  /** What the partner does for the client */
  role: string;
  /** The partner's work contact (office phone or e-mail), never a private one */
  workContact?: string | null | undefined;
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

export type DueItemFilter = {
  /** The day to judge by; defaults to today */
  asOf?: string | null | undefined;
  kinds?: Array<DueItemKind> | null | undefined;
  /** Only items the caller's agency is responsible for */
  responsibleOnly?: boolean;
};

/** What a monitoring rule says is due */
export type DueItemKind =
  | 'EMERGENCY_REVIEW'
  | 'INSTITUTION_STAY_LIMIT'
  | 'MONITORING_VISIT'
  /** A planned home visit or meeting that no follow-up of its kind matched by its day */
  | 'PLANNED_CONTACT'
  | 'PLAN_REASSESSMENT'
  | 'SITUATION_REVIEW'
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

/** What a follow-up is about; decides who may read it */
export type FollowUpCategory =
  | 'FAMILY'
  | 'FOLLOW_UP'
  | 'HEALTH'
  | 'SAFETY';

export type FollowUpKind =
  | 'CRISIS'
  | 'HOME_VISIT'
  | 'MEETING'
  | 'PHONE'
  | 'POST_CLOSURE_MONITORING'
  | 'SITUATION_REVIEW';

export type FosterForm =
  | 'CRISIS'
  | 'ORDINARY'
  | 'RESPITE'
  | 'SPECIALISED'
  | 'THERAPEUTIC';

export type Gender =
  | 'FEMALE'
  | 'MALE'
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

export type GroupBy =
  | 'MUNICIPALITY'
  | 'REGION';

export type IntakeType =
  | 'MANDATORY'
  | 'VOLUNTARY';

/** The part an agency plays in a case */
export type InvolvementRole =
  | 'ASSESSMENT_TEAM'
  | 'CASE_MANAGER'
  | 'CURRENT_PROVIDER'
  | 'EMERGENCY'
  | 'ORPHAN_COURT'
  | 'PREVIOUS_PROVIDER'
  | 'SUPPORT_CENTRE';

/** Two siblings whose cases are linked */
export type LinkSiblingCasesInput = {
  /** The case the caller manages */
  caseId: string | number;
  /** The sibling's case (the caller must be able to read its FAMILY data) */
  siblingCaseId: string | number;
};

/** A DI monitoring figure */
export type Metric =
  | 'BEYOND_STAY_LIMIT'
  | 'CARE_LEVEL_MONTHLY_COST'
  | 'CLIENTS_BY_CARE_LEVEL'
  | 'FOSTER_CARERS'
  | 'FOSTER_CHILDREN'
  /** Goals of support plans evaluated in the period, by outcome (ACHIEVED: goals achieved) */
  | 'GOALS_BY_OUTCOME'
  | 'IN_INSTITUTIONS'
  | 'MONTHLY_COST'
  | 'MOVES_FROM_INSTITUTIONS'
  | 'OPEN_CASES'
  | 'OVERDUE_REVIEWS'
  /** Active plans lacking a section their target group's template requires, today */
  | 'PLANS_MISSING_SECTIONS'
  /** Active plans without the client's agreement today, by what they have instead */
  | 'PLANS_WITHOUT_AGREEMENT'
  | 'SERVICES_IN_PLANS'
  | 'SERVICES_PRICE_UNKNOWN'
  | 'WAITING_FOR_SERVICE';

export type OpenCaseInput = {
  client: ClientInput;
  intakeType: IntakeType;
  /** Defaults to today */
  openedOn?: string | null | undefined;
  /** Who reported the client; required for MANDATORY intake */
  reportedBy?: string | null | undefined;
  targetGroup: TargetGroup;
};

/** The kind of a cooperation partner outside the hub */
export type PartnerKind =
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

export type PeriodInput = {
  from: string;
  to: string;
};

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
  /** Why siblings placed together may exceed the family's capacity */
  capacityExceptionReason?: string | null | undefined;
  /** Foster carer, guardian or adopter */
  carerName?: string | null | undefined;
  /** The carer's reference in the support centre's register; required for a foster family */
  carerRef?: string | null | undefined;
  /** The orphan court's decision reference */
  courtDecisionRef?: string | null | undefined;
  endsOn?: string | null | undefined;
  /** Required for, and only for, FOSTER_FAMILY */
  fosterForm?: FosterForm | null | undefined;
  /** Code of the institution or service provider */
  providerAgencyCode?: string | null | undefined;
  /** Placed together with siblings */
  siblingGroup?: boolean;
  startsOn: string;
  type: PlacementType;
};

export type PlacementType =
  | 'ADOPTION_PRE_PLACEMENT'
  | 'BIRTH_FAMILY'
  | 'CRISIS_CENTRE'
  | 'FAMILY_LIKE_CARE_HOME'
  | 'FOSTER_FAMILY'
  | 'GROUP_HOME'
  | 'GUARDIAN'
  | 'HALFWAY_HOUSE'
  | 'INSTITUTION'
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

export type PlanGoalInput = {
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

export type PlanServiceInput = {
  period?: ServicePeriod;
  /** Code of the providing agency */
  providerAgencyCode?: string | null | undefined;
  serviceType: ServiceType;
  unit: ServiceUnit;
  volume: number;
};

export type PlanStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'SUPERSEDED';

/** An adult's support volume and care level */
export type PlanSupportVolumeInput = {
  /** Care level I–IV as 1–4 */
  careLevel?: number | null | undefined;
  /** The support volume, described */
  description: string;
};

export type PlanTaskInput = {
  deadline?: string | null | undefined;
  description: string;
  expectedResult?: string | null | undefined;
  /** A task of the individual transition plan (preparing the client's move) */
  forTransition?: boolean;
  /** Position (1-based) of the goal in `goals` the task serves */
  goalPosition?: number | null | undefined;
  /** Code of the responsible agency */
  responsibleAgencyCode?: string | null | undefined;
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
  description?: string | null | undefined;
  place: PreparationVisitPlace;
  plannedOn: string;
};

/** Where a preparation visit before a move takes place */
export type PreparationVisitPlace =
  | 'FAMILIAR_PLACE'
  | 'NEW_PLACE'
  | 'OVERNIGHT_STAY';

export type QualityGroupBy =
  | 'AGENCY'
  | 'MUNICIPALITY';

/** What a data-quality check measures */
export type QualityKind =
  | 'COMPLETENESS'
  | 'CONSISTENCY'
  | 'TIMELINESS';

/** An assessment; each sensitive part needs write rights on its own category */
export type RecordAssessmentInput = {
  /** Not in the future */
  assessedOn: string;
  /** Care level 1–4, adults only */
  careLevel?: number | null | undefined;
  caseId: string | number;
  /** The child's own opinion */
  childOpinion?: string | null | undefined;
  familyNotes?: string | null | undefined;
  healthFindings?: string | null | undefined;
  needsSummary?: string | null | undefined;
  recommendedServices?: Array<ServiceType> | null | undefined;
  safetyFindings?: string | null | undefined;
  type: AssessmentType;
};

/** A placement decided by the orphan court; it ends the case's current placement */
export type RecordPlacementInput = {
  /** Why siblings placed together may exceed the family's capacity */
  capacityExceptionReason?: string | null | undefined;
  /** Foster carer, guardian or adopter */
  carerName?: string | null | undefined;
  /** The carer's reference in the support centre's register; required for a foster family */
  carerRef?: string | null | undefined;
  caseId: string | number;
  /** The orphan court's decision reference */
  courtDecisionRef?: string | null | undefined;
  endsOn?: string | null | undefined;
  /** Required for, and only for, FOSTER_FAMILY */
  fosterForm?: FosterForm | null | undefined;
  /** Code of the institution or service provider */
  providerAgencyCode?: string | null | undefined;
  /** Placed together with siblings */
  siblingGroup?: boolean;
  startsOn: string;
  type: PlacementType;
};

/** An orphan court's decision extending a child's institution stay (at most 6 months under 4, a year from 4) */
export type RecordStayLimitExceptionInput = {
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
  caseId: string | number;
  /** The legal basis of the move (transition plan, decision) */
  legalBasis: string;
  /** Where an adult lives from now on. A child's new placement is the orphan court's decision: the court records it with recordPlacement */
  newPlacement?: PlacementDetailsInput | null | undefined;
  /** The new provider (CURRENT_PROVIDER); none when the client moves to a family */
  newProviderAgencyCode?: string | null | undefined;
};

export type RegisterMentorInput = {
  /** The mentor's full name */
  name: string;
};

/** A new version of the support plan; ACTIVE supersedes the current plan */
export type SaveSupportPlanInput = {
  /** The client's agreement or refusal */
  agreement?: PlanAgreementInput | null | undefined;
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
  goals?: Array<PlanGoalInput>;
  /** The HEALTH section */
  health?: PlanHealthInput | null | undefined;
  /** The PLACEMENT section: the placement conditions */
  placementConditions?: string | null | undefined;
  /** Planned home visits and meetings */
  plannedContacts?: Array<PlannedContactInput>;
  /** The individual transition plan: preparation visits before the move */
  preparationVisits?: Array<PreparationVisitInput>;
  problem?: string | null | undefined;
  /** Defaults to, and may not be later than, 12 months after validFrom */
  reviewDueOn?: string | null | undefined;
  services?: Array<PlanServiceInput>;
  /** DRAFT or ACTIVE */
  status?: PlanStatus;
  /** An adult's support volume and care level */
  supportVolume?: PlanSupportVolumeInput | null | undefined;
  tasks?: Array<PlanTaskInput>;
  /** The individual transition plan: the team preparing a move (with tasks marked forTransition and preparation visits) */
  transitionTeam?: Array<TransitionTeamMemberInput>;
  validFrom: string;
  /** Wishes and interests */
  wishesAndInterests?: string | null | undefined;
};

export type ServicePeriod =
  | 'MONTH'
  | 'WEEK';

/** The services basket of the DI plan */
export type ServiceType =
  | 'CRISIS_CENTRE'
  | 'DAY_CARE_CENTRE'
  | 'FAMILY_LIKE_CARE_HOME'
  | 'GROUP_HOME_WITH_CARE'
  | 'GROUP_HOME_WITH_REHABILITATION'
  | 'GROUP_SESSIONS'
  | 'HALFWAY_HOUSE'
  | 'HOLIDAY_HOME'
  | 'HOME_CARE'
  | 'HOME_PSYCHIATRIC_NURSING'
  | 'MOBILE_CRISIS_SERVICE'
  | 'MULTIFUNCTIONAL_CENTRE'
  | 'RESPITE_CARE'
  | 'SHORT_TERM_CARE'
  | 'SOCIAL_CORRECTION_HOME'
  | 'SOCIAL_MENTOR'
  | 'SPECIALISED_WORKSHOP'
  | 'SPECIALIST_CONSULTATIONS'
  | 'SUPPORTED_EMPLOYMENT'
  | 'YOUTH_HOME';

export type ServiceUnit =
  | 'DAY'
  | 'HOUR'
  | 'MONTH'
  | 'SESSION';

export type TargetGroup =
  | 'ADULT_WITH_MENTAL_DISORDER'
  | 'CHILD_WITHOUT_PARENTAL_CARE'
  | 'CHILD_WITH_FUNCTIONAL_IMPAIRMENT';

export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** Hands the case to the social service of the client's new municipality */
export type TransferCaseInput = {
  caseId: string | number;
  reason: string;
  /** The municipality the client has moved to */
  toMunicipalityCode: string;
};

/** Moves the case to its next lifecycle state (case manager only) */
export type TransitionCaseInput = {
  caseId: string | number;
  /** The case version the decision is based on; a stale one is a CONFLICT */
  expectedVersion: number;
  reason: string;
  to: CaseStatus;
};

/** A member of the transition team */
export type TransitionTeamMemberInput = {
  /** Code of the member's agency */
  agencyCode: string;
  memberName?: string | null | undefined;
  /** What the member does in the transition */
  role: string;
};

/** A correction of a follow-up; the replaced text stays in its history */
export type UpdateFollowUpInput = {
  category?: FollowUpCategory | null | undefined;
  /** The version the correction is based on; a stale one is a CONFLICT */
  expectedVersion: number;
  kind?: FollowUpKind | null | undefined;
  occurredOn?: string | null | undefined;
  recommendations?: string | null | undefined;
  summary?: string | null | undefined;
};

/** A user's role inside their agency */
export type UserRole =
  | 'ADMIN'
  | 'ANALYST'
  | 'CASE_WORKER'
  | 'DPO'
  | 'INSPECTOR'
  | 'MANAGER'
  | 'PORTAL'
  | 'SPECIALIST';

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

export type CaseWorkersTransferMutationVariables = Exact<{
  input: TransferCaseInput;
}>;


export type CaseWorkersTransferMutation = { transferCase: { caseId: string } };

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

export type DataQualityReportQueryVariables = Exact<{
  groupBy?: QualityGroupBy | null | undefined;
  region?: string | null | undefined;
}>;


export type DataQualityReportQuery = { dataQuality: { scopeLevel: string, scopeCode: string | null, groupBy: QualityGroupBy, asOf: string, suppressionThreshold: number, checks: Array<{ id: string, kind: QualityKind, weight: number, category: Category, keeper: string, aggregateOnly: boolean }>, rows: Array<{ areaCode: string, areaName: string, cases: { value: number | null, suppressed: boolean, unknown: boolean }, score: { value: number | null, suppressed: boolean, unknown: boolean }, completeness: { value: number | null, suppressed: boolean, unknown: boolean }, timeliness: { value: number | null, suppressed: boolean, unknown: boolean }, consistency: { value: number | null, suppressed: boolean, unknown: boolean } }> } };

export type MyCaseQualityQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  assignedToMe?: boolean | null | undefined;
}>;


export type MyCaseQualityQuery = { myCaseQuality: { edges: Array<{ cursor: string, node: { caseId: string, score: number | null, completeness: number | null, timeliness: number | null, consistency: number | null, missing: Array<{ check: string | null, kind: QualityKind | null, category: Category | null, description: string | null }> | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DemoRulesMentorsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemoRulesMentorsQuery = { socialMentors: Array<{ id: string, clients: number }> };

export type DiscoveryCaseExistsQueryVariables = Exact<{
  code: string;
}>;


export type DiscoveryCaseExistsQuery = { caseExists: { exists: boolean, managingServices: Array<{ agencyCode: string, name: string, contactEmail: string | null, contactPhone: string | null }> } };

export type DiscoveryAccessLogQueryVariables = Exact<{
  id: string | number;
}>;


export type DiscoveryAccessLogQuery = { caseAccessLog: { totalCount: number, edges: Array<{ node: { kind: string, userId: string, userRole: string, caseRoles: Array<string>, operation: string | null, categories: Array<string>, fields: Array<string>, agency: { code: string } | null } }> } };

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

export type DueDatesTransferMutationVariables = Exact<{
  input: TransferCaseInput;
}>;


export type DueDatesTransferMutation = { transferCase: { to: { code: string } | null } };

export type DueDatesTransitionMutationVariables = Exact<{
  input: TransitionCaseInput;
}>;


export type DueDatesTransitionMutation = { transitionCase: { version: number | null } };

export type FieldPermissionsFullCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type FieldPermissionsFullCaseQuery = { case: { id: string, status: CaseStatus | null, targetGroup: TargetGroup | null, openedOn: string | null, caseManager: { name: string | null } | null, involvements: Array<{ role: InvolvementRole | null, agency: { code: string } | null }> | null, client: { givenName: string | null, birthDate: string | null, personalCode: string | null, address: string | null } | null, latestAssessment: { type: AssessmentType | null, needsSummary: string | null, healthFindings: string | null, safetyFindings: string | null, familyNotes: string | null, childOpinion: string | null } | null, currentPlan: { version: number | null, goals: Array<{ description: string | null }> | null } | null, followUps: { totalCount: number, edges: Array<{ node: { category: FollowUpCategory | null, summary: string | null } }> } | null, placements: Array<{ type: PlacementType | null, carerName: string | null, courtDecisionRef: string | null }> | null } | null };

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


export type HelpfulErrorsSummaryQuery = { regionalSummary: { scopeLevel: string } };

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

export type OpenCaseManagerQueryVariables = Exact<{
  id: string | number;
}>;


export type OpenCaseManagerQuery = { case: { caseManager: { userId: string | null, name: string | null, agency: { code: string } | null } | null, responsibleMunicipality: { code: string } | null } | null };

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


export type PlanSectionsReadQuery = { case: { currentPlan: { id: string, status: PlanStatus | null, placementConditions: string | null, wishesAndInterests: string | null, health: { disabilityGroup: DisabilityGroup | null, disabilityValidUntil: string | null, treatmentAndRehabilitation: string | null, medications: Array<{ name: string | null, dose: string | null }> | null } | null, family: { contactArrangements: string | null, people: Array<{ name: string | null, relation: FamilyRelation | null, role: PersonRole | null }> | null } | null, childVoice: { opinionOnFamily: string | null } | null, education: { stage: EducationStage | null, school: string | null } | null, cooperationPartners: Array<{ organisation: string | null, kind: PartnerKind | null, role: string | null, workContact: string | null }> | null, plannedContacts: Array<{ kind: PlannedContactKind | null, plannedOn: string | null, agency: { code: string } | null }> | null, agreement: { status: AgreementStatus | null, on: string | null, by: AgreementBy | null } | null } | null } | null };

export type PlanSectionsLinkSiblingsMutationVariables = Exact<{
  input: LinkSiblingCasesInput;
}>;


export type PlanSectionsLinkSiblingsMutation = { linkSiblingCases: { id: string, siblingCaseId: string | null, recordedByAgency: { code: string } | null } };

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

export type ReferenceSyncMunicipalitiesQueryVariables = Exact<{
  region?: string | null | undefined;
}>;


export type ReferenceSyncMunicipalitiesQuery = { municipalities: Array<{ code: string, name: string, regionCode: string }> };

export type ReferenceSyncAgenciesQueryVariables = Exact<{
  municipality?: string | null | undefined;
}>;


export type ReferenceSyncAgenciesQuery = { agencies: Array<{ code: string, name: string, municipalityCode: string | null, regionCode: string | null, contactPhone: string | null }> };

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


export type RegionalSummaryFiguresQuery = { regionalSummary: { scopeLevel: string, scopeCode: string | null, suppressionThreshold: number, figures: Array<{ metric: Metric, unit: string, columns: Array<string>, total: { value: number | null, suppressed: boolean }, columnTotals: Array<{ value: number | null, suppressed: boolean }>, rows: Array<{ areaCode: string, cells: Array<{ value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } | null }> }> } };

export type RegionalSummaryTrendQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionalSummaryTrendQuery = { trend: Array<{ month: string, from: string, to: string, figure: { total: { value: number | null, suppressed: boolean } } }> };

export type MoneyFiguresQueryVariables = Exact<{
  period: PeriodInput;
  groupBy?: GroupBy | null | undefined;
  region?: string | null | undefined;
  metrics?: Array<Metric> | Metric | null | undefined;
}>;


export type MoneyFiguresQuery = { regionalSummary: { figures: Array<{ metric: Metric, unit: string, columns: Array<string>, total: { value: number | null, suppressed: boolean, unknown: boolean }, columnTotals: Array<{ value: number | null, suppressed: boolean, unknown: boolean }>, rows: Array<{ areaCode: string, cells: Array<{ value: number | null, suppressed: boolean, unknown: boolean }>, total: { value: number | null, suppressed: boolean, unknown: boolean } | null }> }> } };

export type SnapshotSummaryQueryVariables = Exact<{
  period: PeriodInput;
  groupBy?: GroupBy | null | undefined;
  targetGroup?: TargetGroup | null | undefined;
}>;


export type SnapshotSummaryQuery = { regionalSummary: { scopeLevel: string, from: string, to: string, suppressionThreshold: number, figures: Array<{ metric: Metric, unit: string, columns: Array<string>, total: { value: number | null, suppressed: boolean }, columnTotals: Array<{ value: number | null, suppressed: boolean }>, rows: Array<{ areaCode: string, areaName: string, cells: Array<{ value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } | null }> }> } };

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


export type RetentionSummaryQuery = { regionalSummary: { scopeLevel: string, from: string, to: string, suppressionThreshold: number, figures: Array<{ metric: Metric, unit: string, columns: Array<string>, total: { value: number | null, suppressed: boolean }, columnTotals: Array<{ value: number | null, suppressed: boolean }>, rows: Array<{ areaCode: string, areaName: string, cells: Array<{ value: number | null, suppressed: boolean }>, total: { value: number | null, suppressed: boolean } | null }> }> } };

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


export type TransferCaseMutation = { transferCase: { caseId: string, at: string, from: { code: string } | null, to: { code: string } | null } };

export type TransferCaseViewQueryVariables = Exact<{
  id: string | number;
}>;


export type TransferCaseViewQuery = { case: { myRoles: Array<InvolvementRole>, responsibleMunicipality: { code: string } | null, caseManager: { userId: string | null } | null, client: { declaredMunicipalityCode: string | null } | null } | null };

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

export type OpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenCaseMutation = { openCase: { id: string, status: CaseStatus | null, targetGroup: TargetGroup | null, myRoles: Array<InvolvementRole>, client: { id: string, personalCode: string | null, givenName: string | null } | null } };

export type AddInvolvementMutationVariables = Exact<{
  input: AddInvolvementInput;
}>;


export type AddInvolvementMutation = { addInvolvement: { id: string, role: InvolvementRole | null, validUntil: string | null, active: boolean | null, agency: { code: string } | null } };


export const LookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Look"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthFindings"}}]}}]}}]}}]} as unknown as DocumentNode<LookQuery, LookQueryVariables>;
export const AuditRecordPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditRecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditRecordPlacementMutation, AuditRecordPlacementMutationVariables>;
export const WhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Where"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhereQuery, WhereQueryVariables>;
export const AuditAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditAddFollowUpMutation, AuditAddFollowUpMutationVariables>;
export const AuthMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}}]}}]}}]}}]} as unknown as DocumentNode<AuthMeQuery, AuthMeQueryVariables>;
export const AuthCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthCasesQuery, AuthCasesQueryVariables>;
export const BadInputAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadInputAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadInputAddFollowUpMutation, BadInputAddFollowUpMutationVariables>;
export const BadInputUpdateFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BadInputUpdateFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BadInputUpdateFollowUpMutation, BadInputUpdateFollowUpMutationVariables>;
export const BypassAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BypassAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"who"},"name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"code"},"name":{"kind":"Name","value":"personalCode"}},{"kind":"Field","alias":{"kind":"Name","value":"name"},"name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]} as unknown as DocumentNode<BypassAliasesQuery, BypassAliasesQueryVariables>;
export const BypassTwoAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BypassTwoAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"personalCode"}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"personalCode"}}]}}]}}]}}]} as unknown as DocumentNode<BypassTwoAliasesQuery, BypassTwoAliasesQueryVariables>;
export const BypassListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BypassList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthFindings"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BypassListQuery, BypassListQueryVariables>;
export const BypassAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BypassAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BypassAddFollowUpMutation, BypassAddFollowUpMutationVariables>;
export const BypassFollowUpPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BypassFollowUpPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BypassFollowUpPageQuery, BypassFollowUpPageQueryVariables>;
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
export const CaseWorkersTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CaseWorkersTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]} as unknown as DocumentNode<CaseWorkersTransferMutation, CaseWorkersTransferMutationVariables>;
export const ChangeFeedAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeFeedAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeFeedAddMutation, ChangeFeedAddMutationVariables>;
export const ChangeFeedUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeFeedUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeFeedUpdateMutation, ChangeFeedUpdateMutationVariables>;
export const ChangeFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"oldVersion"}},{"kind":"Field","name":{"kind":"Name","value":"newVersion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeFeedQuery, ChangeFeedQueryVariables>;
export const DataQualityReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataQualityReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityGroupBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataQuality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scopeLevel"}},{"kind":"Field","name":{"kind":"Name","value":"scopeCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"suppressionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"keeper"}},{"kind":"Field","name":{"kind":"Name","value":"aggregateOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"areaName"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consistency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DataQualityReportQuery, DataQualityReportQueryVariables>;
export const MyCaseQualityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCaseQuality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignedToMe"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCaseQuality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignedToMe"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignedToMe"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"}},{"kind":"Field","name":{"kind":"Name","value":"consistency"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyCaseQualityQuery, MyCaseQualityQueryVariables>;
export const DemoRulesMentorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoRulesMentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"socialMentors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}}]}}]}}]} as unknown as DocumentNode<DemoRulesMentorsQuery, DemoRulesMentorsQueryVariables>;
export const DiscoveryCaseExistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiscoveryCaseExists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseExists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personalCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exists"}},{"kind":"Field","name":{"kind":"Name","value":"managingServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]}}]} as unknown as DocumentNode<DiscoveryCaseExistsQuery, DiscoveryCaseExistsQueryVariables>;
export const DiscoveryAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiscoveryAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userRole"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseRoles"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DiscoveryAccessLogQuery, DiscoveryAccessLogQueryVariables>;
export const PeekDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Peek"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]} as unknown as DocumentNode<PeekQuery, PeekQueryVariables>;
export const DiscoveryAddInvolvementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscoveryAddInvolvement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInvolvementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInvolvement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DiscoveryAddInvolvementMutation, DiscoveryAddInvolvementMutationVariables>;
export const DueDatesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueDatesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DueItemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"40"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<DueDatesPageQuery, DueDatesPageQueryVariables>;
export const DueDatesOfCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DueDatesOfCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DueDatesOfCasesQuery, DueDatesOfCasesQueryVariables>;
export const DueDatesSavePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DueDatesSavePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DueDatesSavePlanMutation, DueDatesSavePlanMutationVariables>;
export const DueDatesFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DueDatesFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DueDatesFollowUpMutation, DueDatesFollowUpMutationVariables>;
export const DueDatesPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DueDatesPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DueDatesPlaceMutation, DueDatesPlaceMutationVariables>;
export const DueDatesTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DueDatesTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DueDatesTransferMutation, DueDatesTransferMutationVariables>;
export const DueDatesTransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DueDatesTransition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DueDatesTransitionMutation, DueDatesTransitionMutationVariables>;
export const FieldPermissionsFullCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldPermissionsFullCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"involvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"needsSummary"}},{"kind":"Field","name":{"kind":"Name","value":"healthFindings"}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"}},{"kind":"Field","name":{"kind":"Name","value":"familyNotes"}},{"kind":"Field","name":{"kind":"Name","value":"childOpinion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"carerName"}},{"kind":"Field","name":{"kind":"Name","value":"courtDecisionRef"}}]}}]}}]}}]} as unknown as DocumentNode<FieldPermissionsFullCaseQuery, FieldPermissionsFullCaseQueryVariables>;
export const FieldPermissionsRecordAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FieldPermissionsRecordAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FieldPermissionsRecordAssessmentMutation, FieldPermissionsRecordAssessmentMutationVariables>;
export const FieldPermissionsSaveSupportPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FieldPermissionsSaveSupportPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FieldPermissionsSaveSupportPlanMutation, FieldPermissionsSaveSupportPlanMutationVariables>;
export const FieldPermissionsAddFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FieldPermissionsAddFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FieldPermissionsAddFollowUpMutation, FieldPermissionsAddFollowUpMutationVariables>;
export const FieldPermissionsRecordPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FieldPermissionsRecordPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FieldPermissionsRecordPlacementMutation, FieldPermissionsRecordPlacementMutationVariables>;
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
export const OpenCaseManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenCaseManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OpenCaseManagerQuery, OpenCaseManagerQueryVariables>;
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
export const PlanSectionsSiblingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanSectionsSiblings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"siblingLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siblingCaseId"}}]}}]}}]}}]} as unknown as DocumentNode<PlanSectionsSiblingsQuery, PlanSectionsSiblingsQueryVariables>;
export const PlanSectionsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanSectionsDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanSectionsDueQuery, PlanSectionsDueQueryVariables>;
export const PlanSectionsFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanSectionsFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlanSectionsFollowUpMutation, PlanSectionsFollowUpMutationVariables>;
export const PlanSectionsFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanSectionsFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionalSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metrics"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanSectionsFiguresQuery, PlanSectionsFiguresQueryVariables>;
export const ReferenceSyncMunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceSyncMunicipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}}]}}]} as unknown as DocumentNode<ReferenceSyncMunicipalitiesQuery, ReferenceSyncMunicipalitiesQueryVariables>;
export const ReferenceSyncAgenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceSyncAgencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipalityCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCode"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]} as unknown as DocumentNode<ReferenceSyncAgenciesQuery, ReferenceSyncAgenciesQueryVariables>;
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
export const TransferCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<TransferCaseMutation, TransferCaseMutationVariables>;
export const TransferCaseViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferCaseView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myRoles"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleMunicipality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declaredMunicipalityCode"}}]}}]}}]}}]} as unknown as DocumentNode<TransferCaseViewQuery, TransferCaseViewQueryVariables>;
export const TransitionPlanMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionPlanMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"involvements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransitionPlanMoveMutation, TransitionPlanMoveMutationVariables>;
export const TransitionPlanSaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionPlanSave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TransitionPlanSaveMutation, TransitionPlanSaveMutationVariables>;
export const TransitionPlanStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionPlanStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TransitionPlanStatusMutation, TransitionPlanStatusMutationVariables>;
export const TransitionPlanReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransitionPlanRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"forTransition"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitionTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preparationVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransitionPlanReadQuery, TransitionPlanReadQueryVariables>;
export const YouthHomePlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YouthHomePlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]} as unknown as DocumentNode<YouthHomePlaceMutation, YouthHomePlaceMutationVariables>;
export const YouthHomePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YouthHomePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceType"}}]}}]}}]}}]} as unknown as DocumentNode<YouthHomePlanMutation, YouthHomePlanMutationVariables>;
export const YouthHomeMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YouthHomeMove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<YouthHomeMoveMutation, YouthHomeMoveMutationVariables>;
export const OpenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"myRoles"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personalCode"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const AddInvolvementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInvolvement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInvolvementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInvolvement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddInvolvementMutation, AddInvolvementMutationVariables>;