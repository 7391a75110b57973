import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, FilterRule, type IFunction, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { OUTBOX_ATTRIBUTE } from '@ayni/core';
import { Construct } from 'constructs';

/** Records per invocation of a stream consumer. */
export const OUTBOX_STREAM_BATCH_SIZE = 100;
/** Retries of a failing batch (halved each time by bisection) before its records are given up. */
export const OUTBOX_STREAM_RETRY_ATTEMPTS = 10;
/** Records older than this are given up (the stream itself keeps them 24 hours). */
export const OUTBOX_STREAM_MAX_RECORD_AGE = Duration.hours(24);
/** How long the description of a given-up batch is kept in the failure queue. */
export const OUTBOX_STREAM_FAILURE_RETENTION = Duration.days(14);

/**
 * Only writes whose new image carries an outbox event (a map with a string `id`, packages/core
 * events.ts) invoke the consumer: the other writes of the table (most of them) cost nothing. Whether
 * the event is new (not already in the old image) the consumer decides, since a filter cannot compare
 * the two images.
 */
export const OUTBOX_EVENT_FILTER = FilterCriteria.filter({
  eventName: FilterRule.or('INSERT', 'MODIFY'),
  dynamodb: { NewImage: { [OUTBOX_ATTRIBUTE]: { M: { id: { S: FilterRule.exists() } } } } },
});

export interface OutboxStreamConsumerProps {
  readonly table: ITableV2;
  readonly fn: IFunction;
}

/**
 * A function reading the outbox events of the table's stream, from the oldest record kept
 * (TRIM_HORIZON), with partial batch responses (the handler names the first record it could not
 * finish), bisection of a failing batch, bounded retries and a maximum record age, so that one bad
 * record cannot block its shard for more than a day. A batch given up is described (shard, sequence
 * numbers) in the consumer's own failure queue (SSE-SQS, TLS only, 14 days), whose depth pages; the
 * records can be read back from the stream by those numbers while the stream still has them (24 h).
 * The event source grants the stream read, and the failure queue's send.
 */
export class OutboxStreamConsumer extends Construct {
  readonly failureQueue: Queue;

  constructor(scope: Construct, id: string, props: OutboxStreamConsumerProps) {
    super(scope, id);
    this.failureQueue = new Queue(this, 'FailureQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: OUTBOX_STREAM_FAILURE_RETENTION,
    });
    props.fn.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: OUTBOX_STREAM_BATCH_SIZE,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: OUTBOX_STREAM_RETRY_ATTEMPTS,
        maxRecordAge: OUTBOX_STREAM_MAX_RECORD_AGE,
        onFailure: new SqsDlq(this.failureQueue),
        filters: [OUTBOX_EVENT_FILTER],
      }),
    );
  }
}
