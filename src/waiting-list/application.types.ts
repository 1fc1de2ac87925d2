import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, LocalDate } from '../kernel/scalars';
import { ServiceType } from '../plans';

/** Long-term care a client may wait for (ilgstoša sociālā aprūpe, seed 004). */
export enum LongTermCareService {
  STATE_SOCIAL_CARE_CENTRE = 'STATE_SOCIAL_CARE_CENTRE',
  GROUP_HOME_WITH_CARE = 'GROUP_HOME_WITH_CARE',
  GROUP_HOME_WITH_REHABILITATION = 'GROUP_HOME_WITH_REHABILITATION',
  HALFWAY_HOUSE = 'HALFWAY_HOUSE',
  FAMILY_LIKE_CARE_HOME = 'FAMILY_LIKE_CARE_HOME',
}
registerEnumType(LongTermCareService, { name: 'LongTermCareService', description: 'Long-term care a client may wait for',
  valuesConfig: {
    STATE_SOCIAL_CARE_CENTRE: { description: 'A state social care centre (VSAC): admission needs a recent assessment and the pre-admission summary' },
    GROUP_HOME_WITH_CARE: { description: 'A group home (apartment) with care' },
    GROUP_HOME_WITH_REHABILITATION: { description: 'A group home (apartment) with rehabilitation' },
    HALFWAY_HOUSE: { description: 'A halfway house' },
    FAMILY_LIKE_CARE_HOME: { description: "A family-like care home (children's)" },
  } });

export enum ApplicationStatus {
  WAITING = 'WAITING',
  PLACE_OFFERED = 'PLACE_OFFERED',
  ADMITTED = 'ADMITTED',
  REMOVED = 'REMOVED',
}
registerEnumType(ApplicationStatus, { name: 'ApplicationStatus', description: 'Where an application on the waiting list stands',
  valuesConfig: {
    WAITING: { description: 'On the waiting list' },
    PLACE_OFFERED: { description: 'On the list, with a place offered' },
    ADMITTED: { description: 'Admitted: off the list' },
    REMOVED: { description: 'Removed from the list, with a reason' },
  } });

export enum RemovalReason {
  REFUSED = 'REFUSED',
  NO_LONGER_NEEDED = 'NO_LONGER_NEEDED',
  CLIENT_WITHDREW = 'CLIENT_WITHDREW',
  SERVED_ELSEWHERE = 'SERVED_ELSEWHERE',
  MOVED_AWAY = 'MOVED_AWAY',
  DIED = 'DIED',
}
registerEnumType(RemovalReason, { name: 'RemovalReason', description: 'Why an application left the waiting list other than by admission',
  valuesConfig: {
    REFUSED: { description: 'The service was refused (the decision)' },
    NO_LONGER_NEEDED: { description: 'The client no longer needs it (a reassessment)' },
    CLIENT_WITHDREW: { description: 'The client withdrew the application' },
    SERVED_ELSEWHERE: { description: 'The need is met by another service' },
    MOVED_AWAY: { description: 'The client moved to another municipality' },
    DIED: { description: 'The client died' },
  } });

/** An application for long-term care: the waiting list (rinda) is the applications waiting. */
@ObjectType({ description: 'An application for long-term care on the waiting list (rinda ilgstošai sociālajai aprūpei)' })
export class CareApplication {
  @Field(() => ID, { description: 'The application' })
  id!: string;

  caseId!: string;
  offeredProviderAgencyId!: string | null;

  @Field(() => LongTermCareService, { nullable: true, description: 'The service asked for' })
  service!: LongTermCareService;

  @Field(() => LocalDate, { nullable: true, description: 'The day the client applied' })
  appliedOn!: string;

  @Field(() => ApplicationStatus, { nullable: true, description: 'Where it stands' })
  status!: ApplicationStatus;

  @Field(() => LocalDate, { nullable: true, description: 'The day a place was offered' })
  offeredOn!: string | null;

  @Field(() => ID, { nullable: true, description: "The assessment the admission was decided on (the client's mandatory assessment)" })
  assessmentId!: string | null;

  @Field(() => [ServiceType], { nullable: true, description: 'Pre-admission summary: the community services tried before' })
  servicesTried!: ServiceType[];

  @Field(() => String, { nullable: true, description: 'Pre-admission summary: why they were not enough' })
  whyNotEnough!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the client was admitted' })
  admittedOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the application left the list other than by admission' })
  removedOn!: string | null;

  @Field(() => RemovalReason, { nullable: true, description: 'Why it left the list' })
  removalReason!: RemovalReason | null;

  @Field(() => Int, { nullable: true, description: 'Changes with every step; a step names the version it was based on' })
  version!: number;

  @Field(() => DateTime, { nullable: true, description: 'When the application was recorded' })
  createdAt!: Date;
}

@InputType({ description: 'An application for long-term care, put on the waiting list' })
export class ApplyForLongTermCareInput {
  @Field(() => ID, { description: "The client's case" })
  caseId!: string;

  @Field(() => LongTermCareService, { description: 'The service asked for' })
  service!: LongTermCareService;

  @Field(() => LocalDate, { description: 'The day the client applied: not in the future' })
  appliedOn!: string;
}

/** What every later step names: the application, in its case, at the version read. */
@InputType({ description: 'An application on the waiting list, at the version read' })
export class ApplicationStepInput {
  @Field(() => ID, { description: "The client's case" })
  caseId!: string;

  @Field(() => ID, { description: 'The application' })
  applicationId!: string;

  @Field(() => Int, { description: 'The version read (a stale one is CONFLICT)' })
  expectedVersion!: number;
}

@InputType({ description: 'A place offered to a client on the waiting list' })
export class OfferPlaceInput extends ApplicationStepInput {
  @Field({ description: 'The provider offering the place: one the provider register lists for the service' })
  providerAgencyCode!: string;

  @Field(() => LocalDate, { description: 'The day the place was offered: not before the application, not in the future' })
  offeredOn!: string;
}

@InputType({ description: 'The admission of a client offered a place' })
export class AdmitFromWaitingListInput extends ApplicationStepInput {
  @Field(() => LocalDate, { description: 'The day of admission: not before the offer, not in the future' })
  admittedOn!: string;

  @Field(() => ID, { description: "The client's assessment the admission is decided on; to a state social care centre, one from the last 12 months" })
  assessmentId!: string;

  @Field(() => [ServiceType], { nullable: true, description: 'Pre-admission summary: the community services tried (required for a state social care centre)' })
  servicesTried?: ServiceType[];

  @Field({ nullable: true, description: 'Pre-admission summary: why they were not enough (required for a state social care centre)' })
  whyNotEnough?: string;
}

@InputType({ description: 'An application leaving the waiting list other than by admission' })
export class RemoveFromWaitingListInput extends ApplicationStepInput {
  @Field(() => LocalDate, { description: 'The day it left the list: not before the application, not in the future' })
  removedOn!: string;

  @Field(() => RemovalReason, { description: 'Why' })
  reason!: RemovalReason;
}
