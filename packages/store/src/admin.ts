import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { setTimeout as sleep } from 'node:timers/promises';
import { GLOBAL_INDEXES, KEY_ATTRIBUTE_TYPE, STREAM_VIEW_TYPE, TABLE_KEYS, TTL_ATTRIBUTE, keyAttributeNames } from './table.js';

/**
 * Whether a local table gets the stream the production table has. `npm start` needs it (its webhook
 * pipeline reads it); a test table only where the test reads the stream: DynamoDB Local keeps every
 * stream record of a table in its heap for 24 hours, and the suite's hundreds of thousands of writes
 * would weigh on it for every file (seen once every test table streamed: files late in a run timed out,
 * orders concurrency took 478 s; the cause is inferred, not profiled).
 */
export interface LocalTableOptions {
  readonly stream?: boolean;
}

/** CreateTable input built from the shared table definition (the CDK stack builds the same shape). */
export function createTableInput(tableName: string, options: LocalTableOptions = { stream: true }): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyAttributeNames().map((name) => ({ AttributeName: name, AttributeType: KEY_ATTRIBUTE_TYPE })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: GLOBAL_INDEXES.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
    ...(options.stream !== false ? { StreamSpecification: { StreamEnabled: true, StreamViewType: STREAM_VIEW_TYPE } } : {}),
  };
}

async function waitUntilActive(client: DynamoDBClient, tableName: string) {
  for (let i = 0; i < 100; i++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return Table;
    await sleep(100);
  }
  throw new Error(`table ${tableName} did not become ACTIVE`);
}

/** Creates the table (and its TTL setting) unless it exists. Used by the local stack and tests only. */
export async function ensureTable(client: DynamoDBClient, tableName: string, options: LocalTableOptions = { stream: true }): Promise<'created' | 'existing'> {
  let outcome: 'created' | 'existing' = 'created';
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName, options)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    outcome = 'existing';
  }
  const table = await waitUntilActive(client, tableName);
  // A table made before the outbox (a local data directory kept across starts) gets its stream.
  if (options.stream !== false && !table.StreamSpecification?.StreamEnabled) {
    await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: { StreamEnabled: true, StreamViewType: STREAM_VIEW_TYPE } }));
    await waitUntilActive(client, tableName);
  }
  if (outcome === 'created') {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      }),
    );
  }
  return outcome;
}

export async function deleteTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
}

/** Cheap reachability probe for health checks: describes the table. */
export async function probeTable(client: DynamoDBClient, tableName: string): Promise<{ ok: boolean; status?: string; error?: string }> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }), {
      abortSignal: AbortSignal.timeout(2000),
    });
    return { ok: Table?.TableStatus === 'ACTIVE', status: Table?.TableStatus };
  } catch (error) {
    return { ok: false, error: (error as Error).name };
  }
}
