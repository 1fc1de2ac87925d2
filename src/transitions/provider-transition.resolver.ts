import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { CareCase } from '../cases/case.entity';
import type { ReachedCase } from '../cases/case.loaders';
import type { RequestContext } from '../graphql/context';
import { IdempotencyKey } from '../graphql/idempotency-key';
import { RecordTransitionInput } from './provider-transition.types';
import { providerTransitionService } from './provider-transition.service';

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
