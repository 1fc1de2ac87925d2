import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTime, LocalDate } from '../kernel/scalars';

/** An orphan court's decision extending a child's institution stay beyond the rule's limit. */
@ObjectType({ description: "An orphan court's decision extending a child's institution stay limit" })
export class StayLimitException {
  @Field(() => ID)
  id!: string;

  caseId!: string;
  placementId!: string;
  decidingAgencyId!: string;

  @Field(() => String, { nullable: true, description: "The deciding orphan court's decision reference" })
  decisionRef!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The stay limit from this decision on' })
  newLimitOn!: string;

  @Field(() => String, { nullable: true, description: 'The user of the deciding court who recorded the decision' })
  decidedByUserId!: string;

  @Field(() => DateTime, { nullable: true })
  recordedAt!: Date;
}

@InputType({ description: "An orphan court's decision extending a child's institution stay (at most 6 months under 4, a year from 4)" })
export class RecordStayLimitExceptionInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { description: "The child's institution placement" })
  placementId!: string;

  @Field({ description: "The court's decision reference" })
  decisionRef!: string;

  @Field(() => LocalDate, { description: 'The new limit: later than the current one, and at most 6 months (under 4) or a year after the stay began' })
  newLimitOn!: string;
}
