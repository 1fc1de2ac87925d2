import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTime } from '../kernel/scalars';

@InputType({ description: "Hands the case to the social service of the client's new municipality" })
export class TransferCaseInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'The municipality the client has moved to' })
  toMunicipalityCode!: string;

  @Field()
  reason!: string;
}

/** The handover; the old manager reaches the case no more, so only this is returned. */
@ObjectType({ description: 'A completed handover of a case to another social service' })
export class CaseTransfer {
  @Field(() => ID)
  caseId!: string;

  fromAgencyId!: string;
  toAgencyId!: string;

  @Field(() => DateTime)
  at!: Date;
}
