import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { compose, isConditionalCheckFailed, type Store } from '@ayni/store';

/**
 * Seed markers: one item per seeded unit (an association with its products and lots, the fund...),
 * written after the unit is complete, so that re-running the seed finds it and adds nothing.
 */
const markerKey = (scope: string, name: string) => ({ pk: compose('SEED', scope), sk: name });

export async function readMarker<T>(store: Store, scope: string, name: string): Promise<T | undefined> {
  const { Item } = await store.doc.send(new GetCommand({ TableName: store.tableName, Key: markerKey(scope, name), ConsistentRead: true }));
  return Item?.value as T | undefined;
}

export async function writeMarker<T>(store: Store, scope: string, name: string, value: T): Promise<void> {
  try {
    await store.doc.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { ...markerKey(scope, name), value },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}

/** Runs `create` once per (scope, name): later runs return what the first one recorded. */
export async function once<T>(store: Store, scope: string, name: string, create: () => Promise<T>): Promise<{ value: T; created: boolean }> {
  const existing = await readMarker<T>(store, scope, name);
  if (existing !== undefined) return { value: existing, created: false };
  const value = await create();
  await writeMarker(store, scope, name, value);
  return { value, created: true };
}
