import { catalogDomain } from '@ayni/catalog';
import { provenanceDomain } from '@ayni/provenance';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIELD_TEXTS, MESSAGES } from '../../packages/provenance/src/messages.js';
import { createTestApi, type TestApi } from '../support/api.js';
import { expectCompleteCatalog } from '../support/messages.js';
import { post } from '../support/catalog-fixtures.js';
import { harvest, lotWithProduct } from './fixtures.js';

/**
 * What the provenance API says in its errors is said in the caller's language: Spanish by default,
 * Quechua by Accept-Language, English by ?lang=; the problem code never changes.
 */
let api: TestApi;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, provenanceDomain]);
});

/** The same request three times: Spanish (no preference), Quechua (Accept-Language), English (?lang=en). */
async function inThreeLanguages(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
  const withLang = `${path}${path.includes('?') ? '&' : '?'}lang=en`;
  const answers = await Promise.all([
    api.call(method, path, { ...options, headers: { 'idempotency-key': crypto.randomUUID() } }),
    api.call(method, path, { ...options, headers: { 'idempotency-key': crypto.randomUUID(), 'accept-language': 'qu-PE, es;q=0.5' } }),
    api.call(method, withLang, { ...options, headers: { 'idempotency-key': crypto.randomUUID() } }),
  ]);
  const bodies = await Promise.all(answers.map((r) => r.json()));
  expect(answers.map((r) => r.headers.get('content-language'))).toEqual(['es', 'qu', 'en']);
  expect(new Set(bodies.map((b) => b.code)).size).toBe(1);
  return { statuses: answers.map((r) => r.status), bodies };
}

describe('provenance errors in each language', () => {
  it('say which GTIN and batch/lot number a Digital Link names when no lot has them', async () => {
    const { statuses, bodies } = await inThreeLanguages('GET', '/01/07751234000085/10/QM-1');

    expect(statuses).toEqual([404, 404, 404]);
    expect(bodies[0].code).toBe('not-found');
    expect(bodies.map((b) => b.detail)).toEqual([
      'Ningún lote tiene el GTIN 07751234000085 y el número de lote QM-1.',
      '07751234000085 GTIN-yuq, QM-1 lote número-yuq loteqa mana tarikunchu.',
      'No lot has GTIN 07751234000085 and batch/lot number QM-1.',
    ]);
  });

  it('ask for the lots of an EPCIS query that names none', async () => {
    const { statuses, bodies } = await inThreeLanguages('GET', '/v1/epcis/events?EQ_bizStep=shipping');

    expect(statuses).toEqual([400, 400, 400]);
    expect(bodies[0].code).toBe('epcis-query-too-broad');
    expect(bodies[0].detail).toMatch(/^MATCH_anyEPCClass es obligatorio \(o MATCH_epc\), salvo que preguntes como asociación/);
    expect(bodies[1].detail).toMatch(/^MATCH_anyEPCClass \(utaq MATCH_epc\) kananpunim/);
    expect(bodies[2].detail).toMatch(/^MATCH_anyEPCClass is required \(or MATCH_epc\) unless you ask as an association/);
    expect(new Set(bodies.map((b) => b.detail)).size).toBe(3);
  });

  it('name the sealed lot and its final event, and say a field check of the service', async () => {
    const { org, admin, lot } = await lotWithProduct(api, { code: 'QA-777' });
    const path = `/v1/orgs/${org.id}/lots/${lot.id}/events`;
    const final = await post(api, path, admin, { ...harvest(), final: true });
    expect(final.status, JSON.stringify(final.body)).toBe(201);

    const sealed = await inThreeLanguages('POST', path, { token: admin, body: harvest({ eventTime: '2026-11-03T06:30:00-05:00' }) });
    const future = await inThreeLanguages('POST', `/v1/orgs/${org.id}/lots/${lot.id}/events`, {
      token: admin,
      body: harvest({ eventTime: '2027-01-01T06:30:00-05:00' }),
    });

    expect(sealed.statuses).toEqual([409, 409, 409]);
    expect(sealed.bodies[0]).toMatchObject({ code: 'lot-sealed', seq: 1 });
    expect(sealed.bodies.map((b) => b.detail)).toEqual([
      'El lote QA-777 quedó sellado con su evento 1: su historia está completa y ya no se puede registrar nada más en él.',
      'QA-777 loteqa 1 eventonwan wichqasqañam: willakuyninqa hunt’asqañam, manañam imatapas qillqayta atikunchu.',
      'Lot QA-777 was sealed by its event 1: its story is complete and nothing more can be recorded on it.',
    ]);
    expect(future.statuses).toEqual([400, 400, 400]);
    expect(future.bodies.map((b) => b.errors)).toEqual([
      [expect.objectContaining({ path: 'eventTime', message: 'no debe estar en el futuro' })],
      [expect.objectContaining({ path: 'eventTime', message: 'manam hamuq pachapi kananchu' })],
      [expect.objectContaining({ path: 'eventTime', message: 'must not be in the future' })],
    ]);
  });

  it('say the schema’s own field messages and checks in the language too', async () => {
    const { org, admin, lot } = await lotWithProduct(api);
    const body = harvest({ what: { quantity: '1.2345' }, where: { place: ' ' } });
    const { statuses, bodies } = await inThreeLanguages('POST', `/v1/orgs/${org.id}/lots/${lot.id}/events`, { token: admin, body });

    expect(statuses).toEqual([400, 400, 400]);
    const messageOf = (b: { errors: Array<{ path: string; message: string }> }, path: string) => b.errors.find((e) => e.path === path)?.message;
    expect(bodies.map((b) => messageOf(b, 'what.quantity'))).toEqual([
      'debe ser un número decimal no negativo con 3 decimales como máximo',
      'mana negativo decimal yupay kanan, aswanpas 3 decimalniyuq',
      'must be a non-negative decimal with at most 3 decimals',
    ]);
    expect(bodies.map((b) => messageOf(b, 'where.place'))).toEqual(['no debe estar vacío', 'manam ch’usaqchu kanan', 'must not be empty']);
    const shipping = await inThreeLanguages('POST', `/v1/orgs/${org.id}/lots/${lot.id}/events`, { token: admin, body: harvest({ type: 'shipping' }) });
    expect(shipping.bodies.map((b) => messageOf(b, 'shipment'))).toEqual([
      'es obligatorio para un evento shipping',
      'shipping eventopaqqa kananpunim',
      'is required for a shipping event',
    ]);
  });
});

describe('the provenance catalogs', () => {
  it('are written in Spanish, Quechua and English, with the same parameters', () => {
    expectCompleteCatalog(MESSAGES, 'provenance.');
    expectCompleteCatalog(FIELD_TEXTS, 'provenance.');
  });
});
