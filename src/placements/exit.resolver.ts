import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { exitService } from './exit.service';
import { RecordExitFromCareInput } from './exit.types';
import { Placement } from './placement.entity';

@Resolver(() => Placement)
export class ExitResolver {
  @Mutation(() => Placement, { description: "Records a child's exit from out-of-family care: the placement ends, with the child's destination" })
  recordExitFromCare(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordExitFromCareInput, { description: 'The exit' }) input: RecordExitFromCareInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<Placement> {
    return exitService.record(ctx, input, idempotencyKey);
  }
}
