import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '@ayni/core';
import type { Store } from '@ayni/store';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { webhooksKeys } from './keys.js';
import { DELIVERY_RETENTION_DAYS, type DeliveryJob } from './model.js';
import type { DeliveryQueue } from './queue.js';

/** Jobs one `runDueJobs` takes at most. */
const JOBS_PER_RUN = 25;

/**
 * The delivery queue on one machine, kept in the table (SQS cannot run here): a job is an item keyed
 * by the instant it is due, so the due jobs are one bounded Query. `runDueJobs` hands them to the
 * same delivery code the SQS Lambda runs, and removes each only after it was handled, so a crash
 * mid-way leaves it to be run again (the delivery's lease keeps that from sending twice at once).
 */
export function tableDeliveryQueue(
  store: Store,
  clock: Clock,
): DeliveryQueue & {
  runDueJobs(handle: (job: DeliveryJob) => Promise<unknown>): Promise<number>;
  deadLetters(): Promise<(DeliveryJob & { reason: string; at: string })[]>;
} {
  const put = async (queue: 'deliveries' | 'dead-letters', job: DeliveryJob, dueAt: string, extra: Record<string, unknown> = {}) => {
    await store.doc.send(
      new PutCommand({
        TableName: store.tableName,
        Item: {
          ...webhooksKeys.localJob(queue, dueAt, job.endpointId, job.eventId),
          entity: 'LocalWebhookJob',
          ...job,
          dueAt,
          ...extra,
          expiresAt: Math.floor(Date.parse(dueAt) / 1000) + DELIVERY_RETENTION_DAYS * 86_400,
        },
      }),
    );
  };
  const due = async (queue: 'deliveries' | 'dead-letters', until: string, limit: number) => {
    const result = await store.doc.send(
      new QueryCommand({
        TableName: store.tableName,
        KeyConditionExpression: 'pk = :pk AND sk <= :until',
        ExpressionAttributeValues: { ':pk': webhooksKeys.localQueue(queue), ':until': `${until}~` },
        Limit: limit,
      }),
    );
    return result.Items ?? [];
  };
  return {
    async enqueue(jobs) {
      for (const { job, delaySeconds } of jobs) {
        await put('deliveries', job, new Date(clock.now().getTime() + Math.max(0, delaySeconds) * 1000).toISOString());
      }
    },
    async deadLetter(job, reason) {
      const at = clock.now().toISOString();
      await put('dead-letters', job, at, { reason, at });
    },
    async runDueJobs(handle) {
      const items = await due('deliveries', clock.now().toISOString(), JOBS_PER_RUN);
      let handled = 0;
      for (const item of items) {
        await handle({ endpointId: item.endpointId as string, orgId: item.orgId as string, eventId: item.eventId as string });
        try {
          await store.doc.send(
            new DeleteCommand({ TableName: store.tableName, Key: { pk: item.pk, sk: item.sk }, ConditionExpression: 'attribute_exists(pk)' }),
          );
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        }
        handled++;
      }
      return handled;
    },
    async deadLetters() {
      const items = await due('dead-letters', '~', 100);
      return items.map((item) => ({ endpointId: item.endpointId, orgId: item.orgId, eventId: item.eventId, reason: item.reason, at: item.at }));
    },
  };
}
