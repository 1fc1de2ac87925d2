import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Category } from '../kernel/categories';
import { PageInfo } from '../kernel/connection';
import { DateTime } from '../kernel/scalars';

/** One audited write of case data, as the feed gives it to an agency that may read it. */
@ObjectType({ description: 'A change to a case the caller may read: what changed (never the values), when, under which categories' })
export class ChangeEvent {
  @Field(() => ID, { description: 'Stable: the audit record of the write (for de-duplication)' })
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => String, { nullable: true, description: 'The kind of row changed: Case, FollowUp, Involvement, SupportPlan, …' })
  entity!: string;

  @Field(() => ID, { nullable: true })
  entityId!: string | null;

  @Field(() => String, { nullable: true, description: 'The kind of change: the operation that made it (addFollowUp, updateFollowUp, …)' })
  operation!: string;

  @Field(() => DateTime, { nullable: true })
  at!: Date;

  @Field(() => [Category], { nullable: true, description: "The change's categories the caller may read (never empty)" })
  categories!: Category[];

  @Field(() => Int, { nullable: true, description: 'The version of the row before the change (none for a new row)' })
  oldVersion!: number | null;

  @Field(() => Int, { nullable: true, description: 'The version of the row after it: apply a change to a row only once, in version order' })
  newVersion!: number | null;
}

@ObjectType()
export class ChangeEdge {
  @Field()
  cursor!: string;

  @Field(() => ChangeEvent)
  node!: ChangeEvent;
}

@ObjectType({ description: 'A page of the change feed, in feed order' })
export class ChangeConnection {
  @Field(() => [ChangeEdge])
  edges!: ChangeEdge[];

  @Field(() => PageInfo, { description: 'Where to go on from: `endCursor` (kept also when a page is empty)' })
  pageInfo!: PageInfo;
}
