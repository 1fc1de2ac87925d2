import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { permanencyService } from './permanency.service';
import { PermanencyPlan, RecordPermanencyPlanInput } from './permanency.types';

@Resolver(() => PermanencyPlan)
export class PermanencyResolver {
  @Mutation(() => PermanencyPlan, { description: "Records the orphan court's decision on a child's permanency plan: the first one, or a review" })
  recordPermanencyPlan(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordPermanencyPlanInput, { description: 'The decision' }) input: RecordPermanencyPlanInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<PermanencyPlan> {
    return permanencyService.record(ctx, input, idempotencyKey);
  }
}
