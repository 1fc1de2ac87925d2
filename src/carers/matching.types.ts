import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { FosterForm } from '../placements';

/** One active carer proposed for a child, in one of its recognised forms, with why it ranks where it does. */
@ObjectType({ description: 'An active carer ranked for a child (in one recognised form), with the reasons' })
export class MatchCandidate {
  @Field(() => ID, { description: 'The carer (its fields as your relation to it allows: Query.carer)' })
  carerId!: string;

  @Field(() => FosterForm, { description: 'The recognised form the child would be placed in' })
  form!: FosterForm;

  @Field(() => Int, { description: 'Rank, from 1' })
  rank!: number;

  @Field(() => Int, { description: 'Score 0 to 100: free capacity 40, siblings together 20, distance 20, competences 20' })
  score!: number;

  @Field({ description: "Whether the child (and the siblings to be placed) fit the form's capacity, or the siblings exception allows it" })
  fits!: boolean;

  @Field(() => Int, { description: 'Children living with the carer on the day' })
  children!: number;

  @Field(() => Int, { description: "The most children at once under the form's rules with this child (age bands applied)" })
  limit!: number;

  @Field(() => Int, { description: 'Places free on the day after the child and the siblings to be placed (negative: over the limit)' })
  freePlaces!: number;

  @Field(() => Int, { description: "Of the child's siblings named, how many already live with the carer" })
  siblingsHere!: number;

  @Field(() => Float, { nullable: true, description: "Kilometres between the child's and the carer's municipality centres" })
  distanceKm!: number | null;

  @Field(() => String, { description: "Code of the carer's municipality" })
  municipalityCode!: string;

  @Field(() => [String], { description: 'Why, one reason per criterion' })
  reasons!: string[];
}
