import { LambdaClient } from '@aws-sdk/client-lambda';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { costPerMillion, parseReport, sweep, table } from '../../scripts/memory-sweep.js';

/**
 * The memory sweep runs on a deployed stack only (no AWS account here), so it is tested on the exact
 * requests the real SDK client serialises (method, path, headers, body of each Lambda API call) and
 * on the responses and REPORT lines Lambda documents, answered by a request handler that plays the
 * Lambda service's part.
 */
const REPORT_COLD =
  'START RequestId: 8f5 Version: $LATEST\nEND RequestId: 8f5\nREPORT RequestId: 8f5\tDuration: 84.37 ms\tBilled Duration: 85 ms\tMemory Size: 1024 MB\tMax Memory Used: 97 MB\tInit Duration: 312.90 ms\t\n';
const REPORT_WARM = 'REPORT RequestId: 9a1\tDuration: 11.02 ms\tBilled Duration: 12 ms\tMemory Size: 1024 MB\tMax Memory Used: 98 MB\t\n';

describe('memory sweep', () => {
  it('reads Lambda’s REPORT line, with the init duration of a cold start', () => {
    expect(parseReport(REPORT_COLD)).toEqual({ durationMs: 84.37, billedMs: 85, memoryMb: 1024, maxMemoryUsedMb: 97, initMs: 312.9 });
    expect(parseReport(REPORT_WARM)).toEqual({ durationMs: 11.02, billedMs: 12, memoryMb: 1024, maxMemoryUsedMb: 98 });
    expect(parseReport('END RequestId: x')).toBeUndefined();
  });

  it('prices a million invocations from billed duration and memory (arm64 list price + requests)', () => {
    // 12 ms at 1 GB: 0.012 GB-s × 0.0000133334 + 0.0000002 per invocation.
    expect(costPerMillion(12, 1024)).toBeCloseTo(0.16 + 0.2, 3);
    expect(costPerMillion(100, 512)).toBeCloseTo(0.666_67 + 0.2, 3);
  });

  it('sets each size, waits for the update, invokes with the log tail, and restores the size it found', async () => {
    const sent: Array<{ method: string; path: string; headers: Record<string, string>; body: string }> = [];
    let memory = 512;
    let invocations = 0;
    const json = (statusCode: number, value: unknown, headers: Record<string, string> = {}) => ({
      response: { statusCode, headers: { 'content-type': 'application/json', ...headers }, body: Readable.from([Buffer.from(JSON.stringify(value))]) },
    });
    const requestHandler = {
      handle: async (request: { method: string; path: string; headers: Record<string, string>; body?: unknown }) => {
        const body = typeof request.body === 'string' ? request.body : request.body ? Buffer.from(request.body as Uint8Array).toString('utf8') : '';
        sent.push({ method: request.method, path: request.path, headers: request.headers, body });
        const configuration = { FunctionName: 'ayni-prod-catalog', MemorySize: memory, State: 'Active', LastUpdateStatus: 'Successful' };
        if (request.method === 'GET' && request.path.endsWith('/configuration')) return json(200, configuration);
        // GetFunction: what the "function updated" waiter polls.
        if (request.method === 'GET' && request.path === '/2015-03-31/functions/ayni-prod-catalog') return json(200, { Configuration: configuration });
        if (request.method === 'PUT' && request.path.endsWith('/configuration')) {
          memory = JSON.parse(body).MemorySize;
          return json(200, { ...configuration, MemorySize: memory, LastUpdateStatus: 'InProgress' });
        }
        if (request.method === 'POST' && request.path.endsWith('/invocations')) {
          const log = invocations++ % 3 === 0 ? REPORT_COLD.replaceAll('1024 MB', `${memory} MB`) : REPORT_WARM.replaceAll('1024 MB', `${memory} MB`);
          return json(
            200,
            { statusCode: 200, body: '{"status":"ok"}' },
            { 'x-amz-log-result': Buffer.from(log).toString('base64'), 'x-amz-executed-version': '$LATEST' },
          );
        }
        return json(404, { message: 'unexpected' });
      },
    };
    const client = new LambdaClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      requestHandler: requestHandler as never,
    });
    const results = await sweep(client, 'ayni-prod-catalog', [256, 1024], 3, new TextEncoder().encode('{"rawPath":"/health/live"}'));

    const calls = sent.map((r) => `${r.method} ${r.path}`);
    expect(calls[0]).toBe('GET /2015-03-31/functions/ayni-prod-catalog/configuration');
    const updates = sent.filter((r) => r.method === 'PUT').map((r) => JSON.parse(r.body).MemorySize);
    expect(updates).toEqual([256, 1024, 512]); // each size, then the one it found
    expect(calls.filter((c) => c === 'GET /2015-03-31/functions/ayni-prod-catalog')).toHaveLength(3); // waited after each update
    const invoke = sent.find((r) => r.method === 'POST')!;
    expect(invoke.path).toBe('/2015-03-31/functions/ayni-prod-catalog/invocations');
    expect(invoke.headers['x-amz-log-type']).toBe('Tail');
    expect(invoke.body).toBe('{"rawPath":"/health/live"}');
    expect(sent.filter((r) => r.method === 'POST')).toHaveLength(6);
    expect(memory).toBe(512);

    expect(results.map((r) => r.memoryMb)).toEqual([256, 1024]);
    expect(results[1]).toMatchObject({ coldInitMs: 312.9, coldMs: 84.37, warmP50Ms: 11.02, maxMemoryUsedMb: 98 });
    expect(table(results)).toMatch(/^\| memory MB \|/);
  });
});
