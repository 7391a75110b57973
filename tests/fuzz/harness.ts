import { Logger } from '@aws-lambda-powertools/logger';
import type { ConstructorOptions } from '@aws-lambda-powertools/logger/types';
import { buildApi } from '@ayni/api';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { inject } from 'vitest';
import { ALL_DOMAINS } from '../../functions/domains.js';
import { answerClientErrorsWithProblems } from '@ayni/http';
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApi, type TestApi } from '../support/api.js';
import type { Operation } from './openapi.js';
import { operationsOf } from './openapi.js';

/** A request as the generators describe it; `idempotencyKey: 'fresh'` gets a new UUID at each send. */
export interface FuzzRequest {
  readonly operation: string;
  /** What the generator did, e.g. `body: mutated (replace lines.0.quantity with "1e309")`. */
  readonly label: string;
  readonly method: string;
  /** Path and query, already percent-encoded (or deliberately not). */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly idempotencyKey?: 'fresh' | undefined;
  readonly body?: string | Uint8Array | undefined;
}

export interface FuzzResponse {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
  readonly requestId: string | undefined;
  /** The server-side error behind a 5xx, when the in-process app caught one. */
  readonly serverError?: unknown;
}

interface CapturedError {
  readonly message: string;
  readonly error: unknown;
}

/**
 * A logger that prints nothing and keeps what the app logs as `error` (the unhandled error behind
 * every 500, with its stack) by request id, so a failing fuzz case can show its cause.
 */
class ErrorCapturingLogger extends Logger {
  constructor(
    options: ConstructorOptions,
    private readonly sink: Map<string, CapturedError>,
  ) {
    super(options);
  }

  protected override createLogger(options?: ConstructorOptions): Logger {
    return new ErrorCapturingLogger({ ...options, logLevel: 'SILENT' }, this.sink);
  }

  override error(input: unknown, ...extra: unknown[]): void {
    const requestId = String(this.getPersistentLogAttributes().requestId ?? 'none');
    const error = extra.map((item) => (item && typeof item === 'object' && 'error' in item ? item.error : item)).find(Boolean);
    this.sink.set(requestId, { message: typeof input === 'string' ? input : JSON.stringify(input), error });
    if (this.sink.size > 200) this.sink.delete(this.sink.keys().next().value!);
  }
}

/**
 * What the fuzz suite sends to: the real app (all domains, a table of its own, real JWT checks;
 * tests/support/api.ts) built with an error-capturing logger, called in-process with
 * `app.request()` and over a real socket.
 */
export interface FuzzTarget {
  /** The test API (its table, runtime, signing keys) the app runs on. */
  readonly api: TestApi;
  /** Where the app listens on a real socket, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  readonly app: ReturnType<typeof buildApi>;
  readonly operations: readonly Operation[];
  send(request: FuzzRequest): Promise<FuzzResponse>;
  /** The same request over the socket, with the transport variations `app.request()` cannot make. */
  sendOverSocket(request: FuzzRequest, transport: SocketTransport): Promise<FuzzResponse>;
  close(): Promise<void>;
}

export interface SocketTransport {
  /** Sends the body in pieces with `Transfer-Encoding: chunked` (no Content-Length). */
  readonly chunked: boolean;
  /** Extra raw header lines, values as latin1 byte strings (raw UTF-8 bytes included). */
  readonly extraHeaders: ReadonlyArray<readonly [string, string]>;
}

export async function startFuzzTarget(): Promise<FuzzTarget> {
  // Webhook endpoints on a loopback address may be registered (the world's is on a closed port).
  const api = await createTestApi(ALL_DOMAINS, { chainRpcUrl: inject('chain').rpcUrl, env: { WEBHOOKS_ALLOW_LOOPBACK_HTTP: 'true' } });
  const errors = new Map<string, CapturedError>();
  const logger = new ErrorCapturingLogger({ serviceName: 'ayni-fuzz', logLevel: 'SILENT' }, errors);
  const app = buildApi({ ...api.runtime, logger }, ALL_DOMAINS);
  const document = await (await app.request('/openapi.json')).json();
  // As tests/support/server.ts serves the app, but this app, so a 5xx over the socket shows its cause too.
  const listening = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  answerClientErrorsWithProblems(listening as unknown as Server);
  const url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  const lookUp = (requestId: string | undefined, status: number) => {
    const captured = requestId ? errors.get(requestId) : undefined;
    if (requestId) errors.delete(requestId);
    return status >= 500 && captured ? { serverError: captured.error ?? captured.message } : {};
  };

  const materialise = (request: FuzzRequest) => {
    const headers: Record<string, string> = { ...request.headers };
    if (request.idempotencyKey === 'fresh') headers['idempotency-key'] = randomUUID();
    return headers;
  };

  return {
    api,
    url,
    app,
    operations: operationsOf(document),
    async send(request) {
      const res = await app.request(request.url, { method: request.method, headers: materialise(request), body: (request.body ?? null) as BodyInit | null });
      const text = await res.text();
      const requestId = res.headers.get('x-request-id') ?? undefined;
      return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, requestId, ...lookUp(requestId, res.status) };
    },
    sendOverSocket(request, transport) {
      const { hostname, port } = new URL(url);
      return new Promise<FuzzResponse>((resolve, reject) => {
        const req = httpRequest({ host: hostname, port: Number(port), method: request.method, path: request.url, insecureHTTPParser: false });
        for (const [name, value] of Object.entries(materialise(request))) req.setHeader(name, value);
        const extra = new Map<string, string[]>();
        for (const [name, value] of transport.extraHeaders) extra.set(name, [...(extra.get(name) ?? []), value]);
        for (const [name, values] of extra) req.setHeader(name, values.length === 1 ? values[0]! : values);
        const body = request.body === undefined ? undefined : typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : Buffer.from(request.body);
        if (body && !transport.chunked) req.setHeader('content-length', body.length);
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const requestId = res.headers['x-request-id'] as string | undefined;
            const status = res.statusCode ?? 0;
            resolve({
              status,
              contentType: String(res.headers['content-type'] ?? ''),
              text: Buffer.concat(chunks).toString('utf8'),
              requestId,
              ...lookUp(requestId, status),
            });
          });
          res.on('error', reject);
        });
        // A connection the server drops is an answer too (status 0), judged like any other.
        req.on('error', (error) => resolve({ status: 0, contentType: '', text: `the connection failed: ${error.message}`, requestId: undefined }));
        if (body && transport.chunked) {
          const size = Math.max(1, Math.ceil(body.length / 3));
          for (let offset = 0; offset < body.length; offset += size) req.write(body.subarray(offset, offset + size));
          req.end();
        } else {
          req.end(body);
        }
      });
    },
    close: () => new Promise<void>((resolve) => listening.close(() => resolve())),
  };
}

/** What is wrong with a response by the suite's rule: no 5xx, and every error a problem document. */
export function problemsWith(response: FuzzResponse): string[] {
  const problems: string[] = [];
  if (response.status === 0) return [response.text];
  if (response.status >= 500) problems.push(`answered ${response.status}`);
  if (response.status >= 400) {
    if (!/^application\/problem\+json(;|$)/i.test(response.contentType)) {
      problems.push(`an error with Content-Type "${response.contentType}" instead of application/problem+json`);
    }
    let body: unknown;
    try {
      body = JSON.parse(response.text);
    } catch {
      problems.push(`an error body that is not JSON: ${truncate(response.text, 200)}`);
      return problems;
    }
    const doc = body as { type?: unknown; title?: unknown; status?: unknown };
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) problems.push('an error body that is not a JSON object');
    else {
      if (typeof doc.type !== 'string' || doc.type === '') problems.push('a problem without "type"');
      if (typeof doc.title !== 'string' || doc.title === '') problems.push('a problem without "title"');
      if (doc.status !== response.status) problems.push(`a problem whose "status" (${JSON.stringify(doc.status)}) is not the HTTP status ${response.status}`);
    }
  } else if (/json/i.test(response.contentType)) {
    try {
      JSON.parse(response.text);
    } catch {
      problems.push(`a ${response.status} declared as JSON whose body is not JSON`);
    }
  }
  return problems;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/** A request as a reader needs it to reproduce a failure: method, URL, headers, body. */
export function describeRequest(request: FuzzRequest): string {
  const headers = { ...request.headers, ...(request.idempotencyKey === 'fresh' ? { 'idempotency-key': '<a fresh UUID>' } : {}) };
  const body =
    request.body === undefined
      ? '(no body)'
      : typeof request.body === 'string'
        ? `${truncate(compressRuns(JSON.stringify(request.body)), 1500)} (${request.body.length} characters)`
        : `bytes ${truncate(Buffer.from(request.body).toString('hex'), 400)}`;
  const shownHeaders = Object.entries(headers)
    .map(([name, value]) => `    ${name}: ${truncate(name === 'authorization' ? abbreviateToken(value) : JSON.stringify(value), 300)}`)
    .join('\n');
  return `${request.method} ${truncate(compressRuns(request.url), 600)}\n  (${request.label})\n  headers:\n${shownHeaders || '    (none)'}\n  body (a JS string literal; a run of one piece repeated is shown as ⟨piece × count⟩): ${body}`;
}

/** `[[[[…` × 100000 → `⟨[ × 100000⟩`: deep nesting and huge strings stay readable. */
function compressRuns(text: string): string {
  return text.replace(/(.{1,8}?)\1{15,}/gsu, (run, piece: string) => `⟨${piece} × ${run.length / piece.length}⟩`);
}

function abbreviateToken(value: string): string {
  const jwt = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]*)$/.exec(value);
  if (!jwt) return JSON.stringify(value);
  try {
    const claims = JSON.parse(Buffer.from(jwt[2]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    return `Bearer <JWT ${JSON.stringify({ sub: claims.sub, org: claims.org, roles: claims.roles, exp: claims.exp })}>`;
  } catch {
    return JSON.stringify(value);
  }
}

export function describeServerError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `\n  caused by ${error.cause.stack ?? error.cause.message}` : '';
    return `${error.stack ?? `${error.name}: ${error.message}`}${cause}`;
  }
  return error === undefined ? '(no server-side error captured)' : String(error);
}
