import type { Role } from '@ayni/auth';
import fc from 'fast-check';
import type { FuzzRequest } from './harness.js';
import type { JsonSchema, Operation, Parameter } from './openapi.js';
import type { World } from './world.js';

/**
 * Arbitrary requests for any operation of the OpenAPI document, in two flavours:
 *
 * - `bodyRequests`: a mostly-right request (real ids in the path, a token that passes the guard, a
 *   fresh Idempotency-Key) whose body is fuzzed: a value derived from the schema, valid as it is (so
 *   the rules and the database run, which is where 500s hide) or with mutations (wrong types,
 *   missing and extra fields, nulls, huge strings, deep nesting, lone surrogates, numbers as strings,
 *   1e309, ...), or raw garbage (invalid or truncated JSON, a BOM, wrong Content-Type, bad UTF-8).
 * - `malformedRequests`: path parameters, query strings and headers fuzzed (malformed ids, ids of
 *   another tenant, bad limits, dates and cursors, repeated and unknown parameters, garbage tokens,
 *   Idempotency-Key and Accept-Language), with a valid body where the route takes one.
 */

// ---------------------------------------------------------------------------------------------
// JSON text with what JSON.stringify cannot write

/** A token written verbatim into the JSON text: `1e309`, `-0`, `"\ud800"`, 2^53 + 1, ... */
export class RawJson {
  constructor(readonly text: string) {}
  toString(): string {
    return `raw(${this.text.length > 80 ? `${this.text.slice(0, 80)}…` : this.text})`;
  }
}

export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => `${JSON.stringify(key)}:${toJsonText(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (value && typeof value === 'object' && !(value instanceof RawJson)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      Object.defineProperty(copy, key, { value: clone(item), enumerable: true, writable: true, configurable: true });
    return copy;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** One of a live pool (read when the value is generated, so pools may grow); shrinks to the first. */
function pick<T>(pool: () => readonly T[], fallback: T): fc.Arbitrary<T> {
  return fc.nat({ max: 1_000_000 }).map((i) => {
    const items = pool();
    return items.length === 0 ? fallback : items[i % items.length]!;
  });
}

const EPOCH_DAY = Date.parse('2026-11-20T00:00:00Z');
const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const latin1Char = fc
  .integer({ min: 0x20, max: 0xff })
  .filter((c) => c !== 0x7f)
  .map((c) => String.fromCharCode(c));
/** Text a header value may carry (no NUL, CR, LF; code points up to U+00FF). */
const headerText = (maxLength = 40) => fc.string({ unit: latin1Char, maxLength });
/** UTF-8 bytes of `text` as a latin1 string: how raw UTF-8 travels in an HTTP header. */
const utf8AsLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

const UNICODE_EDGES = [
  '🧀',
  '👨‍👩‍👧‍👦',
  '🇵🇪',
  '\u202Eolleh',
  'عربي',
  'עברית\u200F',
  'a\u200Bb',
  '\u200D',
  '\uFEFF',
  'nul\u0000here',
  '\u0000',
  'e\u0301\u0301\u0301',
  'İı',
  'ß',
  'ﬀ',
  'Ⅻ',
  '\uFFFF',
  '\uFFFE',
  '\u2028\u2029',
  'tab\tnew\nline\r',
  '\u001b[31m',
  'Z̴̡̢͓̼a̵l̶g̷o̵',
  '𝕦𝕟𝕚𝕔𝕠𝕕𝕖',
  '\u{10FFFF}',
  'Ñandú Ausangate',
  'Quechua: Allin p’unchay',
];

/** Text aimed at how things are stored: `#` separates the parts of every DynamoDB key. */
const KEY_BREAKERS = ['#', 'a#b', '#REGION#Cusco', 'Cusco#', 'ORG#org_01JD3Z9Q4X8V6T2M1N0P5R7S9W', '\u0000#', '%23'];

const INJECTIONS = [
  ...KEY_BREAKERS,
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '${jndi:ldap://x}',
  '{{7*7}}',
  '../../etc/passwd',
  '%00',
  '%s%s%n',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  'constructor',
  'toString',
];

/** Lone UTF-16 surrogates, written as escapes in the JSON text (JSON allows them, UTF-8 cannot hold them). */
const LONE_SURROGATES = ['"\\ud800"', '"\\udfff"', '"a\\ud83cb"', '"\\udc00\\ud800"', '"ok \\ud834"'];

/** Numbers JSON.stringify cannot write, or that JS cannot hold exactly. */
const RAW_NUMBERS = [
  '1e309',
  '-1e309',
  '-0',
  '1e-400',
  '9007199254740993',
  '123456789012345678901234567890',
  '-9223372036854775809',
  '1E2',
  '0.1e1',
  '1.0',
  '1e2',
  '2.5e-3',
  '100000000000000000000000000000000000000000.5',
];

/** Strings that look like numbers, or almost do. */
const NUMERIC_STRINGS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0',
  '-1',
  '1',
  '0x10',
  '0b1',
  '1_000',
  '１２',
  '٣',
  '1,5',
  '1.5.5',
  ' 2',
  '2 ',
  '+2',
  '.5',
  '5.',
  '00005',
  '1e3',
  '9'.repeat(400),
  '-',
  '',
  '0.0000000000000000001',
  '2.5',
  '99999999999999999999',
];

const nestings = new Map<string, RawJson>();
/** Made once per depth and kind (up to 100,000 levels: half a megabyte), not once per request. */
function deepNesting(depth: number, kind: 'array' | 'object'): RawJson {
  const key = `${kind} ${depth}`;
  let nesting = nestings.get(key);
  if (!nesting) {
    nesting = new RawJson(kind === 'array' ? `${'['.repeat(depth)}1${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    nestings.set(key, nesting);
  }
  return nesting;
}

const digitArbitraries = new Map<number, fc.Arbitrary<string>>();
/** `n` digits; the arbitrary (a parsed regular expression) made once per length, not per value. */
function digitStrings(n: number): fc.Arbitrary<string> {
  let digits = digitArbitraries.get(n);
  if (!digits) {
    digits = fc.stringMatching(new RegExp(`^\\d{${n}}$`));
    digitArbitraries.set(n, digits);
  }
  return digits;
}

/** A value of the wrong kind for any field: the heart of the body mutations. */
export const weirdValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, '', ' ', [], {}, [null], { '': '' }), weight: 4 },
  { arbitrary: fc.constantFrom(...RAW_NUMBERS).map((text) => new RawJson(text)), weight: 3 },
  { arbitrary: fc.constantFrom(...NUMERIC_STRINGS), weight: 3 },
  { arbitrary: fc.constantFrom(...UNICODE_EDGES, ...INJECTIONS), weight: 3 },
  { arbitrary: fc.constantFrom(...LONE_SURROGATES).map((text) => new RawJson(text)), weight: 2 },
  // Sizes spread evenly over 2 B to 128 KB on a log scale: most are small, a few reach ~100 KB.
  { arbitrary: fc.integer({ min: 1, max: 17 }).map((k) => 'x'.repeat(2 ** k - (k > 16 ? 31_072 : 0))), weight: 1 },
  {
    arbitrary: fc.oneof({ arbitrary: fc.constantFrom(1_000, 10_000), weight: 4 }, { arbitrary: fc.constant(100_000), weight: 1 }).map((n) => 'ñ'.repeat(n)),
    weight: 1,
  },
  { arbitrary: fc.constantFrom(50, 200, 1000).chain((depth) => fc.constantFrom(deepNesting(depth, 'array'), deepNesting(depth, 'object'))), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 2_000 }).map((n) => Array.from({ length: n }, (_, i) => i)), weight: 1 },
  { arbitrary: fc.constantFrom(JSON.parse('{"__proto__":{"polluted":true}}') as unknown, { constructor: { prototype: { polluted: true } } }), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  {
    arbitrary: fc.oneof(
      fc.integer(),
      fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map((n) => new RawJson(n.toString())),
    ),
    weight: 1,
  },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
);

/** Keys for extra properties, some of them hostile. */
const extraKey = fc.oneof(
  fc.constantFrom(
    'extra',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '',
    ' ',
    'id',
    'orgId',
    'status',
    'createdAt',
    'pk',
    'sk',
    'gsi1pk',
    'total',
    'a.b',
    'lines[0]',
    '$where',
    '🧀',
    'nul\u0000',
    'x'.repeat(10_000),
  ),
  fc.string({ maxLength: 20 }),
);

// ---------------------------------------------------------------------------------------------
// Values from a schema

/** Appends the GS1 check digit to the digits of a GTIN without it. */
export function withCheckDigit(digits: string): string {
  const sum = [...digits].reverse().reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return `${digits}${(10 - (sum % 10)) % 10}`;
}

/** Day offsets from the suite's "today" (2026-11-20) that a date field of this name usually takes. */
function datesFor(name: string): fc.Arbitrary<number> {
  const any = fc.integer({ min: -60, max: 180 });
  // What has happened: value dates, production, joining: today or before (today most often).
  if (/valueDate|production|joined|asOf|date$/i.test(name) && !/requested|delivery|start|expiry|validTo|due/i.test(name)) {
    return fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, { arbitrary: fc.integer({ min: -60, max: 0 }), weight: 3 }, { arbitrary: any, weight: 1 });
  }
  if (/validFrom/i.test(name)) return fc.oneof({ arbitrary: fc.integer({ min: -30, max: 0 }), weight: 4 }, { arbitrary: any, weight: 1 });
  // What is to come: deliveries, starts, expiries, ends of validity.
  if (/requested|delivery|start|expiry|validTo|due/i.test(name))
    return fc.oneof({ arbitrary: fc.integer({ min: 4, max: 90 }), weight: 6 }, { arbitrary: any, weight: 1 });
  return any;
}

/** Decimal text as a number (for cross-field fixes); NaN when it is not one. */
const decimal = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? Number(value) : Number.NaN);

/**
 * Rules across fields that the schema cannot say, applied to most generated objects: ranges in
 * order, grace shorter than the loan, a minimum that is a multiple of the step, whole quantities
 * for countable units, each product and tier once, and provenance events with the parts their type
 * needs. Values that break them are still generated (the rest of the time, and by mutations).
 */
function followCrossFieldRules(value: Record<string, unknown>): Record<string, unknown> {
  const v = { ...value };
  for (const [from, to] of [
    ['validFrom', 'validTo'],
    ['productionDate', 'expiryDate'],
    ['from', 'to'],
  ] as const) {
    if (typeof v[from] === 'string' && typeof v[to] === 'string' && (v[from] as string) > (v[to] as string)) [v[from], v[to]] = [v[to], v[from]];
  }
  if (typeof v.installments === 'number' && typeof v.graceInstallments === 'number' && v.graceInstallments >= v.installments)
    v.graceInstallments = Math.max(0, v.installments - 1);
  if (v.unit === 'unit' || v.unit === 'dozen') {
    for (const key of ['minOrderQuantity', 'orderMultiple', 'quantity'])
      if (key in v && Number.isFinite(decimal(v[key]))) v[key] = String(Math.max(1, Math.ceil(decimal(v[key]))));
  }
  if ('minOrderQuantity' in v && 'orderMultiple' in v) {
    const step = decimal(v.orderMultiple);
    if (Number.isFinite(step) && step > 0) v.minOrderQuantity = String(v.orderMultiple);
  } else if ('minOrderQuantity' in v || 'orderMultiple' in v) {
    // A PATCH of one of them alone is checked against the stored other (1 or 0.5): whole numbers pass.
    for (const key of ['minOrderQuantity', 'orderMultiple'])
      if (key in v && Number.isFinite(decimal(v[key]))) v[key] = String(Math.max(1, Math.round(decimal(v[key]))));
  }
  for (const [list, key] of [
    ['prices', 'productId'],
    ['lines', 'productId'],
    ['tiers', 'minQuantity'],
    ['inputs', 'lotId'],
  ] as const) {
    const items = v[list];
    if (Array.isArray(items)) {
      const seen = new Set<unknown>();
      v[list] = items.filter((item) => {
        const k = item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : item;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    }
  }
  if (typeof v.eventTime === 'string' && typeof v.type === 'string') {
    const what = v.what && typeof v.what === 'object' ? { ...(v.what as Record<string, unknown>) } : undefined;
    if (what && v.type !== 'transformation') delete what.inputs;
    if (what && 'quantity' in what !== 'unit' in what) delete what.quantity, delete what.unit;
    if (what) v.what = what;
    const needs: Record<string, string> = { quality_check: 'quality', certification: 'certification', shipping: 'shipment' };
    for (const [type, part] of Object.entries(needs)) if (v.type !== type) delete v[part];
  }
  return v;
}

const DECIMAL_NAMES = /quantity|delta|accepted|multiple|minQuantity/i;

function isDecimalString(schema: JsonSchema, name: string): boolean {
  return (
    !schema.pattern &&
    !schema.enum &&
    !schema.format &&
    (DECIMAL_NAMES.test(name) || (typeof schema.example === 'string' && /^-?\d+(\.\d+)?$/.test(schema.example)))
  );
}

function types(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (typeof schema.type === 'string') return [schema.type];
  if (schema.properties) return ['object'];
  if (schema.items) return ['array'];
  return [];
}

const SAMPLE_TEXT = [
  'Queso andino fresco',
  'Leche de altura de Pinchimuro',
  'Compra de leche y cuajo para la campaña de quesos.',
  'Capital de trabajo para la campaña',
  'Centro de acopio de Ocongate',
  'Kisu',
  'Allin p’unchay',
  'Un saco llegó húmedo',
  'BCP op. 123456',
  'Calle Santa Catalina Angosta 398, Cusco',
  'Lote #12 de Pinchimuro',
];

export interface GeneratorContext {
  readonly world: World;
}

/**
 * Values that satisfy `schema` (or nearly: text lengths are counted as zod counts them, in UTF-16
 * units, and a few free-form strings such as quantities follow the domain rather than the schema).
 * Ids are mostly real ones of the world, ours or another tenant's.
 */
export function schemaValue(schema: JsonSchema, ctx: GeneratorContext, name = ''): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) {
    // Seeded products are priced in soles: agreements in another currency are refused early.
    if (name === 'currency' && schema.enum.includes('PEN'))
      return fc.oneof({ arbitrary: fc.constant('PEN'), weight: 4 }, { arbitrary: fc.constantFrom(...schema.enum), weight: 1 });
    return fc.constantFrom(...schema.enum);
  }
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return fc.oneof(...alternatives.map((alternative) => schemaValue(alternative, ctx, name)));
  if (schema.allOf?.[0]) return schemaValue(Object.assign({}, ...schema.allOf), ctx, name);
  const kinds = types(schema);
  const nonNull = kinds.filter((kind) => kind !== 'null');
  const base =
    nonNull.length === 0
      ? kinds.includes('null')
        ? fc.constant(null)
        : fc.jsonValue({ maxDepth: 2 })
      : fc.oneof(...nonNull.map((kind) => valueOfType(kind, schema, ctx, name)));
  return kinds.includes('null') && nonNull.length > 0 ? fc.oneof({ arbitrary: base, weight: 5 }, { arbitrary: fc.constant(null), weight: 1 }) : base;
}

function valueOfType(kind: string, schema: JsonSchema, ctx: GeneratorContext, name: string): fc.Arbitrary<unknown> {
  switch (kind) {
    case 'string':
      return stringOf(schema, ctx, name);
    case 'integer': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1_000_000);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000_000);
      const small = fc.integer({ min, max: Math.min(max, Math.max(min, 0) + 50) });
      return fc.oneof(small, fc.integer({ min, max }));
    }
    case 'number': {
      const min = schema.minimum ?? -1e9;
      const max = schema.maximum ?? 1e9;
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 3, 3));
      const items = fc.array(schemaValue(schema.items ?? {}, ctx, name), { minLength, maxLength });
      const choices = schema.items?.enum;
      // A list of an enum (allocation order, languages) is often a permutation of a subset of it.
      return choices
        ? fc.oneof(
            { arbitrary: fc.shuffledSubarray(choices, { minLength: Math.min(schema.maxItems ?? choices.length, choices.length) }), weight: 4 },
            {
              arbitrary: fc.shuffledSubarray(choices, {
                minLength: Math.min(Math.max(minLength, 1), choices.length),
                maxLength: Math.min(schema.maxItems ?? choices.length, choices.length),
              }),
              weight: 1,
            },
            { arbitrary: items, weight: 1 },
          )
        : items;
    }
    case 'object': {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const shape = Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, schemaValue(property, ctx, key)]));
      const record = fc.record(shape, { requiredKeys: [...required].filter((key) => key in properties) });
      if (schema.additionalProperties === false || Object.keys(properties).length > 0) {
        // Most values also follow the rules across fields (dates in order, ...), so they get past them.
        return fc
          .tuple(record, fc.integer({ min: 0, max: 9 }))
          .map(([value, dice]) => (dice < 8 ? followCrossFieldRules(value as Record<string, unknown>) : value));
      }
      // An open map (e.g. quality measurements): a few entries.
      const entry =
        typeof schema.additionalProperties === 'object'
          ? schemaValue(schema.additionalProperties, ctx, name)
          : fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 12 }));
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), entry, { maxKeys: 3 });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringOf(schema: JsonSchema, ctx: GeneratorContext, name: string): fc.Arbitrary<string> {
  const { world } = ctx;
  const idPrefix = schema.pattern ? /^\^([a-z]+)_/.exec(schema.pattern)?.[1] : undefined;
  if (idPrefix && world.ids[idPrefix]) {
    const kind =
      idPrefix === 'org' ? (/association/i.test(name) ? 'association' : /buyer/i.test(name) ? 'buyer' : /fund/i.test(name) ? 'fund' : undefined) : undefined;
    const pool = kind ? { own: [world.ours[kind]], foreign: [world.theirs[kind]] } : world.ids[idPrefix]!;
    return fc.oneof(
      { arbitrary: pick(() => pool.own, `${idPrefix}_01JD3Z9Q4X8V6T2M1N0P5R7S9W`), weight: 8 },
      { arbitrary: pick(() => pool.foreign, `${idPrefix}_01JD3Z9Q4X8V6T2M1N0P5R7S9W`), weight: 1 },
      { arbitrary: fc.stringMatching(new RegExp(schema.pattern!)), weight: 1 },
    );
  }
  if (name === 'gtin' && schema.pattern) {
    const valid = fc
      .constantFrom(7, 11, 12, 13)
      .chain((n) => digitStrings(n))
      .map(withCheckDigit);
    return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: fc.stringMatching(new RegExp(schema.pattern)), weight: 1 });
  }
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 200;
  const fits = (text: string) => text.length >= min && text.length <= max;
  switch (schema.format) {
    case 'date':
      return fc.oneof(
        { arbitrary: datesFor(name).map((days) => isoDate(EPOCH_DAY + days * DAY)), weight: 8 },
        {
          arbitrary: fc
            .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          weight: 1,
        },
        { arbitrary: fc.constantFrom('2028-02-29', '2026-12-31', '2027-01-01', '1970-01-01', '9999-12-31', '0001-01-01', '2026-11-20'), weight: 1 },
      );
    case 'date-time':
      return fc
        .tuple(
          fc.oneof({ arbitrary: fc.integer({ min: -60 * 24, max: 0 }), weight: 6 }, { arbitrary: fc.integer({ min: 0, max: 30 * 24 }), weight: 1 }),
          fc.constantFrom('Z', '-05:00', '+00:00', '-04:00', '+14:00', '.123Z'),
        )
        .map(([hours, zone]) => `${new Date(EPOCH_DAY + hours * 3_600_000).toISOString().slice(0, 19)}${zone}`);
    case 'email':
      return fc.oneof(
        { arbitrary: fc.constantFrom('ventas@example.org', 'sumaq.ausangate@example.org'), weight: 3 },
        { arbitrary: fc.stringMatching(/^[a-z][a-z0-9.]{0,20}[a-z0-9]@[a-z]{2,12}\.(org|pe|com)$/).filter((e) => !e.includes('..')), weight: 3 },
        { arbitrary: fc.emailAddress().filter(fits), weight: 1 },
      );
    case 'uri':
      return fc.oneof(fc.constantFrom('https://example.org/foto.jpg', 'https://ayni.dev/p/1'), fc.webUrl().filter(fits));
    default:
      break;
  }
  if (isDecimalString(schema, name)) {
    const signed = /delta/i.test(name);
    // Whole numbers most often: order multiples and countable units accept them.
    const magnitude = fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: 60 }).map(String), weight: 4 },
      { arbitrary: fc.tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 999 })).map(([whole, fraction]) => `${whole}.${fraction}`), weight: 1 },
      { arbitrary: fc.constantFrom('0.5', '1', '2', '2.5', '5', '10', '20', '100000'), weight: 2 },
    );
    const text = signed ? fc.tuple(fc.boolean(), magnitude).map(([negative, m]) => (negative ? `-${m}` : m)) : magnitude;
    // Quantities are accepted as JSON numbers too.
    return fc.oneof({ arbitrary: text, weight: 5 }, { arbitrary: text.map(Number) as unknown as fc.Arbitrary<string>, weight: 1 });
  }
  const samples = SAMPLE_TEXT.filter(fits);
  const padded = (text: string) => (text.length >= min ? text.slice(0, max) : text.padEnd(min, '.'));
  return fc.oneof(
    { arbitrary: samples.length > 0 ? fc.constantFrom(...samples) : fc.constant('x'.repeat(Math.max(min, 1))), weight: 4 },
    { arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, Math.max(min, 30)) }), weight: 2 },
    {
      arbitrary: fc
        .string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, Math.max(min, 12)) })
        .map(padded)
        .filter(fits),
      weight: 1,
    },
    {
      arbitrary: fc
        .constantFrom(...UNICODE_EDGES)
        .map(padded)
        .filter(fits),
      weight: 1,
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Body mutations

export type Mutation =
  | { readonly kind: 'replace'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'extra'; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly kind: 'stringify'; readonly at: number }
  | { readonly kind: 'wrap'; readonly at: number }
  | { readonly kind: 'unwrap'; readonly at: number };

const at = fc.nat({ max: 10_000 });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), at, value: weirdValue }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('extra' as const), at, key: extraKey, value: weirdValue }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('stringify' as const), at }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('wrap' as const), at }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('unwrap' as const), at }), weight: 1 },
);

type Path = ReadonlyArray<string | number>;

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) for (const [i, item] of value.entries()) paths.push(...pathsOf(item, [...prefix, i]));
  else if (value && typeof value === 'object' && !(value instanceof RawJson))
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

function getAt(root: unknown, path: Path): unknown {
  let node: any = root;
  for (const part of path) node = node?.[part];
  return node;
}

/** Applies one mutation to `root` (already a private copy); returns the new root and what was done. */
export function applyMutation(root: unknown, m: Mutation): { root: unknown; description: string } {
  const paths = pathsOf(root);
  const path = paths[m.at % paths.length]!;
  const where = path.length === 0 ? '(the body)' : path.join('.');
  const current = getAt(root, path);
  const show = (value: unknown) => (value instanceof RawJson ? value.toString() : truncateJson(value));
  const set = (value: unknown): unknown => {
    if (path.length === 0) return value;
    const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
    Object.defineProperty(parent, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
    return root;
  };
  switch (m.kind) {
    // Values are copied in: generated constants are shared, and a mutation may change them later.
    case 'replace':
      return { root: set(clone(m.value)), description: `${where} := ${show(m.value)}` };
    case 'delete': {
      if (path.length === 0) return { root: undefined, description: 'no body at all' };
      const parent = getAt(root, path.slice(0, -1));
      if (Array.isArray(parent)) parent.splice(Number(path.at(-1)), 1);
      else delete (parent as Record<string, unknown>)[path.at(-1) as string];
      return { root, description: `without ${where}` };
    }
    case 'extra': {
      const target = current && typeof current === 'object' && !Array.isArray(current) && !(current instanceof RawJson) ? current : undefined;
      if (!target) return { root: set([current, clone(m.value)]), description: `${where} := [it, ${show(m.value)}]` };
      Object.defineProperty(target, m.key, { value: clone(m.value), enumerable: true, writable: true, configurable: true });
      return { root, description: `${where}.${JSON.stringify(m.key).slice(0, 40)} added := ${show(m.value)}` };
    }
    case 'stringify': {
      const text = current instanceof RawJson ? current.text : typeof current === 'string' ? current : toJsonText(current);
      return { root: set(text), description: `${where} as a string ${truncateJson(text)}` };
    }
    case 'wrap':
      return { root: set([current]), description: `${where} wrapped in an array` };
    case 'unwrap': {
      const inner = Array.isArray(current)
        ? current[0]
        : current && typeof current === 'object' && !(current instanceof RawJson)
          ? Object.values(current)[0]
          : current;
      return { root: set(inner), description: `${where} unwrapped` };
    }
  }
}

function truncateJson(value: unknown): string {
  const text = toJsonText(value);
  return text.length > 60 ? `${text.slice(0, 60)}…(${text.length} chars)` : text;
}

// ---------------------------------------------------------------------------------------------
// Bodies

export type BodySpec =
  | { readonly kind: 'json'; readonly value: unknown; readonly mutations: readonly Mutation[] }
  | { readonly kind: 'text'; readonly text: string; readonly what: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly what: string }
  | { readonly kind: 'none' };

function depthOf(depth: fc.Arbitrary<number>): fc.Arbitrary<string> {
  // The same choice of three texts for a depth as before, the arbitrary made once per depth.
  const byDepth = new Map<number, fc.Arbitrary<string>>();
  return depth.chain((d) => {
    let texts = byDepth.get(d);
    if (!texts) {
      texts = fc.constantFrom(deepNesting(d, 'array').text, deepNesting(d, 'object').text, `{"a":${deepNesting(d, 'array').text}}`);
      byDepth.set(d, texts);
    }
    return texts;
  });
}

function garbageBody(valid: fc.Arbitrary<unknown>): fc.Arbitrary<BodySpec> {
  const text = (what: string, arb: fc.Arbitrary<string>) => arb.map((t): BodySpec => ({ kind: 'text', text: t, what }));
  const bytes = (what: string, arb: fc.Arbitrary<Uint8Array>) => arb.map((b): BodySpec => ({ kind: 'bytes', bytes: b, what }));
  const validText = valid.map(toJsonText);
  return fc.oneof(
    text('invalid JSON', fc.string({ maxLength: 200 })),
    text(
      'invalid JSON',
      fc.constantFrom(
        '{',
        '}',
        '{"a":}',
        "{'a':1}",
        '{a:1}',
        '[1,]',
        '{"a":1,}',
        'NaN',
        'Infinity',
        '-',
        '+1',
        '01',
        '.5',
        'tru',
        'nul',
        '"\\x41"',
        '"\\u12"',
        '"\t"',
        '/* c */ {}',
        '{"a":1} // c',
        '{"a":1}{"b":2}',
        '\u0000',
        '{"a":"\u0000"}',
      ),
    ),
    text(
      'truncated JSON',
      fc.tuple(validText, fc.nat()).map(([t, n]) => t.slice(0, t.length <= 1 ? 0 : n % (t.length - 1))),
    ),
    text(
      'JSON with trailing garbage',
      validText.map((t) => `${t} x`),
    ),
    text(
      'JSON after a BOM',
      validText.map((t) => `\uFEFF${t}`),
    ),
    text(
      'JSON with a lone surrogate in a key',
      validText.map((t) => t.replace(/^\{"/, '{"\\ud800')),
    ),
    text(
      'duplicate keys',
      validText.map((t) => (t.startsWith('{') && t.length > 2 ? `{"a":1,"a":[1],${t.slice(1)}` : t)),
    ),
    text('empty or blank', fc.constantFrom('', ' ', '\n', '\r\n\t ')),
    text('JSON but not an object', fc.constantFrom('null', '[]', '[{}]', '0', '-0', '1e309', '"text"', 'true', '""', '[[]]', '{}')),
    // The heaviest cases (100,000 levels, half a megabyte) are the rarest: each costs the server seconds.
    text(
      'deeply nested JSON',
      depthOf(fc.oneof({ arbitrary: fc.constantFrom(200, 1_000, 5_000, 10_000), weight: 15 }, { arbitrary: fc.constant(100_000), weight: 1 })),
    ),
    text(
      'huge JSON string',
      fc.oneof({ arbitrary: fc.constant(50_000), weight: 8 }, { arbitrary: fc.constant(500_000), weight: 1 }).map((n) => `{"a":"${'x'.repeat(n)}"}`),
    ),
    bytes(
      'bad UTF-8',
      validText.map((t) =>
        Buffer.concat([
          Buffer.from(t.slice(0, Math.max(1, t.length - 2)), 'utf8'),
          Buffer.from([0xff, 0xc0, 0xaf, 0xed, 0xa0, 0x80]),
          Buffer.from(t.slice(-2), 'utf8'),
        ]),
      ),
    ),
    bytes(
      'UTF-16 JSON',
      validText.map((t) => Buffer.from(`\uFEFF${t}`, 'utf16le')),
    ),
    bytes('random bytes', fc.uint8Array({ maxLength: 200 })),
    text('form-encoded', fc.constant('a=1&b=2&lines[0][quantity]=1')),
  );
}

function bodyOf(operation: Operation, ctx: GeneratorContext): fc.Arbitrary<BodySpec> {
  const valid = schemaValue(operation.body!.schema, ctx);
  return fc.oneof(
    { arbitrary: valid.map((value): BodySpec => ({ kind: 'json', value, mutations: [] })), weight: 35 },
    { arbitrary: fc.record({ kind: fc.constant('json' as const), value: valid, mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) }), weight: 45 },
    { arbitrary: garbageBody(valid), weight: 15 },
    { arbitrary: fc.constant<BodySpec>({ kind: 'none' }), weight: 3 },
  );
}

function renderBody(spec: BodySpec): { body: string | Uint8Array | undefined; what: string } {
  switch (spec.kind) {
    case 'none':
      return { body: undefined, what: 'no body' };
    case 'text':
      return { body: spec.text, what: spec.what };
    case 'bytes':
      return { body: spec.bytes, what: spec.what };
    case 'json': {
      let root = clone(spec.value);
      const done: string[] = [];
      for (const m of spec.mutations) {
        const applied = applyMutation(root, m);
        root = applied.root;
        done.push(applied.description);
      }
      return { body: root === undefined ? undefined : toJsonText(root), what: done.length === 0 ? 'valid by the schema' : `mutated: ${done.join('; ')}` };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Path parameters

interface PathValue {
  /** As written into the URL (percent-encoded, or deliberately not). */
  readonly text: string;
  readonly what: string;
  /** The organisation this value names, when it is a seeded one (tokens are made for it). */
  readonly org?: string | undefined;
}

const MALFORMED_SEGMENTS = [
  '%20',
  '.',
  '..',
  '%2E%2E',
  '%2e',
  '%2F',
  '..%2F..%2Fetc%2Fpasswd',
  '%ED%A0%80',
  '%ED%BF%BF',
  '%C0%AF',
  '%FF',
  '%FE%FF',
  '%00',
  '%',
  '%G0',
  '%25',
  '%E2%80%AE',
  '%E2%80%8B',
  '%F0%9F%A7%80',
  '%EF%BB%BF',
  encodeURIComponent('ñandú'),
  '-1',
  '0',
  '1e309',
  'NaN',
  'null',
  'undefined',
  '%5Bobject%20Object%5D',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  '%23',
  'a%23b',
  'org_01JD3Z9Q4X8V6T2M1N0P5R7S9W%23x',
  '%24%7Bjndi%3Aldap%3A%2F%2Fx%7D',
  "'%3B%20DROP%20TABLE",
  '*',
  '%2A',
  'a;b=c',
  '~',
  '01JD3Z9Q4X8V6T2M1N0P5R7S9W',
];

function pathValuesFor(name: string, world: World, template: string): { own: () => string[]; foreign: () => string[] } {
  const ids = (prefix: string, own: boolean) => () => world.ids[prefix]![own ? 'own' : 'foreign'];
  switch (name) {
    case 'orgId':
      // Only the organisation itself is any kind; everything under it belongs to an association.
      return template === '/v1/orgs/{orgId}'
        ? {
            own: () => [world.ours.association, world.ours.buyer, world.ours.fund],
            foreign: () => [world.theirs.association, world.theirs.buyer, world.theirs.fund],
          }
        : { own: () => [world.ours.association], foreign: () => [world.theirs.association, world.ours.buyer, world.ours.fund] };
    case 'buyerId':
      return { own: () => [world.ours.buyer], foreign: () => [world.theirs.buyer, world.ours.association] };
    case 'fundId':
      return { own: () => [world.ours.fund], foreign: () => [world.theirs.fund, world.ours.association] };
    case 'productId':
      return { own: ids('prd', true), foreign: ids('prd', false) };
    case 'lotId':
      return { own: ids('lot', true), foreign: ids('lot', false) };
    case 'memberId':
      return { own: ids('mem', true), foreign: ids('mem', false) };
    case 'orderId':
      return { own: ids('ord', true), foreign: ids('ord', false) };
    case 'standingOrderId':
      return { own: ids('sto', true), foreign: ids('sto', false) };
    case 'entryId':
      return { own: ids('je', true), foreign: ids('je', false) };
    case 'loanId':
      return { own: ids('loan', true), foreign: ids('loan', false) };
    case 'endpointId':
      return { own: ids('whe', true), foreign: ids('whe', false) };
    case 'eventId':
      return { own: ids('evt', true), foreign: ids('evt', false) };
    case 'number':
      return { own: () => world.invoices.own, foreign: () => world.invoices.foreign };
    case 'gtin':
      return { own: () => world.gtins, foreign: () => [] };
    case 'lotCode':
      return { own: () => world.lotCodes, foreign: () => [] };
    case 'asset':
      return { own: () => world.docsAssets, foreign: () => [] };
    default:
      return { own: () => [], foreign: () => [] };
  }
}

const ORG_PARAMS = new Set(['orgId', 'buyerId', 'fundId']);

function pathValue(parameter: Parameter, world: World, mode: 'valid' | 'malformed', template: string): fc.Arbitrary<PathValue> {
  const values = pathValuesFor(parameter.name, world, template);
  const isOrg = ORG_PARAMS.has(parameter.name);
  const real = (pool: () => string[], what: string) =>
    pick(pool, '')
      .filter((v) => v !== '')
      .map((v): PathValue => ({ text: encodeURIComponent(v), what: `${what} ${parameter.name}`, org: isOrg ? v : undefined }));
  const own = values.own().length > 0 || parameter.name === 'number' ? real(values.own, 'a real') : undefined;
  const foreign = values.foreign().length > 0 ? real(values.foreign, "another tenant's") : undefined;
  const schema = parameter.schema;
  const shaped = schema.enum
    ? fc.constantFrom(...(schema.enum as string[])).map((v): PathValue => ({ text: encodeURIComponent(v), what: `${parameter.name} ${v}` }))
    : schema.pattern
      ? fc
          .stringMatching(new RegExp(schema.pattern))
          .map((v): PathValue => ({ text: encodeURIComponent(v), what: `a well-formed ${parameter.name} that does not exist` }))
      : fc.string({ minLength: 1, maxLength: 20 }).map((v): PathValue => ({ text: encodeURIComponent(v), what: `a random ${parameter.name}` }));
  const sample = () => values.own()[0] ?? (schema.enum?.[0] as string | undefined) ?? 'x';
  const malformed = fc.oneof(
    fc.constantFrom(...MALFORMED_SEGMENTS).map((text): PathValue => ({ text, what: `a malformed ${parameter.name}` })),
    fc.constantFrom(300, 3_000, 20_000).map((n): PathValue => ({ text: 'x'.repeat(n), what: `a ${n}-character ${parameter.name}` })),
    fc
      .constantFrom('lowercase', 'wrong prefix', 'too long', 'too short', 'no prefix', 'with suffix', 'encoded NUL', 'uppercase prefix')
      .map((how): PathValue => {
        const v = sample();
        const [prefix, rest] = v.includes('_') ? [v.slice(0, v.indexOf('_') + 1), v.slice(v.indexOf('_') + 1)] : ['', v];
        const text = {
          lowercase: v.toLowerCase(),
          'wrong prefix': `${prefix === 'lot_' ? 'prd_' : 'lot_'}${rest}`,
          'too long': `${v}X`,
          'too short': v.slice(0, -1),
          'no prefix': rest,
          'with suffix': `${v}.json`,
          'encoded NUL': `${v}%00`,
          'uppercase prefix': `${prefix.toUpperCase()}${rest}`,
        }[how];
        return { text: encodeURIComponent(text!).replace(/%2500$/, '%00'), what: `${parameter.name} ${how}` };
      }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).map((v): PathValue => ({ text: encodeURIComponent(v), what: `a unicode ${parameter.name}` })),
    fc
      .string({ unit: 'binary', minLength: 1, maxLength: 20 })
      .map((v): PathValue => ({ text: encodeURIComponent(v.toWellFormed()), what: `a random ${parameter.name}` })),
  );
  const weighted: Array<fc.WeightedArbitrary<PathValue>> =
    mode === 'valid'
      ? [
          ...(own ? [{ arbitrary: own, weight: 40 }] : []),
          { arbitrary: shaped, weight: own ? 2 : 40 },
          ...(foreign ? [{ arbitrary: foreign, weight: 2 }] : []),
          { arbitrary: malformed, weight: 1 },
        ]
      : [
          ...(own ? [{ arbitrary: own, weight: 4 }] : []),
          { arbitrary: shaped, weight: 3 },
          ...(foreign ? [{ arbitrary: foreign, weight: 3 }] : []),
          { arbitrary: malformed, weight: 8 },
        ];
  return fc.oneof(...weighted);
}

// ---------------------------------------------------------------------------------------------
// Query strings

const BAD_INTEGERS = [
  '0',
  '-1',
  '101',
  '1.5',
  '1e2',
  '1e309',
  'NaN',
  '',
  'abc',
  '9'.repeat(30),
  '%205',
  '5%20',
  '0x10',
  '%2B5',
  '%D9%A3',
  '%EF%BC%91',
  '-0',
  '1%00',
  'Infinity',
];
const BAD_DATES = [
  '2026-13-01',
  '2026-02-30',
  '2026-2-3',
  '20261101',
  '2026-11-01T00%3A00%3A00Z',
  '-000001-01-01',
  '%2B275760-09-13',
  '0000-00-00',
  'today',
  '',
  '2026-11',
  '9999-99-99',
  '2026-11-01%00',
  '%ED%A0%80',
];
const BAD_TEXT = [
  '%23',
  'a%23b',
  '%23REGION%23x',
  '',
  '%ED%A0%80',
  '%FF',
  '%00',
  '%',
  '%E2%80%AE',
  'x'.repeat(5_000),
  '%F0%9F%A7%80',
  '*',
  '%25',
  '+',
  '%2B%2B',
  '\\',
];

function b64url(value: unknown): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');
}

function queryValue(parameter: Parameter, ctx: GeneratorContext, mode: 'valid' | 'malformed'): fc.Arbitrary<string> {
  const { world } = ctx;
  const schema = parameter.schema;
  const enc = (arb: fc.Arbitrary<unknown>) => arb.map((v) => encodeURIComponent(String(v)));
  let good: fc.Arbitrary<string>;
  let bad: fc.Arbitrary<string>;
  if (parameter.name === 'cursor') {
    good = pick(() => world.cursors, 'x').map(encodeURIComponent);
    bad = fc.oneof(
      fc.constantFrom(
        '***',
        '',
        'x'.repeat(3000),
        '%ED%A0%80',
        b64url('{{{'),
        b64url([1]),
        b64url({ pk: 'ORG#x', sk: 'x' }),
        b64url({ pk: { S: 'x' } }),
        b64url({}),
        b64url(null),
        b64url('x'.repeat(2000)),
      ),
      fc.jsonValue({ maxDepth: 2 }).map((v) => b64url(v)),
      fc.string({ maxLength: 60 }).map(encodeURIComponent),
      pick(() => world.cursors, 'x').map((c) => encodeURIComponent(c.slice(0, -2))),
    );
  } else if (schema.type === 'integer' || schema.type === 'number') {
    good = enc(schemaValue(schema, ctx, parameter.name));
    bad = fc.oneof(fc.constantFrom(...BAD_INTEGERS), enc(fc.integer()), enc(fc.double()));
  } else if (schema.type === 'boolean') {
    good = fc.constantFrom('true', 'false');
    bad = fc.constantFrom('1', '0', 'yes', 'TRUE', '', 'null', 'truee', '%00');
  } else if (schema.pattern && !/^\^[a-z]+_/.test(schema.pattern)) {
    // e.g. a month YYYY-MM
    good = enc(fc.stringMatching(new RegExp(schema.pattern)));
    bad = fc.oneof(fc.constantFrom(...BAD_DATES), enc(fc.string({ maxLength: 12 })));
  } else if (schema.format === 'date' || /^(from|to|date|asOf)$/.test(parameter.name)) {
    good = enc(schemaValue({ type: 'string', format: 'date' }, ctx));
    bad = fc.oneof(fc.constantFrom(...BAD_DATES), enc(fc.date({ noInvalidDate: true }).map((d) => d.toISOString())));
  } else {
    good = enc(schemaValue(schema, ctx, parameter.name));
    bad = fc.oneof(
      fc.constantFrom(...BAD_TEXT),
      enc(fc.string({ unit: 'grapheme', maxLength: 30 })),
      ...(schema.enum ? [fc.constantFrom(...(schema.enum as string[])).map((v) => encodeURIComponent(v.toUpperCase()))] : []),
      ...(schema.pattern ? [fc.constantFrom('org_', 'x', '01JD3Z9Q4X8V6T2M1N0P5R7S9W', 'prd_01JD3Z9Q4X8V6T2M1N0P5R7S9W')] : []),
    );
  }
  return mode === 'valid'
    ? fc.oneof({ arbitrary: good, weight: 9 }, { arbitrary: bad, weight: 1 })
    : fc.oneof({ arbitrary: good, weight: 1 }, { arbitrary: bad, weight: 2 });
}

function queryOf(operation: Operation, ctx: GeneratorContext, mode: 'valid' | 'malformed'): fc.Arbitrary<{ text: string; what: string }> {
  const declared = operation.parameters.filter((p) => p.in === 'query');
  const entries = declared.map((p) =>
    fc.option(
      queryValue(p, ctx, mode).map((v) => [`${p.name}=${v}`]),
      { freq: mode === 'valid' ? 2 : 1, nil: [] as string[] },
    ),
  );
  const oddities = fc.oneof(
    fc.constantFrom(
      'stauts=x',
      '__proto__=1',
      'constructor=x',
      'limit[]=1',
      'a[b]=c',
      '%ED%A0%80=1',
      '%FF=1',
      '=x',
      '&&&',
      'x'.repeat(3000) + '=1',
      'lang=xx',
      '%00=%00',
      'utm_source=qr',
    ),
    ...(declared.length > 0
      ? [
          fc
            .constantFrom(...declared.map((p) => p.name))
            .chain((name) => fc.constantFrom(`${name}`, `${name}=`, `${name}=1&${name}=2`, `${name}=%ED%A0%80`, `${name}=%FF`, `${name.toUpperCase()}=1`)),
        ]
      : []),
  );
  return fc.tuple(fc.tuple(...entries), fc.array(oddities, { maxLength: mode === 'valid' ? 0 : 2 })).map(([declaredParts, odd]) => {
    const parts = [...declaredParts.flat(), ...odd];
    return { text: parts.length === 0 ? '' : `?${parts.join('&')}`, what: odd.length > 0 ? `query oddities ${odd.map((o) => o.slice(0, 30)).join(', ')}` : '' };
  });
}

// ---------------------------------------------------------------------------------------------
// Headers

type AuthChoice =
  | { readonly kind: 'right'; readonly role: number; readonly person: 1 | 2 }
  | { readonly kind: 'none' }
  | { readonly kind: 'wrong-role'; readonly role: number }
  | { readonly kind: 'other-org'; readonly role: number }
  | { readonly kind: 'special'; readonly which: keyof World['specialTokens'] }
  | { readonly kind: 'garbage'; readonly header: string };

const ALL_ROLES: readonly Role[] = ['platform_admin', 'association_admin', 'association_member', 'buyer', 'fund_officer', 'fund_approver'];

function authOf(mode: 'valid' | 'malformed'): fc.Arbitrary<AuthChoice> {
  const role = fc.nat({ max: 100 });
  const right = fc.record({ kind: fc.constant('right' as const), role, person: fc.constantFrom(1 as const, 2 as const) });
  const special = fc.constantFrom<keyof World['specialTokens']>(
    'expired',
    'otherKey',
    'otherAudience',
    'otherIssuer',
    'noSubject',
    'rolesAsString',
    'unknownRoles',
    'orgNotAString',
    'algNone',
  );
  const garbage = fc.oneof(
    fc.constantFrom(
      'Bearer',
      'Bearer ',
      'Basic dXNlcjpwYXNz',
      'bearer',
      'Bearer a b',
      'Bearer a.b.c',
      'Bearer ...',
      'Token abc',
      'Bearer\t',
      'Bearer eyJ',
      'Bearer eyJhbGciOiJIUzI1NiJ9.e30.',
      `Bearer ${'a'.repeat(10_000)}`,
      'Bearer %00',
      utf8AsLatin1('Bearer ñ🧀'),
    ),
    headerText(60).map((t) => `Bearer ${t}`),
    headerText(60),
  );
  return mode === 'valid'
    ? fc.oneof(
        { arbitrary: right, weight: 40 },
        { arbitrary: fc.constant({ kind: 'none' as const }), weight: 2 },
        { arbitrary: fc.record({ kind: fc.constant('wrong-role' as const), role }), weight: 1 },
        { arbitrary: fc.record({ kind: fc.constant('other-org' as const), role }), weight: 1 },
        { arbitrary: special.map((which) => ({ kind: 'special' as const, which })), weight: 1 },
      )
    : fc.oneof(
        { arbitrary: right, weight: 12 },
        { arbitrary: fc.constant({ kind: 'none' as const }), weight: 2 },
        { arbitrary: fc.record({ kind: fc.constant('wrong-role' as const), role }), weight: 1 },
        { arbitrary: fc.record({ kind: fc.constant('other-org' as const), role }), weight: 2 },
        { arbitrary: special.map((which) => ({ kind: 'special' as const, which })), weight: 2 },
        { arbitrary: garbage.map((header) => ({ kind: 'garbage' as const, header })), weight: 2 },
      );
}

/** Resolves an auth choice once the path (and so the organisation it names) is known. */
function authorization(choice: AuthChoice, operation: Operation, world: World, pathOrg: string | undefined): { header?: string; what: string } {
  const access = operation.access;
  const allowed: readonly Role[] = access.kind === 'roles' ? (access.roles as Role[]) : ALL_ROLES;
  const orgFor = (role: Role) => (role === 'platform_admin' ? undefined : (pathOrg ?? world.homeOrg(role)));
  const bearer = (token: string) => `Bearer ${token}`;
  switch (choice.kind) {
    case 'none':
      return { what: 'no token' };
    case 'right': {
      if (access.kind === 'public' && choice.role % 3 === 0) return { what: 'no token (public route)' };
      const role = allowed[choice.role % allowed.length]!;
      return { header: bearer(world.token(role, orgFor(role), choice.person)), what: `a ${role} token` };
    }
    case 'wrong-role': {
      const others = ALL_ROLES.filter((r) => !allowed.includes(r));
      const role = others.length > 0 ? others[choice.role % others.length]! : 'association_member';
      return { header: bearer(world.token(role, orgFor(role))), what: `a ${role} token (a role the route does not take)` };
    }
    case 'other-org': {
      const role = allowed.filter((r) => r !== 'platform_admin')[choice.role % Math.max(1, allowed.length - 1)] ?? 'association_admin';
      const theirs = role.startsWith('association') ? world.theirs.association : role === 'buyer' ? world.theirs.buyer : world.theirs.fund;
      return { header: bearer(world.token(role, theirs)), what: `a ${role} token of another organisation` };
    }
    case 'special':
      return { header: bearer(world.specialTokens[choice.which]), what: `a ${choice.which} token` };
    case 'garbage':
      return { header: choice.header, what: 'a garbage Authorization header' };
  }
}

type KeyChoice = { readonly kind: 'fresh' } | { readonly kind: 'none' } | { readonly kind: 'value'; readonly value: string; readonly what: string };

function idempotencyKeyOf(mode: 'valid' | 'malformed'): fc.Arbitrary<KeyChoice> {
  const odd = fc.oneof(
    fc.constantFrom(
      { kind: 'value' as const, value: '', what: 'an empty Idempotency-Key' },
      { kind: 'value' as const, value: 'k'.repeat(256), what: 'a 256-character Idempotency-Key' },
      { kind: 'value' as const, value: 'k'.repeat(255), what: 'a 255-character Idempotency-Key' },
      { kind: 'value' as const, value: 'clé-ñ', what: 'a latin1 Idempotency-Key' },
      { kind: 'value' as const, value: utf8AsLatin1('ключ-🔑'), what: 'a UTF-8 Idempotency-Key' },
      { kind: 'value' as const, value: 'a b', what: 'an Idempotency-Key with a space' },
      { kind: 'value' as const, value: 'fuzz-reused-1', what: 'an Idempotency-Key used before' },
      { kind: 'value' as const, value: 'fuzz-reused-2', what: 'an Idempotency-Key used before' },
      { kind: 'value' as const, value: 'x'.repeat(5_000), what: 'a 5000-character Idempotency-Key' },
    ),
    headerText(40).map((value) => ({ kind: 'value' as const, value, what: 'a random Idempotency-Key' })),
  );
  return mode === 'valid'
    ? fc.oneof(
        { arbitrary: fc.constant({ kind: 'fresh' as const }), weight: 30 },
        { arbitrary: fc.constant({ kind: 'none' as const }), weight: 1 },
        { arbitrary: odd, weight: 2 },
      )
    : fc.oneof(
        { arbitrary: fc.constant({ kind: 'fresh' as const }), weight: 3 },
        { arbitrary: fc.constant({ kind: 'none' as const }), weight: 1 },
        { arbitrary: odd, weight: 3 },
      );
}

const JSON_TYPE = 'application/json';
function contentTypeOf(mode: 'valid' | 'malformed'): fc.Arbitrary<string | null> {
  const odd = fc.constantFrom<string | null>(
    null,
    'text/plain',
    'text/plain;charset=UTF-8',
    'multipart/form-data; boundary=----x',
    'application/x-www-form-urlencoded',
    'application/json; charset=utf-16',
    'application/json; charset=latin1',
    'application/json;;;',
    'APPLICATION/JSON',
    'application/problem+json',
    'application/vnd.api+json',
    'application/jsonx',
    'application/xml',
    'json',
    '*/*',
    '',
    utf8AsLatin1('application/json; charset=ñ🧀'),
  );
  return mode === 'valid'
    ? fc.oneof(
        { arbitrary: fc.constant(JSON_TYPE), weight: 40 },
        { arbitrary: fc.constant('application/json; charset=utf-8'), weight: 3 },
        { arbitrary: odd, weight: 4 },
      )
    : fc.oneof({ arbitrary: fc.constant(JSON_TYPE), weight: 3 }, { arbitrary: odd, weight: 1 });
}

function otherHeadersOf(mode: 'valid' | 'malformed'): fc.Arbitrary<Record<string, string>> {
  const acceptLanguage = fc.oneof(
    fc.constantFrom(
      'es',
      'qu',
      'en',
      'es-PE,es;q=0.9,qu;q=0.8',
      '*',
      'qu-PE;q=0.9, es;q=abc',
      'x'.repeat(5_000),
      ';;;',
      'es;q=NaN',
      'español',
      '-',
      'zz-ZZ',
      'en-US-u-ca-buddhist',
      'i-klingon',
      'es-419',
      ',',
      'q=1',
      utf8AsLatin1('ñ🧀'),
      'ay;q=2',
      'es;q=-1',
    ),
    headerText(40),
  );
  const accept = fc.constantFrom(
    'application/json',
    'text/html',
    '*/*',
    'image/png',
    'application/xml',
    '',
    'garbage',
    'application/problem+json',
    'text/html;q=0.1, application/json',
  );
  const requestId = fc.oneof(fc.constantFrom('short', 'x'.repeat(129), 'has space', utf8AsLatin1('ñandú-request-id'), 'valid-request-id-1234'), headerText(40));
  return fc
    .record(
      {
        'accept-language': acceptLanguage,
        accept,
        'x-request-id': requestId,
        'if-none-match': fc.constantFrom('*', '"x"', 'W/"1"'),
        'x-forwarded-for': fc.constantFrom('::1', 'garbage', '1.1.1.1, 2.2.2.2'),
      },
      { requiredKeys: [] },
    )
    .filter((headers) => mode === 'malformed' || Object.keys(headers).length <= 1);
}

// ---------------------------------------------------------------------------------------------
// Requests

interface Parts {
  readonly path: readonly PathValue[];
  readonly query: { text: string; what: string };
  readonly auth: AuthChoice;
  readonly key: KeyChoice;
  readonly contentType: string | null;
  readonly headers: Record<string, string>;
  readonly body: BodySpec | undefined;
  readonly method?: string;
}

function pathOf(operation: Operation, ctx: GeneratorContext, mode: 'valid' | 'malformed'): fc.Arbitrary<PathValue[]> {
  const params = operation.path.match(/\{[^}]+\}/g)?.map((m) => m.slice(1, -1)) ?? [];
  const byName = new Map(operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p]));
  if (params.length === 0) return fc.constant([]);
  // Each parameter is drawn on its own: real, another tenant's, well-formed but absent, or malformed.
  return fc.tuple(...params.map((name) => pathValue(byName.get(name) ?? { name, in: 'path', required: true, schema: {} }, ctx.world, mode, operation.path)));
}

function build(operation: Operation, world: World, parts: Parts): FuzzRequest {
  const names = operation.path.match(/\{[^}]+\}/g)?.map((m) => m.slice(1, -1)) ?? [];
  let url = operation.path;
  for (const [i, name] of names.entries()) url = url.replace(`{${name}}`, parts.path[i]!.text);
  url += parts.query.text;
  const access = operation.access;
  const orgParamIndex = access.kind === 'roles' && access.orgParam ? names.indexOf(access.orgParam) : -1;
  const pathOrg = orgParamIndex >= 0 ? parts.path[orgParamIndex]!.org : undefined;
  const auth = authorization(parts.auth, operation, world, pathOrg);
  const headers: Record<string, string> = { ...parts.headers };
  if (auth.header !== undefined) headers.authorization = auth.header;
  const rendered = parts.body ? renderBody(parts.body) : { body: undefined, what: '' };
  let body = rendered.body;
  if (body !== undefined) {
    if (parts.contentType === null) body = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    else headers['content-type'] = parts.contentType;
  }
  if (parts.key.kind === 'value') headers['idempotency-key'] = parts.key.value;
  const method = parts.method ?? operation.method;
  const label = [
    parts.path
      .filter((p) => !p.what.startsWith('a real'))
      .map((p) => p.what)
      .join(', '),
    parts.query.what,
    auth.what,
    parts.key.kind === 'value' ? parts.key.what : parts.key.kind === 'none' && method !== 'GET' ? 'no Idempotency-Key' : '',
    body !== undefined ? `Content-Type ${parts.contentType === null ? '(none)' : JSON.stringify(parts.contentType)}` : '',
    rendered.what,
    method !== operation.method ? `method ${method}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return {
    operation: operation.id,
    label,
    method,
    url,
    headers,
    idempotencyKey: parts.key.kind === 'fresh' && method !== 'GET' ? 'fresh' : undefined,
    body: method === 'GET' ? undefined : body,
  };
}

/** A mostly-right request whose body is fuzzed (write routes). */
export function bodyRequests(operation: Operation, ctx: GeneratorContext): fc.Arbitrary<FuzzRequest> {
  if (!operation.body) throw new Error(`${operation.id} takes no body`);
  return fc
    .record({
      path: pathOf(operation, ctx, 'valid'),
      query: queryOf(operation, ctx, 'valid'),
      auth: authOf('valid'),
      key: idempotencyKeyOf('valid'),
      contentType: contentTypeOf('valid'),
      headers: otherHeadersOf('valid'),
      body: bodyOf(operation, ctx),
    })
    .map((parts) => build(operation, ctx.world, parts));
}

/** A request whose path parameters, query and headers are fuzzed (every route). */
export function malformedRequests(operation: Operation, ctx: GeneratorContext): fc.Arbitrary<FuzzRequest> {
  const body = operation.body
    ? schemaValue(operation.body.schema, ctx).map((value): BodySpec => ({ kind: 'json', value, mutations: [] }))
    : fc.constant(undefined);
  const method = fc.oneof(
    { arbitrary: fc.constant(operation.method), weight: 12 },
    { arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'), weight: 1 },
  );
  return fc
    .record({
      path: pathOf(operation, ctx, 'malformed'),
      query: queryOf(operation, ctx, 'malformed'),
      auth: authOf('malformed'),
      key: idempotencyKeyOf('malformed'),
      contentType: contentTypeOf('malformed'),
      headers: otherHeadersOf('malformed'),
      body,
      method,
    })
    .map((parts) => build(operation, ctx.world, parts));
}

/** Transport variations only a socket can carry, for a sample of requests sent over the network. */
export const socketTransport = fc.record({
  chunked: fc.boolean(),
  extraHeaders: fc.array(
    fc.oneof(
      fc.constantFrom<readonly [string, string]>(
        ['idempotency-key', 'fuzz-dup-a'],
        ['content-type', 'text/plain'],
        ['accept-language', utf8AsLatin1('quechua-ñ')],
        ['x-request-id', utf8AsLatin1('id-🧀-1234567')],
        ['authorization', 'Bearer x'],
        ['expect', '100-continue'],
        ['transfer-encoding', 'gzip, chunked'],
        ['content-encoding', 'gzip'],
        ['accept-encoding', 'br, gzip, zstd'],
        ['connection', 'close'],
      ),
      fc.tuple(fc.constantFrom('x-fuzz', 'cookie', 'forwarded', 'via', 'range'), headerText(80)),
    ),
    { maxLength: 3 },
  ),
});
