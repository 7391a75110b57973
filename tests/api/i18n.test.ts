import { catalogDomain } from '@ayni/catalog';
import { DEFAULT_LOCALE, LANGS, localDate, localMoney, localQuantity, localTerms, negotiateLang, renderText, type Locale } from '@ayni/core';
import { FIELD_MESSAGES, HTTP_DETAILS, PROBLEM_CATALOG, PROBLEM_TITLES } from '@ayni/http';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { expectCompleteCatalog } from '../support/messages.js';

/**
 * What a person reads is said in their language: Spanish by default, Quechua and English by
 * Accept-Language or ?lang=, with Content-Language saying which; clients switch on `code`, which
 * never changes with the language.
 */
let api: TestApi;
let admin: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain]);
  admin = await api.token({ sub: 'root', roles: ['platform_admin'] });
});

const es: Locale = DEFAULT_LOCALE;
const bo: Locale = { lang: 'es', country: 'BO' };
const qu: Locale = { lang: 'qu', country: 'PE' };
const en: Locale = { lang: 'en', country: 'PE' };

describe('language negotiation', () => {
  it('takes ?lang= first, then the best Accept-Language range we speak, then Spanish', () => {
    expect(negotiateLang(undefined)).toBe('es');
    expect(negotiateLang('fr-FR, de;q=0.8')).toBe('es');
    expect(negotiateLang('en-US,en;q=0.9,es;q=0.8')).toBe('en');
    expect(negotiateLang('es;q=0.4, qu-PE;q=0.9')).toBe('qu');
    expect(negotiateLang('quz')).toBe('qu');
    expect(negotiateLang('es;q=0, en')).toBe('en');
    expect(negotiateLang('en', 'qu')).toBe('qu');
    expect(negotiateLang('en', 'xx')).toBe('en');
    expect(negotiateLang('*')).toBe('es');
  });

  it('answers the same problem code in each language, saying which language in Content-Language', async () => {
    const ask = (headers: Record<string, string>, query = '') => api.call('GET', `/v1/nowhere${query}`, { headers });
    const answers = await Promise.all([ask({}), ask({ 'accept-language': 'qu' }), ask({}, '?lang=en'), ask({ 'accept-language': 'en' }, '?lang=es')]);
    const bodies = await Promise.all(answers.map((r) => r.json()));
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    expect(bodies.map((b) => b.code)).toEqual(['not-found', 'not-found', 'not-found', 'not-found']);
    expect(answers.map((r) => r.headers.get('content-language'))).toEqual(['es', 'qu', 'en', 'es']);
    expect(answers[0]!.headers.get('vary')).toMatch(/Accept-Language/);
    expect(bodies.map((b) => b.title)).toEqual(['No encontrado', 'Mana tarikunchu', 'Not found', 'No encontrado']);
    expect(bodies[0].detail).toBe('No hay ninguna ruta GET /v1/nowhere.');
    expect(bodies[2].detail).toBe('No route for GET /v1/nowhere.');
  });

  it('says field messages in the language too, from zod issue codes and the API’s own checks', async () => {
    const send = (lang: string) =>
      api.call('POST', `/v1/orgs?lang=${lang}`, {
        token: admin,
        body: { kind: 'association', name: 'x'.repeat(500) },
        headers: { 'idempotency-key': crypto.randomUUID() },
      });
    const [inSpanish, inQuechua, inEnglish] = await Promise.all(['es', 'qu', 'en'].map(async (lang) => (await send(lang)).json()));
    for (const body of [inSpanish, inQuechua, inEnglish]) expect(body.code).toBe('validation-failed');
    const nameIssue = (body: { errors: Array<{ path: string; message: string }> }) => body.errors.find((e) => e.path === 'name')?.message;
    expect(nameIssue(inSpanish)).toMatch(/^debe tener como máximo \d+ caracteres$/);
    expect(nameIssue(inQuechua)).toMatch(/sanampayuqlla kanan$/);
    expect(nameIssue(inEnglish)).toMatch(/^must have at most \d+ characters$/);
    expect(inSpanish.title).toBe('Tu solicitud tiene campos no válidos');
    const unknown = await (await api.call('GET', '/v1/catalog?stauts=1&lang=qu')).json();
    expect(unknown.errors[0]).toMatchObject({ path: 'query.stauts', message: expect.stringMatching(/parámetrochu/) });
  });

  it('keeps ?lang= a parameter of every /v1 route, never an unknown one', async () => {
    expect((await api.call('GET', '/v1/catalog?lang=qu&limit=2')).status).toBe(200);
  });
});

describe('the catalogs', () => {
  it('give every problem code a title in Spanish, Quechua and English, and name no code that does not exist', () => {
    expect(Object.keys(PROBLEM_TITLES).sort()).toEqual(Object.keys(PROBLEM_CATALOG).sort());
    for (const [code, texts] of Object.entries(PROBLEM_TITLES)) for (const lang of LANGS) expect(texts[lang], `${code} in ${lang}`).toBeTruthy();
  });

  it('write each placeholder in every language of each message', () => {
    expectCompleteCatalog(FIELD_MESSAGES);
    expectCompleteCatalog(HTTP_DETAILS);
  });
});

describe('money, dates, quantities and terms, per locale', () => {
  it('writes money the way its country does, never through a float', () => {
    expect(localMoney(123_450, 'PEN', es)).toBe('S/ 1,234.50');
    expect(localMoney(123_450, 'BOB', es)).toBe('Bs 1.234,50');
    expect(localMoney(123_450, 'BOB', bo)).toBe('Bs 1.234,50');
    expect(localMoney(123_450, 'PEN', qu)).toBe('S/ 1,234.50');
    expect(localMoney(123_450, 'PEN', en)).toBe('S/ 1,234.50');
    expect(localMoney(-5, 'USD', es)).toBe('-US$ 0.05');
    expect(localMoney(9_007_199_254_740_993n, 'PEN', es)).toBe('S/ 90,071,992,547,409.93');
  });

  it('writes dates in words, quantities with their unit’s name and payment terms in words', () => {
    expect(localDate('2026-12-01', es)).toBe('1 de diciembre de 2026');
    expect(localDate('2026-12-01', en)).toBe('December 1, 2026');
    expect(localDate('2028-02-29', es)).toBe('29 de febrero de 2028');
    expect(localQuantity('12', 'litre', es)).toBe('12 litros');
    expect(localQuantity('1', 'litre', es)).toBe('1 litro');
    expect(localQuantity('2.5', 'kg', bo)).toBe('2,5 kg');
    expect(localQuantity('3', 'dozen', en)).toBe('3 dozen');
    expect(localQuantity('1234.5', 'kg', es)).toBe('1,234.5 kg');
    expect(localTerms('net_30', es)).toBe('a 30 días');
    expect(localTerms('net_15', en)).toBe('net 15 days');
    expect(localTerms('prepaid', es)).toBe('pago adelantado');
    // A name kept in several languages is said in the reader's, else in Spanish.
    const name = { localized: { es: 'Queso andino fresco', qu: 'Musuq kisu' } };
    expect(renderText({ es: 'No hay {p}', qu: '{p} mana kanchu', en: 'No {p}' }, { p: name }, qu)).toBe('Musuq kisu mana kanchu');
    expect(renderText({ es: 'No hay {p}', qu: '{p} mana kanchu', en: 'No {p}' }, { p: name }, en)).toBe('No Queso andino fresco');
  });
});
