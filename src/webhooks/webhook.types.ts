import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../kernel/scalars';

/** Where a subscription's delivery stands. */
export enum WebhookState {
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  PARKED = 'PARKED',
}

registerEnumType(WebhookState, {
  name: 'WebhookState',
  description: "Where a webhook subscription's delivery stands",
  valuesConfig: {
    ACTIVE: { description: 'Events are delivered as they come (retried with backoff while the endpoint fails)' },
    PAUSED: { description: "Paused by the agency's MANAGER: events wait at the cursor and are delivered once resumed" },
    PARKED: { description: 'The endpoint failed longer than the retry period: events wait at the cursor until requeueWebhook' },
  },
});

/** A secret events are signed with (only its id is ever shown again; the value is given once, when it is made). */
@ObjectType({ description: 'A live signing secret of a webhook subscription (its value is shown only when it is made)' })
export class WebhookSecret {
  @Field(() => ID, { description: 'The secret, to retire it by' })
  id!: string;

  @Field(() => DateTime, { description: 'When it was made; signatures list the live secrets in this order' })
  createdAt!: Date;
}

/** An agency system's endpoint that gets the agency's change feed POSTed (webhook). */
@ObjectType({ description: "An endpoint of your agency's system that gets your agency's change feed, each event POSTed and signed" })
export class WebhookSubscription {
  @Field(() => ID, { description: 'The subscription' })
  id!: string;

  @Field({ description: 'Where events are POSTed (https; http only to this machine when the hub allows it, for development)' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'What the subscription is for, in your words' })
  description!: string | null;

  @Field(() => WebhookState, { description: 'Whether events are being delivered, paused, or parked after failing too long' })
  state!: WebhookState;

  @Field(() => [WebhookSecret], { description: 'The live secrets (one, or two while rotating), oldest first' })
  secrets!: WebhookSecret[];

  @Field(() => Int, { description: 'Events delivered so far (answered 2xx)' })
  deliveredCount!: number;

  @Field(() => ID, { nullable: true, description: 'The id of the last event the endpoint acknowledged (ChangeEvent.id)' })
  lastDeliveredEventId!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the endpoint last acknowledged an event' })
  lastDeliveredAt!: Date | null;

  @Field(() => Int, { description: 'Failed attempts since the last success (0 when delivery is healthy)' })
  failures!: number;

  @Field(() => DateTime, { nullable: true, description: 'Since when delivery has been failing; parked once this is longer ago than the retry period' })
  failingSince!: Date | null;

  @Field(() => String, { nullable: true, description: 'What the last failed attempt got: an HTTP status or a network error, never a body' })
  lastError!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the next attempt is due while retrying with backoff' })
  nextAttemptAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When it was parked' })
  parkedAt!: Date | null;

  @Field(() => DateTime, { description: 'When it was registered' })
  createdAt!: Date;
}

/** A new secret, given once. */
@ObjectType({ description: 'A signing secret just made: store its value now, it is never shown again' })
export class WebhookSecretIssued {
  @Field(() => WebhookSubscription, { description: 'The subscription, with the new secret among its live ones' })
  subscription!: WebhookSubscription;

  @Field(() => ID, { description: 'The new secret' })
  secretId!: string;

  @Field({ description: 'The secret value, to verify x-casehub-signature with (HMAC-SHA256)' })
  secret!: string;
}

@InputType({ description: 'A webhook endpoint to register for your agency' })
export class RegisterWebhookInput {
  @Field({ description: 'The endpoint, https://… (http only to this machine when the hub allows it)' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'What it is for (up to 500 characters)' })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A cursor of changes(...) to start after (your system switching from reading the feed); from now on when absent',
  })
  after?: string | null;
}
