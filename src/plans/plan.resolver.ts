import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { SaveSupportPlanInput } from './plan.inputs';
import { PlanDecision, planService } from './plan.service';
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

  @Mutation(() => SupportPlan, { description: "Approves a draft plan: it becomes ACTIVE and supersedes the plan in force (the case manager)" })
  approvePlan(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<SupportPlan> {
    return planService.decide(ctx, PlanDecision.APPROVE, id, null, idempotencyKey);
  }

  @Mutation(() => SupportPlan, { description: 'Returns a draft plan to its author with the reason; it stays a DRAFT (the case manager)' })
  returnPlan(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<SupportPlan> {
    return planService.decide(ctx, PlanDecision.RETURN, id, reason, idempotencyKey);
  }
}
