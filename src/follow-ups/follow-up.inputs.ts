import { Field, ID, InputType } from 'type-graphql';
import { Category } from '../access/categories';
import { LocalDate } from '../graphql/scalars';
import { FollowUpKind } from './follow-up.entity';

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

  @Field(() => Category, { defaultValue: Category.FOLLOW_UP, description: 'FOLLOW_UP, HEALTH, SAFETY or FAMILY' })
  category!: Category;
}
