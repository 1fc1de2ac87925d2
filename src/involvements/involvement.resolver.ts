import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { Involvement } from './involvement.entity';
import { AddInvolvementInput } from './involvement.inputs';
import { involvementService } from './involvement.service';

@Resolver(() => Involvement)
export class InvolvementResolver {
  @Mutation(() => Involvement, { description: 'Involves another agency in the case (case manager only)' })
  addInvolvement(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AddInvolvementInput) input: AddInvolvementInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<Involvement> {
    return involvementService.add(ctx, input, idempotencyKey);
  }

  @Mutation(() => Involvement, { description: "Ends an agency's involvement now (case manager only)" })
  endInvolvement(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<Involvement> {
    return involvementService.end(ctx, id, reason ?? undefined, idempotencyKey);
  }
}
