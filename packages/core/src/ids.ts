import { randomBytes } from 'node:crypto';

/** Crockford base32, as used by ULID: sortable, case-insensitive, no I/L/O/U. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function encodeTime(ms: number, length: number): string {
  let out = '';
  let rest = ms;
  for (let i = 0; i < length; i++) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function encodeRandom(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte % 32];
  return out;
}

/**
 * A ULID (26 characters: 10 of millisecond time, 16 random): ids sort by creation time, which keeps
 * key ranges in DynamoDB naturally ordered.
 */
export function ulid(now: number = Date.now()): string {
  return encodeTime(now, 10) + encodeRandom(16);
}

export const ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/** A typed, prefixed identifier such as `org_01J...`; the prefix says what the id names. */
export function newId<P extends string>(prefix: P, now?: number): `${P}_${string}` {
  return `${prefix}_${ulid(now)}`;
}
