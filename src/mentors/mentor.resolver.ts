import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { LocalDate } from '../kernel/scalars';
import { AssignMentorInput, MentorAssignment } from './mentor-assignment.types';
import { mentorService } from './mentor.service';

@Resolver(() => MentorAssignment)
export class MentorResolver {
  @Mutation(() => MentorAssignment, { description: "Assigns one of your agency's social mentors; a mentor serves at most 5 clients" })
  assignMentor(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AssignMentorInput) input: AssignMentorInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<MentorAssignment> {
    return mentorService.assign(ctx, input, idempotencyKey);
  }

  @Mutation(() => MentorAssignment, { description: 'Ends a social mentor assignment on a day (once); the mentor no longer counts the client from then' })
  endMentorAssignment(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('endsOn', () => LocalDate) endsOn: string,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<MentorAssignment> {
    return mentorService.end(ctx, id, endsOn, idempotencyKey);
  }
}
