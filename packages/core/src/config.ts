import * as z from 'zod';
import { ConfigError } from './errors.js';

const port = z.coerce.number().int().min(0).max(65535);
const url = z.url();
const hexKey = z.string().regex(/^0x[0-9a-fA-F]{64}$/, 'must be a 0x-prefixed 32-byte hex private key');
const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'must be a 0x-prefixed 20-byte hex address');

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `<chainId>=<url>[,<url>…][;<chainId>=…]` into the URLs per chain id (decimal string keys). A
 * visitor's browser calls these, so each must be https (plain http only on a loopback host, for the
 * local node) and carry no credentials.
 */
const publicRpcUrls = z.string().transform((text, ctx): Record<string, string[]> => {
  const byChain: Record<string, string[]> = {};
  for (const entry of text.split(';').map((part) => part.trim())) {
    if (!entry) continue;
    const match = /^(\d{1,12})\s*=\s*(.+)$/.exec(entry);
    if (!match || Number(match[1]) < 1) {
      ctx.addIssue({ code: 'custom', message: `"${entry}" is not <chainId>=<url>[,<url>…]` });
      continue;
    }
    const chainId = String(Number(match[1]));
    for (const raw of match[2]!.split(',').map((u) => u.trim())) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(raw);
      } catch {
        parsed = undefined;
      }
      const allowed = parsed && (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname)));
      if (!parsed || !allowed || parsed.username || parsed.password) {
        ctx.addIssue({ code: 'custom', message: `chain ${chainId}: "${raw}" must be an https URL without credentials (http only on localhost)` });
        continue;
      }
      byChain[chainId] = [...(byChain[chainId] ?? []), raw];
    }
  }
  return byChain;
});

/**
 * Every environment variable Ayni reads, parsed once. Defaults are the embedded local shape
 * (`npm start`); production sets the values the CDK stack passes to each Lambda.
 */
export const configSchema = z.object({
  /** Port of the local HTTP server (`npm start`). */
  PORT: port.default(3000),
  /** Where the local stack keeps DynamoDB Local's files, the local JWT key and the chain signer key. */
  DATA_DIR: z.string().min(1).default('.data'),
  TABLE_NAME: z
    .string()
    .min(3)
    .max(255)
    .regex(/^[a-zA-Z0-9_.-]+$/)
    .default('ayni'),
  AWS_REGION: z.string().min(1).default('us-east-1'),
  /** Points the AWS SDK at DynamoDB Local; unset in production. */
  AWS_ENDPOINT_URL_DYNAMODB: url.optional(),
  /** Longest wait for DynamoDB to answer one call (ms); opening a connection may take up to 2 s more. */
  DYNAMODB_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(1_000),
  /** Attempts in all for one DynamoDB call (the SDK's retries); with the timeout, bounds a silent database. */
  DYNAMODB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(2),
  /** Port DynamoDB Local listens on in `npm start`. */
  DYNAMODB_LOCAL_PORT: port.default(8000),
  /** `local`: the server verifies JWTs signed by the local key; `gateway`: API Gateway verified them. */
  AUTH_MODE: z.enum(['local', 'gateway']).default('local'),
  AUTH_ISSUER: z.string().min(1).default('https://auth.ayni.local'),
  AUTH_AUDIENCE: z.string().min(1).default('ayni-api'),
  /** JSON-RPC endpoint of the anchoring chain; unset locally means `npm start` runs its own node. */
  CHAIN_RPC_URL: url.optional(),
  CHAIN_ID: z.coerce.number().int().positive().optional(),
  ANCHOR_CONTRACT_ADDRESS: address.optional(),
  /** Private key of the anchorer for a remote testnet (local stack: generated under DATA_DIR). */
  ANCHOR_SIGNER_KEY: hexKey.optional(),
  /** KMS key (secp256k1) that signs anchoring transactions in AWS; set by the CDK stack. */
  ANCHOR_KMS_KEY_ID: z.string().min(1).optional(),
  /**
   * Most events in one anchoring batch (one transaction, one Merkle root). Batches are cut from what
   * is pending at each run, so the cap only binds on a backlog: 10,000 costs ≈ 3 gas per record
   * (≈ 30 at 1,000) for 14-sibling proofs; the batch's members are chunked across items.
   */
  ANCHOR_MAX_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(10_000),
  /** Confirmations counted as final where the node has no `finalized` block tag. */
  ANCHOR_CONFIRMATIONS: z.coerce.number().int().min(1).max(1000).default(3),
  /** `tag`: the chain's `finalized` block (falling back to confirmations); `confirmations`: only those. */
  ANCHOR_FINALITY: z.enum(['tag', 'confirmations']).default('tag'),
  /** Blocks per eth_getLogs request when looking for an anchor (public RPCs limit the range). */
  ANCHOR_LOG_CHUNK: z.coerce.number().int().min(1).default(10_000),
  /**
   * Public JSON-RPC endpoints per chain id that a visitor's browser asks, from the public lot page,
   * for the anchor's log: `11155111=https://rpc-a.example,https://rpc-b.example;80002=https://…`.
   * Every visitor receives them and the page's Content-Security-Policy allows exactly their origins,
   * so never put a keyed or private endpoint here (CHAIN_RPC_URL is the anchorer's own). A chain
   * without one: the page says its check is "as reported by Ayni". `npm start` adds its local node.
   */
  CHAIN_PUBLIC_RPC_URLS: publicRpcUrls.default({}),
  /** Port of the local EVM node started by `npm start`. */
  EVM_PORT: port.default(8545),
  /** Base URL printed in QR codes and links; defaults to http://localhost:PORT. */
  PUBLIC_BASE_URL: url.optional(),
  /**
   * Where anyone can read the committed deployments registry (e.g. the repository's
   * `packages/verify/deployments.json` on its code host); bundles and the page link to it so that the
   * contract they name can be compared with it.
   */
  ANCHOR_REGISTRY_URL: url.optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** How long a stored Idempotency-Key response is kept. */
  IDEMPOTENCY_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  /** Hours a placed order waits for the association's confirmation before it expires. */
  ORDER_CONFIRMATION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(48),
  /** Days ahead of the delivery date that the standing-order job creates orders. */
  STANDING_ORDERS_DAYS_AHEAD: z.coerce.number().int().min(0).max(14).default(2),
  /**
   * Local stack and tests only: webhook endpoints may be `http://` on a loopback address (a receiver
   * on the same machine). In AWS every endpoint must be public `https://`.
   */
  WEBHOOKS_ALLOW_LOOPBACK_HTTP: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** SQS queue of webhook delivery jobs, and its dead-letter queue; set by the CDK stack. */
  WEBHOOK_QUEUE_URL: url.optional(),
  WEBHOOK_DEAD_LETTER_QUEUE_URL: url.optional(),
  /** The KMS key that seals webhook signing secrets at rest; set by the CDK stack. */
  WEBHOOK_SECRETS_KMS_KEY_ID: z.string().min(1).optional(),
  /**
   * Local stack only: the AES-256 key (base64, 32 bytes) that seals webhook signing secrets when no
   * KMS key is set (`npm start` keeps one under DATA_DIR). Neither set, outside Lambda: a key for
   * this process only (tests).
   */
  WEBHOOK_SECRETS_KEY: z
    .string()
    .refine((text) => Buffer.from(text, 'base64').length === 32, 'must be 32 bytes, base64')
    .optional(),
  /**
   * Local stack only: the instant `npm start` takes as "now" when it starts (the clock then runs at
   * real speed), e.g. `CLOCK_START=2028-02-29T06:00:00Z npm start`. Unset: the machine's clock.
   */
  CLOCK_START: z.iso.datetime({ offset: true }).optional(),
});

export type Config = z.infer<typeof configSchema>;

/** Parses the environment; a bad or missing value throws a ConfigError that names each variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  const names = result.error.issues.map((issue) => String(issue.path[0]));
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`, names);
}
