import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../kernel/connection';
import { DateTime } from '../kernel/scalars';

/** The data protection officer's verdict on an emergency access. */
export enum EmergencyVerdict {
  JUSTIFIED = 'JUSTIFIED',
  NOT_JUSTIFIED = 'NOT_JUSTIFIED',
}
registerEnumType(EmergencyVerdict, { name: 'EmergencyVerdict' });

/**
 * An emergency access (ārkārtas piekļuve): a time-limited involvement with the role EMERGENCY,
 * its written justification, and its review. Shown whole to the agency that asked for it and to
 * the managing social service's data protection officer.
 */
@ObjectType({ description: 'A time-limited emergency access to a case, its justification and its review' })
export class EmergencyAccess {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The case reached; read it with the purpose EMERGENCY until the access expires' })
  caseId!: string;

  agencyId!: string;

  @Field({ description: 'The user who asked for it (the token subject)' })
  userId!: string;

  @Field()
  justification!: string;

  @Field(() => DateTime)
  requestedAt!: Date;

  @Field(() => DateTime)
  expiresAt!: Date;

  @Field(() => DateTime, { description: 'When the review is due (72 hours after the request)' })
  reviewDueAt!: Date;

  @Field(() => EmergencyVerdict, { nullable: true })
  verdict!: EmergencyVerdict | null;

  @Field(() => String, { nullable: true })
  reviewNote!: string | null;

  @Field(() => String, { nullable: true })
  reviewedByUserId!: string | null;

  @Field(() => DateTime, { nullable: true })
  reviewedAt!: Date | null;

  @Field({ description: 'Not reviewed and past its review date' })
  reviewOverdue!: boolean;
}

@ObjectType()
export class EmergencyAccessEdge {
  @Field()
  cursor!: string;

  @Field(() => EmergencyAccess)
  node!: EmergencyAccess;
}

@ObjectType({ description: 'Emergency accesses to the cases the caller manages, newest first' })
export class EmergencyAccessConnection {
  @Field(() => [EmergencyAccessEdge])
  edges!: EmergencyAccessEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@InputType()
export class RequestEmergencyAccessInput {
  @Field({ description: 'The personal code of the person in crisis' })
  personalCode!: string;

  @Field({ description: 'Why the case is needed now, at least 20 characters; the data protection officer reviews it' })
  justification!: string;
}

@InputType()
export class ReviewEmergencyAccessInput {
  @Field(() => ID)
  id!: string;

  @Field(() => EmergencyVerdict)
  verdict!: EmergencyVerdict;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
