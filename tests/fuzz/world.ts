import type { Role } from '@ayni/auth';
import { issueLocalToken } from '@ayni/auth/local-issuer';
import { generateLocalKeyPair } from '@ayni/auth/local-issuer';
import { importJWK, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { sumaqProfile, quesoAndino } from '../support/catalog-fixtures.js';
import { TEST_AUDIENCE, TEST_ISSUER } from '../support/api.js';
import { buyerProfile, chullpi } from '../orders/fixtures.js';
import { withCheckDigit } from './generators.js';
import type { FuzzTarget } from './harness.js';

/**
 * The data the fuzz suite works on, made through the API before any fuzzing: two of everything (an
 * organisation of ours and one of someone else's), so generated requests can name real resources,
 * resources of another tenant, and ids of the right shape that exist nowhere.
 *
 * Pools are live arrays: generators pick from them when a value is generated, and `refresh()` adds
 * fresh resources in early states (placed orders, submitted loans) as fuzzing moves the old ones on.
 */
export const ROLES: readonly Role[] = ['platform_admin', 'association_admin', 'association_member', 'buyer', 'fund_officer', 'fund_approver'];

export interface Tenant {
  readonly association: string;
  readonly buyer: string;
  readonly fund: string;
}

export interface World {
  readonly ours: Tenant;
  readonly theirs: Tenant;
  /** Ids by prefix (`org`, `prd`, `lot`, `mem`, `ord`, `sto`, `pev`, `je`, `loan`, `whe`, `evt`): ours, and another tenant's. */
  readonly ids: Record<string, { own: string[]; foreign: string[] }>;
  readonly invoices: { own: string[]; foreign: string[] };
  readonly lotCodes: string[];
  readonly gtins: string[];
  readonly docsAssets: string[];
  /** Real pagination cursors, collected from every listing (sent to the wrong listing too). */
  readonly cursors: string[];
  /** Tokens by `role|org|n` (org empty for platform staff); `n` is 1 or 2, two people with one role. */
  token(role: Role, org: string | undefined, person?: 1 | 2): string;
  readonly specialTokens: Readonly<
    Record<'expired' | 'otherKey' | 'otherAudience' | 'otherIssuer' | 'noSubject' | 'rolesAsString' | 'unknownRoles' | 'orgNotAString' | 'algNone', string>
  >;
  /** The home organisation of a role in our tenant. */
  homeOrg(role: Role): string | undefined;
  /** Adds resources in early states (a product with a lot, placed and delivered orders, loans). */
  refresh(): Promise<void>;
  /** What `refresh()` could not make (fuzzing had changed what it builds on): reported, not fatal. */
  readonly refreshFailures: string[];
}

const ID_PREFIXES = ['org', 'prd', 'lot', 'mem', 'ord', 'sto', 'pev', 'je', 'loan', 'whe', 'evt'] as const;

interface Reply {
  status: number;
  body: any;
}

class SeedFailed extends Error {
  override name = 'SeedFailed';
}

export async function seedWorld(target: FuzzTarget): Promise<World> {
  const keys = target.api.keys;
  const tokens = new Map<string, string>();
  const tokenKey = (role: Role, org: string | undefined, person: number) => `${role}|${org ?? ''}|${person}`;
  const issue = async (role: Role, org: string | undefined, person = 1) => {
    const key = tokenKey(role, org, person);
    if (!tokens.has(key))
      tokens.set(
        key,
        await issueLocalToken(keys, {
          sub: `fuzz-${role}-${person}-${org ?? 'platform'}`,
          org,
          roles: [role],
          issuer: TEST_ISSUER,
          audience: TEST_AUDIENCE,
          expiresIn: '12h',
        }),
      );
    return tokens.get(key)!;
  };
  const root = await issue('platform_admin', undefined);

  const call = async (method: string, path: string, token: string | undefined, body?: unknown): Promise<Reply> => {
    const res = await target.send({
      operation: 'seed',
      label: 'seed',
      method,
      url: path,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      idempotencyKey: method === 'POST' || method === 'PUT' ? 'fresh' : undefined,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: res.text ? JSON.parse(res.text) : undefined };
  };
  const must = async (expected: number, method: string, path: string, token: string | undefined, body?: unknown) => {
    const reply = await call(method, path, token, body);
    if (reply.status !== expected) throw new SeedFailed(`${method} ${path} answered ${reply.status}, not ${expected}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  };

  const ids = Object.fromEntries(ID_PREFIXES.map((prefix) => [prefix, { own: [] as string[], foreign: [] as string[] }])) as World['ids'];
  const invoices = { own: [] as string[], foreign: [] as string[] };
  const lotCodes: string[] = [];
  const gtins: string[] = [];
  const add = (prefix: string, own: boolean, id: unknown) => {
    if (typeof id !== 'string') throw new SeedFailed(`expected an id for ${prefix}, got ${JSON.stringify(id)}`);
    const pool = ids[prefix]![own ? 'own' : 'foreign'];
    pool.push(id);
    // Fresh resources replace the oldest once a pool is large, so picks stay spread over live ones.
    if (pool.length > 40) pool.splice(3, 1);
    return id;
  };

  const tenant = async (own: boolean, label: string) => {
    const association = add(
      'org',
      own,
      (await must(201, 'POST', '/v1/orgs', root, { ...sumaqProfile, name: `Asociación ${label} ${randomUUID().slice(0, 6)}` })).id,
    );
    const buyer = add('org', own, (await must(201, 'POST', '/v1/orgs', root, buyerProfile(`Restaurante ${label}`))).id);
    const fund = add('org', own, (await must(201, 'POST', '/v1/orgs', root, { kind: 'fund', name: `Fondo ${label}`, country: 'PE', region: 'Cusco' })).id);
    return { association, buyer, fund };
  };
  const ours = await tenant(true, 'Sumaq');
  const theirs = await tenant(false, 'Awana');
  const homes: Record<Role, string | undefined> = {
    platform_admin: undefined,
    association_admin: ours.association,
    association_member: ours.association,
    buyer: ours.buyer,
    fund_officer: ours.fund,
    fund_approver: ours.fund,
  };
  for (const role of ROLES)
    for (const org of [undefined, ...Object.values(ours), ...Object.values(theirs)]) for (const person of [1, 2]) await issue(role, org, person);
  const as = (role: Role, t: Tenant, person: 1 | 2 = 1) =>
    tokens.get(
      tokenKey(role, role === 'platform_admin' ? undefined : role.startsWith('association') ? t.association : role === 'buyer' ? t.buyer : t.fund, person),
    )!;

  const products = new Map<Tenant, string[]>();
  const lotsOf = new Map<Tenant, string[]>();
  const populate = async (t: Tenant, own: boolean) => {
    const admin = as('association_admin', t);
    for (const name of ['Rosa Quispe Mamani', 'Julián Condori']) {
      add(
        'mem',
        own,
        (
          await must(201, 'POST', `/v1/orgs/${t.association}/members`, admin, {
            name,
            community: 'Pinchimuro',
            role: 'member',
            phone: '+51 984 111 222',
            documentId: '45678912',
            joinedOn: '2019-03-01',
          })
        ).id,
      );
    }
    const gtin = withCheckDigit(own ? '0775123400001' : '0775123400002');
    const queso = add('prd', own, (await must(201, 'POST', `/v1/orgs/${t.association}/products`, admin, { ...quesoAndino, gtin })).id);
    const maiz = add('prd', own, (await must(201, 'POST', `/v1/orgs/${t.association}/products`, admin, chullpi)).id);
    gtins.push(gtin);
    products.set(t, [queso, maiz]);
    lotsOf.set(t, []);
    for (const [productId, code] of [
      [queso, own ? 'QA-2611-A' : 'QA-2611-B'],
      [maiz, own ? 'MC-2611-A' : 'MC-2611-B'],
    ] as const) {
      const lot = await must(201, 'POST', `/v1/orgs/${t.association}/lots`, admin, {
        productId,
        code,
        quantity: '100000',
        productionDate: '2026-11-03',
        producerIds: ids.mem![own ? 'own' : 'foreign'].slice(0, 1),
      });
      lotsOf.get(t)!.push(add('lot', own, lot.id));
      lotCodes.push(code);
    }
    await must(201, 'POST', `/v1/orgs/${t.association}/agreements`, admin, {
      buyerId: t.buyer,
      currency: 'PEN',
      validFrom: '2026-11-01',
      paymentTerms: 'net_30',
      prices: [{ productId: queso, price: 2500, tiers: [{ minQuantity: '20', price: 2300 }] }],
    });
    const event = await must(201, 'POST', `/v1/orgs/${t.association}/lots/${lotsOf.get(t)![0]}/events`, admin, {
      type: 'collection',
      eventTime: '2026-11-02T06:30:00-05:00',
      what: { quantity: '120.5', unit: 'litre' },
      where: { place: 'Centro de acopio de Pinchimuro', community: 'Pinchimuro', district: 'Ocongate', region: 'Cusco' },
      who: { role: 'acopiadora' },
      why: { disposition: 'active' },
    });
    add('pev', own, event.record?.id ?? event.id);
    const standing = await must(201, 'POST', `/v1/buyers/${t.buyer}/standing-orders`, as('buyer', t), {
      associationId: t.association,
      frequency: 'weekly',
      startDate: '2026-11-25',
      lines: [{ productId: maiz, quantity: '2' }],
      delivery: { kind: 'pickup' },
      policy: 'skip',
    });
    add('sto', own, standing.id);
    await must(201, 'POST', `/v1/funds/${t.fund}/capital`, as('fund_officer', t), { amount: 5_000_000_000, donor: 'Codespa' });
  };
  await populate(ours, true);
  await populate(theirs, false);

  /** An order taken through the given actions; its id (and its invoice number once invoiced). */
  const order = async (t: Tenant, own: boolean, actions: readonly string[], productIds?: readonly string[]) => {
    const [queso, maiz] = products.get(t)!;
    const placed = await must(201, 'POST', '/v1/orders', as('buyer', t), {
      associationId: t.association,
      lines: productIds
        ? productIds.map((productId) => ({ productId, quantity: '5' }))
        : [
            { productId: queso, quantity: '8' },
            { productId: maiz, quantity: '5' },
          ],
      requestedDeliveryDate: '2026-12-01',
      delivery: { kind: 'delivery', address: 'Calle Santa Catalina Angosta 398, Cusco' },
    });
    const id = add('ord', own, placed.id);
    let last = placed;
    for (const action of actions) {
      const token = action === 'deliver' ? as('buyer', t) : as('association_admin', t);
      last = await must(200, 'POST', `/v1/orders/${id}/${action}`, token, action === 'pay' ? { reference: 'BCP op. 123456' } : {});
    }
    if (typeof last.invoiceNumber === 'string') invoices[own ? 'own' : 'foreign'].push(last.invoiceNumber);
    return id;
  };
  /** A loan of the tenant's fund to its association, taken as far as `until`. */
  const loan = async (t: Tenant, own: boolean, until: 'submitted' | 'evaluated' | 'approved' | 'active' | 'repaid-once') => {
    const body = {
      amount: 600_000,
      installments: 4,
      purpose: 'Capital de trabajo',
      businessPlanSummary: 'Compra de leche y cuajo para la campaña de quesos.',
      producers: 12,
    };
    const created =
      until === 'submitted'
        ? await must(201, 'POST', `/v1/orgs/${t.association}/loan-applications`, as('association_admin', t), { fundId: t.fund, ...body })
        : await must(201, 'POST', `/v1/funds/${t.fund}/applications`, as('fund_officer', t), { associationId: t.association, ...body });
    const id = add('loan', own, created.id);
    const path = `/v1/funds/${t.fund}/loans/${id}`;
    if (until === 'submitted') return id;
    await must(200, 'POST', `${path}/evaluation`, as('fund_officer', t, 2), {
      recommendation: 'approve',
      notes: 'Viable',
      terms: { annualRateBps: 1200, method: 'flat', installments: 4, period: { unit: 'month', every: 1 }, graceInstallments: 0 },
    });
    if (until === 'evaluated') return id;
    await must(200, 'POST', `${path}/approval`, as('fund_approver', t), {});
    if (until === 'approved') return id;
    await must(201, 'POST', `${path}/disbursement`, as('fund_officer', t), {});
    if (until === 'active') return id;
    await must(201, 'POST', `${path}/repayments`, as('fund_officer', t), { amount: 10_000, reference: 'recibo 001' });
    return id;
  };

  for (const [t, own] of [
    [ours, true],
    [theirs, false],
  ] as const) {
    for (const actions of [
      [],
      ['confirm'],
      ['confirm', 'dispatch'],
      ['confirm', 'dispatch', 'deliver'],
      ['confirm', 'dispatch', 'deliver', 'invoice'],
      ['confirm', 'dispatch', 'deliver', 'invoice', 'pay'],
    ]) {
      await order(t, own, actions);
    }
    for (const until of ['submitted', 'evaluated', 'approved', 'active', 'repaid-once'] as const) await loan(t, own, until);
    const ledger = await must(200, 'GET', `/v1/funds/${t.fund}/ledger?limit=50`, as('fund_officer', t));
    for (const entry of ledger.items ?? []) add('je', own, entry.id ?? entry.entryId);
  }
  // One credit note, so the NC series exists.
  await must(201, 'POST', `/v1/orgs/${ours.association}/invoices/${invoices.own[0]}/credit-notes`, as('association_admin', ours), {
    reason: 'Un saco llegó húmedo',
    amount: 1200,
  });

  // A webhook endpoint per tenant, on a closed loopback port (every delivery and ping fails at once), and a ping's delivery.
  for (const [t, own] of [
    [ours, true],
    [theirs, false],
  ] as const) {
    const endpoint = await must(201, 'POST', `/v1/orgs/${t.association}/webhooks`, as('association_admin', t), {
      url: 'http://127.0.0.1:9/ayni-events',
      eventTypes: ['order.placed', 'order.confirmed'],
    });
    add('whe', own, endpoint.id);
    add('evt', own, (await must(200, 'POST', `/v1/orgs/${t.association}/webhooks/${endpoint.id}/ping`, as('association_admin', t), {})).eventId);
  }

  const cursors: string[] = [];
  const listings: Array<[string, string | undefined]> = [
    ['/v1/associations?limit=1', undefined],
    [`/v1/orgs/${ours.association}/members?limit=1`, as('association_admin', ours)],
    [`/v1/orgs/${ours.association}/products?limit=1`, undefined],
    ['/v1/catalog?limit=1', undefined],
    [`/v1/orgs/${ours.association}/lots?limit=1`, as('association_admin', ours)],
    [`/v1/orgs/${ours.association}/orders?limit=1`, as('association_admin', ours)],
    [`/v1/buyers/${ours.buyer}/orders?limit=1`, as('buyer', ours)],
    [`/v1/orgs/${ours.association}/invoices?limit=1`, as('association_admin', ours)],
    [`/v1/funds/${ours.fund}/ledger?limit=1`, as('fund_officer', ours)],
    [`/v1/funds/${ours.fund}/loans?limit=1`, as('fund_officer', ours)],
    [`/v1/orgs/${ours.association}/loans?limit=1`, as('association_admin', ours)],
  ];
  for (const [path, token] of listings) {
    const reply = await call('GET', path, token);
    if (reply.status === 200 && typeof reply.body?.nextCursor === 'string') cursors.push(reply.body.nextCursor);
  }

  const docs = await target.send({ operation: 'seed', label: 'seed', method: 'GET', url: '/docs', headers: {} });
  const docsAssets = [...new Set([...docs.text.matchAll(/\/docs\/([\w.-]+)/g)].map((m) => m[1]!))];

  const specialTokens = await makeSpecialTokens(keys, ours);
  let refreshes = 0;
  const refreshFailures: string[] = [];
  return {
    ours,
    theirs,
    ids,
    invoices,
    lotCodes,
    gtins,
    docsAssets,
    cursors,
    token: (role, org, person = 1) => tokens.get(tokenKey(role, org, person)) ?? tokens.get(tokenKey(role, homes[role], person))!,
    specialTokens,
    homeOrg: (role) => homes[role],
    refreshFailures,
    async refresh() {
      refreshes++;
      // Fuzzing may have changed anything seeded (a product made inactive, an association moved), so
      // each step stands alone and a refusal is noted, not fatal: the run goes on with what exists.
      const step = async (name: string, run: () => Promise<unknown>) => {
        try {
          await run();
        } catch (error) {
          refreshFailures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500));
        }
      };
      const admin = as('association_admin', ours);
      let fresh: string[] | undefined;
      await step('a fresh product with a lot', async () => {
        const sku = `FZ-${refreshes}-${randomUUID().slice(0, 6).toUpperCase()}`;
        const productId = add('prd', true, (await must(201, 'POST', `/v1/orgs/${ours.association}/products`, admin, { ...chullpi, sku })).id);
        add(
          'lot',
          true,
          (await must(201, 'POST', `/v1/orgs/${ours.association}/lots`, admin, { productId, quantity: '100000', productionDate: '2026-11-10' })).id,
        );
        fresh = [productId];
      });
      await step('a placed order', () => order(ours, true, [], fresh));
      await step('a delivered order', () => order(ours, true, ['confirm', 'dispatch', 'deliver'], fresh));
      await step('an invoiced order', () => order(ours, true, ['confirm', 'dispatch', 'deliver', 'invoice'], fresh));
      await step('a submitted loan', () => loan(ours, true, 'submitted'));
      await step('an approved or active loan', () => loan(ours, true, refreshes % 2 === 0 ? 'approved' : 'active'));
    },
  };
}

async function makeSpecialTokens(keys: Awaited<ReturnType<typeof generateLocalKeyPair>>, ours: Tenant): Promise<World['specialTokens']> {
  const sign = async (
    claims: Record<string, unknown>,
    options: { issuer?: string; audience?: string; key?: typeof keys; expired?: boolean; sub?: string | null } = {},
  ) => {
    const signing = options.key ?? keys;
    const now = Math.floor(Date.now() / 1000);
    let jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: signing.privateJwk.kid, typ: 'JWT' })
      .setIssuer(options.issuer ?? TEST_ISSUER)
      .setAudience(options.audience ?? TEST_AUDIENCE)
      .setIssuedAt(options.expired ? now - 7200 : now)
      .setExpirationTime(options.expired ? now - 3600 : now + 12 * 3600);
    if (options.sub !== null) jwt = jwt.setSubject(options.sub ?? 'fuzz-special');
    return jwt.sign(await importJWK(signing.privateJwk, 'ES256'));
  };
  const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return {
    expired: await sign({ roles: ['platform_admin'] }, { expired: true }),
    otherKey: await sign({ roles: ['platform_admin'] }, { key: await generateLocalKeyPair() }),
    otherAudience: await sign({ roles: ['platform_admin'] }, { audience: 'someone-else' }),
    otherIssuer: await sign({ roles: ['platform_admin'] }, { issuer: 'https://evil.example' }),
    noSubject: await sign({ roles: ['platform_admin'] }, { sub: null }),
    rolesAsString: await sign({ roles: 'platform_admin association_admin', org: ours.association }),
    unknownRoles: await sign({ roles: ['root', 'admin', '__proto__'], org: ours.association }),
    orgNotAString: await sign({ roles: ['association_admin'], org: { id: ours.association } }),
    algNone: `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: 'fuzz', roles: ['platform_admin'], iss: TEST_ISSUER, aud: TEST_AUDIENCE, exp: 4102444800 })}.`,
  };
}
