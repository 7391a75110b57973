import type { Runtime } from '@ayni/api';
import { seedFreesFund } from '@ayni/loans';
import { seedOrders } from '@ayni/orders';
import { seedProvenance } from '@ayni/provenance/seed';
import { seedCatalog, type SeededAssociation } from './catalog.js';

export interface SeedResult {
  readonly associations: readonly SeededAssociation[];
  readonly fundId: string;
  readonly buyers: Record<string, string>;
  /** A lot with a provenance story, for the public page. */
  readonly showcaseLotId: string | undefined;
  readonly summary: string;
}

/** Loads the demo data of DOMAIN.md; idempotent, so restarting adds nothing. */
export async function seedDemoData(runtime: Runtime): Promise<SeedResult> {
  const catalog = await seedCatalog(runtime);
  const products = catalog.associations.reduce((n, a) => n + Object.keys(a.productIds).length, 0);
  const lots = catalog.associations.reduce((n, a) => n + a.lotIds.length, 0);
  const orders = await seedOrders(runtime, {
    associations: catalog.associations.map((a) => ({ id: a.orgId, productIds: Object.values(a.productIds) })),
  });
  const provenance = await seedProvenance(runtime, { lots: catalog.associations.flatMap((a) => a.lotIds) });
  const fund = await seedFreesFund(runtime, { associations: catalog.associations.map((a) => a.orgId) });
  return {
    associations: catalog.associations,
    fundId: fund.fundId,
    buyers: orders.buyers,
    showcaseLotId: catalog.associations[0]?.lotIds[0],
    summary:
      `${catalog.associations.length} associations, ${products} products, ${lots} lots` +
      ` (${catalog.created ? `${catalog.created} associations created now` : 'already there'}); ` +
      `${Object.keys(orders.buyers).length} HoReCa buyers, ${orders.orders.filter((o) => o.status !== 'skipped').length} orders; ` +
      `${provenance.recorded ? `${provenance.recorded} provenance events recorded and anchored` : 'provenance already recorded'}; ` +
      `FREES fund ${fund.fundId} with ${fund.loans} loans`,
  };
}
