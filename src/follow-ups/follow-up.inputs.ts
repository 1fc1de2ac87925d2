import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../kernel/scalars';
import { FollowUpCategory, FollowUpKind } from './follow-up.entity';

@InputType()
export class AddFollowUpInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => FollowUpKind)
  kind!: FollowUpKind;

  @Field(() => LocalDate, { description: 'When it happened; not in the future' })
  occurredOn!: string;

  @Field()
  summary!: string;

  @Field({ nullable: true })
  recommendations?: string;

  @Field(() => FollowUpCategory, { defaultValue: FollowUpCategory.FOLLOW_UP })
  category!: FollowUpCategory;
}

@InputType({ description: 'A correction of a follow-up; the replaced text stays in its history' })
export class UpdateFollowUpInput {
  @Field(() => Int, { description: 'The version the correction is based on; a stale one is a CONFLICT' })
  expectedVersion!: number;

  @Field(() => FollowUpKind, { nullable: true })
  kind?: FollowUpKind;

  @Field(() => LocalDate, { nullable: true })
  occurredOn?: string;

  @Field({ nullable: true })
  summary?: string;

  @Field({ nullable: true })
  recommendations?: string;

  @Field(() => FollowUpCategory, { nullable: true })
  category?: FollowUpCategory;
}
