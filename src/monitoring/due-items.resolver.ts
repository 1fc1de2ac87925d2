import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { DueItemConnection, DueItemFilter } from './due-item.types';
import { dueItemsService } from './due-items.service';

@Resolver()
export class DueItemsResolver {
  @Query(() => DueItemConnection, { description: 'What the monitoring rules say is due on the cases of the caller, earliest first' })
  dueItems(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => DueItemFilter, { nullable: true }) filter: DueItemFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<DueItemConnection> {
    return dueItemsService.list(ctx, filter ?? { responsibleOnly: false }, first, after);
  }
}
