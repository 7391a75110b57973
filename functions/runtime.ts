import { buildDomainApi, type DomainModule } from '@ayni/api/compose';
import { createRuntime } from '@ayni/api/runtime';
import type { AppEnv, Runtime } from '@ayni/http';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { loadConfig } from '@ayni/core';
import { handle } from 'hono/aws-lambda';

/**
 * The Lambda side of the composition root: config is parsed once per cold start (a bad value stops
 * the function with a message naming the variable), and the same app the local server runs is served.
 */
export async function lambdaHandler(
  domains: readonly DomainModule[],
  build: (runtime: Runtime, domains: readonly DomainModule[]) => OpenAPIHono<AppEnv> = buildDomainApi,
) {
  const runtime = await createRuntime(loadConfig(process.env));
  return handle(build(runtime, domains));
}
