import { lambdaHandler } from './runtime.js';

/** Health, API docs and the OpenAPI document (routes: functions/manifest.ts). */
export const handler = await lambdaHandler([]);
