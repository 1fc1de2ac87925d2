import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { Agency, agencyOf } from '../reference';
import { SiblingLink } from './sibling-link.types';

@Resolver(() => SiblingLink)
export class SiblingLinkFields {
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that recorded the link' })
  recordedByAgency(@Ctx() ctx: RequestContext, @Root() link: SiblingLink) {
    return agencyOf(ctx, link.recordedByAgencyId);
  }
}
