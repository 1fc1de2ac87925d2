import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../kernel/scalars';
import { CaseStatus } from './case.entity';

@InputType({ description: 'Moves the case to its next lifecycle state (case manager only)' })
export class TransitionCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => CaseStatus)
  to!: CaseStatus;

  @Field()
  reason!: string;

  @Field(() => Int, { description: 'The case version the decision is based on; a stale one is a CONFLICT' })
  expectedVersion!: number;
}

/** One step of the case's lifecycle history. */
@ObjectType({ description: "One step of the case's lifecycle history" })
export class CaseTransition {
  @Field(() => ID)
  id!: string;

  caseId!: string;
  agencyId!: string;

  @Field(() => CaseStatus, { nullable: true })
  from!: CaseStatus;

  @Field(() => CaseStatus, { nullable: true })
  to!: CaseStatus;

  @Field(() => String, { nullable: true })
  reason!: string;

  @Field(() => DateTime, { nullable: true })
  at!: Date;

  @Field(() => String, { nullable: true })
  userId!: string;
}
