import { createDynamoClient } from '@ayni/store';
import { localWebhooks } from '@ayni/webhooks/local';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';
import type { TestApi } from '../support/api.js';
import { TEST_REGION } from '../support/dynamodb.js';

export interface ReceivedWebhook {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly json: {
    id: string;
    type: string;
    timestamp: string;
    version: number;
    aggregate: { type: string; id: string; seq: number };
    data: Record<string, unknown>;
  };
}

/**
 * A webhook receiver on 127.0.0.1 that keeps what it is sent and answers `status` (200 unless a test
 * says otherwise). Closed after the file.
 */
export async function startReceiver() {
  const received: ReceivedWebhook[] = [];
  let status = 200;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, body, json: JSON.parse(body) });
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status < 300 ? 'ok' : 'receiver is down');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answer(next: number) {
      status = next;
    },
  };
}

/** The local webhook pipeline (stream → dispatcher → table queue → delivery) on a test API's table. */
export function pipelineOf(api: TestApi, options: { random?: () => number } = {}) {
  const endpoint = api.runtime.config.AWS_ENDPOINT_URL_DYNAMODB!;
  const client = createDynamoClient({ region: TEST_REGION, endpoint, timeouts: { requestMs: 15_000 } });
  const pipeline = localWebhooks({ store: api.runtime.store, client, endpoint, region: TEST_REGION, clock: api.runtime.clock, ...options });
  afterAll(async () => {
    await pipeline.stop();
    client.destroy();
  });
  return pipeline;
}
