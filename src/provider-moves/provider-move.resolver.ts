import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { CareCase } from '../cases/case.entity';
import type { ReachedCase } from '../cases/case.loaders';
import type { RequestContext } from '../app/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { RecordTransitionInput } from './provider-move.types';
import { providerTransitionService } from './provider-move.service';

@Resolver()
export class ProviderTransitionResolver {
  @Mutation(() => CareCase, { description: 'Records a move from one provider to another (case manager only), in one transaction' })
  recordTransition(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordTransitionInput) input: RecordTransitionInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<ReachedCase> {
    return providerTransitionService.record(ctx, input, idempotencyKey);
  }
}
