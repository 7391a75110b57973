import type { Clock } from '@ayni/core';
import type { Store } from '@ayni/store';
import type { DeliveryQueue } from '../queue.js';
import type { SecretBox } from '../secret-box.js';
import { WebhooksRepository } from '../repository.js';
import { postWebhook } from '../transport.js';

/** What the webhooks services depend on, built once per process. */
export interface WebhooksDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly queue: DeliveryQueue;
  /** Seals endpoint secrets before they are stored, and opens them to sign. */
  readonly secrets: SecretBox;
  /** The HTTP sender (postWebhook): injected so a test can count what it was asked to send. */
  readonly send?: typeof postWebhook;
  /** Local only: endpoints may be `http://` on a loopback address. */
  readonly allowLoopbackHttp?: boolean;
  /** Jitter of the retry delays; Math.random unless a test fixes it. */
  readonly random?: () => number;
}

export function repositoryOf(deps: WebhooksDeps): WebhooksRepository {
  return new WebhooksRepository(deps.store);
}

export const nowIso = (deps: Pick<WebhooksDeps, 'clock'>): string => deps.clock.now().toISOString();

export function addSeconds(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

export function expiresAt(iso: string, days: number): number {
  return Math.floor(Date.parse(iso) / 1000) + days * 24 * 3600;
}
