import type { LotItem, OrganisationItem, ProductItem } from '@ayni/catalog';
import { keccak256, toUtf8Bytes } from 'ethers';
import { MASTER_DATA_FIELDS, type BundleEvent } from '../schemas.js';
import { canonicalJson } from './hashing.js';

type Field = (typeof MASTER_DATA_FIELDS)[number];

/**
 * What the public page says about a lot, its product and its association, as it goes into each
 * format-2 event record (`record.subject`): hashed and anchored with the event, so the facts a diner
 * reads are covered too. The story is long and changes by language: its keccak256 (of its RFC 8785
 * text) is committed instead of the text.
 */
export function subjectFacts(lot: LotItem, product: ProductItem, org: OrganisationItem) {
  return {
    lot: {
      code: lot.code ?? lot.id,
      productionDate: lot.productionDate,
      ...(lot.expiryDate ? { expiryDate: lot.expiryDate } : {}),
      communities: [...lot.communities],
      producerCount: lot.producerIds.length,
    },
    product: { id: product.id, name: { ...product.name }, ...(product.gtin ? { gtin: product.gtin } : {}) },
    association: {
      id: org.id,
      name: org.name,
      region: org.region,
      ...(org.story ? { storyHash: keccak256(toUtf8Bytes(canonicalJson(org.story))) } : {}),
    },
  };
}

const valueAt = (facts: unknown, field: Field): unknown =>
  field.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), facts);

/**
 * Which facts shown today are as anchored: compared with the `subject` of the latest event that is
 * anchored and still matches its hash.
 */
export function masterDataCheck(current: ReturnType<typeof subjectFacts>, events: readonly BundleEvent[]) {
  const anchored = [...events].reverse().find((e) => e.anchor && e.matches && e.record.subject);
  if (!anchored) return { asOfEvent: null, verified: [], changed: [], unverified: [...MASTER_DATA_FIELDS] };
  const verified: Field[] = [];
  const changed: Field[] = [];
  for (const field of MASTER_DATA_FIELDS) {
    const now = valueAt(current, field);
    const then = valueAt(anchored.record.subject, field);
    (canonicalJson(now ?? null) === canonicalJson(then ?? null) ? verified : changed).push(field);
  }
  return {
    asOfEvent: anchored.record.seq ?? null,
    ...(anchored.anchor?.blockTime ? { anchoredAt: anchored.anchor.blockTime } : {}),
    verified,
    changed,
    unverified: [],
  };
}
