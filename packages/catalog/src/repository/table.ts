import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  isConditionalCheckFailed,
  queryPage,
  transactWrite,
  TransactionCancelled,
  type Page,
  type QueryPageInput,
  type Store,
  type TransactItem,
} from '@ayni/store';

/**
 * An edit lost a race: the item is no longer at the version it was read in, so nothing was written.
 * Never seen by clients: the service reads again and decides again (or answers 412 under If-Match).
 */
export class StaleVersion extends Error {
  constructor(what: string, options?: { cause?: unknown }) {
    super(`the ${what} changed since it was read`, options);
    this.name = 'StaleVersion';
  }
}

/** The top-level fields an edit writes and those it removes (see mergePatch / changedFields). */
export interface FieldChanges {
  readonly set: Readonly<Record<string, unknown>>;
  readonly remove: readonly string[];
}

/**
 * Removes key and index attributes from a stored item, and the domain event it carries for the
 * stream (`outbox`, a lot's `lot.created`), leaving the entity: reads never answer the outbox.
 */
export function strip<T>(item: Record<string, unknown> | undefined): T | undefined {
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, gsi3pk: _e, gsi3sk: _f, outbox: _outbox, ...rest } = item;
  return rest as T;
}

/** The write of an edit: only the given attributes, on the condition that the item is still at `expectedVersion`. */
export function versionedUpdate(key: { pk: string; sk: string }, set: Readonly<Record<string, unknown>>, remove: readonly string[], expectedVersion: number) {
  const names: Record<string, string> = { '#version': 'version' };
  const values: Record<string, unknown> = {};
  const assignments = Object.entries(set)
    .filter(([, value]) => value !== undefined)
    .map(([field, value], i) => {
      names[`#s${i}`] = field;
      values[`:s${i}`] = value;
      return `#s${i} = :s${i}`;
    });
  const removals = remove.map((field, i) => {
    names[`#r${i}`] = field;
    return `#r${i}`;
  });
  // Version 0 is an item written before versions existed: it has no version attribute at all.
  let condition = 'attribute_exists(pk) AND attribute_not_exists(#version)';
  if (expectedVersion !== 0) {
    condition = '#version = :expectedVersion';
    values[':expectedVersion'] = expectedVersion;
  }
  return {
    Key: key,
    UpdateExpression: `SET ${assignments.join(', ')}${removals.length > 0 ? ` REMOVE ${removals.join(', ')}` : ''}`,
    ConditionExpression: condition,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** What every room of the catalog repository shares: the table, reads, and versioned writes. */
export abstract class CatalogTable {
  constructor(protected readonly store: Store) {}

  protected get table(): string {
    return this.store.tableName;
  }

  protected async get<T>(key: { pk: string; sk: string }, consistent = false): Promise<T | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: consistent }));
    return strip<T>(Item);
  }

  /** One UpdateItem of an edit; a lost race is a StaleVersion. */
  protected async updateVersioned(
    what: string,
    key: { pk: string; sk: string },
    set: Readonly<Record<string, unknown>>,
    remove: readonly string[],
    expectedVersion: number,
  ) {
    try {
      await this.store.doc.send(new UpdateCommand({ TableName: this.table, ...versionedUpdate(key, set, remove, expectedVersion) }));
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new StaleVersion(what, { cause: error });
      throw error;
    }
  }

  /** A transaction whose first action is an edit; its condition failing is a StaleVersion. */
  protected async transactVersioned(what: string, actions: TransactItem[]): Promise<void> {
    try {
      await transactWrite(this.store, actions);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedConditions().includes(0)) throw new StaleVersion(what, { cause: error });
      throw error;
    }
  }

  protected async page<T>(input: QueryPageInput): Promise<Page<T>> {
    const { items, nextCursor } = await queryPage<Record<string, unknown>>(this.store, input);
    return { items: items.map((item) => strip<T>(item)!), nextCursor };
  }
}
