import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { AlertConnection } from './alert.types';
import { alertsService } from './alerts.service';

@Resolver()
export class AlertsResolver {
  @Query(() => AlertConnection, { description: "The caller's agency's alerts it may read, newest first" })
  inbox(
    @Ctx() ctx: RequestContext,
    @Arg('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AlertConnection> {
    return alertsService.inbox(ctx, unreadOnly, first, after);
  }

  @Mutation(() => Int, { description: 'Marks alerts read for the caller; returns how many were marked now' })
  markAlertsRead(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]): Promise<number> {
    return alertsService.markRead(ctx, ids);
  }
}
