import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { FollowUp } from './follow-up.entity';
import { AddFollowUpInput, UpdateFollowUpInput } from './follow-up.inputs';
import { followUpService } from './follow-up.service';

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @Mutation(() => FollowUp, { description: 'Records a follow-up on a case' })
  addFollowUp(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddFollowUpInput) input: AddFollowUpInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<FollowUp> {
    return followUpService.add(ctx, input, idempotencyKey);
  }

  @Mutation(() => FollowUp, { description: 'Corrects a follow-up; Own roles may correct only what their agency wrote' })
  updateFollowUp(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateFollowUpInput) input: UpdateFollowUpInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<FollowUp> {
    return followUpService.update(ctx, id, input, idempotencyKey);
  }
}
