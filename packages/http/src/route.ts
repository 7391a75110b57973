import { checkAccess, type Access } from '@ayni/auth';
import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import { idempotency } from './idempotency.js';
import { validationProblemFrom } from './problem.js';

/** Name of the bearer security scheme in the OpenAPI document. */
export const BEARER_SCHEME = 'bearer';

/** Vendor extension carrying a route's access rule in the OpenAPI document. */
export const ACCESS_EXTENSION = 'x-ayni-access';

export interface AyniRouteConfig extends RouteConfig {
  /** Who may call the route. Every route must say it. */
  readonly access: Access;
  /** `required`: POSTs that create or move something; the header is mandatory. */
  readonly idempotency?: 'required' | 'optional';
}

function accessMiddleware(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    checkAccess(c, access);
    await next();
  };
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
  const { access, idempotency: idempotencyMode, middleware, ...route } = config;
  const extra = middleware ? (Array.isArray(middleware) ? middleware : [middleware]) : [];
  return createRoute({
    ...route,
    security: access.kind === 'public' ? [] : [{ [BEARER_SCHEME]: [] }],
    description: [route.description, describeAccess(access)].filter(Boolean).join('\n\n'),
    [ACCESS_EXTENSION]: access,
    middleware: [
      accessMiddleware(access),
      ...(idempotencyMode ? [idempotency({ required: idempotencyMode === 'required' })] : []),
      ...extra,
    ] as MiddlewareHandler[],
  } as Omit<R, 'access' | 'idempotency'>);
}

/** A router for one domain; its validation failures become 400 problem documents naming the fields. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationProblemFrom(result.error, result.target);
    },
  });
}
