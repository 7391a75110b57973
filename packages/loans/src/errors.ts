import { Conflict, englishOf, Forbidden, message, NotFound, UnprocessableRequest, ValidationFailed } from '@ayni/core';
import { MESSAGES, messageWithWords, WORDS, wordOf, wordsOf } from './messages.js';
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
    const words = { action: wordOf(WORDS.action, action), state: wordOf(WORDS.state, currentState), allowed: wordsOf(WORDS.state, allowed) };
    super(messageWithWords('loans.illegal-transition', words), {
      extensions: { currentState, allowedFrom: allowed },
    });
  }
}

/** A disbursement (or reversal) the fund's cash cannot cover. */
export class InsufficientFunds extends Conflict {
  override readonly type = 'insufficient-funds';
  override readonly title = 'The fund does not hold enough cash';
  constructor(needed: number, available: number, currency = 'PEN') {
    const money = (amount: number) => ({ money: { amount, currency } });
    super(message(MESSAGES, 'loans.insufficient-funds', { available: money(available), needed: money(needed) }), { extensions: { needed, available } });
  }
}

export class Overpayment extends UnprocessableRequest {
  override readonly type = 'overpayment';
  override readonly title = 'The payment is larger than what the loan can take';
  constructor(amount: number, maxPayable: number, currency = 'PEN') {
    const money = (minor: number) => ({ money: { amount: minor, currency } });
    super(message(MESSAGES, 'loans.overpayment', { amount: money(amount), maxPayable: money(maxPayable) }), {
      extensions: { maxPayable },
    });
  }
}

const MAKER_CHECKER = {
  recorded: 'loans.maker-checker.recorded',
  evaluated: 'loans.maker-checker.evaluated',
  proposed: 'loans.maker-checker.proposed',
  'evaluated-loan': 'loans.maker-checker.evaluated-loan',
} as const;

/**
 * Maker-checker: the one who approves is not who recorded or evaluated the application; the one who
 * confirms a write-off or restructuring is not who proposed it nor who evaluated the loan.
 */
export class MakerCheckerViolation extends Forbidden {
  constructor(role: keyof typeof MAKER_CHECKER) {
    super(message(MESSAGES, MAKER_CHECKER[role]));
  }
}

/** A write-off or restructuring proposed while another proposal waits for its second approver. */
export class ProposalPending extends Conflict {
  override readonly type = 'proposal-pending';
  override readonly title = 'A proposal for this loan is already waiting for confirmation';
  constructor(kind: 'write_off' | 'restructure', by: string) {
    super(messageWithWords('loans.proposal-pending', { kind: wordOf(WORDS.proposal, kind) }, { by }), {
      extensions: { pendingProposal: { kind, by } },
    });
  }
}

/** A confirmation or withdrawal of a proposal the loan does not have. */
export class NoPendingProposal extends Conflict {
  override readonly type = 'no-pending-proposal';
  override readonly title = 'There is no such proposal waiting for confirmation';
  constructor(kind: 'write_off' | 'restructure') {
    super(messageWithWords('loans.no-pending-proposal', { kind: wordOf(WORDS.proposal, kind) }), { extensions: { kind } });
  }
}

/** Approving against the evaluation's 'reject' recommendation without saying why: a 400 naming `reason`. */
export function overrideNeedsReason(): ValidationFailed {
  const msg = message(MESSAGES, 'loans.override-needs-reason');
  return new ValidationFailed([{ path: 'reason', message: englishOf(msg), msg, code: 'required' }]);
}

export class LoanNotFound extends NotFound {
  constructor(loanId: string) {
    super(message(MESSAGES, 'loans.loan-not-found', { loanId }));
  }
}

export class FundNotFound extends NotFound {
  constructor(fundId: string) {
    super(message(MESSAGES, 'loans.fund-not-found', { fundId }));
  }
}

export class AssociationNotFound extends NotFound {
  constructor(orgId: string) {
    super(message(MESSAGES, 'loans.association-not-found', { orgId }));
  }
}

/** A journal entry named in the path that this fund does not have (at that value date). */
export class EntryNotFound extends NotFound {
  constructor(entryId: string, valueDate: string) {
    super(message(MESSAGES, 'loans.entry-not-found', { entryId, valueDate }));
  }
}

/**
 * A body field naming an organisation that does not exist, is not of the kind the field needs, or is
 * inactive: a 400 naming the field, like any other invalid field.
 */
export function badOrganisationReference(field: string, orgId: string, kind: 'association' | 'fund'): ValidationFailed {
  const msg = message(MESSAGES, kind === 'association' ? 'loans.not-an-association' : 'loans.not-a-fund', { orgId });
  return new ValidationFailed([{ path: field, message: englishOf(msg), msg, code: 'invalid_reference' }]);
}

/** Raised when optimistic retries keep losing to concurrent writers (answered as a retryable 409). */
export class BusyRetryLater extends Conflict {
  override readonly type = 'busy';
  override readonly title = 'Too many concurrent changes; retry';
  constructor() {
    super(message(MESSAGES, 'loans.busy'), { extensions: { retryAfterSeconds: 1 } });
  }
}

export class ReversedAlready extends Conflict {
  override readonly type = 'already-reversed';
  override readonly title = 'This entry was already reversed';
  constructor(entryId: string) {
    super(message(MESSAGES, 'loans.already-reversed', { entryId }));
  }
}
