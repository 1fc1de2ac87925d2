import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { Placement } from './placement.entity';
import { stayExceptionService } from './stay-exception.service';
import { RecordStayLimitExceptionInput } from './stay-exception.types';

@Resolver(() => Placement)
export class StayExceptionResolver {
  @Mutation(() => Placement, { description: "Records an orphan court's decision extending a child's institution stay limit" })
  recordStayLimitException(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordStayLimitExceptionInput) input: RecordStayLimitExceptionInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<Placement> {
    return stayExceptionService.record(ctx, input, idempotencyKey);
  }
}
