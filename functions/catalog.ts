import { catalogDomain } from '@ayni/catalog';
import { lambdaHandler } from './runtime.js';

/** Organisations, members, products, lots and the public catalog (routes: functions/manifest.ts). */
export const handler = await lambdaHandler([catalogDomain]);
