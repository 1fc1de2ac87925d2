import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { Node, Typed } from '../kernel/node';
import { nodeService } from './node.service';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its id (Relay refetching): a case, involvement, assessment, support plan, follow-up or placement, '
      + 'answered exactly as its case answers it; NOT_FOUND for one the caller does not reach, as for an id that does not exist',
  })
  node(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The object\'s id' }) id: string): Promise<Typed<object>> {
    return nodeService.get(ctx, id);
  }
}
