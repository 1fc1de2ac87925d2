import { Field, Int, ObjectType } from 'type-graphql';
import { Category } from '../kernel/categories';
import { DateTime, LocalDate } from '../kernel/scalars';
import { FollowUpCategory, FollowUpKind } from './follow-up.entity';

/**
 * What a correction of a follow-up replaced (follow_up_revision): the entry as it was at `version`.
 * Each revision is filed under its own category (a correction may refile an entry), and is shown
 * only to those who may read that category as well as the follow-up's current one.
 */
@ObjectType({ description: 'A follow-up as it was before a correction replaced it; shown only where its own category is readable' })
export class FollowUpRevision {
  followUpId!: string;

  caseId!: string;

  @Field(() => Int, { nullable: true, description: 'The version this text was; the correction made the next one' })
  version!: number;

  @Field(() => FollowUpKind, { nullable: true })
  kind!: FollowUpKind;

  @Field(() => LocalDate, { nullable: true })
  occurredOn!: string;

  @Field(() => String, { nullable: true })
  summary!: string;

  @Field(() => String, { nullable: true })
  recommendations!: string | null;

  @Field(() => FollowUpCategory, { nullable: true, description: 'The category the entry was filed under at this version' })
  category!: Category;

  @Field(() => String, { nullable: true, description: 'Who made the correction that replaced this version' })
  replacedByUserId!: string;

  @Field(() => DateTime, { nullable: true })
  replacedAt!: Date;
}
