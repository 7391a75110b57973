import { englishOf, Forbidden, fitsUnit, message, newId, NotFound, ValidationFailed, type FieldIssue, type Message } from '@ayni/core';
import { TransactionContended } from '@ayni/store';
import { AI10_MAX_LENGTH, isAi10, linkCodeOf, lotCodeAliases, normalizeGtin } from '../gs1.js';
import { changedFields, mergePatch } from '../merge-patch.js';
import { FIELD_TEXTS, MESSAGES } from '../messages.js';
import type { LotAdjustmentItem, LotItem, MemberItem } from '../model.js';
import { LotCodeTaken, ProductGtinChanged } from '../repository/index.js';
import type { createAdjustmentSchema, CreateLotInput, UpdateLotInput } from '../schemas.js';
import type { Precondition } from '../versions.js';
import type * as z from 'zod';
import { ANY_VERSION, edit, now, repo, type CatalogDeps } from './context.js';
import { getMembers } from './members.js';

/** A field issue whose message is a catalog message (English in `message`, for logs). */
const fieldIssue = (path: string, msg: Message): FieldIssue => ({ path, message: englishOf(msg), msg });

/** Checks the producers of a lot: each must be an active member of the association, except those `kept` from before. */
function producerIssues(producerIds: readonly string[], members: Map<string, MemberItem>, kept: readonly string[] = []): FieldIssue[] {
  const issues: FieldIssue[] = [];
  producerIds.forEach((id, i) => {
    const member = members.get(id);
    if (!member || (!member.active && !kept.includes(id))) {
      issues.push(fieldIssue(`producerIds.${i}`, message(MESSAGES, 'catalog.field.not-an-active-member')));
    }
  });
  return issues;
}

function communitiesOf(producerIds: readonly string[], members: Map<string, MemberItem>): string[] {
  return [...new Set(producerIds.flatMap((id) => (members.has(id) ? [members.get(id)!.community] : [])))].sort();
}

const MAX_LOT_ATTEMPTS = 8;

/**
 * Records a lot. Of a product with a GTIN, the lot's code is its batch/lot number (GS1 AI 10): at
 * most 20 characters, used once per GTIN (409 `lot-code-taken`); a lot without a code gets an
 * alias (`linkCode`). Its Digital Link is written in the lot's own transaction, which also checks
 * that the product still has the GTIN it was read with (an edit of the GTIN in between: read again).
 */
export async function createLot(deps: CatalogDeps, orgId: string, input: CreateLotInput): Promise<LotItem> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await createLotOnce(deps, orgId, input);
    } catch (error) {
      if (!(error instanceof ProductGtinChanged) && !(error instanceof LotCodeTaken && !input.code)) throw error;
      // The product's GTIN was edited meanwhile, or (once in 2^80) a new lot's alias was taken: again, with a new id.
      if (attempt >= MAX_LOT_ATTEMPTS) throw new TransactionContended(message(MESSAGES, 'catalog.product-changing'), { cause: error });
    }
  }
}

async function createLotOnce(deps: CatalogDeps, orgId: string, input: CreateLotInput): Promise<LotItem> {
  const catalog = repo(deps);
  const product = await catalog.getProduct(orgId, input.productId, true);
  if (!product) throw new ValidationFailed([fieldIssue('productId', message(MESSAGES, 'catalog.field.not-a-product-of-organisation'))]);
  const gtin = product.gtin ? normalizeGtin(product.gtin) : undefined;
  const issues: FieldIssue[] = [];
  if (input.quantity <= 0) issues.push(fieldIssue('quantity', message(FIELD_TEXTS, 'catalog.positive')));
  else if (!fitsUnit(input.quantity, product.unit))
    issues.push(fieldIssue('quantity', message(MESSAGES, 'catalog.field.not-expressible-in-unit', { unit: product.unit })));
  if (gtin && input.code !== undefined && !isAi10(input.code)) {
    issues.push(fieldIssue('code', message(MESSAGES, 'catalog.field.lot-code-too-long-for-gtin', { max: String(AI10_MAX_LENGTH) })));
  }
  const members = await getMembers(deps, orgId, input.producerIds);
  issues.push(...producerIssues(input.producerIds, members));
  if (issues.length > 0) throw new ValidationFailed(issues);
  const id = newId('lot');
  const alias = gtin && !input.code ? lotCodeAliases({ id })[0] : undefined;
  const lot: LotItem = {
    entity: 'Lot',
    id,
    orgId,
    productId: product.id,
    ...(input.code ? { code: input.code } : {}),
    ...(alias ? { linkCode: alias } : {}),
    unit: product.unit,
    quantity: input.quantity,
    available: input.quantity,
    productionDate: input.productionDate,
    ...(input.expiryDate ? { expiryDate: input.expiryDate } : {}),
    producerIds: [...new Set(input.producerIds)],
    communities: communitiesOf(input.producerIds, members),
    ...(input.notes ? { notes: input.notes } : {}),
    version: 1,
    createdAt: now(deps),
  };
  await catalog.createLot(lot, product.gtin, gtin ? { gtin, code: linkCodeOf(lot) } : undefined);
  return lot;
}

export async function getLot(deps: CatalogDeps, lotId: string): Promise<LotItem> {
  const lot = await repo(deps).getLot(lotId);
  if (!lot) throw new NotFound(message(MESSAGES, 'catalog.lot-not-found', { lotId }));
  return lot;
}

/** A lot of the given organisation; another organisation's lot is reported as absent. */
export async function getOwnLot(deps: CatalogDeps, orgId: string, lotId: string): Promise<LotItem> {
  const lot = await repo(deps).getLot(lotId, true);
  if (!lot || lot.orgId !== orgId) throw new NotFound(message(MESSAGES, 'catalog.lot-not-in-organisation', { lotId }));
  return lot;
}

/** Lots by id, of any organisation, in one batch read; unknown ids are absent. */
export function getLots(deps: CatalogDeps, lotIds: readonly string[]): Promise<Map<string, LotItem>> {
  return lotIds.length === 0 ? Promise.resolve(new Map()) : repo(deps).getLots(lotIds);
}

/**
 * Corrects a lot (merge patch): its expiry date, notes or producers. New producers must be active
 * members of the association; a producer already on the lot may stay after being deactivated.
 */
export async function updateLot(
  deps: CatalogDeps,
  orgId: string,
  lotId: string,
  patch: UpdateLotInput,
  precondition: Precondition = ANY_VERSION,
): Promise<LotItem> {
  const catalog = repo(deps);
  return edit(
    'lot',
    precondition,
    () => getOwnLot(deps, orgId, lotId),
    async (current, version) => {
      const next: LotItem = { ...mergePatch(current, patch), version: version + 1, updatedAt: now(deps) };
      const issues: FieldIssue[] = [];
      if (next.expiryDate && next.expiryDate < next.productionDate)
        issues.push(fieldIssue('expiryDate', message(MESSAGES, 'catalog.field.expiry-before-production-date', { productionDate: next.productionDate })));
      const fields: Record<string, unknown> = { ...patch };
      if (patch.producerIds) {
        const members = await getMembers(deps, orgId, patch.producerIds);
        issues.push(...producerIssues(patch.producerIds, members, current.producerIds));
        next.producerIds = [...new Set(patch.producerIds)];
        next.communities = communitiesOf(next.producerIds, members);
        fields.communities = next.communities;
      }
      if (issues.length > 0) throw new ValidationFailed(issues);
      await catalog.updateLot(next, changedFields(next, fields), version);
      return next;
    },
  );
}

export async function listLots(deps: CatalogDeps, orgId: string, options: { productId?: string | undefined; limit: number; cursor?: string | undefined }) {
  if (options.productId) {
    const product = await repo(deps).getProduct(orgId, options.productId);
    if (!product) throw new Forbidden(message(MESSAGES, 'catalog.product-not-of-organisation'));
    return repo(deps).listLotsOfProduct(options.productId, options.limit, options.cursor);
  }
  return repo(deps).listLotsOfOrganisation(orgId, options.limit, options.cursor);
}

export async function adjustLot(
  deps: CatalogDeps,
  orgId: string,
  lotId: string,
  input: z.infer<typeof createAdjustmentSchema>,
  actor: string,
): Promise<{ lot: LotItem; adjustment: LotAdjustmentItem }> {
  const lot = await getOwnLot(deps, orgId, lotId);
  if (!fitsUnit(Math.abs(input.delta), lot.unit))
    throw new ValidationFailed([fieldIssue('delta', message(MESSAGES, 'catalog.field.not-expressible-in-unit', { unit: lot.unit }))]);
  const adjustment: LotAdjustmentItem = {
    entity: 'LotAdjustment',
    id: newId('adj'),
    lotId,
    delta: input.delta,
    reason: input.reason,
    ...(input.note ? { note: input.note } : {}),
    actor,
    createdAt: now(deps),
  };
  await repo(deps).adjustLot(lot, adjustment);
  return { lot: await getOwnLot(deps, orgId, lotId), adjustment };
}

export function listLotAdjustments(deps: CatalogDeps, lotId: string, limit: number, cursor?: string) {
  return repo(deps).listLotAdjustments(lotId, limit, cursor);
}
