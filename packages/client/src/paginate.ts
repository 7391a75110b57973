import type { MaybeOptionalInit } from 'openapi-fetch';
import type { AyniClient } from './client.js';
import { unwrap, type CallResult } from './problem.js';
import type { paths } from './schema.js';

type JsonOk<Operation> = Operation extends { responses: { 200: { content: { 'application/json': infer Body } } } } ? Body : never;
type PageOf<P extends keyof paths> = paths[P] extends { get: infer Operation } ? JsonOk<Operation> : never;

/** The GET paths whose answer is a cursor page: `{ items: [...], nextCursor?: string }`. */
export type PaginatedPath = {
  [P in keyof paths]: [PageOf<P>] extends [never] ? never : PageOf<P> extends { items: readonly unknown[]; nextCursor?: unknown } ? P : never;
}[keyof paths];

/** One item of a page of `P`. */
export type PageItem<P extends PaginatedPath> = PageOf<P> extends { items: ReadonlyArray<infer Item> } ? Item : never;

/** The init of `client.GET(P, init)`: required exactly when the path has required parameters. */
export type PageInit<P extends PaginatedPath> = MaybeOptionalInit<paths[P], 'get'>;

type LooseInit = { params?: { query?: Record<string, unknown> } & Record<string, unknown> } & Record<string, unknown>;
type LooseGet = (path: string, init: LooseInit) => Promise<CallResult<{ items: unknown[]; nextCursor?: string | null }>>;

/**
 * Every item of a cursor-paginated listing, page after page (`?cursor=` from each page's
 * `nextCursor`, until a page has none), fetched lazily as the loop asks for more. `init` is what
 * `client.GET` takes (path, query: `limit` sets the page size); an error answer throws AyniProblem.
 *
 *   for await (const item of paginate(ayni, '/v1/catalog', { params: { query: { limit: 50 } } })) …
 */
export async function* paginate<P extends PaginatedPath>(
  client: AyniClient,
  path: P,
  ...[init]: undefined extends PageInit<P> ? [init?: PageInit<P>] : [init: PageInit<P>]
): AsyncGenerator<PageItem<P>, void, undefined> {
  const get = client.GET as unknown as LooseGet;
  const base = (init ?? {}) as LooseInit;
  let cursor: string | undefined;
  do {
    const query = cursor === undefined ? base.params?.query : { ...base.params?.query, cursor };
    const page = unwrap(await get(path, { ...base, params: { ...base.params, query } }));
    yield* page.items as PageItem<P>[];
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}
