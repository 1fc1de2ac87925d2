import { Field, ID, InputType } from 'type-graphql';
import { PlacementDetailsInput } from '../placements';

@InputType({ description: 'A client moves from an institution to a community service or a family' })
export class RecordTransitionInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ nullable: true, description: 'The new provider (CURRENT_PROVIDER); none when the client moves to a family' })
  newProviderAgencyCode?: string;

  @Field(() => PlacementDetailsInput, {
    nullable: true,
    description: "Where an adult lives from now on. A child's new placement is the orphan court's decision: the court records it with recordPlacement",
  })
  newPlacement?: PlacementDetailsInput | null;

  @Field({ description: 'The legal basis of the move (transition plan, decision)' })
  legalBasis!: string;
}
