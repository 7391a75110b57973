import type { DomainEvent, DomainEventType } from '@ayni/core';

export const MAX_ENDPOINTS_PER_ORGANISATION = 10;
/** Deliveries and their attempts are kept this long (TTL), then DynamoDB removes them. */
export const DELIVERY_RETENTION_DAYS = 30;
/** Longest rotation grace: the previous secret keeps signing beside the new one until then. */
export const MAX_ROTATION_GRACE_HOURS = 7 * 24;
/** An endpoint is disabled once this many attempts in a row have failed over at least DISABLE_AFTER_FAILING_HOURS. */
export const DISABLE_AFTER_FAILURES = 20;
export const DISABLE_AFTER_FAILING_HOURS = 24;

export interface EndpointItem {
  entity: 'WebhookEndpoint';
  id: string;
  orgId: string;
  url: string;
  description?: string;
  eventTypes: DomainEventType[];
  enabled: boolean;
  /** Why it is disabled: by a person, or by Ayni because it kept failing. */
  disabledReason?: 'manual' | 'failing';
  disabledAt?: string;
  secret: string;
  previousSecret?: string;
  previousSecretExpiresAt?: string;
  consecutiveFailures: number;
  failingSince?: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  version: number;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface DeliveryItem {
  entity: 'WebhookDelivery';
  endpointId: string;
  orgId: string;
  eventId: string;
  eventType: DomainEventType;
  event: DomainEvent;
  status: DeliveryStatus;
  attempts: number;
  /** Attempts of the current round (a manual redelivery starts a new round). */
  roundAttempts: number;
  roundStartedAt: string;
  nextAttemptAt: string;
  /** A worker holds the delivery until then (a duplicate queue message finds it held). */
  leaseUntil?: string;
  lastAttemptAt?: string;
  lastStatus?: number;
  lastError?: string;
  deliveredAt?: string;
  failedAt?: string;
  createdAt: string;
  expiresAt: number;
}

export interface AttemptItem {
  entity: 'WebhookAttempt';
  endpointId: string;
  eventId: string;
  attempt: number;
  at: string;
  ok: boolean;
  status?: number;
  error?: string;
  latencyMs: number;
  excerpt: string;
  expiresAt: number;
}

/** What a queue message carries: which delivery to attempt. The delivery item holds the rest. */
export interface DeliveryJob {
  readonly endpointId: string;
  readonly orgId: string;
  readonly eventId: string;
}
