/**
 * Removes key and index attributes from a stored item, and the domain event it carries for the
 * stream (`outbox`: order events), leaving the entity: reads never answer the outbox.
 */
export function strip<T>(item: Record<string, unknown> | undefined): T | undefined {
  if (!item) return undefined;
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, gsi3pk: _e, gsi3sk: _f, outbox: _outbox, ...rest } = item;
  return rest as T;
}
