import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf, Agency } from '../reference';
import type { RequestContext } from '../kernel/context';
import { TransitionTeamMember } from './support-plan.entity';

@Resolver(() => TransitionTeamMember)
export class TransitionTeamMemberFields {
  @FieldResolver(() => Agency, { nullable: true })
  agency(@Ctx() ctx: RequestContext, @Root() member: TransitionTeamMember) {
    return agencyOf(ctx, member.agencyId);
  }
}
