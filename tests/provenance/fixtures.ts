import { deployAnchor, type DeployedAnchor } from '@ayni/chain';
import type { AnchorChain } from '@ayni/provenance';
import type { TestApi } from '../support/api.js';
import { createAssociation, post, quesoAndino } from '../support/catalog-fixtures.js';
import type { ChainFixture } from '../support/chain.js';

/** Deploys a fresh AyniAnchor for the file; the fixture's wallet owns it and anchors with it. */
export async function anchorChain(chain: ChainFixture): Promise<AnchorChain & { deployed: DeployedAnchor }> {
  const deployed = await deployAnchor(chain.wallet);
  return { provider: chain.provider, signer: chain.wallet, chainId: chain.chainId, contract: deployed.address, deployed };
}

export const harvest = (overrides: Record<string, unknown> = {}) => ({
  type: 'collection',
  eventTime: '2026-11-02T06:30:00-05:00',
  what: { quantity: '120.5', unit: 'litre', description: 'Leche fresca de 14 familias' },
  where: { place: 'Centro de acopio de Pinchimuro', community: 'Pinchimuro', district: 'Ocongate', region: 'Cusco' },
  who: { role: 'acopiadora' },
  why: { disposition: 'active' },
  ...overrides,
});

/** An association with a cheese product and a lot, and a token of one of its admins. */
export async function lotWithProduct(api: TestApi, options: { gtin?: string; code?: string } = {}) {
  const root = await api.token({ sub: 'platform-root', roles: ['platform_admin'] });
  const { org, admin } = await createAssociation(api, root);
  const product = await post(api, `/v1/orgs/${org.id}/products`, admin, { ...quesoAndino, ...(options.gtin ? { gtin: options.gtin } : {}) });
  if (product.status !== 201) throw new Error(`product: ${JSON.stringify(product.body)}`);
  const lot = await post(api, `/v1/orgs/${org.id}/lots`, admin, {
    productId: product.body.id,
    quantity: '40',
    productionDate: '2026-11-03',
    ...(options.code ? { code: options.code } : {}),
  });
  if (lot.status !== 201) throw new Error(`lot: ${JSON.stringify(lot.body)}`);
  return { org, admin, product: product.body as { id: string }, lot: lot.body as { id: string; code?: string } };
}

export async function newLot(api: TestApi, orgId: string, admin: string, productId: string, quantity = '10') {
  const lot = await post(api, `/v1/orgs/${orgId}/lots`, admin, { productId, quantity, productionDate: '2026-11-04' });
  if (lot.status !== 201) throw new Error(`lot: ${JSON.stringify(lot.body)}`);
  return lot.body as { id: string };
}
