import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../kernel/scalars';
import { CaseStatus } from './case.entity';

export enum ClosureRequestStatus {
  /** waiting for a MANAGER of the managing social service */
  PENDING = 'PENDING',
  /** approved: the case was closed with it */
  APPROVED = 'APPROVED',
  /** returned to the case manager with a reason; the case stays open */
  RETURNED = 'RETURNED',
}
registerEnumType(ClosureRequestStatus, {
  name: 'ClosureRequestStatus',
  description: 'Where a request to close a case stands',
  valuesConfig: {
    PENDING: { description: 'Waiting for a MANAGER of the managing social service' },
    APPROVED: { description: 'Approved: the case was closed with it' },
    RETURNED: { description: 'Returned to the case manager with a reason; the case stays open' },
  },
});

@InputType({ description: "Asks a MANAGER of the managing social service to approve closing the case (where the municipality requires it)" })
export class RequestClosureInput {
  @Field(() => ID, { description: 'The case to close' })
  caseId!: string;

  @Field(() => CaseStatus, { description: 'CLOSED, or POST_CLOSURE_MONITORING (closed with monitoring after closure)' })
  to!: CaseStatus;

  @Field({ description: 'Why the intervention ends (goals achieved, the client moved, …)' })
  reason!: string;

  @Field(() => Int, { description: 'The case version the request is based on; a stale one is a CONFLICT' })
  expectedVersion!: number;
}

@InputType({ description: "A MANAGER of the managing social service decides on the case's pending closure request" })
export class DecideClosureInput {
  @Field(() => ID, { description: 'The case whose pending closure request is decided' })
  caseId!: string;
}

@InputType({ description: "A MANAGER of the managing social service returns the case's pending closure request, saying why" })
export class ReturnClosureInput {
  @Field(() => ID, { description: 'The case whose pending closure request is returned' })
  caseId!: string;

  @Field({ description: 'Why the case is not closed yet' })
  reason!: string;
}

/** A request to close a case (lietas slēgšana) that waits for a MANAGER's approval, with its answer. */
@ObjectType({ description: "A request to close a case that waits for the approval of a MANAGER of the managing social service" })
export class ClosureRequest {
  @Field(() => ID, { description: 'The request' })
  id!: string;

  caseId!: string;

  @Field(() => CaseStatus, { nullable: true, description: 'The state the case moves to once approved' })
  to!: CaseStatus;

  @Field(() => String, { nullable: true, description: 'Why the case manager asks to close it' })
  reason!: string;

  @Field(() => ClosureRequestStatus, { nullable: true, description: 'Pending, approved or returned' })
  status!: ClosureRequestStatus;

  @Field(() => String, { nullable: true, description: 'Who asked' })
  requestedByUserId!: string;

  @Field(() => DateTime, { nullable: true, description: 'When it was asked' })
  requestedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The MANAGER who approved or returned it' })
  decidedByUserId!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When it was approved or returned' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was returned' })
  returnReason!: string | null;
}
