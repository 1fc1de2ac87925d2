import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { agencyOf } from '../reference';
import type { RequestContext } from '../kernel/context';
import { Agency } from '../reference';
import { MentorAssignment } from './mentor-assignment.types';

@Resolver(() => MentorAssignment)
export class MentorAssignmentFields {
  @FieldResolver(() => Agency, { nullable: true })
  provider(@Ctx() ctx: RequestContext, @Root() assignment: MentorAssignment) {
    return agencyOf(ctx, assignment.providerAgencyId);
  }
}
