import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  readonly method: string;
  readonly url: string;
  readonly idempotencyKey: string | undefined;
  /** Whether the request went on to the server (and so may have taken effect there). */
  readonly forwarded: boolean;
  /** What the client got back. */
  readonly status: number;
}

/**
 * What the proxy does to the n-th request (1-based) it sees: forward it, refuse it without
 * forwarding, forward it and replace the server's answer (a lost answer), or cut the connection.
 */
export type ProxyAction =
  | { readonly kind: 'forward' }
  | { readonly kind: 'refuse'; readonly status: number; readonly headers?: Record<string, string> }
  | { readonly kind: 'lose-answer'; readonly status: number; readonly headers?: Record<string, string> }
  | { readonly kind: 'cut' };

export interface FaultyProxy {
  readonly url: string;
  readonly log: ProxiedRequest[];
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const problem = (status: number) => JSON.stringify({ type: 'about:blank', code: 'proxy-fault', title: 'injected by the test proxy', status });

/** A tiny node:http proxy in front of the test server that misbehaves as `plan` says, logging every request. */
export async function startFaultyProxy(upstream: string, plan: (n: number, request: IncomingMessage) => ProxyAction): Promise<FaultyProxy> {
  const log: ProxiedRequest[] = [];
  let seen = 0;
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const action = plan(++seen, request);
    const entry = { method: request.method ?? 'GET', url: request.url ?? '/', idempotencyKey: request.headers['idempotency-key'] as string | undefined };
    const body = await bodyOf(request);
    if (action.kind === 'cut') {
      log.push({ ...entry, forwarded: false, status: 0 });
      request.socket.destroy();
      return;
    }
    if (action.kind === 'refuse') {
      log.push({ ...entry, forwarded: false, status: action.status });
      response.writeHead(action.status, { 'content-type': 'application/problem+json', ...action.headers }).end(problem(action.status));
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name)) headers.set(name, value);
    }
    const answer = await fetch(`${upstream}${entry.url}`, { method: entry.method, headers, body: body.length > 0 ? new Uint8Array(body) : undefined });
    const text = Buffer.from(await answer.arrayBuffer());
    if (action.kind === 'lose-answer') {
      log.push({ ...entry, forwarded: true, status: action.status });
      response.writeHead(action.status, { 'content-type': 'application/problem+json', ...action.headers }).end(problem(action.status));
      return;
    }
    log.push({ ...entry, forwarded: true, status: answer.status });
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)) out[name] = value;
    });
    response.writeHead(answer.status, out).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
