/**
 * The fund's chart of accounts. Balances are stored debit-positive (debits − credits), so the trial
 * balance — the sum of every account's balance — is exactly zero when the books balance.
 * Fund cash is split by origin, which is what makes the revolving part visible: money that came in
 * as donor capital, and money that came back from borrowers (principal, interest, penalties,
 * recoveries) and can be lent again.
 */
export const ACCOUNTS = {
  cash_capital: { type: 'asset', description: 'Fund cash from donor capital not yet lent' },
  cash_recycled: { type: 'asset', description: 'Fund cash from repayments, available to lend again' },
  loans_receivable: { type: 'asset', description: 'Principal lent and not yet repaid or written off' },
  donor_capital: { type: 'equity', description: 'Capital contributed by donors' },
  interest_income: { type: 'income', description: 'Interest collected (cash basis)' },
  penalty_income: { type: 'income', description: 'Late-payment penalties collected (cash basis)' },
  write_offs: { type: 'expense', description: 'Principal written off as uncollectable' },
  recoveries: { type: 'income', description: 'Collections on written-off principal' },
} as const;

export type Account = keyof typeof ACCOUNTS;
export const ACCOUNT_NAMES = Object.keys(ACCOUNTS) as Account[];

/** Accounts that hold the fund's money: their balance may never go below zero. */
export const CASH_ACCOUNTS: readonly Account[] = ['cash_capital', 'cash_recycled'];

export interface LedgerLine {
  readonly account: Account;
  readonly debit: number;
  readonly credit: number;
  /** The loan a receivable line belongs to (sub-ledger of loans receivable). */
  readonly loanId?: string | undefined;
}

/** Net change per account (debit-positive), refusing unbalanced or malformed entries. */
export function netByAccount(lines: readonly LedgerLine[]): Map<Account, { debit: number; credit: number }> {
  let debits = 0;
  let credits = 0;
  const net = new Map<Account, { debit: number; credit: number }>();
  for (const line of lines) {
    if (!Number.isSafeInteger(line.debit) || !Number.isSafeInteger(line.credit) || line.debit < 0 || line.credit < 0) {
      throw new RangeError('ledger amounts must be non-negative integers');
    }
    if ((line.debit === 0) === (line.credit === 0)) throw new RangeError('a ledger line is either a debit or a credit');
    debits += line.debit;
    credits += line.credit;
    const sum = net.get(line.account) ?? { debit: 0, credit: 0 };
    net.set(line.account, { debit: sum.debit + line.debit, credit: sum.credit + line.credit });
  }
  if (debits !== credits) throw new RangeError(`unbalanced entry: debits ${debits} ≠ credits ${credits}`);
  return net;
}
