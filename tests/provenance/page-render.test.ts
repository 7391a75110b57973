import { loadConfig, ConfigError } from '@ayni/core';
import { buildBatchTree, canonicalJson, leafOf, MASTER_DATA_FIELDS, newSalt, recordHashOf, type ProofBundle } from '@ayni/provenance';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { hexlify, randomBytes } from 'ethers';
import { describe, expect, it } from 'vitest';
import { encodePage, negotiateEncoding } from '../../packages/provenance/src/pages/compression.js';
import { renderProvenancePage } from '../../packages/provenance/src/pages/page.js';

const lot = { id: 'lot_01', orgId: 'org_01', code: 'QA-7', productionDate: '2026-11-03', communities: ['Pinchimuro'] };
const contract = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
const options = { bundleUrl: 'https://ayni.example/v1/lots/lot_01/provenance', qrUrl: '/v1/lots/lot_01/qr.svg' };

/** A bundle as the server builds it, in format 1 (before the chain of events) or 2. */
const FIELDS = MASTER_DATA_FIELDS;
const allVerified = { asOfEvent: 2, anchoredAt: '2026-11-06T14:00:00.000Z', verified: [...FIELDS], changed: [], unverified: [] };

function bundle(
  format: 1 | 2,
  overrides: { matches?: boolean[]; verdict?: string; photos?: string[]; description?: string; masterData?: unknown } = {},
): ProofBundle {
  const records = [1, 2].map((seq) => ({
    ...(format === 2 ? { format: 'ayni-event/2', seq } : {}),
    id: `evt_${seq}`,
    lotId: lot.id,
    orgId: lot.orgId,
    type: seq === 1 ? 'collection' : 'packing',
    eventTime: `2026-11-0${seq + 1}T09:00:00-05:00`,
    what: { quantity: '40', unit: 'kg', description: overrides.description ?? 'Leche fresca' },
    where: { place: 'Planta quesera de Ocongate', community: 'Ocongate' },
  }));
  const salts = records.map(() => newSalt());
  const canonicals = records.map((r) => canonicalJson(r));
  const hashes = canonicals.map((c, i) => recordHashOf(c, salts[i]!));
  const tree = buildBatchTree(hashes);
  const anchor = {
    chainId: 11155111,
    chainName: 'Ethereum Sepolia',
    contract,
    anchorer: contract,
    batchId: hexlify(randomBytes(32)),
    seq: 0,
    root: tree.root,
    count: 2,
    txHash: hexlify(randomBytes(32)),
    blockNumber: 7_000_123,
    blockTime: '2026-11-06T14:00:00.000Z',
    status: 'finalized' as const,
    explorerUrl: 'https://sepolia.etherscan.io/tx/0x01',
  };
  const events = records.map((record, i) => ({
    record,
    canonical: canonicals[i]!,
    salt: salts[i]!,
    recordHash: hashes[i]!,
    leaf: leafOf(hashes[i]!),
    proof: tree.proofs[i]!,
    status: 'finalized' as const,
    matches: overrides.matches?.[i] ?? true,
    anchor,
  }));
  const verified = events.every((e) => e.matches);
  const common = {
    hashScheme: 'keccak256(salt ‖ utf8(JCS(record)))',
    lot: { ...lot, expiryDate: '2026-12-03', producerCount: 12 },
    product: { name: { es: 'Queso andino fresco', en: 'Fresh Andean cheese' }, gtin: '07751234000019', photos: overrides.photos ?? [] },
    association: {
      name: 'Asociación Sumaq Ausangate',
      district: 'Ocongate',
      region: 'Cusco',
      familyCount: 30,
      photos: [],
      story: { mission: { es: 'Treinta familias lecheras.', en: 'Thirty dairy families.' } },
    },
    events,
    verified,
    generatedAt: '2026-11-20T15:00:00.000Z',
  };
  if (format === 1) return { format: 'ayni-proof-bundle/1', ...common } as unknown as ProofBundle;
  return {
    format: 'ayni-proof-bundle/2',
    ...common,
    subject: { lotId: lot.id, orgId: lot.orgId },
    chain: { length: 2, head: hashes[1], sealed: true },
    verdict: overrides.verdict ?? (verified ? 'verified' : 'mismatch'),
    completeness: { upTo: 2, of: 2, anchoredAt: '2026-11-06T14:00:00.000Z', sealed: true, legacy: 0 },
    masterData: overrides.masterData ?? allVerified,
    trust: {
      chainId: 11155111,
      chainName: 'Ethereum Sepolia',
      contract,
      registryUrl: 'https://github.com/ayni/ayni/blob/main/packages/verify/deployments.json',
    },
  } as unknown as ProofBundle;
}

const textOf = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the public page as the server writes it (what a browser without JavaScript shows)', () => {
  it('states the server’s verdict, each event’s anchoring status and “según Ayni”, in bundles of format 1 and 2', async () => {
    for (const format of [1, 2] as const) {
      const { html } = await renderProvenancePage(bundle(format), 'es', options);
      const text = textOf(html);
      expect(text).toContain('Verificado: no fue cambiado desde que se registró');
      expect(text).toContain('según Ayni');
      expect(html.match(/<div class="status">anclado en la cadena, definitivo<\/div>/g)).toHaveLength(2);
      expect(text).not.toContain('pendiente');
      expect(html).toContain('<title>Queso andino fresco · Asociación Sumaq Ausangate — Verificado</title>');
    }
  });

  it('shows “complete up to event N, anchored on …” and “sealed” when the bundle says so', async () => {
    const es = textOf((await renderProvenancePage(bundle(2), 'es', options)).html);
    expect(es).toContain('Completo hasta el evento 2, anclado el 6 de noviembre de 2026.');
    expect(es).toContain('Historia sellada');
    expect(textOf((await renderProvenancePage(bundle(1), 'es', options)).html)).not.toContain('Completo hasta');
    const en = textOf((await renderProvenancePage(bundle(2), 'en', options)).html);
    expect(en).toContain('Complete up to event 2, anchored on 6 November 2026.');
  });

  it('never says verified for a lot with a changed record, in any language, whatever verdict field it carries', async () => {
    for (const b of [
      bundle(1, { matches: [true, false] }),
      bundle(2, { matches: [true, false] }),
      bundle(2, { matches: [true, false], verdict: 'verified' }),
    ]) {
      const es = (await renderProvenancePage(b, 'es', options)).html;
      expect(es).not.toMatch(/verificad/i);
      expect(textOf(es)).toContain('Atención: un registro de este lote fue cambiado');
      expect(es).toContain('<div class="check bad">✗ no coincide con su huella registrada</div>');
      expect(es).toMatch(/<title>[^<]*Atención[^<]*<\/title>/);
      expect((await renderProvenancePage(b, 'en', options)).html).not.toMatch(/verified/i);
      expect(textOf((await renderProvenancePage(b, 'es', options)).html)).not.toContain('Completo hasta');
    }
  });

  it('marks each fact a diner reads as anchored, changed after anchoring or not anchored yet, with a legend, in es, en and qu', async () => {
    const marks = (html: string) =>
      Object.fromEntries([...html.matchAll(/<small class="fact (\w+)" data-fact="([\w.]+)">([^<]*)<\/small>/g)].map((m) => [m[2], [m[1], m[3]]]));
    const verified = marks((await renderProvenancePage(bundle(2), 'es', options)).html);
    expect(Object.keys(verified).sort()).toEqual([...FIELDS].sort());
    for (const field of FIELDS) expect(verified[field]).toEqual(['ok', '✓ tal como se ancló']);

    const masterData = {
      asOfEvent: 2,
      anchoredAt: '2026-11-06T14:00:00.000Z',
      verified: FIELDS.filter((f) => f !== 'product.name' && f !== 'lot.expiryDate'),
      changed: ['product.name', 'lot.expiryDate'],
      unverified: [],
    };
    const es = (await renderProvenancePage(bundle(2, { masterData }), 'es', options)).html;
    expect(marks(es)['product.name']).toEqual(['bad', '✗ cambiado después del anclaje']);
    expect(marks(es)['lot.expiryDate']).toEqual(['bad', '✗ cambiado después del anclaje']);
    expect(marks(es)['lot.code']).toEqual(['ok', '✓ tal como se ancló']);
    // The mark stands next to its fact, as text.
    expect(textOf(es)).toContain('Producto: Queso andino fresco ✗ cambiado después del anclaje');
    expect(textOf(es)).toContain(
      'Lote QA-7 ✓ tal como se ancló · Producido el 3 de noviembre de 2026 ✓ tal como se ancló · vence el 3 de diciembre de 2026 ✗ cambiado después del anclaje',
    );
    expect(textOf(es)).toContain('GTIN 07751234000019 ✓ tal como se ancló');
    expect(textOf(es)).toContain('Cusco ✓ tal como se ancló');
    expect(textOf(es)).toContain('12 productores en este lote ✓ tal como se ancló');
    expect(textOf(es)).toContain('Treinta familias lecheras. ✓ tal como se ancló');
    expect(textOf(es)).toContain(
      'Junto a cada dato: ✓ tal como se ancló (evento 2, 6 de noviembre de 2026); ✗ cambiado después del anclaje; ○ aún sin anclar.',
    );
    const en = (await renderProvenancePage(bundle(2, { masterData }), 'en', options)).html;
    expect(marks(en)['product.name']).toEqual(['bad', '✗ changed after anchoring']);
    expect(marks(en)['association.name']).toEqual(['ok', '✓ as anchored']);
    expect(textOf(en)).toContain('Next to each fact: ✓ as anchored (event 2, 6 November 2026)');
    const qu = (await renderProvenancePage(bundle(2, { masterData }), 'qu', options)).html;
    expect(marks(qu)['product.name']).toEqual(['bad', '✗ anclasqa qhipaman tikrasqa']);
    expect(marks(qu)['lot.code']).toEqual(['ok', '✓ anclasqa hina']);

    const none = { asOfEvent: null, verified: [], changed: [], unverified: [...FIELDS] };
    const pending = (await renderProvenancePage(bundle(2, { masterData: none, verdict: 'pending' }), 'es', options)).html;
    for (const field of FIELDS) expect(marks(pending)[field]).toEqual(['no', '○ aún sin anclar']);
    expect(textOf(pending)).toContain('Junto a cada dato: ✓ tal como se ancló; ✗ cambiado después del anclaje; ○ aún sin anclar.');
    // Format 1 committed no facts: no marks, no legend.
    const legacy = (await renderProvenancePage(bundle(1), 'es', options)).html;
    expect(marks(legacy)).toEqual({});
    expect(legacy).not.toContain('facts-legend');
  });

  it('still shows a fact removed after anchoring, marked changed', async () => {
    const b = bundle(2, {
      masterData: { asOfEvent: 2, verified: FIELDS.filter((f) => f !== 'product.gtin'), changed: ['product.gtin'], unverified: [] },
    });
    delete (b.product as Record<string, unknown>).gtin;
    expect(textOf((await renderProvenancePage(b, 'en', options)).html)).toContain('GTIN — ✗ changed after anchoring');
  });

  it('keeps transaction, block and contract behind a disclosure, with the registry to compare against', async () => {
    const b = bundle(2);
    const { html } = await renderProvenancePage(b, 'es', options);
    const details = html.slice(html.indexOf('<details'), html.indexOf('</details>'));
    const anchor = b.events[0]!.anchor!;
    expect(details).toContain(anchor.txHash);
    expect(details).toContain(`bloque ${anchor.blockNumber}`);
    expect(details).toContain(`<code id="contract">${contract}</code>`);
    expect(details).toContain('href="https://github.com/ayni/ayni/blob/main/packages/verify/deployments.json"');
    const before = html.slice(0, html.indexOf('<details'));
    expect(before).not.toContain(anchor.txHash);
    expect(before).not.toContain(contract);
  });

  it('escapes what producers typed, and lazy-loads photos from origins its policy allows', async () => {
    const b = bundle(2, { description: '<img src=x onerror=alert(1)>"</script>', photos: ['https://media.ayni.example/queso.jpg', 'javascript:alert(1)'] });
    const { html, contentSecurityPolicy } = await renderProvenancePage(b, 'es', options);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&lt;/script&gt;');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('<img src="https://media.ayni.example/queso.jpg" alt="Foto de Queso andino fresco" loading="lazy" decoding="async">');
    expect(html).not.toContain('javascript:');
    expect(contentSecurityPolicy).toContain("img-src 'self' https://media.ayni.example;");
  });

  it('allows in connect-src exactly the public RPC origins of the lot’s chain, and scripts only by hash', async () => {
    const publicRpcUrls = { '11155111': ['https://rpc-a.example/v1', 'https://rpc-a.example/v2', 'https://rpc-b.example'], '80002': ['https://amoy.example'] };
    const { html, contentSecurityPolicy } = await renderProvenancePage(bundle(2), 'es', { ...options, publicRpcUrls });
    const directives = new Map(contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));
    expect(directives.get('connect-src')).toEqual(['https://rpc-a.example', 'https://rpc-b.example']);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toHaveLength(1);
    expect(directives.get('script-src')![0]).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    const data = JSON.parse(/<script type="application\/json" id="page-data">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(data.rpcUrls).toEqual(publicRpcUrls['11155111']);
    const none = await renderProvenancePage(bundle(2), 'es', options);
    expect(none.contentSecurityPolicy).toContain("connect-src 'none'");
  });
});

describe('compression of the page', () => {
  it('answers Brotli or gzip as the client prefers, and the page as it is when it accepts neither', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, *')).toBe('gzip');
    expect(negotiateEncoding('*;q=0')).toBeUndefined();
    expect(negotiateEncoding('deflate')).toBeUndefined();
    expect(negotiateEncoding(undefined)).toBeUndefined();
  });

  it('gives back exactly the page once decompressed', async () => {
    const { html } = await renderProvenancePage(bundle(2), 'es', options);
    expect(brotliDecompressSync(await encodePage(html, 'br')).toString('utf8')).toBe(html);
    expect(gunzipSync(await encodePage(html, 'gzip')).toString('utf8')).toBe(html);
  });
});

describe('CHAIN_PUBLIC_RPC_URLS', () => {
  it('lists public RPCs per chain id', () => {
    expect(loadConfig({}).CHAIN_PUBLIC_RPC_URLS).toEqual({});
    expect(
      loadConfig({ CHAIN_PUBLIC_RPC_URLS: '11155111=https://a.example,https://b.example/rpc ; 31337=http://127.0.0.1:8545' }).CHAIN_PUBLIC_RPC_URLS,
    ).toEqual({
      '11155111': ['https://a.example', 'https://b.example/rpc'],
      '31337': ['http://127.0.0.1:8545'],
    });
  });

  it('refuses what a browser must not be sent: plain http off loopback, credentials, no chain id', () => {
    for (const value of ['11155111=http://rpc.example', '1=https://user:key@rpc.example', 'https://rpc.example', '0=https://rpc.example', '5=not a url']) {
      expect(() => loadConfig({ CHAIN_PUBLIC_RPC_URLS: value }), value).toThrow(ConfigError);
    }
  });
});
