import type { ProductItem } from './model.js';

/**
 * Catalog search, the pure part: how texts become words, which words a product is found by, which
 * index keys hold its postings, and how a query is read. The repository (repository/search.ts)
 * stores the postings; the service (service/search.ts) writes and reads them.
 *
 * - A **word** is a run of letters and digits after folding: accents and case removed
 *   ("Chómpa" → "chompa"), apostrophes dropped ("llamk’ay" → "llamkay"), at most 40 characters.
 * - A product is found by its **indexed words**: the distinct words of its names, then of its
 *   descriptions (es, qu, en each), stop words left out, the first {@link MAX_WORDS_PER_PRODUCT}.
 * - Each indexed word has **postings** under its prefixes of 3 to 6 characters (a word of 1 or 2
 *   characters under itself): so a word of 3 or more characters typed as the last one of a query
 *   reads the postings of its first 6 characters, and the product items read decide the rest.
 */

/** Distinct words indexed per product, names first: bounds its postings (4 per word at most). */
export const MAX_WORDS_PER_PRODUCT = 60;
/** The last word of a query is a prefix from this length on; a shorter lone word must match whole. */
export const MIN_PREFIX_LENGTH = 3;
/** Postings keys are prefixes up to this length: a longer word is read by its first 6 characters. */
export const MAX_KEY_LENGTH = 6;
const MAX_WORD_LENGTH = 40;
/** Words of a query taken into account (`q` has at most 60 characters). */
export const MAX_QUERY_WORDS = 8;

/**
 * Articles, prepositions and conjunctions of Spanish and English: never indexed, ignored in a query
 * (Quechua has none to leave out: its particles are suffixes, part of the word). A last word of 3
 * or more characters is kept even so, as a prefix: "queso and" is someone typing "queso andino".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // es
  'a',
  'al',
  'con',
  'de',
  'del',
  'e',
  'el',
  'en',
  'la',
  'las',
  'lo',
  'los',
  'o',
  'para',
  'por',
  'sin',
  'su',
  'sus',
  'u',
  'un',
  'una',
  'y',
  // en
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/** A text folded and cut into words (stop words included). */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ‘`´]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
}

/** A free text (a region) folded for comparison and keys: accents, case and repeated spaces ignored. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');
}

/** The words a product is found by: names first, then descriptions; distinct, no stop words, capped. */
export function indexedWords(product: Pick<ProductItem, 'name' | 'description'>): string[] {
  const texts = [product.name.es, product.name.qu, product.name.en, product.description.es, product.description.qu, product.description.en];
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of wordsOf(text ?? '')) {
      if (words.size >= MAX_WORDS_PER_PRODUCT) return [...words];
      if (!STOP_WORDS.has(word)) words.add(word);
    }
  }
  return [...words];
}

/** The index keys of one word: its prefixes of 3 to 6 characters, or itself when shorter than 3. */
function keysOfWord(word: string): string[] {
  if (word.length < MIN_PREFIX_LENGTH) return [word];
  const keys: string[] = [];
  for (let length = MIN_PREFIX_LENGTH; length <= Math.min(word.length, MAX_KEY_LENGTH); length++) keys.push(word.slice(0, length));
  return keys;
}

/** The distinct index keys a product has postings under (at most 4 × 60). */
export function indexKeysOf(words: readonly string[]): string[] {
  return [...new Set(words.flatMap(keysOfWord))];
}

export interface SearchQuery {
  /** Words that must each be an indexed word of the product. */
  readonly whole: readonly string[];
  /** The last word, matched as a prefix of an indexed word (absent when it had to match whole). */
  readonly prefix?: string | undefined;
  /** The index key whose postings a page reads: the most selective one (see {@link parseQuery}). */
  readonly key: string;
}

/**
 * Reads `q`: its words folded like the products', stop words dropped (a last word of 3 or more
 * characters kept, as a prefix), repeated words once, the first {@link MAX_QUERY_WORDS}. Every word
 * must match; the last one as a prefix, unless it is the only word and shorter than 3 characters
 * (then it must be a whole word: "1" finds "lote 1", not "lote 15").
 *
 * The postings read are those of ONE key, chosen without any read: the longest key any word gives
 * (a word's first 6 characters, a short word itself), then the longest word, then the first. A
 * longer prefix's postings are a subset of a shorter one's, and longer words are rarer (Zipf); a
 * per-word count kept exact would be one more hot item written by every edit of every product.
 * Undefined when no word is left ("de la").
 */
export function parseQuery(q: string): SearchQuery | undefined {
  const all = wordsOf(q);
  const words: string[] = [];
  all.forEach((word, i) => {
    const last = i === all.length - 1;
    if (STOP_WORDS.has(word) && !(last && word.length >= MIN_PREFIX_LENGTH)) return;
    if (!words.includes(word)) words.push(word);
  });
  const kept = words.slice(0, MAX_QUERY_WORDS);
  if (kept.length === 0) return undefined;
  const lastWord = kept[kept.length - 1]!;
  const loneShort = kept.length === 1 && lastWord.length < MIN_PREFIX_LENGTH;
  const lastIsPrefix = !loneShort && all[all.length - 1] === lastWord;
  const whole = lastIsPrefix ? kept.slice(0, -1) : kept;
  const prefix = lastIsPrefix ? lastWord : undefined;
  const candidates: Array<{ key: string; word: string }> = whole.map((word) => ({
    key: word.length < MIN_PREFIX_LENGTH ? word : word.slice(0, MAX_KEY_LENGTH),
    word,
  }));
  if (prefix && prefix.length >= MIN_PREFIX_LENGTH) candidates.push({ key: prefix.slice(0, MAX_KEY_LENGTH), word: prefix });
  if (candidates.length === 0) return undefined;
  const best = candidates.reduce((a, b) => (b.key.length > a.key.length || (b.key.length === a.key.length && b.word.length > a.word.length) ? b : a));
  return { whole, prefix, key: best.key };
}

/** True when a product's indexed words answer every word of the query. */
export function matchesQuery(words: readonly string[], query: SearchQuery): boolean {
  const set = new Set(words);
  if (!query.whole.every((word) => set.has(word))) return false;
  const prefix = query.prefix;
  return prefix === undefined || words.some((word) => word.startsWith(prefix));
}
