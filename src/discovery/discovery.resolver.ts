import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { CaseExistence } from './case-existence.types';
import { discoveryService } from './discovery.service';

@Resolver()
export class DiscoveryResolver {
  @Query(() => CaseExistence, { description: 'Whether an open case exists for a personal code (audited, 30 per hour)' })
  caseExists(@Ctx() ctx: RequestContext, @Arg('personalCode') personalCode: string): Promise<CaseExistence> {
    return discoveryService.caseExists(ctx, personalCode);
  }
}
