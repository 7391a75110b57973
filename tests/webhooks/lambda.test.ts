import { SQSClient } from '@aws-sdk/client-sqs';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { domainEvent, fixedClock, outbox } from '@ayni/core';
import { createStore } from '@ayni/store';
import {
  localSecretBox,
  queueHandler,
  sqsDeliveryQueue,
  streamHandler,
  webhooksKeys,
  type DeliveryQueue,
  type EndpointItem,
  type WebhooksDeps,
} from '@ayni/webhooks';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_EPOCH } from '../support/api.js';
import { createTestTable, TEST_REGION } from '../support/dynamodb.js';

const { store } = await createTestTable('webhooks-lambda');
const clock = fixedClock(TEST_EPOCH);
const secrets = localSecretBox(randomBytes(32));

/** A queue that keeps what it is given, to see what the handlers queue. */
function recordingQueue() {
  const jobs: { job: unknown; delaySeconds: number }[] = [];
  const dead: unknown[] = [];
  const queue: DeliveryQueue = {
    enqueue: async (items) => void jobs.push(...items),
    deadLetter: async (job, reason) => void dead.push({ job, reason }),
  };
  return { queue, jobs, dead };
}

const orgId = 'org_01JD3Z9Q4X8V6T2M1N0P5R7S9W';
const endpointItem: EndpointItem = {
  entity: 'WebhookEndpoint',
  id: 'whe_01JD3Z9Q4X8V6T2M1N0P5R7S9W',
  orgId,
  url: 'https://hooks.example/ayni',
  eventTypes: ['order.placed', 'order.confirmed'],
  enabled: true,
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  consecutiveFailures: 0,
  createdAt: TEST_EPOCH,
  createdBy: 'admin',
  updatedAt: TEST_EPOCH,
  version: 1,
};
await store.doc.send(new PutCommand({ TableName: store.tableName, Item: { ...webhooksKeys.endpoint(orgId, endpointItem.id), ...endpointItem } }));

const placed = domainEvent({
  type: 'order.placed',
  occurredAt: TEST_EPOCH,
  organisations: [orgId, 'org_01JD3Z9Q4X8V6T2M1N0P5R7S9X'],
  aggregate: { type: 'order', id: 'ord_1', seq: 1 },
  data: { orderId: 'ord_1' },
});

/** A stream record exactly as Lambda hands it (aws-lambda's DynamoDBRecord). */
function record(
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  sequence: string,
  newImage?: Record<string, unknown>,
  oldImage?: Record<string, unknown>,
): DynamoDBRecord {
  return {
    eventID: `id-${sequence}`,
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'us-east-1',
    eventSourceARN: 'arn:aws:dynamodb:us-east-1:123456789012:table/ayni/stream/2026-11-20T15:00:00.000',
    dynamodb: {
      ApproximateCreationDateTime: 1_763_650_800,
      Keys: marshall({ pk: 'ORDER#ord_1', sk: 'EVENT#000001' }) as never,
      ...(newImage ? { NewImage: marshall(newImage, { removeUndefinedValues: true }) as never } : {}),
      ...(oldImage ? { OldImage: marshall(oldImage, { removeUndefinedValues: true }) as never } : {}),
      SequenceNumber: sequence,
      SizeBytes: 512,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}

describe('the dispatcher Lambda (DynamoDBStreamEvent → DynamoDBBatchResponse)', () => {
  it('queues one delivery per subscribed endpoint for a new outbox event, and none for a record without a new one', async () => {
    const { queue, jobs } = recordingQueue();
    const handler = streamHandler({ store, clock, queue, secrets });
    const lot = domainEvent({ type: 'lot.created', occurredAt: TEST_EPOCH, organisations: [orgId], aggregate: { type: 'lot', id: 'lot_1', seq: 0 }, data: {} });
    const event: DynamoDBStreamEvent = {
      Records: [
        record('INSERT', '100', { pk: 'ORDER#ord_1', sk: 'EVENT#000001', ...outbox(placed) }),
        // A lot's stock update: the same `lot.created` in both images is no event (and not subscribed anyway).
        record('MODIFY', '101', { pk: 'LOT#lot_1', sk: 'LOT', stock: 5, ...outbox(lot) }, { pk: 'LOT#lot_1', sk: 'LOT', stock: 6, ...outbox(lot) }),
        record('INSERT', '102', { pk: 'ORG#x', sk: 'PROFILE' }),
        record('REMOVE', '103', undefined, { pk: 'ORDER#ord_1', sk: 'EVENT#000001', ...outbox(placed) }),
      ],
    };
    const response: DynamoDBBatchResponse = await handler(event);
    expect(response).toEqual({ batchItemFailures: [] });
    expect(jobs).toEqual([{ job: { endpointId: endpointItem.id, orgId, eventId: placed.id }, delaySeconds: 0 }]);

    // The same batch again (Lambda retries it): the delivery exists and was never tried, so it is queued again; no second delivery item.
    await handler(event);
    expect(jobs).toHaveLength(2);
  });

  it('reports the first record it could not dispatch, so the mapping retries from there', async () => {
    const broken = createStore({
      tableName: store.tableName,
      region: TEST_REGION,
      endpoint: 'http://127.0.0.1:9',
      timeouts: { requestMs: 200, connectionMs: 200, maxAttempts: 1 },
    });
    const { queue } = recordingQueue();
    const handler = streamHandler({ store: broken, clock, queue, secrets });
    const response = await handler({
      Records: [record('INSERT', '200', { pk: 'p', sk: 's' }), record('INSERT', '201', { pk: 'p', sk: 's2', ...outbox(placed) })],
    });
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: '201' }] });
  });
});

describe('the delivery Lambda (SQSEvent → SQSBatchResponse)', () => {
  const sqsRecord = (messageId: string, body: string): SQSRecord => ({
    messageId,
    receiptHandle: `rh-${messageId}`,
    body,
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '1763650800000', SenderId: 'AIDA', ApproximateFirstReceiveTimestamp: '1763650800001' },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:ayni-webhook-deliveries',
    awsRegion: 'us-east-1',
  });

  it('drops a message that is not a job, skips a job with no delivery, and reports a job whose attempt could not be recorded', async () => {
    const { queue } = recordingQueue();
    const deps: WebhooksDeps = { store, clock, queue, secrets };
    const job = JSON.stringify({ endpointId: endpointItem.id, orgId, eventId: 'evt_01JD3Z9Q4X8V6T2M1N0P5R7S9W' });
    const ok: SQSBatchResponse = await queueHandler(deps)({ Records: [sqsRecord('m1', 'not json'), sqsRecord('m2', job)] } satisfies SQSEvent);
    expect(ok).toEqual({ batchItemFailures: [] });

    const broken = createStore({
      tableName: store.tableName,
      region: TEST_REGION,
      endpoint: 'http://127.0.0.1:9',
      timeouts: { requestMs: 200, connectionMs: 200, maxAttempts: 1 },
    });
    const failed = await queueHandler({ ...deps, store: broken })({ Records: [sqsRecord('m3', job), sqsRecord('m4', '{"endpointId":1}')] });
    expect(failed).toEqual({ batchItemFailures: [{ itemIdentifier: 'm3' }] });
  });
});

describe('the SQS adapter, on the wire', () => {
  it('sends jobs in batches of ten with their delays (at most 15 minutes) and dead letters with their reason', async () => {
    const requests: { target: string; body: Record<string, any> }[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const target = String(req.headers['x-amz-target']);
        requests.push({ target, body });
        const md5 = (text: string) => createHash('md5').update(text).digest('hex');
        const answer =
          target === 'AmazonSQS.SendMessageBatch'
            ? {
                Successful: body.Entries.map((e: { Id: string; MessageBody: string }) => ({
                  Id: e.Id,
                  MessageId: `m-${e.Id}`,
                  MD5OfMessageBody: md5(e.MessageBody),
                })),
                Failed: [],
              }
            : { MessageId: 'dead-1', MD5OfMessageBody: md5(body.MessageBody) };
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const client = new SQSClient({ region: 'us-east-1', endpoint: url, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    const queue = sqsDeliveryQueue(client, { deliveries: `${url}/123456789012/deliveries`, deadLetters: `${url}/123456789012/dead-letters` });

    const jobs = Array.from({ length: 12 }, (_, i) => ({
      job: { endpointId: endpointItem.id, orgId, eventId: `evt_${String(i).padStart(26, '0')}` },
      delaySeconds: i === 0 ? 3600 : i,
    }));
    await queue.enqueue(jobs);
    await queue.deadLetter(jobs[0]!.job, '8 attempts failed; last: http-status 500');

    expect(requests.map((r) => r.target)).toEqual(['AmazonSQS.SendMessageBatch', 'AmazonSQS.SendMessageBatch', 'AmazonSQS.SendMessage']);
    expect(requests[0]!.body.QueueUrl).toBe(`${url}/123456789012/deliveries`);
    expect(requests[0]!.body.Entries).toHaveLength(10);
    expect(requests[1]!.body.Entries).toHaveLength(2);
    expect(requests[0]!.body.Entries[0]).toEqual({ Id: '0', MessageBody: JSON.stringify(jobs[0]!.job), DelaySeconds: 900 });
    expect(requests[0]!.body.Entries[5].DelaySeconds).toBe(5);
    expect(requests[2]!.body).toMatchObject({
      QueueUrl: `${url}/123456789012/dead-letters`,
      MessageBody: JSON.stringify(jobs[0]!.job),
      MessageAttributes: { reason: { DataType: 'String', StringValue: '8 attempts failed; last: http-status 500' } },
    });
    client.destroy();
  });
});
