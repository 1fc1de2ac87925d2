import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { Agency } from '../reference';
import { DueItem } from './due-item.types';

@Resolver(() => DueItem)
export class DueItemFields {
  @FieldResolver(() => Agency, { nullable: true, description: 'Who has to act' })
  responsibleAgency(@Ctx() ctx: RequestContext, @Root() item: DueItem) {
    return agencyOf(ctx, item.responsibleAgencyId);
  }
}
