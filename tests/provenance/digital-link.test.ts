import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { catalog, catalogDomain, catalogKeys } from '@ayni/catalog';
import { provenanceDomain } from '@ayni/provenance';
import { createRequire } from 'node:module';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { createAssociation, get, patch, post, quesoAndino } from '../support/catalog-fixtures.js';

/** jsQR (CommonJS: its `module.exports` is the decoder; the typings describe an ES default export). */
const jsQR = createRequire(import.meta.url)('jsqr') as typeof import('jsqr').default;

/** digital-link.js (Digimarc's GS1 Digital Link library, CommonJS, untyped): the referee of every link we make. */
const { DigitalLink } = createRequire(import.meta.url)('digital-link.js') as {
  DigitalLink: (url: string) => { isValid(): boolean; getIdentifier(): Record<string, string>; getKeyQualifier(ai: string): string | undefined };
};

const BASE = 'https://ayni.example';
let api: TestApi;
let root: string;

beforeAll(async () => {
  api = await createTestApi([catalogDomain, provenanceDomain], { env: { PUBLIC_BASE_URL: BASE } });
  root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
});

/** Asserts the URL is a valid GS1 Digital Link and answers its GTIN and (decoded) batch/lot number. */
function gs1Of(url: string): { gtin: string; lot: string | undefined } {
  const link = DigitalLink(url);
  expect(link.isValid(), `${url} is a valid GS1 Digital Link`).toBe(true);
  const lot = link.getKeyQualifier('10');
  return { gtin: link.getIdentifier()['01']!, lot: lot === undefined ? undefined : decodeURIComponent(lot) };
}

/** What the lot's QR code (PNG) encodes, decoded from its pixels. */
async function qrOf(lotId: string): Promise<string> {
  const res = await api.call('GET', `/v1/lots/${lotId}/qr.png`);
  expect(res.status).toBe(200);
  const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded, 'the QR code decodes').not.toBeNull();
  return decoded!.data;
}

/** The path a Digital Link (absolute, as printed) asks this app for, with its query. */
const pathOf = (url: string) => url.slice(BASE.length);

async function resolve(path: string, headers: Record<string, string> = {}) {
  const res = await api.call('GET', path, { headers });
  return { status: res.status, location: res.headers.get('location'), link: res.headers.get('link'), type: res.headers.get('content-type'), res };
}

async function association(name = 'Asociación Sumaq Ausangate') {
  return createAssociation(api, root, { name });
}

async function product(orgId: string, admin: string, overrides: Record<string, unknown> = {}) {
  const res = await post(api, `/v1/orgs/${orgId}/products`, admin, { ...quesoAndino, ...overrides });
  if (res.status !== 201) throw new Error(`product: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; orgId: string; gtin?: string };
}

function lot(orgId: string, admin: string, productId: string, code?: string) {
  return post(api, `/v1/orgs/${orgId}/lots`, admin, { productId, quantity: '10', productionDate: '2026-11-03', ...(code === undefined ? {} : { code }) });
}

async function newLot(orgId: string, admin: string, productId: string, code?: string) {
  const res = await lot(orgId, admin, productId, code);
  if (res.status !== 201) throw new Error(`lot: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; code?: string; linkCode?: string };
}

const fieldsOf = (body: { errors?: Array<{ path: string }> }) => (body.errors ?? []).map((e) => e.path);

describe('a lot’s GS1 Digital Link', () => {
  it('resolves from the lot’s creation, before its QR code was ever asked for, whatever form of its GTIN is given', async () => {
    // Prepare
    const { org, admin } = await association();
    const cheese = await product(org.id, admin, { gtin: '7751234000047' });
    const created = await newLot(org.id, admin, cheese.id, 'QA-118');

    // Act
    const fourteen = await resolve('/01/07751234000047/10/QA-118');
    const thirteen = await resolve('/01/7751234000047/10/QA-118');

    // Assess
    expect(cheese.gtin).toBe('07751234000047');
    for (const answer of [fourteen, thirteen]) {
      expect(answer.status).toBe(302);
      expect(answer.location).toBe(`/p/${created.id}`);
      expect(answer.link).toBe(`<${BASE}/01/07751234000047/10/QA-118?linkType=linkset>; rel="linkset"; type="application/linkset+json"`);
    }
    expect((await resolve('/01/07751234000047/10/QA-119')).status).toBe(404);
  });

  it('accepts GTIN-8 and GTIN-12, keyed and printed in 14 digits', async () => {
    // Prepare
    const { org, admin } = await association();
    const eight = await product(org.id, admin, { sku: 'QUESO-8', gtin: '96385074' });
    const twelve = await product(org.id, admin, { sku: 'QUESO-12', gtin: '077512340016' });
    const lotOfEight = await newLot(org.id, admin, eight.id, 'G8-1');
    const lotOfTwelve = await newLot(org.id, admin, twelve.id, 'G12-1');

    // Act
    const printed = [await qrOf(lotOfEight.id), await qrOf(lotOfTwelve.id)];

    // Assess
    expect([eight.gtin, twelve.gtin]).toEqual(['00000096385074', '00077512340016']);
    expect(printed.map(gs1Of)).toEqual([
      { gtin: '00000096385074', lot: 'G8-1' },
      { gtin: '00077512340016', lot: 'G12-1' },
    ]);
    for (const [path, lotId] of [
      ['/01/96385074/10/G8-1', lotOfEight.id],
      ['/01/00000096385074/10/G8-1', lotOfEight.id],
      ['/01/077512340016/10/G12-1', lotOfTwelve.id],
      ['/01/0077512340016/10/G12-1', lotOfTwelve.id],
    ] as const) {
      expect((await resolve(path)).location, path).toBe(`/p/${lotId}`);
    }
  });

  it('percent-encodes every character of set 82 that a batch/lot number may carry, and resolves it back', async () => {
    // Prepare
    const { org, admin } = await association();
    const cheese = await product(org.id, admin, { gtin: '07751234000054' });
    const code = "L/26.11(A)*!'+,:;=?%";
    const created = await newLot(org.id, admin, cheese.id, code);

    // Act
    const printed = await qrOf(created.id);
    const answer = await resolve(pathOf(printed));

    // Assess
    expect(printed).toBe(`${BASE}/01/07751234000054/10/L%2F26.11%28A%29%2A%21%27%2B%2C%3A%3B%3D%3F%25`);
    expect(gs1Of(printed)).toEqual({ gtin: '07751234000054', lot: code });
    expect(answer.location).toBe(`/p/${created.id}`);
  });

  it('redirects to the link type asked for, the default one for any other, ignoring tracking and other query parameters', async () => {
    // Prepare
    const { org, admin } = await association();
    const cheese = await product(org.id, admin, { gtin: '07751234000061' });
    const { id } = await newLot(org.id, admin, cheese.id, 'QP-7');
    const at = (query: string, headers?: Record<string, string>) => resolve(`/01/07751234000061/10/QP-7${query}`, headers);

    // Act
    const plain = await at('');
    const tracked = await at('?utm_source=feria&utm_medium=qr&fbclid=IwAR2x&17=261231&3103=000500');
    const unknown = await at('?linkType=gs1:recipeInfo');
    const traceability = await at('?linkType=gs1:traceability');
    const traceabilityInBrowser = await at('?linkType=gs1:traceability', { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    const traceabilityUri = await at(`?linkType=${encodeURIComponent('https://gs1.org/voc/traceability')}`);
    const epcis = await at('?linkType=gs1:epcis');
    const pip = await at('?linkType=gs1:pip&utm_campaign=cusco');

    // Assess
    for (const answer of [plain, tracked, unknown, traceabilityInBrowser]) {
      expect(answer.status).toBe(302);
      expect(answer.location).toBe(`/p/${id}`);
    }
    expect(traceability.location).toBe(`/v1/lots/${id}/provenance`);
    expect(traceabilityUri.location).toBe(`/v1/lots/${id}/provenance`);
    expect(epcis.location).toBe(`/v1/lots/${id}/epcis`);
    expect(pip.location).toBe(`/v1/orgs/${org.id}/products/${cheese.id}`);
    for (const answer of [traceability, epcis, pip]) expect((await api.call('GET', answer.location!)).status).toBe(200);
  });

  it('answers an RFC 9264 linkset of its links for ?linkType=linkset or Accept: application/linkset+json', async () => {
    // Prepare
    const { org, admin } = await association();
    const cheese = await product(org.id, admin, { gtin: '07751234000078' });
    const { id } = await newLot(org.id, admin, cheese.id, 'QM-1');

    // Act
    const byQuery = await resolve('/01/7751234000078/10/QM-1?linkType=linkset&utm_source=x');
    const byAccept = await resolve('/01/07751234000078/10/QM-1', { accept: 'application/linkset+json' });

    // Assess
    for (const answer of [byQuery, byAccept]) {
      expect(answer.status).toBe(200);
      expect(answer.type).toBe('application/linkset+json');
      const body = (await answer.res.json()) as { linkset: Array<Record<string, any>> };
      expect(body.linkset).toHaveLength(1);
      const context = body.linkset[0]!;
      expect(context.anchor).toBe(`${BASE}/01/07751234000078/10/QM-1`);
      expect(gs1Of(context.anchor)).toEqual({ gtin: '07751234000078', lot: 'QM-1' });
      expect(context['https://gs1.org/voc/defaultLink']).toEqual([expect.objectContaining({ href: `${BASE}/p/${id}`, type: 'text/html' })]);
      expect(context['https://gs1.org/voc/traceability'].map((l: { href: string }) => l.href)).toEqual([`${BASE}/v1/lots/${id}/provenance`, `${BASE}/p/${id}`]);
      expect(context['https://gs1.org/voc/epcis'][0].href).toBe(`${BASE}/v1/lots/${id}/epcis`);
      expect(context['https://gs1.org/voc/pip'][0]).toMatchObject({ href: `${BASE}/v1/orgs/${org.id}/products/${cheese.id}`, type: 'application/json' });
      for (const [relation, targets] of Object.entries(context)) {
        if (relation === 'anchor') continue;
        expect(relation).toMatch(/^https:\/\/gs1\.org\/voc\/[a-zA-Z]+$/);
        for (const target of targets as Array<{ href: string; title: string; type: string }>) {
          expect(target.title.length).toBeGreaterThan(0);
          expect(target.type).toMatch(/^[a-z]+\/[a-z+.-]+$/);
          expect(new URL(target.href).origin).toBe(BASE);
        }
      }
    }
  });

  it('answers 400 naming the GTIN or the lot code that cannot be one, and 404 for a lot nobody has', async () => {
    // Act
    const checkDigit = await resolve('/01/07751234000077/10/QM-1');
    const length = await resolve('/01/077512340000781/10/QM-1');
    const productCheckDigit = await resolve('/01/07751234000077');
    const character = await resolve('/01/07751234000078/10/QM%231');
    const nobody = await resolve('/01/07751234000085/10/QM-1');

    // Assess
    for (const [answer, field] of [
      [checkDigit, 'path.gtin'],
      [length, 'path.gtin'],
      [productCheckDigit, 'path.gtin'],
      [character, 'path.lotCode'],
    ] as const) {
      expect(answer.status).toBe(400);
      expect(answer.type).toMatch(/^application\/problem\+json/);
      expect(fieldsOf(await answer.res.json())).toEqual([field]);
    }
    expect(nobody.status).toBe(404);
    expect(((await nobody.res.json()) as { code: string }).code).toBe('not-found');
  });

  it('keeps resolving a lot id in the lot-code position, for that GTIN only', async () => {
    // Prepare
    const { org, admin } = await association();
    const cheese = await product(org.id, admin, { gtin: '07751234000092' });
    const other = await product(org.id, admin, { sku: 'OTRO', gtin: '07751234000108' });
    const { id } = await newLot(org.id, admin, cheese.id, 'QX-1');

    // Act
    const byId = await resolve(`/01/07751234000092/10/${id}`);
    const byIdPip = await resolve(`/01/07751234000092/10/${id}?linkType=gs1:pip`);
    const wrongGtin = await resolve(`/01/07751234000108/10/${id}?linkType=gs1:pip`);

    // Assess
    expect(byId.location).toBe(`/p/${id}`);
    expect(byIdPip.location).toBe(`/v1/orgs/${org.id}/products/${cheese.id}`);
    expect(wrongGtin.status).toBe(404);
    expect(other.gtin).toBe('07751234000108');
  });
});

describe('the Digital Link of a product', () => {
  it('resolves /01/{gtin} in any form to the product in the public catalog, with its linkset', async () => {
    // Prepare
    const { org, admin } = await association();
    const cheese = await product(org.id, admin, { gtin: '07751234000115' });

    // Act
    const forms = [
      await resolve('/01/07751234000115'),
      await resolve('/01/7751234000115?utm_source=feria'),
      await resolve('/01/7751234000115?linkType=gs1:pip'),
    ];
    const linkset = await resolve('/01/7751234000115', { accept: 'application/linkset+json' });
    const unknown = await resolve('/01/07751234000122');

    // Assess
    for (const answer of forms) {
      expect(answer.status).toBe(302);
      expect(answer.location).toBe(`/v1/orgs/${org.id}/products/${cheese.id}`);
    }
    const shown = await get(api, forms[0]!.location!);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ id: cheese.id, gtin: '07751234000115' });
    expect(linkset.type).toBe('application/linkset+json');
    const context = ((await linkset.res.json()) as { linkset: Array<Record<string, any>> }).linkset[0]!;
    expect(context.anchor).toBe(`${BASE}/01/07751234000115`);
    expect(gs1Of(context.anchor)).toEqual({ gtin: '07751234000115', lot: undefined });
    expect(context['https://gs1.org/voc/pip'][0].href).toBe(`${BASE}/v1/orgs/${org.id}/products/${cheese.id}`);
    expect(unknown.status).toBe(404);
  });

  it('is not found once the product is withdrawn from the catalog, while its lots still resolve', async () => {
    // Prepare
    const { org, admin } = await association();
    const cheese = await product(org.id, admin, { gtin: '07751234000139' });
    const { id } = await newLot(org.id, admin, cheese.id, 'QW-1');
    await patch(api, `/v1/orgs/${org.id}/products/${cheese.id}`, admin, { active: false });

    // Act
    const productLink = await resolve('/01/07751234000139');
    const lotPip = await resolve('/01/07751234000139/10/QW-1?linkType=gs1:pip');

    // Assess
    expect(productLink.status).toBe(404);
    expect(lotPip.location).toBe(`/v1/lots/${id}`);
    expect((await api.call('GET', lotPip.location!)).status).toBe(200);
  });
});

describe('a GTIN', () => {
  it('names one product across all organisations: another product with it, in any form, is a 409 naming gtin', async () => {
    // Prepare
    const first = await association('Asociación Sumaq Ausangate');
    const second = await association('Asociación Huaroq Sara');
    await product(first.org.id, first.admin, { gtin: '07751234001006' });

    // Act
    const sameOrg = await post(api, `/v1/orgs/${first.org.id}/products`, first.admin, { ...quesoAndino, sku: 'QUESO-2', gtin: '7751234001006' });
    const otherOrg = await post(api, `/v1/orgs/${second.org.id}/products`, second.admin, { ...quesoAndino, gtin: '07751234001006' });

    // Assess
    for (const answer of [sameOrg, otherOrg]) {
      expect(answer.status).toBe(409);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.body.code).toBe('gtin-taken');
      expect(fieldsOf(answer.body)).toEqual(['gtin']);
    }
  });

  it('is claimed by an edit too, refused when another product has it, and freed when removed or replaced', async () => {
    // Prepare
    const first = await association('Asociación Sumaq Ausangate');
    const second = await association('Asociación Huaroq Sara');
    const held = await product(first.org.id, first.admin, { gtin: '07751234001013' });
    const mine = await product(second.org.id, second.admin);
    const minePath = `/v1/orgs/${second.org.id}/products/${mine.id}`;
    const heldPath = `/v1/orgs/${first.org.id}/products/${held.id}`;

    // Act
    const taken = await patch(api, minePath, second.admin, { gtin: '7751234001013' });
    const unchanged = await get(api, minePath);
    const replaced = await patch(api, heldPath, first.admin, { gtin: '07751234001020' });
    const takesFreed = await patch(api, minePath, second.admin, { gtin: '07751234001013' });
    const removed = await patch(api, heldPath, first.admin, { gtin: null });
    const takesRemoved = await post(api, `/v1/orgs/${second.org.id}/products`, second.admin, { ...quesoAndino, sku: 'QUESO-3', gtin: '07751234001020' });

    // Assess
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('gtin-taken');
    expect(fieldsOf(taken.body)).toEqual(['gtin']);
    expect(unchanged.body).not.toHaveProperty('gtin');
    expect(replaced.status).toBe(200);
    expect(takesFreed.status).toBe(200);
    expect(takesFreed.body.gtin).toBe('07751234001013');
    expect(removed.status).toBe(200);
    expect(takesRemoved.status).toBe(201);
    expect((await resolve('/01/07751234001013')).location).toBe(minePath);
  });

  it('goes to exactly one of several products created with it at the same moment', async () => {
    // Prepare
    const associations = await Promise.all(Array.from({ length: 5 }, (_, i) => association(`Asociación ${i}`)));

    // Act
    const answers = await Promise.all(
      associations.map(({ org, admin }) => post(api, `/v1/orgs/${org.id}/products`, admin, { ...quesoAndino, gtin: '07751234001037' })),
    );

    // Assess
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
  });

  it('goes to exactly one of several products given it by edits at the same moment', async () => {
    // Prepare
    const associations = await Promise.all(Array.from({ length: 4 }, (_, i) => association(`Asociación ${i}`)));
    const products = await Promise.all(associations.map(({ org, admin }) => product(org.id, admin)));

    // Act
    const answers = await Promise.all(
      associations.map(({ org, admin }, i) => patch(api, `/v1/orgs/${org.id}/products/${products[i]!.id}`, admin, { gtin: '7751234001136' })),
    );

    // Assess
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = products[answers.findIndex((a) => a.status === 200)]!;
    expect((await resolve('/01/07751234001136')).location).toBe(`/v1/orgs/${winner.orgId}/products/${winner.id}`);
  });
});

describe('lot codes of a product with a GTIN', () => {
  it('are batch/lot numbers: at most 20 characters (a 400 naming code), while a product without GTIN keeps 40', async () => {
    // Prepare
    const { org, admin } = await association();
    const withGtin = await product(org.id, admin, { gtin: '07751234001044' });
    const without = await product(org.id, admin, { sku: 'SIN-GTIN' });
    const long = 'QUESO-ANDINO-2026-11-0001';

    // Act
    const refused = await lot(org.id, admin, withGtin.id, long);
    const twenty = await lot(org.id, admin, withGtin.id, 'QUESO-ANDINO-2026-11');
    const fortyWithout = await lot(org.id, admin, without.id, 'A'.repeat(40));
    const quote = await lot(org.id, admin, without.id, 'A"B');

    // Assess
    expect(refused.status).toBe(400);
    expect(fieldsOf(refused.body)).toEqual(['code']);
    expect(refused.body.errors[0].message).toMatch(/como máximo 20 caracteres/);
    expect(twenty.status).toBe(201);
    expect(fortyWithout.status).toBe(201);
    expect(quote.status).toBe(400);
    expect(fieldsOf(quote.body)).toEqual(['code']);
  });

  it('are used once per GTIN (a 409 naming code, also when two lots race for one), and again under another GTIN', async () => {
    // Prepare
    const { org, admin } = await association();
    const cheese = await product(org.id, admin, { gtin: '07751234001051' });
    const maize = await product(org.id, admin, { sku: 'MAIZ', gtin: '07751234001068' });
    const first = await newLot(org.id, admin, cheese.id, 'QA-2611');

    // Act
    const again = await lot(org.id, admin, cheese.id, 'QA-2611');
    const race = await Promise.all([lot(org.id, admin, cheese.id, 'QA-2612'), lot(org.id, admin, cheese.id, 'QA-2612')]);
    const otherGtin = await lot(org.id, admin, maize.id, 'QA-2611');

    // Assess
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('lot-code-taken');
    expect(fieldsOf(again.body)).toEqual(['code']);
    expect(race.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(otherGtin.status).toBe(201);
    expect((await resolve('/01/07751234001051/10/QA-2611')).location).toBe(`/p/${first.id}`);
    expect((await resolve('/01/07751234001068/10/QA-2611')).location).toBe(`/p/${otherGtin.body.id}`);
    const stock = await get(api, `/v1/orgs/${org.id}/products/${cheese.id}`);
    expect(stock.body.stock).toBe('20');
  });

  it('give a lot without a code an alias of its id, which is its batch/lot number', async () => {
    // Prepare
    const { org, admin } = await association();
    const cheese = await product(org.id, admin, { gtin: '07751234001075' });

    // Act
    const created = await newLot(org.id, admin, cheese.id);
    const printed = await qrOf(created.id);

    // Assess
    expect(created.linkCode).toBe(created.id.slice(-16));
    expect(gs1Of(printed)).toEqual({ gtin: '07751234001075', lot: created.id.slice(-16) });
    expect((await resolve(pathOf(printed))).location).toBe(`/p/${created.id}`);
  });
});

describe('a product that gets a GTIN after its lots', () => {
  it('links every lot: codes as they are, aliases for codes too long, repeated or absent; old links stay when the GTIN changes', async () => {
    // Prepare
    const { org, admin } = await association();
    const cheese = await product(org.id, admin);
    const plain = await newLot(org.id, admin, cheese.id, 'QA-1');
    const long = await newLot(org.id, admin, cheese.id, 'QUESO-ANDINO-FRESCO-2026-NOV-LOTE-00001');
    const repeated = await newLot(org.id, admin, cheese.id, 'QA-1');
    const none = await newLot(org.id, admin, cheese.id);
    const path = `/v1/orgs/${org.id}/products/${cheese.id}`;

    // Act
    const given = await patch(api, path, admin, { gtin: '7751234001082' });
    const links = new Map<string, string>();
    for (const each of [plain, long, repeated, none]) links.set(each.id, await qrOf(each.id));
    const changed = await patch(api, path, admin, { gtin: '07751234001099' });

    // Assess
    expect(given.status).toBe(200);
    const lotCodes = [plain, long, repeated, none].map((each) => gs1Of(links.get(each.id)!));
    expect(lotCodes.map((c) => c.gtin)).toEqual(Array(4).fill('07751234001082'));
    expect(lotCodes[0]!.lot).toBe('QA-1');
    expect(lotCodes[1]!.lot).toBe(`QUESO-ANDIN-${long.id.slice(-8)}`);
    expect(lotCodes[2]!.lot).toBe(`QA-1-${repeated.id.slice(-8)}`);
    expect(lotCodes[3]!.lot).toBe(none.id.slice(-16));
    expect(new Set(lotCodes.map((c) => c.lot)).size).toBe(4);
    for (const [id, url] of links) expect((await resolve(pathOf(url))).location, url).toBe(`/p/${id}`);
    const shown = await get(api, `/v1/orgs/${org.id}/lots/${long.id}`, admin);
    expect(shown.body).toMatchObject({ code: 'QUESO-ANDINO-FRESCO-2026-NOV-LOTE-00001', linkCode: lotCodes[1]!.lot });
    expect((await get(api, `/v1/orgs/${org.id}/lots/${plain.id}`, admin)).body).not.toHaveProperty('linkCode');

    expect(changed.status).toBe(200);
    expect(gs1Of(await qrOf(plain.id))).toEqual({ gtin: '07751234001099', lot: 'QA-1' });
    expect((await resolve('/01/07751234001099/10/QA-1')).location).toBe(`/p/${plain.id}`);
    expect((await resolve('/01/07751234001082/10/QA-1')).location, 'a label printed before still resolves').toBe(`/p/${plain.id}`);
  });
});

describe('lots recorded while their product gets its GTIN', () => {
  it('each have a link that resolves, whichever of the lot and the edit was first', async () => {
    // Prepare
    const { org, admin } = await association();
    const cheese = await product(org.id, admin);

    // Act
    const [lots, edit] = await Promise.all([
      Promise.all(Array.from({ length: 8 }, (_, i) => newLot(org.id, admin, cheese.id, `QC-${i}`))),
      new Promise((done) => setTimeout(done, 40)).then(() => patch(api, `/v1/orgs/${org.id}/products/${cheese.id}`, admin, { gtin: '07751234001129' })),
    ]);

    // Assess
    expect(edit.status).toBe(200);
    for (const each of lots) {
      const printed = await qrOf(each.id);
      expect(gs1Of(printed)).toEqual({ gtin: '07751234001129', lot: each.code });
      expect((await resolve(pathOf(printed))).location, printed).toBe(`/p/${each.id}`);
    }
  });
});

describe('data written before GTIN claims and eager links', () => {
  it('is brought up to date by the backfill: GTIN in 14 digits and claimed, every lot linked, idempotently', async () => {
    // Prepare: a product and lots as earlier versions stored them (GTIN-13, no claim, no links, long and repeated codes).
    const { org, admin } = await association();
    const cheese = await product(org.id, admin);
    const lots = [
      await newLot(org.id, admin, cheese.id, 'QL-1'),
      await newLot(org.id, admin, cheese.id, 'QUESO-LEGADO-2025-OCTUBRE-0001'),
      await newLot(org.id, admin, cheese.id, 'QL-1'),
    ];
    const { store } = api.runtime;
    await store.doc.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: catalogKeys.product(org.id, cheese.id),
        UpdateExpression: 'SET gtin = :gtin',
        ExpressionAttributeValues: { ':gtin': '7751234001105' },
      }),
    );
    // A QR code printed by the lazy claim of before, under the GTIN as it was stored.
    await store.doc.send(
      new PutCommand({
        TableName: store.tableName,
        Item: { ...catalogKeys.digitalLink('7751234001105', lots[1]!.code!), entity: 'DigitalLink', lotId: lots[1]!.id },
      }),
    );
    const other = await association('Asociación Huaroq Sara');
    const deps = { store, clock: api.runtime.clock };

    // Act
    const before = await resolve('/01/07751234001105/10/QL-1');
    const first = await catalog.backfillDigitalLinks(deps);
    const versions = await Promise.all(
      lots.map((l) => api.call('GET', `/v1/orgs/${org.id}/lots/${l.id}`, { token: admin }).then((r) => r.headers.get('etag'))),
    );
    const second = await catalog.backfillDigitalLinks(deps);

    // Assess
    expect(before.status).toBe(404);
    expect(first.conflicts.filter((c) => c.productId === cheese.id)).toEqual([]);
    expect(first.unlinked).toEqual([]);
    expect(second.lots).toBe(first.lots);
    const again = await Promise.all(lots.map((l) => api.call('GET', `/v1/orgs/${org.id}/lots/${l.id}`, { token: admin }).then((r) => r.headers.get('etag'))));
    expect(again, 'a second run changes nothing').toEqual(versions);
    expect((await get(api, `/v1/orgs/${org.id}/products/${cheese.id}`)).body.gtin).toBe('07751234001105');
    const claimed = await post(api, `/v1/orgs/${other.org.id}/products`, other.admin, { ...quesoAndino, gtin: '07751234001105' });
    expect(claimed.body.code).toBe('gtin-taken');
    const printed = await Promise.all(lots.map((l) => qrOf(l.id)));
    expect(printed.map((url) => gs1Of(url).lot)).toEqual(['QL-1', `QUESO-LEGAD-${lots[1]!.id.slice(-8)}`, `QL-1-${lots[2]!.id.slice(-8)}`]);
    for (const [i, url] of printed.entries()) expect((await resolve(pathOf(url))).location).toBe(`/p/${lots[i]!.id}`);
    expect((await resolve(`/01/7751234001105/10/${lots[1]!.code}`)).location, 'the old QR code still resolves').toBe(`/p/${lots[1]!.id}`);
  });

  it('reports products whose GTIN another product already holds, and links none of their lots', async () => {
    // Prepare
    const first = await association('Asociación Sumaq Ausangate');
    const second = await association('Asociación Huaroq Sara');
    const holder = await product(first.org.id, first.admin, { gtin: '07751234001112' });
    const duplicate = await product(second.org.id, second.admin);
    const stray = await newLot(second.org.id, second.admin, duplicate.id, 'DUP-1');
    const { store } = api.runtime;
    await store.doc.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: catalogKeys.product(second.org.id, duplicate.id),
        UpdateExpression: 'SET gtin = :gtin',
        ExpressionAttributeValues: { ':gtin': '07751234001112' },
      }),
    );

    // Act
    const result = await catalog.backfillDigitalLinks({ store, clock: api.runtime.clock });

    // Assess
    expect(result.conflicts).toContainEqual({ productId: duplicate.id, gtin: '07751234001112', heldBy: holder.id });
    expect((await resolve('/01/07751234001112/10/DUP-1')).status).toBe(404);
    expect((await resolve('/01/07751234001112')).location).toBe(`/v1/orgs/${first.org.id}/products/${holder.id}`);
    expect(stray.code).toBe('DUP-1');
  });
});
