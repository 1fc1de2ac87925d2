import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { Agency } from '../reference';
import { Placement } from './placement.entity';

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
}
