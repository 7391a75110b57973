import type { OrganisationItem } from '@ayni/catalog';
import { repositories, type OrdersDeps } from './context.js';

/** A buyer as the association sees it beside an order: its name and how to reach it. */
export interface BuyerCard {
  readonly id: string;
  readonly name: string;
  readonly contact?: { email?: string; phone?: string; whatsapp?: boolean };
}

export function buyerCard(id: string, org: OrganisationItem | undefined): BuyerCard {
  if (!org) return { id, name: id };
  const contact = org.contact && (org.contact.email || org.contact.phone) ? { contact: org.contact } : {};
  return { id, name: org.name, ...contact };
}

/**
 * The buyers named by a page of orders, standing orders or report rows, read from the catalog's
 * organisation items in one BatchGetItem per 100 distinct buyers (a page holds at most 100): the
 * order item does not carry them, so an order's writes stay within their write-unit budget
 * (tests/orders/capacity.test.ts) and a buyer's new phone shows on its old orders.
 */
export async function buyerCards(deps: OrdersDeps, buyerIds: readonly string[]): Promise<Map<string, BuyerCard>> {
  const orgs = await repositories(deps).orders.getOrganisations(buyerIds);
  return new Map([...new Set(buyerIds)].map((id) => [id, buyerCard(id, orgs.get(id))]));
}
