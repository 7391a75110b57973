import { Conflict, NotFound, UnprocessableRequest, ValidationFailed, domainEvent, englishOf, message, newId, type DomainEventType } from '@ayni/core';
import type { Page } from '@ayni/store';
import { isIP } from 'node:net';
import { FIELD_TEXTS, MESSAGES } from '../messages.js';
import { DELIVERY_RETENTION_DAYS, MAX_ENDPOINTS_PER_ORGANISATION, type DeliveryItem, type EndpointItem } from '../model.js';
import { attemptRecord, sendSigned } from './deliver.js';
import { EndpointLimitReached, StaleEndpoint } from '../repository.js';
import { endpointSecretContext } from '../secret-box.js';
import { generateWebhookSecret } from '../signing.js';
import { isForbiddenAddress } from '../transport.js';
import { addSeconds, expiresAt, nowIso, repositoryOf, type WebhooksDeps } from './context.js';
import { webhookBody } from './payload.js';

export class EndpointLimit extends UnprocessableRequest {
  override readonly type = 'webhook-endpoint-limit';
  override readonly title = 'The organisation has as many webhook endpoints as it may';
}

const LOOPBACK_NAMES = new Set(['localhost']);

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (LOOPBACK_NAMES.has(host.toLowerCase())) return true;
  return (isIP(host) === 4 && host.startsWith('127.')) || host === '::1';
}

/**
 * The rules of an endpoint's address that can be checked when it is registered: https (http only
 * to a loopback address, and only where the deployment allows it), no credentials, and no literal
 * private, loopback, link-local or metadata address. A name is resolved and checked again at every
 * delivery (transport.ts), since what it resolves to can change.
 */
export function checkEndpointUrl(raw: string, allowLoopbackHttp: boolean): void {
  const url = new URL(raw);
  const loopbackAllowed = allowLoopbackHttp && isLoopback(url.hostname);
  const fail = (key: keyof typeof FIELD_TEXTS) => {
    throw new ValidationFailed([{ path: 'url', message: FIELD_TEXTS[key].en, msg: message(FIELD_TEXTS, key) }]);
  };
  if (url.username || url.password) fail('webhooks.field.https');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopbackAllowed)) fail('webhooks.field.https');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!loopbackAllowed && (LOOPBACK_NAMES.has(host.toLowerCase()) || (isIP(host) !== 0 && isForbiddenAddress(host)))) fail('webhooks.field.public-address');
}

function notFound(endpointId: string): NotFound {
  return new NotFound(message(MESSAGES, 'webhooks.endpoint-not-found', { endpointId }));
}

/** An endpoint as answered: never its secrets. */
export function endpointView(endpoint: EndpointItem) {
  const { entity: _entity, secret: _secret, previousSecret: _previous, createdBy: _createdBy, ...rest } = endpoint;
  return rest;
}

export async function createEndpoint(
  deps: WebhooksDeps,
  orgId: string,
  input: { url: string; eventTypes: DomainEventType[]; description?: string | undefined },
  actor: { sub: string },
): Promise<{ endpoint: EndpointItem; secret: string }> {
  checkEndpointUrl(input.url, deps.allowLoopbackHttp ?? false);
  const now = nowIso(deps);
  const id = newId('whe', deps.clock.now().getTime());
  const secret = generateWebhookSecret();
  const endpoint: EndpointItem = {
    entity: 'WebhookEndpoint',
    id,
    orgId,
    url: input.url,
    ...(input.description ? { description: input.description } : {}),
    eventTypes: input.eventTypes,
    enabled: true,
    // Stored sealed only; the caller gets it in the clear once, now.
    secret: await deps.secrets.seal(secret, endpointSecretContext({ orgId, id })),
    consecutiveFailures: 0,
    createdAt: now,
    createdBy: actor.sub,
    updatedAt: now,
    version: 1,
  };
  try {
    await repositoryOf(deps).createEndpoint(endpoint);
  } catch (error) {
    if (error instanceof EndpointLimitReached) {
      throw new EndpointLimit(message(MESSAGES, 'webhooks.endpoint-limit', { max: MAX_ENDPOINTS_PER_ORGANISATION }), { cause: error });
    }
    throw error;
  }
  return { endpoint, secret };
}

export async function getEndpoint(deps: WebhooksDeps, orgId: string, endpointId: string): Promise<EndpointItem> {
  const endpoint = await repositoryOf(deps).getEndpoint(orgId, endpointId);
  if (!endpoint) throw notFound(endpointId);
  return endpoint;
}

export function listEndpoints(deps: WebhooksDeps, orgId: string): Promise<EndpointItem[]> {
  return repositoryOf(deps).listEndpoints(orgId);
}

/** Applies a change to an endpoint read at its current version (a concurrent change is a 409). */
async function change(
  deps: WebhooksDeps,
  orgId: string,
  endpointId: string,
  apply: (endpoint: EndpointItem, now: string) => EndpointItem,
): Promise<EndpointItem> {
  const current = await getEndpoint(deps, orgId, endpointId);
  const now = nowIso(deps);
  const next = { ...apply(current, now), updatedAt: now, version: current.version + 1 };
  try {
    await repositoryOf(deps).saveEndpoint(next, current.version);
  } catch (error) {
    if (error instanceof StaleEndpoint) throw new Conflict(message(MESSAGES, 'webhooks.endpoint-changed'), { cause: error });
    throw error;
  }
  return next;
}

export function updateEndpoint(
  deps: WebhooksDeps,
  orgId: string,
  endpointId: string,
  patch: { url?: string | undefined; eventTypes?: DomainEventType[] | undefined; description?: string | null | undefined; enabled?: boolean | undefined },
): Promise<EndpointItem> {
  if (patch.url !== undefined) checkEndpointUrl(patch.url, deps.allowLoopbackHttp ?? false);
  return change(deps, orgId, endpointId, (endpoint, now) => {
    const next: EndpointItem = { ...endpoint };
    if (patch.url !== undefined) next.url = patch.url;
    if (patch.eventTypes !== undefined) next.eventTypes = patch.eventTypes;
    if (patch.description === null) delete next.description;
    else if (patch.description !== undefined) next.description = patch.description;
    if (patch.enabled === true && !endpoint.enabled) {
      next.enabled = true;
      next.consecutiveFailures = 0;
      delete next.failingSince;
      delete next.disabledReason;
      delete next.disabledAt;
    } else if (patch.enabled === false && endpoint.enabled) {
      next.enabled = false;
      next.disabledReason = 'manual';
      next.disabledAt = now;
    }
    return next;
  });
}

/** A new signing secret (stored sealed, answered once); the previous one keeps signing beside it for `graceHours` (0: not at all). */
export async function rotateSecret(
  deps: WebhooksDeps,
  orgId: string,
  endpointId: string,
  graceHours: number,
): Promise<{ endpoint: EndpointItem; secret: string }> {
  const secret = generateWebhookSecret();
  const sealed = await deps.secrets.seal(secret, endpointSecretContext({ orgId, id: endpointId }));
  const endpoint = await change(deps, orgId, endpointId, (endpoint, now) => {
    const next: EndpointItem = { ...endpoint, secret: sealed };
    if (graceHours > 0) {
      next.previousSecret = endpoint.secret;
      next.previousSecretExpiresAt = addSeconds(now, graceHours * 3600);
    } else {
      delete next.previousSecret;
      delete next.previousSecretExpiresAt;
    }
    return next;
  });
  return { endpoint, secret };
}

export async function deleteEndpoint(deps: WebhooksDeps, orgId: string, endpointId: string): Promise<void> {
  if (!(await repositoryOf(deps).deleteEndpoint(orgId, endpointId))) throw notFound(endpointId);
}

/**
 * A test event sent now, signed like every delivery, and answered with what the receiver said. It is
 * logged with the endpoint's deliveries and never retried.
 */
export async function pingEndpoint(deps: WebhooksDeps, orgId: string, endpointId: string) {
  const endpoint = await getEndpoint(deps, orgId, endpointId);
  if (!endpoint.enabled) throw new UnprocessableRequest(message(MESSAGES, 'webhooks.endpoint-disabled'));
  const now = nowIso(deps);
  const event = domainEvent({
    type: 'webhook.ping',
    occurredAt: now,
    organisations: [orgId],
    aggregate: { type: 'endpoint', id: endpointId, seq: deps.clock.now().getTime() },
    data: { endpointId, url: endpoint.url },
  });
  const result = await sendSigned(deps, endpoint, event);
  const at = nowIso(deps);
  const repo = repositoryOf(deps);
  const delivery: DeliveryItem = {
    entity: 'WebhookDelivery',
    endpointId,
    orgId,
    eventId: event.id,
    eventType: event.type,
    event,
    status: result.ok ? 'delivered' : 'failed',
    attempts: 1,
    roundAttempts: 1,
    roundStartedAt: now,
    nextAttemptAt: now,
    lastAttemptAt: now,
    ...(result.status !== undefined ? { lastStatus: result.status } : {}),
    ...(result.error ? { lastError: result.error } : {}),
    ...(result.ok ? { deliveredAt: at } : { failedAt: at }),
    createdAt: now,
    expiresAt: expiresAt(now, DELIVERY_RETENTION_DAYS),
  };
  await repo.putDeliveryIfAbsent(delivery);
  const attempt = attemptRecord({ endpointId, eventId: event.id }, 1, at, result);
  await repo.recordAttempt(attempt);
  return {
    eventId: event.id,
    ok: result.ok,
    ...(result.status !== undefined ? { status: result.status } : {}),
    ...(result.error ? { error: result.error } : {}),
    latencyMs: result.latencyMs,
    excerpt: result.excerpt,
  };
}

/** A delivery as answered (the payload as sent, not the stored envelope). */
export function deliveryView(delivery: DeliveryItem) {
  const {
    entity: _e,
    endpointId: _endpoint,
    orgId: _org,
    event: _event,
    leaseUntil: _lease,
    roundAttempts: _ra,
    roundStartedAt: _rs,
    expiresAt: _x,
    ...rest
  } = delivery;
  return { ...rest, ...(delivery.status === 'pending' ? {} : { nextAttemptAt: undefined }) };
}

export async function listDeliveries(deps: WebhooksDeps, orgId: string, endpointId: string, limit: number, cursor?: string): Promise<Page<DeliveryItem>> {
  await getEndpoint(deps, orgId, endpointId);
  return repositoryOf(deps).listDeliveries(endpointId, limit, cursor);
}

export async function getDelivery(deps: WebhooksDeps, orgId: string, endpointId: string, eventId: string) {
  await getEndpoint(deps, orgId, endpointId);
  const repo = repositoryOf(deps);
  const delivery = await repo.getDelivery(endpointId, eventId);
  if (!delivery || delivery.orgId !== orgId) throw new NotFound(message(MESSAGES, 'webhooks.delivery-not-found', { endpointId, eventId }));
  const attempts = await repo.listAttempts(endpointId, eventId, 100);
  return { delivery, attempts, payload: JSON.parse(webhookBody(delivery.event)) as Record<string, unknown> };
}

/** Sends a delivery again from its first attempt (delivered or failed: a pending one is still being tried). */
export async function redeliver(deps: WebhooksDeps, orgId: string, endpointId: string, eventId: string): Promise<DeliveryItem> {
  const endpoint = await getEndpoint(deps, orgId, endpointId);
  if (!endpoint.enabled) throw new UnprocessableRequest(message(MESSAGES, 'webhooks.endpoint-disabled'));
  const repo = repositoryOf(deps);
  const existing = await repo.getDelivery(endpointId, eventId);
  if (!existing || existing.orgId !== orgId) throw new NotFound(message(MESSAGES, 'webhooks.delivery-not-found', { endpointId, eventId }));
  const restarted = await repo.restartDelivery(endpointId, eventId, nowIso(deps));
  if (!restarted) throw new Conflict(message(MESSAGES, 'webhooks.delivery-in-progress', { eventId }));
  await deps.queue.enqueue([{ job: { endpointId, orgId, eventId }, delaySeconds: 0 }]);
  return restarted;
}

/** At most this many deliveries are replayed per call (the answer's cursor goes on). */
export const REPLAY_PAGE_SIZE = 100;

export interface ReplayResult {
  /** Deliveries sent again, each with a new round of attempts. */
  readonly queued: number;
  /** Deliveries still being tried (pending), left as they are. */
  readonly inProgress: number;
  readonly from: string;
  readonly to: string;
  /** Where the next call goes on; absent when the range is done. */
  readonly nextCursor?: string;
}

/**
 * Replays an endpoint's deliveries of the events that happened in [from, to) (default: until now),
 * oldest first, a bounded page per call: beyond the stream's 24 hours, within the deliveries'
 * 30 days. Ended deliveries (delivered or failed) start a new round; pending ones are on their way.
 * Only events the endpoint was subscribed to when they happened have a delivery to replay.
 */
export async function replayDeliveries(
  deps: WebhooksDeps,
  orgId: string,
  endpointId: string,
  range: { from: string; to?: string | undefined; cursor?: string | undefined },
  pageSize = REPLAY_PAGE_SIZE,
): Promise<ReplayResult> {
  const endpoint = await getEndpoint(deps, orgId, endpointId);
  if (!endpoint.enabled) throw new UnprocessableRequest(message(MESSAGES, 'webhooks.endpoint-disabled'));
  const to = range.to ?? nowIso(deps);
  if (Date.parse(range.from) >= Date.parse(to)) {
    const msg = message(FIELD_TEXTS, 'webhooks.field.replay-range');
    throw new ValidationFailed([{ path: range.to === undefined ? 'from' : 'to', message: englishOf(msg), msg }]);
  }
  const repo = repositoryOf(deps);
  const page = await repo.listDeliveriesBetween(endpointId, Date.parse(range.from), Date.parse(to), pageSize, range.cursor);
  const at = nowIso(deps);
  const restarted: DeliveryItem[] = [];
  for (let i = 0; i < page.items.length; i += 10) {
    const chunk = page.items.slice(i, i + 10).filter((delivery) => delivery.orgId === orgId && delivery.status !== 'pending');
    const results = await Promise.all(chunk.map((delivery) => repo.restartDelivery(endpointId, delivery.eventId, at)));
    restarted.push(...results.filter((result): result is DeliveryItem => result !== undefined));
  }
  if (restarted.length > 0) await deps.queue.enqueue(restarted.map((delivery) => ({ job: { endpointId, orgId, eventId: delivery.eventId }, delaySeconds: 0 })));
  return {
    queued: restarted.length,
    inProgress: page.items.length - restarted.length,
    from: range.from,
    to,
    ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
  };
}
