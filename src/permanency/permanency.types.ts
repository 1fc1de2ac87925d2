import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../kernel/scalars';

/** The permanent solution a child's out-of-family care works toward (pastāvīgs risinājums, seed 002). */
export enum PermanencyGoal {
  RETURN_TO_BIRTH_FAMILY = 'RETURN_TO_BIRTH_FAMILY',
  KINSHIP_CARE = 'KINSHIP_CARE',
  GUARDIANSHIP = 'GUARDIANSHIP',
  ADOPTION = 'ADOPTION',
  INDEPENDENT_LIVING = 'INDEPENDENT_LIVING',
  LONG_TERM_FOSTER_CARE = 'LONG_TERM_FOSTER_CARE',
}
registerEnumType(PermanencyGoal, { name: 'PermanencyGoal', description: 'The permanent solution a child in out-of-family care works toward',
  valuesConfig: {
    RETURN_TO_BIRTH_FAMILY: { description: 'Return to the birth family (atgriešanās bioloģiskajā ģimenē)' },
    KINSHIP_CARE: { description: 'Care by relatives (radinieku aprūpe)' },
    GUARDIANSHIP: { description: 'Guardianship (aizbildnība)' },
    ADOPTION: { description: 'Adoption (adopcija)' },
    INDEPENDENT_LIVING: { description: 'Independent living (patstāvīga dzīve)' },
    LONG_TERM_FOSTER_CARE: { description: 'Long-term foster care until adulthood (ilgtermiņa audžuģimene)' },
  } });

/** One decision of the orphan court on a child's permanency plan: the first, or a review; the history is every decision. */
@ObjectType({ description: "The orphan court's decision on a child's permanency plan (pastāvības plāns): the first, or a review" })
export class PermanencyPlan {
  @Field(() => ID, { description: 'The decision' })
  id!: string;

  caseId!: string;
  decidingAgencyId!: string;

  @Field(() => Int, { nullable: true, description: "1 for the case's first decision, then one more with every review" })
  version!: number;

  @Field(() => PermanencyGoal, { nullable: true, description: 'The permanent solution worked toward' })
  goal!: PermanencyGoal;

  @Field(() => LocalDate, { nullable: true, description: 'By when the permanent solution is to be reached; once passed, a PERMANENCY_TARGET due item' })
  targetDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day the court decided' })
  decidedOn!: string;

  @Field(() => String, { nullable: true, description: "The deciding orphan court's decision reference" })
  decisionRef!: string;

  @Field(() => Int, { nullable: true, description: 'The version of the support plan in force whose review this decision went with (null: none)' })
  reviewedWithPlanVersion!: number | null;

  @Field(() => String, { nullable: true, description: 'The user of the deciding court who recorded the decision' })
  decidedByUserId!: string;

  @Field(() => DateTime, { nullable: true, description: 'When the decision was recorded' })
  recordedAt!: Date;
}

@InputType({ description: "An orphan court's decision on the permanency plan of a child in out-of-family care (a first plan, or a review)" })
export class RecordPermanencyPlanInput {
  @Field(() => ID, { description: "The child's case" })
  caseId!: string;

  @Field(() => PermanencyGoal, { description: 'The permanent solution worked toward' })
  goal!: PermanencyGoal;

  @Field(() => LocalDate, { description: 'By when it is to be reached: on or after the decision' })
  targetDate!: string;

  @Field(() => LocalDate, { description: 'The day the court decided: not in the future' })
  decidedOn!: string;

  @Field({ description: "The court's decision reference" })
  decisionRef!: string;

  @Field(() => Int, { nullable: true, description: 'A review: the version of the plan it replaces (a stale one is CONFLICT)' })
  expectedVersion?: number;
}
