import { buildApi, createRuntime, type DomainModule } from '@ayni/api';
import { loadConfig } from '@ayni/core';
import { handle } from 'hono/aws-lambda';

/**
 * The Lambda side of the composition root: config is parsed once per cold start (a bad value stops
 * the function with a message naming the variable), and the same app the local server runs is served.
 */
export async function lambdaHandler(domains: readonly DomainModule[]) {
  const runtime = await createRuntime(loadConfig(process.env));
  return handle(buildApi(runtime, domains));
}
