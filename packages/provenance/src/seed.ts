import { catalog } from '@ayni/catalog';
import type { Clock, Config } from '@ayni/core';
import type { Store } from '@ayni/store';
import { anchorChainFromConfig } from './service/anchor-config.js';
import { anchorPendingEvents, type AnchorChain, type AnchorRunSummary } from './service/anchor-job.js';
import type { CreateEventInput } from './schemas.js';
import { listEventsPage, recordEvent } from './service/events.js';

export interface SeedRuntime {
  readonly store: Store;
  readonly clock: Clock;
  readonly config: Config;
}

const SEED_ACTOR = { sub: 'seed', role: 'association_admin' };

const PERU_OFFSET_MS = -5 * 3_600_000;
const HOUR_MS = 3_600_000;

/** An instant written in Peru's time (UTC-5 all year), as the association's phone would. */
function peruTime(instant: number): string {
  return `${new Date(instant + PERU_OFFSET_MS).toISOString().slice(0, 19)}-05:00`;
}

/** When the steps of a seeded lot's story happen, in Peru time: the day before production, one and two days after. */
const PLANNED_STEPS: ReadonlyArray<{ days: number; time: string }> = [
  { days: -1, time: '06:30:00' },
  { days: 1, time: '10:00:00' },
  { days: 2, time: '09:00:00' },
];

/**
 * The event times of a seeded lot's timeline (collection or harvest, quality check, packing), valid
 * at any instant `now`: each step is at its planned Peru time, except that a step which would still
 * lie ahead of `now` happens earlier, k hours before `now` for the k-th step from the end (a lot
 * produced yesterday evening was packed this morning, not tomorrow). The times stay strictly in
 * order, since both the planned and the latest allowed times are. Pure, so tests try any instant.
 */
export function seedTimelineTimes(productionDate: string, now: Date): string[] {
  const midnight = Date.parse(`${productionDate}T00:00:00-05:00`);
  return PLANNED_STEPS.map((step, i) => {
    const planned = midnight + step.days * 24 * HOUR_MS + Date.parse(`1970-01-01T${step.time}Z`);
    const latest = now.getTime() - (PLANNED_STEPS.length - i) * HOUR_MS;
    return peruTime(Math.min(planned, latest));
  });
}

/** A realistic timeline for a lot of the given category, dated around its production date. */
function timeline(
  now: Date,
  category: string,
  productionDate: string,
  unit: string,
  quantity: string,
  community: string,
  district: string,
): Array<Omit<CreateEventInput, 'what' | 'who' | 'why'> & Partial<CreateEventInput>> {
  const where = { place: `Centro de acopio de ${community}`, community, district };
  const origin =
    category === 'cheese' || category === 'dairy'
      ? {
          type: 'collection' as const,
          what: { quantity: String(Number(quantity) * 10), unit: 'litre' as const, description: 'Leche fresca de ordeño de la mañana' },
        }
      : category === 'textiles' || category === 'alpaca_fibre'
        ? { type: 'harvest' as const, what: { quantity, unit: unit as 'kg', description: 'Esquila de fibra de alpaca huacaya' } }
        : { type: 'harvest' as const, what: { quantity, unit: unit as 'kg', description: 'Cosecha de la campaña grande' } };
  const [collected, checked, packed] = seedTimelineTimes(productionDate, now) as [string, string, string];
  return [
    { ...origin, eventTime: collected, where, who: { role: 'acopiadora' }, why: { disposition: 'active' } },
    {
      type: 'quality_check',
      eventTime: checked,
      where: { place: `Local de la asociación, ${district}`, district },
      quality: { check: 'Inspección de calidad', result: 'pass', inspector: 'Comité de calidad' },
      why: { disposition: 'conformant' },
    },
    {
      type: 'packing',
      eventTime: packed,
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
export async function seedProvenance(
  runtime: SeedRuntime,
  options: { lots: readonly string[]; chain?: AnchorChain },
): Promise<{ recorded: number; anchoring?: AnchorRunSummary }> {
  let recorded = 0;
  for (const lotId of options.lots) {
    if ((await listEventsPage(runtime, lotId, { limit: 1 })).items.length > 0) continue;
    const lot = await catalog.getLot(runtime, lotId);
    const [product, org] = await Promise.all([
      catalog.getProduct(runtime, lot.orgId, lot.productId, { includeInactive: true }),
      catalog.requireOrganisation(runtime, lot.orgId),
    ]);
    const quantity = String(lot.quantity / 1000);
    const community = lot.communities[0] ?? org.district ?? org.region;
    for (const event of timeline(runtime.clock.now(), product.category, lot.productionDate, lot.unit, quantity, community, org.district ?? org.region)) {
      await recordEvent(runtime, lot.orgId, lot.id, { what: {}, who: {}, why: {}, ...event } as CreateEventInput, SEED_ACTOR);
      recorded++;
    }
  }
  const chain = options.chain ?? (runtime.config.CHAIN_RPC_URL ? await anchorChainFromConfig(runtime.config) : undefined);
  if (!chain) return { recorded };
  return { recorded, anchoring: await anchorPendingEvents({ store: runtime.store, clock: runtime.clock, chain }) };
}
