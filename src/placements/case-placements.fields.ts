import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case } from '../cases';
import type { RequestContext } from '../kernel/context';
import { Placement } from './placement.entity';

/** Where a case's client lives and lived. */
@Resolver(() => Case)
export class CasePlacementFields {
  @FieldResolver(() => [Placement], { nullable: true, description: 'Newest first' })
  placements(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<Placement[]> {
    return ctx.loaders.placements.placementsByCase.load(c.id);
  }
}
