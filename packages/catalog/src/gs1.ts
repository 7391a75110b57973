/**
 * The GS1 rules the catalog keeps (GS1 General Specifications; GS1 Digital Link URI syntax):
 *
 * - a GTIN has 8, 12, 13 or 14 digits, the last a check digit; every form names the same GTIN once
 *   left-padded with zeros to 14 digits, which is how it is stored, keyed and compared;
 * - the batch/lot number of a trade item (Application Identifier 10) has 1 to 20 characters of the
 *   AI encodable character set 82. A lot of a product with a GTIN carries one in its Digital Link
 *   (`/01/<gtin14>/10/<lot>`): its own code when that fits, else an alias (see `linkCodeOf`).
 */

export const AI10_MAX_LENGTH = 20;
export const LOT_CODE_MAX_LENGTH = 40;

/**
 * The characters a lot code may have: GS1's set 82 (letters, digits and ! % & ' ( ) * + , - . / : ;
 * < = > ? _) except the double quote, which no URI may carry as is and which the reference grammar
 * of Digital Link URIs (digital-link.js, grammar 1.4) refuses even percent-encoded.
 */
export const LOT_CODE_CHARACTERS = "letters, digits and ! % & ' ( ) * + , - . / : ; < = > ? _";
const LOT_CODE_CHARACTER = "[A-Za-z0-9!%&'()*+,\\-./:;<=>?_]";
export const LOT_CODE_PATTERN = new RegExp(`^${LOT_CODE_CHARACTER}{1,${LOT_CODE_MAX_LENGTH}}$`);
const NOT_LOT_CODE_CHARACTER = /[^A-Za-z0-9!%&'()*+,\-./:;<=>?_]/g;
const AI10_PATTERN = new RegExp(`^${LOT_CODE_CHARACTER}{1,${AI10_MAX_LENGTH}}$`);

/** True when the digits end with their GS1 check digit (mod 10, weights 3 and 1 from the right). */
export function hasValidCheckDigit(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  const body = digits.slice(0, -1);
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(digits.at(-1));
}

/** GTIN-8, GTIN-12, GTIN-13 or GTIN-14 with a right check digit. */
export function isGtin(text: string): boolean {
  return /^(\d{8}|\d{12,14})$/.test(text) && hasValidCheckDigit(text);
}

/** The 14-digit form of a GTIN (`7751234000016` → `07751234000016`); the check digit is unchanged by the padding. */
export function normalizeGtin(gtin: string): string {
  return gtin.padStart(14, '0');
}

/** True when the text can be a batch/lot number (AI 10) as it is. */
export function isAi10(code: string | undefined): code is string {
  return code !== undefined && AI10_PATTERN.test(code);
}

/**
 * The aliases a lot may carry as its batch/lot number, in order of preference, when its code
 * cannot (absent, longer than 20 characters, or already used by another lot under the GTIN):
 * the first 11 characters of its code, a dash and the last 8 characters of its id (a long code
 * keeps its recognisable start); then the last 16 characters of its id (the random part of its
 * ULID). Both are made of id characters (Crockford base32) and code characters (any other character
 * of a code stored before these rules becomes a dash), so they are AI 10.
 */
export function lotCodeAliases(lot: { id: string; code?: string | undefined }): string[] {
  const byId = lot.id.slice(-16);
  if (!lot.code) return [byId];
  const start = lot.code.slice(0, AI10_MAX_LENGTH - 9).replace(NOT_LOT_CODE_CHARACTER, '-');
  return [`${start}-${lot.id.slice(-8)}`, byId];
}

/**
 * The batch/lot number a lot carries in its GS1 Digital Link: the alias stored on it (`linkCode`)
 * if it has one, else its code when that is AI 10, else its first alias (which is what it gets
 * stored when its link is written).
 */
export function linkCodeOf(lot: { id: string; code?: string | undefined; linkCode?: string | undefined }): string {
  if (lot.linkCode) return lot.linkCode;
  if (isAi10(lot.code)) return lot.code;
  return lotCodeAliases(lot)[0]!;
}
