import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { Agency } from '../reference';
import { CaseManager } from './case-manager.types';
import { CaseWorkerAssignment } from './case-worker.types';

@Resolver(() => CaseManager)
export class CaseManagerFields {
  /** A staff member is keyed by agency and token subject together (an agency id is a UUID: the first ':' splits them). */
  @FieldResolver(() => ID, { description: 'The cache key: the staff member (agency and user id), the same in every case they manage' })
  id(@Root() manager: CaseManager): string {
    return `${manager.agencyId}:${manager.userId}`;
  }

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
