import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** How long a delivery job may wait in the queue (a job's attempts span hours, each a fresh message). */
export const WEBHOOK_QUEUE_RETENTION = Duration.days(4);
/** How long an exhausted or poison delivery is kept for an operator to inspect and redeliver. */
export const WEBHOOK_DEAD_LETTER_RETENTION = Duration.days(14);
/** Receives after which SQS itself moves a message that keeps crashing the delivery function to the DLQ. */
export const WEBHOOK_MAX_RECEIVE_COUNT = 5;
/** AWS's advice for an SQS event source: a visibility timeout of at least 6 times the function's timeout. */
export const VISIBILITY_TIMEOUT_FACTOR = 6;
/** Jobs per invocation of the delivery function (attempted in parallel). */
export const WEBHOOK_DELIVERY_BATCH_SIZE = 10;
/** At most this many delivery functions at once: integrators' endpoints are not flooded, the account's concurrency is kept. */
export const WEBHOOK_DELIVERY_MAX_CONCURRENCY = 10;
/**
 * A due job older than this in the delivery queue pages. A retry delayed by SendMessage DelaySeconds
 * is not visible, and does not age the queue, until it is due.
 */
export const WEBHOOK_QUEUE_AGE_THRESHOLD = Duration.minutes(30);

export interface WebhookQueuesProps {
  /** The delivery function's timeout: the queue's visibility timeout is `VISIBILITY_TIMEOUT_FACTOR` times it. */
  readonly consumerTimeout: Duration;
}

/**
 * The webhook delivery queue and its dead-letter queue (both SSE-SQS, TLS only). The app sends jobs
 * to the delivery queue (a retry is a new message delayed up to 15 minutes) and sends a delivery whose
 * attempts are used up to the dead-letter queue itself; SQS moves there, too, a message that failed
 * `WEBHOOK_MAX_RECEIVE_COUNT` receives (a poison message, or a function that keeps crashing).
 *
 * Permissions are per use, never `grantSendMessages` (which adds GetQueueAttributes and GetQueueUrl):
 * `grantEnqueue` gives sqs:SendMessage on the delivery queue (SendMessageBatch is authorised by it);
 * `addConsumer` subscribes the delivery function (the event source grants consuming) and lets it
 * dead-letter.
 */
export class WebhookQueues extends Construct {
  readonly deliveryQueue: Queue;
  readonly deadLetterQueue: Queue;
  /** How long a received job stays invisible to other consumers: `VISIBILITY_TIMEOUT_FACTOR` times the consumer's timeout. */
  readonly visibilityTimeout: Duration;

  constructor(scope: Construct, id: string, props: WebhookQueuesProps) {
    super(scope, id);
    this.visibilityTimeout = Duration.seconds(props.consumerTimeout.toSeconds() * VISIBILITY_TIMEOUT_FACTOR);
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: WEBHOOK_DEAD_LETTER_RETENTION,
    });
    this.deliveryQueue = new Queue(this, 'DeliveryQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: WEBHOOK_QUEUE_RETENTION,
      visibilityTimeout: this.visibilityTimeout,
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: WEBHOOK_MAX_RECEIVE_COUNT },
    });
  }

  /** WEBHOOK_QUEUE_URL and WEBHOOK_DEAD_LETTER_QUEUE_URL: with both set, the app uses SQS (packages/webhooks/src/deps.ts). */
  get environment(): Record<string, string> {
    return { WEBHOOK_QUEUE_URL: this.deliveryQueue.queueUrl, WEBHOOK_DEAD_LETTER_QUEUE_URL: this.deadLetterQueue.queueUrl };
  }

  /** May send delivery jobs to the delivery queue, and nothing else on either queue. */
  grantEnqueue(fn: IFunction): void {
    fn.addToRolePolicy(
      new PolicyStatement({ sid: 'WebhookEnqueue', effect: Effect.ALLOW, actions: ['sqs:SendMessage'], resources: [this.deliveryQueue.queueArn] }),
    );
  }

  /**
   * The delivery function: invoked by the delivery queue with partial batch responses (a failed job is
   * offered again after the visibility timeout; the others are deleted), and may dead-letter.
   */
  addConsumer(fn: IFunction, timeout: Duration): void {
    const needed = timeout.toSeconds() * VISIBILITY_TIMEOUT_FACTOR;
    if (this.visibilityTimeout.toSeconds() < needed) {
      throw new Error(
        `${fn.node.path}: a ${timeout.toSeconds()} s timeout needs a visibility timeout of ${needed} s; the delivery queue has ${this.visibilityTimeout.toSeconds()} s`,
      );
    }
    fn.addEventSource(
      new SqsEventSource(this.deliveryQueue, {
        batchSize: WEBHOOK_DELIVERY_BATCH_SIZE,
        reportBatchItemFailures: true,
        maxConcurrency: WEBHOOK_DELIVERY_MAX_CONCURRENCY,
      }),
    );
    fn.addToRolePolicy(
      new PolicyStatement({ sid: 'WebhookDeadLetter', effect: Effect.ALLOW, actions: ['sqs:SendMessage'], resources: [this.deadLetterQueue.queueArn] }),
    );
  }
}

/** The encryption-context purposes the app seals under (packages/webhooks/src/secret-box.ts). */
export const WEBHOOK_SECRET_PURPOSES = { endpoint: 'ayni-webhook-secret', storedResponse: 'ayni-idempotent-response' } as const;

/**
 * The symmetric KMS key that seals webhook signing secrets at rest (the endpoint items, and the
 * idempotency records of the answers that carry a secret). Rotated yearly by KMS; kept on stack
 * deletion, since without it no stored secret can be opened. Each grant names the actions and the
 * encryption-context purposes its function needs, nothing more.
 */
export class WebhookSecrets extends Construct {
  readonly key: Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.key = new Key(this, 'Key', {
      description: 'Ayni webhook signing secrets (sealed at rest)',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }

  /** WEBHOOK_SECRETS_KMS_KEY_ID: with it set, the app seals with KMS (packages/webhooks/src/deps.ts). */
  get environment(): Record<string, string> {
    return { WEBHOOK_SECRETS_KMS_KEY_ID: this.key.keyArn };
  }

  /** `seal`: Encrypt and Decrypt under both purposes (the webhooks API); `open`: Decrypt of endpoint secrets only (the delivery worker). */
  grant(fn: IFunction, use: 'seal' | 'open'): void {
    const purposes = use === 'seal' ? Object.values(WEBHOOK_SECRET_PURPOSES) : [WEBHOOK_SECRET_PURPOSES.endpoint];
    fn.addToRolePolicy(
      new PolicyStatement({
        sid: use === 'seal' ? 'WebhookSecretsSeal' : 'WebhookSecretsOpen',
        effect: Effect.ALLOW,
        actions: use === 'seal' ? ['kms:Encrypt', 'kms:Decrypt'] : ['kms:Decrypt'],
        resources: [this.key.keyArn],
        // Only under these purposes (a call without one, or with another, is refused).
        conditions: { StringEquals: { 'kms:EncryptionContext:purpose': purposes } },
      }),
    );
  }
}
