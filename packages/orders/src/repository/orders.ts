import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { catalogKeys, type LotItem, type OrganisationItem, type ProductItem } from '@ayni/catalog';
import { Forbidden, formatQuantity, message, outbox, type Unit } from '@ayni/core';
import { batchGetAll, isConditionalCheckFailed, queryPage, TransactionCancelled, type IndexName, type Page, type Store, type TransactItem } from '@ayni/store';
import { OrderInsufficientStock } from '../errors.js';
import { orderDomainEvent } from '../events.js';
import { ordersKeys } from '../keys.js';
import { MESSAGES } from '../messages.js';
import { ORDER_STATUSES, type AgreementItem, type OrderEventItem, type OrderItem, type OrderStatus, type ReceiptItem, type ShipmentItem } from '../model.js';
import type { AssociationOrdersFilter, BuyerOrdersFilter } from '../schemas.js';
import { strip } from './items.js';
import { pageOverRanges, type SortRange } from './ranges.js';
import { commit, type CallMeter, type CommitLimits, type CommitStats } from './transact.js';

/**
 * How many of a buyer's most recent agreements with an association (started by the pricing date)
 * price resolution reads: the bound of its one Query (docs/orders.md, "Agreements as living documents").
 */
export const AGREEMENTS_IN_FORCE_LIMIT = 25;

/** Index attributes every order item carries (gsi1 association, gsi2 buyer, gsi3 buyer per status). */
export const ORDER_INDEX_ATTRIBUTES = ['gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk'] as const;

/**
 * The order item with its key and index attributes. Every transition rewrites the whole item, so the
 * status-bearing keys (gsi1sk, gsi3pk) always follow the order's status.
 *
 * The attributes the keys already spell out (id, associationId, buyerId, placedAt,
 * requestedDeliveryDate: 175 bytes of a one-line order) are not written a second time in the body:
 * every write of the item is paid per KB, in the table and again in each of the three indexes that
 * project it, and the duplicates took a dispatched order past 1 KB (2 units per write instead of 1).
 * `orderFromItem` reads them back from the keys (items written with them in the body keep them).
 */
export function orderRecord(order: OrderItem): Record<string, unknown> {
  const { id: _id, associationId: _a, buyerId: _b, placedAt: _p, requestedDeliveryDate: _d, ...body } = order;
  return {
    ...ordersKeys.order(order.id),
    gsi1pk: ordersKeys.ordersOfAssociation(order.associationId),
    gsi1sk: ordersKeys.associationOrderSort(order.status, order.requestedDeliveryDate, order.id),
    gsi2pk: ordersKeys.ordersOfBuyer(order.buyerId),
    gsi2sk: ordersKeys.buyerOrderSort(order.placedAt, order.id),
    gsi3pk: ordersKeys.ordersOfBuyerInStatus(order.buyerId, order.status),
    gsi3sk: ordersKeys.buyerOrderSort(order.placedAt, order.id),
    ...body,
  };
}

/** The order an item (from the table or an index) holds: `orderRecord` undone. */
export function orderFromItem(item: Record<string, unknown> | undefined): OrderItem | undefined {
  if (!item) return undefined;
  return { ...ordersKeys.orderFieldsFromKeys(item), ...strip<OrderItem>(item)! } as OrderItem;
}

/** The order was changed by someone else since it was read (status or version moved). */
export class StaleOrder extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the order changed since it was read', options);
    this.name = 'StaleOrder';
  }
}

/** The order id is taken: a replay of a placement whose first attempt already committed. */
export class OrderExists extends Error {
  constructor(options?: { cause?: unknown }) {
    super('an order with this id exists', options);
    this.name = 'OrderExists';
  }
}

/** The only code that speaks DynamoDB for orders, their events, lots read for dispatch and shipments. */
export class OrdersRepository {
  constructor(
    private readonly store: Store,
    private readonly meter?: CallMeter,
  ) {}

  private get table(): string {
    return this.store.tableName;
  }

  private count(readUnits = 0): void {
    if (this.meter) {
      this.meter.calls++;
      this.meter.readUnits += readUnits;
    }
  }

  async getOrder(orderId: string, consistent = true): Promise<OrderItem | undefined> {
    const result = await this.store.doc.send(
      new GetCommand({ TableName: this.table, Key: ordersKeys.order(orderId), ConsistentRead: consistent, ReturnConsumedCapacity: 'TOTAL' }),
    );
    this.count(result.ConsumedCapacity?.CapacityUnits);
    return orderFromItem(result.Item);
  }

  async getOrganisation(orgId: string): Promise<OrganisationItem | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: catalogKeys.organisation(orgId) }));
    return strip<OrganisationItem>(Item);
  }

  /**
   * Organisations by id (buyers named by a page of orders, a sales report), in BatchGetItem calls of
   * at most 100 keys: one call for a page of up to 100 orders.
   */
  async getOrganisations(orgIds: readonly string[]): Promise<Map<string, OrganisationItem>> {
    const ids = [...new Set(orgIds)];
    const found = new Map<string, OrganisationItem>();
    if (ids.length === 0) return found;
    const { items, calls, consumedReadUnits } = await batchGetAll(
      this.store,
      ids.map((id) => catalogKeys.organisation(id)),
    );
    if (this.meter) {
      this.meter.calls += calls;
      this.meter.readUnits += consumedReadUnits;
    }
    for (const item of items) {
      const org = strip<OrganisationItem>(item)!;
      if (org.entity === 'Organisation') found.set(org.id, org);
    }
    return found;
  }

  /**
   * Orders of an association in the given statuses to deliver between two dates (inclusive): one
   * gsi1 key range per status, read page by page until `cap` orders. `truncated` says the range held
   * more than `cap` (the caller says so rather than answering a partial total as if it were whole).
   */
  async ordersDelivering(
    associationId: string,
    statuses: readonly OrderStatus[],
    from: string,
    to: string,
    cap: number,
  ): Promise<{ items: OrderItem[]; truncated: boolean }> {
    const items: OrderItem[] = [];
    const partition = { name: 'gsi1pk', value: ordersKeys.ordersOfAssociation(associationId) };
    for (const status of statuses) {
      let cursor: string | undefined;
      do {
        if (items.length >= cap) return { items, truncated: true };
        const page = await queryPage<Record<string, unknown>>(this.store, {
          index: 'gsi1',
          partition,
          sortBetween: { name: 'gsi1sk', ...ordersKeys.associationOrdersDelivering(status, from, to) },
          limit: Math.min(100, cap - items.length),
          cursor,
        });
        items.push(...page.items.map((item) => orderFromItem(item)!));
        cursor = page.nextCursor;
        if (cursor && items.length >= cap) return { items, truncated: true };
      } while (cursor);
    }
    return { items, truncated: false };
  }

  /**
   * What a product's lots hold on hand (available, not yet shipped), at most `maxLots` lots read (the
   * product's lots index, those holding stock); `complete` is false when it had more.
   */
  async onHand(productId: string, maxLots: number): Promise<{ quantity: number; complete: boolean }> {
    let quantity = 0;
    let read = 0;
    let cursor: string | undefined;
    do {
      const page = await queryPage<{ available?: number }>(this.store, {
        index: 'gsi1',
        partition: { name: 'gsi1pk', value: catalogKeys.lotsOfProduct(productId) },
        limit: Math.min(100, maxLots - read),
        cursor,
        filter: { FilterExpression: 'available > :zero', ExpressionAttributeValues: { ':zero': 0 } },
      });
      for (const lot of page.items) quantity += lot.available ?? 0;
      read += page.items.length;
      cursor = page.nextCursor;
    } while (cursor && read < maxLots);
    return { quantity, complete: !cursor };
  }

  /** The association's products named by an order, in one BatchGetItem (an order names at most 40). */
  async getProducts(associationId: string, productIds: readonly string[], consistent = false): Promise<Map<string, ProductItem>> {
    const keys = [...new Set(productIds)].map((id) => catalogKeys.product(associationId, id));
    const { items, consumedReadUnits } = await batchGetAll(this.store, keys, { consistent });
    this.count(consumedReadUnits);
    const found = new Map<string, ProductItem>();
    for (const item of items) {
      const product = strip<ProductItem>(item)!;
      if (product.entity === 'Product') found.set(product.id, product);
    }
    return found;
  }

  /**
   * The buyer's agreements in force on `date`, newest start first: one Query over the agreements
   * that started on or before the date, read backwards and bounded by `AGREEMENTS_IN_FORCE_LIMIT`
   * (those that ended are dropped after the read). Each product's price is then taken from the
   * newest of them that prices it (`resolvePrice`).
   */
  async findAgreementsInForce(associationId: string, buyerId: string, date: string): Promise<AgreementItem[]> {
    const range = ordersKeys.agreementsStartedBy(associationId, buyerId, date);
    const result = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': range.pk, ':from': range.from, ':to': range.to },
        ScanIndexForward: false,
        Limit: AGREEMENTS_IN_FORCE_LIMIT,
        ReturnConsumedCapacity: 'TOTAL',
      }),
    );
    this.count(result.ConsumedCapacity?.CapacityUnits);
    return (result.Items ?? []).map((item) => strip<AgreementItem>(item)!).filter((a) => a.validFrom <= date && (!a.validTo || a.validTo >= date));
  }

  /**
   * Places an order in one transaction: the order, its first event, a check that the buyer is an
   * active buyer organisation, and one conditional decrement per product (`stock >= quantity`). A
   * reservation names its product (name and unit) so that a refusal says what ran short.
   */
  async placeOrder(
    order: OrderItem,
    event: OrderEventItem,
    reservations: ReadonlyArray<{ productId: string; quantity: number; name: string; unit: Unit }>,
  ): Promise<CommitStats> {
    const actions: TransactItem[] = [
      { Put: { TableName: this.table, Item: orderRecord(order), ConditionExpression: 'attribute_not_exists(pk)' } },
      this.putEvent(order, event),
      {
        ConditionCheck: {
          TableName: this.table,
          Key: catalogKeys.organisation(order.buyerId),
          ConditionExpression: 'kind = :buyer AND active = :true',
          ExpressionAttributeValues: { ':buyer': 'buyer', ':true': true },
        },
      },
      ...reservations.map((r) => this.reserve(order.associationId, r.productId, r.quantity)),
    ];
    try {
      return await commit(this.store, actions, this.meter);
    } catch (error) {
      if (!(error instanceof TransactionCancelled)) throw error;
      const failed = error.failedConditions();
      if (failed.includes(0)) throw new OrderExists({ cause: error });
      if (failed.includes(2)) throw new Forbidden(message(MESSAGES, 'orders.buyer-not-active'), { cause: error });
      const index = failed.find((i) => i >= 3);
      if (index !== undefined) {
        const reservation = reservations[index - 3]!;
        // Cancellation reasons carry the item in the low-level format ({ N: "12" }, { BOOL: true }).
        const raw = error.reasons[index]?.item as { stock?: { N?: string }; active?: { BOOL?: boolean } } | undefined;
        const current = raw ? { stock: Number(raw.stock?.N ?? 0), active: raw.active?.BOOL } : undefined;
        throw new OrderInsufficientStock(
          current?.active === false
            ? message(MESSAGES, 'orders.product-withdrawn', { product: reservation.name })
            : message(MESSAGES, 'orders.insufficient-stock', {
                product: reservation.name,
                asked: { quantity: { value: formatQuantity(reservation.quantity), unit: reservation.unit } },
                available: { quantity: { value: formatQuantity(current?.stock ?? 0), unit: reservation.unit } },
              }),
          { cause: error, extensions: { productId: reservation.productId, available: formatQuantity(current?.stock ?? 0) } },
        );
      }
      throw error;
    }
  }

  /** An order's immutable event, carrying its domain event (the outbox) in the transaction of the change. */
  private putEvent(order: OrderItem, event: OrderEventItem): TransactItem {
    return {
      Put: {
        TableName: this.table,
        Item: { ...ordersKeys.orderEvent(order.id, event.seq), ...event, ...outbox(orderDomainEvent(order, event)) },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  /** Conditional decrement of a product's sellable stock (the reservation). */
  reserve(associationId: string, productId: string, quantity: number): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: catalogKeys.product(associationId, productId),
        UpdateExpression: 'SET stock = stock - :q',
        ConditionExpression: 'stock >= :q AND active = :true',
        ExpressionAttributeValues: { ':q': quantity, ':true': true },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    };
  }

  /** Returns reserved quantity to a product's sellable stock. */
  release(associationId: string, productId: string, quantity: number): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: catalogKeys.product(associationId, productId),
        UpdateExpression: 'ADD stock :q',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':q': quantity },
      },
    };
  }

  /** Takes shipped quantity from a lot's available quantity; the lot must still hold it. */
  takeFromLot(lotId: string, quantity: number): TransactItem {
    return {
      Update: {
        TableName: this.table,
        Key: catalogKeys.lot(lotId),
        UpdateExpression: 'SET available = available - :q',
        ConditionExpression: 'available >= :q',
        ExpressionAttributeValues: { ':q': quantity },
      },
    };
  }

  /** A shipment in the lot's partition, in its association's EPCIS indexes as a `shipping` event (gsi2, gsi3). */
  putShipment(shipment: ShipmentItem): TransactItem {
    const sort = ordersKeys.epcisShipmentSort(shipment.shippedAt ?? `${shipment.date}T00:00:00.000Z`, shipment.lotId, shipment.orderId, shipment.line);
    return {
      Put: {
        TableName: this.table,
        Item: {
          ...ordersKeys.shipment(shipment.lotId, shipment.orderId, shipment.line),
          gsi2pk: ordersKeys.epcisOfOrganisation(shipment.associationId),
          gsi2sk: sort,
          gsi3pk: ordersKeys.epcisOfOrganisationStep(shipment.associationId, 'shipping'),
          gsi3sk: sort,
          ...shipment,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  /** The delivery of an order, in its association's EPCIS indexes as a `receiving` event (gsi2, gsi3). */
  putReceipt(receipt: ReceiptItem): TransactItem {
    const sort = ordersKeys.epcisReceiptSort(receipt.receivedAt, receipt.orderId);
    return {
      Put: {
        TableName: this.table,
        Item: {
          ...ordersKeys.receipt(receipt.orderId),
          gsi2pk: ordersKeys.epcisOfOrganisation(receipt.associationId),
          gsi2sk: sort,
          gsi3pk: ordersKeys.epcisOfOrganisationStep(receipt.associationId, 'receiving'),
          gsi3sk: sort,
          ...receipt,
        },
      },
    };
  }

  /**
   * Commits a transition: the order's new state (if it is still in the state and version it was read
   * in), its event, and the actions that move with it (stock, lots, documents, sales). Failure of the
   * order's own condition is a `StaleOrder`; others are returned to the caller as `TransactionCancelled`.
   * `limits` bound the conflict retries (default: the orders' contention budget).
   */
  async commitTransition(
    order: OrderItem,
    expected: { status: OrderStatus; version: number },
    event: OrderEventItem,
    extra: readonly TransactItem[],
    limits?: CommitLimits,
  ): Promise<CommitStats> {
    const actions: TransactItem[] = [
      {
        Put: {
          TableName: this.table,
          Item: orderRecord(order),
          ConditionExpression: '#status = :from AND version = :version',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':from': expected.status, ':version': expected.version },
        },
      },
      this.putEvent(order, event),
      ...extra,
    ];
    try {
      return await commit(this.store, actions, this.meter, limits);
    } catch (error) {
      if (error instanceof TransactionCancelled && (error.failedConditions().includes(0) || error.failedConditions().includes(1))) {
        throw new StaleOrder({ cause: error });
      }
      throw error;
    }
  }

  /** The product's lots holding stock, oldest production first (FIFO allocation on dispatch). */
  async lotsFifo(productId: string): Promise<LotItem[]> {
    const lots: LotItem[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPage<Record<string, unknown>>(this.store, {
        index: 'gsi1',
        partition: { name: 'gsi1pk', value: catalogKeys.lotsOfProduct(productId) },
        limit: 100,
        cursor,
        filter: { FilterExpression: 'available > :zero', ExpressionAttributeValues: { ':zero': 0 } },
      });
      lots.push(...page.items.map((item) => strip<LotItem>(item)!));
      cursor = page.nextCursor;
    } while (cursor);
    return lots;
  }

  listEvents(orderId: string): Promise<OrderEventItem[]> {
    return this.all<OrderEventItem>({
      partition: { name: 'pk', value: ordersKeys.order(orderId).pk },
      sortPrefix: { name: 'sk', value: ordersKeys.orderEventPrefix },
    });
  }

  /**
   * An association's orders (gsi1), by status then requested delivery date, optionally of one status
   * and/or to deliver in a date range. A date range without a status is one key range per status
   * (the sort key starts with the status): at most one Query per status for a page, each a key
   * condition, so the cost follows the page, never the association's history.
   */
  listAssociationOrders(associationId: string, filter: AssociationOrdersFilter, limit: number, cursor?: string): Promise<Page<OrderItem>> {
    const partition = { name: 'gsi1pk', value: ordersKeys.ordersOfAssociation(associationId) };
    const { status, deliveryFrom, deliveryTo } = filter;
    if (!deliveryFrom && !deliveryTo) {
      return this.orderPage({
        index: 'gsi1',
        partition,
        sortPrefix: status ? { name: 'gsi1sk', value: ordersKeys.associationOrderStatusPrefix(status) } : undefined,
        limit,
        cursor,
      });
    }
    // In sort-key order, so the listing is the unfiltered one without the orders outside the dates.
    const statuses = status ? [status] : [...ORDER_STATUSES].sort();
    return this.pageOverRanges(
      'gsi1',
      partition,
      'gsi1sk',
      statuses.map((s) => ordersKeys.associationOrdersDelivering(s, deliveryFrom, deliveryTo)),
      limit,
      cursor,
    );
  }

  /**
   * A buyer's orders, newest first: all of them (gsi2) or those in one status (gsi3), optionally
   * placed in a date range; each a Query with a key condition.
   */
  async listBuyerOrders(buyerId: string, filter: BuyerOrdersFilter, limit: number, cursor?: string): Promise<Page<OrderItem>> {
    const [index, partition] = filter.status
      ? (['gsi3', { name: 'gsi3pk', value: ordersKeys.ordersOfBuyerInStatus(buyerId, filter.status) }] as const)
      : (['gsi2', { name: 'gsi2pk', value: ordersKeys.ordersOfBuyer(buyerId) }] as const);
    if (!filter.placedFrom && !filter.placedTo) return this.orderPage({ index, partition, limit, cursor, scanForward: false });
    const range = ordersKeys.buyerOrdersPlaced(filter.placedFrom, filter.placedTo);
    return this.pageOverRanges(index, partition, `${index}sk`, [range], limit, cursor, false);
  }

  /** One page of orders over disjoint key ranges of one partition (`pageOverRanges`). */
  private async pageOverRanges(
    index: IndexName,
    partition: { name: string; value: string },
    sortName: string,
    ranges: readonly SortRange[],
    limit: number,
    cursor: string | undefined,
    scanForward = true,
  ): Promise<Page<OrderItem>> {
    const page = await pageOverRanges(this.store, { index, partition, sortName, ranges, limit, cursor, scanForward });
    return { items: page.items.map((item) => orderFromItem(item)!), nextCursor: page.nextCursor };
  }

  /**
   * Placed orders of one association whose confirmation deadline is at or before `at`: its placed
   * orders (a gsi1 key range), filtered by deadline. Bounded: an order is placed only until it is
   * confirmed, refused or expired, at most ORDER_CONFIRMATION_HOURS after placement.
   */
  listPlacedDue(associationId: string, at: string, limit: number, cursor?: string): Promise<Page<OrderItem>> {
    return this.orderPage({
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: ordersKeys.ordersOfAssociation(associationId) },
      sortPrefix: { name: 'gsi1sk', value: ordersKeys.associationOrderStatusPrefix('placed') },
      filter: { FilterExpression: 'confirmBy <= :at', ExpressionAttributeValues: { ':at': at } },
      limit,
      cursor,
    });
  }

  /** Association organisations, by name (the catalog's index of organisations by kind): the expiry job's round. */
  async listAssociationIds(limit: number, cursor?: string): Promise<Page<string>> {
    const { items, nextCursor } = await queryPage<{ id: string }>(this.store, {
      index: 'gsi1',
      partition: { name: 'gsi1pk', value: catalogKeys.organisationsByKind('association').gsi1pk },
      limit,
      cursor,
    });
    return { items: items.map((org) => org.id), nextCursor };
  }

  /**
   * Gives an order item written under earlier keys the index attributes `orderRecord` writes now
   * (e.g. gsi3, the buyer's per-status index, for orders written before it existed), unless a
   * transition rewrote it meanwhile. True when it changed something.
   */
  async rekey(orderId: string): Promise<boolean> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: ordersKeys.order(orderId), ConsistentRead: true }));
    if (!Item) return false;
    const expected = orderRecord(orderFromItem(Item)!);
    const stale = ORDER_INDEX_ATTRIBUTES.filter((name) => Item[name] !== expected[name]);
    if (stale.length === 0) return false;
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: ordersKeys.order(orderId),
          UpdateExpression: `SET ${stale.map((name) => `${name} = :${name}`).join(', ')}`,
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ...Object.fromEntries(stale.map((name) => [`:${name}`, expected[name]])), ':version': Item.version },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  listShipmentsOfLot(lotId: string, limit: number, cursor?: string): Promise<Page<ShipmentItem>> {
    return this.page<ShipmentItem>({
      partition: { name: 'pk', value: catalogKeys.lot(lotId).pk },
      sortPrefix: { name: 'sk', value: ordersKeys.shipmentPrefix },
      limit,
      cursor,
    });
  }

  async getLot(lotId: string): Promise<LotItem | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: catalogKeys.lot(lotId) }));
    return strip<LotItem>(Item);
  }

  private async orderPage(input: Parameters<typeof queryPage>[1]): Promise<Page<OrderItem>> {
    const { items, nextCursor } = await queryPage<Record<string, unknown>>(this.store, input);
    return { items: items.map((item) => orderFromItem(item)!), nextCursor };
  }

  private async page<T>(input: Parameters<typeof queryPage>[1]): Promise<Page<T>> {
    const { items, nextCursor } = await queryPage<Record<string, unknown>>(this.store, input);
    return { items: items.map((item) => strip<T>(item)!), nextCursor };
  }

  private async all<T>(input: Omit<Parameters<typeof queryPage>[1], 'limit' | 'cursor'>): Promise<T[]> {
    const out: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.page<T>({ ...input, limit: 100, cursor });
      out.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }
}
