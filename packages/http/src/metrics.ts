import { emfRecord } from '@ayni/core';

/**
 * The business figures an operator watches, counted from the requests that make them (one Embedded
 * Metric Format log line per counted request, no API call; infra/lib/observability.ts graphs them):
 * what a request did is known from its method, path, status and problem code, so no domain has to
 * emit anything itself.
 */
export const BUSINESS_METRICS = [
  { name: 'OrdersPlaced', method: 'POST', path: /^\/v1\/orders$/, status: 201 },
  { name: 'InvoicesIssued', method: 'POST', path: /^\/v1\/orders\/[^/]+\/invoice$/, status: 200 },
  { name: 'CreditNotesIssued', method: 'POST', path: /^\/v1\/orgs\/[^/]+\/invoices\/[^/]+\/credit-notes$/, status: 201 },
  { name: 'Repayments', method: 'POST', path: /^\/v1\/funds\/[^/]+\/loans\/[^/]+\/repayments$/, status: 201 },
  { name: 'Disbursements', method: 'POST', path: /^\/v1\/funds\/[^/]+\/loans\/[^/]+\/disbursement$/, status: 201 },
  { name: 'ProvenanceEventsRecorded', method: 'POST', path: /^\/v1\/orgs\/[^/]+\/lots\/[^/]+\/events$/, status: 201 },
] as const;

/** Problem codes counted as refusals a business watches. */
export const REFUSAL_METRICS: Readonly<Record<string, string>> = { 'insufficient-stock': 'StockRefusals', 'insufficient-funds': 'FundCashRefusals' };

export const SERVER_ERRORS_METRIC = 'ServerErrors';
export const IDEMPOTENT_REPLAYS_METRIC = 'IdempotentReplays';

export interface RequestOutcome {
  readonly method: string;
  readonly path: string;
  /** The route template that answered (`/v1/orders/:orderId/:action`), for 5xx by route. */
  readonly route: string;
  readonly status: number;
  readonly problemCode?: string | undefined;
  readonly replayed: boolean;
}

/** The EMF records one request adds (none for most requests). */
export function requestMetrics(outcome: RequestOutcome, namespace: string, service: string, at: Date): Record<string, unknown>[] {
  const counted: Record<string, { value: number; unit: 'Count' }> = {};
  if (outcome.replayed) counted[IDEMPOTENT_REPLAYS_METRIC] = { value: 1, unit: 'Count' };
  else {
    for (const m of BUSINESS_METRICS) {
      if (m.method === outcome.method && m.status === outcome.status && m.path.test(outcome.path)) counted[m.name] = { value: 1, unit: 'Count' };
    }
  }
  const refusal = outcome.problemCode ? REFUSAL_METRICS[outcome.problemCode] : undefined;
  if (refusal) counted[refusal] = { value: 1, unit: 'Count' };
  const records = Object.keys(counted).length > 0 ? [emfRecord(namespace, service, counted, at)] : [];
  if (outcome.status >= 500)
    records.push(emfRecord(namespace, service, { [SERVER_ERRORS_METRIC]: { value: 1, unit: 'Count' } }, at, { route: `${outcome.method} ${outcome.route}` }));
  return records;
}
