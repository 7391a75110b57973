import type { Account, LedgerLine } from './accounts.js';
import type { Component, InstallmentAllocation } from './allocation.js';
import type { BusinessDate } from './dates.js';

export const ENTRY_KINDS = ['capital', 'disbursement', 'repayment', 'recovery', 'write_off', 'restructure', 'reversal'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** One balanced, immutable journal entry. Corrections are new entries that reverse it. */
export interface JournalEntry {
  readonly entryId: string;
  readonly fundId: string;
  readonly kind: EntryKind;
  /** The business date the money moved. */
  readonly valueDate: BusinessDate;
  readonly postedAt: string;
  readonly postedBy: string;
  readonly currency: 'PEN';
  readonly lines: LedgerLine[];
  readonly loanId?: string | undefined;
  readonly associationId?: string | undefined;
  readonly donor?: string | undefined;
  readonly memo?: string | undefined;
  /** Repayments: what was paid on which installment. */
  readonly allocation?: InstallmentAllocation[] | undefined;
  readonly reverses?: string | undefined;
}

/** The fund's book: its currency and lending policy. */
export interface FundBook {
  readonly fundId: string;
  readonly currency: 'PEN';
  /** Order in which a payment pays what is due (default penalties → interest → principal). */
  allocationOrder: Component[];
  /** Penalty assessed once on an installment left unpaid more than `penaltyAfterDays`, in basis points of what is unpaid. */
  penaltyBps: number;
  penaltyAfterDays: number;
  readonly openedAt: string;
  updatedAt: string;
}

export interface AccountBalance {
  readonly account: Account;
  /** Debit-positive: debits − credits. */
  readonly balance: number;
  readonly debits: number;
  readonly credits: number;
}

export const DEFAULT_POLICY = {
  allocationOrder: ['penalty', 'interest', 'principal'] as Component[],
  penaltyBps: 0,
  penaltyAfterDays: 0,
};
