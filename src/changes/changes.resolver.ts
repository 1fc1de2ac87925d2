import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { ChangeConnection } from './change.types';
import { changesService } from './changes.service';

@Resolver()
export class ChangesResolver {
  @Query(() => ChangeConnection, {
    description: 'What changed in the cases the caller\'s agency reaches, in a durable order: store endCursor and ask again with after; '
      + 'each change is given once, never skipped, and only under the categories the caller may read',
  })
  changes(
    @Ctx() ctx: RequestContext,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<ChangeConnection> {
    return changesService.page(ctx, after, first);
  }
}
