import type { OrderAction, OrderStatus, Party } from './model.js';

export interface TransitionRule {
  readonly from: readonly OrderStatus[];
  /** Who may take the action (the association acts through its admins and members). */
  readonly parties: readonly Party[];
  /** Parties that must give a reason. */
  readonly reasonRequiredFor: readonly Party[];
}

/**
 * The order state machine (docs/orders.md draws it). `confirm` leads to `confirmed` or, when some
 * line is accepted for less than ordered, to `partially_confirmed`; `expire` is the system's.
 */
export const TRANSITIONS: Record<OrderAction | 'expire', TransitionRule> = {
  confirm: { from: ['placed'], parties: ['association'], reasonRequiredFor: [] },
  reject: { from: ['placed'], parties: ['association'], reasonRequiredFor: ['association'] },
  cancel: { from: ['placed', 'confirmed', 'partially_confirmed'], parties: ['buyer', 'association'], reasonRequiredFor: ['association'] },
  dispatch: { from: ['confirmed', 'partially_confirmed'], parties: ['association'], reasonRequiredFor: [] },
  deliver: { from: ['dispatched'], parties: ['association', 'buyer'], reasonRequiredFor: [] },
  invoice: { from: ['delivered'], parties: ['association'], reasonRequiredFor: [] },
  pay: { from: ['invoiced'], parties: ['association'], reasonRequiredFor: [] },
  expire: { from: ['placed'], parties: ['system'], reasonRequiredFor: [] },
};

export const TARGET: Record<Exclude<OrderAction, 'confirm'> | 'expire', OrderStatus> = {
  reject: 'rejected',
  cancel: 'cancelled',
  dispatch: 'dispatched',
  deliver: 'delivered',
  invoice: 'invoiced',
  pay: 'paid',
  expire: 'expired',
};

/** States in which the order still holds stock reserved on its products. */
export function holdsReservation(status: OrderStatus): boolean {
  return status === 'placed' || status === 'confirmed' || status === 'partially_confirmed';
}
