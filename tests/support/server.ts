import type { DomainModule } from '@ayni/api';
import { serve } from '@hono/node-server';
import { answerClientErrorsWithProblems } from '@ayni/http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApi, type TestApi } from './api.js';

export interface TestServer extends TestApi {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  close(): Promise<void>;
}

/** The real app on a real socket (a free loopback port), for browsers and CLI tools. */
export async function startTestServer(domains: readonly DomainModule[], options: Parameters<typeof createTestApi>[1] = {}): Promise<TestServer> {
  const api = await createTestApi(domains, options);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: api.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  answerClientErrorsWithProblems(server as unknown as Server);
  const { port } = server.address() as AddressInfo;
  return {
    ...api,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
