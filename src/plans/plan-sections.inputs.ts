import { Field, InputType, Int } from 'type-graphql';
import { LocalDate } from '../kernel/scalars';
import {
  AgreementAnswer, AgreementBy, ClientCooperation, DisabilityGroup, EducationStage, EmploymentStatus, FamilyRelation, GoalOutcome,
  PartnerKind, PersonRole, PlannedContactKind,
} from './plan-sections.types';

@InputType({ description: 'A medicine with its dose' })
export class PlanMedicationInput {
  @Field({ description: 'The medicine' })
  name!: string;

  @Field({ description: 'Dose and how often' })
  dose!: string;
}

@InputType({ description: 'The HEALTH section: disability group and validity, medication, treatment and rehabilitation' })
export class PlanHealthInput {
  @Field(() => DisabilityGroup, { nullable: true, description: 'Disability group, if any' })
  disabilityGroup?: DisabilityGroup;

  @Field(() => LocalDate, { nullable: true, description: 'Last day the disability group is valid (only with a group)' })
  disabilityValidUntil?: string;

  @Field(() => [PlanMedicationInput], { defaultValue: [], description: 'Medication with dose' })
  medications!: PlanMedicationInput[];

  @Field({ nullable: true, description: 'Treatment and rehabilitation' })
  treatmentAndRehabilitation?: string;

  @Field({ nullable: true, description: 'Physical and mental health, described' })
  description?: string;
}

@InputType({ description: 'A family member or support person' })
export class PlanPersonInput {
  @Field({ description: "The person's name" })
  name!: string;

  @Field(() => FamilyRelation, { description: 'How the person is related to the client' })
  relation!: FamilyRelation;

  @Field(() => PersonRole, { description: 'What the person is for the client' })
  role!: PersonRole;

  @Field({ nullable: true, description: 'How and how often the client is in contact with the person' })
  contactArrangement?: string;
}

@InputType({ description: 'The FAMILY section: people, birth family, contact arrangements, support for the family' })
export class PlanFamilyInput {
  @Field(() => [PlanPersonInput], { defaultValue: [], description: 'Family members, support persons, birth family, siblings' })
  people!: PlanPersonInput[];

  @Field({ nullable: true, description: 'The birth family' })
  birthFamily?: string;

  @Field({ nullable: true, description: 'Contact arrangements with the birth family and siblings' })
  contactArrangements?: string;

  @Field({ nullable: true, description: 'Support for the family' })
  familySupport?: string;
}

@InputType({ description: "The CHILD_VOICE section: the child's own opinion" })
export class PlanChildVoiceInput {
  @Field({ nullable: true, description: "The child's opinion on the plan" })
  opinionOnPlan?: string;

  @Field({ nullable: true, description: "The child's opinion on the best-suited family" })
  opinionOnFamily?: string;
}

@InputType({ description: 'Education' })
export class PlanEducationInput {
  @Field(() => EducationStage, { description: 'Stage of education' })
  stage!: EducationStage;

  @Field({ nullable: true, description: 'School or institution' })
  school?: string;

  @Field({ nullable: true, description: 'What the plan says about education' })
  description?: string;
}

@InputType({ description: "An adult's employment" })
export class PlanEmploymentInput {
  @Field(() => EmploymentStatus, { description: 'Employment status' })
  status!: EmploymentStatus;

  @Field({ nullable: true, description: 'What the plan says about employment' })
  description?: string;
}

@InputType({ description: "An adult's support volume and care level" })
export class PlanSupportVolumeInput {
  @Field(() => Int, { nullable: true, description: 'Care level I–IV as 1–4' })
  careLevel?: number;

  @Field({ description: 'The support volume, described' })
  description!: string;
}

@InputType({ description: 'A cooperation partner outside the hub' })
export class CooperationPartnerInput {
  @Field({ description: 'The organisation' })
  organisation!: string;

  @Field(() => PartnerKind, { description: 'Kind of partner' })
  kind!: PartnerKind;

  @Field({ description: 'What the partner does for the client' })
  role!: string;

  @Field({ nullable: true, description: "The partner's work contact (office phone or e-mail), never a private one" })
  workContact?: string;
}

@InputType({ description: 'A planned home visit or meeting' })
export class PlannedContactInput {
  @Field(() => PlannedContactKind, { description: 'Home visit or meeting' })
  kind!: PlannedContactKind;

  @Field(() => LocalDate, { description: 'The day planned' })
  plannedOn!: string;

  @Field({ nullable: true, description: 'Code of the agency that makes it (the case manager when absent)' })
  agencyCode?: string;

  @Field({ nullable: true, description: 'Who else takes part' })
  participants?: string;
}

@InputType({ description: "The client's answer to the plan" })
export class PlanAgreementInput {
  @Field(() => AgreementAnswer, { description: 'Agreed or refused' })
  status!: AgreementAnswer;

  @Field(() => LocalDate, { description: 'The day of the answer (not in the future)' })
  on!: string;

  @Field(() => AgreementBy, { description: 'The client or the legal representative' })
  by!: AgreementBy;

  @Field({ nullable: true, description: 'Why the plan was refused (required with REFUSED)' })
  refusalReason?: string;
}

/** The sections of a plan; a section left out is not written (a section given replaces the one there). */
@InputType({ description: "A plan's sections, each written under its own category; those left out are not changed" })
export class PlanSectionsInput {
  @Field(() => PlanHealthInput, { nullable: true, description: 'The HEALTH section' })
  health?: PlanHealthInput;

  @Field(() => PlanFamilyInput, { nullable: true, description: 'The FAMILY section' })
  family?: PlanFamilyInput;

  @Field(() => PlanChildVoiceInput, { nullable: true, description: 'The CHILD_VOICE section' })
  childVoice?: PlanChildVoiceInput;

  @Field({ nullable: true, description: 'The PLACEMENT section: the placement conditions' })
  placementConditions?: string;

  @Field(() => PlanEducationInput, { nullable: true, description: 'Education' })
  education?: PlanEducationInput;

  @Field(() => PlanEmploymentInput, { nullable: true, description: "An adult's employment" })
  employment?: PlanEmploymentInput;

  @Field({ nullable: true, description: 'Wishes and interests' })
  wishesAndInterests?: string;

  @Field(() => PlanSupportVolumeInput, { nullable: true, description: "An adult's support volume and care level" })
  supportVolume?: PlanSupportVolumeInput;

  @Field(() => [CooperationPartnerInput], { nullable: true, description: 'Cooperation partners outside the hub' })
  cooperationPartners?: CooperationPartnerInput[];

  @Field(() => PlanAgreementInput, { nullable: true, description: "The client's agreement or refusal" })
  agreement?: PlanAgreementInput;
}

@InputType({ description: "One goal's evaluation" })
export class GoalEvaluationInput {
  @Field(() => Int, { description: 'Position (1-based) of the goal in the plan' })
  goalPosition!: number;

  @Field(() => GoalOutcome, { description: 'The outcome' })
  outcome!: GoalOutcome;

  @Field({ nullable: true, description: 'What the review says of the goal' })
  note?: string;
}

@InputType({ description: "A review's evaluation of the plan in force: every goal and the client's cooperation" })
export class EvaluatePlanInput {
  @Field(() => LocalDate, { description: 'The day of the review (not in the future)' })
  evaluatedOn!: string;

  @Field(() => ClientCooperation, { description: "The client's cooperation" })
  clientCooperation!: ClientCooperation;

  @Field({ nullable: true, description: 'What the review says' })
  note?: string;

  @Field(() => [GoalEvaluationInput], { description: 'Every goal of the plan, once' })
  goals!: GoalEvaluationInput[];
}
