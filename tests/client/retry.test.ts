import { backoffMs, createAyniClient, retryAfterMs, unwrap } from '@ayni/client';
import { describe, expect, it } from 'vitest';

const NOW = Date.parse('2026-11-20T15:00:00Z');

/** A fetch double that answers from a list, recording what it was sent. */
function scripted(answers: Array<Response | Error>) {
  const sent: Request[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    const request = input as Request;
    sent.push(request);
    const next = answers.shift() ?? new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    if (next instanceof Error) throw next;
    return next;
  };
  return { sent, fetch: fetch as typeof globalThis.fetch };
}

describe('reading Retry-After', () => {
  it('reads delta-seconds and HTTP dates, and ignores what it cannot read', () => {
    expect(retryAfterMs('3', NOW)).toBe(3000);
    expect(retryAfterMs(new Date(NOW + 7000).toUTCString(), NOW)).toBe(7000);
    expect(retryAfterMs(new Date(NOW - 7000).toUTCString(), NOW)).toBe(0);
    expect(retryAfterMs('soon', NOW)).toBeUndefined();
    expect(retryAfterMs(null, NOW)).toBeUndefined();
  });
});

describe('backing off without Retry-After', () => {
  it('doubles each attempt, with jitter in the upper half of the step, capped', () => {
    expect(backoffMs(1, 250, 20_000, () => 0)).toBe(125);
    expect(backoffMs(1, 250, 20_000, () => 0.999)).toBe(250);
    expect(backoffMs(3, 250, 20_000, () => 0)).toBe(500);
    expect(backoffMs(20, 250, 20_000, () => 0)).toBe(10_000);
    expect(backoffMs(20, 250, 20_000, () => 0.999)).toBeLessThanOrEqual(20_000);
  });
});

describe('retrying', () => {
  it('backs off on a 503 without Retry-After and re-sends the same body and key', async () => {
    const { sent, fetch } = scripted([new Response(null, { status: 503 })]);
    const delays: number[] = [];
    const ayni = createAyniClient({ baseUrl: 'http://ayni.test', fetch, retry: { sleep: async (ms) => void delays.push(ms), random: () => 0 } });

    const result = await ayni.POST('/v1/orgs', { body: { kind: 'buyer', name: 'Hotel', country: 'PE', region: 'Cusco' } });

    expect(result.response.status).toBe(200);
    expect(delays).toEqual([125]);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.headers.get('idempotency-key')).toBe(sent[0]!.headers.get('idempotency-key'));
    expect(await sent[1]!.text()).toBe(await sent[0]!.text());
  });

  it('never re-sends a POST without an Idempotency-Key after a network error: it may have taken effect', async () => {
    const { sent, fetch } = scripted([new TypeError('fetch failed')]);
    const ayni = createAyniClient({ baseUrl: 'http://ayni.test', fetch, retry: { sleep: async () => {} } });

    await expect(
      ayni.POST('/v1/funds/{fundId}/loans/{loanId}/approval', { params: { path: { fundId: 'org_1', loanId: 'loan_1' } }, body: {} }),
    ).rejects.toThrow('fetch failed');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers.has('idempotency-key')).toBe(false);
  });

  it('sends the token (asked each call), the language, and no retries when attempts is 1', async () => {
    const { sent, fetch } = scripted([new Response(null, { status: 429, headers: { 'retry-after': '1' } })]);
    let calls = 0;
    const ayni = createAyniClient({ baseUrl: 'http://ayni.test', fetch, lang: 'en', token: async () => `t${++calls}`, retry: { attempts: 1 } });

    const refused = await ayni.GET('/v1/associations');
    await ayni.GET('/v1/associations');

    expect(refused.response.status).toBe(429);
    expect(sent.map((request) => request.headers.get('authorization'))).toEqual(['Bearer t1', 'Bearer t2']);
    expect(sent[0]!.headers.get('accept-language')).toBe('en');
    expect(sent[0]!.headers.has('idempotency-key')).toBe(false);
  });
});

describe('error answers that are not problem documents', () => {
  it('still become an AyniProblem: a gateway throttling 429 has code http-429 and its message as title', async () => {
    const { fetch } = scripted([new Response('{"message":"Too Many Requests"}', { status: 429, headers: { 'content-type': 'application/json' } })]);
    const ayni = createAyniClient({ baseUrl: 'http://ayni.test', fetch, retry: { attempts: 1 } });

    const result = await ayni.GET('/v1/associations');

    expect(() => unwrap(result)).toThrow(
      expect.objectContaining({ name: 'AyniProblem', status: 429, code: 'http-429', title: 'Too Many Requests', errors: [] }),
    );
  });
});
