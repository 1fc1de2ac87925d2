import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../kernel/scalars';
import { PlannedContactInput, PlanSectionsInput } from './plan-sections.inputs';
import { ServiceType } from './service-type';
import { PlanStatus, PreparationVisitPlace, ServicePeriod, ServiceUnit, TaskStatus } from './support-plan.entity';

@InputType()
export class PlanGoalInput {
  @Field()
  description!: string;
}

@InputType()
export class PlanTaskInput {
  @Field(() => Int, { nullable: true, description: 'Position (1-based) of the goal in `goals` the task serves' })
  goalPosition?: number;

  @Field()
  description!: string;

  @Field(() => LocalDate, { nullable: true })
  deadline?: string;

  @Field({ nullable: true })
  expectedResult?: string;

  @Field({ nullable: true, description: 'Code of the responsible agency' })
  responsibleAgencyCode?: string;

  @Field(() => TaskStatus, { defaultValue: TaskStatus.PLANNED })
  status!: TaskStatus;

  @Field({ defaultValue: false, description: "A task of the individual transition plan (preparing the client's move)" })
  forTransition!: boolean;
}

@InputType({ description: 'A member of the transition team' })
export class TransitionTeamMemberInput {
  @Field({ description: "Code of the member's agency" })
  agencyCode!: string;

  @Field({ nullable: true })
  memberName?: string;

  @Field({ description: 'What the member does in the transition' })
  role!: string;
}

@InputType({ description: 'A preparation visit planned before the move' })
export class PreparationVisitInput {
  @Field(() => LocalDate)
  plannedOn!: string;

  @Field(() => PreparationVisitPlace)
  place!: PreparationVisitPlace;

  @Field({ nullable: true })
  description?: string;
}

@InputType()
export class PlanServiceInput {
  @Field(() => ServiceType)
  serviceType!: ServiceType;

  @Field({ nullable: true, description: 'Code of the providing agency' })
  providerAgencyCode?: string;

  @Field(() => Float)
  volume!: number;

  @Field(() => ServiceUnit)
  unit!: ServiceUnit;

  @Field(() => ServicePeriod, { defaultValue: ServicePeriod.MONTH })
  period!: ServicePeriod;
}

@InputType({ description: 'A new version of the support plan; ACTIVE supersedes the current plan' })
export class SaveSupportPlanInput extends PlanSectionsInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => PlanStatus, { defaultValue: PlanStatus.DRAFT, description: 'DRAFT or ACTIVE' })
  status!: PlanStatus;

  @Field({ nullable: true })
  problem?: string;

  @Field(() => LocalDate)
  validFrom!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Defaults to, and may not be later than, 12 months after validFrom' })
  reviewDueOn?: string;

  @Field(() => [PlanGoalInput], { defaultValue: [] })
  goals!: PlanGoalInput[];

  @Field(() => [PlanTaskInput], { defaultValue: [] })
  tasks!: PlanTaskInput[];

  @Field(() => [PlanServiceInput], { defaultValue: [] })
  services!: PlanServiceInput[];

  @Field(() => [TransitionTeamMemberInput], {
    defaultValue: [],
    description: 'The individual transition plan: the team preparing a move (with tasks marked forTransition and preparation visits)',
  })
  transitionTeam!: TransitionTeamMemberInput[];

  @Field(() => [PreparationVisitInput], { defaultValue: [], description: 'The individual transition plan: preparation visits before the move' })
  preparationVisits!: PreparationVisitInput[];

  @Field(() => [PlannedContactInput], { defaultValue: [], description: 'Planned home visits and meetings' })
  plannedContacts!: PlannedContactInput[];
}
