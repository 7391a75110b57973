import { ensureTable, deleteTable, createDynamoClient, createStore, type Store } from '@ayni/store';
import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';

export const TEST_REGION = 'us-east-1';

/**
 * A fresh table on the run's DynamoDB Local for one test file, deleted after the file. Call at the
 * top level of a test file (it registers an afterAll hook).
 */
export async function createTestTable(
  label = 'test',
  endpoint = inject('dynamodbEndpoint'),
  options: { stream?: boolean } = {},
): Promise<{ store: Store; tableName: string; endpoint: string }> {
  const tableName = `ayni-${label}-${randomBytes(4).toString('hex')}`;
  // Table creation is an admin call that DynamoDB Local may take seconds over while tests run in parallel.
  const client = createDynamoClient({ region: TEST_REGION, endpoint, timeouts: { requestMs: 30_000 } });
  // The table's stream only for the files that read it (the webhook pipeline): see LocalTableOptions.
  await ensureTable(client, tableName, { stream: options.stream ?? false });
  afterAll(async () => {
    await deleteTable(client, tableName);
    client.destroy();
  });
  return { store: createStore({ tableName, region: TEST_REGION }, client), tableName, endpoint };
}
