import { provenanceDomain } from '@ayni/provenance';
import { lambdaHandler } from './runtime.js';

/** Provenance events, proof bundles, QR codes, EPCIS and the public page (routes: functions/manifest.ts). */
export const handler = await lambdaHandler([provenanceDomain]);
