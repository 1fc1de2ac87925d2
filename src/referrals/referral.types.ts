import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { TargetGroup } from '../cases';
import { PageInfo } from '../kernel/connection';
import { CaseRole } from '../kernel/principal';
import { DateTime, LocalDate } from '../kernel/scalars';

export enum ReferralStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  /** pending past its time: it can no longer be accepted */
  EXPIRED = 'EXPIRED',
}
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });

/**
 * A referral of a case to an agency for a role (nosūtījums). The receiving agency sees the minimum
 * it needs to decide — target group, municipality, role, reason — and the case only once it accepts.
 */
@ObjectType({ description: 'A referral of a case to an agency for a role; the receiving agency sees the case once it accepts' })
export class Referral {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'For the referring agency always; for the receiving one once it accepted' })
  caseId!: string | null;

  fromAgencyId!: string;

  toAgencyId!: string;

  @Field(() => CaseRole)
  role!: CaseRole;

  @Field(() => TargetGroup)
  targetGroup!: TargetGroup;

  @Field({ description: "The responsible municipality's code" })
  municipalityCode!: string;

  @Field()
  reason!: string;

  @Field(() => LocalDate)
  proposedFrom!: string;

  @Field(() => ReferralStatus)
  status!: ReferralStatus;

  @Field(() => DateTime)
  referredAt!: Date;

  @Field(() => DateTime)
  expiresAt!: Date;

  @Field(() => String, { nullable: true })
  declineReason!: string | null;
}

@ObjectType()
export class ReferralEdge {
  @Field()
  cursor!: string;

  @Field(() => Referral)
  node!: Referral;
}

@ObjectType({ description: 'Referrals received by (or sent from) the caller\'s agency, newest first' })
export class ReferralConnection {
  @Field(() => [ReferralEdge])
  edges!: ReferralEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

export enum ReferralDirection {
  RECEIVED = 'RECEIVED',
  SENT = 'SENT',
}
registerEnumType(ReferralDirection, { name: 'ReferralDirection' });

@InputType()
export class ReferInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'The agency referred to' })
  agencyCode!: string;

  @Field(() => CaseRole, { description: 'The role it would take: not CASE_MANAGER (transfer) nor EMERGENCY' })
  role!: CaseRole;

  @Field()
  reason!: string;

  @Field(() => LocalDate, { nullable: true, description: 'From when it would take part; defaults to today' })
  proposedFrom?: string | null;
}
