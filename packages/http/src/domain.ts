import type { Logger } from '@aws-lambda-powertools/logger';
import type { Authenticator } from '@ayni/auth';
import type { Clock, Config } from '@ayni/core';
import type { IdempotencyStore, Store } from '@ayni/store';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './env.js';

export interface ComponentHealth {
  readonly ok: boolean;
  /** False when the dependency is not set up in this deployment: reported, but not a failure. */
  readonly configured?: boolean;
  readonly [detail: string]: unknown;
}

/** Reachability probes of the parts the API depends on; each must answer within a few seconds. */
export interface HealthChecks {
  readonly dynamodb: () => Promise<ComponentHealth>;
  readonly chain: () => Promise<ComponentHealth>;
}

/** Everything a request handler may depend on, built once per process from validated config. */
export interface Runtime {
  readonly config: Config;
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly idempotency: IdempotencyStore;
  readonly authenticator: Authenticator;
  readonly checks: HealthChecks;
}

/** A domain's HTTP surface: a router built from the runtime, mounted under `/v1`. */
export interface DomainModule {
  readonly name: string;
  readonly createRouter: (runtime: Runtime) => OpenAPIHono<AppEnv>;
  /** Optional routes mounted at the root instead of `/v1` (public pages such as `/p/{lotId}`). */
  readonly createRootRouter?: (runtime: Runtime) => OpenAPIHono<AppEnv>;
  /** Optional: what the domain sends to others (the OpenAPI document's `webhooks`), registered on the app's document. */
  readonly documentWebhooks?: (registry: OpenAPIHono<AppEnv>['openAPIRegistry']) => void;
}
