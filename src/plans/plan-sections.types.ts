import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InParentRow } from '../kernel/query-cost';
import { LocalDate } from '../kernel/scalars';

/**
 * The sections of a support plan (seed 004 B3, C3, D2), each under its own category (ACCESS.md,
 * "Support plan sections"): what a reader sees of a plan is exactly the sections its role allows.
 */
export enum PlanSection {
  /** fiziskā un garīgā veselība: disability group and its validity, medication, treatment and rehabilitation (HEALTH) */
  HEALTH = 'HEALTH',
  /** ģimenes locekļi un atbalsta personas, bioloģiskā ģimene, brāļi un māsas, saskarsme (FAMILY) */
  FAMILY = 'FAMILY',
  /** bērna viedoklis (CHILD_VOICE) */
  CHILD_VOICE = 'CHILD_VOICE',
  /** dzīvesvietas nosacījumi: placement conditions (PLACEMENT) */
  PLACEMENT = 'PLACEMENT',
  /** izglītība (PLAN) */
  EDUCATION = 'EDUCATION',
  /** nodarbinātība, adults (PLAN) */
  EMPLOYMENT = 'EMPLOYMENT',
  /** vēlmes un intereses (PLAN) */
  WISHES_AND_INTERESTS = 'WISHES_AND_INTERESTS',
  /** atbalsta apjoms un aprūpes līmenis, adults (PLAN) */
  SUPPORT_VOLUME = 'SUPPORT_VOLUME',
  /** sadarbība ar citām institūcijām: police, school, family doctor, hospital (PLAN) */
  COOPERATION_PARTNERS = 'COOPERATION_PARTNERS',
}

/** Invaliditātes grupa: an adult's group I–III, or a child's disability (children have no group). */
export enum DisabilityGroup {
  GROUP_I = 'GROUP_I',
  GROUP_II = 'GROUP_II',
  GROUP_III = 'GROUP_III',
  CHILD_DISABILITY = 'CHILD_DISABILITY',
  NONE = 'NONE',
}

/** How a person is related to the client. */
export enum FamilyRelation {
  MOTHER = 'MOTHER',
  FATHER = 'FATHER',
  SIBLING = 'SIBLING',
  GRANDPARENT = 'GRANDPARENT',
  OTHER_RELATIVE = 'OTHER_RELATIVE',
  GUARDIAN = 'GUARDIAN',
  FOSTER_PARENT = 'FOSTER_PARENT',
  PARTNER = 'PARTNER',
  FRIEND = 'FRIEND',
  OTHER = 'OTHER',
}

/** What a person is for the client in the plan. */
export enum PersonRole {
  /** lives with or cares for the client */
  FAMILY_MEMBER = 'FAMILY_MEMBER',
  /** atbalsta persona */
  SUPPORT_PERSON = 'SUPPORT_PERSON',
  /** bioloģiskā ģimene the child is kept in contact with */
  BIRTH_FAMILY = 'BIRTH_FAMILY',
  /** likumiskais pārstāvis */
  LEGAL_REPRESENTATIVE = 'LEGAL_REPRESENTATIVE',
}

/** Izglītības pakāpe. */
export enum EducationStage {
  PRESCHOOL = 'PRESCHOOL',
  BASIC = 'BASIC',
  SPECIAL = 'SPECIAL',
  SECONDARY = 'SECONDARY',
  VOCATIONAL = 'VOCATIONAL',
  HIGHER = 'HIGHER',
  NOT_IN_EDUCATION = 'NOT_IN_EDUCATION',
}

/** An adult's employment (nodarbinātība). */
export enum EmploymentStatus {
  EMPLOYED = 'EMPLOYED',
  SUPPORTED_EMPLOYMENT = 'SUPPORTED_EMPLOYMENT',
  SPECIALISED_WORKSHOP = 'SPECIALISED_WORKSHOP',
  IN_EDUCATION = 'IN_EDUCATION',
  UNEMPLOYED = 'UNEMPLOYED',
  UNABLE_TO_WORK = 'UNABLE_TO_WORK',
  RETIRED = 'RETIRED',
}

/** A cooperation partner outside the hub's agencies (003). */
export enum PartnerKind {
  POLICE = 'POLICE',
  SCHOOL = 'SCHOOL',
  FAMILY_DOCTOR = 'FAMILY_DOCTOR',
  HOSPITAL = 'HOSPITAL',
  EMPLOYER = 'EMPLOYER',
  NGO = 'NGO',
  OTHER = 'OTHER',
}

/** A planned contact with the client: the kinds a follow-up records them as. */
export enum PlannedContactKind {
  HOME_VISIT = 'HOME_VISIT',
  MEETING = 'MEETING',
}

/** The client's agreement with the plan (klienta piekrišana, 003). */
export enum AgreementStatus {
  /** not asked or not answered yet: the plan cannot be activated */
  PENDING = 'PENDING',
  AGREED = 'AGREED',
  REFUSED = 'REFUSED',
  /** a plan activated before the hub recorded agreements; its agreement, if any, is on paper */
  RECORDED_BEFORE_RULE = 'RECORDED_BEFORE_RULE',
}

/** The client's answer, as recorded. */
export enum AgreementAnswer {
  AGREED = 'AGREED',
  REFUSED = 'REFUSED',
}

/** Who gave the answer. */
export enum AgreementBy {
  CLIENT = 'CLIENT',
  LEGAL_REPRESENTATIVE = 'LEGAL_REPRESENTATIVE',
}

/** A goal's outcome at a review (mērķis sasniegts / daļēji / nav sasniegts / vairs nav aktuāls). */
export enum GoalOutcome {
  ACHIEVED = 'ACHIEVED',
  PARTLY_ACHIEVED = 'PARTLY_ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
  NO_LONGER_RELEVANT = 'NO_LONGER_RELEVANT',
}

/** The client's cooperation over the plan (klienta sadarbība). */
export enum ClientCooperation {
  COOPERATED = 'COOPERATED',
  PARTLY_COOPERATED = 'PARTLY_COOPERATED',
  DID_NOT_COOPERATE = 'DID_NOT_COOPERATE',
}

registerEnumType(PlanSection, { name: 'PlanSection', description: 'A section of the support plan, each under its own category',
  valuesConfig: { HEALTH: { description: 'Physical and mental health (HEALTH)' }, FAMILY: { description: 'Family members, support persons, birth family, siblings, contact (FAMILY)' }, CHILD_VOICE: { description: "The child's own opinion (CHILD_VOICE)" }, PLACEMENT: { description: 'Placement conditions (PLACEMENT)' }, EDUCATION: { description: 'Education (PLAN)' }, EMPLOYMENT: { description: "An adult's employment (PLAN)" }, WISHES_AND_INTERESTS: { description: 'Wishes and interests (PLAN)' }, SUPPORT_VOLUME: { description: "An adult's support volume and care level (PLAN)" }, COOPERATION_PARTNERS: { description: 'Cooperation partners outside the hub (PLAN)' } } });
registerEnumType(DisabilityGroup, { name: 'DisabilityGroup', description: "Disability group (invaliditātes grupa); a child's disability has none",
  valuesConfig: { GROUP_I: { description: 'Group I (the most severe)' }, GROUP_II: { description: 'Group II' }, GROUP_III: { description: 'Group III' }, CHILD_DISABILITY: { description: "A child's disability (children have no group)" }, NONE: { description: 'No disability determined' } } });
registerEnumType(FamilyRelation, { name: 'FamilyRelation', description: 'How a person is related to the client',
  valuesConfig: { MOTHER: { description: 'Mother' }, FATHER: { description: 'Father' }, SIBLING: { description: 'Brother or sister' }, GRANDPARENT: { description: 'Grandparent' }, OTHER_RELATIVE: { description: 'Another relative' }, GUARDIAN: { description: 'Guardian' }, FOSTER_PARENT: { description: 'Foster parent' }, PARTNER: { description: 'Partner or spouse' }, FRIEND: { description: 'Friend' }, OTHER: { description: 'Someone else' } } });
registerEnumType(PersonRole, { name: 'PersonRole', description: 'What a person is for the client in the plan',
  valuesConfig: { FAMILY_MEMBER: { description: 'Lives with or cares for the client' }, SUPPORT_PERSON: { description: 'A support person (atbalsta persona)' }, BIRTH_FAMILY: { description: 'Birth family the child is kept in contact with' }, LEGAL_REPRESENTATIVE: { description: 'The legal representative' } } });
registerEnumType(EducationStage, { name: 'EducationStage', description: 'Stage of education (izglītības pakāpe)',
  valuesConfig: { PRESCHOOL: { description: 'Pre-school' }, BASIC: { description: 'Basic (primary) school' }, SPECIAL: { description: 'Special education programme' }, SECONDARY: { description: 'Secondary school' }, VOCATIONAL: { description: 'Vocational education' }, HIGHER: { description: 'Higher education' }, NOT_IN_EDUCATION: { description: 'Not in education' } } });
registerEnumType(EmploymentStatus, { name: 'EmploymentStatus', description: "An adult's employment (nodarbinātība)",
  valuesConfig: { EMPLOYED: { description: 'Employed' }, SUPPORTED_EMPLOYMENT: { description: 'In supported employment' }, SPECIALISED_WORKSHOP: { description: 'In a specialised workshop' }, IN_EDUCATION: { description: 'In education' }, UNEMPLOYED: { description: 'Unemployed' }, UNABLE_TO_WORK: { description: 'Unable to work' }, RETIRED: { description: 'Retired' } } });
registerEnumType(PartnerKind, { name: 'CooperationPartnerKind', description: 'The kind of a cooperation partner outside the hub',
  valuesConfig: { POLICE: { description: 'Police' }, SCHOOL: { description: 'School' }, FAMILY_DOCTOR: { description: 'Family doctor' }, HOSPITAL: { description: 'Hospital' }, EMPLOYER: { description: 'Employer' }, NGO: { description: 'Non-governmental organisation' }, OTHER: { description: 'Another organisation' } } });
registerEnumType(PlannedContactKind, { name: 'PlannedContactKind', description: 'A planned home visit or meeting',
  valuesConfig: { HOME_VISIT: { description: 'A home visit' }, MEETING: { description: 'A meeting' } } });
registerEnumType(AgreementStatus, { name: 'AgreementStatus', description: "The client's agreement with the plan (klienta piekrišana)",
  valuesConfig: { PENDING: { description: 'Not answered yet: the plan cannot be activated' }, AGREED: { description: 'The client (or the legal representative) agreed' }, REFUSED: { description: 'The client (or the legal representative) refused, with a reason' }, RECORDED_BEFORE_RULE: { description: 'A plan activated before the hub recorded agreements' } } });
registerEnumType(AgreementAnswer, { name: 'AgreementAnswer', description: "The client's answer to the plan",
  valuesConfig: { AGREED: { description: 'Agreed with the plan' }, REFUSED: { description: 'Refused the plan (give the reason)' } } });
registerEnumType(AgreementBy, { name: 'AgreementBy', description: 'Who answered for the client',
  valuesConfig: { CLIENT: { description: 'The client' }, LEGAL_REPRESENTATIVE: { description: 'The legal representative' } } });
registerEnumType(GoalOutcome, { name: 'GoalOutcome', description: "A goal's outcome at a review",
  valuesConfig: { ACHIEVED: { description: 'Achieved' }, PARTLY_ACHIEVED: { description: 'Partly achieved (carried forward)' }, NOT_ACHIEVED: { description: 'Not achieved (carried forward)' }, NO_LONGER_RELEVANT: { description: 'No longer relevant' } } });
registerEnumType(ClientCooperation, { name: 'ClientCooperation', description: "The client's cooperation over the plan",
  valuesConfig: { COOPERATED: { description: 'The client cooperated' }, PARTLY_COOPERATED: { description: 'The client cooperated in part' }, DID_NOT_COOPERATE: { description: 'The client did not cooperate' } } });

@ObjectType({ description: 'A medicine the client takes, with its dose (HEALTH)' })
export class PlanMedication {
  caseId!: string;
  @Field(() => String, { nullable: true, description: 'The medicine' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'Dose and how often' })
  dose!: string;
}

@ObjectType({ description: 'Physical and mental health (fiziskā un garīgā veselība): the HEALTH section of a plan' })
export class PlanHealth {
  caseId!: string;
  @Field(() => DisabilityGroup, { nullable: true, description: 'Disability group, if any' })
  disabilityGroup!: DisabilityGroup | null;
  @Field(() => LocalDate, { nullable: true, description: 'Last day the disability group is valid' })
  disabilityValidUntil!: string | null;
  @InParentRow()
  @Field(() => [PlanMedication], { nullable: true, description: 'Medication with dose' })
  medications!: PlanMedication[];
  @Field(() => String, { nullable: true, description: 'Treatment and rehabilitation (ārstēšana un rehabilitācija)' })
  treatmentAndRehabilitation!: string | null;
  @Field(() => String, { nullable: true, description: 'Physical and mental health, as described' })
  description!: string | null;
}

@ObjectType({ description: 'A family member or support person (FAMILY)' })
export class PlanPerson {
  caseId!: string;
  @Field(() => String, { nullable: true, description: "The person's name" })
  name!: string;
  @Field(() => FamilyRelation, { nullable: true, description: 'How the person is related to the client' })
  relation!: FamilyRelation;
  @Field(() => PersonRole, { nullable: true, description: 'What the person is for the client' })
  role!: PersonRole;
  @Field(() => String, { nullable: true, description: 'How and how often the client is in contact with the person' })
  contactArrangement!: string | null;
}

@ObjectType({ description: 'Family members and support persons, birth family, siblings, contact: the FAMILY section of a plan' })
export class PlanFamily {
  caseId!: string;
  @InParentRow()
  @Field(() => [PlanPerson], { nullable: true, description: 'The people, with relation and role (siblings are SIBLING)' })
  people!: PlanPerson[];
  @Field(() => String, { nullable: true, description: 'The birth family (bioloģiskā ģimene)' })
  birthFamily!: string | null;
  @Field(() => String, { nullable: true, description: 'Contact arrangements with the birth family and siblings' })
  contactArrangements!: string | null;
  @Field(() => String, { nullable: true, description: 'Support for the family (darbs ar ģimeni)' })
  familySupport!: string | null;
}

@ObjectType({ description: "The child's own opinion (bērna viedoklis): the CHILD_VOICE section of a plan" })
export class PlanChildVoice {
  caseId!: string;
  @Field(() => String, { nullable: true, description: "The child's opinion on the plan" })
  opinionOnPlan!: string | null;
  @Field(() => String, { nullable: true, description: "The child's opinion on the best-suited family" })
  opinionOnFamily!: string | null;
}

@ObjectType({ description: 'Education (izglītība) (PLAN)' })
export class PlanEducation {
  caseId!: string;
  @Field(() => EducationStage, { nullable: true, description: 'Stage of education' })
  stage!: EducationStage;
  @Field(() => String, { nullable: true, description: 'School or institution' })
  school!: string | null;
  @Field(() => String, { nullable: true, description: 'What the plan says about education' })
  description!: string | null;
}

@ObjectType({ description: "An adult's employment (nodarbinātība) (PLAN)" })
export class PlanEmployment {
  caseId!: string;
  @Field(() => EmploymentStatus, { nullable: true, description: 'Employment status' })
  status!: EmploymentStatus;
  @Field(() => String, { nullable: true, description: 'What the plan says about employment' })
  description!: string | null;
}

@ObjectType({ description: "An adult's support volume and care level (atbalsta apjoms, aprūpes līmenis) (PLAN)" })
export class PlanSupportVolume {
  caseId!: string;
  @Field(() => Int, { nullable: true, description: 'Care level I–IV as 1–4' })
  careLevel!: number | null;
  @Field(() => String, { nullable: true, description: 'The support volume, as described' })
  description!: string | null;
}

@ObjectType({ description: 'A cooperation partner outside the hub (police, school, family doctor, hospital): a contact, not an account (PLAN)' })
export class CooperationPartner {
  caseId!: string;
  @Field(() => String, { nullable: true, description: 'The organisation' })
  organisation!: string;
  @Field(() => PartnerKind, { nullable: true, description: 'Kind of partner' })
  kind!: PartnerKind;
  @Field(() => String, { nullable: true, description: 'What the partner does for the client' })
  role!: string;
  @Field(() => String, { nullable: true, description: "The partner's work contact (office phone or e-mail)" })
  workContact!: string | null;
}

@ObjectType({ description: 'A home visit or meeting planned in the plan; unmatched by a follow-up by its date it is a due item (PLAN)' })
export class PlannedContact {
  @Field(() => ID, { description: 'The planned contact' })
  id!: string;
  caseId!: string;
  agencyId!: string | null;
  @Field(() => PlannedContactKind, { nullable: true, description: 'Home visit or meeting' })
  kind!: PlannedContactKind;
  @Field(() => LocalDate, { nullable: true, description: 'The day planned' })
  plannedOn!: string;
  @Field(() => String, { nullable: true, description: 'Who takes part besides the agency' })
  participants!: string | null;
}

@ObjectType({ description: "The client's agreement with the plan, or refusal (PLAN)" })
export class PlanAgreement {
  caseId!: string;
  @Field(() => AgreementStatus, { nullable: true, description: 'Agreed, refused, not yet, or recorded before the rule' })
  status!: AgreementStatus;
  @Field(() => LocalDate, { nullable: true, description: 'The day of the answer' })
  on!: string | null;
  @Field(() => AgreementBy, { nullable: true, description: 'The client or the legal representative' })
  by!: AgreementBy | null;
  @Field(() => String, { nullable: true, description: 'Why the plan was refused' })
  refusalReason!: string | null;
}

@ObjectType({ description: "The review's evaluation of the plan: the client's cooperation (PLAN)" })
export class PlanEvaluation {
  caseId!: string;
  @Field(() => LocalDate, { nullable: true, description: 'The day of the evaluation' })
  evaluatedOn!: string;
  @Field(() => ClientCooperation, { nullable: true, description: "The client's cooperation" })
  clientCooperation!: ClientCooperation;
  @Field(() => String, { nullable: true, description: 'What the review says' })
  note!: string | null;
}
