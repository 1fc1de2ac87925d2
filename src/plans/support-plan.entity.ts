import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DateTime, LocalDate } from '../kernel/scalars';
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
registerEnumType(PlanStatus, { name: 'PlanStatus' });
registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(ServiceUnit, { name: 'ServiceUnit' });
registerEnumType(ServicePeriod, { name: 'ServicePeriod' });

@ObjectType({ description: 'A goal of a support plan' })
export class PlanGoal {
  @Field(() => ID)
  id!: string;
  caseId!: string;
  @Field(() => Int, { nullable: true })
  position!: number;
  @Field(() => String, { nullable: true })
  description!: string;
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
@ObjectType({ description: 'One version of the individual support plan (individuālais atbalsta plāns)' })
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

  /** Filled by the plan loader in the same statement as the plan. */
  goals!: PlanGoal[];
  tasks!: PlanTask[];
  services!: PlanService[];
}
