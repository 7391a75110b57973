import { newId } from '@ayni/core';
import type { Page } from '@ayni/store';
import { nameKey } from '../keys.js';
import { changedFields, checkMerged, mergePatch } from '../merge-patch.js';
import type { OrganisationItem } from '../model.js';
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
      const merged = mergePatch(current, patch);
      checkMerged(organisationShape, merged, Object.keys(patch));
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

export function listAssociations(deps: CatalogDeps, limit: number, cursor?: string): Promise<Page<OrganisationItem>> {
  return repo(deps).listOrganisationsByKind('association', limit, cursor);
}

/** Organisations by id, in one batch read; unknown ids are absent. */
export function getOrganisations(deps: CatalogDeps, orgIds: readonly string[]): Promise<Map<string, OrganisationItem>> {
  return orgIds.length === 0 ? Promise.resolve(new Map()) : repo(deps).getOrganisations(orgIds);
}
