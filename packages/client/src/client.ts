import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { IDEMPOTENCY_KEY_OPERATIONS } from './operations.js';
import { retryingFetch, type RetryOptions } from './retry.js';
import type { paths } from './schema.js';

export type AyniLanguage = 'es' | 'qu' | 'en';

export interface AyniClientOptions {
  /** The API's origin, e.g. `http://localhost:3000` (paths already start with `/v1`). */
  readonly baseUrl: string;
  /** A bearer token, or a function asked before each call (to refresh one that expires). */
  readonly token?: string | (() => string | Promise<string>);
  /** The language of `title`, `detail` and messages (Accept-Language); the API's default is Spanish. */
  readonly lang?: AyniLanguage;
  /** Another fetch (a proxy agent, a test double). Default: the global fetch at call time. */
  readonly fetch?: typeof fetch;
  readonly retry?: RetryOptions;
}

/** openapi-fetch's client over Ayni's `paths`: `GET`, `POST`, `PATCH`, … typed by path, params and body. */
export type AyniClient = Client<paths>;

function headerMiddleware({ token, lang }: AyniClientOptions): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const { headers } = request;
      if (token !== undefined && !headers.has('authorization')) headers.set('authorization', `Bearer ${typeof token === 'function' ? await token() : token}`);
      if (lang !== undefined && !headers.has('accept-language')) headers.set('accept-language', lang);
      // Set once per call, above the retries, so every attempt of the call carries the same key.
      if (IDEMPOTENCY_KEY_OPERATIONS[`${request.method.toUpperCase()} ${schemaPath}`] && !headers.has('idempotency-key')) {
        headers.set('idempotency-key', crypto.randomUUID());
      }
      return request;
    },
  };
}

/**
 * A typed client for Ayni's API. Each call gets the bearer token, `Accept-Language`, and, on the
 * operations that take one, an `Idempotency-Key` (a fresh UUID unless the call gives its own in
 * `params.header`); 429 and 503 answers are retried as `retry` says. Calls resolve to openapi-fetch's
 * `{ data, error, response }`; `unwrap()` turns an error into a thrown AyniProblem.
 */
export function createAyniClient(options: AyniClientOptions): AyniClient {
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: retryingFetch((request) => fetchImpl(request), options.retry) });
  client.use(headerMiddleware(options));
  return client;
}
