import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case } from '../cases';
import type { RequestContext } from '../kernel/context';
import { MentorAssignment } from './mentor-assignment.types';

/** A case's social mentors. */
@Resolver(() => Case)
export class CaseMentorFields {
  @FieldResolver(() => [MentorAssignment], { nullable: true, description: 'Social mentors, newest first' })
  mentors(@Ctx() ctx: RequestContext, @Root() c: Case): Promise<MentorAssignment[]> {
    return ctx.loaders.mentors.mentorsByCase.load(c.id);
  }
}
