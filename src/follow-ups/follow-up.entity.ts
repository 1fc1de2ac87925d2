import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../kernel/node';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Category } from '../kernel/categories';
import { DateTime, LocalDate } from '../kernel/scalars';

export enum FollowUpKind {
  HOME_VISIT = 'HOME_VISIT',
  MEETING = 'MEETING',
  PHONE = 'PHONE',
  /** situācijas izvērtējums, e.g. the previous provider's quarterly review */
  SITUATION_REVIEW = 'SITUATION_REVIEW',
  CRISIS = 'CRISIS',
  POST_CLOSURE_MONITORING = 'POST_CLOSURE_MONITORING',
}
registerEnumType(FollowUpKind, { name: 'FollowUpKind' });

/** The categories an author may file a follow-up under (ACCESS.md): a subset of the policy's categories. */
export enum FollowUpCategory {
  FOLLOW_UP = Category.FOLLOW_UP,
  HEALTH = Category.HEALTH,
  SAFETY = Category.SAFETY,
  FAMILY = Category.FAMILY,
}
/** The policy category a follow-up category stands for (same name). */
export function policyCategory(category: FollowUpCategory): Category {
  return Category[category as keyof typeof Category];
}
registerEnumType(FollowUpCategory, { name: 'FollowUpCategory', description: 'What a follow-up is about; decides who may read it' });

/** A recorded visit, meeting, call or situation review (sekošana / situācijas izvērtējums). */
@ObjectType({ implements: Node, description: 'A recorded visit, meeting, call or situation review' })
@Entity('follow_up')
export class FollowUp {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @Field(() => FollowUpKind, { nullable: true })
  @Column({ type: 'text' })
  kind!: FollowUpKind;

  @Field(() => LocalDate, { nullable: true })
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ name: 'author_agency_id', type: 'uuid' })
  authorAgencyId!: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'author_user_id' })
  authorUserId!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text' })
  summary!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  recommendations!: string | null;

  @Field(() => FollowUpCategory, { nullable: true, description: 'Chosen by the author; decides who may read the entry' })
  @Column({ type: 'text' })
  category!: Category;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Field(() => DateTime, { nullable: true })
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Field(() => Boolean, { nullable: true, description: 'Dated before the case was opened (allowed within BACKDATE_WINDOW_DAYS, and flagged)' })
  @Column({ name: 'before_case_opened', type: 'boolean', default: false })
  beforeCaseOpened!: boolean;

  @Field(() => DateTime, { nullable: true })
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
