import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { OUTBOX_ATTRIBUTE } from '@ayni/core';
import { compose, batchGetAll, queryPage, TransactionCancelled, type Page, type Store, type TransactItem } from '@ayni/store';
import { documentDomainEvent } from '../events.js';
import { ordersKeys } from '../keys.js';
import type { DocumentItem } from '../model.js';
import { strip } from './items.js';
import { commit, type CommitLimits } from './transact.js';

/** A series counter moved between reading it and committing: read it again and retry. */
export class SeriesMoved extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the series counter moved', options);
    this.name = 'SeriesMoved';
  }
}

/**
 * Invoices and credit notes. A document is numbered from a per-association series whose counter item
 * is advanced (conditionally on its last value) in the same transaction that puts the document, so a
 * number is either used by exactly one document or not used at all: the series has no gaps.
 * Documents are only ever put (`attribute_not_exists`), never updated.
 *
 * The `invoice.issued` / `credit_note.issued` event (decision 0016) is carried by the series
 * counter, under `outbox`, set by the advance that numbers the document: a document is already
 * close to 1 KB (lines, both parties, taxes), and the event on it would make every issue cost two
 * more write units per KB in the transaction; the counter is small and in the same transaction, and
 * each advance replaces its event with the new document's, so the stream sees one new event per
 * document.
 */
export class DocumentsRepository {
  constructor(private readonly store: Store) {}

  private get table(): string {
    return this.store.tableName;
  }

  async lastSequence(associationId: string, series: string): Promise<number> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: ordersKeys.series(associationId, series), ConsistentRead: true }));
    return (Item?.last as number | undefined) ?? 0;
  }

  /** The counter advance (carrying the document's event) and the document put; the first action's failure means `SeriesMoved`. */
  issueActions(document: DocumentItem): TransactItem[] {
    const previous = document.sequence - 1;
    return [
      {
        Update: {
          TableName: this.table,
          Key: ordersKeys.series(document.associationId, document.series),
          UpdateExpression: 'SET #last = :next, entity = :entity, #outbox = :event',
          ConditionExpression: previous === 0 ? 'attribute_not_exists(pk)' : '#last = :previous',
          ExpressionAttributeNames: { '#last': 'last', '#outbox': OUTBOX_ATTRIBUTE },
          ExpressionAttributeValues: {
            ':next': document.sequence,
            ':entity': 'DocumentSeries',
            ':event': documentDomainEvent(document),
            ...(previous === 0 ? {} : { ':previous': previous }),
          },
        },
      },
      {
        Put: {
          TableName: this.table,
          Item: { ...ordersKeys.document(document.associationId, document.series, document.sequence), ...document },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
  }

  /** How much of an invoice credit notes have corrected so far (read consistently; 0 when none). */
  async creditedAmount(associationId: string, invoiceNumber: string): Promise<number> {
    const { Item } = await this.store.doc.send(
      new GetCommand({ TableName: this.table, Key: ordersKeys.credited(associationId, invoiceNumber), ConsistentRead: true }),
    );
    return (Item?.amount as number | undefined) ?? 0;
  }

  /**
   * Adds to what credit notes have corrected of an invoice, never beyond its total (`amount` must not
   * exceed `invoiceTotal`). On failure the cancellation carries the current item (what is credited now).
   */
  creditAction(associationId: string, invoiceNumber: string, amount: number, invoiceTotal: number): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: ordersKeys.credited(associationId, invoiceNumber),
        UpdateExpression: 'ADD amount :amount SET entity = :entity',
        ConditionExpression: 'attribute_not_exists(amount) OR amount <= :max',
        ExpressionAttributeValues: { ':amount': amount, ':max': invoiceTotal - amount, ':entity': 'InvoiceCredited' },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    };
  }

  /**
   * Commits a document on its own (credit notes); `extra` moves with it, from index 2 of the
   * transaction on. A moved counter is `SeriesMoved`; any other cancellation is for the caller.
   */
  async issue(document: DocumentItem, extra: readonly TransactItem[], limits?: CommitLimits): Promise<void> {
    try {
      await commit(this.store, [...this.issueActions(document), ...extra], undefined, limits);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedConditions().includes(0)) throw new SeriesMoved({ cause: error });
      throw error;
    }
  }

  async get(associationId: string, series: string, sequence: number): Promise<DocumentItem | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: ordersKeys.document(associationId, series, sequence) }));
    return strip<DocumentItem>(Item);
  }

  async list(associationId: string, limit: number, cursor?: string): Promise<Page<DocumentItem>> {
    const { items, nextCursor } = await queryPage<Record<string, unknown>>(this.store, {
      partition: { name: 'pk', value: ordersKeys.documentsOf(associationId) },
      limit,
      cursor,
    });
    return { items: items.map((item) => strip<DocumentItem>(item)!), nextCursor };
  }

  /**
   * The first document of a series issued on or after `date`, or undefined when none was. A series
   * is numbered gaplessly in the order its documents commit (each takes its issue instant at commit),
   * so its issue dates ascend with the number: a binary search by GetItem, at most ⌈log2(last + 1)⌉
   * reads after the counter's (27 for the largest 8-digit series), whatever the history.
   */
  async firstSequenceOnOrAfter(associationId: string, series: string, date: string): Promise<number | undefined> {
    const last = await this.lastSequence(associationId, series);
    let low = 1;
    let high = last + 1;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      const document = await this.get(associationId, series, middle);
      if (!document || document.issueDate < date) low = middle + 1;
      else high = middle;
    }
    return low <= last ? low : undefined;
  }

  /** Up to `limit` documents of a series from a number on, by number (one bounded Query). */
  async seriesFrom(associationId: string, series: string, fromSequence: number, limit: number): Promise<DocumentItem[]> {
    const { items } = await queryPage<Record<string, unknown>>(this.store, {
      partition: { name: 'pk', value: ordersKeys.documentsOf(associationId) },
      sortBetween: { name: 'sk', from: ordersKeys.document(associationId, series, fromSequence).sk, to: compose(series, '~') },
      limit,
    });
    return items.map((item) => strip<DocumentItem>(item)!);
  }

  /** Documents by association and number (BatchGetItem, 100 keys a call); those not found are left out. */
  async getMany(refs: ReadonlyArray<{ associationId: string; series: string; sequence: number }>): Promise<DocumentItem[]> {
    if (refs.length === 0) return [];
    const { items } = await batchGetAll(
      this.store,
      refs.map((ref) => ordersKeys.document(ref.associationId, ref.series, ref.sequence)),
    );
    return items.map((item) => strip<DocumentItem>(item)!).filter((document) => document.entity === 'Document');
  }
}
