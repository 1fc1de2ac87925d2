import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Case } from '../cases';
import type { RequestContext } from '../kernel/context';
import { pageSize } from '../kernel/cursor';
import { FollowUpConnection } from './follow-up-connection';
import type { FollowUpPage } from './follow-up.loaders';

/** A case's follow-ups, a page at a time. */
@Resolver(() => Case)
export class CaseFollowUpFields {
  @FieldResolver(() => FollowUpConnection, { nullable: true, description: 'Newest first; only entries the caller may read' })
  followUps(
    @Ctx() ctx: RequestContext,
    @Root() c: Case,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<FollowUpPage> {
    return ctx.loaders.followUps.followUpPage.load({ caseId: c.id, first: pageSize(first), after });
  }
}
