import { Field, ID, InputType } from 'type-graphql';
import { CaseRole } from '../kernel/principal';
import { DateTime } from '../kernel/scalars';

@InputType()
export class AddInvolvementInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: "The involved agency's code in the register" })
  agencyCode!: string;

  @Field(() => CaseRole, { description: 'Any role but CASE_MANAGER (a case changes manager only by transfer)' })
  role!: CaseRole;

  @Field({ description: 'The legal basis, e.g. the orphan court decision or the service contract' })
  legalBasis!: string;

  @Field(() => DateTime, { nullable: true, description: 'Defaults to now' })
  validFrom?: Date;

  @Field(() => DateTime, { nullable: true, description: 'PREVIOUS_PROVIDER defaults to 12 months after validFrom' })
  validUntil?: Date;
}
