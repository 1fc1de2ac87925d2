import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { SaveSupportPlanInput } from './plan.inputs';
import { PlanDecision, planService } from './plan.service';
import { EvaluatePlanInput, PlanSectionsInput } from './plan-sections.inputs';
import { planSectionsService } from './plan-sections.service';
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

  @Mutation(() => SupportPlan, {
    description: "Fills in sections of a draft plan and the client's answer; each section needs the right to write its category",
  })
  recordPlanSections(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The draft plan' }) id: string,
    @Arg('input', () => PlanSectionsInput, { description: 'The sections to write; those left out are not changed' }) input: PlanSectionsInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<SupportPlan> {
    return planSectionsService.record(ctx, id, input, idempotencyKey);
  }

  @Mutation(() => SupportPlan, { description: "The review of the plan in force: every goal's outcome and the client's cooperation" })
  evaluatePlan(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The plan in force' }) id: string,
    @Arg('input', () => EvaluatePlanInput, { description: 'The evaluation' }) input: EvaluatePlanInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<SupportPlan> {
    return planSectionsService.evaluate(ctx, id, input, idempotencyKey);
  }
}
