import { KMSClient } from '@aws-sdk/client-kms';
import { SQSClient } from '@aws-sdk/client-sqs';
import { ConfigError, type Clock, type Config } from '@ayni/core';
import { randomBytes } from 'node:crypto';
import type { Store } from '@ayni/store';
import { sqsDeliveryQueue, type DeliveryQueue } from './queue.js';
import { cachedSecretBox, kmsSecretBox, localSecretBox, type SecretBox } from './secret-box.js';
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

/** Outside Lambda with no key configured (tests): one key for the whole process, so every part of it opens what another sealed. */
let processKey: Buffer | undefined;

/**
 * How endpoint secrets are sealed: the stack's KMS key in AWS, else the local key of `npm start`,
 * else (tests, never in Lambda) a key of this process. Opened secrets are cached for 5 minutes.
 */
export function secretBoxOf(config: Pick<Config, 'AWS_REGION' | 'WEBHOOK_SECRETS_KMS_KEY_ID' | 'WEBHOOK_SECRETS_KEY'>): SecretBox {
  if (config.WEBHOOK_SECRETS_KMS_KEY_ID) {
    const client = new KMSClient({
      region: config.AWS_REGION,
      maxAttempts: 3,
      requestHandler: { connectionTimeout: 2_000, requestTimeout: 3_000, throwOnRequestTimeout: true },
    });
    return cachedSecretBox(kmsSecretBox(client, config.WEBHOOK_SECRETS_KMS_KEY_ID));
  }
  if (config.WEBHOOK_SECRETS_KEY) return cachedSecretBox(localSecretBox(Buffer.from(config.WEBHOOK_SECRETS_KEY, 'base64')));
  if (process.env.AWS_LAMBDA_FUNCTION_NAME)
    throw new ConfigError('WEBHOOK_SECRETS_KMS_KEY_ID must be set: webhook secrets are stored sealed', ['WEBHOOK_SECRETS_KMS_KEY_ID']);
  processKey ??= randomBytes(32);
  return localSecretBox(processKey);
}

export function webhooksDepsOf(runtime: { config: Config; store: Store; clock: Clock }): WebhooksDeps {
  return {
    store: runtime.store,
    clock: runtime.clock,
    queue: deliveryQueueOf(runtime.config, runtime.store, runtime.clock),
    secrets: secretBoxOf(runtime.config),
    allowLoopbackHttp: runtime.config.WEBHOOKS_ALLOW_LOOPBACK_HTTP,
  };
}
