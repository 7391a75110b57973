import { buildApi } from '@ayni/api/platform';
import { ALL_DOMAINS } from './domains.js';
import { lambdaHandler } from './runtime.js';

/**
 * Health, API docs and the OpenAPI document (routes: functions/manifest.ts). It composes every domain
 * so /openapi.json describes the whole API; API Gateway sends it only the platform routes.
 */
export const handler = await lambdaHandler(ALL_DOMAINS, buildApi);
