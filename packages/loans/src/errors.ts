import { Conflict, Forbidden, NotFound, UnprocessableRequest, ValidationFailed } from '@ayni/core';
import type { LoanStatus } from './model.js';

/** A lifecycle action the loan's current state does not allow. */
export class IllegalTransition extends Conflict {
  override readonly type = 'illegal-transition';
  override readonly title = 'The loan is not in a state that allows this';
  constructor(
    action: string,
    readonly currentState: LoanStatus,
    allowed: readonly LoanStatus[],
  ) {
    super(`Cannot ${action} a loan that is ${currentState} (allowed from: ${allowed.join(', ')}).`, {
      extensions: { currentState, allowedFrom: allowed },
    });
  }
}

/** A disbursement (or reversal) the fund's cash cannot cover. */
export class InsufficientFunds extends Conflict {
  override readonly type = 'insufficient-funds';
  override readonly title = 'The fund does not hold enough cash';
  constructor(needed: number, available: number) {
    super(`The fund holds ${available} minor units of cash; ${needed} are needed.`, { extensions: { needed, available } });
  }
}

export class Overpayment extends UnprocessableRequest {
  override readonly type = 'overpayment';
  override readonly title = 'The payment is larger than what the loan can take';
  constructor(amount: number, maxPayable: number) {
    super(`A payment of ${amount} exceeds the ${maxPayable} minor units payable on this loan today; overpayments are refused.`, {
      extensions: { maxPayable },
    });
  }
}

export class MakerCheckerViolation extends Forbidden {
  constructor(role: 'recorded' | 'evaluated') {
    super(`You ${role} this application, so someone else must approve it (maker-checker).`);
  }
}

export class LoanNotFound extends NotFound {
  constructor(loanId: string) {
    super(`No loan ${loanId} here.`);
  }
}

export class FundNotFound extends NotFound {
  constructor(fundId: string) {
    super(`No fund organisation ${fundId}.`);
  }
}

export class AssociationNotFound extends NotFound {
  constructor(orgId: string) {
    super(`No active association organisation ${orgId}.`);
  }
}

/** A journal entry named in the path that this fund does not have (at that value date). */
export class EntryNotFound extends NotFound {
  constructor(entryId: string, valueDate: string) {
    super(`No journal entry ${entryId} with value date ${valueDate} in this fund (give the original entry's value date).`);
  }
}

/**
 * A body field naming an organisation that does not exist, is not of the kind the field needs, or is
 * inactive: a 400 naming the field, like any other invalid field.
 */
export function badOrganisationReference(field: string, orgId: string, kind: 'association' | 'fund'): ValidationFailed {
  const what = kind === 'association' ? 'an active producer association (the borrower)' : 'an active fund organisation (the lender)';
  return new ValidationFailed([{ path: field, message: `${orgId} is not ${what}`, code: 'invalid_reference' }]);
}

/** Raised when optimistic retries keep losing to concurrent writers (answered as a retryable 409). */
export class BusyRetryLater extends Conflict {
  override readonly type = 'busy';
  override readonly title = 'Too many concurrent changes; retry';
  constructor() {
    super('The fund is busy with concurrent changes; retry shortly.', { extensions: { retryAfterSeconds: 1 } });
  }
}

export class ReversedAlready extends Conflict {
  override readonly type = 'already-reversed';
  override readonly title = 'This entry was already reversed';
  constructor(entryId: string) {
    super(`Journal entry ${entryId} has already been reversed.`);
  }
}
