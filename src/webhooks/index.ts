/** Webhooks: an agency's endpoints that get its change feed POSTed, signed, retried and never lost (delivered by graphile-worker). */
import { defineModule } from '../kernel/module';
import { WebhooksResolver } from './webhooks.resolver';

export const webhooksModule = defineModule({
  name: 'webhooks',
  resolvers: [WebhooksResolver],
});

export { startWebhookDelivery } from './worker';
export type { WebhookDelivery, WebhookDeliveryOptions } from './worker';
export type { DeliverySettings } from './delivery';
export { SIGNATURE_HEADER, sign, verify } from './signature';
