import { randomUUID } from 'node:crypto';
import type { TestApi } from '../support/api.js';

export interface Sent {
  readonly status: number;
  readonly body: any;
  readonly etag: string | null;
  readonly contentType: string | null;
}

/**
 * One request with the headers a test cares about: `ifMatch` becomes `If-Match`, and a POST gets a
 * fresh Idempotency-Key. Answers status, parsed body, `ETag` and content type.
 */
export async function send(
  api: TestApi,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  options: { token?: string; body?: unknown; ifMatch?: string } = {},
): Promise<Sent> {
  const headers: Record<string, string> = {};
  if (options.ifMatch !== undefined) headers['if-match'] = options.ifMatch;
  if (method === 'POST') headers['idempotency-key'] = randomUUID();
  const res = await api.call(method, path, {
    ...(options.token ? { token: options.token } : {}),
    ...(options.body !== undefined ? { body: options.body } : {}),
    headers,
  });
  return { status: res.status, body: await res.json(), etag: res.headers.get('etag'), contentType: res.headers.get('content-type') };
}

/** Field paths named by a 400 problem. */
export const pathsOf = (sent: Pick<Sent, 'body'>): string[] => (sent.body.errors ?? []).map((e: { path: string }) => e.path);
