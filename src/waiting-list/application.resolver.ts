import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { applicationService } from './application.service';
import {
  AdmitFromWaitingListInput, ApplyForLongTermCareInput, CareApplication, OfferPlaceInput, RemoveFromWaitingListInput,
} from './application.types';

@Resolver(() => CareApplication)
export class ApplicationResolver {
  @Mutation(() => CareApplication, { description: 'Puts a client on the waiting list for long-term care' })
  applyForLongTermCare(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ApplyForLongTermCareInput, { description: 'The application' }) input: ApplyForLongTermCareInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<CareApplication> {
    return applicationService.apply(ctx, input, idempotencyKey);
  }

  @Mutation(() => CareApplication, { description: 'Offers a client on the waiting list a place with a provider of the register' })
  offerPlace(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OfferPlaceInput, { description: 'The offer' }) input: OfferPlaceInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<CareApplication> {
    return applicationService.offerPlace(ctx, input, idempotencyKey);
  }

  @Mutation(() => CareApplication, {
    description: 'Admits a client offered a place; to a state social care centre only with an assessment of the last 12 months and the pre-admission summary',
  })
  admitFromWaitingList(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AdmitFromWaitingListInput, { description: 'The admission' }) input: AdmitFromWaitingListInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<CareApplication> {
    return applicationService.admit(ctx, input, idempotencyKey);
  }

  @Mutation(() => CareApplication, { description: 'Takes an application off the waiting list, with the reason' })
  removeFromWaitingList(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RemoveFromWaitingListInput, { description: 'The removal' }) input: RemoveFromWaitingListInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<CareApplication> {
    return applicationService.remove(ctx, input, idempotencyKey);
  }
}
