/**
 * The single-table definition: the one source of truth for key attributes, indexes and TTL.
 * The CDK stack (infra/) and the local stack (DynamoDB Local in `npm start` and in tests) both build
 * their table from this object, so the two can never drift apart.
 */
export const TABLE_KEYS = {
  partitionKey: 'pk',
  sortKey: 'sk',
} as const;

export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: string;
  readonly sortKey: string;
}

/** Generic overloaded global secondary indexes; every entity decides what it writes into them. */
export const GLOBAL_INDEXES: readonly IndexDefinition[] = [
  { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
] as const;

export type IndexName = 'gsi1' | 'gsi2' | 'gsi3';

/** Items with this attribute (epoch seconds) are deleted by DynamoDB's TTL sweeper. */
export const TTL_ATTRIBUTE = 'expiresAt';

/** All key attributes are strings. */
export const KEY_ATTRIBUTE_TYPE = 'S' as const;

/**
 * The table's stream carries every write, with both images: the webhooks dispatcher keeps the
 * records whose new image has an outbox event the old image did not have (`@ayni/core` events.ts).
 */
export const STREAM_VIEW_TYPE = 'NEW_AND_OLD_IMAGES' as const;

export const tableDefinition = {
  keys: TABLE_KEYS,
  globalIndexes: GLOBAL_INDEXES,
  ttlAttribute: TTL_ATTRIBUTE,
  billing: 'PAY_PER_REQUEST',
  stream: STREAM_VIEW_TYPE,
} as const;

/** Every attribute that takes part in a key of the table or of an index. */
export function keyAttributeNames(): string[] {
  const names = new Set<string>([TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey]);
  for (const index of GLOBAL_INDEXES) {
    names.add(index.partitionKey);
    names.add(index.sortKey);
  }
  return [...names];
}
