import { createRuntime } from '@ayni/api';
import { loadConfig } from '@ayni/core';
import { orderExpiryJob } from '@ayni/orders';

const runtime = await createRuntime(loadConfig(process.env));

/** EventBridge schedule (every 15 minutes): expires unconfirmed orders and releases their stock. */
export const handler = async () => orderExpiryJob(runtime);
