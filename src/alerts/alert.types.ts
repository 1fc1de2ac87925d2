import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Category } from '../kernel/categories';
import { PageInfo } from '../kernel/connection';
import { DateTime, LocalDate } from '../kernel/scalars';

export enum AlertKind {
  /** a follow-up of kind CRISIS was recorded: to the case manager and the orphan court */
  CRISIS_FOLLOW_UP = 'CRISIS_FOLLOW_UP',
  /** a due item passed its date: to the agency responsible for it (the case manager when none) */
  OVERDUE = 'OVERDUE',
  /** a support plan drafted by another agency (the assessment team) waits for the case manager's decision */
  PLAN_DRAFTED = 'PLAN_DRAFTED',
  /** a referral waits for the receiving agency's answer: to that agency, without the case until it accepts */
  REFERRAL_PENDING = 'REFERRAL_PENDING',
  /** a transfer waits for the receiving social service's answer: to that service, without the case until it accepts */
  TRANSFER_PENDING = 'TRANSFER_PENDING',
  /** a closure of the case waits for approval: to the managing social service's MANAGERs */
  CLOSURE_PENDING = 'CLOSURE_PENDING',
}
registerEnumType(AlertKind, {
  name: 'AlertKind',
  description: 'What raised an alert',
  valuesConfig: {
    CRISIS_FOLLOW_UP: { description: 'A follow-up of kind CRISIS was recorded' },
    OVERDUE: { description: 'A due item passed its date' },
    PLAN_DRAFTED: { description: "A support plan drafted by another agency waits for the case manager's decision" },
    REFERRAL_PENDING: { description: "A referral waits for the receiving agency's answer (the case is shown once accepted)" },
    TRANSFER_PENDING: { description: "A transfer waits for the receiving social service's answer (the case is shown once accepted)" },
    CLOSURE_PENDING: { description: 'A closure of the case waits for the approval of a MANAGER of the managing social service' },
  },
});

/** Something an agency should act on, in its inbox. It never carries more than its recipient could query. */
@ObjectType({ description: 'Something an agency should act on; shown only where the recipient may read its category' })
export class Alert {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The case; null in an alert about a referral or transfer to decide on (the case is shown once accepted)' })
  caseId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The referral or transfer to decide on (referrals, acceptReferral, declineReferral)' })
  referralId!: string | null;

  @Field(() => AlertKind, { nullable: true })
  kind!: AlertKind;

  @Field(() => String, { nullable: true, description: "What it is about: the due item's kind, the follow-up's, the role referred, or the closing state" })
  subject!: string;

  @Field(() => Category, { nullable: true })
  category!: Category;

  @Field(() => LocalDate, { nullable: true, description: 'For an overdue item: the date it was due' })
  dueOn!: string | null;

  @Field(() => DateTime, { nullable: true })
  raisedAt!: Date;

  @Field(() => Boolean, { nullable: true, description: 'Read by the caller' })
  read!: boolean;
}

@ObjectType()
export class AlertEdge {
  @Field()
  cursor!: string;

  @Field(() => Alert)
  node!: Alert;
}

@ObjectType({ description: "The caller's agency's alerts, newest first" })
export class AlertConnection {
  @Field(() => [AlertEdge])
  edges!: AlertEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
