/**
 * What a person reads, in their language: Spanish by default, Southern Quechua (Cusco-Collao,
 * spelled as in docs/glossary-qu.md) and English. A locale is the language plus the country whose
 * conventions numbers and money follow: Peru writes `S/ 1,234.50`, Bolivia `Bs 1.234,50`.
 *
 * Messages travel with what raises them: a `Message` carries its stable key, its parameters and its
 * texts (the entry of the owning package's catalog, `messages.ts`), and is rendered only when a
 * response is written, in the caller's locale.
 */
export const LANGS = ['es', 'qu', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'es';

export type Country = 'PE' | 'BO';

export interface Locale {
  readonly lang: Lang;
  /** The country whose number and money conventions apply (the organisation's, or the currency's). */
  readonly country: Country;
}

export const DEFAULT_LOCALE: Locale = { lang: DEFAULT_LANG, country: 'PE' };

/** Language tags that mean each of our languages (Quechua: the macrolanguage and its Peruvian and Bolivian codes). */
function langOfTag(tag: string): Lang | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'es' || primary === 'en') return primary;
  if (primary === 'qu' || primary === 'quz' || primary === 'que' || primary === 'qub' || primary === 'quh' || primary === 'qul') return 'qu';
  return undefined;
}

/**
 * The language of a request: `?lang=` when it names one of ours, else the best of `Accept-Language`
 * (RFC 9110 §12.5.4: by q-value, then order; `q=0` excludes), else Spanish.
 */
export function negotiateLang(acceptLanguage: string | undefined, explicit?: string | undefined): Lang {
  const chosen = explicit ? langOfTag(explicit) : undefined;
  if (chosen) return chosen;
  if (!acceptLanguage) return DEFAULT_LANG;
  const ranges = acceptLanguage
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const range of ranges) {
    if (range.tag === '*') return DEFAULT_LANG;
    const lang = langOfTag(range.tag);
    if (lang) return lang;
  }
  return DEFAULT_LANG;
}

/** The country whose conventions a currency's amounts are written in. */
export function countryOfCurrency(currency: string): Country {
  return currency === 'BOB' ? 'BO' : 'PE';
}

/** The BCP 47 tag Intl formats with (Quechua numbers and money follow Spanish of the same country). */
export function intlTag(locale: Locale, purpose: 'number' | 'date' = 'number'): string {
  if (locale.lang === 'qu') return purpose === 'date' ? `qu-${locale.country}` : `es-${locale.country}`;
  return `${locale.lang}-${locale.country}`;
}

const MINOR_DIGITS: Readonly<Record<string, number>> = { PEN: 2, BOB: 2, USD: 2 };

/** Integer minor units as an exact decimal string (no float ever): 123450 → "1234.50". */
export function minorToDecimal(amount: number | bigint, currency: string): string {
  const digits = MINOR_DIGITS[currency] ?? 2;
  const value = BigInt(amount);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const scale = 10n ** BigInt(digits);
  const whole = abs / scale;
  const fraction = (abs % scale).toString().padStart(digits, '0');
  return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
}

const CURRENCY_SYMBOL: Readonly<Record<string, string>> = { PEN: 'S/', BOB: 'Bs', USD: 'US$' };

/**
 * Money in minor units, written for a person: `S/ 1,234.50` in Peru, `Bs 1.234,50` in Bolivia (the
 * country follows the currency unless given), `-S/ 5.00`; the symbol is the one the country uses, the
 * digits grouped as its Spanish writes them (English groups the English way).
 */
export function localMoney(amount: number | bigint, currency: string, locale: Locale = DEFAULT_LOCALE, country: Country = countryOfCurrency(currency)): string {
  const digits = MINOR_DIGITS[currency] ?? 2;
  const decimal = minorToDecimal(amount, currency);
  const negative = decimal.startsWith('-');
  const format = new Intl.NumberFormat(intlTag({ ...locale, country }), { minimumFractionDigits: digits, maximumFractionDigits: digits });
  // Intl formats a decimal string exactly (ECMA-402 NumberFormat v3): no float is involved.
  const number = format.format((negative ? decimal.slice(1) : decimal) as unknown as number);
  return `${negative ? '-' : ''}${CURRENCY_SYMBOL[currency] ?? currency} ${number}`;
}

/** A calendar date (`YYYY-MM-DD`) in words: "1 de diciembre de 2026", "December 1, 2026". */
export function localDate(date: string, locale: Locale = DEFAULT_LOCALE): string {
  const instant = new Date(`${date.slice(0, 10)}T12:00:00.000Z`);
  if (Number.isNaN(instant.getTime())) return date;
  return new Intl.DateTimeFormat(intlTag(locale, 'date'), { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
}

/** Unit names per language, singular and plural (the catalog's units; Quechua takes the Spanish word, unmarked for number after a numeral). */
const UNIT_NAMES: Readonly<Record<string, Readonly<Record<Lang, readonly [string, string]>>>> = {
  kg: { es: ['kg', 'kg'], qu: ['kg', 'kg'], en: ['kg', 'kg'] },
  g: { es: ['g', 'g'], qu: ['g', 'g'], en: ['g', 'g'] },
  litre: { es: ['litro', 'litros'], qu: ['litro', 'litro'], en: ['litre', 'litres'] },
  unit: { es: ['unidad', 'unidades'], qu: ['unidad', 'unidad'], en: ['unit', 'units'] },
  dozen: { es: ['docena', 'docenas'], qu: ['docena', 'docena'], en: ['dozen', 'dozen'] },
  metre: { es: ['metro', 'metros'], qu: ['metro', 'metro'], en: ['metre', 'metres'] },
};

/** A quantity with its unit named in the language: "12 litros", "2,5 kg" (decimal separator per country). */
export function localQuantity(value: string | number, unit: string, locale: Locale = DEFAULT_LOCALE): string {
  const text = String(value);
  const number = new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 3 }).format(text as unknown as number);
  const names = UNIT_NAMES[unit]?.[locale.lang];
  const name = names ? (Number(text) === 1 ? names[0] : names[1]) : unit;
  return `${number} ${name}`;
}

/** Payment terms in words: `net_30` → "a 30 días", "30 p’unchaypi", "net 30 days"; `prepaid`, `on_delivery`. */
export function localTerms(terms: string, locale: Locale = DEFAULT_LOCALE): string {
  const days = /^net_(\d+)$/.exec(terms)?.[1];
  if (days) return { es: `a ${days} días`, qu: `${days} p’unchaypi`, en: `net ${days} days` }[locale.lang];
  if (terms === 'prepaid') return { es: 'pago adelantado', qu: 'ñawpaqta payllasqa', en: 'prepaid' }[locale.lang];
  if (terms === 'on_delivery') return { es: 'contra entrega', qu: 'haypachikuspa payllana', en: 'payment on delivery' }[locale.lang];
  return terms;
}

/** A message parameter: plain text or a number, or a value formatted for the reader. */
export type MessageParam =
  | string
  | number
  | { readonly money: { readonly amount: number; readonly currency: string } }
  | { readonly quantity: { readonly value: string | number; readonly unit: string } }
  | { readonly date: string }
  | { readonly terms: string }
  /** A name kept in several languages (a product's `name`): said in the reader's, else in Spanish. */
  | { readonly localized: { readonly es: string; readonly qu?: string | undefined; readonly en?: string | undefined } };

export type MessageParams = Readonly<Record<string, MessageParam>>;

/** One entry of a catalog: Spanish always; Quechua and English where written (else Spanish, then English). */
export interface MessageTexts {
  readonly es: string;
  readonly qu?: string;
  readonly en: string;
}

export type MessageCatalog = Readonly<Record<string, MessageTexts>>;

/** What raises a message hands over: the key in its catalog, the texts of that key, and the values to fill in. */
export interface Message {
  readonly key: string;
  readonly texts: MessageTexts;
  readonly params: MessageParams;
}

/** Declares a package's catalog (typed keys; `es` and `en` required by the type). */
export function defineMessages<const C extends Record<string, MessageTexts>>(catalog: C): C {
  return catalog;
}

/** A message of a catalog with its parameters. */
export function message<C extends MessageCatalog>(catalog: C, key: keyof C & string, params: MessageParams = {}): Message {
  return { key, texts: catalog[key]!, params };
}

function formatParam(value: MessageParam, locale: Locale): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return new Intl.NumberFormat(intlTag(locale)).format(value);
  if ('money' in value) return localMoney(value.money.amount, value.money.currency, locale);
  if ('quantity' in value) return localQuantity(value.quantity.value, value.quantity.unit, locale);
  if ('date' in value) return localDate(value.date, locale);
  if ('localized' in value) return value.localized[locale.lang] ?? value.localized.es;
  return localTerms(value.terms, locale);
}

/** The text of `texts` in the locale's language (Quechua falls back to Spanish), `{name}` filled in. */
export function renderText(texts: MessageTexts, params: MessageParams, locale: Locale): string {
  const template = texts[locale.lang] ?? texts.es;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? formatParam(params[name]!, locale) : whole));
}

export function renderMessage(msg: Message, locale: Locale): string {
  return renderText(msg.texts, msg.params, locale);
}

/** The English text of a message (logs, and `Error.message`). */
export const englishOf = (msg: Message): string => renderText(msg.texts, msg.params, { lang: 'en', country: 'PE' });

/**
 * Field messages written in schemas (`z.string({ error: TEXTS.key.en })`, `.refine(fn, TEXTS.key.en)`)
 * reach the API layer as their English text only; each package registers its catalog of them once,
 * so the text is said in the reader's language (see fieldMessage in @ayni/http).
 */
const FIELD_TEXTS = new Map<string, MessageTexts>();

export function registerFieldTexts(catalog: MessageCatalog): void {
  for (const texts of Object.values(catalog)) FIELD_TEXTS.set(texts.en, texts);
}

export function fieldTextsOf(english: string): MessageTexts | undefined {
  return FIELD_TEXTS.get(english);
}
