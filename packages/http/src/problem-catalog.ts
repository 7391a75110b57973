/**
 * Every problem the API can answer, by its stable `code` (the slug of its `type` URI): what it
 * means and what the caller can do. `GET /problems/{code}` serves each as a page, so a problem's
 * `type` URI resolves to its explanation (RFC 9457 §3.1.1). A test checks that every code the
 * source can produce is listed here. The language catalog translates by these codes.
 */
export interface ProblemDescription {
  readonly status: number;
  readonly title: string;
  /** What happened, and what to do about it. */
  readonly explanation: string;
}

export const PROBLEM_CATALOG: Readonly<Record<string, ProblemDescription>> = {
  'validation-failed': {
    status: 400,
    title: 'Your request has invalid fields',
    explanation:
      'One or more fields, path parameters, query parameters or headers are missing or malformed. `errors[]` names each one by its path (`lines.0.quantity`, `path.orgId`, `query.cursor`, `header.Idempotency-Key`) with what is wrong. Correct them and send the request again; nothing was changed.',
  },
  'epcis-query-too-broad': {
    status: 400,
    title: 'Name the lots you ask about',
    explanation:
      'An EPCIS query without a bearer token (or by a caller who does not act for an association) must name the lots it asks about: `MATCH_anyEPCClass` (or `MATCH_epc`) with a lot’s EPC class (its GS1 Digital Link `…/01/<GTIN>/10/<lot>`, an `urn:epc:class:lgtin:` URN, or `<API base URL>/v1/lots/<lotId>`) or a product’s GTIN class (`…/01/<GTIN>`: all its lots). An association’s staff may list their own events by time and business step with their token.',
  },
  'malformed-body': {
    status: 400,
    title: 'The request body is not valid JSON',
    explanation: 'The body could not be parsed as JSON. Send a JSON document with `Content-Type: application/json`.',
  },
  'malformed-request': {
    status: 400,
    title: 'The request is not valid HTTP',
    explanation: 'The server could not read the request line, the headers or the Content-Length. Check what your client sends.',
  },
  unauthenticated: {
    status: 401,
    title: 'Authentication required',
    explanation: 'Send a valid bearer token (`Authorization: Bearer <JWT>`). The token may be missing, expired, or issued for another audience.',
  },
  forbidden: {
    status: 403,
    title: 'You may not do this',
    explanation: 'Your token is valid, but your role or your organisation does not allow this operation on this resource.',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    explanation: 'No such resource, or none that you may see. Check the id in the path.',
  },
  'request-timeout': {
    status: 408,
    title: 'The request took too long to arrive',
    explanation: 'The server stopped waiting for the rest of the request. Send the whole request promptly.',
  },
  conflict: {
    status: 409,
    title: 'Conflict with the current state',
    explanation: 'The resource is not in a state that allows this. Read it again and decide with its current state.',
  },
  'sku-taken': {
    status: 409,
    title: 'This SKU is already used',
    explanation: 'Another product of the association has this SKU. Choose another SKU or edit that product.',
  },
  'gtin-taken': {
    status: 409,
    title: 'This GTIN belongs to another product',
    explanation:
      'A GTIN names one product everywhere, across all organisations, and another product has this one (`errors[0].path` is `gtin`). Check the number on the packaging; if it really is yours, remove it from the other product first (`"gtin": null`).',
  },
  'lot-code-taken': {
    status: 409,
    title: 'This lot code is already used under the product’s GTIN',
    explanation:
      'The lot code is the batch/lot number (GS1 AI 10) of the lot’s Digital Link (`/01/<GTIN>/10/<code>`), so it can be used by one lot of a GTIN only (`errors[0].path` is `code`). Give the new lot another code, or record more quantity on the existing lot with an adjustment.',
  },
  'insufficient-stock': {
    status: 409,
    title: 'Not enough stock',
    explanation: 'There is less stock than asked for. `detail` says how much is available; order or adjust less.',
  },
  'illegal-transition': {
    status: 409,
    title: 'Not allowed in the current state',
    explanation: 'This step cannot follow the current state (e.g. dispatching an order that was not confirmed). `currentState` says where it is.',
  },
  'lots-exhausted': {
    status: 409,
    title: 'No lots left to draw from',
    explanation: 'The product has stock but no lot with enough left to dispatch from. Record the lots the stock came from.',
  },
  'insufficient-funds': {
    status: 409,
    title: 'The fund does not have enough cash',
    explanation: 'The fund cannot cover this disbursement from its cash. Record a capital contribution or lend less.',
  },
  busy: {
    status: 409,
    title: 'Busy: retry shortly',
    explanation: 'Another change to the same record is being made right now. Retry after the `Retry-After` seconds.',
  },
  'already-reversed': {
    status: 409,
    title: 'Already reversed',
    explanation: 'This journal entry was reversed before. A reversal happens once; record a new entry if needed.',
  },
  'idempotency-in-progress': {
    status: 409,
    title: 'A request with this Idempotency-Key is still being processed',
    explanation: 'The first request with this key has not finished. Retry with the same key after `Retry-After` seconds to get its outcome.',
  },
  'precondition-failed': {
    status: 412,
    title: 'The resource changed since you read it',
    explanation:
      'The `If-Match` you sent names another version than the current one. Read the resource again (its `ETag`), re-apply your change and send it with the new ETag.',
  },
  'payload-too-large': {
    status: 413,
    title: 'The request body is too large',
    explanation: 'Request bodies are limited to 1 MB. Send less in one request (e.g. split a batch).',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported content type',
    explanation: 'Send the body as JSON with `Content-Type: application/json`.',
  },
  unprocessable: {
    status: 422,
    title: 'The request cannot be processed as sent',
    explanation: 'The request is well-formed but a rule refuses it. `detail` says which rule and what would be accepted.',
  },
  'idempotency-key-reused': {
    status: 422,
    title: 'This Idempotency-Key was used with a different request',
    explanation: 'An Idempotency-Key identifies one request. Use a new key (a UUID) for a different request.',
  },
  overpayment: {
    status: 422,
    title: 'More than is owed',
    explanation: 'The payment exceeds what the loan still owes. `maxPayable` says the most it takes.',
  },
  'order-too-large': {
    status: 422,
    title: 'The order is too large',
    explanation: 'The order has more lines than one order can hold. Split it into several orders.',
  },
  'credit-exceeds-invoice': {
    status: 422,
    title: 'The credit exceeds the invoice',
    explanation: 'A credit note cannot credit more than remains to credit on its invoice. `detail` says how much remains.',
  },
  'invoice-fully-credited': {
    status: 422,
    title: 'The invoice is fully credited',
    explanation: 'Nothing remains to credit on this invoice.',
  },
  'headers-too-large': {
    status: 431,
    title: 'The request headers are too large',
    explanation: 'Send smaller headers (cookies and tokens included); at most 16 KiB in all.',
  },
  internal: {
    status: 500,
    title: 'Something went wrong on our side',
    explanation: 'An unexpected error. It was logged with the request id (`requestId`); retry later or give the operators that id.',
  },
  'service-unavailable': {
    status: 503,
    title: 'A dependency is unavailable',
    explanation: 'Something the API depends on did not answer. Retry after the `Retry-After` seconds.',
  },
  'database-unavailable': {
    status: 503,
    title: 'The database did not answer in time',
    explanation:
      'The database did not answer within a few seconds. Nothing was changed, or the change will be found by retrying with the same Idempotency-Key. Retry after `Retry-After` seconds.',
  },
  'lot-sealed': {
    status: 409,
    title: 'This lot is sealed',
    explanation:
      'The lot’s last event was recorded as final (it was sold out, dispatched or used up), which closes its chain of events so that anyone can check its story is complete. Nothing more can be recorded on it: record what happened next on the lot that received the goods, or create a new lot.',
  },
  contended: {
    status: 503,
    title: 'Too many concurrent changes',
    explanation:
      'Many requests changed the same records at once and this one could not finish in time. Retry after `Retry-After` seconds (with the same Idempotency-Key).',
  },
  'agreement-ended': {
    status: 409,
    title: 'The agreement has ended',
    explanation:
      'An agreement whose `validTo` has passed no longer prices orders and can no longer be changed. Sign a new agreement with the buyer (the old one stays in the history).',
  },
  'proposal-pending': {
    status: 409,
    title: 'A proposal for this loan is already waiting for confirmation',
    explanation:
      'A write-off or restructuring of this loan was proposed and waits for a second fund approver. Confirm it (`…/approval`, by another approver than the proposer and the evaluator) or withdraw it (`…/withdrawal`) before proposing again.',
  },
  'no-pending-proposal': {
    status: 409,
    title: 'There is no such proposal waiting for confirmation',
    explanation:
      'Confirming or withdrawing needs a pending proposal of that kind (write-off or restructuring). Read the loan: `pendingProposal` says what waits.',
  },
};
