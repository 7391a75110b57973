import { checkAccess, type Access } from '@ayni/auth';
import { createRoute, OpenAPIHono, z, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { idempotency } from './idempotency.js';
import { FIELD_MESSAGES } from './messages.js';
import { validationProblemFrom } from './problem.js';
import { message, ValidationFailed } from '@ayni/core';

/** Name of the bearer security scheme in the OpenAPI document. */
export const BEARER_SCHEME = 'bearer';

/** Vendor extension carrying a route's access rule in the OpenAPI document. */
export const ACCESS_EXTENSION = 'x-ayni-access';

/** Vendor extension carrying a route's own throttling limit (API Gateway route settings) in the OpenAPI document. */
export const THROTTLE_EXTENSION = 'x-ayni-throttle';

export interface RouteThrottle {
  /** Steady-state requests per second, over all callers (API Gateway's HTTP APIs throttle per route, not per caller). */
  readonly rateLimit: number;
  readonly burstLimit: number;
  readonly reason: string;
}

/** What every route of the stage may take, unless its own limit is lower. */
export const STAGE_THROTTLE = { rateLimit: 100, burstLimit: 200 } as const;

/** Lower limits for routes that cost more than a request: the CDK stack sets them as the stage's route settings. */
export const ROUTE_THROTTLES = {
  export: { rateLimit: 2, burstLimit: 5, reason: 'a CSV export reads up to thousands of items' },
  outbound: { rateLimit: 1, burstLimit: 3, reason: 'each call makes Ayni send a request to another server' },
} as const satisfies Record<string, RouteThrottle>;

export interface AyniRouteConfig extends RouteConfig {
  /** Who may call the route. Every route must say it. */
  readonly access: Access;
  /** `required`: POSTs that create or move something; the header is mandatory. */
  readonly idempotency?: 'required' | 'optional';
  /** A lower limit than the stage's; CSV exports get `export` unless they say otherwise. */
  readonly throttle?: keyof typeof ROUTE_THROTTLES;
  /** The response carries a secret: its idempotency record keeps it sealed (the router sets a `responseSealer`). */
  readonly sealStoredResponse?: true;
}

/**
 * API Gateway's own answer when a limit is reached: its body, not a problem document (an HTTP API
 * cannot rewrite gateway responses), and no Retry-After: retry with backoff.
 */
function throttledResponse(throttle: RouteThrottle | undefined) {
  const limit = throttle ?? STAGE_THROTTLE;
  return {
    description: `Throttled by API Gateway: this route takes ${limit.rateLimit} requests per second (bursts of ${limit.burstLimit}) over all callers${throttle ? `, since ${throttle.reason}` : ''}. Retry with exponential backoff.`,
    headers: { 'apigw-requestid': { description: 'API Gateway’s id of the request', schema: { type: 'string' as const } } },
    content: {
      'application/json': { schema: { type: 'object' as const, properties: { message: { type: 'string' as const, example: 'Too Many Requests' } } } },
    },
  };
}

function throttleOf(route: AyniRouteConfig): RouteThrottle | undefined {
  if (route.throttle) return ROUTE_THROTTLES[route.throttle];
  const csv = Object.values(route.responses ?? {}).some((response) => 'text/csv' in ((response as { content?: Record<string, unknown> }).content ?? {}));
  return csv ? ROUTE_THROTTLES.export : undefined;
}

function accessMiddleware(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    checkAccess(c, access);
    await next();
  };
}

/** The names of the query parameters a route declares (its zod query object's keys). */
function declaredQueryNames(route: RouteConfig): Set<string> | undefined {
  const query = route.request?.query as { shape?: Record<string, unknown> } | undefined;
  if (!query) return new Set();
  return query.shape ? new Set(Object.keys(query.shape)) : undefined;
}

/** A route answering JSON (images, pages and Digital Links are not). */
/** Data for programs and spreadsheets (JSON, CSV exports, UBL XML), as opposed to pages, images and links. */
const DATA_TYPES = ['application/json', 'text/csv', 'application/xml'];

function answersData(route: RouteConfig): boolean {
  return Object.values(route.responses ?? {}).some((response) => {
    const content = (response as { content?: Record<string, unknown> }).content;
    return content !== undefined && DATA_TYPES.some((type) => type in content);
  });
}

/**
 * On the /v1 routes that answer data (JSON, CSV, XML) an unknown query parameter is a 400 naming it, so a misspelt or
 * unsupported filter (`?stauts=`) is never silently ignored. Pages, images and GS1 Digital Links keep
 * ignoring what they do not know (utm_*, fbclid, extra GS1 key-value pairs).
 */
function unknownQueryMiddleware(allowed: Set<string>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.req.path.startsWith('/v1/')) return next();
    const names = new Set(new URL(c.req.url).searchParams.keys());
    // `lang` chooses the language of what the response says, on every route (see app.ts).
    const unknown = [...names].filter((name) => !allowed.has(name) && name !== 'lang');
    if (unknown.length > 0) {
      const accepted = [...allowed, 'lang'].sort().join(', ');
      throw new ValidationFailed(
        unknown.map((name) => ({
          path: `query.${name}`,
          message: `is not a parameter of this operation (accepted here: ${accepted})`,
          code: 'unknown_parameter',
          params: { accepted },
        })),
      );
    }
    await next();
  };
}

/** Deepest nesting a request body may have; no schema of the API nests half as deep. */
export const MAX_BODY_DEPTH = 64;

/**
 * Walks a parsed JSON body without recursion (a crafted body can nest thousands of levels): the
 * path of the first string (a value or a key) that is not well-formed UTF-16, or of the first
 * value nested deeper than MAX_BODY_DEPTH.
 */
export function findTextProblem(body: unknown): { path: string; kind: 'ill-formed' | 'too-deep' } | undefined {
  const pending: Array<{ value: unknown; path: ReadonlyArray<string | number> }> = [{ value: body, path: [] }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (typeof value === 'string') {
      if (!value.isWellFormed()) return { path: path.join('.'), kind: 'ill-formed' };
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    if (path.length >= MAX_BODY_DEPTH) return { path: path.join('.'), kind: 'too-deep' };
    const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      if (typeof key === 'string' && !key.isWellFormed()) return { path: [...path, key.toWellFormed()].join('.'), kind: 'ill-formed' };
      pending.push({ value: item, path: [...path, key] });
    }
  }
  return undefined;
}

/**
 * Text with a lone UTF-16 surrogate (JSON allows `"\ud800"`) cannot be stored as UTF-8, hashed
 * canonically or shown: it is refused at the boundary, naming the field, before any rule sees it.
 * A body that is not JSON is left to the route's validator, which names that problem.
 */
const wellFormedTextMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (/json/i.test(c.req.header('content-type') ?? '')) {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return next();
    }
    const problem = findTextProblem(body);
    if (problem?.kind === 'ill-formed') {
      throw new ValidationFailed([
        {
          path: problem.path,
          message: 'contains an unpaired UTF-16 surrogate (not valid Unicode text)',
          code: 'invalid_text',
          msg: message(FIELD_MESSAGES, 'invalid_text'),
        },
      ]);
    }
    if (problem?.kind === 'too-deep') {
      throw new ValidationFailed([
        {
          path: problem.path,
          message: `nests deeper than ${MAX_BODY_DEPTH} levels`,
          code: 'too_deep',
          msg: message(FIELD_MESSAGES, 'too_deep', { depth: MAX_BODY_DEPTH }),
        },
      ]);
    }
  }
  await next();
};

const IDEMPOTENCY_KEY_PARAMETER = z
  .string()
  .regex(/^[\x21-\x7e]{1,255}$/)
  .openapi({
    description:
      'A key you choose per intended change (a UUID is ideal), at most 255 visible ASCII characters. A retry with the same key and body replays the first response (`Idempotent-Replayed: true`); the same key with another body is a 422. Keys are kept 24 hours per caller.',
    example: '3f1d6c2e-8b7a-4d1e-9a0c-5b6f7e8d9c0a',
  });

const REQUEST_ID_HEADER = {
  description: 'The request id (echoed from the request, or made by the API): quote it to the operators; every log line carries it.',
  schema: { type: 'string' as const },
};
const REPLAYED_HEADER = {
  description: '`true` when this is the stored response of an earlier request with the same Idempotency-Key.',
  schema: { type: 'string' as const, enum: ['true'] },
};

/** The route's request with the Idempotency-Key header declared (required or optional), beside its own headers. */
function withIdempotencyHeader(request: RouteConfig['request'], mode: 'required' | 'optional'): RouteConfig['request'] {
  const key = mode === 'required' ? IDEMPOTENCY_KEY_PARAMETER : IDEMPOTENCY_KEY_PARAMETER.optional();
  const own = request?.headers as z.ZodObject | undefined;
  const headers = own && 'extend' in own ? own.extend({ 'idempotency-key': key }) : z.object({ 'idempotency-key': key });
  return { ...request, headers };
}

/** Every response documents X-Request-Id; the success responses of idempotent operations, Idempotent-Replayed. */
function withResponseHeaders(responses: RouteConfig['responses'], idempotent: boolean): RouteConfig['responses'] {
  return Object.fromEntries(
    Object.entries(responses).map(([status, response]) => {
      const own = (response as { headers?: Record<string, unknown> }).headers ?? {};
      const success = status.startsWith('2');
      return [
        status,
        { ...response, headers: { 'X-Request-Id': REQUEST_ID_HEADER, ...(idempotent && success ? { 'Idempotent-Replayed': REPLAYED_HEADER } : {}), ...own } },
      ];
    }),
  ) as RouteConfig['responses'];
}

function describeAccess(access: Access): string {
  if (access.kind === 'public') return 'Public: no token needed.';
  const org = access.orgParam ? ` Callers must belong to the organisation \`{${access.orgParam}}\`.` : '';
  return `Roles: ${access.roles.join(', ')}.${org}`;
}

/**
 * A route that declares who may call it: the access rule becomes both the guard middleware (run
 * before validation, so an anonymous caller gets 401, not 400) and the route's `security` in the
 * OpenAPI document, from which the CDK stack decides which routes need the JWT authorizer.
 */
export function defineRoute<const R extends AyniRouteConfig>(config: R) {
  const { access, idempotency: idempotencyMode, middleware, throttle: _throttle, sealStoredResponse, ...route } = config;
  const throttle = throttleOf(config);
  const extra = middleware ? (Array.isArray(middleware) ? middleware : [middleware]) : [];
  const queryNames = declaredQueryNames(route);
  const checks: MiddlewareHandler<AppEnv>[] = [
    ...(queryNames && answersData(route) ? [unknownQueryMiddleware(queryNames)] : []),
    ...(route.request?.body ? [wellFormedTextMiddleware] : []),
  ];
  return createRoute({
    ...route,
    ...(idempotencyMode ? { request: withIdempotencyHeader(route.request, idempotencyMode) } : {}),
    responses: { ...withResponseHeaders(route.responses, idempotencyMode !== undefined), 429: throttledResponse(throttle) },
    security: access.kind === 'public' ? [] : [{ [BEARER_SCHEME]: [] }],
    description: [route.description, describeAccess(access)].filter(Boolean).join('\n\n'),
    [ACCESS_EXTENSION]: access,
    ...(throttle ? { [THROTTLE_EXTENSION]: { rateLimit: throttle.rateLimit, burstLimit: throttle.burstLimit } } : {}),
    middleware: [
      accessMiddleware(access),
      ...checks,
      ...(idempotencyMode ? [idempotency({ required: idempotencyMode === 'required', sealed: sealStoredResponse === true })] : []),
      ...extra,
    ] as MiddlewareHandler[],
  } as Omit<R, 'access' | 'idempotency' | 'throttle' | 'sealStoredResponse'>);
}

/** A router for one domain; its validation failures become 400 problem documents naming the fields. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationProblemFrom(result.error, result.target);
    },
  });
}

/**
 * Names each route of a domain's route table after its key (`createOrganisation`,
 * `listAssociationOrders`): the OpenAPI operationId that generated clients use as a method name.
 * Keys are unique across the API (a test checks it).
 */
export function withOperationIds<const T extends Record<string, RouteConfig>>(routes: T): T {
  for (const [key, route] of Object.entries(routes)) (route as { operationId?: string }).operationId ??= key;
  return routes;
}
