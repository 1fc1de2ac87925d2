import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { Agency, agencyOf } from '../reference';
import { CareApplication } from './application.types';

@Resolver(() => CareApplication)
export class CareApplicationFields {
  @FieldResolver(() => Agency, { nullable: true, description: 'The provider whose place was offered' })
  offeredProvider(@Ctx() ctx: RequestContext, @Root() application: CareApplication) {
    return agencyOf(ctx, application.offeredProviderAgencyId);
  }
}
