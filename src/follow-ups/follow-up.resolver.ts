import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { FollowUp } from './follow-up.entity';
import { AddFollowUpInput } from './follow-up.inputs';
import { followUpService } from './follow-up.service';

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @Mutation(() => FollowUp, { description: 'Records a follow-up on a case' })
  addFollowUp(@Ctx() ctx: RequestContext, @Arg('input', () => AddFollowUpInput) input: AddFollowUpInput): Promise<FollowUp> {
    return followUpService.add(ctx, input);
  }
}
