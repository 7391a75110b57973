import { allow, requirePrincipal } from '@ayni/auth';
import { Forbidden, formatQuantity, message, renderMessage, UnprocessableRequest, ValidationFailed, type Locale } from '@ayni/core';
import { createRouter, defineRoute, jsonBody, jsonContent, pageQuerySchema, pageSchema, problemResponses, withOperationIds, type AppEnv } from '@ayni/http';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { renderDocumentHtml } from './invoice-html.js';
import { ordersExportRoutes, registerExportRoutes } from './routes-exports.js';
import { MESSAGES } from './messages.js';
import type { AgreementItem, OrderItem } from './model.js';
import {
  agreementChangeResultSchema,
  agreementDetailSchema,
  agreementIdSchema,
  agreementSchema,
  agreementsQuerySchema,
  ageingQuerySchema,
  ageingReportSchema,
  associationOrdersQuerySchema,
  associationStandingPageSchema,
  associationStandingQuerySchema,
  changeAgreementSchema,
  buyerOrdersQuerySchema,
  createAgreementSchema,
  createCreditNoteSchema,
  createStandingOrderSchema,
  documentNumberSchema,
  endAgreementSchema,
  ifMatchHeaders,
  documentSchema,
  lotIdSchema,
  orderActionSchema,
  orderEventSchema,
  orderIdSchema,
  orderSchema,
  orgIdSchema,
  placeOrderSchema,
  preparationQuerySchema,
  preparationRange,
  preparationSchema,
  priceQuoteQuerySchema,
  priceQuoteSchema,
  reorderResultSchema,
  reorderSchema,
  salesQuerySchema,
  salesReportSchema,
  shipmentSchema,
  skipDateSchema,
  standingChangeExamples,
  standingIdSchema,
  standingOrderSchema,
  standingRunSchema,
  transitionBodyExamples,
  transitionBodySchema,
} from './schemas.js';
import * as agreements from './service/agreements.js';
import { partyOf, today, type Actor, type OrdersDeps } from './service/context.js';
import * as documents from './service/documents.js';
import { orderIdForRequest, placeOrder } from './service/placement.js';
import { buyerCards } from './service/parties.js';
import { preparation } from './service/preparation.js';
import * as queries from './service/queries.js';
import { reorder, reorderIdForRequest } from './service/reorder.js';
import { payablesReport, receivablesReport, type AgeingReport } from './service/receivables.js';
import { salesReport } from './service/sales.js';
import * as standing from './service/standing.js';
import { transition } from './service/transitions.js';
import { invoiceUbl, ublUnavailableReason } from './ubl.js';
import {
  agreementChangeView,
  agreementHistoryView,
  agreementView,
  associationStandingView,
  documentView,
  eventView,
  orderView,
  preparationView,
  reorderChangeView,
  shipmentView,
  standingRunView,
  standingView,
} from './views.js';

const tags = ['orders'];
const STAFF = ['association_admin', 'association_member'] as const;
const ASSOCIATION_STAFF = allow([...STAFF, 'platform_admin'], { orgParam: 'orgId' });
const ASSOCIATION_ADMINS = allow(['association_admin'], { orgParam: 'orgId' });
const BUYER_READ = allow(['buyer', 'platform_admin'], { orgParam: 'buyerId' });
const BUYER_WRITE = allow(['buyer'], { orgParam: 'buyerId' });
/** Order-scoped routes: the service answers 404 to anyone who is not a party (or platform staff). */
const ORDER_READERS = allow(['buyer', ...STAFF, 'platform_admin']);
const ORDER_PARTIES = allow(['buyer', ...STAFF]);
/** Re-ordering: buyers only; the service answers 404 for an order that is not the caller's own. */
const BUYERS = allow(['buyer']);

/** Agreement reads: the service answers 404 to anyone who is not a party (or platform staff). */
const AGREEMENT_READERS = allow(['buyer', ...STAFF, 'platform_admin']);

/** A JSON response of a versioned resource, with its `ETag` header documented. */
function versioned<T extends z.ZodType>(schema: T, description: string) {
  return {
    ...jsonContent(schema, description),
    headers: {
      ETag: {
        description: 'The agreement’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to change only that version.',
        schema: { type: 'string' as const, example: '"3"' },
      },
    },
  };
}

const orgParams = z.object({ orgId: orgIdSchema });
const agreementParams = z.object({ orgId: orgIdSchema, agreementId: agreementIdSchema });
const buyerParams = z.object({ buyerId: orgIdSchema });
const orderParams = z.object({ orderId: orderIdSchema });
const standingParams = z.object({ buyerId: orgIdSchema, standingOrderId: standingIdSchema });
const documentParams = z.object({ orgId: orgIdSchema, number: documentNumberSchema });

export const ordersRoutes = withOperationIds({
  createAgreement: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/agreements',
    tags,
    summary: 'Sign a commercial agreement with a buyer: agreed prices, quantity tiers, validity, payment terms',
    access: ASSOCIATION_ADMINS,
    idempotency: 'required',
    request: { params: orgParams, body: jsonBody(createAgreementSchema) },
    responses: { 201: jsonContent(agreementSchema, 'Created'), ...problemResponses(400, 401, 403, 422) },
  }),
  listAgreements: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/agreements',
    tags,
    summary: 'An association’s agreements, by buyer and start date; `expiringWithinDays` keeps those in force that end soon',
    access: ASSOCIATION_STAFF,
    request: { params: orgParams, query: agreementsQuerySchema },
    responses: { 200: jsonContent(pageSchema(agreementSchema, 'AgreementPage'), 'A page'), ...problemResponses(400, 401, 403) },
  }),
  listBuyerAgreements: defineRoute({
    method: 'get',
    path: '/buyers/{buyerId}/agreements',
    tags,
    summary: 'A buyer’s agreements with associations; `expiringWithinDays` keeps those in force that end soon',
    access: BUYER_READ,
    request: { params: buyerParams, query: agreementsQuerySchema },
    responses: { 200: jsonContent(pageSchema(agreementSchema, 'BuyerAgreementPage'), 'A page'), ...problemResponses(400, 401, 403) },
  }),
  getAgreement: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/agreements/{agreementId}',
    tags,
    summary: 'One agreement and its history, newest first (the association’s people, its buyer, platform staff)',
    access: AGREEMENT_READERS,
    request: { params: agreementParams, query: pageQuerySchema },
    responses: { 200: versioned(agreementDetailSchema, 'The agreement and a page of its history'), ...problemResponses(400, 401, 403, 404) },
  }),
  changeAgreement: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/agreements/{agreementId}/changes',
    tags,
    summary: 'Amend an agreement: add, change or remove products’ prices and tiers, extend or shorten `validTo`; answers what changed',
    description:
      'Products not named keep their prices. Send the `ETag` you read as `If-Match` to change only that version (412 otherwise). An agreement that has ended is not changed (409 `agreement-ended`).',
    access: ASSOCIATION_ADMINS,
    idempotency: 'required',
    request: { params: agreementParams, headers: ifMatchHeaders, body: jsonBody(changeAgreementSchema) },
    responses: {
      200: versioned(agreementChangeResultSchema, 'The agreement after the change and what changed'),
      ...problemResponses(400, 401, 403, 404, 409, 412, 422, 503),
    },
  }),
  endAgreement: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/agreements/{agreementId}/end',
    tags,
    summary: 'End an agreement: its last day of validity becomes today',
    access: ASSOCIATION_ADMINS,
    idempotency: 'required',
    request: {
      params: agreementParams,
      headers: ifMatchHeaders,
      body: { required: false, content: { 'application/json': { schema: endAgreementSchema } } },
    },
    responses: {
      200: versioned(agreementChangeResultSchema, 'The agreement, ended, and what changed'),
      ...problemResponses(400, 401, 403, 404, 409, 412, 422, 503),
    },
  }),
  priceQuote: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/price-quote',
    tags,
    summary: 'The unit price a buyer pays for a product of this association, and which rule won',
    access: allow(['buyer', ...STAFF, 'platform_admin']),
    request: { params: orgParams, query: priceQuoteQuerySchema },
    responses: { 200: jsonContent(priceQuoteSchema, 'The quote'), ...problemResponses(400, 401, 403, 404) },
  }),
  placeOrder: defineRoute({
    method: 'post',
    path: '/orders',
    tags,
    summary: 'Place an order with an association; its stock is reserved atomically',
    access: allow(['buyer']),
    idempotency: 'required',
    request: { body: jsonBody(placeOrderSchema) },
    responses: { 201: jsonContent(orderSchema, 'Placed'), ...problemResponses(400, 401, 403, 409, 422) },
  }),
  getOrder: defineRoute({
    method: 'get',
    path: '/orders/{orderId}',
    tags,
    summary: 'One order (its buyer, its association, platform staff)',
    access: ORDER_READERS,
    request: { params: orderParams },
    responses: { 200: jsonContent(orderSchema, 'The order'), ...problemResponses(400, 401, 403, 404) },
  }),
  getTimeline: defineRoute({
    method: 'get',
    path: '/orders/{orderId}/timeline',
    tags,
    summary: 'An order’s immutable events: who did what, when and why',
    access: ORDER_READERS,
    request: { params: orderParams },
    responses: {
      200: jsonContent(z.object({ order: orderSchema, events: z.array(orderEventSchema) }).openapi('OrderTimeline'), 'The timeline'),
      ...problemResponses(400, 401, 403, 404),
    },
  }),
  reorder: defineRoute({
    method: 'post',
    path: '/orders/{orderId}/reorder',
    tags,
    summary: 'Order again the lines of a past order at today’s prices and rules; answers the new order and what changed',
    description:
      'Each line keeps its quantity unless today’s minimum or multiple asks for more (raised) or the stock allows less (lowered); products withdrawn or out of stock are left out. Prices are today’s (agreement tier, agreement, catalog). `changes` says each difference in the reader’s language. When nothing can be ordered again: 422 `nothing-to-reorder`, naming the products and why (`unavailable`).',
    access: BUYERS,
    idempotency: 'required',
    request: { params: orderParams, body: { required: false, content: { 'application/json': { schema: reorderSchema } } } },
    responses: { 201: jsonContent(reorderResultSchema, 'The new order and what changed'), ...problemResponses(400, 401, 403, 404, 409, 422) },
  }),
  transition: defineRoute({
    method: 'post',
    path: '/orders/{orderId}/{action}',
    tags,
    summary: 'Move an order: confirm (optionally per-line accepted quantities), reject, cancel, dispatch, deliver, invoice, pay',
    access: ORDER_PARTIES,
    idempotency: 'required',
    request: {
      params: z.object({ orderId: orderIdSchema, action: orderActionSchema }),
      body: { required: false, content: { 'application/json': { schema: transitionBodySchema, examples: transitionBodyExamples } } },
    },
    responses: { 200: jsonContent(orderSchema, 'The order in its new state'), ...problemResponses(400, 401, 403, 404, 409, 422) },
  }),
  listAssociationOrders: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/orders',
    tags,
    summary: 'Orders addressed to an association, by status then requested delivery date; filters: status, deliveryFrom/deliveryTo',
    access: ASSOCIATION_STAFF,
    request: { params: orgParams, query: associationOrdersQuerySchema },
    responses: { 200: jsonContent(pageSchema(orderSchema, 'AssociationOrderPage'), 'A page'), ...problemResponses(400, 401, 403) },
  }),
  preparation: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/preparation',
    tags,
    summary: 'What to prepare for a delivery date or range (at most 31 days): per product the total, the orders and buyers behind it, and what falls short',
    description:
      'Orders still to prepare: placed (awaiting confirmation) and confirmed in full or in part (their accepted quantities). `short` compares the total with what the product’s lots hold on hand. At most 500 orders are read; beyond that `complete` is false and `note` says so.',
    access: ASSOCIATION_STAFF,
    request: { params: orgParams, query: preparationQuerySchema },
    responses: { 200: jsonContent(preparationSchema, 'What to prepare'), ...problemResponses(400, 401, 403) },
  }),
  listAssociationStandingOrders: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/standing-orders',
    tags,
    summary: 'The association’s buyers’ standing orders (read-only), by buyer, with the deliveries each will create in the next `days` days',
    access: ASSOCIATION_STAFF,
    request: { params: orgParams, query: associationStandingQuerySchema },
    responses: { 200: jsonContent(associationStandingPageSchema, 'A page'), ...problemResponses(400, 401, 403) },
  }),
  listBuyerOrders: defineRoute({
    method: 'get',
    path: '/buyers/{buyerId}/orders',
    tags,
    summary: 'A buyer’s order history, newest first; filters: status, placedFrom/placedTo',
    access: BUYER_READ,
    request: { params: buyerParams, query: buyerOrdersQuerySchema },
    responses: { 200: jsonContent(pageSchema(orderSchema, 'BuyerOrderPage'), 'A page'), ...problemResponses(400, 401, 403) },
  }),
  listDocuments: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/invoices',
    tags,
    summary: 'An association’s invoices and credit notes, by series and number',
    access: ASSOCIATION_STAFF,
    request: { params: orgParams, query: pageQuerySchema },
    responses: { 200: jsonContent(pageSchema(documentSchema, 'InvoiceDocumentPage'), 'A page'), ...problemResponses(400, 401, 403) },
  }),
  getReceivables: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/receivables',
    tags,
    summary: 'What the association’s buyers owe it: open invoices aged by days past due (current, 1-30, 31-60, 61-90, over 90), totals per currency',
    description: 'An invoice is open from its issue until it is paid or credit notes correct all of it; a credit note lowers what is owed.',
    access: ASSOCIATION_STAFF,
    request: { params: orgParams, query: ageingQuerySchema },
    responses: { 200: jsonContent(ageingReportSchema, 'The ageing report'), ...problemResponses(400, 401, 403) },
  }),
  getPayables: defineRoute({
    method: 'get',
    path: '/buyers/{buyerId}/payables',
    tags,
    summary: 'What the buyer owes, to every association: open invoices aged by days past due, totals per currency',
    access: BUYER_READ,
    request: { params: buyerParams, query: ageingQuerySchema },
    responses: { 200: jsonContent(ageingReportSchema, 'The ageing report'), ...problemResponses(400, 401, 403) },
  }),
  getDocument: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/invoices/{number}',
    tags,
    summary: 'An invoice or credit note (the association’s people and the buyer it was issued to)',
    access: ORDER_READERS,
    request: { params: documentParams },
    responses: { 200: jsonContent(documentSchema, 'The document'), ...problemResponses(400, 401, 403, 404) },
  }),
  printDocument: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/invoices/{number}/print',
    tags,
    summary: 'A printable HTML page of an invoice or credit note',
    access: ORDER_READERS,
    request: { params: documentParams },
    responses: { 200: { description: 'The printable page', content: { 'text/html': { schema: z.string() } } }, ...problemResponses(400, 401, 403, 404) },
  }),
  ublDocument: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/invoices/{number}/ubl',
    tags,
    summary: 'An invoice as UBL 2.1 XML in SUNAT’s profile (factura electrónica), ready for an OSE to sign and submit',
    description:
      'Peruvian sellers’ invoices issued with tax lines only (422 otherwise, saying why). The document leaves the `ext:UBLExtensions` slot for the signature empty: signing and submission to SUNAT through an OSE are the next step.',
    access: ORDER_READERS,
    request: { params: documentParams },
    responses: {
      200: { description: 'The UBL 2.1 Invoice', content: { 'application/xml': { schema: z.string() } } },
      ...problemResponses(400, 401, 403, 404, 422),
    },
  }),
  createCreditNote: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/invoices/{number}/credit-notes',
    tags,
    summary: 'Correct an invoice with a credit note (series NC01); the invoice is never edited',
    access: ASSOCIATION_ADMINS,
    idempotency: 'required',
    request: { params: documentParams, body: jsonBody(createCreditNoteSchema) },
    responses: { 201: jsonContent(documentSchema, 'The credit note'), ...problemResponses(400, 401, 403, 404, 409, 422) },
  }),
  sales: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/sales',
    tags,
    summary: 'Income from delivered orders by month or by buyer, over a range of months',
    access: ASSOCIATION_STAFF,
    request: { params: orgParams, query: salesQuerySchema },
    responses: { 200: jsonContent(salesReportSchema, 'The report'), ...problemResponses(400, 401, 403) },
  }),
  lotShipments: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/lots/{lotId}/shipments',
    tags,
    summary: 'Which buyers received a lot, and how much (downstream trace for a recall)',
    access: ASSOCIATION_STAFF,
    request: { params: z.object({ orgId: orgIdSchema, lotId: lotIdSchema }), query: pageQuerySchema },
    responses: { 200: jsonContent(pageSchema(shipmentSchema, 'LotShipmentPage'), 'A page'), ...problemResponses(400, 401, 403, 404) },
  }),
  createStandingOrder: defineRoute({
    method: 'post',
    path: '/buyers/{buyerId}/standing-orders',
    tags,
    summary: 'A weekly or fortnightly standing order that the scheduled job turns into real orders',
    access: BUYER_WRITE,
    idempotency: 'required',
    request: { params: buyerParams, body: jsonBody(createStandingOrderSchema) },
    responses: { 201: jsonContent(standingOrderSchema, 'Created'), ...problemResponses(400, 401, 403, 422) },
  }),
  listStandingOrders: defineRoute({
    method: 'get',
    path: '/buyers/{buyerId}/standing-orders',
    tags,
    summary: 'A buyer’s standing orders',
    access: BUYER_READ,
    request: { params: buyerParams, query: pageQuerySchema },
    responses: { 200: jsonContent(pageSchema(standingOrderSchema, 'StandingOrderPage'), 'A page'), ...problemResponses(400, 401, 403) },
  }),
  getStandingOrder: defineRoute({
    method: 'get',
    path: '/buyers/{buyerId}/standing-orders/{standingOrderId}',
    tags,
    summary: 'One standing order and its latest runs',
    access: BUYER_READ,
    request: { params: standingParams },
    responses: {
      200: jsonContent(z.object({ standingOrder: standingOrderSchema, runs: z.array(standingRunSchema) }).openapi('StandingOrderDetail'), 'The template'),
      ...problemResponses(400, 401, 403, 404),
    },
  }),
  changeStandingOrder: defineRoute({
    method: 'post',
    path: '/buyers/{buyerId}/standing-orders/{standingOrderId}/{change}',
    tags,
    summary: 'Pause, resume, or skip one delivery date (body `{ "date": "YYYY-MM-DD" }` for skip)',
    access: BUYER_WRITE,
    idempotency: 'required',
    request: {
      params: standingParams.extend({ change: z.enum(['pause', 'resume', 'skip']) }),
      body: { required: false, content: { 'application/json': { schema: skipDateSchema.partial(), examples: standingChangeExamples } } },
    },
    responses: { 200: jsonContent(standingOrderSchema, 'The template'), ...problemResponses(400, 401, 403, 404, 409, 422) },
  }),
  ...ordersExportRoutes,
});

function actorOf(c: Context<AppEnv>): Actor {
  const principal = requirePrincipal(c);
  return { sub: principal.sub, principal };
}

export function createOrdersRouter(deps: OrdersDeps): OpenAPIHono<AppEnv> {
  const router = createRouter();
  const page = <T, V>(p: { items: T[]; nextCursor?: string | undefined }, view: (item: T) => V) => ({ items: p.items.map(view), nextCursor: p.nextCursor });

  router.openapi(ordersRoutes.createAgreement, async (c) => {
    const { orgId } = c.req.valid('param');
    const agreement = await agreements.createAgreement(deps, orgId, c.req.valid('json'), actorOf(c));
    c.header('location', `/v1/orgs/${orgId}/agreements`);
    c.header('etag', agreements.agreementEtag(agreement));
    return c.json(agreementView(agreement, today(deps)), 201);
  });

  const viewOn = () => {
    const date = today(deps);
    return (agreement: AgreementItem) => agreementView(agreement, date);
  };

  router.openapi(ordersRoutes.listAgreements, async (c) => {
    const { limit, cursor, expiringWithinDays } = c.req.valid('query');
    return c.json(page(await agreements.listAssociationAgreements(deps, c.req.valid('param').orgId, limit, cursor, expiringWithinDays), viewOn()), 200);
  });

  router.openapi(ordersRoutes.listBuyerAgreements, async (c) => {
    const { limit, cursor, expiringWithinDays } = c.req.valid('query');
    return c.json(page(await agreements.listBuyerAgreements(deps, c.req.valid('param').buyerId, limit, cursor, expiringWithinDays), viewOn()), 200);
  });

  router.openapi(ordersRoutes.getAgreement, async (c) => {
    const { orgId, agreementId } = c.req.valid('param');
    const { limit, cursor } = c.req.valid('query');
    const { agreement, history } = await agreements.getAgreement(deps, orgId, agreementId, actorOf(c), limit, cursor);
    c.header('etag', agreements.agreementEtag(agreement));
    return c.json({ agreement: agreementView(agreement, today(deps)), history: page(history, agreementHistoryView) }, 200);
  });

  router.openapi(ordersRoutes.changeAgreement, async (c) => {
    const { orgId, agreementId } = c.req.valid('param');
    const precondition = agreements.parseIfMatch(c.req.valid('header')['if-match']);
    const result = await agreements.changeAgreement(deps, orgId, agreementId, c.req.valid('json'), precondition, actorOf(c));
    c.header('etag', agreements.agreementEtag(result.agreement));
    return c.json({ agreement: agreementView(result.agreement, today(deps)), changes: result.changes.map(agreementChangeView) }, 200);
  });

  router.openapi(ordersRoutes.endAgreement, async (c) => {
    const { orgId, agreementId } = c.req.valid('param');
    const precondition = agreements.parseIfMatch(c.req.valid('header')['if-match']);
    const body = c.req.valid('json') ?? {};
    const result = await agreements.changeAgreement(deps, orgId, agreementId, { ...body, end: true }, precondition, actorOf(c));
    c.header('etag', agreements.agreementEtag(result.agreement));
    return c.json({ agreement: agreementView(result.agreement, today(deps)), changes: result.changes.map(agreementChangeView) }, 200);
  });

  router.openapi(ordersRoutes.priceQuote, async (c) => {
    const quote = await agreements.quotePrice(deps, c.req.valid('param').orgId, c.req.valid('query'), actorOf(c));
    const { quantity, tierMinQuantity, explanation, ...rest } = quote;
    return c.json(
      {
        ...rest,
        explanation: renderMessage(explanation, c.get('locale')),
        quantity: formatQuantity(quantity),
        ...(tierMinQuantity !== undefined ? { tierMinQuantity: formatQuantity(tierMinQuantity) } : {}),
      },
      200,
    );
  });

  router.openapi(ordersRoutes.placeOrder, async (c) => {
    const actor = actorOf(c);
    const buyerId = actor.principal?.org;
    if (!buyerId) throw new Forbidden(message(MESSAGES, 'orders.no-buyer-org'));
    const input = c.req.valid('json');
    // The middleware guarantees the header; the order id is derived from it (see deterministicId).
    const key = c.req.header('idempotency-key')!;
    const { order } = await placeOrder(deps, { orderId: orderIdForRequest(buyerId, actor.sub, key), buyerId, ...input }, actor);
    c.header('location', `/v1/orders/${order.id}`);
    return c.json(orderView(order), 201);
  });

  /** The order as its reader sees it: the association and platform staff also get the buyer's card (one GetItem). */
  const viewFor = async (order: OrderItem, actor: Actor) => {
    if (partyOf(actor, order) === 'buyer') return orderView(order);
    return orderView(order, (await buyerCards(deps, [order.buyerId])).get(order.buyerId));
  };

  router.openapi(ordersRoutes.getOrder, async (c) => {
    const actor = actorOf(c);
    return c.json(await viewFor(await queries.getOrder(deps, c.req.valid('param').orderId, actor), actor), 200);
  });

  router.openapi(ordersRoutes.getTimeline, async (c) => {
    const actor = actorOf(c);
    const { order, events } = await queries.getTimeline(deps, c.req.valid('param').orderId, actor);
    return c.json({ order: await viewFor(order, actor), events: events.map(eventView) }, 200);
  });

  // Before `transition`: its `{action}` would otherwise take `reorder` (and refuse it as no action).
  router.openapi(ordersRoutes.reorder, async (c) => {
    const actor = actorOf(c);
    const buyerId = actor.principal?.org;
    if (!buyerId) throw new Forbidden(message(MESSAGES, 'orders.no-buyer-org'));
    const { orderId } = c.req.valid('param');
    const key = c.req.header('idempotency-key')!;
    const result = await reorder(deps, orderId, reorderIdForRequest(buyerId, actor.sub, key), c.req.valid('json') ?? {}, actor);
    c.header('location', `/v1/orders/${result.order.id}`);
    const locale = c.get('locale');
    return c.json({ order: orderView(result.order), reorderOf: orderId, changes: result.changes.map((change) => reorderChangeView(change, locale)) }, 201);
  });

  router.openapi(ordersRoutes.transition, async (c) => {
    const { orderId, action } = c.req.valid('param');
    return c.json(orderView(await transition(deps, orderId, action, c.req.valid('json') ?? {}, actorOf(c))), 200);
  });

  router.openapi(ordersRoutes.listAssociationOrders, async (c) => {
    const { limit, cursor, ...filter } = c.req.valid('query');
    const orders = await queries.listAssociationOrders(deps, c.req.valid('param').orgId, filter, limit, cursor);
    // The page's buyers in one BatchGetItem (a page holds at most 100 orders).
    const buyers = await buyerCards(
      deps,
      orders.items.map((o) => o.buyerId),
    );
    return c.json(
      page(orders, (order) => orderView(order, buyers.get(order.buyerId))),
      200,
    );
  });

  router.openapi(ordersRoutes.preparation, async (c) => {
    const locale = c.get('locale');
    return c.json(preparationView(await preparation(deps, c.req.valid('param').orgId, preparationRange(c.req.valid('query')), locale.lang), locale), 200);
  });

  router.openapi(ordersRoutes.listAssociationStandingOrders, async (c) => {
    const { limit, cursor, days } = c.req.valid('query');
    const result = await standing.listAssociationStandingOrders(deps, c.req.valid('param').orgId, days, limit, cursor);
    const locale = c.get('locale');
    return c.json(
      {
        from: result.from,
        to: result.to,
        items: result.items.map((entry) => associationStandingView(entry, locale)),
        ...(result.nextCursor ? { nextCursor: result.nextCursor } : {}),
      },
      200,
    );
  });

  router.openapi(ordersRoutes.listBuyerOrders, async (c) => {
    const { limit, cursor, ...filter } = c.req.valid('query');
    return c.json(page(await queries.listBuyerOrders(deps, c.req.valid('param').buyerId, filter, limit, cursor), orderView), 200);
  });

  router.openapi(ordersRoutes.listDocuments, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    return c.json(page(await documents.listDocuments(deps, c.req.valid('param').orgId, limit, cursor), documentView), 200);
  });

  const ageingView = (report: AgeingReport, locale: Locale) => ({
    ...report,
    totals: [...report.totals],
    invoices: report.invoices.map(({ entity: _entity, ...invoice }) => invoice),
    summary: renderMessage(report.summary, locale),
  });
  router.openapi(ordersRoutes.getReceivables, async (c) => {
    const report = await receivablesReport(deps, c.req.valid('param').orgId, c.req.valid('query').asOf);
    return c.json(ageingView(report, c.get('locale')), 200);
  });
  router.openapi(ordersRoutes.getPayables, async (c) => {
    const report = await payablesReport(deps, c.req.valid('param').buyerId, c.req.valid('query').asOf);
    return c.json(ageingView(report, c.get('locale')), 200);
  });

  router.openapi(ordersRoutes.getDocument, async (c) => {
    const { orgId, number } = c.req.valid('param');
    return c.json(documentView(await documents.getDocument(deps, orgId, number, actorOf(c))), 200);
  });

  router.openapi(ordersRoutes.printDocument, async (c) => {
    const { orgId, number } = c.req.valid('param');
    const document = await documents.getDocument(deps, orgId, number, actorOf(c));
    return c.html(renderDocumentHtml(document, c.get('locale')), 200);
  });

  router.openapi(ordersRoutes.ublDocument, async (c) => {
    const { orgId, number } = c.req.valid('param');
    const document = await documents.getDocument(deps, orgId, number, actorOf(c));
    const unavailable = ublUnavailableReason(document);
    if (unavailable) throw new UnprocessableRequest(message(MESSAGES, `orders.ubl-${unavailable}`, { invoice: document.number }));
    return c.body(invoiceUbl(document), 200, { 'content-type': 'application/xml; charset=utf-8' });
  });

  router.openapi(ordersRoutes.createCreditNote, async (c) => {
    const { orgId, number } = c.req.valid('param');
    const note = await documents.issueCreditNote(deps, orgId, number, c.req.valid('json'), actorOf(c));
    c.header('location', `/v1/orgs/${orgId}/invoices/${note.number}`);
    return c.json(documentView(note), 201);
  });

  router.openapi(ordersRoutes.sales, async (c) => {
    return c.json(await salesReport(deps, c.req.valid('param').orgId, c.req.valid('query')), 200);
  });

  router.openapi(ordersRoutes.lotShipments, async (c) => {
    const { orgId, lotId } = c.req.valid('param');
    const { limit, cursor } = c.req.valid('query');
    return c.json(page(await queries.listLotShipments(deps, orgId, lotId, limit, cursor), shipmentView), 200);
  });

  router.openapi(ordersRoutes.createStandingOrder, async (c) => {
    const { buyerId } = c.req.valid('param');
    const template = await standing.createStandingOrder(deps, buyerId, c.req.valid('json'), actorOf(c));
    c.header('location', `/v1/buyers/${buyerId}/standing-orders/${template.id}`);
    return c.json(standingView(template), 201);
  });

  router.openapi(ordersRoutes.listStandingOrders, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    return c.json(page(await standing.listStandingOrders(deps, c.req.valid('param').buyerId, limit, cursor), standingView), 200);
  });

  router.openapi(ordersRoutes.getStandingOrder, async (c) => {
    const { buyerId, standingOrderId } = c.req.valid('param');
    const template = await standing.getStandingOrder(deps, buyerId, standingOrderId);
    const runs = await standing.listStandingRuns(deps, buyerId, standingOrderId, 20);
    return c.json({ standingOrder: standingView(template), runs: runs.items.map((run) => standingRunView(run, c.get('locale'))) }, 200);
  });

  router.openapi(ordersRoutes.changeStandingOrder, async (c) => {
    const { buyerId, standingOrderId, change } = c.req.valid('param');
    const body = c.req.valid('json') ?? {};
    if (change === 'skip' && !body.date)
      throw new ValidationFailed([{ path: 'date', message: 'is required to skip a delivery', msg: message(MESSAGES, 'orders.field.skip-date-required') }]);
    const next = await standing.changeStandingOrder(deps, buyerId, standingOrderId, change === 'skip' ? { kind: 'skip', date: body.date! } : { kind: change });
    return c.json(standingView(next), 200);
  });

  registerExportRoutes(router, deps);
  return router;
}
