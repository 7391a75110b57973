import type { Runtime } from '@ayni/api';
import { seedFreesFund, type SeedFreesOptions } from '@ayni/loans';
import { seedOrders } from '@ayni/orders';
import { seedProvenance } from '@ayni/provenance/seed';
import { fundOrganisationPhotoFile } from '../media/files.js';
import { mediaUrl } from '../media/server.js';
import { mediaBaseOf, seedCatalog, type SeededAssociation } from './catalog.js';

export interface SeedResult {
  readonly associations: readonly SeededAssociation[];
  readonly fundId: string | undefined;
  readonly buyers: Record<string, string>;
  /** A lot with a provenance story, for the public page. */
  readonly showcaseLotId: string | undefined;
  readonly summary: string;
  /** The steps that failed, each with its error; the steps after a failed one that need it did not run. */
  readonly failures: ReadonlyArray<{ step: string; error: Error }>;
}

/** What the devstack gives the FREES seed: the catalog's associations, and the pictures it serves for the others. */
export function freesSeedOptions(runtime: Runtime, associations: readonly SeededAssociation[]): SeedFreesOptions {
  return {
    associations: associations.map((a) => a.orgId),
    photoUrl: (org) => mediaUrl(mediaBaseOf(runtime), fundOrganisationPhotoFile(org.name)),
  };
}

/**
 * Loads the demo data of DOMAIN.md; idempotent, so restarting adds nothing. Each step runs on its
 * own: a step that fails is reported with its name and the others still load (those that need its
 * result are skipped), so a bad seed never takes the running API down.
 */
export async function seedDemoData(runtime: Runtime): Promise<SeedResult> {
  const failures: Array<{ step: string; error: Error }> = [];
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      failures.push({ step: name, error: error instanceof Error ? error : new Error(String(error)) });
      return undefined;
    }
  };
  const catalog = await step('catalog (associations, products, lots)', () => seedCatalog(runtime));
  const associations = catalog?.associations ?? [];
  const orders = catalog
    ? await step('orders (buyers, agreements, order history)', () =>
        seedOrders(runtime, { associations: associations.map((a) => ({ id: a.orgId, productIds: Object.values(a.productIds) })) }),
      )
    : undefined;
  const provenance = catalog
    ? await step('provenance (lot timelines, anchoring)', () => seedProvenance(runtime, { lots: associations.flatMap((a) => a.lotIds) }))
    : undefined;
  const fund = catalog
    ? await step('FREES fund (capital, loans, repayments)', () => seedFreesFund(runtime, freesSeedOptions(runtime, associations)))
    : undefined;
  const products = associations.reduce((n, a) => n + Object.keys(a.productIds).length, 0);
  const lots = associations.reduce((n, a) => n + a.lotIds.length, 0);
  const parts = [
    catalog &&
      `${associations.length} associations, ${products} products, ${lots} lots (${catalog.created ? `${catalog.created} associations created now` : 'already there'})`,
    orders && `${Object.keys(orders.buyers).length} HoReCa buyers, ${orders.orders.filter((o) => o.status !== 'skipped').length} orders`,
    provenance && (provenance.recorded ? `${provenance.recorded} provenance events recorded and anchored` : 'provenance already recorded'),
    fund && `FREES fund ${fund.fundId} with ${fund.loans} loans`,
  ];
  return {
    associations,
    fundId: fund?.fundId,
    buyers: orders?.buyers ?? {},
    showcaseLotId: associations[0]?.lotIds[0],
    summary: parts.filter(Boolean).join('; '),
    failures,
  };
}
