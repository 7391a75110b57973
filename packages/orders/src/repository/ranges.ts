import { message, ValidationFailed } from '@ayni/core';
import { decodeCursor, encodeCursor, queryPage, type IndexName, type Page, type Store } from '@ayni/store';
import { MESSAGES } from '../messages.js';

export type SortRange = { readonly from: string; readonly to: string };

export interface RangesQuery {
  /** The index to query; the table itself when absent. */
  readonly index?: IndexName | undefined;
  readonly partition: { name: string; value: string };
  readonly sortName: string;
  /** Disjoint key ranges of the partition, in reading order (descending ones with `scanForward: false`). */
  readonly ranges: readonly SortRange[];
  readonly limit: number;
  readonly cursor: string | undefined;
  readonly scanForward?: boolean;
}

/**
 * One page over disjoint key ranges of one partition, read one range after the other: at most one
 * bounded Query per range. The cursor is the last evaluated key as `queryPage` makes it; its sort key
 * says which range to resume (a cursor in none of them is a 400 naming `cursor`).
 */
export async function pageOverRanges(store: Store, query: RangesQuery): Promise<Page<Record<string, unknown>>> {
  const { index, partition, sortName, ranges, limit, cursor } = query;
  let first = 0;
  if (cursor) {
    // Checked against the listing's partition here, against the range it resumes by queryPage.
    const sort = decodeCursor(cursor, { ...(index ? { index } : {}), partition })[sortName]!;
    first = ranges.findIndex((r) => sort >= r.from && sort <= r.to);
    if (first < 0)
      throw new ValidationFailed([{ path: 'query.cursor', message: 'does not belong to this listing', msg: message(MESSAGES, 'orders.field.cursor-foreign') }]);
  }
  const items: Record<string, unknown>[] = [];
  for (let i = first; i < ranges.length && items.length < limit; i++) {
    const page = await queryPage<Record<string, unknown>>(store, {
      ...(index ? { index } : {}),
      partition,
      sortBetween: { name: sortName, ...ranges[i]! },
      limit: limit - items.length,
      cursor: i === first ? cursor : undefined,
      scanForward: query.scanForward ?? true,
    });
    items.push(...page.items);
    if (page.nextCursor) return { items, nextCursor: page.nextCursor };
    if (items.length >= limit && i < ranges.length - 1) {
      // The page filled up exactly at the end of a range: resume after its last item (the next
      // request finds nothing more in this range and goes on with the next).
      const last = items.at(-1)!;
      return { items, nextCursor: encodeCursor({ pk: last.pk, sk: last.sk, [partition.name]: last[partition.name], [sortName]: last[sortName] }) };
    }
  }
  return { items };
}
