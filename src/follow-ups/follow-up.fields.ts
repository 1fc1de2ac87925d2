import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { Agency } from '../reference';
import { FollowUp } from './follow-up.entity';
import { FollowUpRevision } from './follow-up-revision.types';

@Resolver(() => FollowUp)
export class FollowUpFields {
  @FieldResolver(() => Agency, { nullable: true })
  authorAgency(@Ctx() ctx: RequestContext, @Root() followUp: FollowUp) {
    return agencyOf(ctx, followUp.authorAgencyId);
  }

  @FieldResolver(() => [FollowUpRevision], {
    nullable: true,
    description: 'What corrections replaced, oldest first; a revision filed under a category the caller may not read is left out',
  })
  revisions(@Ctx() ctx: RequestContext, @Root() followUp: FollowUp): Promise<FollowUpRevision[]> {
    return ctx.loaders.followUps.revisions.load(followUp.id);
  }
}
