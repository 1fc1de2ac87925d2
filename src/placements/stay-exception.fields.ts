import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf, Agency } from '../reference';
import type { RequestContext } from '../kernel/context';
import { StayLimitException } from './stay-exception.types';

@Resolver(() => StayLimitException)
export class StayLimitExceptionFields {
  @FieldResolver(() => Agency, { nullable: true, description: 'The orphan court that decided' })
  decidingAgency(@Ctx() ctx: RequestContext, @Root() exception: StayLimitException) {
    return agencyOf(ctx, exception.decidingAgencyId);
  }
}
