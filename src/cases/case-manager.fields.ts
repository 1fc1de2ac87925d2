import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { Agency } from '../reference';
import { CaseManager } from './case-manager.types';
import { CaseWorkerAssignment } from './case-worker.types';

@Resolver(() => CaseManager)
export class CaseManagerFields {
  @FieldResolver(() => Agency, { nullable: true })
  agency(@Ctx() ctx: RequestContext, @Root() manager: CaseManager) {
    return agencyOf(ctx, manager.agencyId);
  }
}

@Resolver(() => CaseWorkerAssignment)
export class CaseWorkerAssignmentFields {
  @FieldResolver(() => Agency, { nullable: true })
  agency(@Ctx() ctx: RequestContext, @Root() assignment: CaseWorkerAssignment) {
    return agencyOf(ctx, assignment.agencyId);
  }
}
