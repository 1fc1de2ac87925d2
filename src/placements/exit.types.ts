import { Field, ID, InputType } from 'type-graphql';
import { LocalDate } from '../kernel/scalars';
import { ExitDestination } from './placement.entity';

@InputType({ description: "A child's exit from out-of-family care: the placement in care ends, with where the child went" })
export class RecordExitFromCareInput {
  @Field(() => ID, { description: "The child's case" })
  caseId!: string;

  @Field(() => ID, { description: "The child's current placement in out-of-family care (not with the birth family)" })
  placementId!: string;

  @Field(() => LocalDate, { description: 'The day the child left care: the placement ends then; not in the future' })
  exitedOn!: string;

  @Field(() => ExitDestination, { description: 'Where the child went' })
  destination!: ExitDestination;
}
