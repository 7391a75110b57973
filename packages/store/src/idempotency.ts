import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { IdempotencyKeyReused, epochSeconds, message, type Clock } from '@ayni/core';
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Store } from './client.js';
import { isConditionalCheckFailed } from './errors.js';
import { compose } from './keys.js';
import { MESSAGES } from './messages.js';

/** The response stored for an Idempotency-Key, returned as is on replay. */
export interface StoredResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export type BeginOutcome = { readonly kind: 'started' } | { readonly kind: 'replay'; readonly response: StoredResponse } | { readonly kind: 'in_progress' };

/**
 * The response as stored: the body deflated (`bodyDeflated`, raw DEFLATE) when that is shorter,
 * otherwise as text (`body`; records written before compression have only `body`).
 */
interface StoredResponseItem {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly bodyDeflated?: Uint8Array;
}

interface IdempotencyItem {
  pk: string;
  sk: string;
  status: 'in_progress' | 'completed';
  fingerprint: string;
  lockedUntil: number;
  expiresAt: number;
  response?: StoredResponseItem;
}

/** A record as `get` returns it. */
export type IdempotencyRecord = Omit<IdempotencyItem, 'response'> & { response?: StoredResponse };

/** Bodies shorter than this are stored as text: deflating them saves next to nothing. */
const DEFLATE_FROM_BYTES = 128;

/**
 * Write units follow the record's size in whole KB, and `complete` rewrites the whole record: a
 * JSON body (an order of ~800 B, say) deflates to about half, which keeps the record under 1 KB
 * (one write unit instead of two). The stored body is byte-for-byte the one replayed.
 */
export function encodeStoredResponse(response: StoredResponse): StoredResponseItem {
  const { status, headers, body } = response;
  if (Buffer.byteLength(body) < DEFLATE_FROM_BYTES) return { status, headers, body };
  const deflated = deflateRawSync(Buffer.from(body, 'utf8'), { level: 9 });
  return deflated.byteLength < Buffer.byteLength(body) ? { status, headers, bodyDeflated: new Uint8Array(deflated) } : { status, headers, body };
}

export function decodeStoredResponse(item: StoredResponseItem): StoredResponse {
  const body = item.bodyDeflated ? inflateRawSync(item.bodyDeflated).toString('utf8') : (item.body ?? '');
  return { status: item.status, headers: item.headers, body };
}

const keys = {
  record: (scope: string, key: string) => ({
    pk: compose('IDEMPOTENCY', sha256(scope)),
    sk: compose('KEY', sha256(key)),
  }),
};

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * How long a started request holds its Idempotency-Key (seconds). It must outlast the longest run
 * of a request (the Lambda timeout, 10 s), so a slow first request is never run twice, and be short,
 * since a request cut off before it could release its key (e.g. the database stopped answering)
 * blocks the key's retries until then: after at most 15 s the retry runs, or replays the outcome.
 */
export const IDEMPOTENCY_LOCK_SECONDS = 15;

export interface IdempotencyStoreOptions {
  readonly ttlSeconds: number;
  /** How long a started request holds the key before another attempt may take over (crash recovery). */
  readonly lockSeconds?: number;
}

/**
 * Records of Idempotency-Key use, in the main table with a TTL. The first request for a key wins a
 * conditional put; later ones either replay the stored response, learn that the first one is still
 * running, or are refused when the same key comes with a different request.
 */
export class IdempotencyStore {
  private readonly lockSeconds: number;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly options: IdempotencyStoreOptions,
  ) {
    this.lockSeconds = options.lockSeconds ?? IDEMPOTENCY_LOCK_SECONDS;
  }

  async begin(scope: string, key: string, fingerprint: string): Promise<BeginOutcome> {
    const now = epochSeconds(this.clock.now());
    const item: IdempotencyItem = {
      ...keys.record(scope, key),
      status: 'in_progress',
      fingerprint,
      lockedUntil: now + this.lockSeconds,
      expiresAt: now + this.options.ttlSeconds,
    };
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: item,
          // Free, expired (TTL not yet swept), or abandoned by a crashed request with the same body.
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now OR (#status = :inProgress AND lockedUntil < :now AND fingerprint = :fp)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':now': now, ':inProgress': 'in_progress', ':fp': fingerprint },
        }),
      );
      return { kind: 'started' };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
    const existing = await this.get(scope, key);
    if (!existing) return this.begin(scope, key, fingerprint);
    if (existing.fingerprint !== fingerprint) {
      throw new IdempotencyKeyReused(message(MESSAGES, 'store.idempotency-key-reused'));
    }
    if (existing.status === 'completed' && existing.response) return { kind: 'replay', response: decodeStoredResponse(existing.response) };
    return { kind: 'in_progress' };
  }

  async complete(scope: string, key: string, fingerprint: string, response: StoredResponse): Promise<void> {
    await this.store.doc.send(
      new UpdateCommand({
        TableName: this.store.tableName,
        Key: keys.record(scope, key),
        UpdateExpression: 'SET #status = :completed, #response = :response',
        ConditionExpression: 'fingerprint = :fp',
        ExpressionAttributeNames: { '#status': 'status', '#response': 'response' },
        ExpressionAttributeValues: { ':completed': 'completed', ':response': encodeStoredResponse(response), ':fp': fingerprint },
      }),
    );
  }

  /** Frees the key after a failure that had no effect, so the client may retry with it. */
  async release(scope: string, key: string): Promise<void> {
    try {
      await this.store.doc.send(
        new DeleteCommand({
          TableName: this.store.tableName,
          Key: keys.record(scope, key),
          ConditionExpression: '#status = :inProgress',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':inProgress': 'in_progress' },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  /** The key's live record (none once expired), its response decoded. */
  async get(scope: string, key: string): Promise<IdempotencyRecord | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: keys.record(scope, key), ConsistentRead: true }));
    if (!Item) return undefined;
    const { response, ...record } = Item as IdempotencyItem;
    if (record.expiresAt < epochSeconds(this.clock.now())) return undefined;
    return { ...record, ...(response ? { response: decodeStoredResponse(response) } : {}) };
  }
}
