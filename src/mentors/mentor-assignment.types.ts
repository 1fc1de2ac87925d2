import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocalDate } from '../kernel/scalars';

/** A social mentor (sociālais mentors) supporting a client through a transition; at most 5 clients each. */
@ObjectType({ description: 'A social mentor assigned to the client (at most 5 clients per mentor)' })
export class MentorAssignment {
  @Field(() => ID)
  id!: string;

  caseId!: string;
  /** The agency whose register the mentor is in. */
  providerAgencyId!: string;

  @Field(() => ID, { nullable: true, description: "The mentor in the providing agency's register" })
  mentorId!: string;

  @Field(() => String, {
    nullable: true,
    deprecationReason: 'Assignments name a registered mentor (mentorId); this is the free-text reference of one made before the register',
  })
  mentorRef!: string | null;

  @Field(() => String, { nullable: true, description: "The mentor's name as the case file recorded it when assigned" })
  mentorName!: string;

  @Field(() => LocalDate, { nullable: true })
  startsOn!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day the assignment ends (no longer counted from then); null while open' })
  endsOn!: string | null;
}

@InputType()
export class AssignMentorInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { description: "A mentor in your own agency's register (socialMentors)" })
  mentorId!: string;

  @Field(() => LocalDate)
  startsOn!: string;
}
