import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTime } from '../kernel/scalars';

@InputType({ description: "Assigns the case's case worker (lietas vadītājs): the MANAGER of the managing service" })
export class AssignCaseWorkerInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: "The staff member's user id (token subject) in the managing agency" })
  userId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Registers a user the hub does not know yet as a staff member of the managing agency, by this name; ignored for a known one',
  })
  name?: string | null;
}

/** One assignment of the case's case worker; the history is appended, never changed. */
@ObjectType({ description: "One assignment of the case's case worker, oldest first" })
export class CaseWorkerAssignment {
  @Field(() => ID)
  id!: string;

  caseId!: string;
  agencyId!: string;

  @Field(() => String, { nullable: true })
  userId!: string;

  @Field(() => String, { nullable: true, description: "The staff member's name as the agency's staff register has it" })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'The MANAGER who assigned' })
  assignedByUserId!: string;

  @Field(() => DateTime, { nullable: true })
  assignedAt!: Date;
}
