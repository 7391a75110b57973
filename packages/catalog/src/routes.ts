import { allow, hasRole, PUBLIC, requirePrincipal, type Principal } from '@ayni/auth';
import { Forbidden, message } from '@ayni/core';
import {
  createRouter,
  defineRoute,
  jsonBody,
  jsonContent,
  lotIdSchema,
  memberIdSchema,
  orgIdSchema,
  pageQuerySchema,
  pageSchema,
  problemResponses,
  productIdSchema,
  withOperationIds,
  type AppEnv,
} from '@ayni/http';
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  catalogItemSchema,
  catalogQuerySchema,
  createAdjustmentSchema,
  createLotSchema,
  createMemberSchema,
  createOrganisationSchema,
  createProductSchema,
  lotSchema,
  memberSchema,
  organisationSchema,
  productSchema,
  publicLotSchema,
  publicOrganisationSchema,
  updateLotSchema,
  updateMemberSchema,
  updateOrganisationSchema,
  updateProductSchema,
} from './schemas.js';
import { MESSAGES } from './messages.js';
import * as service from './service/index.js';
import type { CatalogDeps } from './service/index.js';
import { etagOf, etagResponseHeaders, ifMatchHeaders, parseIfMatch, versionOf } from './versions.js';
import { lotView, memberView, organisationView, productView, publicLotView, publicOrganisationView, storyExcerpt } from './views.js';

const orgId = orgIdSchema;
const productId = productIdSchema;
const memberId = memberIdSchema;
const lotId = lotIdSchema;

const orgParams = z.object({ orgId });
const ASSOCIATION_ADMINS = allow(['association_admin', 'platform_admin'], { orgParam: 'orgId' });
const ASSOCIATION_STAFF = allow(['association_admin', 'association_member', 'platform_admin'], { orgParam: 'orgId' });
const tags = ['catalog'];

/** A JSON response of one versioned resource, with its `ETag` header documented. */
function versioned<T extends z.ZodType>(schema: T, description: string) {
  return { ...jsonContent(schema, description), headers: etagResponseHeaders };
}

const EDIT_DESCRIPTION =
  'A merge patch: only the fields sent change, `null` removes an optional value. Send the `ETag` you read as `If-Match` to edit only that version (412 otherwise); without it the edit applies to the current version and concurrent edits are applied one after the other.';

/** True when the caller acts for this organisation (or is platform staff): they see private fields. */
function actsFor(principal: Principal | undefined, org: string): boolean {
  return !!principal && (principal.org === org || hasRole(principal, 'platform_admin'));
}

export const catalogRoutes = withOperationIds({
  createOrganisation: defineRoute({
    method: 'post',
    path: '/orgs',
    tags,
    summary: 'Register an organisation (association, buyer or fund)',
    access: allow(['platform_admin']),
    idempotency: 'required',
    request: { body: jsonBody(createOrganisationSchema) },
    responses: { 201: versioned(organisationSchema, 'Created'), ...problemResponses(400, 401, 403, 409, 422) },
  }),
  getOrganisation: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}',
    tags,
    summary: 'An organisation’s profile (private fields only for its own people)',
    access: PUBLIC,
    request: { params: orgParams },
    responses: { 200: versioned(z.union([organisationSchema, publicOrganisationSchema]), 'The profile'), ...problemResponses(400, 404) },
  }),
  updateOrganisation: defineRoute({
    method: 'patch',
    path: '/orgs/{orgId}',
    tags,
    summary: 'Edit an organisation’s profile',
    description: EDIT_DESCRIPTION,
    access: allow(['association_admin', 'buyer', 'fund_officer', 'platform_admin'], { orgParam: 'orgId' }),
    request: { params: orgParams, headers: ifMatchHeaders, body: jsonBody(updateOrganisationSchema) },
    responses: { 200: versioned(organisationSchema, 'Updated'), ...problemResponses(400, 401, 403, 404, 412, 503) },
  }),
  listAssociations: defineRoute({
    method: 'get',
    path: '/associations',
    tags,
    summary: 'Producer associations, by name',
    access: PUBLIC,
    request: { query: pageQuerySchema },
    responses: { 200: jsonContent(pageSchema(publicOrganisationSchema, 'AssociationPage'), 'A page'), ...problemResponses(400) },
  }),
  addMember: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/members',
    tags,
    summary: 'Register a producer member of an association',
    access: ASSOCIATION_ADMINS,
    idempotency: 'required',
    request: { params: orgParams, body: jsonBody(createMemberSchema) },
    responses: { 201: versioned(memberSchema, 'Created'), ...problemResponses(400, 401, 403, 404, 422) },
  }),
  listMembers: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/members',
    tags,
    summary: 'Members of an association (never public)',
    access: ASSOCIATION_STAFF,
    request: { params: orgParams, query: pageQuerySchema },
    responses: { 200: jsonContent(pageSchema(memberSchema, 'MemberPage'), 'A page'), ...problemResponses(400, 401, 403) },
  }),
  getMember: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/members/{memberId}',
    tags,
    summary: 'One member',
    access: ASSOCIATION_STAFF,
    request: { params: z.object({ orgId, memberId }) },
    responses: { 200: versioned(memberSchema, 'The member'), ...problemResponses(400, 401, 403, 404) },
  }),
  updateMember: defineRoute({
    method: 'patch',
    path: '/orgs/{orgId}/members/{memberId}',
    tags,
    summary: 'Edit or deactivate a member',
    description: EDIT_DESCRIPTION,
    access: ASSOCIATION_ADMINS,
    request: { params: z.object({ orgId, memberId }), headers: ifMatchHeaders, body: jsonBody(updateMemberSchema) },
    responses: { 200: versioned(memberSchema, 'Updated'), ...problemResponses(400, 401, 403, 404, 412, 503) },
  }),
  createProduct: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/products',
    tags,
    summary: 'List a product',
    access: ASSOCIATION_ADMINS,
    idempotency: 'required',
    request: { params: orgParams, body: jsonBody(createProductSchema) },
    responses: { 201: versioned(productSchema, 'Created'), ...problemResponses(400, 401, 403, 404, 409, 422) },
  }),
  updateProduct: defineRoute({
    method: 'patch',
    path: '/orgs/{orgId}/products/{productId}',
    tags,
    summary: 'Edit, deactivate or reactivate a product (stock moves only through lots and orders)',
    description: EDIT_DESCRIPTION,
    access: ASSOCIATION_ADMINS,
    request: { params: z.object({ orgId, productId }), headers: ifMatchHeaders, body: jsonBody(updateProductSchema) },
    responses: { 200: versioned(productSchema, 'Updated'), ...problemResponses(400, 401, 403, 404, 409, 412, 503) },
  }),
  listProducts: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/products',
    tags,
    summary: 'An association’s products (inactive ones only for its own people)',
    access: PUBLIC,
    request: {
      params: orgParams,
      query: pageQuerySchema.extend({
        includeInactive: z
          .enum(['true', 'false'])
          .default('false')
          .transform((v) => v === 'true'),
      }),
    },
    responses: { 200: jsonContent(pageSchema(productSchema, 'ProductPage'), 'A page'), ...problemResponses(400, 403) },
  }),
  getProduct: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/products/{productId}',
    tags,
    summary: 'One product',
    access: PUBLIC,
    request: { params: z.object({ orgId, productId }) },
    responses: { 200: versioned(productSchema, 'The product'), ...problemResponses(400, 404) },
  }),
  browseCatalog: defineRoute({
    method: 'get',
    path: '/catalog',
    tags,
    summary: 'The public catalog: filter by category, region or association, search words in names and descriptions',
    access: PUBLIC,
    request: { query: catalogQuerySchema },
    responses: { 200: jsonContent(pageSchema(catalogItemSchema, 'CatalogPage'), 'A page, ordered by name'), ...problemResponses(400) },
  }),
  createLot: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/lots',
    tags,
    summary: 'Record a lot (batch); its quantity becomes available stock of the product',
    access: ASSOCIATION_STAFF,
    idempotency: 'required',
    request: { params: orgParams, body: jsonBody(createLotSchema) },
    responses: { 201: versioned(lotSchema, 'Created'), ...problemResponses(400, 401, 403, 404, 409, 422, 503) },
  }),
  listLots: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/lots',
    tags,
    summary: 'An association’s lots, newest production first',
    access: ASSOCIATION_STAFF,
    request: { params: orgParams, query: pageQuerySchema.extend({ productId: productId.optional() }) },
    responses: { 200: jsonContent(pageSchema(lotSchema, 'LotPage'), 'A page'), ...problemResponses(400, 401, 403) },
  }),
  getOwnLot: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/lots/{lotId}',
    tags,
    summary: 'One lot with its private fields',
    access: ASSOCIATION_STAFF,
    request: { params: z.object({ orgId, lotId }) },
    responses: { 200: versioned(lotSchema, 'The lot'), ...problemResponses(400, 401, 403, 404) },
  }),
  updateLot: defineRoute({
    method: 'patch',
    path: '/orgs/{orgId}/lots/{lotId}',
    tags,
    summary: 'Correct a lot’s expiry date, notes or producers (its quantity moves only through adjustments)',
    description: EDIT_DESCRIPTION,
    access: ASSOCIATION_ADMINS,
    request: { params: z.object({ orgId, lotId }), headers: ifMatchHeaders, body: jsonBody(updateLotSchema) },
    responses: { 200: versioned(lotSchema, 'Updated'), ...problemResponses(400, 401, 403, 404, 412, 503) },
  }),
  adjustLot: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/lots/{lotId}/adjustments',
    tags,
    summary: 'Correct a lot’s available quantity (spoilage, samples, recount), with a reason',
    access: ASSOCIATION_ADMINS,
    idempotency: 'required',
    request: { params: z.object({ orgId, lotId }), body: jsonBody(createAdjustmentSchema) },
    responses: { 201: jsonContent(lotSchema, 'The lot after the adjustment'), ...problemResponses(400, 401, 403, 404, 409, 422) },
  }),
  getPublicLot: defineRoute({
    method: 'get',
    path: '/lots/{lotId}',
    tags,
    summary: 'A lot as anyone who scans its code sees it',
    access: PUBLIC,
    request: { params: z.object({ lotId }) },
    responses: {
      200: jsonContent(
        z.object({ lot: publicLotSchema, product: productSchema, association: publicOrganisationSchema }).openapi('PublicLotView'),
        'The lot, its product and association',
      ),
      ...problemResponses(400, 404),
    },
  }),
});

export function createCatalogRouter(deps: CatalogDeps): OpenAPIHono<AppEnv> {
  const router = createRouter();
  const created = <T>(c: { header: (n: string, v: string) => void }, location: string, body: T) => {
    c.header('location', `/v1${location}`);
    return body;
  };

  /** Sets the `ETag` of the versioned resource the response carries, and passes the body through. */
  const tagged = <T>(c: { header: (n: string, v: string) => void }, item: { version?: number | undefined }, body: T) => {
    c.header('etag', etagOf(versionOf(item)));
    return body;
  };

  router.openapi(catalogRoutes.createOrganisation, async (c) => {
    const org = await service.createOrganisation(deps, c.req.valid('json'));
    return c.json(tagged(c, org, created(c, `/orgs/${org.id}`, organisationView(org))), 201);
  });

  router.openapi(catalogRoutes.getOrganisation, async (c) => {
    const { orgId: id } = c.req.valid('param');
    const org = await service.requireOrganisation(deps, id);
    return c.json(tagged(c, org, actsFor(c.get('principal'), id) ? organisationView(org) : publicOrganisationView(org)), 200);
  });

  router.openapi(catalogRoutes.updateOrganisation, async (c) => {
    const precondition = parseIfMatch(c.req.valid('header')['if-match']);
    const org = await service.updateOrganisation(deps, c.req.valid('param').orgId, c.req.valid('json'), precondition);
    return c.json(tagged(c, org, organisationView(org)), 200);
  });

  router.openapi(catalogRoutes.listAssociations, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = await service.listAssociations(deps, limit, cursor);
    return c.json({ items: page.items.map(publicOrganisationView), nextCursor: page.nextCursor }, 200);
  });

  router.openapi(catalogRoutes.addMember, async (c) => {
    const { orgId: id } = c.req.valid('param');
    const member = await service.addMember(deps, id, c.req.valid('json'));
    return c.json(tagged(c, member, created(c, `/orgs/${id}/members/${member.id}`, memberView(member))), 201);
  });

  router.openapi(catalogRoutes.listMembers, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = await service.listMembers(deps, c.req.valid('param').orgId, limit, cursor);
    return c.json({ items: page.items.map(memberView), nextCursor: page.nextCursor }, 200);
  });

  router.openapi(catalogRoutes.getMember, async (c) => {
    const { orgId: id, memberId: mid } = c.req.valid('param');
    const member = await service.getMember(deps, id, mid);
    return c.json(tagged(c, member, memberView(member)), 200);
  });

  router.openapi(catalogRoutes.updateMember, async (c) => {
    const { orgId: id, memberId: mid } = c.req.valid('param');
    const precondition = parseIfMatch(c.req.valid('header')['if-match']);
    const member = await service.updateMember(deps, id, mid, c.req.valid('json'), precondition);
    return c.json(tagged(c, member, memberView(member)), 200);
  });

  router.openapi(catalogRoutes.createProduct, async (c) => {
    const { orgId: id } = c.req.valid('param');
    const product = await service.createProduct(deps, id, c.req.valid('json'));
    return c.json(tagged(c, product, created(c, `/orgs/${id}/products/${product.id}`, productView(product))), 201);
  });

  router.openapi(catalogRoutes.updateProduct, async (c) => {
    const { orgId: id, productId: pid } = c.req.valid('param');
    const precondition = parseIfMatch(c.req.valid('header')['if-match']);
    const product = await service.updateProduct(deps, id, pid, c.req.valid('json'), precondition);
    return c.json(tagged(c, product, productView(product)), 200);
  });

  router.openapi(catalogRoutes.listProducts, async (c) => {
    const { orgId: id } = c.req.valid('param');
    const { limit, cursor, includeInactive } = c.req.valid('query');
    if (includeInactive && !actsFor(requirePrincipal(c), id)) {
      throw new Forbidden(message(MESSAGES, 'catalog.inactive-products-own-people-only'));
    }
    const page = await service.listProducts(deps, id, { limit, cursor, includeInactive });
    return c.json({ items: page.items.map(productView), nextCursor: page.nextCursor }, 200);
  });

  router.openapi(catalogRoutes.getProduct, async (c) => {
    const { orgId: id, productId: pid } = c.req.valid('param');
    const product = await service.getProduct(deps, id, pid, { includeInactive: actsFor(c.get('principal'), id) });
    return c.json(tagged(c, product, productView(product)), 200);
  });

  router.openapi(catalogRoutes.browseCatalog, async (c) => {
    const page = await service.browseCatalog(deps, c.req.valid('query'));
    const items = page.items.map(({ product, association }) => {
      const { createdAt: _c, updatedAt: _u, ...card } = productView(product);
      return {
        product: card,
        association: {
          id: association.id,
          name: association.name,
          region: association.region,
          familyCount: association.familyCount,
          storyExcerpt: storyExcerpt(association),
        },
      };
    });
    return c.json({ items, nextCursor: page.nextCursor }, 200);
  });

  router.openapi(catalogRoutes.createLot, async (c) => {
    const { orgId: id } = c.req.valid('param');
    const lot = await service.createLot(deps, id, c.req.valid('json'));
    return c.json(tagged(c, lot, created(c, `/orgs/${id}/lots/${lot.id}`, lotView(lot))), 201);
  });

  router.openapi(catalogRoutes.listLots, async (c) => {
    const { orgId: id } = c.req.valid('param');
    const { limit, cursor, productId: pid } = c.req.valid('query');
    const page = await service.listLots(deps, id, { productId: pid, limit, cursor });
    return c.json({ items: page.items.map(lotView), nextCursor: page.nextCursor }, 200);
  });

  router.openapi(catalogRoutes.getOwnLot, async (c) => {
    const { orgId: id, lotId: lid } = c.req.valid('param');
    const lot = await service.getOwnLot(deps, id, lid);
    return c.json(tagged(c, lot, lotView(lot)), 200);
  });

  router.openapi(catalogRoutes.updateLot, async (c) => {
    const { orgId: id, lotId: lid } = c.req.valid('param');
    const precondition = parseIfMatch(c.req.valid('header')['if-match']);
    const lot = await service.updateLot(deps, id, lid, c.req.valid('json'), precondition);
    return c.json(tagged(c, lot, lotView(lot)), 200);
  });

  router.openapi(catalogRoutes.adjustLot, async (c) => {
    const { orgId: id, lotId: lid } = c.req.valid('param');
    const { lot } = await service.adjustLot(deps, id, lid, c.req.valid('json'), requirePrincipal(c).sub);
    return c.json(lotView(lot), 201);
  });

  router.openapi(catalogRoutes.getPublicLot, async (c) => {
    const lot = await service.getLot(deps, c.req.valid('param').lotId);
    const [product, association] = await Promise.all([
      service.getProduct(deps, lot.orgId, lot.productId, { includeInactive: true }),
      service.requireOrganisation(deps, lot.orgId),
    ]);
    return c.json({ lot: publicLotView(lot), product: productView(product), association: publicOrganisationView(association) }, 200);
  });

  return router;
}
