import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  isConditionalCheckFailed,
  queryPage,
  TransactionCancelled,
  TransactionContended,
  transactWrite,
  type Page,
  type Store,
  type TransactItem,
} from '@ayni/store';
import { loanKeys } from '../keys.js';
import { OUTSTANDING_STATUSES, type Loan, type LoanStatus } from '../model.js';
import { strip } from './items.js';
import { worklistActions } from './worklist.js';

/** Raised when a loan changed since it was read (optimistic concurrency on `version`). */
export class StaleLoan extends Error {
  constructor(readonly loanId: string) {
    super(`loan ${loanId} changed concurrently`);
    this.name = 'StaleLoan';
  }
}

/** The stored item of a loan: the record plus its index keys (gsi3 only while money is out). */
export function loanItem(loan: Loan): Record<string, unknown> {
  return {
    ...loanKeys.loan(loan.id),
    ...loanKeys.loansByFund(loan.fundId, loan.id),
    ...loanKeys.loansByAssociation(loan.associationId, loan.id),
    ...(OUTSTANDING_STATUSES.includes(loan.status) ? loanKeys.activeLoan(loan.fundId, loan.id) : {}),
    ...loan,
  };
}

/**
 * A transaction action writing a loan: a new loan must not exist yet; an existing one must still be
 * at the version it was read at (the caller has already incremented `loan.version`).
 */
export function loanPutAction(tableName: string, loan: Loan, previousVersion: number | 'new'): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: loanItem(loan),
      ...(previousVersion === 'new'
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': previousVersion } }),
    },
  };
}

export interface LoanListOptions {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly status?: LoanStatus | undefined;
}

/** Loans: one item each, listed by fund (gsi1), by association (gsi2) and active per fund (gsi3). */
export class LoanRepository {
  constructor(private readonly store: Store) {}

  async get(loanId: string): Promise<Loan | undefined> {
    const { Item } = await this.store.doc.send(new GetCommand({ TableName: this.store.tableName, Key: loanKeys.loan(loanId), ConsistentRead: true }));
    return strip<Loan>(Item);
  }

  /** Creates a loan; `false` when one with that id exists already. */
  async create(loan: Loan): Promise<boolean> {
    try {
      await this.store.doc.send(new PutCommand({ TableName: this.store.tableName, Item: loanItem(loan), ConditionExpression: 'attribute_not_exists(pk)' }));
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  /**
   * Saves a loan changed without money moving (a lifecycle decision, the arrears job); throws
   * StaleLoan on a lost race. A loan that is or was (`before`) in arrears is written together with
   * its worklist entry in one transaction, so the worklist never disagrees with the loan.
   */
  async save(loan: Loan, previousVersion: number, before?: Loan): Promise<void> {
    const worklist = worklistActions(this.store.tableName, loan, before);
    if (worklist.length > 0) {
      try {
        await transactWrite(this.store, [loanPutAction(this.store.tableName, loan, previousVersion), ...worklist], { maxAttempts: 3 });
      } catch (error) {
        // A lost race, or contention outlasting the retries: either way the caller starts over from a fresh read.
        if (error instanceof TransactionContended) throw new StaleLoan(loan.id);
        if (error instanceof TransactionCancelled && error.reasons.some((r) => r.code === 'ConditionalCheckFailed')) throw new StaleLoan(loan.id);
        throw error;
      }
      return;
    }
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.store.tableName,
          Item: loanItem(loan),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': previousVersion },
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new StaleLoan(loan.id);
      throw error;
    }
  }

  listByFund(fundId: string, options: LoanListOptions): Promise<Page<Loan>> {
    return this.page('gsi1', 'gsi1pk', loanKeys.loansByFundPartition(fundId), options);
  }

  listByAssociation(orgId: string, options: LoanListOptions): Promise<Page<Loan>> {
    return this.page('gsi2', 'gsi2pk', loanKeys.loansByAssociationPartition(orgId), options);
  }

  /** Loans of a fund with money out (status active or in_arrears), from the sparse gsi3. */
  listActive(fundId: string, options: LoanListOptions): Promise<Page<Loan>> {
    return this.page('gsi3', 'gsi3pk', loanKeys.activeLoansPartition(fundId), options);
  }

  /** Every loan of a fund (pages through gsi1; used by metrics). */
  async allOfFund(fundId: string): Promise<Loan[]> {
    const loans: Loan[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.listByFund(fundId, { limit: 100, cursor });
      loans.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return loans;
  }

  private async page(index: 'gsi1' | 'gsi2' | 'gsi3', attribute: string, value: string, options: LoanListOptions): Promise<Page<Loan>> {
    const page = await queryPage<Record<string, unknown>>(this.store, {
      index,
      partition: { name: attribute, value },
      limit: options.limit,
      cursor: options.cursor,
      ...(options.status
        ? {
            filter: {
              FilterExpression: '#status = :status',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':status': options.status },
            },
          }
        : {}),
    });
    return { items: page.items.map((item) => strip<Loan>(item)!), nextCursor: page.nextCursor };
  }
}
