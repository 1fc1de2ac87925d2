import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { ReferInput, Referral, ReferralConnection, ReferralDirection } from './referral.types';
import { referralService } from './referral.service';
import { transferService } from './transfer.service';
import { CaseTransfer, TransferCaseInput, TransferCaseWorkerInput } from './transfer.types';
import { IdempotencyKey } from '../kernel/idempotency-key';

@Resolver()
export class ReferralResolver {
  @Query(() => ReferralConnection, { description: "Referrals the caller's agency received (to decide) or sent, newest first" })
  referrals(
    @Ctx() ctx: RequestContext,
    @Arg('direction', () => ReferralDirection, { defaultValue: ReferralDirection.RECEIVED }) direction: ReferralDirection,
    @Arg('pendingOnly', { defaultValue: false }) pendingOnly: boolean,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ReferralConnection> {
    return referralService.list(ctx, direction, pendingOnly, first, after);
  }

  @Mutation(() => Referral, { description: 'The case manager refers the case to an agency for a role; it takes part once it accepts' })
  async refer(@Ctx() ctx: RequestContext, @Arg('input') input: ReferInput,
    @Arg('idempotencyKey', () => String, { nullable: true }) idempotencyKey: string | null): Promise<Referral> {
    return referralService.get(ctx, await referralService.refer(ctx, input, idempotencyKey));
  }

  @Mutation(() => CaseTransfer, {
    description: "The case manager asks the social service of the client's new municipality to take the case over; it changes once that service accepts",
  })
  transferCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => TransferCaseInput, { description: 'The case, the new municipality, the reason' }) input: TransferCaseInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<CaseTransfer> {
    return transferService.request(ctx, input, idempotencyKey);
  }

  @Mutation(() => Referral, {
    description: "The receiving agency's MANAGER accepts: its involvement in the case is created (for a transfer: it becomes the case manager)",
  })
  async acceptReferral(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('caseWorker', () => TransferCaseWorkerInput, {
      nullable: true, description: "A transfer only: the receiving service's staff member who becomes the case worker at once",
    }) caseWorker: TransferCaseWorkerInput | null,
  ): Promise<Referral> {
    return referralService.get(ctx, await referralService.accept(ctx, id, caseWorker));
  }

  @Mutation(() => Referral, { description: "The receiving agency's MANAGER declines, saying why" })
  async declineReferral(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string): Promise<Referral> {
    return referralService.get(ctx, await referralService.decline(ctx, id, reason));
  }

  @Mutation(() => Referral, { description: 'The referring agency takes a pending referral back' })
  async withdrawReferral(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Referral> {
    return referralService.get(ctx, await referralService.withdraw(ctx, id));
  }
}
