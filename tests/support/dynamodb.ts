import { ensureTable, deleteTable, createDynamoClient, createStore, type Store } from '@ayni/store';
import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';

export const TEST_REGION = 'us-east-1';

/**
 * A fresh table on the run's DynamoDB Local for one test file, deleted after the file. Call at the
 * top level of a test file (it registers an afterAll hook).
 */
export async function createTestTable(label = 'test'): Promise<{ store: Store; tableName: string; endpoint: string }> {
  const endpoint = inject('dynamodbEndpoint');
  const tableName = `ayni-${label}-${randomBytes(4).toString('hex')}`;
  const client = createDynamoClient({ region: TEST_REGION, endpoint });
  await ensureTable(client, tableName);
  afterAll(async () => {
    await deleteTable(client, tableName);
    client.destroy();
  });
  return { store: createStore({ tableName, region: TEST_REGION }, client), tableName, endpoint };
}
