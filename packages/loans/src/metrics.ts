import { mulDiv } from '@ayni/core';
import { daysBetween, type BusinessDate } from './dates.js';
import type { JournalEntry } from './ledger.js';
import type { Loan } from './model.js';

export interface AmountMetric {
  readonly amount: number;
  readonly currency: 'PEN';
  readonly formula: string;
}

export interface CountMetric {
  readonly count: number;
  readonly formula: string;
}

export interface RateMetric {
  /** Decimal ratio with 4 places ("0.8512"), null when the denominator is 0. */
  readonly value: string | null;
  readonly numerator: number;
  readonly denominator: number;
  readonly formula: string;
}

export interface FundMetrics {
  readonly fundId: string;
  readonly asOf: BusinessDate;
  readonly currency: 'PEN';
  readonly organisationsFinanced: CountMetric;
  readonly producersReached: CountMetric;
  readonly loansDisbursed: CountMetric;
  readonly capitalContributed: AmountMetric;
  readonly totalDisbursed: AmountMetric;
  readonly disbursedFromCapital: AmountMetric;
  readonly disbursedFromRecycled: AmountMetric;
  readonly outstandingPrincipal: AmountMetric;
  readonly principalRepaid: AmountMetric;
  readonly interestCollected: AmountMetric;
  readonly collectionRate: RateMetric;
  readonly cumulativeRecoveryRate: RateMetric;
  readonly par30: RateMetric;
  readonly writtenOff: AmountMetric;
  readonly recoveredAfterWriteOff: AmountMetric;
}

export function ratio(numerator: number, denominator: number): string | null {
  if (denominator === 0) return null;
  const tenThousandths = mulDiv(numerator, 10_000, denominator, 'half-even');
  const whole = tenThousandths / 10_000n;
  return `${whole}.${(tenThousandths % 10_000n).toString().padStart(4, '0')}`;
}

const pen = (amount: number, formula: string): AmountMetric => ({ amount, currency: 'PEN', formula });
const rate = (numerator: number, denominator: number, formula: string): RateMetric => ({
  value: ratio(numerator, denominator),
  numerator,
  denominator,
  formula,
});

/**
 * The fund's headline figures on `asOf`, from its journal entries with a value date up to `asOf`
 * and its loans' schedules (due dates and amounts). Amounts paid per installment come from the
 * repayment entries' allocations, so every figure can be recomputed for any past date.
 */
export function computeFundMetrics(fundId: string, asOf: BusinessDate, loans: readonly Loan[], entries: readonly JournalEntry[]): FundMetrics {
  const loansById = new Map(loans.map((loan) => [loan.id, loan]));
  let capital = 0;
  let disbursed = 0;
  let fromCapital = 0;
  let fromRecycled = 0;
  let principalRepaid = 0;
  let interest = 0;
  let writtenOff = 0;
  let recovered = 0;
  const disbursedLoans = new Set<string>();
  const receivable = new Map<string, number>();
  /** loanId → installment n → principal + interest paid up to asOf. */
  const paid = new Map<string, Map<number, number>>();
  const capitalEntries = new Map<string, number>();

  for (const entry of entries) {
    if (entry.valueDate > asOf) continue;
    for (const line of entry.lines) {
      if (line.account === 'loans_receivable' && line.loanId) {
        receivable.set(line.loanId, (receivable.get(line.loanId) ?? 0) + line.debit - line.credit);
      }
    }
    const sum = (account: string, side: 'debit' | 'credit') => entry.lines.filter((l) => l.account === account).reduce((total, l) => total + l[side], 0);
    switch (entry.kind) {
      case 'capital':
        capital += sum('cash_capital', 'debit');
        capitalEntries.set(entry.entryId, sum('cash_capital', 'debit'));
        break;
      case 'reversal':
        capital -= sum('cash_capital', 'credit');
        break;
      case 'disbursement':
        disbursed += sum('loans_receivable', 'debit');
        fromCapital += sum('cash_capital', 'credit');
        fromRecycled += sum('cash_recycled', 'credit');
        if (entry.loanId) disbursedLoans.add(entry.loanId);
        break;
      case 'repayment': {
        principalRepaid += sum('loans_receivable', 'credit');
        interest += sum('interest_income', 'credit');
        const byInstallment = paid.get(entry.loanId!) ?? new Map<number, number>();
        for (const part of entry.allocation ?? []) {
          byInstallment.set(part.n, (byInstallment.get(part.n) ?? 0) + part.principal + part.interest);
        }
        paid.set(entry.loanId!, byInstallment);
        break;
      }
      case 'write_off':
        writtenOff += sum('write_offs', 'debit');
        break;
      case 'recovery':
        recovered += sum('recoveries', 'credit');
        break;
      case 'restructure':
        // The receivable moves between loans (handled above); the successor counts as financed already.
        if (entry.loanId) disbursedLoans.add(entry.loanId);
        break;
    }
  }

  const producersByOrg = new Map<string, number>();
  let realDisbursements = 0;
  for (const loanId of disbursedLoans) {
    const loan = loansById.get(loanId);
    if (!loan) continue;
    if (!loan.predecessorId) realDisbursements++;
    producersByOrg.set(loan.associationId, Math.max(producersByOrg.get(loan.associationId) ?? 0, loan.producers));
  }

  let outstanding = 0;
  let atRisk = 0;
  let due = 0;
  let collected = 0;
  for (const [loanId, balance] of receivable) {
    outstanding += balance;
  }
  for (const loanId of disbursedLoans) {
    const loan = loansById.get(loanId);
    if (!loan) continue;
    const paidOn = paid.get(loanId) ?? new Map<number, number>();
    let oldestLate: BusinessDate | undefined;
    for (const line of loan.schedule) {
      if (line.dueDate > asOf) break;
      const waived = line.waivedOn && line.waivedOn <= asOf ? line.waivedPrincipal + line.waivedInterest : 0;
      const owed = line.principal + line.interest - waived;
      const got = Math.min(paidOn.get(line.n) ?? 0, owed);
      due += owed;
      collected += got;
      if (line.dueDate < asOf && got < owed && !oldestLate) oldestLate = line.dueDate;
    }
    const balance = receivable.get(loanId) ?? 0;
    if (balance > 0 && oldestLate && daysBetween(oldestLate, asOf) > 30) atRisk += balance;
  }

  return {
    fundId,
    asOf,
    currency: 'PEN',
    organisationsFinanced: { count: producersByOrg.size, formula: 'count of distinct borrower associations with a disbursement up to asOf' },
    producersReached: {
      count: [...producersByOrg.values()].reduce((a, b) => a + b, 0),
      formula: 'Σ over financed associations of the producers declared on their largest disbursed loan (each association counted once)',
    },
    loansDisbursed: { count: realDisbursements, formula: 'count of disbursement entries up to asOf (restructured successors excluded)' },
    capitalContributed: pen(capital, 'Σ donor capital entries − reversals (Dr cash_capital / Cr donor_capital)'),
    totalDisbursed: pen(disbursed, 'Σ disbursement entries (Dr loans_receivable) up to asOf'),
    disbursedFromCapital: pen(fromCapital, 'Σ disbursement credits to cash_capital: money lent out of original donor capital'),
    disbursedFromRecycled: pen(fromRecycled, 'Σ disbursement credits to cash_recycled: money lent again out of repayments (the revolving part)'),
    outstandingPrincipal: pen(outstanding, 'balance of loans_receivable on asOf = disbursed − principal repaid − written off'),
    principalRepaid: pen(principalRepaid, 'Σ repayment credits to loans_receivable up to asOf'),
    interestCollected: pen(interest, 'Σ repayment credits to interest_income up to asOf'),
    collectionRate: rate(
      collected,
      due,
      'Σ principal+interest collected on installments due by asOf ÷ Σ principal+interest due by asOf (waived amounts excluded; written-off loans included)',
    ),
    cumulativeRecoveryRate: rate(
      principalRepaid + recovered,
      disbursed,
      '(principal repaid + recoveries after write-off) ÷ total principal disbursed, cumulative to asOf',
    ),
    par30: rate(
      atRisk,
      outstanding,
      'outstanding principal of loans with an installment more than 30 days past due on asOf ÷ gross outstanding principal (PAR30)',
    ),
    writtenOff: pen(writtenOff, 'Σ write-off entries (Dr write_offs / Cr loans_receivable) up to asOf'),
    recoveredAfterWriteOff: pen(recovered, 'Σ recovery entries (Cr recoveries) up to asOf'),
  };
}
