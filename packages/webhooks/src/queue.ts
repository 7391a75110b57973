import { SendMessageBatchCommand, SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DeliveryJob } from './model.js';

/** Longest delay SQS gives one message; a later attempt is re-queued on arrival for what is left. */
export const MAX_QUEUE_DELAY_SECONDS = 900;
const SQS_BATCH = 10;

/**
 * Where delivery jobs wait for their time: SQS in AWS (`sqsDeliveryQueue`), a queue kept in the
 * table on one machine (`@ayni/webhooks/local`). The delivery code is the same for both.
 */
export interface DeliveryQueue {
  enqueue(jobs: readonly { readonly job: DeliveryJob; readonly delaySeconds: number }[]): Promise<void>;
  /** A delivery whose last attempt failed: kept for an operator (the DLQ), with the reason. */
  deadLetter(job: DeliveryJob, reason: string): Promise<void>;
}

export function encodeJob(job: DeliveryJob): string {
  return JSON.stringify({ endpointId: job.endpointId, orgId: job.orgId, eventId: job.eventId });
}

/** A queue message's job, or undefined for a message that is not one (it is then dropped as poison). */
export function decodeJob(body: string): DeliveryJob | undefined {
  try {
    const value = JSON.parse(body) as Record<string, unknown>;
    if (typeof value.endpointId === 'string' && typeof value.orgId === 'string' && typeof value.eventId === 'string') {
      return { endpointId: value.endpointId, orgId: value.orgId, eventId: value.eventId };
    }
  } catch {
    // not JSON
  }
  return undefined;
}

/** The SQS adapter: jobs to the delivery queue (delayed up to 15 minutes), exhausted ones to the dead-letter queue. */
export function sqsDeliveryQueue(client: SQSClient, urls: { readonly deliveries: string; readonly deadLetters: string }): DeliveryQueue {
  return {
    async enqueue(jobs) {
      for (let start = 0; start < jobs.length; start += SQS_BATCH) {
        const batch = jobs.slice(start, start + SQS_BATCH);
        const result = await client.send(
          new SendMessageBatchCommand({
            QueueUrl: urls.deliveries,
            Entries: batch.map(({ job, delaySeconds }, i) => ({
              Id: String(i),
              MessageBody: encodeJob(job),
              DelaySeconds: Math.max(0, Math.min(MAX_QUEUE_DELAY_SECONDS, Math.ceil(delaySeconds))),
            })),
          }),
          { abortSignal: AbortSignal.timeout(5_000) },
        );
        if (result.Failed && result.Failed.length > 0) {
          throw new Error(`SQS refused ${result.Failed.length} of ${batch.length} delivery jobs: ${result.Failed.map((f) => f.Code).join(', ')}`);
        }
      }
    },
    async deadLetter(job, reason) {
      await client.send(
        new SendMessageCommand({
          QueueUrl: urls.deadLetters,
          MessageBody: encodeJob(job),
          MessageAttributes: { reason: { DataType: 'String', StringValue: reason } },
        }),
        { abortSignal: AbortSignal.timeout(5_000) },
      );
    },
  };
}
