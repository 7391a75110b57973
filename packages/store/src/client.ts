import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { message } from '@ayni/core';
import { DatabaseUnavailable, isDatabaseUnavailable } from './errors.js';
import { MESSAGES } from './messages.js';

export interface StoreOptions {
  readonly tableName: string;
  readonly region: string;
  /** DynamoDB Local's URL; omit in AWS. */
  readonly endpoint?: string | undefined;
  /** Time limits toward DynamoDB (DYNAMODB_TIMEOUTS); the defaults keep a silent database under 3 s. */
  readonly timeouts?: Partial<DynamoTimeouts> | undefined;
}

/**
 * Every call to DynamoDB is bounded: a connection must open within `connectionMs`, an answer arrive
 * within `requestMs`, and the SDK tries `maxAttempts` times in all. With the defaults a database
 * that accepts connections but does not answer (the usual failure: a stalled node, a network that
 * drops packets) costs a request at most 2 × 1 s plus a backoff of at most ~0.1 s before it is a
 * 503 `database-unavailable` with Retry-After (see DatabaseUnavailable): never a hang. DynamoDB's
 * own single-item and transaction latencies are tens of milliseconds, so 1 s is generous; opening
 * a connection gets 2 s, since a process serving many requests at once (the local server under a
 * load test) may take a while to get round to it.
 */
export interface DynamoTimeouts {
  readonly connectionMs: number;
  readonly requestMs: number;
  readonly maxAttempts: number;
}

export const DEFAULT_DYNAMO_TIMEOUTS: DynamoTimeouts = { connectionMs: 2_000, requestMs: 1_000, maxAttempts: 2 };

/** The table a repository works on, and the client that reaches it. */
export interface Store {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
}

export function createDynamoClient(options: Omit<StoreOptions, 'tableName'>): DynamoDBClient {
  const timeouts = { ...DEFAULT_DYNAMO_TIMEOUTS, ...options.timeouts };
  const client = new DynamoDBClient({
    region: options.region,
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          // DynamoDB Local accepts any letters-and-digits credentials; never real ones.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
    maxAttempts: timeouts.maxAttempts,
    requestHandler: { connectionTimeout: timeouts.connectionMs, requestTimeout: timeouts.requestMs, throwOnRequestTimeout: true },
  });
  // Outermost step, so it sees what is left once the SDK's retries are spent.
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        if (isDatabaseUnavailable(error)) {
          throw new DatabaseUnavailable(message(MESSAGES, 'store.database-unavailable'), { cause: error });
        }
        throw error;
      }
    },
    { step: 'initialize', name: 'ayniDatabaseUnavailable', priority: 'high' },
  );
  return client;
}

export function createStore(options: StoreOptions, client = createDynamoClient(options)): Store {
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    unmarshallOptions: { wrapNumbers: false },
  });
  return { doc, tableName: options.tableName };
}
