import { Logger } from '@aws-lambda-powertools/logger';
import { authenticate, type Authenticator } from '@ayni/auth';
import { DEFAULT_LOCALE, message, negotiateLang, NotFound, PayloadTooLarge, type Clock } from '@ayni/core';
import type { IdempotencyStore } from '@ayni/store';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { matchedRoutes } from 'hono/route';
import type { AppEnv } from './env.js';
import { HTTP_DETAILS } from './messages.js';
import { requestMetrics } from './metrics.js';
import { problemResponse, toProblem, type Problem } from './problem.js';
import { BEARER_SCHEME } from './route.js';

export interface AppDependencies {
  /** PUBLIC_BASE_URL, when set, is the base of problem `type` URIs; otherwise the request's origin. */
  readonly config?: { readonly PUBLIC_BASE_URL?: string | undefined };
  readonly logger: Logger;
  readonly idempotency: IdempotencyStore;
  readonly authenticator: Authenticator;
  /**
   * Where the operator's metrics of each request go (EMF records, see metrics.ts); default: stdout
   * when running in Lambda (CloudWatch turns the lines into metrics), nowhere elsewhere.
   */
  readonly metrics?: ((record: Record<string, unknown>) => void) | undefined;
  /** The metrics' timestamps (the runtime's clock). */
  readonly clock?: Clock | undefined;
}

const lambdaStdout = (record: Record<string, unknown>) => {
  if (process.env.AWS_LAMBDA_FUNCTION_NAME) console.log(JSON.stringify(record));
};

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

/** Largest request body accepted (bytes); larger ones are a 413 before anything parses them. */
export const MAX_BODY_BYTES = 1024 * 1024;

interface LambdaEnv {
  event?: { requestContext?: { requestId?: string } };
}

/**
 * The root application every deployment shape shares (a Lambda per domain, or one local server):
 * request ids, one JSON log line per request, authentication, and one error mapper that turns every
 * failure into an RFC 9457 problem document. Domain routers are mounted on it by the caller.
 */
export function createApp(deps: AppDependencies): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.use(
    requestId({
      headerName: 'X-Request-Id',
      generator: (c) => {
        const gatewayId = (c.env as LambdaEnv | undefined)?.event?.requestContext?.requestId;
        const incoming = c.req.header('x-request-id');
        return gatewayId ?? (incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : crypto.randomUUID());
      },
    }),
  );

  // Everything a person reads is said in the negotiated language (?lang= first, then Accept-Language).
  app.use(async (c, next) => {
    const lang = negotiateLang(c.req.header('accept-language'), c.req.query('lang'));
    c.set('locale', { ...DEFAULT_LOCALE, lang });
    await next();
    c.header('Content-Language', lang);
    c.header('Vary', 'Accept-Language', { append: true });
  });

  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new PayloadTooLarge(message(HTTP_DETAILS, 'bodyTooLarge', { megabytes: MAX_BODY_BYTES / 1024 / 1024 }), {
          extensions: { limitBytes: MAX_BODY_BYTES },
        });
      },
    }),
  );

  app.use(async (c, next) => {
    const started = performance.now();
    const logger = deps.logger.createChild({ persistentKeys: { requestId: c.get('requestId') } });
    c.set('logger', logger);
    c.set('idempotency', deps.idempotency);
    await next();
    logger.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      sub: c.get('principal')?.sub,
    });
    const handler = matchedRoutes(c)
      .filter((r) => r.method !== 'ALL')
      .at(-1);
    const outcome = {
      method: c.req.method,
      path: c.req.path,
      route: handler?.path ?? 'unmatched',
      status: c.res.status,
      problemCode: c.get('problemCode'),
      replayed: c.res.headers.get('idempotent-replayed') === 'true',
    };
    const service = process.env.POWERTOOLS_SERVICE_NAME ?? 'ayni';
    for (const record of requestMetrics(outcome, process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Ayni', service, deps.clock?.now() ?? new Date()))
      (deps.metrics ?? lambdaStdout)(record);
  });

  app.use(authenticate(deps.authenticator));

  app.openAPIRegistry.registerComponent('securitySchemes', BEARER_SCHEME, {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'JWT with claims sub, org and roles (Cognito in production; `npm run token` locally).',
  });

  app.onError((error, c) => {
    const problem: Problem = { ...toProblem(error, c.get('locale')), instance: c.req.path, requestId: c.get('requestId') };
    c.set('problemCode', problem.code);
    const logger = c.get('logger') ?? deps.logger;
    if (problem.status >= 500) logger.error('unhandled error', { error: error as Error, path: c.req.path });
    else logger.debug('request refused', { problemType: problem.type, detail: problem.detail });
    const retryAfter = problem.retryAfterSeconds;
    return problemResponse(c, problem, typeof retryAfter === 'number' ? { 'retry-after': String(retryAfter) } : {}, deps.config?.PUBLIC_BASE_URL);
  });

  app.notFound((c) => {
    const problem = {
      ...toProblem(new NotFound(message(HTTP_DETAILS, 'noRoute', { method: c.req.method, path: c.req.path })), c.get('locale')),
      instance: c.req.path,
      requestId: c.get('requestId'),
    };
    return problemResponse(c, problem, {}, deps.config?.PUBLIC_BASE_URL);
  });

  return app;
}
