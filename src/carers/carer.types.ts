import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CarerRelation, CarerStatus } from '../kernel/carers';
import { DateTime, LocalDate } from '../kernel/scalars';
import { FosterForm } from '../placements';

/** What kind of carer (aprūpētājs): the placement types a carer takes children in. */
export enum CarerKind {
  FOSTER_FAMILY = 'FOSTER_FAMILY',
  GUARDIAN = 'GUARDIAN',
  ADOPTER = 'ADOPTER',
  FAMILY_TYPE_HOME = 'FAMILY_TYPE_HOME',
}
registerEnumType(CarerKind, {
  name: 'CarerKind', description: 'What kind of carer',
  valuesConfig: {
    FOSTER_FAMILY: { description: 'Foster family (audžuģimene), with the forms the orphan court recognised' },
    GUARDIAN: { description: 'Guardian (aizbildnis)' },
    ADOPTER: { description: 'Adopter (adoptētājs)' },
    FAMILY_TYPE_HOME: { description: 'Family-type care home (ģimenes tipa aprūpes māja)' },
  },
});

export enum HouseholdRelation {
  CARER = 'CARER',
  PARTNER = 'PARTNER',
  OWN_CHILD = 'OWN_CHILD',
  OTHER_ADULT = 'OTHER_ADULT',
  OTHER_CHILD = 'OTHER_CHILD',
}
registerEnumType(HouseholdRelation, {
  name: 'HouseholdRelation', description: "A household member's place in the carer's household",
  valuesConfig: {
    CARER: { description: 'A carer (audžuvecāks) of the household' },
    PARTNER: { description: "A carer's partner" },
    OWN_CHILD: { description: "The carers' own child" },
    OTHER_ADULT: { description: 'Another adult living in the household' },
    OTHER_CHILD: { description: 'Another child living in the household (not placed by a court)' },
  },
});

export enum TrainingKind {
  INITIAL = 'INITIAL',
  FURTHER = 'FURTHER',
}
registerEnumType(TrainingKind, {
  name: 'TrainingKind', description: 'Which training',
  valuesConfig: {
    INITIAL: { description: 'Initial competence-based training (8A), before the suitability decision' },
    FURTHER: { description: 'Further training while active' },
  },
});

@ObjectType({ description: 'A carer: a foster family, guardian, adopter or family-type home, supported by a support centre' })
export class Carer {
  @Field(() => ID, { description: 'The carer' })
  id!: string;

  supportCentreId!: string;
  municipalityCode!: string;

  @Field(() => [CarerRelation], { description: "How the caller's agency stands to the carer (what it may read follows from it)" })
  myRelations!: CarerRelation[];

  @Field(() => CarerKind, { nullable: true, description: 'What kind of carer' })
  kind!: CarerKind;

  @Field(() => String, { nullable: true, description: "The carer's (family's) name" })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Where the carer lives' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: "The carer's phone" })
  phone!: string | null;

  @Field(() => CarerStatus, { nullable: true, description: "Where the carer is in the support centre's process" })
  status!: CarerStatus;

  @Field(() => LocalDate, { nullable: true, description: 'When the carer first inquired' })
  inquiryOn!: string;

  @Field(() => LocalDate, { nullable: true, description: "The day of the orphan court's suitability decision" })
  suitabilityDecidedOn!: string | null;

  @Field(() => Int, { nullable: true, description: "The row's version; a write names the version it was based on" })
  version!: number;
}

@ObjectType({ description: 'A foster care form the orphan court recognised the family for, by its decision' })
export class CarerForm {
  carerId!: string;
  decidingAgencyId!: string;

  @Field(() => FosterForm, { nullable: true, description: 'The form' })
  form!: FosterForm;

  @Field(() => String, { nullable: true, description: "The orphan court's decision reference" })
  decisionRef!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day of the decision' })
  decidedOn!: string;
}

@ObjectType({ description: "A member of the carer's household" })
export class HouseholdMember {
  @Field(() => ID, { description: 'The member' })
  id!: string;

  carerId!: string;

  @Field(() => String, { nullable: true, description: 'Name' })
  name!: string;

  @Field(() => HouseholdRelation, { nullable: true, description: 'Place in the household' })
  relation!: HouseholdRelation;

  @Field(() => Int, { nullable: true, description: 'Year of birth' })
  birthYear!: number | null;
}

@ObjectType({ description: "One step of the carer's process, with its reason" })
export class CarerTransition {
  @Field(() => ID, { description: 'The step' })
  id!: string;

  carerId!: string;
  agencyId!: string;

  @Field(() => CarerStatus, { nullable: true, description: 'The status before (none for the registration)' })
  from!: CarerStatus | null;

  @Field(() => CarerStatus, { nullable: true, description: 'The status after' })
  to!: CarerStatus;

  @Field(() => String, { nullable: true, description: 'Why (the psychologist opinion, the decision, the reason to pause)' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'The exit interview (izejas intervija), on the exit only' })
  exitInterview!: string | null;

  @Field(() => String, { nullable: true, description: 'Who moved it' })
  userId!: string;

  @Field(() => DateTime, { nullable: true, description: 'When' })
  at!: Date;
}

@ObjectType({ description: "Training hours of a carer" })
export class CarerTraining {
  @Field(() => ID, { description: 'The training' })
  id!: string;

  carerId!: string;

  @Field(() => TrainingKind, { nullable: true, description: 'Initial or further' })
  kind!: TrainingKind;

  @Field(() => Float, { nullable: true, description: 'Hours (a measure, not a count)' })
  hours!: number;

  @Field(() => LocalDate, { nullable: true, description: 'When it was held' })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: 'What it covered' })
  topic!: string | null;
}

@ObjectType({ description: 'A competence assessment over the five competence categories, each 1 (weak) to 5 (strong)' })
export class CompetenceAssessment {
  @Field(() => ID, { description: 'The assessment' })
  id!: string;

  carerId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When assessed' })
  assessedOn!: string;

  @Field(() => Int, { nullable: true, description: 'Child care and protection' })
  careAndProtection!: number;

  @Field(() => Int, { nullable: true, description: "Meeting the child's developmental needs" })
  developmentalNeeds!: number;

  @Field(() => Int, { nullable: true, description: "Supporting the child's relationship with the birth family" })
  birthFamilyRelationship!: number;

  @Field(() => Int, { nullable: true, description: 'Lifelong relationships (permanency)' })
  permanency!: number;

  @Field(() => Int, { nullable: true, description: 'Teamwork' })
  teamwork!: number;

  @Field(() => String, { nullable: true, description: "The assessor's note" })
  note!: string | null;
}

@ObjectType({ description: "The family's development plan (ģimenes attīstības plāns), versioned, with its reviews" })
export class DevelopmentPlan {
  @Field(() => ID, { description: 'The plan version' })
  id!: string;

  carerId!: string;

  @Field(() => Int, { nullable: true, description: 'Version, from 1' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Goals of the family development' })
  goals!: string;

  @Field(() => LocalDate, { nullable: true, description: 'In force from' })
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When it is to be reviewed' })
  reviewDueOn!: string;
}

@ObjectType({ description: "A review of the family's development plan" })
export class DevelopmentReview {
  @Field(() => ID, { description: 'The review' })
  id!: string;

  carerId!: string;
  planId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When reviewed' })
  reviewedOn!: string;

  @Field(() => String, { nullable: true, description: 'What the review found' })
  summary!: string;
}

@InputType({ description: 'A new carer, registered by the support centre that will support it (status INQUIRY)' })
export class RegisterCarerInput {
  @Field(() => CarerKind, { description: 'What kind of carer' })
  kind!: CarerKind;

  @Field({ description: "The carer's (family's) name" })
  name!: string;

  @Field({ nullable: true, description: 'Address' })
  address?: string;

  @Field({ nullable: true, description: 'Phone' })
  phone?: string;

  @Field({ description: 'Code of the municipality where the carer lives' })
  municipalityCode!: string;

  @Field(() => LocalDate, { nullable: true, description: 'When the carer inquired (today when not given)' })
  inquiryOn?: string;
}

@InputType({ description: "Moves a carer along the support centre's process" })
export class TransitionCarerInput {
  @Field(() => ID, { description: 'The carer' })
  carerId!: string;

  @Field(() => CarerStatus, { description: 'The status to move to' })
  to!: CarerStatus;

  @Field({ description: "Why: the step's outcome (the psychologist's opinion, the court's decision, the reason to pause or exit)" })
  reason!: string;

  @Field({ nullable: true, description: 'The exit interview: required when moving to EXITED, refused otherwise' })
  exitInterview?: string;

  @Field(() => Int, { description: "The carer's version the step is based on; a stale one is a CONFLICT" })
  expectedVersion!: number;
}

@InputType({ description: "An orphan court's decision recognising a foster family for a form" })
export class RecognizeCarerFormInput {
  @Field(() => ID, { description: 'The carer (a foster family)' })
  carerId!: string;

  @Field(() => FosterForm, { description: 'The form' })
  form!: FosterForm;

  @Field({ description: "The court's decision reference" })
  decisionRef!: string;

  @Field(() => LocalDate, { description: 'The day of the decision' })
  decidedOn!: string;
}

@InputType({ description: "Training hours of a carer" })
export class RecordCarerTrainingInput {
  @Field(() => ID, { description: 'The carer' })
  carerId!: string;

  @Field(() => TrainingKind, { description: 'Initial or further' })
  kind!: TrainingKind;

  @Field(() => Float, { description: 'Hours, more than 0 and at most 500' })
  hours!: number;

  @Field(() => LocalDate, { description: 'When it was held' })
  heldOn!: string;

  @Field({ nullable: true, description: 'What it covered' })
  topic?: string;
}

@InputType({ description: 'A competence assessment over the five categories, each 1 to 5' })
export class AssessCarerCompetencesInput {
  @Field(() => ID, { description: 'The carer' })
  carerId!: string;

  @Field(() => LocalDate, { description: 'When assessed' })
  assessedOn!: string;

  @Field(() => Int, { description: 'Child care and protection, 1 to 5' })
  careAndProtection!: number;

  @Field(() => Int, { description: "Meeting the child's developmental needs, 1 to 5" })
  developmentalNeeds!: number;

  @Field(() => Int, { description: "Supporting the child's relationship with the birth family, 1 to 5" })
  birthFamilyRelationship!: number;

  @Field(() => Int, { description: 'Lifelong relationships (permanency), 1 to 5' })
  permanency!: number;

  @Field(() => Int, { description: 'Teamwork, 1 to 5' })
  teamwork!: number;

  @Field({ nullable: true, description: "The assessor's note" })
  note?: string;
}

@InputType({ description: "A member of the carer's household" })
export class AddHouseholdMemberInput {
  @Field(() => ID, { description: 'The carer' })
  carerId!: string;

  @Field({ description: 'Name' })
  name!: string;

  @Field(() => HouseholdRelation, { description: 'Place in the household' })
  relation!: HouseholdRelation;

  @Field(() => Int, { nullable: true, description: 'Year of birth' })
  birthYear?: number;
}

@InputType({ description: "A new version of the family's development plan (it supersedes the one before)" })
export class SaveDevelopmentPlanInput {
  @Field(() => ID, { description: 'The carer' })
  carerId!: string;

  @Field({ description: 'Goals of the family development' })
  goals!: string;

  @Field(() => LocalDate, { description: 'In force from' })
  validFrom!: string;

  @Field(() => LocalDate, { description: 'When it is to be reviewed (after validFrom)' })
  reviewDueOn!: string;
}

@InputType({ description: "A review of the family's current development plan" })
export class ReviewDevelopmentPlanInput {
  @Field(() => ID, { description: 'The carer' })
  carerId!: string;

  @Field(() => LocalDate, { description: 'When reviewed' })
  reviewedOn!: string;

  @Field({ description: 'What the review found' })
  summary!: string;
}

@InputType({ description: "The carer's contact as it is now" })
export class UpdateCarerContactInput {
  @Field(() => ID, { description: 'The carer' })
  carerId!: string;

  @Field({ nullable: true, description: 'Address (unchanged when not given)' })
  address?: string;

  @Field({ nullable: true, description: 'Phone (unchanged when not given)' })
  phone?: string;

  @Field(() => Int, { description: "The carer's version the change is based on; a stale one is a CONFLICT" })
  expectedVersion!: number;
}
