import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Category } from '../kernel/categories';
import { PageInfo } from '../kernel/connection';
import { LocalDate } from '../kernel/scalars';

export enum DueItemKind {
  /** support plan reassessment, at least yearly */
  PLAN_REASSESSMENT = 'PLAN_REASSESSMENT',
  /** the previous provider's quarterly situation review, for 12 months after a move */
  SITUATION_REVIEW = 'SITUATION_REVIEW',
  /** a plan task past its deadline */
  TASK_DEADLINE = 'TASK_DEADLINE',
  /** a monitoring visit after closure, quarterly */
  MONITORING_VISIT = 'MONITORING_VISIT',
  /** a child's stay in an institution nearing or past its limit */
  INSTITUTION_STAY_LIMIT = 'INSTITUTION_STAY_LIMIT',
  /** an emergency access its data protection officer has not reviewed within 72 hours */
  EMERGENCY_REVIEW = 'EMERGENCY_REVIEW',
  /** a child in care whose permanency plan's target date has passed */
  PERMANENCY_TARGET = 'PERMANENCY_TARGET',
  /** the repeated needs assessment after a move from an institution to the community */
  REASSESSMENT_AFTER_MOVE = 'REASSESSMENT_AFTER_MOVE',
  /** a home visit or meeting of the plan in force that no follow-up of its kind matched by its planned day */
  PLANNED_CONTACT = 'PLANNED_CONTACT',
}
registerEnumType(DueItemKind, { name: 'DueItemKind', description: 'What a monitoring rule says is due', valuesConfig: {
  PERMANENCY_TARGET: { description: "A child still in care after the permanency plan's target date (shown once it has passed); the deciding orphan court's" },
  REASSESSMENT_AFTER_MOVE: { description: 'The repeated needs assessment 3 months after a move from an institution, until an assessment is recorded' },
  PLANNED_CONTACT: { description: 'A planned home visit or meeting that no follow-up of its kind matched by its day' },
} });

/** Something a monitoring rule says is due on a case (its due date kept on write, in due_date). */
@ObjectType({ description: 'Something a monitoring rule says is due on a case' })
export class DueItem {
  @Field(() => ID, { description: 'Stable: the kind and the row it is about' })
  id!: string;

  @Field(() => ID)
  caseId!: string;

  /** The category of what the item is about; it is shown only to those who may read that. */
  category!: Category;
  responsibleAgencyId!: string;

  @Field(() => DueItemKind, { nullable: true })
  kind!: DueItemKind;

  @Field(() => LocalDate, { nullable: true })
  dueOn!: string;

  @Field(() => Int, { nullable: true, description: 'Days past the due date; negative while it is still ahead' })
  daysOverdue!: number;
}

@ObjectType()
export class DueItemEdge {
  @Field()
  cursor!: string;

  @Field(() => DueItem)
  node!: DueItem;
}

@ObjectType({ description: 'A page of due items, earliest first' })
export class DueItemConnection {
  @Field(() => [DueItemEdge])
  edges!: DueItemEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@InputType()
export class DueItemFilter {
  @Field(() => [DueItemKind], { nullable: true })
  kinds?: DueItemKind[];

  @Field(() => LocalDate, { nullable: true, description: 'The day to judge by; defaults to today' })
  asOf?: string;

  @Field({ defaultValue: false, description: "Only items the caller's agency is responsible for" })
  responsibleOnly!: boolean;
}
