import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { SaveSupportPlanInput } from './plan.inputs';
import { planService } from './plan.service';
import { SupportPlan } from './support-plan.entity';

@Resolver(() => SupportPlan)
export class PlanResolver {
  @Mutation(() => SupportPlan, { description: 'Saves a new version of the support plan' })
  saveSupportPlan(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SaveSupportPlanInput) input: SaveSupportPlanInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<SupportPlan> {
    return planService.save(ctx, input, idempotencyKey);
  }
}
