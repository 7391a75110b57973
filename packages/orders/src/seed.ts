import type { Runtime } from '@ayni/http';
import { catalog, createOrganisation, nameKey, OrganisationRepository, type CreateOrganisationInput } from '@ayni/catalog';
import { IllegalTransition } from './errors.js';
import { SeedRepository } from './repository/seed.js';
import { ORDER_STATUSES, type OrderAction, type OrderStatus } from './model.js';
import { createAgreement, listBuyerAgreements } from './service/agreements.js';
import { addDays, repositories, type Actor, type OrdersDeps } from './service/context.js';
import { deterministicId, placeOrder } from './service/placement.js';
import { transition } from './service/transitions.js';

/** The HoReCa buyers of the field reports (docs: /work/shared/DOMAIN.md). */
export const DEMO_BUYERS: ReadonlyArray<CreateOrganisationInput> = [
  {
    kind: 'buyer',
    name: 'República del Pisco',
    // RUC with its SUNAT check digit (illustrative): formal invoices carry it.
    taxId: { scheme: 'RUC', number: '20602183956' },
    country: 'PE',
    region: 'Cusco',
    district: 'Cusco',
    story: { mission: { es: 'Bar y restaurante del centro del Cusco; usa maíz chullpi de Huaro para su cancha tostada.' } },
    contact: { email: 'compras@republicadelpisco.example' },
  },
  {
    kind: 'buyer',
    name: "Café Q'omer",
    taxId: { scheme: 'RUC', number: '20510736487' },
    country: 'PE',
    region: 'Cusco',
    story: { mission: { es: 'Café que da espacio en sus estantes a productores que no tienen tienda propia.' } },
  },
  {
    kind: 'buyer',
    name: 'Chicha',
    taxId: { scheme: 'RUC', number: '20607764213' },
    country: 'PE',
    region: 'Cusco',
    story: { mission: { es: 'Restaurante del Cusco que valora tener una cartera de proveedores de la región.' } },
  },
];

/**
 * Each buyer's history with each association: one paid order, one confirmed, one awaiting
 * confirmation (placed through the real service, so every delivery date is today or later).
 */
const HISTORY: ReadonlyArray<{ target: OrderStatus; daysAhead: number }> = [
  { target: 'paid', daysAhead: 0 },
  { target: 'confirmed', daysAhead: 1 },
  { target: 'placed', daysAhead: 2 },
];

const PATH: Record<string, readonly OrderAction[]> = {
  placed: [],
  confirmed: ['confirm'],
  paid: ['confirm', 'dispatch', 'deliver', 'invoice', 'pay'],
};

/**
 * The requested delivery date of each step of a buyer's seeded history, from the clock's instant:
 * today or later in the orders' own calendar (UTC days, as placement checks it). Pure, for tests.
 */
export function seedDeliveryDates(now: Date): string[] {
  const today = now.toISOString().slice(0, 10);
  return HISTORY.map((step) => addDays(today, 1 + step.daysAhead));
}

export interface SeedOrdersInput {
  readonly associations: ReadonlyArray<{ id: string; productIds: readonly string[] }>;
}

export interface SeedOrdersResult {
  readonly buyers: Record<string, string>;
  readonly agreementsCreated: number;
  readonly orders: Array<{ id: string; associationId: string; buyerId: string; status: OrderStatus | 'skipped'; detail?: string }>;
}

/** The demo buyer of this name: the one a previous run recorded, one registered by other means, or a new one. */
async function demoBuyer(deps: OrdersDeps, profile: CreateOrganisationInput): Promise<string> {
  const seed = new SeedRepository(deps.store);
  const key = nameKey(profile.name);
  const known = (await seed.buyerMarker(key)) ?? (await seed.findBuyerByName(key, profile.name));
  const id = await seed.claimBuyerMarker(key, known ?? (await createOrganisation(deps, profile)).id);
  // A buyer an earlier version of the seed created without a tax id gets it (once).
  if (profile.taxId && known) {
    const org = await new OrganisationRepository(deps.store).get(id);
    if (org && !org.taxId) await catalog.updateOrganisation(deps, id, { taxId: profile.taxId });
  }
  return id;
}

/**
 * Demo data for the orders domain, through the real service functions. Idempotent: each demo buyer
 * is recorded under a fixed marker key (read consistently) and found again by it, an agreement is signed only where none exists, and every order has a
 * deterministic id (association, buyer, position), so re-running adds nothing and only moves orders
 * that had not reached their target state yet (and gives orders written under earlier index keys
 * the current ones: `OrdersRepository.rekey`).
 */
export async function seedOrders(runtime: Pick<Runtime, 'store' | 'clock'>, input: SeedOrdersInput): Promise<SeedOrdersResult> {
  const deps: OrdersDeps = { store: runtime.store, clock: runtime.clock };
  const buyers: Record<string, string> = {};
  for (const profile of DEMO_BUYERS) {
    buyers[profile.name] = await demoBuyer(deps, profile);
  }
  let agreementsCreated = 0;
  const orders: SeedOrdersResult['orders'] = [];
  const now = runtime.clock.now();
  const today = now.toISOString().slice(0, 10);
  const deliveryDates = seedDeliveryDates(now);
  for (const association of input.associations) {
    if (association.productIds.length === 0) continue;
    const products = await repositories(deps).orders.getProducts(association.id, association.productIds);
    const offered = association.productIds.map((id) => products.get(id)).filter((p) => p?.active);
    if (offered.length === 0) continue;
    const staff: Actor = { sub: 'seed:association', principal: { sub: 'seed:association', org: association.id, roles: ['association_admin'] } };
    for (const [buyerIndex, buyerId] of Object.values(buyers).entries()) {
      const buyer: Actor = { sub: 'seed:buyer', principal: { sub: 'seed:buyer', org: buyerId, roles: ['buyer'] } };
      const existing = await listBuyerAgreements(deps, buyerId, 100);
      // Agreements signed before they had a head get one, so they can be read by id and amended.
      for (const agreement of existing.items.filter((a) => a.associationId === association.id)) await repositories(deps).agreements.ensureHead(agreement);
      if (!existing.items.some((a) => a.associationId === association.id)) {
        const first = offered[0]!;
        await createAgreement(
          deps,
          association.id,
          {
            buyerId,
            currency: first.price.currency,
            validFrom: addDays(today, -60),
            paymentTerms: (['net_15', 'on_delivery', 'net_7'] as const)[buyerIndex % 3]!,
            prices: offered
              .filter((p) => p!.price.currency === first.price.currency)
              .map((p) => ({
                productId: p!.id,
                price: Math.max(1, Math.round((p!.price.amount * 95) / 100)),
                tiers: [{ minQuantity: p!.minOrderQuantity * 4, price: Math.max(1, Math.round((p!.price.amount * 90) / 100)) }],
              })),
            notes: 'Acuerdo comercial de demostración',
          },
          staff,
        );
        agreementsCreated++;
      }
      for (const [position, step] of HISTORY.entries()) {
        const product = offered[(buyerIndex + position) % offered.length]!;
        const orderId = deterministicId('ord', 'seed', association.id, buyerId, String(position));
        try {
          const { order } = await placeOrder(
            deps,
            {
              orderId,
              buyerId,
              associationId: association.id,
              lines: [{ productId: product.id, quantity: product.minOrderQuantity * 2 }],
              requestedDeliveryDate: deliveryDates[position]!,
              delivery: buyerIndex === 1 ? { kind: 'pickup' } : { kind: 'delivery', address: 'Centro histórico, Cusco' },
              notes: 'Pedido de demostración',
            },
            buyer,
          );
          let status = order.status;
          for (const action of PATH[step.target]!) {
            if (ORDER_STATUSES.indexOf(status) >= ORDER_STATUSES.indexOf(step.target)) break;
            try {
              status = (await transition(deps, orderId, action, {}, action === 'deliver' ? buyer : staff)).status;
            } catch (error) {
              if (!(error instanceof IllegalTransition)) throw error;
            }
          }
          // An order a previous run left under earlier keys (before the buyer's per-status index)
          // gets today's, so demo data written then is listed by every filter.
          await repositories(deps).orders.rekey(orderId);
          orders.push({ id: orderId, associationId: association.id, buyerId, status });
        } catch (error) {
          // Not enough stock or lots for the demo order: the rest of the seed still goes in.
          orders.push({ id: orderId, associationId: association.id, buyerId, status: 'skipped', detail: (error as Error).message });
        }
      }
    }
  }
  return { buyers, agreementsCreated, orders };
}
