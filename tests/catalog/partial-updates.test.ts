import { catalogDomain } from '@ayni/catalog';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { createAssociation, get, post, quesoAndino, sumaqProfile } from '../support/catalog-fixtures.js';
import { pathsOf, send } from './fixtures.js';

let api: TestApi;
let root: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain]);
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
});

const fullProfile = {
  languages: ['qu', 'es'],
  photos: ['https://example.org/queseria.jpg'],
  certifications: [{ name: 'Producción orgánica', issuer: 'SENASA' }],
  brand: { name: 'Sumaq', registry: 'INDECOPI' },
  story: {
    mission: { es: 'Treinta familias lecheras de Ocongate elaboramos quesos andinos.', qu: 'Kimsa chunka ayllu' },
    history: { es: 'Empezamos en 2008 con una sola olla.' },
  },
};

describe('editing an organisation', () => {
  it('changes only the fields sent, without resetting the others to their defaults', async () => {
    // Prepare
    const { org, admin } = await createAssociation(api, root, fullProfile);

    // Act
    const edited = await send(api, 'PATCH', `/v1/orgs/${org.id}`, { token: admin, body: { familyCount: 25 } });

    // Assess
    expect(edited.status).toBe(200);
    const stored = (await get(api, `/v1/orgs/${org.id}`, admin)).body;
    expect(stored).toMatchObject({
      familyCount: 25,
      languages: ['qu', 'es'],
      photos: fullProfile.photos,
      certifications: fullProfile.certifications,
      brand: fullProfile.brand,
      story: fullProfile.story,
      contact: sumaqProfile.contact,
      province: sumaqProfile.province,
      taxId: sumaqProfile.taxId,
    });
    expect(edited.body).toEqual(stored);
  });

  it('merges a story section by section and language by language', async () => {
    // Prepare
    const { org, admin } = await createAssociation(api, root, fullProfile);

    // Act
    const edited = await send(api, 'PATCH', `/v1/orgs/${org.id}`, {
      token: admin,
      body: { story: { mission: { en: 'Thirty dairy families of Ocongate make Andean cheese.' }, producers: { es: 'Familias de cuatro comunidades.' } } },
    });

    // Assess
    expect(edited.status).toBe(200);
    expect(edited.body.story).toEqual({
      mission: { ...fullProfile.story.mission, en: 'Thirty dairy families of Ocongate make Andean cheese.' },
      history: fullProfile.story.history,
      producers: { es: 'Familias de cuatro comunidades.' },
    });
  });

  it('removes an optional field, a story section or a language’s text sent as null', async () => {
    // Prepare
    const { org, admin } = await createAssociation(api, root, fullProfile);

    // Act
    const edited = await send(api, 'PATCH', `/v1/orgs/${org.id}`, {
      token: admin,
      body: { province: null, familyCount: null, contact: { phone: null }, brand: { registry: null }, story: { mission: { qu: null }, history: null } },
    });

    // Assess
    expect(edited.status).toBe(200);
    const stored = (await get(api, `/v1/orgs/${org.id}`, admin)).body;
    expect(stored).not.toHaveProperty('province');
    expect(stored).not.toHaveProperty('familyCount');
    expect(stored.contact).toEqual({ email: sumaqProfile.contact.email, whatsapp: true });
    expect(stored.brand).toEqual({ name: 'Sumaq' });
    expect(stored.story).toEqual({ mission: { es: fullProfile.story.mission.es } });
    expect(stored.district).toBe(sumaqProfile.district);
  });

  it.each([
    ['the Spanish text of a story section', { story: { mission: { es: null } } }, 'story.mission.es'],
    ['a new story section without its Spanish text', { story: { producers: { en: 'Families of four communities.' } } }, 'story.producers.es'],
    ['the name', { name: null }, 'name'],
    ['every language', { languages: [] }, 'languages'],
    ['the region', { region: null }, 'region'],
    ['the brand’s name', { brand: { name: null } }, 'brand.name'],
  ])('refuses to remove %s, naming the field, and changes nothing', async (_what, body, field) => {
    // Prepare
    const { org, admin } = await createAssociation(api, root, fullProfile);
    const before = (await get(api, `/v1/orgs/${org.id}`, admin)).body;

    // Act
    const refused = await send(api, 'PATCH', `/v1/orgs/${org.id}`, { token: admin, body });

    // Assess
    expect(refused.status).toBe(400);
    expect(refused.contentType).toBe('application/problem+json');
    expect(pathsOf(refused)).toEqual([field]);
    expect((await get(api, `/v1/orgs/${org.id}`, admin)).body).toEqual(before);
  });
});

describe('editing a member', () => {
  it('changes only the fields sent, and removes an optional one sent as null', async () => {
    // Prepare
    const { org, admin } = await createAssociation(api, root);
    const member = {
      name: 'Justina Quispe',
      community: 'Ocongate',
      role: 'president',
      documentId: '41234567',
      phone: '+51 984 111 222',
      joinedOn: '2012-03-01',
    };
    const created = await post(api, `/v1/orgs/${org.id}/members`, admin, member);
    const path = `/v1/orgs/${org.id}/members/${created.body.id}`;

    // Act
    const phoned = await send(api, 'PATCH', path, { token: admin, body: { phone: '+51 984 222 333' } });
    const undocumented = await send(api, 'PATCH', path, { token: admin, body: { documentId: null } });
    const unnamed = await send(api, 'PATCH', path, { token: admin, body: { name: null } });

    // Assess
    expect(phoned.body).toMatchObject({ ...member, phone: '+51 984 222 333' });
    expect(undocumented.status).toBe(200);
    expect(undocumented.body).not.toHaveProperty('documentId');
    expect(undocumented.body).toMatchObject({ role: 'president', joinedOn: '2012-03-01', phone: '+51 984 222 333' });
    expect(unnamed.status).toBe(400);
    expect(pathsOf(unnamed)).toEqual(['name']);
  });
});

describe('editing a product', () => {
  it('merges its name and description language by language and keeps every field not sent', async () => {
    // Prepare
    const { org, admin } = await createAssociation(api, root);
    const created = await post(api, `/v1/orgs/${org.id}/products`, admin, {
      ...quesoAndino,
      photos: ['https://example.org/queso.jpg'],
      gtin: '07751234000016',
    });
    const path = `/v1/orgs/${org.id}/products/${created.body.id}`;

    // Act
    const edited = await send(api, 'PATCH', path, {
      token: admin,
      body: { name: { en: 'Fresh Andean cheese' }, description: { qu: 'Musuq kisu' }, price: 3000 },
    });

    // Assess
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      name: { es: 'Queso andino fresco', qu: 'Kisu', en: 'Fresh Andean cheese' },
      description: { es: quesoAndino.description.es, qu: 'Musuq kisu' },
      price: 3000,
      currency: 'PEN',
      photos: ['https://example.org/queso.jpg'],
      gtin: '07751234000016',
      leadTimeDays: 3,
      minOrderQuantity: '5',
      orderMultiple: '0.5',
      active: true,
    });
  });

  it('changes the price or its currency alone, keeping the other, and refuses to remove either', async () => {
    // Prepare
    const { org, admin } = await createAssociation(api, root);
    const created = await post(api, `/v1/orgs/${org.id}/products`, admin, quesoAndino);
    const path = `/v1/orgs/${org.id}/products/${created.body.id}`;

    // Act
    const repriced = await send(api, 'PATCH', path, { token: admin, body: { price: 3150 } });
    const inBolivianos = await send(api, 'PATCH', path, { token: admin, body: { currency: 'BOB' } });
    const noPrice = await send(api, 'PATCH', path, { token: admin, body: { price: null } });
    const noCurrency = await send(api, 'PATCH', path, { token: admin, body: { currency: null } });

    // Assess
    expect(repriced.body).toMatchObject({ price: 3150, currency: 'PEN' });
    expect(inBolivianos.body).toMatchObject({ price: 3150, currency: 'BOB' });
    expect((await get(api, path)).body).toMatchObject({ price: 3150, currency: 'BOB' });
    expect([noPrice.status, pathsOf(noPrice)]).toEqual([400, ['price']]);
    expect([noCurrency.status, pathsOf(noCurrency)]).toEqual([400, ['currency']]);
  });

  it('removes a translation or the GTIN sent as null, and refuses to remove the Spanish name', async () => {
    // Prepare
    const { org, admin } = await createAssociation(api, root);
    // A GTIN names one product across organisations: another one than the test above.
    const created = await post(api, `/v1/orgs/${org.id}/products`, admin, { ...quesoAndino, gtin: '07751234000030' });
    const path = `/v1/orgs/${org.id}/products/${created.body.id}`;

    // Act
    const removed = await send(api, 'PATCH', path, { token: admin, body: { name: { qu: null }, gtin: null } });
    const noSpanish = await send(api, 'PATCH', path, { token: admin, body: { name: { es: null } } });
    const noDescription = await send(api, 'PATCH', path, { token: admin, body: { description: null } });

    // Assess
    expect(removed.status).toBe(200);
    expect(removed.body.name).toEqual({ es: 'Queso andino fresco' });
    expect(removed.body).not.toHaveProperty('gtin');
    expect((await get(api, path)).body).not.toHaveProperty('gtin');
    expect(noSpanish.status).toBe(400);
    expect(pathsOf(noSpanish)).toEqual(['name.es']);
    expect(noSpanish.body.errors[0].message).toBe('no se puede quitar: el texto en español es obligatorio (los otros idiomas se pueden quitar con null)');
    expect(noDescription.status).toBe(400);
    expect(pathsOf(noDescription)).toEqual(['description']);
  });
});

describe('editing a lot', () => {
  it('changes its notes, expiry date or producers only, and removes an optional field sent as null', async () => {
    // Prepare
    const { org, admin } = await createAssociation(api, root);
    const product = (await post(api, `/v1/orgs/${org.id}/products`, admin, quesoAndino)).body;
    const justina = (await post(api, `/v1/orgs/${org.id}/members`, admin, { name: 'Justina Quispe', community: 'Ocongate' })).body;
    const rosa = (await post(api, `/v1/orgs/${org.id}/members`, admin, { name: 'Rosa Huamán', community: 'Marcapata' })).body;
    const lot = (
      await post(api, `/v1/orgs/${org.id}/lots`, admin, {
        productId: product.id,
        code: 'QA-1',
        quantity: '40',
        productionDate: '2026-11-02',
        expiryDate: '2026-12-02',
        producerIds: [justina.id],
        notes: 'Primera prensa',
      })
    ).body;
    const path = `/v1/orgs/${org.id}/lots/${lot.id}`;

    // Act
    const noted = await send(api, 'PATCH', path, { token: admin, body: { notes: 'Prensa del lunes' } });
    const producers = await send(api, 'PATCH', path, { token: admin, body: { producerIds: [justina.id, rosa.id], expiryDate: null } });
    const tooEarly = await send(api, 'PATCH', path, { token: admin, body: { expiryDate: '2026-10-01' } });
    const quantity = await send(api, 'PATCH', path, { token: admin, body: { quantity: '50' } });

    // Assess
    expect(noted.status).toBe(200);
    expect(noted.body).toMatchObject({
      notes: 'Prensa del lunes',
      expiryDate: '2026-12-02',
      producerIds: [justina.id],
      code: 'QA-1',
      quantity: '40',
      available: '40',
    });
    expect(producers.status).toBe(200);
    expect(producers.body).toMatchObject({
      producerIds: [justina.id, rosa.id],
      producerCount: 2,
      communities: ['Marcapata', 'Ocongate'],
      notes: 'Prensa del lunes',
    });
    expect(producers.body).not.toHaveProperty('expiryDate');
    expect(tooEarly.status).toBe(400);
    expect(pathsOf(tooEarly)).toEqual(['expiryDate']);
    expect(quantity.status).toBe(400);
    expect((await get(api, `/v1/orgs/${org.id}/products/${product.id}`)).body.stock).toBe('40');
  });
});

describe('the OpenAPI document', () => {
  it('says in each patch schema that only the fields sent change and that null removes a value', async () => {
    // Act
    const doc = (await (await api.call('GET', '/openapi.json')).json()) as { components: { schemas: Record<string, { description?: string }> } };

    // Assess
    for (const name of ['UpdateOrganisation', 'UpdateMember', 'UpdateProduct', 'UpdateLot']) {
      expect(doc.components.schemas[name]?.description, name).toMatch(/null/);
    }
  });
});
