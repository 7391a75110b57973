import { catalog } from '@ayni/catalog';
import type { Clock, Config } from '@ayni/core';
import type { Store } from '@ayni/store';
import { anchorChainFromConfig } from './anchor-config.js';
import { anchorPendingEvents, type AnchorChain, type AnchorRunSummary } from './anchor-job.js';
import type { CreateEventInput } from './schemas.js';
import { listEvents, recordEvent } from './service.js';

export interface SeedRuntime {
  readonly store: Store;
  readonly clock: Clock;
  readonly config: Config;
}

const SEED_ACTOR = { sub: 'seed', role: 'association_admin' };

function at(date: string, days: number, time: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return `${day.toISOString().slice(0, 10)}T${time}-05:00`;
}

/** A realistic timeline for a lot of the given category, dated around its production date. */
function timeline(category: string, productionDate: string, unit: string, quantity: string, community: string, district: string): Array<Omit<CreateEventInput, 'what' | 'who' | 'why'> & Partial<CreateEventInput>> {
  const where = { place: `Centro de acopio de ${community}`, community, district };
  const origin =
    category === 'cheese' || category === 'dairy'
      ? { type: 'collection' as const, what: { quantity: String(Number(quantity) * 10), unit: 'litre' as const, description: 'Leche fresca de ordeño de la mañana' } }
      : category === 'textiles' || category === 'alpaca_fibre'
        ? { type: 'harvest' as const, what: { quantity, unit: unit as 'kg', description: 'Esquila de fibra de alpaca huacaya' } }
        : { type: 'harvest' as const, what: { quantity, unit: unit as 'kg', description: 'Cosecha de la campaña grande' } };
  return [
    { ...origin, eventTime: at(productionDate, -1, '06:30:00'), where, who: { role: 'acopiadora' }, why: { disposition: 'active' } },
    {
      type: 'quality_check',
      eventTime: at(productionDate, 1, '10:00:00'),
      where: { place: `Local de la asociación, ${district}`, district },
      quality: { check: 'Inspección de calidad', result: 'pass', inspector: 'Comité de calidad' },
      why: { disposition: 'conformant' },
    },
    {
      type: 'packing',
      eventTime: at(productionDate, 2, '09:00:00'),
      what: { quantity, unit: unit as 'kg', description: 'Empacado y etiquetado con código QR' },
      where: { place: `Local de la asociación, ${district}`, district },
      why: { disposition: 'sellable' },
    },
  ];
}

/**
 * Records a demo provenance timeline on each given lot and runs the anchoring job once.
 * Idempotent: a lot that already has events is left as it is, so re-running adds nothing.
 */
export async function seedProvenance(runtime: SeedRuntime, options: { lots: readonly string[]; chain?: AnchorChain }): Promise<{ recorded: number; anchoring?: AnchorRunSummary }> {
  let recorded = 0;
  for (const lotId of options.lots) {
    if ((await listEvents(runtime, lotId)).length > 0) continue;
    const lot = await catalog.getLot(runtime, lotId);
    const [product, org] = await Promise.all([
      catalog.getProduct(runtime, lot.orgId, lot.productId, { includeInactive: true }),
      catalog.requireOrganisation(runtime, lot.orgId),
    ]);
    const quantity = String(lot.quantity / 1000);
    const community = lot.communities[0] ?? org.district ?? org.region;
    for (const event of timeline(product.category, lot.productionDate, lot.unit, quantity, community, org.district ?? org.region)) {
      await recordEvent(runtime, lot.orgId, lot.id, { what: {}, who: {}, why: {}, ...event } as CreateEventInput, SEED_ACTOR);
      recorded++;
    }
  }
  const chain = options.chain ?? (runtime.config.CHAIN_RPC_URL ? await anchorChainFromConfig(runtime.config) : undefined);
  if (!chain) return { recorded };
  return { recorded, anchoring: await anchorPendingEvents({ store: runtime.store, clock: runtime.clock, chain }) };
}
