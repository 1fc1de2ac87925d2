import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { Placement } from './placement.entity';
import { RecordPlacementInput } from './placement.inputs';
import { placementService } from './placement.service';

@Resolver(() => Placement)
export class PlacementResolver {
  @Mutation(() => Placement, { description: 'Records a placement (the orphan court decides placements)' })
  recordPlacement(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordPlacementInput) input: RecordPlacementInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<Placement> {
    return placementService.record(ctx, input, idempotencyKey);
  }
}
