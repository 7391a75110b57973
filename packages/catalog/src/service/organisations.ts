import { englishOf, message, newId, TAX_ID_SCHEMES, taxIdProblem, typedTaxId, ValidationFailed, type TaxId } from '@ayni/core';
import type { Page } from '@ayni/store';
import { nameKey } from '../keys.js';
import { changedFields, checkMerged, mergePatch } from '../merge-patch.js';
import type { OrganisationItem } from '../model.js';
import { FIELD_TEXTS } from '../messages.js';
import { createOrganisationSchema, organisationShape, type UpdateOrganisationInput } from '../schemas.js';
import type { Precondition } from '../versions.js';
import type * as z from 'zod';
import { ANY_VERSION, edit, now, repo, requireOrganisation, type CatalogDeps } from './context.js';
import { moveProductToRegion } from './products.js';

export async function createOrganisation(deps: CatalogDeps, input: z.input<typeof createOrganisationSchema>): Promise<OrganisationItem> {
  const data = createOrganisationSchema.parse(input);
  const at = now(deps);
  const org: OrganisationItem = {
    entity: 'Organisation',
    id: newId('org'),
    ...data,
    nameKey: nameKey(data.name),
    memberCount: 0,
    active: true,
    version: 1,
    nameOrderIndexed: true,
    createdAt: at,
    updatedAt: at,
  };
  await repo(deps).putOrganisation(org);
  return org;
}

/** Edits a profile (merge patch: see schemas.ts); a new region is carried to the association's products. */
export async function updateOrganisation(
  deps: CatalogDeps,
  orgId: string,
  patch: UpdateOrganisationInput,
  precondition: Precondition = ANY_VERSION,
): Promise<OrganisationItem> {
  const catalog = repo(deps);
  let previousRegion: string | undefined;
  const updated = await edit(
    'organisation',
    precondition,
    () => requireOrganisation(deps, orgId, undefined, { consistent: true }),
    async (current, version) => {
      previousRegion = current.region;
      // A tax id stored as a bare number (before ids were typed) merges as the typed id it stands for.
      const typed = { ...current, taxId: typedTaxId(current.taxId, current.country) };
      const merged = mergePatch(typed, patch);
      checkMerged(organisationShape, merged, Object.keys(patch));
      checkTaxIdFitsCountry(merged);
      const next: OrganisationItem = { ...merged, nameKey: nameKey(merged.name), version: version + 1, updatedAt: now(deps) };
      await catalog.updateOrganisation(next, changedFields(next, patch), version);
      return next;
    },
  );
  if (updated.region !== previousRegion && updated.kind === 'association') {
    // The by-region catalog index carries the association's region on each product.
    for (let cursor: string | undefined, first = true; first || cursor; first = false) {
      const page = await catalog.listProductsOfOrganisation(orgId, 100, cursor, false);
      for (const product of page.items) await moveProductToRegion(deps, product.orgId, product.id, updated.region);
      cursor = page.nextCursor;
    }
  }
  return updated;
}

/** After a merge: the tax id's scheme must still be the country's (a 400 naming `taxId.scheme`). */
function checkTaxIdFitsCountry(merged: OrganisationItem): void {
  const taxId = merged.taxId;
  if (!taxId || typeof taxId === 'string' || taxId.scheme === TAX_ID_SCHEMES[merged.country]) return;
  const msg = message(FIELD_TEXTS, 'catalog.tax-id-scheme');
  throw new ValidationFailed([{ path: 'taxId.scheme', message: englishOf(msg), msg }]);
}

export interface TaxIdMigration {
  /** Organisations whose bare tax number was rewritten as a typed id. */
  readonly converted: number;
  /** Typed ids that fail their scheme's rules (the organisation's people must correct them). */
  readonly invalid: ReadonlyArray<{ orgId: string; name: string; taxId: TaxId; problem: string }>;
}

/**
 * One-off migration (seed, `npm run job`): rewrites every tax id stored as a bare number into the
 * typed id of its organisation's country, and names those that fail their scheme's rules. Reads the
 * organisations kind by kind (C2, bounded pages), edits each with its version, never a Scan.
 */
export async function migrateTaxIds(deps: CatalogDeps): Promise<TaxIdMigration> {
  let converted = 0;
  const invalid: Array<{ orgId: string; name: string; taxId: TaxId; problem: string }> = [];
  for (const kind of ['association', 'buyer', 'fund'] as const) {
    for (let cursor: string | undefined, first = true; first || cursor; first = false) {
      const page = await repo(deps).listOrganisationsByKind(kind, 100, cursor);
      for (const org of page.items) {
        const taxId = typedTaxId(org.taxId, org.country);
        if (!taxId) continue;
        const problem = taxIdProblem(taxId);
        if (problem) invalid.push({ orgId: org.id, name: org.name, taxId, problem });
        if (typeof org.taxId !== 'string') continue;
        await edit(
          'organisation',
          ANY_VERSION,
          () => requireOrganisation(deps, org.id, undefined, { consistent: true }),
          async (current, version) => {
            if (typeof current.taxId !== 'string') return current;
            const next: OrganisationItem = { ...current, taxId: typedTaxId(current.taxId, current.country), version: version + 1, updatedAt: now(deps) };
            await repo(deps).updateOrganisation(next, { set: { taxId: next.taxId }, remove: [] }, version);
            return next;
          },
        );
        converted++;
      }
      cursor = page.nextCursor;
    }
  }
  return { converted, invalid };
}

export function listAssociations(deps: CatalogDeps, limit: number, cursor?: string): Promise<Page<OrganisationItem>> {
  return repo(deps).listOrganisationsByKind('association', limit, cursor);
}

/** Organisations by id, in one batch read; unknown ids are absent. */
export function getOrganisations(deps: CatalogDeps, orgIds: readonly string[]): Promise<Map<string, OrganisationItem>> {
  return orgIds.length === 0 ? Promise.resolve(new Map()) : repo(deps).getOrganisations(orgIds);
}
