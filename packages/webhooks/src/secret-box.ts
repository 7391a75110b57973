import { DecryptCommand, EncryptCommand, type KMSClient } from '@aws-sdk/client-kms';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Endpoint signing secrets at rest. The table holds a secret only sealed: by a KMS key in AWS (the
 * stack's `WebhookSecretsKey`; each secret is one `Encrypt`, bound to its endpoint by the
 * encryption context), or locally by AES-256-GCM under a key kept outside the table (`npm start`
 * keeps it under DATA_DIR). Whoever reads the table, a backup or an export learns no secret; what
 * opens them is the key, whose use is logged by KMS and granted only to the functions that sign.
 */
export interface SecretBox {
  seal(secret: string, context: SecretContext): Promise<string>;
  open(sealed: string, context: SecretContext): Promise<string>;
}

/**
 * What a sealed value is bound to (KMS's encryption context; the authenticated data locally): opened
 * under another context (another endpoint, another purpose), it fails.
 */
export type SecretContext = Readonly<Record<string, string>>;

/** The context of an endpoint's signing secret. */
export const endpointSecretContext = (endpoint: { orgId: string; id: string }): SecretContext => ({
  purpose: 'ayni-webhook-secret',
  orgId: endpoint.orgId,
  endpointId: endpoint.id,
});

/** The context of a stored response that carries a secret (an idempotency record). */
export const storedResponseContext: SecretContext = { purpose: 'ayni-idempotent-response' };

const KMS_PREFIX = 'kms:v1:';
const LOCAL_PREFIX = 'local:v1:';
/** Secrets written before sealing (`whsec_…` in the clear) are still read as they are. */
const PLAIN_PREFIX = 'whsec_';

const contextOf = (context: SecretContext): Record<string, string> => Object.fromEntries(Object.entries(context).sort(([a], [b]) => a.localeCompare(b)));

/** Seals with a KMS key (a key id or ARN); opening passes the key id too, so a ciphertext of another key is refused. */
export function kmsSecretBox(client: KMSClient, keyId: string): SecretBox {
  return {
    async seal(secret, context) {
      const { CiphertextBlob } = await client.send(
        new EncryptCommand({ KeyId: keyId, Plaintext: Buffer.from(secret, 'utf8'), EncryptionContext: contextOf(context) }),
      );
      if (!CiphertextBlob) throw new Error('KMS Encrypt returned no ciphertext');
      return KMS_PREFIX + Buffer.from(CiphertextBlob).toString('base64');
    },
    async open(sealed, context) {
      if (sealed.startsWith(PLAIN_PREFIX)) return sealed;
      if (!sealed.startsWith(KMS_PREFIX)) throw new Error('not a secret sealed by KMS');
      const { Plaintext } = await client.send(
        new DecryptCommand({ KeyId: keyId, CiphertextBlob: Buffer.from(sealed.slice(KMS_PREFIX.length), 'base64'), EncryptionContext: contextOf(context) }),
      );
      if (!Plaintext) throw new Error('KMS Decrypt returned no plaintext');
      return Buffer.from(Plaintext).toString('utf8');
    },
  };
}

/** Seals with AES-256-GCM under a 32-byte key; the context is the authenticated data. */
export function localSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new RangeError('the local secrets key must be 32 bytes');
  const aad = (context: SecretContext) => Buffer.from(JSON.stringify(contextOf(context)), 'utf8');
  return {
    async seal(secret, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aad(context));
      const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return LOCAL_PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    async open(sealed, context) {
      if (sealed.startsWith(PLAIN_PREFIX)) return sealed;
      if (!sealed.startsWith(LOCAL_PREFIX)) throw new Error('not a secret sealed by the local key');
      const bytes = Buffer.from(sealed.slice(LOCAL_PREFIX.length), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12)).setAAD(aad(context));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * Keeps what was opened for a while (a KMS `Decrypt` per delivery would be a call and a charge
 * each): at most `size` secrets, each for `ttlMs`, in this process only.
 */
export function cachedSecretBox(box: SecretBox, options: { size?: number; ttlMs?: number; now?: () => number } = {}): SecretBox {
  const size = options.size ?? 256;
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  const opened = new Map<string, { secret: string; until: number }>();
  return {
    seal: (secret, context) => box.seal(secret, context),
    async open(sealed, context) {
      const key = `${JSON.stringify(contextOf(context))}\u0000${sealed}`;
      const hit = opened.get(key);
      if (hit && hit.until > now()) return hit.secret;
      const secret = await box.open(sealed, context);
      opened.delete(key);
      if (opened.size >= size) opened.delete(opened.keys().next().value!);
      opened.set(key, { secret, until: now() + ttlMs });
      return secret;
    },
  };
}

/** Whether a stored secret is sealed (a secret in the clear was written before sealing). */
export const isSealed = (stored: string) => stored.startsWith(KMS_PREFIX) || stored.startsWith(LOCAL_PREFIX);
