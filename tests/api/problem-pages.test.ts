import { ALL_DOMAINS } from '../../functions/domains.js';
import { LANGS, type Lang } from '@ayni/core';
import { PROBLEM_CATALOG, PROBLEM_TITLES } from '@ayni/http';
import { PROBLEM_EXPLANATIONS, PROBLEM_PAGE_TEXTS } from '@ayni/http/problem-explanations';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { expectCompleteCatalog } from '../support/messages.js';

/**
 * The page a problem's `type` URI names, and the list of them all, are said in the reader's
 * language like every answer of the API: `?lang=`, else Accept-Language, else Spanish.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi(ALL_DOMAINS);
});

/** Text as hono's `html` writes it into a page. */
const escaped = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

const explanations = PROBLEM_EXPLANATIONS as Readonly<Record<string, { es: string; qu?: string; en: string }>>;
const titles = PROBLEM_TITLES as Readonly<Record<string, { es: string; qu?: string; en: string }>>;

describe('problem explanations', () => {
  it('explain every code of PROBLEM_CATALOG in Spanish, Quechua and English, and no other code', () => {
    const missing = Object.keys(PROBLEM_CATALOG).filter((code) => !Object.hasOwn(explanations, code));
    expect(missing, 'codes without an entry in problem-explanations.ts').toEqual([]);
    expect(Object.keys(explanations).filter((code) => !Object.hasOwn(PROBLEM_CATALOG, code))).toEqual([]);
    expectCompleteCatalog(PROBLEM_EXPLANATIONS);
    expectCompleteCatalog(PROBLEM_PAGE_TEXTS);
  });

  it('keep the code spans (`errors[]`, header names, JSON paths) of the English text in every language', () => {
    const spans = (text: string | undefined) => [...new Set((text ?? '').match(/`[^`]+`/g) ?? [])].sort();
    for (const [code, texts] of Object.entries(explanations))
      for (const lang of LANGS) expect(spans(texts[lang]), `${code} (${lang})`).toEqual(spans(texts.en));
  });
});

describe('problem pages', () => {
  const code = 'validation-failed';
  const inLang = (lang: Lang) => ({ title: titles[code]![lang]!, explanation: explanations[code]![lang]! });

  it('say a problem in Spanish by default, and in the language of ?lang= or Accept-Language', async () => {
    const cases: Array<[Lang, string, Record<string, string>]> = [
      ['es', '', {}],
      ['qu', '?lang=qu', {}],
      ['en', '?lang=en', {}],
      ['es', '?lang=es', { 'accept-language': 'en' }],
      ['qu', '', { 'accept-language': 'qu-PE, es;q=0.5' }],
      ['en', '', { 'accept-language': 'en-GB' }],
      ['es', '', { 'accept-language': 'fr' }],
    ];
    for (const [lang, query, headers] of cases) {
      const res = await api.call('GET', `/problems/${code}${query}`, { headers });
      const label = `${lang} by ${query || JSON.stringify(headers)}`;
      expect(res.status, label).toBe(200);
      expect(res.headers.get('content-type'), label).toMatch(/^text\/html/);
      expect(res.headers.get('content-language'), label).toBe(lang);
      expect(res.headers.get('vary'), label).toMatch(/Accept-Language/i);
      const page = await res.text();
      expect(page, label).toContain(`<html lang="${lang}">`);
      expect(page, label).toContain(`<h1>${escaped(inLang(lang).title)}</h1>`);
      expect(page, label).toContain(escaped(inLang(lang).explanation));
      for (const other of LANGS.filter((l) => l !== lang)) expect(page, `${label}: not ${other}`).not.toContain(escaped(inLang(other).explanation));
      expect(page, label).toContain(`<a href="/problems${query ? `?lang=${lang}` : ''}">${escaped(PROBLEM_PAGE_TEXTS.allProblems[lang]!)}</a>`);
    }
  });

  it('escape what the explanation says (`<GTIN>`, `"gtin": null`)', async () => {
    const page = await (await api.call('GET', '/problems/gtin-taken?lang=es')).text();
    expect(page).toContain('(`&quot;gtin&quot;: null`)');
    expect(page).not.toContain('"gtin": null');
  });

  it('list every problem in Quechua, the links keeping ?lang=', async () => {
    const res = await api.call('GET', '/problems?lang=qu', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('qu');
    expect(res.headers.get('vary')).toMatch(/Accept-Language/i);
    const page = await res.text();
    expect(page).toContain('<html lang="qu">');
    expect(page).toContain(`<h1>${escaped(PROBLEM_PAGE_TEXTS.listHeading.qu)}</h1>`);
    expect(page).toContain('<code>application/problem+json</code>');
    for (const [code, problem] of Object.entries(PROBLEM_CATALOG)) {
      const title = titles[code]?.qu ?? problem.title;
      expect(page).toContain(`<a href="/problems/${code}?lang=qu"><code>${code}</code></a> (${problem.status}): ${escaped(title)}</li>`);
    }
  });

  it('list them in Spanish by default, with links that choose no language', async () => {
    const res = await api.call('GET', '/problems');
    expect(res.headers.get('content-language')).toBe('es');
    const page = await res.text();
    expect(page).toContain('<html lang="es">');
    expect(page).toContain(`<h1>${escaped(PROBLEM_PAGE_TEXTS.listHeading.es)}</h1>`);
    expect(page).toContain(`<a href="/problems/${code}"><code>${code}</code></a> (400): ${escaped(inLang('es').title)}</li>`);
  });

  it('answer an unknown code with a 404 problem in the language asked', async () => {
    const res = await api.call('GET', '/problems/no-such-thing?lang=qu');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(res.headers.get('content-language')).toBe('qu');
    expect(((await res.json()) as { code: string }).code).toBe('not-found');
  });
});
