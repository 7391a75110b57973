import { createRuntime } from '@ayni/api/runtime';
import { loadConfig } from '@ayni/core';
import { queueHandler, webhooksDepsOf } from '@ayni/webhooks';

const runtime = await createRuntime(loadConfig(process.env));

/** SQS delivery jobs → one signed POST each; retries are re-queued with backoff, exhausted ones dead-lettered. */
export const handler = queueHandler(webhooksDepsOf(runtime));
