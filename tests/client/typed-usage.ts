import { createAyniClient, paginate, type PageItem, type Schemas } from '@ayni/client';

/**
 * Compile-time specification of the client's types, checked by `tsc` (the repository's typecheck
 * and tests/client/generated.test.ts); never run. Each `@ts-expect-error` is a call that must not compile.
 */
export async function typedUsage(): Promise<void> {
  const ayni = createAyniClient({ baseUrl: 'http://localhost:3000', token: 'token', lang: 'qu' });

  // @ts-expect-error: not a path of the API
  await ayni.GET('/v1/nowhere');
  // @ts-expect-error: the path needs its orgId
  await ayni.GET('/v1/orgs/{orgId}');
  const org = await ayni.GET('/v1/orgs/{orgId}', { params: { path: { orgId: 'org_1' } } });
  const name: string | undefined = org.data?.name;

  // The client adds the Idempotency-Key, so a create needs none; If-Match is a typed header.
  await ayni.POST('/v1/orgs', { body: { kind: 'buyer', name: 'Hotel Sumaq', country: 'PE', region: 'Cusco' } });
  await ayni.PATCH('/v1/orgs/{orgId}', { params: { path: { orgId: 'org_1' }, header: { 'if-match': '"3"' } }, body: { name: 'Nuevo nombre' } });
  // @ts-expect-error: kind is one of association, buyer, fund
  await ayni.POST('/v1/orgs', { body: { kind: 'shop', name: 'x', country: 'PE', region: 'Cusco' } });

  for await (const item of paginate(ayni, '/v1/catalog', { params: { query: { limit: 10, category: 'cheese' } } })) {
    const sku: string = item.product.sku;
    void sku;
  }
  const association: PageItem<'/v1/associations'> = {} as Schemas['PublicOrganisation'];
  // @ts-expect-error: a single organisation is not a paginated listing
  paginate(ayni, '/v1/orgs/{orgId}', { params: { path: { orgId: 'org_1' } } });
  // @ts-expect-error: the members of which organisation?
  paginate(ayni, '/v1/orgs/{orgId}/members');
  paginate(ayni, '/v1/orgs/{orgId}/members', { params: { path: { orgId: 'org_1' } } });
  void [name, association];
}
