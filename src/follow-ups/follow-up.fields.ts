import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { Agency } from '../reference';
import { FollowUp } from './follow-up.entity';

@Resolver(() => FollowUp)
export class FollowUpFields {
  @FieldResolver(() => Agency, { nullable: true })
  authorAgency(@Ctx() ctx: RequestContext, @Root() followUp: FollowUp) {
    return agencyOf(ctx, followUp.authorAgencyId);
  }
}
