import { catalogDomain } from '@ayni/catalog';
import { FIELD_TEXTS, MESSAGES } from '../../packages/catalog/src/messages.js';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { expectCompleteCatalog } from '../support/messages.js';
import { createAssociation, post, quesoAndino } from '../support/catalog-fixtures.js';

let api: TestApi;
let root: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain]);
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
});

interface Said {
  readonly status: number;
  readonly body: any;
  readonly language: string | null;
}

/** The same request three times: Spanish by default, Quechua by Accept-Language, English by `?lang=`. */
async function inEveryLanguage(method: string, path: string, options: { token: string; body?: unknown; headers?: Record<string, string> }) {
  const once = async (url: string, headers: Record<string, string>): Promise<Said> => {
    const res = await api.call(method, url, {
      token: options.token,
      ...(options.body !== undefined ? { body: options.body } : {}),
      headers: { ...options.headers, ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}), ...headers },
    });
    return { status: res.status, body: await res.json(), language: res.headers.get('content-language') };
  };
  const es = await once(path, {});
  const qu = await once(path, { 'accept-language': 'qu' });
  const en = await once(`${path}${path.includes('?') ? '&' : '?'}lang=en`, {});
  return { es, qu, en };
}

function expectSaidThreeWays(said: { es: Said; qu: Said; en: Said }, status: number, code: string) {
  for (const [lang, one] of Object.entries(said)) {
    expect(one.status, lang).toBe(status);
    expect(one.body.code, lang).toBe(code);
    expect(one.language, lang).toBe(lang);
  }
  expect(new Set([said.es.body.detail, said.qu.body.detail, said.en.body.detail]).size).toBe(3);
}

describe('catalog errors in the reader’s language', () => {
  it('say a product that is not there in Spanish, Quechua and English', async () => {
    // Prepare
    const { org, admin } = await createAssociation(api, root);
    const missing = 'prd_01JD43QP4R1A8M6N2K7T9V3W5X';

    // Act
    const said = await inEveryLanguage('GET', `/v1/orgs/${org.id}/products/${missing}`, { token: admin });

    // Assess
    expectSaidThreeWays(said, 404, 'not-found');
    expect(said.es.body.detail).toBe(`No existe el producto ${missing} en esta organización.`);
    expect(said.qu.body.detail).toBe(`Kay organizaciónpiqa ${missing} ruruqa mana tarikunchu.`);
    expect(said.en.body.detail).toBe(`No product ${missing} in this organisation.`);
  });

  it('say a SKU already used in Spanish, Quechua and English', async () => {
    // Prepare
    const { org, admin } = await createAssociation(api, root);
    expect((await post(api, `/v1/orgs/${org.id}/products`, admin, quesoAndino)).status).toBe(201);

    // Act
    const said = await inEveryLanguage('POST', `/v1/orgs/${org.id}/products`, { token: admin, body: quesoAndino });

    // Assess
    expectSaidThreeWays(said, 409, 'sku-taken');
    expect(said.es.body.detail).toBe('El SKU QUESO-ANDINO ya está en uso.');
    expect(said.qu.body.detail).toBe('QUESO-ANDINO SKU-qa ña llamk’achkanñam.');
    expect(said.en.body.detail).toBe('SKU QUESO-ANDINO is already used.');
  });

  it('say an If-Match that names another version in Spanish, Quechua and English', async () => {
    // Prepare
    const { org, admin } = await createAssociation(api, root);
    const product = (await post(api, `/v1/orgs/${org.id}/products`, admin, quesoAndino)).body;
    const path = `/v1/orgs/${org.id}/products/${product.id}`;

    // Act
    const said = await inEveryLanguage('PATCH', path, { token: admin, body: { leadTimeDays: 4 }, headers: { 'if-match': '"7"' } });

    // Assess
    expectSaidThreeWays(said, 412, 'precondition-failed');
    expect(said.es.body.detail).toBe(
      'El producto ya está en la versión 1 (ETag "1"), no en la que indica If-Match: vuelve a leerlo, aplica otra vez tu cambio y envía el nuevo ETag.',
    );
    expect(said.qu.body.detail).toBe(
      'Ruruqa kunan 1 versiónpiñam (ETag "1"), manam If-Match nisqanpichu: wakmanta ñawinchay, cambioykita wakmanta ruway, musuq ETag-ta kachamuy.',
    );
    expect(said.en.body.detail).toBe(
      'The product is now at version 1 (ETag "1"), not the one If-Match names: read it again, reapply your change and send the new ETag.',
    );
  });

  it('say the field messages of its schemas and services in the reader’s language', async () => {
    // Prepare
    const { org, admin } = await createAssociation(api, root);
    const product = (await post(api, `/v1/orgs/${org.id}/products`, admin, quesoAndino)).body;

    // Act: a lot with a quantity of four decimals, a lot of a product not of the association, a product with a wrong GTIN.
    const badLot = await inEveryLanguage('POST', `/v1/orgs/${org.id}/lots`, {
      token: admin,
      body: { productId: product.id, quantity: '1.2345', productionDate: '2026-11-02' },
    });
    const notOurs = await inEveryLanguage('POST', `/v1/orgs/${org.id}/lots`, {
      token: admin,
      body: { productId: 'prd_01JD43QP4R1A8M6N2K7T9V3W5X', quantity: '1', productionDate: '2026-11-02' },
    });
    const badGtin = await inEveryLanguage('POST', `/v1/orgs/${org.id}/products`, {
      token: admin,
      body: { ...quesoAndino, sku: 'QUESO-2', gtin: '7750000000015' },
    });

    // Assess
    expect(badLot.es.body.errors[0]).toMatchObject({ path: 'quantity', message: 'debe ser un número decimal no negativo con 3 decimales como máximo' });
    expect(badLot.qu.body.errors[0].message).toBe('mana negativo decimal yupay kanan, aswanpas 3 decimalniyuq');
    expect(badLot.en.body.errors[0].message).toBe('must be a non-negative decimal with at most 3 decimals');
    expect(notOurs.es.body.errors[0]).toMatchObject({ path: 'productId', message: 'no es un producto de esta organización' });
    expect(notOurs.qu.body.errors[0].message).toBe('manam kay organizaciónpa rurunchu');
    expect(notOurs.en.body.errors[0].message).toBe('is not a product of this organisation');
    expect(badGtin.es.body.errors[0]).toMatchObject({ path: 'gtin', message: 'tiene un dígito de control incorrecto' });
    expect(badGtin.qu.body.errors[0].message).toBe('control yupayninmi mana allinchu');
    expect(badGtin.en.body.errors[0].message).toBe('has a wrong check digit');
  });
});

describe('the catalog’s catalogs', () => {
  it('are written in Spanish, Quechua and English, with the same parameters', () => {
    expectCompleteCatalog(MESSAGES, 'catalog.');
    expectCompleteCatalog(FIELD_TEXTS, 'catalog.');
  });
});
