import type { DomainEvent } from '@ayni/core';
import type { EndpointItem } from '../model.js';

/**
 * The body a receiver gets: Standard Webhooks' `type`, `timestamp` and `data`, with the event's id
 * (also in the `webhook-id` header, to deduplicate by), its schema version, and the aggregate and
 * sequence number to order an aggregate's events by. The organisations the event concerns are not
 * sent: a receiver learns only what its own organisation may read.
 */
export function webhookBody(event: DomainEvent): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    timestamp: event.occurredAt,
    version: event.version,
    aggregate: event.aggregate,
    data: event.data,
  });
}

/** The secrets that sign now: the current one, and the previous one while its rotation grace lasts. */
export function signingSecrets(endpoint: Pick<EndpointItem, 'secret' | 'previousSecret' | 'previousSecretExpiresAt'>, now: string): string[] {
  const secrets = [endpoint.secret];
  if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) secrets.push(endpoint.previousSecret);
  return secrets;
}
