import type { DomainModule } from '@ayni/http';
import { webhooksDepsOf } from './deps.js';
import { documentWebhooks } from './event-docs.js';
import { createWebhooksRouter } from './routes.js';

export { DELIVERY_POLICY, nextAttemptDelaySeconds, shouldRetry, type DeliveryPolicy } from './backoff.js';
export { documentWebhooks, webhookPayloadSchema } from './event-docs.js';
export { deliveryQueueOf, secretBoxOf, webhooksDepsOf } from './deps.js';
export { queueHandler, streamHandler, type BatchResponse, type QueueEventLike, type StreamEventLike } from './lambda.js';
export { decodeJob, encodeJob, MAX_QUEUE_DELAY_SECONDS, sqsDeliveryQueue, type DeliveryQueue } from './queue.js';
export { webhookRoutes } from './routes.js';
export { signWebhook, verifyWebhook, generateWebhookSecret } from './signing.js';
export { attemptDelivery, type AttemptOutcome } from './service/deliver.js';
export { dispatchEvents, eventsOfRecords, type StreamRecordLike } from './service/dispatch.js';
export type { WebhooksDeps } from './service/context.js';
export { tableDeliveryQueue } from './table-queue.js';
export { webhooksKeys } from './keys.js';
export {
  cachedSecretBox,
  endpointSecretContext,
  isSealed,
  kmsSecretBox,
  localSecretBox,
  storedResponseContext,
  type SecretBox,
  type SecretContext,
} from './secret-box.js';
export * from './model.js';

/** An organisation's webhook endpoints and their deliveries. */
export const webhooksDomain: DomainModule = {
  name: 'webhooks',
  createRouter: (runtime) => createWebhooksRouter(webhooksDepsOf(runtime)),
  documentWebhooks: (registry) => documentWebhooks(registry as unknown as Parameters<typeof documentWebhooks>[0]),
};
