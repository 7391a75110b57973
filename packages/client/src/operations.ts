// Generated from Ayni's OpenAPI document by packages/client/scripts/generate.ts (the operations that take an Idempotency-Key header): do not edit.
// Regenerate with `npx tsx packages/client/scripts/generate.ts`; tests/client/generated.test.ts fails when this file is stale.

/** Whether the server requires the key, or only honours one when given. */
export interface IdempotencyKeyRule {
  readonly required: boolean;
}

/** `METHOD /path/{template}` → rule, for every operation that declares an Idempotency-Key header. */
export const IDEMPOTENCY_KEY_OPERATIONS: Readonly<Record<string, IdempotencyKeyRule>> = {
  'POST /v1/orgs': { required: true },
  'POST /v1/orgs/{orgId}/members': { required: true },
  'POST /v1/orgs/{orgId}/products': { required: true },
  'POST /v1/orgs/{orgId}/lots': { required: true },
  'POST /v1/orgs/{orgId}/lots/{lotId}/adjustments': { required: true },
  'POST /v1/orgs/{orgId}/agreements': { required: true },
  'POST /v1/orgs/{orgId}/agreements/{agreementId}/changes': { required: true },
  'POST /v1/orgs/{orgId}/agreements/{agreementId}/end': { required: true },
  'POST /v1/orders': { required: true },
  'POST /v1/orders/{orderId}/reorder': { required: true },
  'POST /v1/orders/{orderId}/{action}': { required: true },
  'POST /v1/orgs/{orgId}/invoices/{number}/credit-notes': { required: true },
  'POST /v1/buyers/{buyerId}/standing-orders': { required: true },
  'POST /v1/buyers/{buyerId}/standing-orders/{standingOrderId}/{change}': { required: true },
  'POST /v1/orgs/{orgId}/lots/{lotId}/events': { required: true },
  'POST /v1/funds/{fundId}/capital': { required: true },
  'POST /v1/funds/{fundId}/ledger/{entryId}/reversal': { required: true },
  'POST /v1/funds/{fundId}/applications': { required: true },
  'POST /v1/funds/{fundId}/loans/{loanId}/disbursement': { required: true },
  'POST /v1/funds/{fundId}/loans/{loanId}/repayments': { required: true },
  'POST /v1/funds/{fundId}/loans/{loanId}/write-off': { required: true },
  'POST /v1/funds/{fundId}/loans/{loanId}/write-off/approval': { required: true },
  'POST /v1/funds/{fundId}/loans/{loanId}/restructuring': { required: true },
  'POST /v1/funds/{fundId}/loans/{loanId}/restructuring/approval': { required: true },
  'POST /v1/orgs/{orgId}/loan-applications': { required: true },
  'POST /v1/orgs/{orgId}/webhooks': { required: true },
  'POST /v1/orgs/{orgId}/webhooks/{endpointId}/rotate-secret': { required: true },
  'POST /v1/orgs/{orgId}/webhooks/{endpointId}/ping': { required: true },
  'POST /v1/orgs/{orgId}/webhooks/{endpointId}/deliveries/{eventId}/redeliver': { required: true },
  'POST /v1/orgs/{orgId}/webhooks/{endpointId}/replay': { required: true },
};
