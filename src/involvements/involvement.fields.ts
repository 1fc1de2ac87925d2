import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { Agency } from '../reference';
import { Involvement, isActive } from './involvement.entity';

@Resolver(() => Involvement)
export class InvolvementFields {
  @FieldResolver(() => Agency, { nullable: true })
  agency(@Ctx() ctx: RequestContext, @Root() involvement: Involvement) {
    return agencyOf(ctx, involvement.agencyId);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether it grants access now' })
  active(@Root() involvement: Involvement): boolean {
    return isActive(involvement, new Date());
  }
}
