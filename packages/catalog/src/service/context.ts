import { message, NotFound, type Clock } from '@ayni/core';
import { TransactionContended, type Store } from '@ayni/store';
import { setTimeout as sleep } from 'node:timers/promises';
import { MESSAGES } from '../messages.js';
import type { OrganisationItem } from '../model.js';
import { CatalogRepository, StaleVersion } from '../repository/index.js';
import type { OrganisationKind } from '../schemas.js';
import { checkPrecondition, versionOf, type Precondition, type Versioned } from '../versions.js';

export interface CatalogDeps {
  readonly store: Store;
  readonly clock: Clock;
}

export const repo = (deps: CatalogDeps) => new CatalogRepository(deps.store);
export const now = (deps: CatalogDeps) => deps.clock.now().toISOString();

/** No precondition: the edit applies to whatever version is current. */
export const ANY_VERSION: Precondition = { kind: 'none' };

export const MAX_EDIT_ATTEMPTS = 8;

/**
 * One edit of a versioned resource, as a loop of read (consistent), check of If-Match against the
 * version read, and a write conditioned on that version. A write that loses a race (StaleVersion)
 * is retried from a fresh read, so concurrent edits without If-Match all apply, one after the
 * other, none lost; under If-Match the fresh read no longer matches and the answer is a 412.
 */
export async function edit<T extends { version?: number | undefined }>(
  what: Versioned,
  precondition: Precondition,
  read: () => Promise<T>,
  write: (current: T, version: number) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const current = await read();
    const version = versionOf(current);
    checkPrecondition(precondition, version, what);
    try {
      return await write(current, version);
    } catch (error) {
      if (!(error instanceof StaleVersion)) throw error;
      if (attempt >= MAX_EDIT_ATTEMPTS) {
        throw new TransactionContended(message(MESSAGES, `catalog.${what}-contended`), { cause: error });
      }
      await sleep(Math.floor(Math.random() * 10 * 2 ** attempt));
    }
  }
}

export async function requireOrganisation(
  deps: CatalogDeps,
  orgId: string,
  kind?: OrganisationKind,
  options: { consistent?: boolean } = {},
): Promise<OrganisationItem> {
  const org = await repo(deps).getOrganisation(orgId, options.consistent);
  if (!org || (kind && org.kind !== kind)) throw new NotFound(message(MESSAGES, `catalog.${kind ?? 'organisation'}-not-found`, { orgId }));
  return org;
}
