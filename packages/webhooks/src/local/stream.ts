import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import type { StreamRecordLike } from '../service/dispatch.js';

/** Records one GetRecords call returns at most (the Lambda event source mapping's batch size in AWS). */
const RECORDS_PER_CALL = 100;

interface ShardState {
  iterator?: string | undefined;
  /** The last record handled: where to resume if the iterator expires. */
  lastSequence?: string | undefined;
  closed: boolean;
}

/**
 * Reads the table's stream the way Lambda's event source mapping does in AWS, against DynamoDB
 * Local's own implementation of DynamoDB Streams: every shard from its oldest record (TRIM_HORIZON),
 * batches handed to `handle` in order, a shard's position moved on only after its batch was handled
 * (a failing batch is read again on the next poll: at-least-once, as in AWS).
 */
export class LocalStreamReader {
  private readonly streams: DynamoDBStreamsClient;
  private readonly shards = new Map<string, ShardState>();
  private streamArn: string | undefined;

  constructor(
    private readonly dynamo: DynamoDBClient,
    private readonly tableName: string,
    endpoint: string,
    region: string,
  ) {
    this.streams = new DynamoDBStreamsClient({
      endpoint,
      region,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 2,
      requestHandler: { connectionTimeout: 2_000, requestTimeout: 5_000, throwOnRequestTimeout: true },
    });
  }

  private async arn(): Promise<string> {
    if (!this.streamArn) {
      const { Table } = await this.dynamo.send(new DescribeTableCommand({ TableName: this.tableName }));
      if (!Table?.LatestStreamArn) throw new Error(`table ${this.tableName} has no stream`);
      this.streamArn = Table.LatestStreamArn;
    }
    return this.streamArn;
  }

  /** Learns the stream's shards (new ones appear as DynamoDB splits or rolls them over). */
  private async refreshShards(): Promise<void> {
    const StreamArn = await this.arn();
    let ExclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await this.streams.send(new DescribeStreamCommand({ StreamArn, ExclusiveStartShardId }));
      for (const shard of StreamDescription?.Shards ?? []) {
        if (shard.ShardId && !this.shards.has(shard.ShardId)) this.shards.set(shard.ShardId, { closed: false });
      }
      ExclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (ExclusiveStartShardId);
  }

  private async iteratorOf(shardId: string, state: ShardState): Promise<string | undefined> {
    if (state.iterator) return state.iterator;
    const StreamArn = await this.arn();
    const { ShardIterator } = await this.streams.send(
      new GetShardIteratorCommand(
        state.lastSequence
          ? { StreamArn, ShardId: shardId, ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: state.lastSequence }
          : { StreamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' },
      ),
    );
    state.iterator = ShardIterator;
    return ShardIterator;
  }

  /**
   * Reads what the stream holds now and hands it to `handle`, batch by batch, until every open shard
   * answers empty. Answers how many records were handled.
   */
  async poll(handle: (records: StreamRecordLike[]) => Promise<void>): Promise<number> {
    await this.refreshShards();
    let handled = 0;
    for (const [shardId, state] of this.shards) {
      if (state.closed) continue;
      for (;;) {
        const iterator = await this.iteratorOf(shardId, state);
        if (!iterator) {
          state.closed = true;
          break;
        }
        let result: GetRecordsCommandOutput;
        try {
          result = await this.streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: RECORDS_PER_CALL }));
        } catch (error) {
          if (error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException) {
            state.iterator = undefined;
            if (error instanceof TrimmedDataAccessException) state.lastSequence = undefined;
            continue;
          }
          throw error;
        }
        const records = (result.Records ?? []) as StreamRecordLike[];
        if (records.length > 0) {
          await handle(records);
          handled += records.length;
          state.lastSequence = records.at(-1)?.dynamodb?.SequenceNumber ?? state.lastSequence;
        }
        state.iterator = result.NextShardIterator;
        if (!result.NextShardIterator) {
          state.closed = true;
          break;
        }
        if (records.length === 0) break;
      }
    }
    return handled;
  }

  close(): void {
    this.streams.destroy();
  }
}
