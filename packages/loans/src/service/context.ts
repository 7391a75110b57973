import type { Role } from '@ayni/auth';
import type { Clock } from '@ayni/core';
import { newId } from '@ayni/core';
import type { Store } from '@ayni/store';
import { setTimeout as sleep } from 'node:timers/promises';
import { businessDateOf, type BusinessDate } from '../dates.js';
import { BusyRetryLater } from '../errors.js';
import type { Loan } from '../model.js';
import type { OrganisationLookup } from '../organisations.js';
import { LedgerRepository } from '../repository/ledger.js';
import { LoanRepository } from '../repository/loans.js';

/** What the loans services depend on. */
export interface LoansDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly organisations: OrganisationLookup;
}

export interface LoansContext extends LoansDeps {
  readonly ledger: LedgerRepository;
  readonly loans: LoanRepository;
}

export function loansContext(deps: LoansDeps): LoansContext {
  return { ...deps, ledger: new LedgerRepository(deps.store), loans: new LoanRepository(deps.store) };
}

/** Who acts: the principal of the request, or a system actor for jobs and seeds. */
export interface Actor {
  readonly sub: string;
  readonly org?: string | undefined;
  readonly roles: readonly Role[];
}

export function today(ctx: LoansDeps): BusinessDate {
  return businessDateOf(ctx.clock.now());
}

export function nowIso(ctx: LoansDeps): string {
  return ctx.clock.now().toISOString();
}

export function newEntryId(ctx: LoansDeps): string {
  return newId('je', ctx.clock.now().getTime());
}

/** What every journal entry about a loan carries besides its kind and lines. */
export function loanEntryHeader(
  ctx: LoansDeps,
  actor: Actor,
  loan: Pick<Loan, 'id' | 'fundId' | 'associationId'>,
  fields: { valueDate: BusinessDate; postedAt: string; entryId?: string | undefined; memo?: string | undefined },
) {
  return {
    entryId: fields.entryId ?? newEntryId(ctx),
    fundId: loan.fundId,
    valueDate: fields.valueDate,
    postedAt: fields.postedAt,
    postedBy: actor.sub,
    currency: 'PEN' as const,
    loanId: loan.id,
    associationId: loan.associationId,
    ...(fields.memo !== undefined ? { memo: fields.memo } : {}),
  };
}

/** Thrown inside an optimistic attempt to start over from a fresh read. */
export class RetryAttempt extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RetryAttempt';
  }
}

/**
 * Runs read-decide-write attempts until one commits. Losing a race (a loan's version moved, cash
 * moved between the read and the conditional write, a transaction conflict) starts a new attempt
 * from fresh reads; after `attempts` losses the caller gets a retryable 409.
 */
export async function optimistically<T>(attempt: () => Promise<T>, attempts = 60): Promise<T> {
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof RetryAttempt)) throw error;
      if (n >= attempts) throw new BusyRetryLater();
      await sleep(Math.min(100, 3 * 2 ** Math.min(n, 5)) + Math.floor(Math.random() * 25));
    }
  }
}
