import { Logger } from '@aws-lambda-powertools/logger';
import { createJwksVerifier, createLocalVerifier, type Authenticator, type TokenVerifier } from '@ayni/auth';
import { readLocalKeyPair } from '@ayni/auth/local-issuer';
import { checkChain } from '@ayni/chain';
import { shiftedClock, systemClock, type Clock, type Config } from '@ayni/core';
import { createDynamoClient, createStore, DEFAULT_DYNAMO_TIMEOUTS, IdempotencyStore, probeTable } from '@ayni/store';
import type { Runtime } from '@ayni/http';

export type { Runtime } from '@ayni/http';

export interface RuntimeOverrides {
  readonly clock?: Clock;
  readonly authenticator?: Authenticator;
  readonly logger?: Logger;
}

export function createLogger(config: Config, serviceName = 'ayni'): Logger {
  return new Logger({
    serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? serviceName,
    logLevel: config.LOG_LEVEL.toUpperCase() as 'INFO',
  });
}

/**
 * Gateway mode trusts the authorizer's claims and verifies tokens on public routes against the
 * issuer's JWKS; local mode verifies with the key `npm start` keeps under DATA_DIR, read when the
 * first token arrives (jobs and CLIs that serve no requests never need it).
 */
function defaultAuthenticator(config: Config): Authenticator {
  if (config.AUTH_MODE === 'gateway') {
    return { mode: 'gateway', verify: createJwksVerifier({ issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE }) };
  }
  let verifier: Promise<TokenVerifier> | undefined;
  return {
    mode: 'local',
    verify: async (token) => {
      verifier ??= readLocalKeyPair(config.DATA_DIR).then((keys) =>
        createLocalVerifier({ issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE, publicJwk: keys.publicJwk }),
      );
      return (await verifier)(token);
    },
  };
}

export async function createRuntime(config: Config, overrides: RuntimeOverrides = {}): Promise<Runtime> {
  const client = createDynamoClient({
    region: config.AWS_REGION,
    endpoint: config.AWS_ENDPOINT_URL_DYNAMODB,
    timeouts: {
      requestMs: config.DYNAMODB_TIMEOUT_MS,
      connectionMs: Math.max(DEFAULT_DYNAMO_TIMEOUTS.connectionMs, config.DYNAMODB_TIMEOUT_MS),
      maxAttempts: config.DYNAMODB_MAX_ATTEMPTS,
    },
  });
  const store = createStore({ tableName: config.TABLE_NAME, region: config.AWS_REGION }, client);
  const clock = overrides.clock ?? (config.CLOCK_START ? shiftedClock(config.CLOCK_START) : systemClock);
  const rpcUrl = config.CHAIN_RPC_URL;
  return {
    config,
    store,
    clock,
    logger: overrides.logger ?? createLogger(config),
    idempotency: new IdempotencyStore(store, clock, { ttlSeconds: config.IDEMPOTENCY_TTL_HOURS * 3600 }),
    authenticator: overrides.authenticator ?? defaultAuthenticator(config),
    checks: {
      dynamodb: () => probeTable(client, config.TABLE_NAME),
      chain: async () =>
        rpcUrl
          ? checkChain(rpcUrl, { expectedChainId: config.CHAIN_ID })
          : { ok: false, configured: false, error: 'CHAIN_RPC_URL is not set: events are recorded, not anchored' },
    },
  };
}
