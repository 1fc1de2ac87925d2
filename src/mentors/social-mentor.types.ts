import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/** A social mentor in the register of the agency that engages them (004 J1). */
@ObjectType({ description: "A social mentor in your agency's register" })
export class SocialMentor {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'A retired mentor takes no new clients' })
  active!: boolean;

  @Field(() => Int, { description: 'Clients assigned and not ended by today: a mentor takes a new one only while this is under 5' })
  clients!: number;
}

@InputType()
export class RegisterMentorInput {
  @Field({ description: "The mentor's full name" })
  name!: string;
}
