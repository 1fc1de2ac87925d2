import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case } from '../cases';
import type { RequestContext } from '../kernel/context';
import { SiblingLink } from './sibling-link.types';
import { SupportPlan } from './support-plan.entity';

/** A case's support plans. */
@Resolver(() => Case)
export class CasePlanFields {
  @FieldResolver(() => SupportPlan, { nullable: true, description: 'The active plan, or else the newest draft' })
  currentPlan(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<SupportPlan | null> {
    return ctx.loaders.plans.currentPlanByCase.load(c.id);
  }

  @FieldResolver(() => [SupportPlan], { nullable: true, description: 'Every plan version, newest first' })
  planHistory(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<SupportPlan[]> {
    return ctx.loaders.plans.planHistoryByCase.load(c.id);
  }

  @FieldResolver(() => [SiblingLink], {
    nullable: true, description: "Links to siblings' cases, only those whose FAMILY data the reader may read on both cases",
  })
  siblingLinks(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<SiblingLink[]> {
    return ctx.loaders.plans.siblingLinksByCase.load(c.id);
  }
}
