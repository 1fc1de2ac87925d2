import { Field, ID, InputType } from 'type-graphql';
import { PlacementDetailsInput } from '../placements/placement.inputs';

@InputType({ description: 'A client moves from an institution to a community service or a family' })
export class RecordTransitionInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ nullable: true, description: 'The new provider (CURRENT_PROVIDER); none when the client moves to a family' })
  newProviderAgencyCode?: string;

  @Field(() => PlacementDetailsInput, { description: 'Where the client lives from now on' })
  newPlacement!: PlacementDetailsInput;

  @Field({ description: 'The legal basis of the move (transition plan, decision)' })
  legalBasis!: string;
}
