import { allow } from '@ayni/auth';
import { createRouter, defineRoute, jsonBody, jsonContent, problemResponses, withOperationIds, type ResponseSealer } from '@ayni/http';
import type { DomainEventType } from '@ayni/core';
import { requirePrincipal } from '@ayni/auth';
import {
  deliveriesQuery,
  deliveryDetailSchema,
  deliveryPageSchema,
  deliveryParams,
  deliverySchema,
  emptyBody,
  endpointBody,
  endpointListSchema,
  endpointParams,
  endpointPatchBody,
  endpointSchema,
  endpointWithSecretSchema,
  orgParams,
  pingResultSchema,
  replayBody,
  replayResultSchema,
  rotateBody,
} from './schemas.js';
import { storedResponseContext } from './secret-box.js';
import type { WebhooksDeps } from './service/context.js';
import {
  createEndpoint,
  deleteEndpoint,
  deliveryView,
  endpointView,
  getDelivery,
  getEndpoint,
  listDeliveries,
  listEndpoints,
  pingEndpoint,
  redeliver,
  replayDeliveries,
  rotateSecret,
  updateEndpoint,
} from './service/endpoints.js';

const tags = ['Webhooks'];
/** Who manages an organisation's webhooks: its administrators (an association's, a buyer's, a fund's officers). */
const ORG_ADMIN = allow(['association_admin', 'buyer', 'fund_officer', 'platform_admin'], { orgParam: 'orgId' });

export const webhookRoutes = withOperationIds({
  createWebhookEndpoint: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/webhooks',
    tags,
    access: ORG_ADMIN,
    idempotency: 'required',
    sealStoredResponse: true,
    summary: 'Register an endpoint that receives the organisation’s events, signed (Standard Webhooks)',
    description:
      'The answer carries the signing secret, shown only now. Each delivery is a POST of `{id, type, timestamp, version, aggregate, data}` with the headers `webhook-id` (the event id: deduplicate by it), `webhook-timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body`). Events of one aggregate carry increasing `aggregate.seq`: order by it. Failed deliveries are retried with exponential backoff for up to 3 days (8 attempts).',
    request: { params: orgParams, body: jsonBody(endpointBody) },
    responses: { 201: jsonContent(endpointWithSecretSchema, 'The endpoint, with its secret'), ...problemResponses(400, 401, 403, 404, 422) },
  }),
  listWebhookEndpoints: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/webhooks',
    tags,
    access: ORG_ADMIN,
    summary: 'The organisation’s webhook endpoints (at most 10)',
    request: { params: orgParams },
    responses: { 200: jsonContent(endpointListSchema, 'The endpoints'), ...problemResponses(400, 401, 403) },
  }),
  getWebhookEndpoint: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/webhooks/{endpointId}',
    tags,
    access: ORG_ADMIN,
    summary: 'One webhook endpoint',
    request: { params: endpointParams },
    responses: { 200: jsonContent(endpointSchema, 'The endpoint'), ...problemResponses(400, 401, 403, 404) },
  }),
  updateWebhookEndpoint: defineRoute({
    method: 'patch',
    path: '/orgs/{orgId}/webhooks/{endpointId}',
    tags,
    access: ORG_ADMIN,
    summary: 'Change an endpoint’s address, event types or description, or disable and enable it',
    description: 'Enabling an endpoint that Ayni disabled for failing clears its failure count.',
    request: { params: endpointParams, body: jsonBody(endpointPatchBody) },
    responses: { 200: jsonContent(endpointSchema, 'The endpoint'), ...problemResponses(400, 401, 403, 404, 409) },
  }),
  deleteWebhookEndpoint: defineRoute({
    method: 'delete',
    path: '/orgs/{orgId}/webhooks/{endpointId}',
    tags,
    access: ORG_ADMIN,
    summary: 'Remove an endpoint (its pending deliveries end unsent)',
    request: { params: endpointParams },
    responses: { 204: { description: 'Removed' }, ...problemResponses(400, 401, 403, 404) },
  }),
  rotateWebhookSecret: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/webhooks/{endpointId}/rotate-secret',
    tags,
    access: ORG_ADMIN,
    idempotency: 'required',
    sealStoredResponse: true,
    summary: 'Replace the signing secret; the previous one keeps signing beside it during the grace period',
    request: { params: endpointParams, body: jsonBody(rotateBody) },
    responses: { 200: jsonContent(endpointWithSecretSchema, 'The endpoint, with its new secret'), ...problemResponses(400, 401, 403, 404, 409, 422) },
  }),
  pingWebhookEndpoint: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/webhooks/{endpointId}/ping',
    tags,
    access: ORG_ADMIN,
    throttle: 'outbound',
    idempotency: 'required',
    summary: 'Send a signed `webhook.ping` event now and answer what the receiver said (not retried)',
    request: { params: endpointParams, body: jsonBody(emptyBody) },
    responses: { 200: jsonContent(pingResultSchema, 'What the receiver answered'), ...problemResponses(400, 401, 403, 404, 422) },
  }),
  listWebhookDeliveries: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/webhooks/{endpointId}/deliveries',
    tags,
    access: ORG_ADMIN,
    summary: 'An endpoint’s deliveries of the last 30 days, newest first',
    request: { params: endpointParams, query: deliveriesQuery },
    responses: { 200: jsonContent(deliveryPageSchema, 'A page of deliveries'), ...problemResponses(400, 401, 403, 404) },
  }),
  getWebhookDelivery: defineRoute({
    method: 'get',
    path: '/orgs/{orgId}/webhooks/{endpointId}/deliveries/{eventId}',
    tags,
    access: ORG_ADMIN,
    summary: 'One delivery: the body as sent and every attempt (status, latency, what the receiver answered)',
    request: { params: deliveryParams },
    responses: { 200: jsonContent(deliveryDetailSchema, 'The delivery'), ...problemResponses(400, 401, 403, 404) },
  }),
  redeliverWebhook: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/webhooks/{endpointId}/deliveries/{eventId}/redeliver',
    tags,
    access: ORG_ADMIN,
    idempotency: 'required',
    summary: 'Send a delivered or failed event again, with a new round of attempts',
    request: { params: deliveryParams, body: jsonBody(emptyBody) },
    responses: { 202: jsonContent(deliverySchema, 'The delivery, queued'), ...problemResponses(400, 401, 403, 404, 409, 422) },
  }),
  replayWebhookDeliveries: defineRoute({
    method: 'post',
    path: '/orgs/{orgId}/webhooks/{endpointId}/replay',
    tags,
    access: ORG_ADMIN,
    throttle: 'outbound',
    idempotency: 'required',
    summary: 'Send again every delivery of the events that happened in a time range (the last 30 days), oldest first',
    description:
      'For a receiver that lost events (down longer than the retries, or restored from a backup): each delivered or failed delivery of an event in [from, to) starts a new round of attempts, 100 per call; call again with `nextCursor` for the rest. Deliveries still being tried are left as they are. Receivers deduplicate by `webhook-id` as always.',
    request: { params: endpointParams, body: jsonBody(replayBody) },
    responses: { 202: jsonContent(replayResultSchema, 'What was queued'), ...problemResponses(400, 401, 403, 404, 422) },
  }),
});

const r = webhookRoutes;

/** The webhooks router: an organisation's endpoints, their deliveries, pings and redeliveries. */
export function createWebhooksRouter(deps: WebhooksDeps) {
  const router = createRouter();
  // The answers that carry a secret are kept in their idempotency records only sealed.
  const sealer: ResponseSealer = {
    seal: (body) => deps.secrets.seal(body, storedResponseContext),
    // A record stored before sealing is plain JSON.
    open: async (stored) => (stored.startsWith('{') ? stored : deps.secrets.open(stored, storedResponseContext)),
  };
  for (const path of ['/orgs/:orgId/webhooks', '/orgs/:orgId/webhooks/*']) {
    router.use(path, async (c, next) => {
      c.set('responseSealer', sealer);
      await next();
    });
  }
  router.openapi(r.createWebhookEndpoint, async (c) => {
    const { orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    const { endpoint, secret } = await createEndpoint(deps, orgId, { ...body, eventTypes: body.eventTypes as DomainEventType[] }, requirePrincipal(c));
    return c.json({ ...endpointView(endpoint), secret }, 201);
  });
  router.openapi(r.listWebhookEndpoints, async (c) => {
    const { orgId } = c.req.valid('param');
    return c.json({ items: (await listEndpoints(deps, orgId)).map(endpointView) }, 200);
  });
  router.openapi(r.getWebhookEndpoint, async (c) => {
    const { orgId, endpointId } = c.req.valid('param');
    return c.json(endpointView(await getEndpoint(deps, orgId, endpointId)), 200);
  });
  router.openapi(r.updateWebhookEndpoint, async (c) => {
    const { orgId, endpointId } = c.req.valid('param');
    const patch = c.req.valid('json');
    const endpoint = await updateEndpoint(deps, orgId, endpointId, { ...patch, eventTypes: patch.eventTypes as DomainEventType[] | undefined });
    return c.json(endpointView(endpoint), 200);
  });
  router.openapi(r.deleteWebhookEndpoint, async (c) => {
    const { orgId, endpointId } = c.req.valid('param');
    await deleteEndpoint(deps, orgId, endpointId);
    return c.body(null, 204);
  });
  router.openapi(r.rotateWebhookSecret, async (c) => {
    const { orgId, endpointId } = c.req.valid('param');
    const { endpoint, secret } = await rotateSecret(deps, orgId, endpointId, c.req.valid('json').graceHours);
    return c.json({ ...endpointView(endpoint), secret }, 200);
  });
  router.openapi(r.pingWebhookEndpoint, async (c) => {
    const { orgId, endpointId } = c.req.valid('param');
    return c.json(await pingEndpoint(deps, orgId, endpointId), 200);
  });
  router.openapi(r.listWebhookDeliveries, async (c) => {
    const { orgId, endpointId } = c.req.valid('param');
    const { limit, cursor } = c.req.valid('query');
    const page = await listDeliveries(deps, orgId, endpointId, limit, cursor);
    return c.json({ items: page.items.map(deliveryView), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) }, 200);
  });
  router.openapi(r.getWebhookDelivery, async (c) => {
    const { orgId, endpointId, eventId } = c.req.valid('param');
    const { delivery, attempts, payload } = await getDelivery(deps, orgId, endpointId, eventId);
    const attemptLog = attempts.map(({ entity: _e, endpointId: _p, eventId: _v, expiresAt: _x, ...rest }) => rest);
    return c.json({ ...deliveryView(delivery), payload, attemptLog }, 200);
  });
  router.openapi(r.redeliverWebhook, async (c) => {
    const { orgId, endpointId, eventId } = c.req.valid('param');
    return c.json(deliveryView(await redeliver(deps, orgId, endpointId, eventId)), 202);
  });
  router.openapi(r.replayWebhookDeliveries, async (c) => {
    const { orgId, endpointId } = c.req.valid('param');
    return c.json(await replayDeliveries(deps, orgId, endpointId, c.req.valid('json')), 202);
  });
  return router;
}
