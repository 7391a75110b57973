import { webhooksDomain } from '@ayni/webhooks';
import { lambdaHandler } from './runtime.js';

/** An organisation's webhook endpoints, their deliveries, pings and redeliveries (routes: functions/manifest.ts). */
export const handler = await lambdaHandler([webhooksDomain]);
