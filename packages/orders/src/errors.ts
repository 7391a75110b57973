import { Conflict, ServiceUnavailable, UnprocessableRequest } from '@ayni/core';

/** An action the order's current state does not allow; the problem names the current state. */
export class IllegalTransition extends Conflict {
  override readonly type = 'illegal-transition';
  override readonly title = 'The order is not in a state that allows this';
}

/** Placement could not reserve a line's quantity: another buyer took it first, or it was never there. */
export class OrderInsufficientStock extends Conflict {
  override readonly type = 'insufficient-stock';
  override readonly title = 'Not enough stock';
}

/** Dispatch found less in the product's lots than the order holds reserved (lots were corrected meanwhile). */
export class LotsExhausted extends Conflict {
  override readonly type = 'lots-exhausted';
  override readonly title = 'The lots do not hold what the order needs';
}

/** A change to an agreement whose validity has already ended (sign a new one instead). */
export class AgreementEnded extends Conflict {
  override readonly type = 'agreement-ended';
  override readonly title = 'The agreement has ended';
}

export class OrderTooLarge extends UnprocessableRequest {
  override readonly type = 'order-too-large';
  override readonly title = 'The order has too many lines or lots to record atomically';
}

/** A credit note for more than what remains uncredited on its invoice (`remaining` says how much may still be). */
export class CreditExceedsInvoice extends UnprocessableRequest {
  override readonly type = 'credit-exceeds-invoice';
  override readonly title = 'The credit note exceeds what remains to credit on the invoice';
}

/** A credit note for "the rest" of an invoice that credit notes have already corrected in full. */
export class InvoiceFullyCredited extends UnprocessableRequest {
  override readonly type = 'invoice-fully-credited';
  override readonly title = 'Nothing remains to credit on this invoice';
}

/** Contention that outlasted every retry: the client may retry (503 with Retry-After), never a 500. */
export { TransactionContended as Contended } from '@ayni/store';

/** A re-order of which no product can be ordered today (all withdrawn or out of stock); `unavailable` says which and why. */
export class NothingToReorder extends UnprocessableRequest {
  override readonly type = 'nothing-to-reorder';
  override readonly title = 'Nothing of the order can be ordered again';
}
