import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { PageInfo, pageInfoOf } from '../kernel/connection';
import { FollowUp } from './follow-up.entity';
import type { FollowUpPage } from './follow-up.loaders';

@ObjectType()
export class FollowUpEdge {
  @Field()
  cursor!: string;

  @Field(() => FollowUp)
  node!: FollowUp;
}

@ObjectType({ description: 'A page of follow-ups, newest first' })
export class FollowUpConnection {
  @Field(() => [FollowUpEdge])
  edges!: FollowUpEdge[];
}

@Resolver(() => FollowUpConnection)
export class FollowUpConnectionFields {
  @FieldResolver(() => PageInfo)
  pageInfo(@Root() page: FollowUpPage): PageInfo {
    return pageInfoOf(page.edges, page.hasNextPage, page.after);
  }

  @FieldResolver(() => Int, { description: 'All follow-ups of the case the caller may read' })
  totalCount(@Ctx() ctx: RequestContext, @Root() page: FollowUpPage): Promise<number> {
    return ctx.loaders.followUps.followUpCount.load(page.caseId);
  }
}
