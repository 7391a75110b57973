import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface StoreOptions {
  readonly tableName: string;
  readonly region: string;
  /** DynamoDB Local's URL; omit in AWS. */
  readonly endpoint?: string | undefined;
}

/** The table a repository works on, and the client that reaches it. */
export interface Store {
  readonly doc: DynamoDBDocumentClient;
  readonly tableName: string;
}

export function createDynamoClient(options: Omit<StoreOptions, 'tableName'>): DynamoDBClient {
  return new DynamoDBClient({
    region: options.region,
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          // DynamoDB Local accepts any letters-and-digits credentials; never real ones.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        }
      : {}),
    maxAttempts: 4,
  });
}

export function createStore(options: StoreOptions, client = createDynamoClient(options)): Store {
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    unmarshallOptions: { wrapNumbers: false },
  });
  return { doc, tableName: options.tableName };
}
