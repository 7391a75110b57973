/**
 * Which Lambda serves which routes, and who may call each route at the gateway.
 * The CDK stack builds one function per entry and one HTTP API route per RouteSpec;
 * `public: false` routes get the Cognito JWT authorizer, `public: true` routes get none.
 */
import { API_PREFIX } from '@ayni/api';
import { catalogRoutes } from '@ayni/catalog';
import { loanRoutes } from '@ayni/loans';
import { ordersRoutes } from '@ayni/orders';
import { provenancePageRoutes, provenanceRoutes } from '@ayni/provenance';
import { webhookRoutes } from '@ayni/webhooks';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec {
  readonly method: HttpMethod;
  /** API Gateway path syntax, e.g. `/v1/orgs/{orgId}/products`. */
  readonly path: string;
  readonly public: boolean;
  /** The route's own limit, lower than the stage's (`x-ayni-throttle` of its definition). */
  readonly throttle?: { readonly rateLimit: number; readonly burstLimit: number };
}

export interface LambdaSpec {
  /** Domain name, e.g. `platform`, `catalog`; also the function's logical id stem. */
  readonly name: string;
  /** Path of the handler module from the repository root, exporting `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly routes: readonly RouteSpec[];
  /** A job: an EventBridge schedule expression (`rate(5 minutes)`, `cron(0 6 * * ? *)`) invoking it. */
  readonly schedule?: { readonly expression: string; readonly description: string };
  /** Defaults to 10 s; jobs that wait for a chain need longer. */
  readonly timeoutSeconds?: number;
  /** Gets the chain settings (CHAIN_RPC_URL, CHAIN_ID, ANCHOR_CONTRACT_ADDRESS). */
  readonly chain?: boolean;
  /** May sign anchoring transactions with the KMS secp256k1 key (kms:Sign, kms:GetPublicKey). */
  readonly anchorSigner?: boolean;
  /** Reserved concurrency: 1 for a job that must never run twice at once. */
  readonly reservedConcurrency?: number;
  /**
   * Invoked by the table's DynamoDB stream, for the records whose new image carries an outbox event
   * (`outbox.id`), with partial batch responses, bisection, bounded retries and a failure queue
   * (infra/lib/outbox-stream.ts).
   */
  readonly tableStream?: 'outbox-events';
  /**
   * Gets the webhook queues' URLs (WEBHOOK_QUEUE_URL, WEBHOOK_DEAD_LETTER_QUEUE_URL: with both set the
   * app uses SQS) and may send delivery jobs to the delivery queue (sqs:SendMessage on it, nothing else).
   */
  readonly webhookQueue?: true;
  /**
   * Invoked by the webhook delivery queue (SQS, partial batch responses); may also send to its
   * dead-letter queue, where it puts the deliveries whose attempts are used up. Needs `webhookQueue`.
   */
  readonly queue?: 'webhook-deliveries';
  /**
   * Uses the webhook secrets key (WEBHOOK_SECRETS_KMS_KEY_ID): `seal` new secrets and the answers
   * that carry them (Encrypt, Decrypt), or only `open` endpoint secrets to sign (Decrypt).
   */
  readonly webhookSecrets?: 'seal' | 'open';
}

interface RouteDefinition {
  readonly method: string;
  readonly path: string;
  readonly 'x-ayni-access'?: { readonly kind: string };
  readonly 'x-ayni-throttle'?: { readonly rateLimit: number; readonly burstLimit: number };
}

/**
 * Gateway routes of a domain, derived from its route definitions: the same access rule that guards a
 * route in the app decides whether API Gateway puts the JWT authorizer in front of it.
 */
export function routesOf(definitions: Readonly<Record<string, RouteDefinition>>, prefix = API_PREFIX): RouteSpec[] {
  return Object.values(definitions).map((route) => {
    const access = route['x-ayni-access'];
    if (!access) throw new Error(`route ${route.method} ${route.path} declares no access rule`);
    const throttle = route['x-ayni-throttle'];
    return {
      method: route.method.toUpperCase() as HttpMethod,
      path: `${prefix}${route.path}`,
      public: access.kind === 'public',
      ...(throttle ? { throttle: { rateLimit: throttle.rateLimit, burstLimit: throttle.burstLimit } } : {}),
    };
  });
}

export const lambdas: readonly LambdaSpec[] = [
  {
    name: 'platform',
    entry: 'functions/platform.ts',
    description: 'Health, OpenAPI document and API docs page',
    chain: true,
    routes: [
      { method: 'GET', path: '/health', public: true },
      { method: 'GET', path: '/health/live', public: true },
      { method: 'GET', path: '/openapi.json', public: true },
      { method: 'GET', path: '/docs', public: true },
      { method: 'GET', path: '/docs/{asset}', public: true },
      { method: 'GET', path: '/problems', public: true },
      { method: 'GET', path: '/problems/{code}', public: true },
    ],
  },
  {
    name: 'catalog',
    entry: 'functions/catalog.ts',
    description: 'Organisations, members, products, lots and the public catalog',
    routes: routesOf(catalogRoutes),
  },
  {
    name: 'orders',
    entry: 'functions/orders.ts',
    description: 'Agreements, orders, invoices, sales ledger, standing orders',
    routes: routesOf(ordersRoutes),
  },
  {
    name: 'standing-orders',
    entry: 'functions/standing-orders.ts',
    description: 'Turns standing orders into orders (idempotent per template and delivery date)',
    routes: [],
    schedule: { expression: 'cron(0 10 * * ? *)', description: 'Standing orders for deliveries STANDING_ORDERS_DAYS_AHEAD days ahead (05:00 in Lima)' },
    timeoutSeconds: 300,
  },
  {
    name: 'orders-expiry',
    entry: 'functions/orders-expiry.ts',
    description: 'Expires unconfirmed orders and releases their stock',
    routes: [],
    schedule: { expression: 'rate(15 minutes)', description: 'Expire placed orders past their confirmation deadline' },
    timeoutSeconds: 120,
  },
  {
    name: 'provenance',
    entry: 'functions/provenance.ts',
    description: 'Provenance events, proof bundles, QR codes, EPCIS and the public page',
    routes: [...routesOf(provenanceRoutes), ...routesOf(provenancePageRoutes, '')],
    chain: true,
  },
  {
    name: 'anchor',
    entry: 'functions/anchor.ts',
    description: 'Anchors pending provenance events: one Merkle root per batch, one transaction per batch',
    routes: [],
    schedule: { expression: 'rate(5 minutes)', description: 'Anchor pending provenance events' },
    // Under the job's own 5-minute lease, so a run never outlives it.
    timeoutSeconds: 180,
    anchorSigner: true,
    reservedConcurrency: 1,
  },
  {
    name: 'loans',
    entry: 'functions/loans.ts',
    description: 'FREES revolving fund: funds, ledger, loans, repayments, metrics',
    routes: routesOf(loanRoutes),
  },
  {
    name: 'loans-arrears',
    entry: 'functions/loans-arrears.ts',
    description: 'Daily arrears recomputation of every fund (idempotent per business date)',
    routes: [],
    // 06:00 UTC is 01:00 in Lima and La Paz: the business day before has ended everywhere.
    schedule: { expression: 'cron(0 6 * * ? *)', description: 'Recompute arrears for the business date' },
    timeoutSeconds: 300,
  },
  {
    name: 'webhooks',
    entry: 'functions/webhooks.ts',
    description: 'Webhook endpoints of an organisation, their deliveries, pings and redeliveries',
    routes: routesOf(webhookRoutes),
    webhookQueue: true,
    webhookSecrets: 'seal',
  },
  {
    name: 'webhooks-dispatcher',
    entry: 'functions/webhooks-dispatcher.ts',
    description: 'Turns outbox events of the table stream into webhook delivery jobs on SQS',
    routes: [],
    tableStream: 'outbox-events',
    webhookQueue: true,
    // A batch of up to 100 records, each a few table reads and one SQS batch.
    timeoutSeconds: 60,
  },
  {
    name: 'webhooks-delivery',
    entry: 'functions/webhooks-delivery.ts',
    description: 'Delivers webhook jobs from SQS: one signed POST each, retries re-queued with backoff',
    routes: [],
    queue: 'webhook-deliveries',
    webhookQueue: true,
    webhookSecrets: 'open',
    // Up to 10 jobs in parallel, each attempt bounded at 10 s.
    timeoutSeconds: 30,
  },
];
