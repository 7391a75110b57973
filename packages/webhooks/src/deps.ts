import { SQSClient } from '@aws-sdk/client-sqs';
import type { Clock, Config } from '@ayni/core';
import type { Store } from '@ayni/store';
import { sqsDeliveryQueue, type DeliveryQueue } from './queue.js';
import type { WebhooksDeps } from './service/context.js';
import { tableDeliveryQueue } from './table-queue.js';

/**
 * The delivery queue a deployment uses: SQS where the stack set its queues (AWS), otherwise the
 * table's own queue, which `npm start` and the tests run (`@ayni/webhooks/local`).
 */
export function deliveryQueueOf(config: Config, store: Store, clock: Clock): DeliveryQueue {
  if (config.WEBHOOK_QUEUE_URL && config.WEBHOOK_DEAD_LETTER_QUEUE_URL) {
    const client = new SQSClient({
      region: config.AWS_REGION,
      maxAttempts: 3,
      requestHandler: { connectionTimeout: 2_000, requestTimeout: 3_000, throwOnRequestTimeout: true },
    });
    return sqsDeliveryQueue(client, { deliveries: config.WEBHOOK_QUEUE_URL, deadLetters: config.WEBHOOK_DEAD_LETTER_QUEUE_URL });
  }
  return tableDeliveryQueue(store, clock);
}

export function webhooksDepsOf(runtime: { config: Config; store: Store; clock: Clock }): WebhooksDeps {
  return {
    store: runtime.store,
    clock: runtime.clock,
    queue: deliveryQueueOf(runtime.config, runtime.store, runtime.clock),
    allowLoopbackHttp: runtime.config.WEBHOOKS_ALLOW_LOOPBACK_HTTP,
  };
}
