import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../kernel/node';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateTime, LocalDate } from '../kernel/scalars';
import { AgreementBy, AgreementStatus, ClientCooperation, GoalOutcome, PlannedContact } from './plan-sections.types';
import type { ReadSections } from './plan-sections';
import { ServiceType } from './service-type';

export enum PlanStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  SUPERSEDED = 'SUPERSEDED',
}
export enum TaskStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
export enum ServiceUnit {
  HOUR = 'HOUR',
  DAY = 'DAY',
  SESSION = 'SESSION',
  MONTH = 'MONTH',
}
export enum ServicePeriod {
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
/**
 * Where a preparation visit takes place (004 J4, children): the first meetings in the place the
 * client knows, then short visits to the new place, then overnight stays there. An adult's visits to
 * the new service's premises and staff are NEW_PLACE.
 */
export enum PreparationVisitPlace {
  FAMILIAR_PLACE = 'FAMILIAR_PLACE',
  NEW_PLACE = 'NEW_PLACE',
  OVERNIGHT_STAY = 'OVERNIGHT_STAY',
}
registerEnumType(PlanStatus, { name: 'PlanStatus' });
registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(ServiceUnit, { name: 'ServiceUnit' });
registerEnumType(ServicePeriod, { name: 'ServicePeriod' });
registerEnumType(PreparationVisitPlace, { name: 'PreparationVisitPlace', description: 'Where a preparation visit before a move takes place' });

@ObjectType({ description: 'A goal of a support plan' })
export class PlanGoal {
  @Field(() => ID)
  id!: string;
  caseId!: string;
  @Field(() => Int, { nullable: true })
  position!: number;
  @Field(() => String, { nullable: true })
  description!: string;
  @Field(() => GoalOutcome, { nullable: true, description: "The outcome at the plan's review (null until evaluated)" })
  outcome!: GoalOutcome | null;
  @Field(() => LocalDate, { nullable: true, description: 'The day the goal was evaluated' })
  evaluatedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'What the review says of the goal' })
  evaluationNote!: string | null;
  @Field(() => Boolean, { nullable: true, description: "Carried forward from the previous version's review, not achieved there" })
  carriedForward!: boolean;
}

@ObjectType({ description: 'A concrete task of a support plan, with deadline and expected result' })
export class PlanTask {
  @Field(() => ID)
  id!: string;
  caseId!: string;
  @Field(() => Int, { nullable: true, description: 'Position of the goal the task serves' })
  goalPosition!: number | null;
  @Field(() => Int, { nullable: true })
  position!: number;
  @Field(() => String, { nullable: true })
  description!: string;
  @Field(() => LocalDate, { nullable: true })
  deadline!: string | null;
  @Field(() => String, { nullable: true })
  expectedResult!: string | null;
  responsibleAgencyId!: string | null;
  @Field(() => TaskStatus, { nullable: true })
  status!: TaskStatus;
  @Field(() => Boolean, { nullable: true, description: "A task of the individual transition plan (preparing the client's move)" })
  forTransition!: boolean;
}

@ObjectType({ description: 'A member of the transition team (starpprofesionāļu komanda) preparing the move' })
export class TransitionTeamMember {
  @Field(() => ID)
  id!: string;
  caseId!: string;
  agencyId!: string;
  @Field(() => String, { nullable: true })
  memberName!: string | null;
  @Field(() => String, { nullable: true, description: 'What the member does in the transition (e.g. social worker of the institution, psychologist)' })
  role!: string;
}

@ObjectType({ description: 'A preparation visit planned before the move (004 J4)' })
export class PreparationVisit {
  @Field(() => ID)
  id!: string;
  caseId!: string;
  @Field(() => LocalDate, { nullable: true })
  plannedOn!: string;
  @Field(() => PreparationVisitPlace, { nullable: true })
  place!: PreparationVisitPlace;
  @Field(() => String, { nullable: true })
  description!: string | null;
}

@ObjectType({ description: 'A service in the plan basket: type, provider and volume' })
export class PlanService {
  @Field(() => ID)
  id!: string;
  caseId!: string;
  @Field(() => ServiceType, { nullable: true })
  serviceType!: ServiceType;
  providerAgencyId!: string | null;
  @Field(() => Float, { nullable: true })
  volume!: number;
  @Field(() => ServiceUnit, { nullable: true })
  unit!: ServiceUnit;
  @Field(() => ServicePeriod, { nullable: true })
  period!: ServicePeriod;
}

/** One version of a case's individual support plan (individuālais atbalsta plāns). */
@ObjectType({ implements: Node, description: 'One version of the individual support plan (individuālais atbalsta plāns)' })
@Entity('support_plan')
export class SupportPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer' })
  version!: number;

  @Field(() => PlanStatus, { nullable: true })
  @Column({ type: 'text' })
  status!: PlanStatus;

  @Field(() => String, { nullable: true, description: 'The defined problem the plan addresses' })
  @Column({ type: 'text', nullable: true })
  problem!: string | null;

  @Field(() => LocalDate, { nullable: true })
  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Reassessment due (at least yearly)' })
  @Column({ name: 'review_due_on', type: 'date' })
  reviewDueOn!: string;

  @Column({ name: 'author_agency_id', type: 'uuid' })
  authorAgencyId!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'author_user_id' })
  authorUserId!: string;

  @Field(() => DateTime, { nullable: true })
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true })
  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "When the case manager returned this draft to its author (returnPlan); it stays a DRAFT" })
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true })
  returnedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who of the case manager returned the draft' })
  @Column({ name: 'returned_by_user_id', type: 'text', nullable: true })
  returnedByUserId!: string | null;

  @Field(() => String, { nullable: true, description: "The case manager's reason for returning the draft, for its author" })
  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason!: string | null;

  /** The client's agreement (klienta piekrišana): shown through `agreement`. */
  @Column({ type: 'text' })
  agreement!: AgreementStatus;

  @Column({ name: 'agreement_on', type: 'date', nullable: true })
  agreementOn!: string | null;

  @Column({ name: 'agreement_by', type: 'text', nullable: true })
  agreementBy!: AgreementBy | null;

  @Column({ name: 'agreement_refusal_reason', type: 'text', nullable: true })
  agreementRefusalReason!: string | null;

  /** The review's evaluation: shown through `evaluation`. */
  @Column({ name: 'client_cooperation', type: 'text', nullable: true })
  clientCooperation!: ClientCooperation | null;

  @Column({ name: 'evaluated_on', type: 'date', nullable: true })
  evaluatedOn!: string | null;

  @Column({ name: 'evaluation_note', type: 'text', nullable: true })
  evaluationNote!: string | null;

  /** Filled by the plan loader in the same statement as the plan. */
  goals!: PlanGoal[];
  tasks!: PlanTask[];
  services!: PlanService[];
  /** The individual transition plan: its team and preparation visits (its tasks are those marked forTransition). */
  transitionTeam!: TransitionTeamMember[];
  preparationVisits!: PreparationVisit[];
  plannedContacts!: PlannedContact[];
  /** The sections (plan_section), each shown under its own category. */
  sections!: ReadSections;
  /** The case's target group, whose template says which sections are required. */
  targetGroup!: string;
  /** The sections its template (the synced plan_template register) requires before activation, in the template's order. */
  requiredSections!: string[];
}
