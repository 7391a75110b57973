import { mulDiv } from '@ayni/core';
import { daysBetween, type BusinessDate } from './dates.js';
import type { JournalEntry } from './ledger.js';
import type { Loan } from './model.js';
import { zeroFigures, type Figures } from './aggregates.js';

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
 * Every figure of the metrics on `asOf`, recomputed from the journal entries with a value date up to
 * `asOf` and the loans' schedules (due dates and amounts). Amounts paid per installment come from the
 * repayment entries' allocations, so every figure can be recomputed for any past date. This is the
 * reference the maintained aggregates (aggregates.ts) are tested and reconciled against.
 */
export function computeFundFigures(asOf: BusinessDate, loans: readonly Loan[], entries: readonly JournalEntry[]): Figures {
  const loansById = new Map(loans.map((loan) => [loan.id, loan]));
  const figures = zeroFigures();
  const disbursedLoans = new Set<string>();
  const receivable = new Map<string, number>();
  /** loanId → installment n → principal + interest paid up to asOf. */
  const paid = new Map<string, Map<number, number>>();

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
        figures.capital += sum('cash_capital', 'debit');
        break;
      case 'reversal':
        figures.capital -= sum('cash_capital', 'credit');
        break;
      case 'disbursement':
        figures.disbursed += sum('loans_receivable', 'debit');
        figures.fromCapital += sum('cash_capital', 'credit');
        figures.fromRecycled += sum('cash_recycled', 'credit');
        if (entry.loanId) disbursedLoans.add(entry.loanId);
        break;
      case 'repayment': {
        figures.principalRepaid += sum('loans_receivable', 'credit');
        figures.interest += sum('interest_income', 'credit');
        const byInstallment = paid.get(entry.loanId!) ?? new Map<number, number>();
        for (const part of entry.allocation ?? []) {
          byInstallment.set(part.n, (byInstallment.get(part.n) ?? 0) + part.principal + part.interest);
        }
        paid.set(entry.loanId!, byInstallment);
        break;
      }
      case 'write_off':
        figures.writtenOff += sum('write_offs', 'debit');
        break;
      case 'recovery':
        figures.recovered += sum('recoveries', 'credit');
        break;
      case 'restructure':
        // The receivable moves between loans (handled above); the successor counts as financed already.
        if (entry.loanId) disbursedLoans.add(entry.loanId);
        break;
    }
  }

  const producersByOrg = new Map<string, number>();
  for (const loanId of disbursedLoans) {
    const loan = loansById.get(loanId);
    if (!loan) continue;
    if (!loan.predecessorId) figures.disbursements++;
    producersByOrg.set(loan.associationId, Math.max(producersByOrg.get(loan.associationId) ?? 0, loan.producers));
  }
  figures.organisations = producersByOrg.size;
  figures.producers = [...producersByOrg.values()].reduce((a, b) => a + b, 0);

  for (const balance of receivable.values()) figures.receivable += balance;
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
      figures.due += owed;
      figures.collected += got;
      if (line.dueDate < asOf && got < owed && !oldestLate) oldestLate = line.dueDate;
    }
    const balance = receivable.get(loanId) ?? 0;
    if (balance > 0 && oldestLate && daysBetween(oldestLate, asOf) > 30) figures.atRisk += balance;
  }
  return figures;
}

/** The fund's headline figures on `asOf`, each with its formula, from the figures of that day. */
export function metricsFromFigures(fundId: string, asOf: BusinessDate, f: Figures): FundMetrics {
  return {
    fundId,
    asOf,
    currency: 'PEN',
    organisationsFinanced: { count: f.organisations, formula: 'count of distinct borrower associations with a disbursement up to asOf' },
    producersReached: {
      count: f.producers,
      formula: 'Σ over financed associations of the producers declared on their largest disbursed loan (each association counted once)',
    },
    loansDisbursed: { count: f.disbursements, formula: 'count of disbursement entries up to asOf (restructured successors excluded)' },
    capitalContributed: pen(f.capital, 'Σ donor capital entries − reversals (Dr cash_capital / Cr donor_capital)'),
    totalDisbursed: pen(f.disbursed, 'Σ disbursement entries (Dr loans_receivable) up to asOf'),
    disbursedFromCapital: pen(f.fromCapital, 'Σ disbursement credits to cash_capital: money lent out of original donor capital'),
    disbursedFromRecycled: pen(f.fromRecycled, 'Σ disbursement credits to cash_recycled: money lent again out of repayments (the revolving part)'),
    outstandingPrincipal: pen(f.receivable, 'balance of loans_receivable on asOf = disbursed − principal repaid − written off'),
    principalRepaid: pen(f.principalRepaid, 'Σ repayment credits to loans_receivable up to asOf'),
    interestCollected: pen(f.interest, 'Σ repayment credits to interest_income up to asOf'),
    collectionRate: rate(
      f.collected,
      f.due,
      'Σ principal+interest collected on installments due by asOf ÷ Σ principal+interest due by asOf (waived amounts excluded; written-off loans included)',
    ),
    cumulativeRecoveryRate: rate(
      f.principalRepaid + f.recovered,
      f.disbursed,
      '(principal repaid + recoveries after write-off) ÷ total principal disbursed, cumulative to asOf',
    ),
    par30: rate(
      f.atRisk,
      f.receivable,
      'outstanding principal of loans with an installment more than 30 days past due on asOf ÷ gross outstanding principal (PAR30)',
    ),
    writtenOff: pen(f.writtenOff, 'Σ write-off entries (Dr write_offs / Cr loans_receivable) up to asOf'),
    recoveredAfterWriteOff: pen(f.recovered, 'Σ recovery entries (Cr recoveries) up to asOf'),
  };
}

/** The metrics recomputed from the journal and the loans (the reference; requests read the aggregates). */
export function computeFundMetrics(fundId: string, asOf: BusinessDate, loans: readonly Loan[], entries: readonly JournalEntry[]): FundMetrics {
  return metricsFromFigures(fundId, asOf, computeFundFigures(asOf, loans, entries));
}
