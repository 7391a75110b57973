import { createRuntime } from '@ayni/api/runtime';
import { loadConfig } from '@ayni/core';
import { streamHandler, webhooksDepsOf } from '@ayni/webhooks';

const runtime = await createRuntime(loadConfig(process.env));

/**
 * The table's DynamoDB stream (filtered to records carrying an outbox event) → one delivery per
 * subscribed endpoint, queued on SQS. Answers `batchItemFailures` (ReportBatchItemFailures).
 */
export const handler = streamHandler(webhooksDepsOf(runtime));
