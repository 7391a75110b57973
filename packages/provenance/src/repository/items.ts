/** Key and index attributes, and the domain event an item carries for the stream (`outbox`). */
const INDEX_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'outbox'];

/** An item as the domain sees it: without its key and index attributes, nor its outbox event. */
export function strip<T>(item: Record<string, unknown> | undefined): T | undefined {
  if (!item) return undefined;
  const rest = { ...item };
  for (const name of INDEX_ATTRIBUTES) delete rest[name];
  return rest as T;
}
