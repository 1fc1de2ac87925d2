import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { SaveSupportPlanInput } from './plan.inputs';
import { planService } from './plan.service';
import { SupportPlan } from './support-plan.entity';

@Resolver(() => SupportPlan)
export class PlanResolver {
  @Mutation(() => SupportPlan, { description: 'Saves a new version of the support plan' })
  saveSupportPlan(@Ctx() ctx: RequestContext, @Arg('input', () => SaveSupportPlanInput) input: SaveSupportPlanInput): Promise<SupportPlan> {
    return planService.save(ctx, input);
  }
}
