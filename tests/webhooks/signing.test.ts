import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { generateWebhookSecret, signWebhook, verifyWebhook, WebhookVerificationFailed } from '../../packages/webhooks/src/signing.js';

const AT = new Date('2025-03-01T12:00:00.500Z');
const SECONDS = Math.floor(AT.getTime() / 1000);
const BODY = JSON.stringify({ type: 'order.placed', data: { orderId: 'ord_1', total: { amount: 1250, currency: 'PEN' } } });

function failureOf(run: () => unknown): WebhookVerificationFailed {
  try {
    run();
  } catch (error) {
    if (error instanceof WebhookVerificationFailed) return error;
    throw error;
  }
  throw new Error('expected the verification to fail');
}

describe('webhook secrets', () => {
  it('are whsec_ followed by 32 random bytes in base64, different every time', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });
});

describe('signing a delivery', () => {
  it('puts the id, the timestamp in whole seconds and one v1 signature in the headers', () => {
    const headers = signWebhook({ id: 'msg_1', timestamp: AT, body: BODY, secrets: [generateWebhookSecret()] });

    expect(headers['webhook-id']).toBe('msg_1');
    expect(headers['webhook-timestamp']).toBe(String(SECONDS));
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
  });

  it('is accepted by the Standard Webhooks reference library', () => {
    // The library checks the timestamp against the wall clock and offers no way to pass one, so only
    // this test signs at the real current time.
    const secret = generateWebhookSecret();
    const headers = signWebhook({ id: 'msg_ref', timestamp: new Date(), body: BODY, secrets: [secret] });

    expect(new Webhook(secret).verify(BODY, { ...headers })).toEqual(JSON.parse(BODY));
  });

  it('produces exactly the reference library signature', () => {
    const secret = generateWebhookSecret();
    const headers = signWebhook({ id: 'msg_same', timestamp: AT, body: BODY, secrets: [secret] });

    expect(headers['webhook-signature']).toBe(new Webhook(secret).sign('msg_same', AT, BODY));
  });

  it('signs with every secret during a rotation, current first, and either secret verifies', () => {
    const [current, previous] = [generateWebhookSecret(), generateWebhookSecret()];
    const headers = signWebhook({ id: 'msg_rot', timestamp: AT, body: BODY, secrets: [current, previous] });
    const signatures = headers['webhook-signature'].split(' ');

    expect(signatures).toEqual([new Webhook(current).sign('msg_rot', AT, BODY), new Webhook(previous).sign('msg_rot', AT, BODY)]);
    expect(verifyWebhook({ headers, body: BODY, secrets: [current], now: AT })).toEqual({ id: 'msg_rot', timestamp: new Date(SECONDS * 1000) });
    expect(verifyWebhook({ headers, body: BODY, secrets: [previous], now: AT }).id).toBe('msg_rot');
    expect(failureOf(() => verifyWebhook({ headers, body: BODY, secrets: [generateWebhookSecret()], now: AT })).reason).toBe('signature');
  });

  it('refuses to sign without a secret or with a malformed one', () => {
    expect(() => signWebhook({ id: 'msg', timestamp: AT, body: BODY, secrets: [] })).toThrow(RangeError);
    expect(() => signWebhook({ id: 'msg', timestamp: AT, body: BODY, secrets: ['whsec_'] })).toThrow(RangeError);
    expect(() => signWebhook({ id: 'msg', timestamp: AT, body: BODY, secrets: ['whsec_not base64!'] })).toThrow(RangeError);
  });
});

describe('verifying a delivery', () => {
  const secret = generateWebhookSecret();
  const signed = signWebhook({ id: 'msg_v', timestamp: AT, body: BODY, secrets: [secret] });

  it('accepts a delivery signed by the reference library', () => {
    const headers = { 'webhook-id': 'msg_lib', 'webhook-timestamp': String(SECONDS), 'webhook-signature': new Webhook(secret).sign('msg_lib', AT, BODY) };

    expect(verifyWebhook({ headers, body: BODY, secrets: [secret], now: AT }).id).toBe('msg_lib');
  });

  it('reads headers in any letter case, as they arrive in Node', () => {
    const headers = { 'Webhook-Id': signed['webhook-id'], 'WEBHOOK-TIMESTAMP': signed['webhook-timestamp'], 'webhook-signature': signed['webhook-signature'] };

    expect(verifyWebhook({ headers, body: BODY, secrets: [secret], now: AT }).id).toBe('msg_v');
  });

  it('accepts a raw byte body equal to the signed string', () => {
    expect(verifyWebhook({ headers: signed, body: Buffer.from(BODY), secrets: [secret], now: AT }).id).toBe('msg_v');
  });

  it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const)('refuses a delivery without %s', (name) => {
    const headers: Record<string, string> = { ...signed };
    delete headers[name];

    expect(failureOf(() => verifyWebhook({ headers, body: BODY, secrets: [secret], now: AT })).reason).toBe('missing-header');
  });

  it('refuses a tampered body, id or timestamp', () => {
    const tampered = [
      { headers: signed, body: BODY.replace('1250', '1251') },
      { headers: { ...signed, 'webhook-id': 'msg_w' }, body: BODY },
      { headers: { ...signed, 'webhook-timestamp': String(SECONDS + 1) }, body: BODY },
    ];

    for (const { headers, body } of tampered) {
      const failure = failureOf(() => verifyWebhook({ headers, body, secrets: [secret], now: AT }));
      expect(failure).toBeInstanceOf(WebhookVerificationFailed);
      expect(failure.name).toBe('WebhookVerificationFailed');
      expect(failure.reason).toBe('signature');
    }
  });

  it('refuses timestamps outside the tolerance in either direction, and accepts its edges', () => {
    const at = (offsetSeconds: number) => new Date((SECONDS + offsetSeconds) * 1000);

    expect(verifyWebhook({ headers: signed, body: BODY, secrets: [secret], now: at(300) }).id).toBe('msg_v');
    expect(verifyWebhook({ headers: signed, body: BODY, secrets: [secret], now: at(-300) }).id).toBe('msg_v');
    expect(failureOf(() => verifyWebhook({ headers: signed, body: BODY, secrets: [secret], now: at(301) })).reason).toBe('timestamp');
    expect(failureOf(() => verifyWebhook({ headers: signed, body: BODY, secrets: [secret], now: at(-301) })).reason).toBe('timestamp');
    expect(failureOf(() => verifyWebhook({ headers: signed, body: BODY, secrets: [secret], now: at(30), toleranceSeconds: 10 })).reason).toBe('timestamp');
  });

  it('refuses a timestamp that is not whole seconds', () => {
    for (const timestamp of [`${SECONDS}.5`, `${SECONDS}ms`, '-1', `${SECONDS * 1000}`]) {
      const headers = { ...signed, 'webhook-timestamp': timestamp };
      expect(failureOf(() => verifyWebhook({ headers, body: BODY, secrets: [secret], now: AT })).reason).toBe('timestamp');
    }
  });

  it('ignores signatures of unknown versions', () => {
    const value = signed['webhook-signature'].slice('v1,'.length);
    for (const signature of [`v2,${value}`, `v1a,${value}`, value, `V1,${value}`]) {
      const headers = { ...signed, 'webhook-signature': signature };
      expect(failureOf(() => verifyWebhook({ headers, body: BODY, secrets: [secret], now: AT })).reason).toBe('signature');
    }
    const mixed = { ...signed, 'webhook-signature': `v1a,${value} ${signed['webhook-signature']}` };
    expect(verifyWebhook({ headers: mixed, body: BODY, secrets: [secret], now: AT }).id).toBe('msg_v');
  });
});

describe('signatures over random deliveries', () => {
  const delivery = fc.record({
    id: fc.string({ minLength: 1, maxLength: 40 }),
    body: fc.uint8Array({ minLength: 1, maxLength: 512 }),
    key: fc.uint8Array({ minLength: 24, maxLength: 64 }),
    seconds: fc.integer({ min: 0, max: 4_000_000_000 }),
  });

  it('verify after signing, and are what the reference library computes', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.uint8Array({ minLength: 24, maxLength: 64 }),
        fc.integer({ min: 0, max: 4_000_000_000 }),
        (id, body, key, seconds) => {
          const secret = `whsec_${Buffer.from(key).toString('base64')}`;
          const timestamp = new Date(seconds * 1000);
          const headers = signWebhook({ id, timestamp, body, secrets: [secret] });

          expect(verifyWebhook({ headers, body, secrets: [secret], now: timestamp }).id).toBe(id);
          expect(headers['webhook-signature']).toBe(new Webhook(secret).sign(id, timestamp, body));
        },
      ),
    );
  });

  it('fail after any single-byte change of the body', () => {
    fc.assert(
      fc.property(delivery, fc.nat(), fc.integer({ min: 1, max: 255 }), ({ id, body, key, seconds }, position, flip) => {
        const secret = `whsec_${Buffer.from(key).toString('base64')}`;
        const timestamp = new Date(seconds * 1000);
        const headers = signWebhook({ id, timestamp, body, secrets: [secret] });
        const changed = Uint8Array.from(body);
        const index = position % changed.length;
        changed[index] = (changed[index]! ^ flip) & 0xff;

        expect(failureOf(() => verifyWebhook({ headers, body: changed, secrets: [secret], now: timestamp })).reason).toBe('signature');
      }),
    );
  });
});
