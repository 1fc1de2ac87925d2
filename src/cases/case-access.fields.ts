import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { caseAccessSummary } from '../access/decide';
import type { RequestContext } from '../kernel/context';
import { CaseAccess } from './case-access.types';
import { Case, TargetGroup } from './case.entity';
import type { ReachedCase } from './case.loaders';

@Resolver(() => Case)
export class CaseAccessFields {
  @FieldResolver(() => CaseAccess, { description: "What the caller's roles in this case let it read and write: ask this first, then only readable fields" })
  access(@Ctx() ctx: RequestContext, @Root() c: ReachedCase): CaseAccess {
    return caseAccessSummary(ctx.principal, c.myRoles, { adult: c.targetGroup === TargetGroup.ADULT_WITH_MENTAL_DISORDER });
  }
}
