import type { ProductItem } from '@ayni/catalog';
import { Conflict, fitsUnit, formatQuantity, message, ValidationFailed, type FieldIssue, type MessageParam, type MessageParams } from '@ayni/core';
import { createHash } from 'node:crypto';
import { OrderInsufficientStock } from '../errors.js';
import { MESSAGES } from '../messages.js';
import type { Delivery, OrderEventItem, OrderItem, OrderLine, ShortStockPolicy, StandingOrigin } from '../model.js';
import { OrderExists } from '../repository/orders.js';
import { DEFAULT_CONFIRMATION_HOURS, nowIso, repositories, today, type Actor, type OrdersDeps } from './context.js';
import { lineTotal, newestFirst, resolvePrice } from './pricing.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A deterministic id (`<prefix>_` + 26 Crockford characters of a SHA-256) for what must be created
 * at most once: an order per (buyer, caller, Idempotency-Key), a standing order's order per
 * (template, delivery date). A crashed first attempt and its retry compute the same id, and the
 * conditional put of the order lets only one of them create it.
 */
export function deterministicId<P extends string>(prefix: P, ...parts: string[]): `${P}_${string}` {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  let out = '';
  for (let i = 0; i < 26; i++) out += CROCKFORD[digest[i]! % 32];
  return `${prefix}_${out}`;
}

export function orderIdForRequest(buyerId: string, sub: string, idempotencyKey: string): `ord_${string}` {
  return deterministicId('ord', 'order', buyerId, sub, idempotencyKey);
}

export interface PlacementRequest {
  readonly orderId: string;
  readonly buyerId: string;
  readonly associationId: string;
  readonly lines: ReadonlyArray<{ productId: string; quantity: number }>;
  readonly requestedDeliveryDate: string;
  readonly delivery: Delivery;
  readonly notes?: string | undefined;
  /** Standing orders: what to do when stock is short (HTTP orders simply fail with 409). */
  readonly shortStock?: ShortStockPolicy;
  readonly standing?: Omit<StandingOrigin, 'shortShipped' | 'policy'>;
}

export interface PlacementResult {
  readonly order: OrderItem;
  /** True when the order already existed (a replay): nothing was reserved this time. */
  readonly existing: boolean;
}

interface MergedLine {
  productId: string;
  quantity: number;
  /** Index of the first request line naming the product, for error paths. */
  index: number;
}

/** One line per product (a transaction may not touch one item twice): duplicate products are summed. */
export function mergeLines(lines: PlacementRequest['lines']): MergedLine[] {
  const merged = new Map<string, MergedLine>();
  lines.forEach((line, index) => {
    const existing = merged.get(line.productId);
    if (existing) existing.quantity += line.quantity;
    else merged.set(line.productId, { productId: line.productId, quantity: line.quantity, index });
  });
  return [...merged.values()];
}

/** Minimum, multiple and unit rules of a line, with messages that say what to change ("add 4 kg"). */
export function quantityIssues(product: ProductItem, quantity: number, path: string): FieldIssue[] {
  const unit = product.unit;
  const q = (milli: number): MessageParam => ({ quantity: { value: formatQuantity(milli), unit } });
  if (quantity <= 0) return [{ path, message: 'must be positive', msg: message(MESSAGES, 'orders.field.positive') }];
  if (!fitsUnit(quantity, unit)) return [{ path, message: `is not expressible in ${unit}`, msg: message(MESSAGES, 'orders.field.not-expressible', { unit }) }];
  if (quantity < product.minOrderQuantity) {
    return [
      {
        path,
        message: `is below the minimum order of ${formatQuantity(product.minOrderQuantity)} ${unit}: add ${formatQuantity(product.minOrderQuantity - quantity)} ${unit}`,
        code: 'below_minimum',
        msg: message(MESSAGES, 'orders.field.below-minimum', { minimum: q(product.minOrderQuantity), add: q(product.minOrderQuantity - quantity) }),
      },
    ];
  }
  const rest = quantity % product.orderMultiple;
  if (rest !== 0) {
    return [
      {
        path,
        message: `must be a multiple of ${formatQuantity(product.orderMultiple)} ${unit}: add ${formatQuantity(product.orderMultiple - rest)} ${unit} or remove ${formatQuantity(rest)} ${unit}`,
        code: 'not_multiple',
        msg: message(MESSAGES, 'orders.field.not-multiple', { multiple: q(product.orderMultiple), add: q(product.orderMultiple - rest), remove: q(rest) }),
      },
    ];
  }
  return [];
}

/**
 * What an association may accept of a line ordered as `ordered` when it confirms less: 0 (the line
 * is declined, its stock released) or a quantity that respects the product's minimum order and
 * multiple, up to the ordered quantity (accepting in full is always allowed). The messages say what
 * would be allowed: "the nearest allowed quantities are 2 and 2.5 kg", "add 1 kg".
 */
export function acceptanceIssues(
  product: Pick<ProductItem, 'unit' | 'minOrderQuantity' | 'orderMultiple'>,
  accepted: number,
  ordered: number,
  path: string,
): FieldIssue[] {
  const { unit, minOrderQuantity: min, orderMultiple: multiple } = product;
  if (accepted === 0 || accepted === ordered) return [];
  const allowed = (q: number) => q === 0 || q === ordered || (q >= min && q % multiple === 0);
  if (allowed(accepted)) return [];
  const q = (milli: number) => `${formatQuantity(milli)} ${unit}`;
  // The nearest allowed quantities below and above (0 and `ordered` are always allowed).
  const smallest = Math.ceil(min / multiple) * multiple;
  const below = accepted < smallest ? 0 : Math.floor(accepted / multiple) * multiple;
  const aboveRule = Math.max(smallest, Math.ceil(accepted / multiple) * multiple);
  const above = Math.min(aboveRule, ordered);
  const suggestion =
    below > 0
      ? `the nearest allowed quantities are ${formatQuantity(below)} and ${q(above)} (remove ${q(accepted - below)} or add ${q(above - accepted)})`
      : `add ${q(above - accepted)} (accept ${q(above)}), or accept 0 ${unit} to decline the line`;
  const p = (milli: number): MessageParam => ({ quantity: { value: formatQuantity(milli), unit } });
  const params: MessageParams =
    below > 0
      ? { below: Number(formatQuantity(below)), above: p(above), remove: p(accepted - below), add: p(above - accepted) }
      : { add: p(above - accepted), above: p(above), zero: p(0) };
  const variant = below > 0 ? 'nearest' : 'add';
  return accepted < min
    ? [
        {
          path,
          message: `is below the minimum order of ${q(min)}: ${suggestion}`,
          code: 'below_minimum',
          msg: message(MESSAGES, `orders.field.accept-below-minimum.${variant}`, { minimum: p(min), ...params }),
        },
      ]
    : [
        {
          path,
          message: `must be a multiple of ${q(multiple)}: ${suggestion}`,
          code: 'not_multiple',
          msg: message(MESSAGES, `orders.field.accept-not-multiple.${variant}`, { multiple: p(multiple), ...params }),
        },
      ];
}

/** The largest quantity ≤ `available` that respects the product's multiple and minimum; 0 if none. */
function shippable(product: ProductItem, wanted: number, available: number): number {
  if (wanted <= available) return wanted;
  const q = Math.floor(Math.max(available, 0) / product.orderMultiple) * product.orderMultiple;
  return q >= product.minOrderQuantity ? q : 0;
}

/**
 * Places an order: merges duplicate products, checks the association's rules, resolves each line's
 * price (agreement tier → agreement price → catalog price) and snapshots it on the line, then
 * reserves the stock and records the order and its first event in one transaction. Reads: the
 * products (one BatchGetItem) and the agreements in force (one Query, at most `AGREEMENTS_IN_FORCE_LIMIT` items).
 */
export async function placeOrder(deps: OrdersDeps, request: PlacementRequest, actor: Actor): Promise<PlacementResult> {
  const repos = repositories(deps);
  const merged = mergeLines(request.lines);
  const date = today(deps);
  for (let attempt = 1; ; attempt++) {
    const [products, agreements] = await Promise.all([
      repos.orders.getProducts(
        request.associationId,
        merged.map((l) => l.productId),
        attempt > 1,
      ),
      repos.orders.findAgreementsInForce(request.associationId, request.buyerId, date),
    ]);
    const issues: FieldIssue[] = [];
    for (const line of merged) {
      const product = products.get(line.productId);
      if (!product || !product.active)
        issues.push({
          path: `lines.${line.index}.productId`,
          message: 'is not a product offered by this association',
          msg: message(MESSAGES, 'orders.field.not-offered-product'),
        });
      else issues.push(...quantityIssues(product, line.quantity, `lines.${line.index}.quantity`));
    }
    if (request.requestedDeliveryDate < date)
      issues.push({
        path: 'requestedDeliveryDate',
        message: `must not be in the past (today is ${date})`,
        msg: message(MESSAGES, 'orders.field.in-past-today', { today: date }),
      });
    const currencies = new Set([...products.values()].map((p) => p.price.currency));
    if (currencies.size > 1)
      issues.push({ path: 'lines', message: 'all products of an order must be priced in one currency', msg: message(MESSAGES, 'orders.field.one-currency') });
    if (issues.length > 0) throw new ValidationFailed(issues);

    const shortShipped: StandingOrigin['shortShipped'] = [];
    const lines: OrderLine[] = [];
    const used = new Set<string>();
    for (const line of merged) {
      const product = products.get(line.productId)!;
      let quantity = line.quantity;
      if (request.shortStock === 'skip' && quantity > product.stock) {
        const amount = (milli: number): MessageParam => ({ quantity: { value: formatQuantity(milli), unit: product.unit } });
        throw new OrderInsufficientStock(
          message(MESSAGES, 'orders.insufficient-stock-delivery', { product: product.name.es, asked: amount(quantity), available: amount(product.stock) }),
          { extensions: { productId: product.id, sku: product.sku, available: formatQuantity(product.stock) } },
        );
      }
      if (request.shortStock === 'short_ship') {
        quantity = shippable(product, quantity, product.stock);
        if (quantity < line.quantity) shortShipped.push({ productId: product.id, requested: line.quantity, placed: quantity });
        if (quantity === 0) continue;
      }
      const price = resolvePrice(product, agreements, quantity);
      if (price.agreementId) used.add(price.agreementId);
      lines.push({
        line: lines.length + 1,
        productId: product.id,
        sku: product.sku,
        name: product.name.es,
        unit: product.unit,
        quantity,
        ...(quantity !== line.quantity ? { requested: line.quantity } : {}),
        unitPrice: price.unitPrice,
        priceRule: price.rule,
        ...(price.tierMinQuantity !== undefined ? { tierMinQuantity: price.tierMinQuantity } : {}),
        lineTotal: lineTotal(price.unitPrice, quantity),
      });
    }
    if (lines.length === 0) throw new OrderInsufficientStock(message(MESSAGES, 'orders.nothing-servable'));

    // Payment terms: the newest agreement in force; the order names the newest agreement that priced a line.
    const inForce = newestFirst(agreements);
    const terms = inForce[0];
    const priced = inForce.find((a) => used.has(a.id));
    const at = nowIso(deps);
    const hours = deps.confirmationHours ?? DEFAULT_CONFIRMATION_HOURS;
    const order: OrderItem = {
      entity: 'Order',
      id: request.orderId,
      associationId: request.associationId,
      buyerId: request.buyerId,
      status: 'placed',
      currency: products.get(lines[0]!.productId)!.price.currency,
      lines,
      total: lines.reduce((sum, l) => sum + l.lineTotal, 0),
      requestedDeliveryDate: request.requestedDeliveryDate,
      delivery: request.delivery,
      ...(request.notes ? { notes: request.notes } : {}),
      paymentTerms: terms?.paymentTerms ?? 'on_delivery',
      ...(priced ? { agreementId: priced.id } : {}),
      placedBy: actor.sub,
      placedAt: at,
      confirmBy: new Date(deps.clock.now().getTime() + hours * 3_600_000).toISOString(),
      ...(request.standing ? { standing: { ...request.standing, policy: request.shortStock ?? 'skip', shortShipped } } : {}),
      version: 1,
      updatedAt: at,
    };
    const event: OrderEventItem = {
      entity: 'OrderEvent',
      orderId: order.id,
      seq: 1,
      type: 'placed',
      to: 'placed',
      actor: actor.sub,
      party: actor.system ? 'system' : 'buyer',
      at,
      ...(shortShipped.length ? { details: { shortShipped } } : {}),
    };
    try {
      await repos.orders.placeOrder(
        order,
        event,
        lines.map((l) => ({ productId: l.productId, quantity: l.quantity, name: l.name, unit: l.unit })),
      );
      return { order, existing: false };
    } catch (error) {
      if (error instanceof OrderExists) {
        const existing = await repos.orders.getOrder(order.id);
        if (!existing || existing.buyerId !== request.buyerId) throw new Conflict(message(MESSAGES, 'orders.order-id-taken'), { cause: error });
        return { order: existing, existing: true };
      }
      // Short-shipping plans from the stock it read; if others took it meanwhile, plan again.
      if (error instanceof OrderInsufficientStock && request.shortStock === 'short_ship' && attempt < 3) continue;
      throw error;
    }
  }
}
