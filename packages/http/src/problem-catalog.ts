/**
 * Every problem the API can answer, by its stable `code` (the slug of its `type` URI), with its
 * status and English title; what it means and what the caller can do is said in three languages by
 * `PROBLEM_EXPLANATIONS` (problem-explanations.ts, served on the problem pages only). `GET /problems/{code}` serves each as a page, so a problem's
 * `type` URI resolves to its explanation (RFC 9457 §3.1.1). A test checks that every code the
 * source can produce is listed here. The language catalog translates by these codes.
 */
export interface ProblemDescription {
  readonly status: number;
  readonly title: string;
}

export const PROBLEM_CATALOG: Readonly<Record<string, ProblemDescription>> = {
  'validation-failed': {
    status: 400,
    title: 'Your request has invalid fields',
  },
  'epcis-query-too-broad': {
    status: 400,
    title: 'Name the lots you ask about',
  },
  'malformed-body': {
    status: 400,
    title: 'The request body is not valid JSON',
  },
  'malformed-request': {
    status: 400,
    title: 'The request is not valid HTTP',
  },
  unauthenticated: {
    status: 401,
    title: 'Authentication required',
  },
  forbidden: {
    status: 403,
    title: 'You may not do this',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
  },
  'request-timeout': {
    status: 408,
    title: 'The request took too long to arrive',
  },
  conflict: {
    status: 409,
    title: 'Conflict with the current state',
  },
  'sku-taken': {
    status: 409,
    title: 'This SKU is already used',
  },
  'gtin-taken': {
    status: 409,
    title: 'This GTIN belongs to another product',
  },
  'lot-code-taken': {
    status: 409,
    title: 'This lot code is already used under the product’s GTIN',
  },
  'insufficient-stock': {
    status: 409,
    title: 'Not enough stock',
  },
  'illegal-transition': {
    status: 409,
    title: 'Not allowed in the current state',
  },
  'lots-exhausted': {
    status: 409,
    title: 'No lots left to draw from',
  },
  'insufficient-funds': {
    status: 409,
    title: 'The fund does not have enough cash',
  },
  busy: {
    status: 409,
    title: 'Busy: retry shortly',
  },
  'already-reversed': {
    status: 409,
    title: 'Already reversed',
  },
  'idempotency-in-progress': {
    status: 409,
    title: 'A request with this Idempotency-Key is still being processed',
  },
  'precondition-failed': {
    status: 412,
    title: 'The resource changed since you read it',
  },
  'payload-too-large': {
    status: 413,
    title: 'The request body is too large',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported content type',
  },
  unprocessable: {
    status: 422,
    title: 'The request cannot be processed as sent',
  },
  'idempotency-key-reused': {
    status: 422,
    title: 'This Idempotency-Key was used with a different request',
  },
  overpayment: {
    status: 422,
    title: 'More than is owed',
  },
  'webhook-endpoint-limit': {
    status: 422,
    title: 'The organisation has as many webhook endpoints as it may',
  },
  'nothing-to-reorder': {
    status: 422,
    title: 'Nothing of the order can be ordered again',
  },
  'order-too-large': {
    status: 422,
    title: 'The order is too large',
  },
  'credit-exceeds-invoice': {
    status: 422,
    title: 'The credit exceeds the invoice',
  },
  'invoice-fully-credited': {
    status: 422,
    title: 'The invoice is fully credited',
  },
  'headers-too-large': {
    status: 431,
    title: 'The request headers are too large',
  },
  internal: {
    status: 500,
    title: 'Something went wrong on our side',
  },
  'service-unavailable': {
    status: 503,
    title: 'A dependency is unavailable',
  },
  'database-unavailable': {
    status: 503,
    title: 'The database did not answer in time',
  },
  'lot-sealed': {
    status: 409,
    title: 'This lot is sealed',
  },
  contended: {
    status: 503,
    title: 'Too many concurrent changes',
  },
  'agreement-ended': {
    status: 409,
    title: 'The agreement has ended',
  },
  'proposal-pending': {
    status: 409,
    title: 'A proposal for this loan is already waiting for confirmation',
  },
  'no-pending-proposal': {
    status: 409,
    title: 'There is no such proposal waiting for confirmation',
  },
};
