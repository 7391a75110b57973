import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers of the house: the domains (catalog, orders, loans, provenance) stand on the shared
 * packages (http, store, core, auth, chain) and are composed by packages/api, which is above them.
 * So no domain may import or depend on @ayni/api (the `Runtime` and `DomainModule` types live in
 * @ayni/http), and no shared package may import a domain or @ayni/api. Read from the sources, so
 * that re-adding such an import fails here before it makes a cycle anywhere else.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PACKAGES = join(ROOT, 'packages');

const DOMAINS = ['catalog', 'orders', 'loans', 'provenance'] as const;
const FOUNDATIONS = ['http', 'store', 'core', 'auth', 'chain'] as const;
const COMPOSER = 'api';

const SOURCE = /\.(?:[cm]?ts|tsx|[cm]?js)$/;

/** Module specifiers of static imports, re-exports, dynamic imports and requires. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g;

function specifiersOf(text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((match) => match[2]!);
}

function sourcesOf(pkg: string): string[] {
  const src = join(PACKAGES, pkg, 'src');
  return (readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => SOURCE.test(file) && !file.split(sep).includes('node_modules'))
    .map((file) => join(src, file));
}

function dependenciesOf(pkg: string): string[] {
  const manifest = JSON.parse(readFileSync(join(PACKAGES, pkg, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  return ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) => Object.keys(manifest[field] ?? {}));
}

/** The package a specifier names: `@ayni/x` (or a subpath of it), or a relative path into packages/x. */
function packageNamed(specifier: string, from: string): string | undefined {
  const scoped = specifier.match(/^@ayni\/([^/]+)/);
  if (scoped) return scoped[1];
  if (!specifier.startsWith('.')) return undefined;
  const inside = relative(PACKAGES, resolve(dirname(from), specifier));
  if (inside.startsWith('..')) return undefined;
  return inside.split(sep)[0];
}

/** Each import of `pkg` that names one of `forbidden`, as `file: specifier`. */
function forbiddenImports(pkg: string, forbidden: readonly string[]): string[] {
  return sourcesOf(pkg).flatMap((file) =>
    specifiersOf(readFileSync(file, 'utf8'))
      .filter((specifier) => {
        const named = packageNamed(specifier, file);
        return named !== undefined && named !== pkg && forbidden.includes(named);
      })
      .map((specifier) => `${relative(ROOT, file)}: ${specifier}`),
  );
}

function forbiddenDependencies(pkg: string, forbidden: readonly string[]): string[] {
  return dependenciesOf(pkg).filter((name) => forbidden.some((f) => name === `@ayni/${f}`));
}

describe('the scan itself', () => {
  it('reads every package it names', () => {
    for (const pkg of [...DOMAINS, ...FOUNDATIONS, COMPOSER]) {
      expect(existsSync(join(PACKAGES, pkg, 'package.json')), pkg).toBe(true);
      expect(sourcesOf(pkg).length, pkg).toBeGreaterThan(0);
    }
  });

  it('finds every form of import', () => {
    const text = [
      "import type { Runtime } from '@ayni/api';",
      'import { x } from "../../api/src/compose.js";',
      "export * from '@ayni/api/compose';",
      "import '@ayni/api';",
      "const m = await import('@ayni/api');",
      "const r = require('@ayni/api');",
      "import {\n  a,\n  b,\n} from '@ayni/api';",
    ].join('\n');
    expect(specifiersOf(text)).toEqual(['@ayni/api', '../../api/src/compose.js', '@ayni/api/compose', '@ayni/api', '@ayni/api', '@ayni/api', '@ayni/api']);
    const file = join(PACKAGES, 'catalog', 'src', 'routes', 'x.ts');
    expect(packageNamed('../../../api/src/runtime.js', file)).toBe('api');
    expect(packageNamed('../model.js', file)).toBe('catalog');
    expect(packageNamed('@ayni/api/runtime', file)).toBe('api');
    expect(packageNamed('@hono/zod-openapi', file)).toBeUndefined();
  });
});

describe.each(DOMAINS)('the %s domain', (domain) => {
  it('does not import @ayni/api, by name or by relative path', () => {
    expect(forbiddenImports(domain, [COMPOSER])).toEqual([]);
  });

  it('does not depend on @ayni/api in its package.json', () => {
    expect(forbiddenDependencies(domain, [COMPOSER])).toEqual([]);
  });
});

describe.each(FOUNDATIONS)('the shared package %s', (pkg) => {
  it('imports no domain and not @ayni/api', () => {
    expect(forbiddenImports(pkg, [...DOMAINS, COMPOSER])).toEqual([]);
  });

  it('depends on no domain and not on @ayni/api in its package.json', () => {
    expect(forbiddenDependencies(pkg, [...DOMAINS, COMPOSER])).toEqual([]);
  });
});
