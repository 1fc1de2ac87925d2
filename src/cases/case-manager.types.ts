import { Field, ObjectType } from 'type-graphql';

/** The social worker responsible for the case (lietas vadītājs), by name and work contact. */
@ObjectType({ description: 'The social worker responsible for the case (lietas vadītājs)' })
export class CaseManager {
  caseId!: string;
  agencyId!: string;

  @Field(() => String, { nullable: true })
  userId!: string;

  @Field(() => String, { nullable: true })
  name!: string;

  @Field(() => String, { nullable: true })
  workEmail!: string | null;

  @Field(() => String, { nullable: true })
  workPhone!: string | null;
}
