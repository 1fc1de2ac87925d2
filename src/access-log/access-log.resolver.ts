import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { AccessLogConnection, AccessLogEntry } from './access-log.types';
import { accessLogService } from './access-log.service';

@Resolver(() => AccessLogEntry)
export class AccessLogResolver {
  @Query(() => AccessLogConnection, { description: 'Who accessed a case: for its case manager, its DPO and inspectors' })
  caseAccessLog(
    @Ctx() ctx: RequestContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AccessLogConnection> {
    return accessLogService.list(ctx, caseId, first, after);
  }
}
