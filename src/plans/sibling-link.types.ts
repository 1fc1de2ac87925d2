import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTime } from '../kernel/scalars';

/** A link between the cases of siblings (brāļi un māsas), recorded by a case manager (FAMILY). */
@ObjectType({ description: "A link to a sibling's case: shown only to a reader who may read FAMILY on both cases" })
export class SiblingLink {
  @Field(() => ID, { description: 'The link' })
  id!: string;
  /** the case the link is read from */
  caseId!: string;
  @Field(() => ID, { nullable: true, description: "The sibling's case" })
  siblingCaseId!: string;
  recordedByAgencyId!: string;
  @Field(() => DateTime, { nullable: true, description: 'When the link was recorded' })
  recordedAt!: Date;
}

@InputType({ description: 'Two siblings whose cases are linked' })
export class LinkSiblingCasesInput {
  @Field(() => ID, { description: 'The case the caller manages' })
  caseId!: string;

  @Field(() => ID, { description: "The sibling's case (the caller must be able to read its FAMILY data)" })
  siblingCaseId!: string;
}
