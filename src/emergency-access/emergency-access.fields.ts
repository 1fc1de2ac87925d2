import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { Agency, agencyOf } from '../reference';
import { EmergencyAccess } from './emergency-access.types';

@Resolver(() => EmergencyAccess)
export class EmergencyAccessFields {
  @FieldResolver(() => Agency, { description: 'The agency that asked for it' })
  agency(@Root() access: EmergencyAccess, @Ctx() ctx: RequestContext) {
    return agencyOf(ctx, access.agencyId);
  }
}
