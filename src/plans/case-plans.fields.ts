import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Case } from '../cases';
import type { RequestContext } from '../kernel/context';
import { selectsOnly } from '../kernel/selection';
import { OUTLINE_FIELDS } from './plan.loaders';
import { SiblingLink } from './sibling-link.types';
import { SupportPlan } from './support-plan.entity';

/** A case's support plans. */
@Resolver(() => Case)
export class CasePlanFields {
  @FieldResolver(() => SupportPlan, { nullable: true, description: 'The active plan, or else the newest draft' })
  currentPlan(@Ctx() ctx: RequestContext, @Root() c: Case, @Info() info: GraphQLResolveInfo): Promise<SupportPlan | null> {
    const { currentPlanByCase, currentPlanOutlineByCase } = ctx.loaders.plans;
    return (selectsOnly(info, OUTLINE_FIELDS) ? currentPlanOutlineByCase : currentPlanByCase).load(c.id);
  }

  @FieldResolver(() => [SupportPlan], { nullable: true, description: 'Every plan version, newest first' })
  planHistory(@Ctx() ctx: RequestContext, @Root() c: Case, @Info() info: GraphQLResolveInfo): Promise<SupportPlan[]> {
    const { planHistoryByCase, planHistoryOutlineByCase } = ctx.loaders.plans;
    return (selectsOnly(info, OUTLINE_FIELDS) ? planHistoryOutlineByCase : planHistoryByCase).load(c.id);
  }

  @FieldResolver(() => [SiblingLink], {
    nullable: true, description: "Links to siblings' cases, only those whose FAMILY data the reader may read on both cases",
  })
  siblingLinks(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<SiblingLink[]> {
    return ctx.loaders.plans.siblingLinksByCase.load(c.id);
  }
}
