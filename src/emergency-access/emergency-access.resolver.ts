import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import {
  EmergencyAccess, EmergencyAccessConnection, RequestEmergencyAccessInput, ReviewEmergencyAccessInput,
} from './emergency-access.types';
import { emergencyAccessService } from './emergency-access.service';

@Resolver()
export class EmergencyAccessResolver {
  @Query(() => EmergencyAccessConnection, {
    description: "Emergency accesses to the cases the caller's social service manages: its data protection officer's review list",
  })
  emergencyAccesses(
    @Ctx() ctx: RequestContext,
    @Arg('pendingOnly', { defaultValue: false, description: 'Only those not reviewed yet' }) pendingOnly: boolean,
    @Arg('overdueOnly', { defaultValue: false, description: 'Only those not reviewed within 72 hours' }) overdueOnly: boolean,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<EmergencyAccessConnection> {
    return emergencyAccessService.list(ctx, { pendingOnly, overdueOnly }, first, after);
  }

  @Mutation(() => EmergencyAccess, {
    description: 'Emergency access to the open case of a personal code: time-limited, read with the purpose EMERGENCY, reviewed by the DPO',
  })
  async requestEmergencyAccess(@Ctx() ctx: RequestContext, @Arg('input') input: RequestEmergencyAccessInput): Promise<EmergencyAccess> {
    return emergencyAccessService.get(ctx, await emergencyAccessService.request(ctx, input));
  }

  @Mutation(() => EmergencyAccess, { description: "The data protection officer's verdict on an emergency access (once)" })
  async reviewEmergencyAccess(@Ctx() ctx: RequestContext, @Arg('input') input: ReviewEmergencyAccessInput): Promise<EmergencyAccess> {
    return emergencyAccessService.get(ctx, await emergencyAccessService.review(ctx, input));
  }
}
