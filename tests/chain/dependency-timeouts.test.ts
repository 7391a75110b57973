import { createRpcProvider } from '@ayni/chain';
import { createKmsSigner } from '@ayni/provenance/kms-signer';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Every call to a dependency gives up in bounded time. Played for real with a server that accepts
 * connections and reads requests but never answers (a black-holed endpoint).
 */
let silent: { url: string; close(): Promise<void> };

beforeAll(async () => {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  silent = {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
});
afterAll(() => silent?.close());

describe('a dependency that accepts but never answers', () => {
  it('fails a chain RPC call after the provider’s request timeout, not ethers’ 5 minutes', async () => {
    const provider = createRpcProvider(silent.url, { chainId: 31337, requestTimeoutMs: 400 });
    const started = performance.now();
    await expect(provider.getBlockNumber()).rejects.toThrow(/timeout/i);
    expect(performance.now() - started).toBeLessThan(5_000);
    provider.destroy();
  });

  it('fails a KMS call after its attempts run out, each bounded by the request timeout', async () => {
    const started = performance.now();
    await expect(createKmsSigner({ keyId: 'alias/ayni-anchorer', region: 'us-east-1', endpoint: silent.url, requestTimeoutMs: 300 })).rejects.toThrow(
      /timeout/i,
    );
    // 3 attempts of 300 ms plus the SDK's backoff between them.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
