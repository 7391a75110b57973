import { decodeJob } from './queue.js';
import type { WebhooksDeps } from './service/context.js';
import { attemptDelivery } from './service/deliver.js';
import { dispatchEvents, eventsOfRecords, type StreamRecordLike } from './service/dispatch.js';

/** The parts of a Lambda DynamoDB stream event the dispatcher reads (aws-lambda's `DynamoDBStreamEvent`). */
export interface StreamEventLike {
  readonly Records: readonly StreamRecordLike[];
}

/** aws-lambda's `DynamoDBBatchResponse` / `SQSBatchResponse`: the records to be retried. */
export interface BatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

/** aws-lambda's `SQSEvent`, as far as the delivery worker reads it. */
export interface QueueEventLike {
  readonly Records: readonly { readonly messageId: string; readonly body: string }[];
}

/**
 * The dispatcher: a batch of the table's stream records in, deliveries and queued jobs out. On a
 * failure it reports the first record of the batch it could not finish (the event source mapping
 * then retries from it, with `ReportBatchItemFailures`), so nothing after it is skipped and nothing
 * before it is dispatched again. Dispatching is idempotent anyway (a delivery is written once).
 */
export function streamHandler(deps: WebhooksDeps) {
  return async (event: StreamEventLike): Promise<BatchResponse> => {
    for (const [index, record] of event.Records.entries()) {
      try {
        await dispatchEvents(deps, eventsOfRecords([record]));
      } catch (error) {
        const failed = event.Records[index]?.dynamodb?.SequenceNumber;
        console.error(JSON.stringify({ level: 'ERROR', message: 'dispatch failed', sequenceNumber: failed, error: String(error) }));
        return { batchItemFailures: failed ? [{ itemIdentifier: failed }] : [] };
      }
    }
    return { batchItemFailures: [] };
  };
}

/**
 * The delivery worker: one attempt per queue message. A message that is not a job is dropped (it
 * could never succeed); a message whose attempt could not be recorded (the table unreachable) is
 * reported as failed, so SQS offers it again after its visibility timeout.
 */
export function queueHandler(deps: WebhooksDeps) {
  return async (event: QueueEventLike): Promise<BatchResponse> => {
    const failures: { itemIdentifier: string }[] = [];
    await Promise.all(
      event.Records.map(async (record) => {
        const job = decodeJob(record.body);
        if (!job) return;
        try {
          await attemptDelivery(deps, job);
        } catch (error) {
          console.error(JSON.stringify({ level: 'ERROR', message: 'delivery attempt failed', messageId: record.messageId, error: String(error) }));
          failures.push({ itemIdentifier: record.messageId });
        }
      }),
    );
    return { batchItemFailures: failures };
  };
}
