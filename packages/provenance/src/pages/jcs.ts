/**
 * RFC 8785 JSON Canonicalization Scheme, small enough to ship in the public page: object members
 * sorted by the UTF-16 code units of their names, no whitespace, and strings and numbers written
 * as ECMAScript's JSON.stringify writes them (which is how RFC 8785 defines them). Input is what
 * JSON.parse returns; anything JSON cannot hold is refused rather than guessed.
 */
export function canonicalize(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('JCS cannot hold a non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalize).join(',')}]`;
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const members = Object.keys(object)
      .filter((key) => object[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalize(object[key])}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`JCS cannot hold a ${typeof value}`);
}
