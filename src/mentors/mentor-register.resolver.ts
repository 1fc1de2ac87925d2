import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { mentorRegisterService } from './mentor-register.service';
import { RegisterMentorInput, SocialMentor } from './social-mentor.types';

/** An agency's own register of the social mentors it engages. */
@Resolver(() => SocialMentor)
export class MentorRegisterResolver {
  @Query(() => [SocialMentor], { description: "Your agency's social mentors, with how many clients each has now" })
  socialMentors(
    @Ctx() ctx: RequestContext,
    @Arg('includeRetired', { defaultValue: false }) includeRetired: boolean,
  ): Promise<SocialMentor[]> {
    return mentorRegisterService.list(ctx, includeRetired);
  }

  @Mutation(() => SocialMentor, { description: "Adds a social mentor to your agency's register (a social service's MANAGER)" })
  registerMentor(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterMentorInput) input: RegisterMentorInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<SocialMentor> {
    return mentorRegisterService.register(ctx, input, idempotencyKey);
  }

  @Mutation(() => SocialMentor, { description: 'Retires a social mentor of your agency: no new clients (a social service\'s MANAGER)' })
  retireMentor(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<SocialMentor> {
    return mentorRegisterService.retire(ctx, id, idempotencyKey);
  }
}
