import { createRuntime } from '@ayni/api';
import { loadConfig } from '@ayni/core';
import { arrearsJob } from '@ayni/loans';

const runtime = await createRuntime(loadConfig(process.env));

/**
 * Scheduled daily (EventBridge): recomputes arrears for today's business date, or for the
 * `businessDate` given in the event (re-running a date is harmless: the job is idempotent per date).
 */
export const handler = async (event: { businessDate?: string } = {}) => arrearsJob(runtime, event.businessDate);
