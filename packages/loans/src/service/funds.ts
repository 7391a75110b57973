import { message, UnprocessableRequest } from '@ayni/core';
import type { Page } from '@ayni/store';
import type { Account } from '../accounts.js';
import type { Component } from '../allocation.js';
import type { BusinessDate } from '../dates.js';
import { EntryNotFound, FundNotFound, InsufficientFunds, ReversedAlready } from '../errors.js';
import { reversalMarker } from '../keys.js';
import { MESSAGES, messageWithWords, WORDS, wordOf } from '../messages.js';
import { DEFAULT_POLICY, type AccountBalance, type FundBook, type JournalEntry } from '../ledger.js';
import { post, PostingRefused } from '../repository/posting.js';
import { newEntryId, nowIso, optimistically, RetryAttempt, today, type Actor, type LoansContext } from './context.js';

/** Refuses anything that is not an existing, active fund organisation. */
export async function requireFundOrganisation(ctx: LoansContext, fundId: string): Promise<void> {
  const org = await ctx.organisations.get(fundId);
  if (!org || org.kind !== 'fund' || org.active === false) throw new FundNotFound(fundId);
}

/** The fund's book, opened (zeroed accounts, default policy) the first time the fund is used. */
export async function ensureFundBook(ctx: LoansContext, fundId: string): Promise<FundBook> {
  const existing = await ctx.ledger.getBook(fundId);
  if (existing) return existing;
  await requireFundOrganisation(ctx, fundId);
  const now = nowIso(ctx);
  const book: FundBook = { fundId, currency: 'PEN', ...DEFAULT_POLICY, openedAt: now, updatedAt: now };
  await ctx.ledger.openBook(book);
  return (await ctx.ledger.getBook(fundId))!;
}

export interface FundSummary {
  readonly book: FundBook;
  readonly balances: AccountBalance[];
  /** Σ of all debit-positive balances: 0 when the books balance. */
  readonly trialBalance: number;
  readonly cash: { readonly total: number; readonly fromCapital: number; readonly recycled: number };
}

/**
 * The fund's policy, balances, trial balance and cash. Balances, trial balance and cash all come from
 * one read of the fund's balances item (decision 0008), so they agree with each other even while
 * movements commit. A fund used for the first time has its book opened first.
 */
export async function getFundSummary(ctx: LoansContext, fundId: string): Promise<FundSummary> {
  const book = await ensureFundBook(ctx, fundId);
  const balances = await ctx.ledger.balances(fundId);
  const of = (account: Account) => balances.find((b) => b.account === account)?.balance ?? 0;
  return {
    book,
    balances,
    trialBalance: balances.reduce((sum, b) => sum + b.balance, 0),
    cash: { total: of('cash_capital') + of('cash_recycled'), fromCapital: of('cash_capital'), recycled: of('cash_recycled') },
  };
}

export async function setPolicy(
  ctx: LoansContext,
  fundId: string,
  policy: { allocationOrder: Component[]; penaltyBps: number; penaltyAfterDays: number },
): Promise<FundBook> {
  await ensureFundBook(ctx, fundId);
  return ctx.ledger.updatePolicy(fundId, policy, nowIso(ctx));
}

/** A value date: today by default, never in the future. */
export function valueDateOf(ctx: LoansContext, requested: BusinessDate | undefined): BusinessDate {
  const current = today(ctx);
  const date = requested ?? current;
  if (date > current) {
    throw new UnprocessableRequest(message(MESSAGES, 'loans.value-date-in-future', { date, today: current }), { extensions: { field: 'valueDate' } });
  }
  return date;
}

export interface CapitalInput {
  readonly amount: number;
  readonly donor: string;
  readonly valueDate?: BusinessDate | undefined;
  readonly memo?: string | undefined;
  /** Deterministic entry id (seeds); a second posting with the same id returns the first. */
  readonly entryId?: string | undefined;
}

/** A donor tranche: Dr cash (capital) / Cr donor capital. */
export async function contributeCapital(ctx: LoansContext, actor: Actor, fundId: string, input: CapitalInput): Promise<JournalEntry> {
  await ensureFundBook(ctx, fundId);
  const entry: JournalEntry = {
    entryId: input.entryId ?? newEntryId(ctx),
    fundId,
    kind: 'capital',
    valueDate: valueDateOf(ctx, input.valueDate),
    postedAt: nowIso(ctx),
    postedBy: actor.sub,
    currency: 'PEN',
    donor: input.donor,
    memo: input.memo,
    lines: [
      { account: 'cash_capital', debit: input.amount, credit: 0 },
      { account: 'donor_capital', debit: 0, credit: input.amount },
    ],
  };
  // Contributions race other postings for the cash item like any movement: a lost race is tried
  // again (same entry id, so an attempt that did commit is found, not doubled), never a 500.
  return optimistically(async () => {
    try {
      await post(ctx.store, { entry }, entry.postedAt);
      return entry;
    } catch (error) {
      if (!(error instanceof PostingRefused)) throw error;
      if (error.has('entry_exists')) return (await ctx.ledger.getEntry(fundId, entry.valueDate, entry.entryId))!;
      throw new RetryAttempt(error.message);
    }
  });
}

/**
 * Corrects a capital contribution recorded by mistake with a reversing entry (the original stays).
 * Only capital entries are reversed this way; the cash it brought must still be in the fund.
 */
export async function reverseCapital(
  ctx: LoansContext,
  actor: Actor,
  fundId: string,
  original: { valueDate: BusinessDate; entryId: string },
  reason: string,
): Promise<JournalEntry> {
  const entry = await ctx.ledger.getEntry(fundId, original.valueDate, original.entryId);
  if (!entry) throw new EntryNotFound(original.entryId, original.valueDate);
  if (entry.kind !== 'capital') {
    throw new UnprocessableRequest(messageWithWords('loans.only-capital-reversed', { kind: wordOf(WORDS.entryKind, entry.kind) }, { entryId: entry.entryId }));
  }
  return optimistically(async () => {
    const reversal: JournalEntry = {
      entryId: newEntryId(ctx),
      fundId,
      kind: 'reversal',
      valueDate: today(ctx),
      postedAt: nowIso(ctx),
      postedBy: actor.sub,
      currency: 'PEN',
      reverses: entry.entryId,
      memo: reason,
      lines: entry.lines.map((line) => ({ ...line, debit: line.credit, credit: line.debit })),
    };
    try {
      await post(
        ctx.store,
        { entry: reversal, marker: { key: reversalMarker(fundId, entry.entryId), attributes: { reversedBy: reversal.entryId } } },
        reversal.postedAt,
      );
      return reversal;
    } catch (error) {
      if (!(error instanceof PostingRefused)) throw error;
      if (error.has('marker_exists')) throw new ReversedAlready(entry.entryId);
      if (error.has('cash_short')) {
        const cash = (await ctx.ledger.balances(fundId)).find((b) => b.account === 'cash_capital')?.balance ?? 0;
        throw new InsufficientFunds(entry.lines[0]!.debit, cash, entry.currency);
      }
      throw new RetryAttempt('conflict');
    }
  });
}

export function listLedger(ctx: LoansContext, fundId: string, options: { limit: number; cursor?: string | undefined }): Promise<Page<JournalEntry>> {
  return ctx.ledger.listEntries(fundId, options);
}
