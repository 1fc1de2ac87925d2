import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDate } from '../kernel/scalars';

/** A social mentor (sociālais mentors) supporting a client through a transition; at most 5 clients each. */
@ObjectType({ description: 'A social mentor assigned to the client (at most 5 clients per mentor)' })
export class MentorAssignment {
  @Field(() => ID)
  id!: string;

  caseId!: string;
  providerAgencyId!: string | null;

  @Field(() => String, { nullable: true })
  mentorRef!: string;

  @Field(() => String, { nullable: true })
  mentorName!: string;

  @Field(() => LocalDate, { nullable: true })
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true })
  endsOn!: string | null;
}

@InputType()
export class AssignMentorInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: "The mentor's reference in the providing agency's register" })
  mentorRef!: string;

  @Field()
  mentorName!: string;

  @Field({ nullable: true })
  providerAgencyCode?: string;

  @Field(() => LocalDate)
  startsOn!: string;
}
