import { KMSClient } from '@aws-sdk/client-kms';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { catalogDomain } from '@ayni/catalog';
import { cachedSecretBox, endpointSecretContext, kmsSecretBox, localSecretBox, webhooksDomain, webhooksKeys } from '@ayni/webhooks';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api.js';
import { createMarket, postWithKey } from '../orders/fixtures.js';
import { rawItem } from '../events/support.js';

const context = endpointSecretContext({ orgId: 'org_01JD3Z9Q4X8V6T2M1N0P5R7S9W', id: 'whe_01JD3Z9Q4X8V6T2M1N0P5R7S9W' });
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('the local secret box (AES-256-GCM)', () => {
  const box = localSecretBox(randomBytes(32));

  it('opens what it sealed, under the same context only; every seal differs; a tampered one fails', async () => {
    const sealed = await box.seal(SECRET, context);
    const again = await box.seal(SECRET, context);
    expect(sealed).toMatch(/^local:v1:[A-Za-z0-9+/=]+$/);
    expect(sealed).not.toContain(SECRET.slice(6));
    expect(again).not.toBe(sealed);
    expect(await box.open(sealed, context)).toBe(SECRET);
    await expect(box.open(sealed, { ...context, endpointId: 'whe_other' })).rejects.toThrow();
    await expect(localSecretBox(randomBytes(32)).open(sealed, context)).rejects.toThrow();
    const bytes = Buffer.from(sealed.slice('local:v1:'.length), 'base64');
    bytes[bytes.length - 1]! ^= 1;
    await expect(box.open(`local:v1:${bytes.toString('base64')}`, context)).rejects.toThrow();
    // A secret stored before sealing is read as it is.
    expect(await box.open(SECRET, context)).toBe(SECRET);
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => localSecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});

/**
 * A stand-in for KMS on a local socket, speaking its JSON protocol (`X-Amz-Target:
 * TrentService.Encrypt` / `Decrypt`, `application/x-amz-json-1.1`): what the production adapter sends
 * is checked field by field, and a ciphertext opens only under the key and context it was made with.
 */
async function fakeKms() {
  const requests: Array<{ headers: IncomingHttpHeaders; body: Record<string, unknown> }> = [];
  const master = randomBytes(32);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, any>;
      requests.push({ headers: req.headers, body });
      const answer = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify(json));
      };
      const aad = Buffer.from(JSON.stringify([body.KeyId, body.EncryptionContext]));
      if (req.headers['x-amz-target'] === 'TrentService.Encrypt') {
        const iv = randomBytes(12);
        const cipher = createCipheriv('aes-256-gcm', master, iv).setAAD(aad);
        const sealed = Buffer.concat([iv, cipher.update(Buffer.from(body.Plaintext, 'base64')), cipher.final(), cipher.getAuthTag()]);
        return answer(200, { CiphertextBlob: sealed.toString('base64'), KeyId: body.KeyId, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
      }
      if (req.headers['x-amz-target'] === 'TrentService.Decrypt') {
        try {
          const blob = Buffer.from(body.CiphertextBlob, 'base64');
          const decipher = createDecipheriv('aes-256-gcm', master, blob.subarray(0, 12)).setAAD(aad);
          decipher.setAuthTag(blob.subarray(blob.length - 16));
          const plain = Buffer.concat([decipher.update(blob.subarray(12, blob.length - 16)), decipher.final()]);
          return answer(200, { Plaintext: plain.toString('base64'), KeyId: body.KeyId, EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
        } catch {
          return answer(400, { __type: 'InvalidCiphertextException', message: 'invalid ciphertext' });
        }
      }
      return answer(400, { __type: 'UnknownOperationException' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const client = new KMSClient({
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: 1,
  });
  return { client, requests };
}

describe('the KMS secret box (the production adapter), on KMS’s wire protocol', () => {
  const KEY = 'arn:aws:kms:us-east-1:123456789012:key/0f3c1c55-2a4d-4f8e-9c1e-5d6f7a8b9c0d';

  it('sends Encrypt and Decrypt with the key, the secret and the encryption context, and opens under the same context only', async () => {
    // Prepare
    const kms = await fakeKms();
    const box = kmsSecretBox(kms.client, KEY);

    // Act
    const sealed = await box.seal(SECRET, context);
    const opened = await box.open(sealed, context);

    // Assert
    expect(sealed).toMatch(/^kms:v1:[A-Za-z0-9+/=]+$/);
    expect(opened).toBe(SECRET);
    const [encrypt, decrypt] = kms.requests;
    expect(encrypt!.headers['x-amz-target']).toBe('TrentService.Encrypt');
    expect(encrypt!.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(encrypt!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=test\/\d{8}\/us-east-1\/kms\/aws4_request/);
    expect(encrypt!.body).toEqual({
      KeyId: KEY,
      Plaintext: Buffer.from(SECRET).toString('base64'),
      EncryptionContext: { endpointId: context.endpointId, orgId: context.orgId, purpose: 'ayni-webhook-secret' },
    });
    expect(decrypt!.headers['x-amz-target']).toBe('TrentService.Decrypt');
    expect(decrypt!.body).toEqual({ KeyId: KEY, CiphertextBlob: sealed.slice('kms:v1:'.length), EncryptionContext: encrypt!.body.EncryptionContext });
    await expect(box.open(sealed, { ...context, orgId: 'org_other' })).rejects.toThrow(/invalid ciphertext/);
    await expect(box.open('local:v1:AAAA', context)).rejects.toThrow(/not a secret sealed by KMS/);
  });

  it('asks KMS once per secret while the cache keeps it, and again when it expired', async () => {
    // Prepare
    const kms = await fakeKms();
    let now = 0;
    const box = cachedSecretBox(kmsSecretBox(kms.client, KEY), { ttlMs: 60_000, now: () => now });
    const sealed = await box.seal(SECRET, context);

    // Act
    for (let i = 0; i < 5; i++) expect(await box.open(sealed, context)).toBe(SECRET);
    now += 61_000;
    expect(await box.open(sealed, context)).toBe(SECRET);

    // Assert: one Encrypt, then one Decrypt, then one more after the expiry.
    expect(kms.requests.map((r) => r.headers['x-amz-target'])).toEqual(['TrentService.Encrypt', 'TrentService.Decrypt', 'TrentService.Decrypt']);
  });
});

describe('endpoint secrets in the table', () => {
  it('are stored sealed, never in the clear, not even in the idempotency record, whose replay still answers the secret', async () => {
    // Prepare
    const api = await createTestApi([catalogDomain, webhooksDomain], { env: { WEBHOOKS_ALLOW_LOOPBACK_HTTP: 'true' } });
    const market = await createMarket(api);
    const body = { url: 'http://127.0.0.1:9/hooks', eventTypes: ['order.placed'] };

    // Act
    const created = await postWithKey(api, `/v1/orgs/${market.association.id}/webhooks`, market.admin, body, 'key-create-1');
    const replayed = await postWithKey(api, `/v1/orgs/${market.association.id}/webhooks`, market.admin, body, 'key-create-1');
    const rotated = await postWithKey(api, `/v1/orgs/${market.association.id}/webhooks/${created.body.id}/rotate-secret`, market.admin, { graceHours: 1 });

    // Assert
    expect(created.status).toBe(201);
    expect(replayed.status).toBe(201);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect(replayed.body.secret).toBe(created.body.secret);
    expect(rotated.status).toBe(200);
    const item = await rawItem(api, webhooksKeys.endpoint(market.association.id, created.body.id));
    expect(item!.secret).toMatch(/^local:v1:/);
    expect(item!.previousSecret).toMatch(/^local:v1:/);
    const { store } = api.runtime;
    const { Items } = await store.doc.send(new ScanCommand({ TableName: store.tableName, ConsistentRead: true }));
    const table = JSON.stringify(Items);
    for (const secret of [created.body.secret, rotated.body.secret] as string[]) {
      expect(secret).toMatch(/^whsec_/);
      expect(table).not.toContain(secret);
      expect(table).not.toContain(secret.slice('whsec_'.length));
    }
  });
});
