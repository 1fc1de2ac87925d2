import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTime } from '../kernel/scalars';
import { ReferralStatus } from './referral.types';

@InputType({ description: "Asks the social service of the client's new municipality to take the case over (it accepts or declines)" })
export class TransferCaseInput {
  @Field(() => ID, { description: 'The case to hand over' })
  caseId!: string;

  @Field({ description: 'The municipality the client has moved to' })
  toMunicipalityCode!: string;

  @Field({ description: 'Why the case moves; the receiving service reads it to decide' })
  reason!: string;
}

@InputType({ description: "The receiving service's own staff member who becomes the case worker as it accepts a transfer" })
export class TransferCaseWorkerInput {
  @Field({ description: "The staff member's user id (token subject) in the receiving agency" })
  userId!: string;

  @Field(() => String, { nullable: true, description: 'Registers a user the hub does not know yet in the receiving agency, by this name' })
  name?: string | null;
}

/**
 * A requested handover of a case (lietas nodošana) to the social service of the client's new
 * municipality: a referral of the case-manager role, answered with acceptReferral, declineReferral
 * or withdrawReferral. The case stays with its manager until the receiving service accepts.
 */
@ObjectType({ description: 'A requested handover of a case to the social service of another municipality; it takes effect once accepted' })
export class CaseTransfer {
  @Field(() => ID, { description: 'The request: the referral the receiving service answers (acceptReferral, declineReferral)' })
  id!: string;

  @Field(() => ID, { description: 'The case' })
  caseId!: string;

  fromAgencyId!: string;
  toAgencyId!: string;

  @Field(() => ReferralStatus, { description: 'PENDING until the receiving service answers' })
  status!: ReferralStatus;

  @Field(() => DateTime, { description: 'When the transfer was requested' })
  at!: Date;

  @Field(() => DateTime, { description: 'When the request expires unanswered' })
  expiresAt!: Date;
}
