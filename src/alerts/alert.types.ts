import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Category } from '../kernel/categories';
import { PageInfo } from '../kernel/connection';
import { DateTime, LocalDate } from '../kernel/scalars';

export enum AlertKind {
  /** a follow-up of kind CRISIS was recorded: to the case manager and the orphan court */
  CRISIS_FOLLOW_UP = 'CRISIS_FOLLOW_UP',
  /** a due item passed its date: to the agency responsible for it (the case manager when none) */
  OVERDUE = 'OVERDUE',
  /** a support plan drafted by another agency (the assessment team) waits for the case manager's decision */
  PLAN_DRAFTED = 'PLAN_DRAFTED',
}
registerEnumType(AlertKind, { name: 'AlertKind' });

/** Something an agency should act on, in its inbox. It never carries more than its recipient could query. */
@ObjectType({ description: 'Something an agency should act on; shown only where the recipient may read its category' })
export class Alert {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => AlertKind, { nullable: true })
  kind!: AlertKind;

  @Field(() => String, { nullable: true, description: "What it is about: the due item's kind, or the follow-up's" })
  subject!: string;

  @Field(() => Category, { nullable: true })
  category!: Category;

  @Field(() => LocalDate, { nullable: true, description: 'For an overdue item: the date it was due' })
  dueOn!: string | null;

  @Field(() => DateTime, { nullable: true })
  raisedAt!: Date;

  @Field(() => Boolean, { nullable: true, description: 'Read by the caller' })
  read!: boolean;
}

@ObjectType()
export class AlertEdge {
  @Field()
  cursor!: string;

  @Field(() => Alert)
  node!: Alert;
}

@ObjectType({ description: "The caller's agency's alerts, newest first" })
export class AlertConnection {
  @Field(() => [AlertEdge])
  edges!: AlertEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
