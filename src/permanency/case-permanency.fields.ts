import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case } from '../cases';
import type { RequestContext } from '../kernel/context';
import { PermanencyPlan } from './permanency.types';

/** A child's permanency plan and its history. */
@Resolver(() => Case)
export class CasePermanencyFields {
  @FieldResolver(() => [PermanencyPlan], { nullable: true,
    description: "The orphan court's decisions on the child's permanency plan, newest (the one in force) first" })
  permanencyPlans(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<PermanencyPlan[]> {
    return ctx.loaders.permanency.plansByCase.load(c.id);
  }
}
