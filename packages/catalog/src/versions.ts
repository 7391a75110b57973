import { message, PreconditionFailed } from '@ayni/core';
import { z } from '@hono/zod-openapi';
import { FIELD_TEXTS, MESSAGES } from './messages.js';

/**
 * Versions of the editable catalog resources (organisation, member, product, lot) and their HTTP
 * face: `ETag` on reads and writes, optional `If-Match` on edits (RFC 9110 §8.8.3, §13.1.1).
 *
 * - A version is an integer stored on the item: 1 when created, one more on every edit of the
 *   resource's editable fields, and each edit is written on the condition that the item is still at
 *   the version it was read in, so two writers can never lose each other's change.
 * - Items written before versions existed carry no version attribute: they count as version 0
 *   (ETag `"0"`) and become version 1 on their first edit.
 * - Counters that other operations move atomically (an organisation's member count, a product's
 *   stock, a lot's available quantity) are not edits and do not move the version: an order
 *   reserving stock does not make an edit of the product's description fail its If-Match.
 */
export const versionOf = (item: { readonly version?: number | undefined }): number => item.version ?? 0;

/** The resources that carry a version (named in messages about it). */
export type Versioned = 'organisation' | 'member' | 'product' | 'lot';

/** The strong entity tag of a version: `"3"`. */
export const etagOf = (version: number): string => `"${version}"`;

/** What an `If-Match` header asks for: any current version (`*`), or one of these entity tags. */
export type Precondition = { readonly kind: 'none' } | { readonly kind: 'any' } | { readonly kind: 'tags'; readonly tags: readonly string[] };

const ENTITY_TAG = /^(?:W\/)?"[\x21\x23-\x7e]*"$/;

function entityTags(header: string): string[] | undefined {
  const tags = header
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
  return tags.length > 0 && tags.every((tag) => ENTITY_TAG.test(tag)) ? tags : undefined;
}

export function parseIfMatch(header: string | undefined): Precondition {
  if (header === undefined) return { kind: 'none' };
  if (header.trim() === '*') return { kind: 'any' };
  return { kind: 'tags', tags: entityTags(header) ?? [] };
}

/**
 * Throws PreconditionFailed unless the current version satisfies the precondition. Comparison is
 * strong, as If-Match requires: a weak tag (`W/"3"`) never matches.
 */
export function checkPrecondition(precondition: Precondition, version: number, what: Versioned): void {
  if (precondition.kind !== 'tags') return;
  if (precondition.tags.includes(etagOf(version))) return;
  throw new PreconditionFailed(message(MESSAGES, `catalog.${what}-version-changed`, { version: String(version), etag: etagOf(version) }));
}

/** The optional `If-Match` request header of the edit routes. */
export const ifMatchHeaders = z.object({
  'if-match': z
    .string()
    .max(1000)
    .refine((value) => value.trim() === '*' || entityTags(value) !== undefined, { error: FIELD_TEXTS['catalog.if-match'].en })
    .optional()
    .openapi({
      description:
        'Optional. The ETag you read (e.g. `"3"`): the edit applies only if the resource is still at that version, else 412. Without it the edit applies to the current version.',
      example: '"3"',
    }),
});

/** The `ETag` response header, for the OpenAPI document. */
export const etagResponseHeaders = {
  ETag: {
    description: 'The resource’s version as a strong entity tag (e.g. `"3"`); send it in If-Match to edit only that version.',
    schema: { type: 'string' as const, example: '"3"' },
  },
};
