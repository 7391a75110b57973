import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): an integrator checks that a delivery
 * came from us, unchanged, recently. What is signed is `${id}.${seconds}.${body}`, so none of the three can
 * be swapped without the key; the timestamp lets the receiver refuse replays of old deliveries, the id
 * lets it drop duplicates. Secrets are `whsec_` + base64 of the key, as every Standard Webhooks library
 * reads them; during a rotation we sign with the current and the previous secret, so receivers can switch
 * keys at their own pace.
 */

const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;
const SIGNATURE_VERSION = 'v1';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const DEFAULT_TOLERANCE_SECONDS = 300;

/** A type alias, not an interface, so it passes wherever a plain header record is expected. */
export type WebhookHeaders = {
  readonly 'webhook-id': string;
  readonly 'webhook-timestamp': string;
  readonly 'webhook-signature': string;
};

export type WebhookVerificationReason = 'missing-header' | 'timestamp' | 'signature';

/** A delivery the receiver must refuse; `reason` says which check failed, without saying more to a forger. */
export class WebhookVerificationFailed extends Error {
  constructor(
    readonly reason: WebhookVerificationReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WebhookVerificationFailed';
  }
}

/** A new signing secret: 32 random bytes, matching HMAC-SHA256's 256-bit strength (the specification asks for 24 to 64). */
export function generateWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
}

/** The key bytes of a secret; a malformed secret is our own configuration mistake, so it throws a RangeError. */
function keyOf(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  if (encoded.length === 0 || !BASE64.test(encoded)) throw new RangeError('a webhook secret is whsec_ followed by non-empty base64');
  return Buffer.from(encoded, 'base64');
}

function secondsOf(timestamp: Date): number {
  const ms = timestamp.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('webhook timestamp is not a valid date');
  return Math.floor(ms / 1000);
}

function signatureOf(key: Buffer, id: string, seconds: number, body: string | Uint8Array): string {
  return createHmac('sha256', key).update(`${id}.${seconds}.`).update(body).digest('base64');
}

export interface SignWebhookInput {
  readonly id: string;
  readonly timestamp: Date;
  /** Exactly the bytes sent: re-serialising JSON after signing would break every signature. */
  readonly body: string | Uint8Array;
  /** Current secret first, then the previous one while a rotation is under way. */
  readonly secrets: readonly string[];
}

/** The three headers of a signed delivery, one `v1,` signature per secret, space-separated. */
export function signWebhook({ id, timestamp, body, secrets }: SignWebhookInput): WebhookHeaders {
  if (secrets.length === 0) throw new RangeError('signing a webhook needs at least one secret');
  if (id.length === 0) throw new RangeError('a webhook id must not be empty');
  const seconds = secondsOf(timestamp);
  const signatures = secrets.map((secret) => `${SIGNATURE_VERSION},${signatureOf(keyOf(secret), id, seconds, body)}`);
  return { 'webhook-id': id, 'webhook-timestamp': String(seconds), 'webhook-signature': signatures.join(' ') };
}

export interface VerifyWebhookInput {
  /** Request headers in any letter case, as Node's `IncomingHttpHeaders` or a plain record. */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly body: string | Uint8Array;
  readonly secrets: readonly string[];
  /** Injected so that tests and replays of stored requests do not depend on the wall clock. */
  readonly now: Date;
  readonly toleranceSeconds?: number;
}

function headerOf(headers: VerifyWebhookInput['headers'], name: keyof WebhookHeaders): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    const text = typeof value === 'string' ? value : value?.join(' ');
    return text === undefined || text.length === 0 ? undefined : text;
  }
  return undefined;
}

/** Compares as bytes in constant time; unequal lengths leak only the length, which is public (44 characters). */
function sameSignature(candidate: string, expected: string): boolean {
  const a = Buffer.from(candidate);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * For receivers (and our own tests): accepts a delivery when its timestamp is within the tolerance of
 * `now`, in either direction (a clock far ahead is as suspicious as a replay), and any `v1` signature
 * matches any of the secrets. Signatures of other versions are ignored, as the specification asks, so
 * a delivery carrying only those fails on `signature`. Returns the verified id and timestamp.
 */
export function verifyWebhook({ headers, body, secrets, now, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS }: VerifyWebhookInput): {
  id: string;
  timestamp: Date;
} {
  if (secrets.length === 0) throw new RangeError('verifying a webhook needs at least one secret');
  const id = headerOf(headers, 'webhook-id');
  const timestampHeader = headerOf(headers, 'webhook-timestamp');
  const signatureHeader = headerOf(headers, 'webhook-signature');
  if (id === undefined || timestampHeader === undefined || signatureHeader === undefined) {
    throw new WebhookVerificationFailed('missing-header', 'webhook-id, webhook-timestamp and webhook-signature are required');
  }
  if (!/^\d{1,15}$/.test(timestampHeader)) throw new WebhookVerificationFailed('timestamp', 'webhook-timestamp is not an integer number of seconds');
  const seconds = Number(timestampHeader);
  if (Math.abs(secondsOf(now) - seconds) > toleranceSeconds) {
    throw new WebhookVerificationFailed('timestamp', `webhook-timestamp is more than ${toleranceSeconds} s away from now`);
  }
  const candidates = signatureHeader
    .split(' ')
    .filter((entry) => entry.startsWith(`${SIGNATURE_VERSION},`))
    .map((entry) => entry.slice(SIGNATURE_VERSION.length + 1));
  const expected = secrets.map((secret) => signatureOf(keyOf(secret), id, seconds, body));
  // Every pair is compared, no early exit, so the time taken does not say which secret matched.
  let matched = false;
  for (const candidate of candidates) for (const signature of expected) matched = sameSignature(candidate, signature) || matched;
  if (!matched) throw new WebhookVerificationFailed('signature', 'no v1 signature matches');
  return { id, timestamp: new Date(seconds * 1000) };
}
