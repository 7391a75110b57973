import type { DomainEvent } from '@ayni/core';
import { DELIVERY_POLICY, nextAttemptDelaySeconds, shouldRetry } from '../backoff.js';
import {
  DELIVERY_RETENTION_DAYS,
  DISABLE_AFTER_FAILING_HOURS,
  DISABLE_AFTER_FAILURES,
  type AttemptItem,
  type DeliveryJob,
  type EndpointItem,
} from '../model.js';
import { endpointSecretContext } from '../secret-box.js';
import { signWebhook } from '../signing.js';
import { postWebhook, type DeliveryOutcome } from '../transport.js';
import { addSeconds, expiresAt, nowIso, repositoryOf, type WebhooksDeps } from './context.js';
import { signingSecrets, webhookBody } from './payload.js';

/** How long one worker holds a delivery: longer than an attempt can take (connect + answer ≤ 10 s). */
const LEASE_SECONDS = 60;

export type AttemptOutcome = 'delivered' | 'retry' | 'failed' | 'deferred' | 'skipped';

/** Whether an endpoint has failed long and often enough to be disabled. */
export function keepsFailing(endpoint: Pick<EndpointItem, 'consecutiveFailures' | 'failingSince'>, now: string): boolean {
  if (endpoint.consecutiveFailures < DISABLE_AFTER_FAILURES || !endpoint.failingSince) return false;
  return Date.parse(now) - Date.parse(endpoint.failingSince) >= DISABLE_AFTER_FAILING_HOURS * 3600 * 1000;
}

/** One signed POST of an event to an endpoint (with both secrets during a rotation's grace): what the receiver said. */
export async function sendSigned(deps: WebhooksDeps, endpoint: EndpointItem, event: DomainEvent): Promise<DeliveryOutcome> {
  const body = webhookBody(event);
  const context = endpointSecretContext(endpoint);
  const secrets = await Promise.all(signingSecrets(endpoint, nowIso(deps)).map((sealed) => deps.secrets.open(sealed, context)));
  const headers = signWebhook({ id: event.id, timestamp: deps.clock.now(), body, secrets });
  return (deps.send ?? postWebhook)({ url: endpoint.url, headers, body, allowLoopbackHttp: deps.allowLoopbackHttp ?? false });
}

/** The log item of one attempt, kept DELIVERY_RETENTION_DAYS. */
export function attemptRecord(job: Pick<DeliveryJob, 'endpointId' | 'eventId'>, attempt: number, at: string, result: DeliveryOutcome): AttemptItem {
  return {
    entity: 'WebhookAttempt',
    endpointId: job.endpointId,
    eventId: job.eventId,
    attempt,
    at,
    ok: result.ok,
    ...(result.status !== undefined ? { status: result.status } : {}),
    ...(result.error ? { error: result.error } : {}),
    latencyMs: result.latencyMs,
    excerpt: result.excerpt,
    expiresAt: expiresAt(at, DELIVERY_RETENTION_DAYS),
  };
}

/**
 * One attempt of one delivery, as a queue message asks. The delivery item is the truth: a message for
 * a delivery that is not pending, not due yet, or held by another worker does nothing (or waits
 * again), so duplicate messages never send twice at once. A failed attempt is retried with
 * exponential backoff and jitter until the attempts or the age run out; then the delivery is failed
 * and its job goes to the dead-letter queue. Throws only when the table cannot be reached (the
 * message then comes back, and the lease keeps the retry from overlapping).
 */
export async function attemptDelivery(deps: WebhooksDeps, job: DeliveryJob): Promise<AttemptOutcome> {
  const repo = repositoryOf(deps);
  const now = nowIso(deps);
  const current = await repo.getDelivery(job.endpointId, job.eventId);
  if (!current || current.status !== 'pending') return 'skipped';
  if (current.nextAttemptAt > now) {
    // SQS delays at most 15 minutes: a later attempt waits again for what is left.
    await deps.queue.enqueue([{ job, delaySeconds: Math.ceil((Date.parse(current.nextAttemptAt) - Date.parse(now)) / 1000) }]);
    return 'deferred';
  }
  const endpoint = await repo.getEndpoint(job.orgId, job.endpointId);
  if (!endpoint || !endpoint.enabled) {
    await repo.abandonDelivery(job.endpointId, job.eventId, now, endpoint ? 'endpoint-disabled' : 'endpoint-removed');
    return 'failed';
  }
  const delivery = await repo.claimDelivery(job.endpointId, job.eventId, now, addSeconds(now, LEASE_SECONDS));
  if (!delivery) return 'skipped';

  const result = await sendSigned(deps, endpoint, delivery.event);
  const at = nowIso(deps);
  const attempt = attemptRecord(job, delivery.attempts, at, result);
  const failure = { lastStatus: result.status ?? 0, lastError: result.error ?? '' };

  if (result.ok) {
    await repo.finishAttempt(attempt, { status: 'delivered', at, lastStatus: result.status ?? 0 });
    await repo.countOutcome(job.orgId, job.endpointId, true, at);
    return 'delivered';
  }
  const counted = await repo.countOutcome(job.orgId, job.endpointId, false, at);
  if (counted && keepsFailing(counted, at)) await repo.disableFailing(job.orgId, job.endpointId, at);

  const delaySeconds = nextAttemptDelaySeconds(delivery.roundAttempts, deps.random ?? Math.random);
  if (
    shouldRetry({
      attempt: delivery.roundAttempts,
      firstAttemptAt: new Date(delivery.roundStartedAt),
      now: new Date(at),
      delaySeconds,
      policy: DELIVERY_POLICY,
    })
  ) {
    await repo.finishAttempt(attempt, { status: 'pending', at, nextAttemptAt: addSeconds(at, delaySeconds), ...failure });
    await deps.queue.enqueue([{ job, delaySeconds }]);
    return 'retry';
  }
  await repo.finishAttempt(attempt, { status: 'failed', at, ...failure });
  await deps.queue.deadLetter(
    job,
    `${delivery.roundAttempts} attempts failed; last: ${result.error ?? 'no answer'}${result.status ? ` ${result.status}` : ''}`,
  );
  return 'failed';
}
