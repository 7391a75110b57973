import { loansDomain } from '@ayni/loans';
import { lambdaHandler } from './runtime.js';

/** The FREES fund: funds, ledger, loans, repayments, metrics (routes: functions/manifest.ts). */
export const handler = await lambdaHandler([loansDomain]);
