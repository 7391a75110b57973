import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_TEXTS as CATALOG_FIELDS } from '../../packages/catalog/src/messages.js';
import { FIELD_TEXTS as LOANS_FIELDS } from '../../packages/loans/src/messages.js';
import { FIELD_TEXTS as ORDERS_FIELDS } from '../../packages/orders/src/messages.js';
import { FIELD_TEXTS as PROVENANCE_FIELDS } from '../../packages/provenance/src/messages.js';

/**
 * No text reaches a person without a Spanish version: every error the API's packages raise is built
 * from a catalog message (es, qu, en), never from an English string. The exceptions are errors that
 * never reach a response (internal signals between a repository and its service) and arguments
 * that are not texts (an enum such as MakerCheckerViolation's 'recorded').
 */
const ROOT = join(import.meta.dirname, '../..');
const PACKAGES = ['api', 'auth', 'catalog', 'core', 'http', 'loans', 'orders', 'provenance', 'store'];
const NOT_TEXT = new Set([
  'Error',
  'RangeError',
  'TypeError',
  'Set',
  'Map',
  'URL',
  'RegExp',
  'Date',
  'TextEncoder',
  'Headers',
  'Response',
  'Request',
  'Logger',
  'HTTPException',
]);
/** Errors that are caught inside the package and never become a response. */
const INTERNAL = new Set([
  'RetryAttempt',
  'ConfigError',
  'StaleVersion',
  'StaleOrder',
  'StaleLoan',
  'CanonicalisationError',
  'LeaseLost',
  'ChainMoved',
  'SeriesMoved',
  'OrderExists',
  'PostingRefused',
]);
/** Constructors whose string argument is a code, not a text. */
const CODE_ARGUMENT = new Set(['MakerCheckerViolation']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.generated.ts') ? [path] : [];
  });
}

describe('the languages of what the API says', () => {
  it('builds every error a client may read from a catalog message, not from an English string', () => {
    const offenders: string[] = [];
    for (const pkg of PACKAGES) {
      for (const file of sources(join(ROOT, 'packages', pkg, 'src'))) {
        const lines = readFileSync(file, 'utf8').split('\n');
        lines.forEach((line, i) => {
          for (const match of line.matchAll(/new ([A-Z][A-Za-z.]*)\((['`"])/g)) {
            const name = match[1]!;
            if (NOT_TEXT.has(name) || INTERNAL.has(name) || CODE_ARGUMENT.has(name) || name.startsWith('Intl.')) continue;
            offenders.push(`${relative(ROOT, file)}:${i + 1}: new ${name}(${match[2]}…`);
          }
        });
      }
    }
    expect(offenders).toEqual([]);
  });

  it('says a field message written in several packages the same way in each language', () => {
    const byEnglish = new Map<string, { es: string; qu?: string; from: string }>();
    const clashes: string[] = [];
    const catalogs = { catalog: CATALOG_FIELDS, loans: LOANS_FIELDS, orders: ORDERS_FIELDS, provenance: PROVENANCE_FIELDS };
    for (const [pkg, catalog] of Object.entries(catalogs)) {
      for (const texts of Object.values(catalog as Record<string, { es: string; qu?: string; en: string }>)) {
        const seen = byEnglish.get(texts.en);
        if (seen && (seen.es !== texts.es || seen.qu !== texts.qu)) clashes.push(`"${texts.en}": ${seen.from} and ${pkg} differ`);
        if (!seen) byEnglish.set(texts.en, { es: texts.es, ...(texts.qu ? { qu: texts.qu } : {}), from: pkg });
      }
    }
    expect(clashes).toEqual([]);
  });
});
