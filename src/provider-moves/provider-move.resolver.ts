import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Case } from '../cases';
import type { ReachedCase } from '../cases';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { RecordTransitionInput } from './provider-move.types';
import { providerMoveService } from './provider-move.service';

@Resolver()
export class ProviderMoveResolver {
  @Mutation(() => Case, { description: 'Records a move from one provider to another (case manager only), in one transaction' })
  recordTransition(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordTransitionInput) input: RecordTransitionInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<ReachedCase> {
    return providerMoveService.record(ctx, input, idempotencyKey);
  }
}
