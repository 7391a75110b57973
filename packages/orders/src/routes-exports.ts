import { allow } from '@ayni/auth';
import { csvDocument, csvResponse, defineRoute, orgIdSchema, problemResponses, withOperationIds, type AppEnv } from '@ayni/http';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { FIELD_TEXTS } from './messages.js';
import type { OrdersDeps } from './service/context.js';
import * as exports from './service/exports.js';

/**
 * CSV exports (RFC 4180, UTF-8 with BOM) of what the JSON listings show, with their access rules:
 * an association's orders, sales ledger and invoices (its staff and platform staff), a buyer's
 * orders and invoices (the buyer and platform staff). Each is a date range of at most 366 days, in
 * pages of at most 1000 rows (a Lambda answers at most 6 MB).
 */
const tags = ['orders'];
const STAFF = ['association_admin', 'association_member'] as const;
const ASSOCIATION_STAFF = allow([...STAFF, 'platform_admin'], { orgParam: 'orgId' });
const BUYER_READ = allow(['buyer', 'platform_admin'], { orgParam: 'buyerId' });

export const MAX_EXPORT_DAYS = 366;
const isoDate = z.iso.date({ error: FIELD_TEXTS['orders.schema.date'].en });
const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

const exportQuery = (what: string) =>
  z
    .object({
      from: isoDate.openapi({ description: `First day of the range (inclusive, UTC): ${what}` }),
      to: isoDate.openapi({ description: `Last day of the range (inclusive); at most ${MAX_EXPORT_DAYS} days in all` }),
      cursor: z.string().min(1).max(2048).optional().openapi({ description: 'The next page: from the previous page’s `X-Next-Cursor` (or follow its `Link`)' }),
      limit: z.coerce.number().int().min(1).max(1000).default(500).openapi({ description: 'Rows per page (at most 1000)' }),
    })
    .superRefine((q, ctx) => {
      if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: FIELD_TEXTS['orders.schema.to-before-from'].en });
      else if (daysBetween(q.from, q.to) >= MAX_EXPORT_DAYS)
        ctx.addIssue({ code: 'custom', path: ['to'], message: FIELD_TEXTS['orders.schema.export-range-too-long'].en });
    });

const csv = (description: string) => ({
  description,
  content: {
    'text/csv': { schema: z.string().openapi({ description: 'RFC 4180, UTF-8 with a byte-order mark, CRLF; a header row (Spanish, English with ?lang=en)' }) },
  },
  headers: {
    Link: { description: 'The next page, `<…>; rel="next"`; absent on the last page', schema: { type: 'string' as const } },
    'X-Next-Cursor': { description: 'The next page’s cursor; absent on the last page', schema: { type: 'string' as const } },
    'Content-Disposition': { description: 'attachment, with a file name', schema: { type: 'string' as const } },
  },
});

const orgParams = z.object({ orgId: orgIdSchema });
const buyerParams = z.object({ buyerId: orgIdSchema });

export const ordersExportRoutes = withOperationIds({
  exportAssociationOrders: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/exports/orders.csv',
    tags,
    summary: 'An association’s orders to deliver in a date range, as CSV (one row per order, by status then delivery date)',
    access: ASSOCIATION_STAFF,
    request: { params: orgParams, query: exportQuery('requested delivery date') },
    responses: { 200: csv('A page of orders'), ...problemResponses(400, 401, 403) },
  }),
  exportSales: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/exports/sales.csv',
    tags,
    summary: 'An association’s sales ledger in a date range, as CSV: delivered lines, then credit notes (the income each takes off, type credit_note)',
    access: ASSOCIATION_STAFF,
    request: { params: orgParams, query: exportQuery('delivery date of a line, issue date of a credit note') },
    responses: { 200: csv('A page of the ledger'), ...problemResponses(400, 401, 403) },
  }),
  exportAssociationInvoices: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/exports/invoices.csv',
    tags,
    summary: 'An association’s invoices, then credit notes, issued in a date range, as CSV with tax ids and tax totals',
    access: ASSOCIATION_STAFF,
    request: { params: orgParams, query: exportQuery('issue date') },
    responses: { 200: csv('A page of documents'), ...problemResponses(400, 401, 403) },
  }),
  exportBuyerOrders: defineRoute({
    method: 'get',
    path: '/buyers/{buyerId}/exports/orders.csv',
    tags,
    summary: 'A buyer’s orders placed in a date range, as CSV (newest first)',
    access: BUYER_READ,
    request: { params: buyerParams, query: exportQuery('placement date') },
    responses: { 200: csv('A page of orders'), ...problemResponses(400, 401, 403) },
  }),
  exportBuyerInvoices: defineRoute({
    method: 'get',
    path: '/buyers/{buyerId}/exports/invoices.csv',
    tags,
    summary: 'The invoices of a buyer’s orders placed in a date range, as CSV (a page reads `limit` orders, so it may hold fewer rows)',
    access: BUYER_READ,
    request: { params: buyerParams, query: exportQuery('placement date of the invoiced order') },
    responses: { 200: csv('A page of invoices'), ...problemResponses(400, 401, 403) },
  }),
});

export function registerExportRoutes(router: OpenAPIHono<AppEnv>, deps: OrdersDeps): void {
  const answer = (c: Parameters<typeof csvResponse>[0], name: string, range: { from: string; to: string }, page: exports.CsvPage) =>
    csvResponse(c, `${name}-${range.from}_${range.to}.csv`, csvDocument(page.header, page.rows), page.nextCursor);

  router.openapi(ordersExportRoutes.exportAssociationOrders, async (c) => {
    const range = c.req.valid('query');
    return answer(c, 'orders', range, await exports.associationOrdersExport(deps, c.req.valid('param').orgId, range, c.get('locale').lang));
  });
  router.openapi(ordersExportRoutes.exportSales, async (c) => {
    const range = c.req.valid('query');
    return answer(c, 'sales', range, await exports.salesExport(deps, c.req.valid('param').orgId, range, c.get('locale').lang));
  });
  router.openapi(ordersExportRoutes.exportAssociationInvoices, async (c) => {
    const range = c.req.valid('query');
    return answer(c, 'invoices', range, await exports.associationInvoicesExport(deps, c.req.valid('param').orgId, range, c.get('locale').lang));
  });
  router.openapi(ordersExportRoutes.exportBuyerOrders, async (c) => {
    const range = c.req.valid('query');
    return answer(c, 'orders', range, await exports.buyerOrdersExport(deps, c.req.valid('param').buyerId, range, c.get('locale').lang));
  });
  router.openapi(ordersExportRoutes.exportBuyerInvoices, async (c) => {
    const range = c.req.valid('query');
    return answer(c, 'invoices', range, await exports.buyerInvoicesExport(deps, c.req.valid('param').buyerId, range, c.get('locale').lang));
  });
}
