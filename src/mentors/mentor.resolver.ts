import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { AssignMentorInput, MentorAssignment } from './mentor-assignment.types';
import { mentorService } from './mentor.service';

@Resolver(() => MentorAssignment)
export class MentorResolver {
  @Mutation(() => MentorAssignment, { description: 'Assigns a social mentor; a mentor serves at most 5 clients' })
  assignMentor(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AssignMentorInput) input: AssignMentorInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<MentorAssignment> {
    return mentorService.assign(ctx, input, idempotencyKey);
  }
}
