/**
 * Key composition shared by every domain's key builders. Domains never concatenate key strings
 * themselves: they call their own `keys.*` builders, which call `compose`.
 */
export const SEPARATOR = '#';

export function compose(...parts: ReadonlyArray<string | number>): string {
  return parts
    .map((part) => {
      const text = String(part);
      if (text.includes(SEPARATOR)) throw new RangeError(`key part must not contain "${SEPARATOR}": ${text}`);
      return text;
    })
    .join(SEPARATOR);
}

/**
 * A free text (a region a person typed) as a key part: the separator becomes a look-alike (＃,
 * U+FF03), so any text can be a key part and every other text keeps its key unchanged.
 */
export function textKeyPart(text: string): string {
  return text.replaceAll(SEPARATOR, '\uFF03');
}

/** Zero-pads a non-negative integer so that lexical order equals numeric order in sort keys. */
export function sortableNumber(value: number, width = 12): string {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a non-negative integer: ${value}`);
  return String(value).padStart(width, '0');
}

export interface PrimaryKey {
  readonly pk: string;
  readonly sk: string;
}
