import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { Agency } from '../reference';
import { LocalDate } from '../kernel/scalars';
import { Placement } from './placement.entity';
import { StayLimitException } from './stay-exception.types';

@Resolver(() => Placement)
export class PlacementFields {
  @FieldResolver(() => Agency, { nullable: true, description: 'The institution or service provider' })
  provider(@Ctx() ctx: RequestContext, @Root() placement: Placement) {
    return agencyOf(ctx, placement.providerAgencyId);
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The orphan court that decided the placement' })
  decidingAgency(@Ctx() ctx: RequestContext, @Root() placement: Placement) {
    return agencyOf(ctx, placement.decidingAgencyId);
  }

  @FieldResolver(() => LocalDate, {
    nullable: true,
    description: "A child's institution stay: the day it may last until (the rule's limit, or the latest court exception's)",
  })
  stayLimitOn(@Ctx() ctx: RequestContext, @Root() placement: Placement): Promise<string | null> {
    return ctx.loaders.placements.stayLimitByPlacement.load(placement.id);
  }

  @FieldResolver(() => [StayLimitException], { nullable: true, description: "The orphan court's decisions extending the stay, newest first" })
  stayLimitExceptions(@Ctx() ctx: RequestContext, @Root() placement: Placement): Promise<StayLimitException[]> {
    return ctx.loaders.placements.stayExceptionsByPlacement.load(placement.id);
  }
}
