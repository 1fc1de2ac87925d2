import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { Agency, agencyOf } from '../reference';
import { PermanencyPlan } from './permanency.types';

@Resolver(() => PermanencyPlan)
export class PermanencyPlanFields {
  @FieldResolver(() => Agency, { nullable: true, description: 'The orphan court that decided' })
  decidingAgency(@Ctx() ctx: RequestContext, @Root() plan: PermanencyPlan) {
    return agencyOf(ctx, plan.decidingAgencyId);
  }
}
