import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetAll, decodeCursor, isConditionalCheckFailed, queryPage, type Store } from '@ayni/store';
import { provenanceKeys } from '../keys.js';
import type { EventItem } from '../model.js';
import { epcisKeys } from '../keys.js';

/** A page of raw items of one listing, with what the next page needs. */
export interface RawPage {
  readonly items: Array<Record<string, unknown>>;
  readonly nextCursor?: string | undefined;
}

/** One listing the EPCIS query reads: a lot's partition range, or an organisation's index partition. */
export type EpcisListing =
  | { readonly kind: 'lot'; readonly lotId: string }
  | {
      readonly kind: 'organisation';
      readonly orgId: string;
      readonly bizStep?: string | undefined;
      readonly from?: string | undefined;
      readonly to?: string | undefined;
    };

/** Key and index attributes, and the domain event an item carries for the stream (`outbox`). */
const INDEX_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'outbox'];

/** The item without its key and index attributes, nor its outbox event. */
export function withoutKeys<T>(item: Record<string, unknown>): T {
  const rest = { ...item };
  for (const name of INDEX_ATTRIBUTES) delete rest[name];
  return rest as T;
}

/**
 * The DynamoDB reads of the EPCIS query and export: bounded pages of a lot's partition range
 * (events, transformations it went into, shipments) or of an organisation's EPCIS indexes (gsi2 all
 * steps, gsi3 one step, by event time), the orders package's receipts by key, and the index
 * attributes a backfill gives items stored before them. No Scan; every Query has a Limit.
 */
export class EpcisRepository {
  constructor(private readonly store: Store) {}

  private input(listing: EpcisListing) {
    if (listing.kind === 'lot') {
      return {
        partition: { name: 'pk', value: provenanceKeys.lotPartition(listing.lotId) },
        sortBetween: { name: 'sk', ...epcisKeys.lotRange },
      };
    }
    const range = epcisKeys.timeRange(listing.from, listing.to);
    return listing.bizStep
      ? {
          index: 'gsi3' as const,
          partition: { name: 'gsi3pk', value: epcisKeys.ofOrganisationStep(listing.orgId, listing.bizStep) },
          sortBetween: { name: 'gsi3sk', ...range },
        }
      : {
          index: 'gsi2' as const,
          partition: { name: 'gsi2pk', value: epcisKeys.ofOrganisation(listing.orgId) },
          sortBetween: { name: 'gsi2sk', ...range },
        };
  }

  /** Throws the store's ValidationFailed (naming `query.cursor`) when the cursor is not one of this listing's. */
  checkCursor(listing: EpcisListing, cursor: string): void {
    decodeCursor(cursor, this.input(listing));
  }

  /** The cursor that makes the next page start right after `item` (its key attributes in this listing). */
  cursorAfter(listing: EpcisListing, item: Record<string, unknown>): Record<string, unknown> {
    const input = this.input(listing);
    const names = ['pk', 'sk', ...('index' in input ? [input.partition.name, input.sortBetween.name] : [])];
    return Object.fromEntries(names.map((name) => [name, item[name]]));
  }

  /** At most `limit` raw items of the listing (with their key attributes), from `cursor`. */
  async page(listing: EpcisListing, limit: number, cursor?: string): Promise<RawPage> {
    const page = await queryPage<Record<string, unknown>>(this.store, { ...this.input(listing), limit, cursor });
    return { items: page.items, nextCursor: page.nextCursor };
  }

  /** The orders package's receipts (deliveries) of these orders, by key (BatchGetItem). */
  async getReceipts(orderIds: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
    const ids = [...new Set(orderIds)];
    if (ids.length === 0) return new Map();
    const result = await batchGetAll(
      this.store,
      ids.map((id) => epcisKeys.receipt(id)),
    );
    return new Map(result.items.map((item) => [String(item.orderId), withoutKeys<Record<string, unknown>>(item)]));
  }

  /** Events by lot and id (a transformation another lot went into), in one BatchGetItem per 100. */
  async getEvents(refs: ReadonlyArray<{ lotId: string; eventId: string }>): Promise<Map<string, EventItem>> {
    if (refs.length === 0) return new Map();
    const result = await batchGetAll(
      this.store,
      refs.map((ref) => provenanceKeys.event(ref.lotId, ref.eventId)),
    );
    return new Map(result.items.map((item) => withoutKeys<EventItem>(item)).map((event) => [`${event.lotId}/${event.id}`, event]));
  }

  /** A lot's events and shipments that lack the EPCIS index attributes (for the backfill job). */
  async itemsWithoutIndex(lotId: string): Promise<Array<Record<string, unknown>>> {
    const items: Array<Record<string, unknown>> = [];
    for (const prefix of [provenanceKeys.eventPrefix, provenanceKeys.shipmentPrefix]) {
      let start: Record<string, unknown> | undefined;
      do {
        const result = await this.store.doc.send(
          new QueryCommand({
            TableName: this.store.tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            FilterExpression: 'attribute_not_exists(gsi2pk)',
            ExpressionAttributeValues: { ':pk': provenanceKeys.lotPartition(lotId), ':prefix': prefix },
            ExclusiveStartKey: start,
            Limit: 100,
          }),
        );
        items.push(...(result.Items ?? []));
        start = result.LastEvaluatedKey;
      } while (start);
    }
    return items;
  }

  /** Sets index attributes on an existing item, unless it already has them. */
  async setIndexAttributes(key: { pk: string; sk: string }, attributes: Record<string, string>): Promise<boolean> {
    const names = Object.keys(attributes);
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.store.tableName,
          Key: key,
          UpdateExpression: `SET ${names.map((name) => `${name} = :${name}`).join(', ')}`,
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(gsi2pk)',
          ExpressionAttributeValues: Object.fromEntries(names.map((name) => [`:${name}`, attributes[name]])),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
}
