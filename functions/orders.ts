import { ordersDomain } from '@ayni/orders';
import { lambdaHandler } from './runtime.js';

/** Agreements, orders and their lifecycle, invoices, sales, standing orders (routes: functions/manifest.ts). */
export const handler = await lambdaHandler([ordersDomain]);
