import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../kernel/context';
import { IdempotencyKey } from '../kernel/idempotency-key';
import { subscriptionsService } from './subscriptions.service';
import { RegisterWebhookInput, WebhookSecretIssued, WebhookSubscription } from './webhook.types';

/** An agency's webhook subscriptions to its change feed. */
@Resolver(() => WebhookSubscription)
export class WebhooksResolver {
  @Query(() => [WebhookSubscription], { description: "Your agency's webhook subscriptions and how their delivery stands" })
  webhookSubscriptions(@Ctx() ctx: RequestContext): Promise<WebhookSubscription[]> {
    return subscriptionsService.list(ctx);
  }

  @Mutation(() => WebhookSecretIssued, {
    description: "Registers an endpoint that gets your agency's change feed POSTed, signed with the secret answered (a MANAGER)",
  })
  registerWebhook(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterWebhookInput, { description: 'The endpoint' }) input: RegisterWebhookInput,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<WebhookSecretIssued> {
    return subscriptionsService.register(ctx, input, idempotencyKey);
  }

  @Mutation(() => WebhookSecretIssued, { description: 'Adds a second live secret to rotate to: events are signed with both until one is retired' })
  addWebhookSecret(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The subscription' }) id: string,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<WebhookSecretIssued> {
    return subscriptionsService.addSecret(ctx, id, idempotencyKey);
  }

  @Mutation(() => WebhookSubscription, { description: 'Retires a secret once your system verifies with the new one (never the only live one)' })
  retireWebhookSecret(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The subscription' }) id: string,
    @Arg('secretId', () => ID, { description: 'The secret to retire' }) secretId: string,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<WebhookSubscription> {
    return subscriptionsService.retireSecret(ctx, id, secretId, idempotencyKey);
  }

  @Mutation(() => WebhookSubscription, { description: 'Pauses delivery: events wait at the cursor until resumeWebhook' })
  pauseWebhook(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The subscription' }) id: string,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<WebhookSubscription> {
    return subscriptionsService.pause(ctx, id, idempotencyKey);
  }

  @Mutation(() => WebhookSubscription, { description: 'Resumes a paused subscription from its cursor: nothing written meanwhile is lost' })
  resumeWebhook(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The subscription' }) id: string,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<WebhookSubscription> {
    return subscriptionsService.resume(ctx, id, idempotencyKey);
  }

  @Mutation(() => WebhookSubscription, { description: 'Re-queues a parked subscription: delivery retries afresh from its cursor' })
  requeueWebhook(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The subscription' }) id: string,
    @IdempotencyKey() idempotencyKey: string | null,
  ): Promise<WebhookSubscription> {
    return subscriptionsService.requeue(ctx, id, idempotencyKey);
  }
}
