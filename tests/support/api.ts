import { Logger } from '@aws-lambda-powertools/logger';
import { buildApi, createRuntime, type DomainModule, type Runtime } from '@ayni/api';
import { createLocalVerifier, type Role } from '@ayni/auth';
import { generateLocalKeyPair, issueLocalToken, type LocalKeyPair } from '@ayni/auth/local-issuer';
import { loadConfig, shiftedClock, type Clock } from '@ayni/core';
import { createTestTable, TEST_REGION } from './dynamodb.js';

export const TEST_ISSUER = 'https://auth.ayni.test';
export const TEST_AUDIENCE = 'ayni-test';
/**
 * The instant every test API starts at unless a test gives its own clock; it then runs at real
 * speed (waits and leases still take real time). Tests never read the machine's date, so they pass
 * on any day; the dates written in tests (lots made 2026-11-01, ...) are relative to this one.
 */
export const TEST_EPOCH = '2026-11-20T15:00:00Z';

export interface TestApi {
  readonly app: ReturnType<typeof buildApi>;
  readonly runtime: Runtime;
  readonly keys: LocalKeyPair;
  /** A valid bearer token for these claims. */
  token(claims: { sub: string; org?: string; roles: Role[] }): Promise<string>;
  /** `fetch`-like call into the app, with JSON body and bearer token handled. */
  call(method: string, path: string, options?: { token?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
}

/**
 * The real application (real DynamoDB Local table, real JWT verification with a key made for this
 * file) for the given domains, driven in-process with `app.request()`.
 */
export async function createTestApi(
  domains: readonly DomainModule[],
  options: {
    clock?: Clock;
    env?: Record<string, string>;
    chainRpcUrl?: string;
    dynamodbEndpoint?: string;
    /** Another test API's table, to see the same data through other settings. */
    table?: { tableName: string; endpoint: string };
    /** The table gets its stream (for the webhook pipeline's tests). */
    stream?: boolean;
  } = {},
): Promise<TestApi> {
  const { tableName, endpoint } = options.table ?? (await createTestTable('api', options.dynamodbEndpoint, { stream: options.stream ?? false }));
  const keys = await generateLocalKeyPair();
  const config = loadConfig({
    TABLE_NAME: tableName,
    AWS_REGION: TEST_REGION,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    AUTH_ISSUER: TEST_ISSUER,
    AUTH_AUDIENCE: TEST_AUDIENCE,
    LOG_LEVEL: 'silent',
    // Tests run two files at once beside DynamoDB Local on two cores: a call may wait seconds for
    // CPU. The production limits (1 s, 2 attempts) are what database-stall.test.ts exercises.
    DYNAMODB_TIMEOUT_MS: '15000',
    DYNAMODB_MAX_ATTEMPTS: '3',
    ...(options.chainRpcUrl ? { CHAIN_RPC_URL: options.chainRpcUrl } : {}),
    ...options.env,
  });
  const runtime = await createRuntime(config, {
    clock: options.clock ?? shiftedClock(TEST_EPOCH),
    logger: new Logger({ serviceName: 'ayni-test', logLevel: 'SILENT' }),
    authenticator: {
      mode: 'local',
      verify: await createLocalVerifier({ issuer: TEST_ISSUER, audience: TEST_AUDIENCE, publicJwk: keys.publicJwk }),
    },
  });
  const app = buildApi(runtime, domains);
  const token: TestApi['token'] = (claims) => issueLocalToken(keys, { ...claims, issuer: TEST_ISSUER, audience: TEST_AUDIENCE, expiresIn: '1h' });
  return {
    app,
    runtime,
    keys,
    token,
    call: (method, path, callOptions = {}) => {
      const headers: Record<string, string> = { ...callOptions.headers };
      if (callOptions.token) headers.authorization = `Bearer ${callOptions.token}`;
      let body: string | undefined;
      if (callOptions.body !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = typeof callOptions.body === 'string' ? callOptions.body : JSON.stringify(callOptions.body);
      }
      return Promise.resolve(app.request(path, { method, headers, body }));
    },
  };
}
