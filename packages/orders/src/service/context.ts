import { hasRole, type Principal } from '@ayni/auth';
import { message, NotFound, type Clock } from '@ayni/core';
import type { Store } from '@ayni/store';
import { MESSAGES } from '../messages.js';
import type { OrderItem, Party } from '../model.js';
import { AgreementsRepository } from '../repository/agreements.js';
import { DocumentsRepository } from '../repository/documents.js';
import { OrdersRepository } from '../repository/orders.js';
import { ReceivablesRepository } from '../repository/receivables.js';
import { SalesRepository } from '../repository/sales.js';
import { StandingRepository } from '../repository/standing.js';
import type { CallMeter } from '../repository/transact.js';

export interface OrdersDeps {
  readonly store: Store;
  readonly clock: Clock;
  /** Hours a placed order waits for the association's confirmation before it expires (default 48). */
  readonly confirmationHours?: number;
  /** Counts DynamoDB calls and capacity (the benchmark passes one). */
  readonly meter?: CallMeter;
}

export const DEFAULT_CONFIRMATION_HOURS = 48;

export const repositories = (deps: OrdersDeps) => ({
  orders: new OrdersRepository(deps.store, deps.meter),
  agreements: new AgreementsRepository(deps.store),
  documents: new DocumentsRepository(deps.store),
  sales: new SalesRepository(deps.store),
  receivables: new ReceivablesRepository(deps.store),
  standing: new StandingRepository(deps.store),
});

export const nowIso = (deps: OrdersDeps) => deps.clock.now().toISOString();
/** Calendar dates are UTC dates (YYYY-MM-DD); documented in docs/orders.md. */
export const today = (deps: OrdersDeps) => nowIso(deps).slice(0, 10);

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00.000Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Who acts: a principal reduced to the side of the order it speaks for. */
export interface Actor {
  readonly sub: string;
  readonly principal?: Principal;
  readonly system?: boolean;
}

export function systemActor(name: string): Actor {
  return { sub: `system:${name}`, system: true };
}

/** Which party of the order the caller is, if any. */
export function partyOf(actor: Actor, order: Pick<OrderItem, 'buyerId' | 'associationId'>): Party | undefined {
  if (actor.system) return 'system';
  const p = actor.principal;
  if (!p?.org) return undefined;
  if (p.org === order.buyerId && hasRole(p, 'buyer')) return 'buyer';
  if (p.org === order.associationId && hasRole(p, 'association_admin', 'association_member')) return 'association';
  return undefined;
}

/** Reads are for the two parties and platform staff; to anyone else the order does not exist. */
export function assertCanRead(actor: Actor, order: Pick<OrderItem, 'id' | 'buyerId' | 'associationId'>): void {
  if (partyOf(actor, order)) return;
  if (actor.principal && hasRole(actor.principal, 'platform_admin')) return;
  throw new NotFound(message(MESSAGES, 'orders.order-not-found', { orderId: order.id }));
}
