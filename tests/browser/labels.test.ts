import { catalogDomain } from '@ayni/catalog';
import { provenanceDomain } from '@ayni/provenance';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssociation, post, quesoAndino } from '../support/catalog-fixtures.js';
import { launchChromium, type LaunchedBrowser } from '../support/chromium.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** jsQR (CommonJS: its `module.exports` is the decoder; the typings describe an ES default export). */
const jsQR = createRequire(import.meta.url)('jsqr') as typeof import('jsqr').default;

/** digital-link.js (CommonJS, untyped): the referee of the links printed. */
const { DigitalLink } = createRequire(import.meta.url)('digital-link.js') as {
  DigitalLink: (url: string) => { isValid(): boolean; getIdentifier(): Record<string, string>; getKeyQualifier(ai: string): string | undefined };
};

let server: TestServer;
let chromium: LaunchedBrowser;
/** A lot of a product with a GTIN, one whose names are as long as the API allows, and one without GTIN. */
let withGtin: { id: string };
let longNames: { id: string };
let withoutGtin: { id: string };

const ASSOCIATION = 'Asociación de Productores Lácteos "Sumaq" <Ausangate> & Tinke';
const LONG_PRODUCT = `Queso andino madurado de altura ${'con leche de vacas criadas sobre los 3 800 m '.repeat(3)}`.slice(0, 120).trim();

beforeAll(async () => {
  server = await startTestServer([catalogDomain, provenanceDomain]);
  chromium = await launchChromium();
  const root = await server.token({ sub: 'platform-root', roles: ['platform_admin'] });
  const { org, admin } = await createAssociation(server, root, { name: ASSOCIATION });
  const lotOf = async (overrides: Record<string, unknown>, code?: string) => {
    const product = await post(server, `/v1/orgs/${org.id}/products`, admin, { ...quesoAndino, ...overrides });
    if (product.status !== 201) throw new Error(`product: ${JSON.stringify(product.body)}`);
    const lot = await post(server, `/v1/orgs/${org.id}/lots`, admin, {
      productId: product.body.id,
      quantity: '40',
      productionDate: '2026-11-03',
      ...(code ? { code } : {}),
    });
    if (lot.status !== 201) throw new Error(`lot: ${JSON.stringify(lot.body)}`);
    return lot.body as { id: string };
  };
  withGtin = await lotOf({ gtin: '7751234000016' }, 'QA-2026-118');
  longNames = await lotOf({ sku: 'QUESO-LARGO', gtin: '07751234000023', name: { es: LONG_PRODUCT } }, 'QUESO-MADURADO-26/11');
  withoutGtin = await lotOf({ sku: 'QUESO-SIN-GTIN' }, 'QS-1');
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function openLabels(lotId: string, query = ''): Promise<Page> {
  const page = await chromium.context.newPage();
  const res = await page.goto(`${server.url}/v1/lots/${lotId}/labels${query}`);
  expect(res?.status()).toBe(200);
  return page;
}

/** Pages of the PDF Chromium prints: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
async function printedPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const count = Number(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/s.exec(pdf)?.[1] ?? /\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/s.exec(pdf)?.[1]);
  expect(count, 'the page tree counts the page objects').toBe(pages);
  return pages;
}

/** Decodes a QR code from PNG pixels. */
function decodeQr(png: Buffer): string {
  const image = PNG.sync.read(png);
  const decoded = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  expect(decoded, 'the QR code decodes').not.toBeNull();
  return decoded!.data;
}

describe('the label sheet', () => {
  it('prints 24 labels on exactly one A4 page, each with the GS1 human-readable text, the product and the association', async () => {
    // Prepare
    const page = await openLabels(withGtin.id, '?lang=es');

    // Act
    const pages = await printedPages(page);
    const labels = await page.locator('.label').evaluateAll((nodes) =>
      nodes.map((node) => ({
        hri: node.querySelector('.hri')?.textContent ?? '',
        name: node.querySelector('.name')?.textContent ?? '',
        org: node.querySelector('.org')?.textContent ?? '',
        lot: node.textContent ?? '',
      })),
    );

    // Assess
    expect(pages).toBe(1);
    expect(labels).toHaveLength(24);
    for (const label of labels) {
      expect(label.hri).toBe('(01) 07751234000016 (10) QA-2026-118');
      expect(label.name).toBe('Queso andino fresco');
      // Auto-escaped: the quotes, brackets and ampersand of the name are text, not markup.
      expect(label.org).toBe(ASSOCIATION);
      expect(label.lot).toContain('Lote QA-2026-118');
    }
    await page.close();
  });

  it('keeps every label inside its page when names are long and the batch/lot number is the longest allowed, and continues on a second page', async () => {
    // Prepare
    const one = await openLabels(longNames.id);
    const two = await openLabels(longNames.id, '?copies=48');

    // Act
    await one.emulateMedia({ media: 'print' });
    const boxes = await one.locator('.label').evaluateAll((nodes) =>
      nodes.map((node) => {
        const box = node.getBoundingClientRect();
        const hri = node.querySelector('.hri')!;
        return {
          bottom: box.bottom,
          right: box.right,
          hriFits: hri.scrollWidth <= hri.clientWidth && hri.scrollHeight <= hri.clientHeight,
          text: hri.textContent,
        };
      }),
    );
    const a4 = await one.evaluate(() => {
      const probe = document.createElement('div');
      probe.style.cssText = 'position:absolute;width:210mm;height:297mm';
      document.body.append(probe);
      const { width, height } = probe.getBoundingClientRect();
      probe.remove();
      return { width, height };
    });

    // Assess
    expect(await printedPages(one)).toBe(1);
    expect(await printedPages(two)).toBe(2);
    expect(boxes).toHaveLength(24);
    for (const box of boxes) {
      expect(box.bottom).toBeLessThanOrEqual(a4.height);
      expect(box.right).toBeLessThanOrEqual(a4.width + 0.5);
      expect(box.hriFits, 'the human-readable text is not clipped').toBe(true);
      expect(box.text).toBe('(01) 07751234000023 (10) QUESO-MADURADO-26/11');
    }
    await one.close();
    await two.close();
  });

  it('prints the page address under the QR code of a lot whose product has no GTIN', async () => {
    // Prepare
    const page = await openLabels(withoutGtin.id);

    // Act
    const under = await page.locator('.label .url').allTextContents();

    // Assess
    expect(await printedPages(page)).toBe(1);
    expect(under).toHaveLength(24);
    expect(new Set(under)).toEqual(new Set([`${server.url}/p/${withoutGtin.id}`]));
    expect(await page.locator('.hri').count()).toBe(0);
    await page.close();
  });
});

describe('the QR code of a label', () => {
  it('decodes, from the PNG route and from the printed sheet, to a valid GS1 Digital Link that opens the lot’s page', async () => {
    // Prepare
    const page = await openLabels(longNames.id);

    // Act
    const fromRoute = decodeQr(Buffer.from(await (await fetch(`${server.url}/v1/lots/${longNames.id}/qr.png`)).arrayBuffer()));
    // Enlarged on screen, as a phone camera sees a printed label up close.
    await page.evaluate(() => document.body.style.setProperty('zoom', '4'));
    const fromSheet = decodeQr(await page.locator('.label svg').first().screenshot({ scale: 'device' }));
    const scanned = await fetch(fromRoute, { redirect: 'manual' });
    const opened = await chromium.context.newPage();
    const landed = await opened.goto(fromRoute);

    // Assess
    expect(fromSheet).toBe(fromRoute);
    const link = DigitalLink(fromRoute);
    expect(link.isValid()).toBe(true);
    expect(link.getIdentifier()).toEqual({ '01': '07751234000023' });
    expect(decodeURIComponent(link.getKeyQualifier('10')!)).toBe('QUESO-MADURADO-26/11');
    expect(fromRoute).toBe(`${server.url}/01/07751234000023/10/QUESO-MADURADO-26%2F11`);
    expect(await page.locator('.label').first().getAttribute('data-link')).toBe(fromRoute);
    expect(scanned.status).toBe(302);
    expect(scanned.headers.get('location')).toBe(`/p/${longNames.id}`);
    expect(landed?.status()).toBe(200);
    expect(opened.url()).toBe(`${server.url}/p/${longNames.id}`);
    await page.close();
    await opened.close();
  });
});
