import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { siblingLinkService } from './sibling-links';
import { LinkSiblingCasesInput, SiblingLink } from './sibling-link.types';

@Resolver(() => SiblingLink)
export class SiblingLinkResolver {
  @Mutation(() => SiblingLink, { description: "Links two siblings' cases (the case manager of the first, who may read the other's FAMILY data)" })
  linkSiblingCases(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => LinkSiblingCasesInput, { description: 'The two cases' }) input: LinkSiblingCasesInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<SiblingLink> {
    return siblingLinkService.link(ctx, input, idempotencyKey);
  }
}
