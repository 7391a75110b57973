import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, rename } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';

/**
 * The local EVM node keeps its state in memory, while DynamoDB Local keeps Ayni's records on disk.
 * To make a restarted node hold the same chain (same transactions, hashes, blocks and contract
 * addresses, so recorded anchors still verify), every transaction that reaches the node through
 * this journaling proxy is appended to a journal, and a fresh node replays the journal in order
 * with the original block timestamps before serving anything else.
 */
export interface JournalEntry {
  readonly raw: string;
  readonly hash: string;
  readonly blockNumber: number;
  readonly transactionIndex: number;
  /** Block timestamp, seconds. */
  readonly timestamp: number;
}

interface RpcRequest {
  jsonrpc: '2.0';
  id?: number | string | null;
  method: string;
  params?: unknown[];
}

interface RpcResponse {
  id?: number | string | null;
  result?: unknown;
  error?: { code: number; message: string };
}

let nextId = 1;

export async function rpc<T>(url: string, method: string, params: unknown[] = []): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params }),
    signal: AbortSignal.timeout(30_000),
  });
  const reply = (await response.json()) as RpcResponse;
  if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
  return reply.result as T;
}

export async function readJournal(path: string): Promise<JournalEntry[]> {
  if (!existsSync(path)) return [];
  const lines = (await readFile(path, 'utf8')).split('\n').filter((line) => line.trim());
  return lines.map((line) => JSON.parse(line) as JournalEntry).sort((a, b) => a.blockNumber - b.blockNumber || a.transactionIndex - b.transactionIndex);
}

/** When the node must begin for the journal to replay: just before the first journaled block. */
export function genesisFor(entries: readonly JournalEntry[]): Date | undefined {
  const first = entries[0];
  return first ? new Date((first.timestamp - 1) * 1000) : undefined;
}

export class JournalReplayFailed extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JournalReplayFailed';
  }
}

/**
 * Replays journaled transactions into a fresh node started at `genesisFor(entries)`: each one in its
 * own block at its original timestamp, so it gets its original hash and block number.
 */
export async function replayJournal(nodeUrl: string, entries: readonly JournalEntry[]): Promise<number> {
  for (const entry of entries) {
    try {
      await rpc(nodeUrl, 'evm_setNextBlockTimestamp', [entry.timestamp]);
      const hash = await rpc<string>(nodeUrl, 'eth_sendRawTransaction', [entry.raw]);
      if (hash !== entry.hash) throw new Error(`replayed ${entry.hash} as ${hash}`);
      const receipt = await rpc<{ blockNumber: string } | null>(nodeUrl, 'eth_getTransactionReceipt', [hash]);
      if (!receipt || Number(receipt.blockNumber) !== entry.blockNumber) {
        throw new Error(`${hash} landed in block ${receipt?.blockNumber}, journaled in ${entry.blockNumber}`);
      }
    } catch (cause) {
      throw new JournalReplayFailed(`the chain journal could not be replayed at block ${entry.blockNumber}`, { cause });
    }
  }
  // Blocks from now on carry the present time again.
  if (entries.length > 0) await rpc(nodeUrl, 'evm_setNextBlockTimestamp', [Math.max(Math.floor(Date.now() / 1000), entries.at(-1)!.timestamp + 1)]);
  return entries.length;
}

/** Moves a journal that cannot be replayed out of the way (kept for inspection). */
export async function setJournalAside(path: string): Promise<string> {
  const aside = `${path}.unreplayable-${Date.now()}`;
  await rename(path, aside);
  return aside;
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface JournalingProxy {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * A JSON-RPC proxy in front of the node that journals each accepted `eth_sendRawTransaction`
 * (the node mines on arrival, so the receipt is there as soon as the call returns).
 */
export async function startJournalingProxy(options: { nodeUrl: string; journalPath: string; host?: string; port?: number }): Promise<JournalingProxy> {
  await mkdir(dirname(options.journalPath), { recursive: true });
  let writes = Promise.resolve();
  const journal = async (raw: string, hash: string) => {
    const receipt = await rpc<{ blockNumber: string; blockHash: string; transactionIndex: string } | null>(options.nodeUrl, 'eth_getTransactionReceipt', [
      hash,
    ]);
    if (!receipt) return;
    const block = await rpc<{ timestamp: string }>(options.nodeUrl, 'eth_getBlockByHash', [receipt.blockHash, false]);
    const entry: JournalEntry = {
      raw,
      hash,
      blockNumber: Number(receipt.blockNumber),
      transactionIndex: Number(receipt.transactionIndex),
      timestamp: Number(block.timestamp),
    };
    writes = writes.then(() => appendFile(options.journalPath, `${JSON.stringify(entry)}\n`));
    await writes;
  };

  const server: Server = createServer(async (request, response) => {
    try {
      const text = await body(request);
      const upstream = await fetch(options.nodeUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: text,
      });
      const replyText = await upstream.text();
      const requests = ([] as RpcRequest[]).concat(JSON.parse(text) as RpcRequest | RpcRequest[]);
      const replies = ([] as RpcResponse[]).concat(JSON.parse(replyText) as RpcResponse | RpcResponse[]);
      for (const call of requests.filter((r) => r.method === 'eth_sendRawTransaction')) {
        const reply = replies.find((r) => r.id === call.id);
        if (reply && typeof reply.result === 'string' && typeof call.params?.[0] === 'string') {
          await journal(call.params[0], reply.result);
        }
      }
      response.writeHead(upstream.status, { 'content-type': 'application/json' }).end(replyText);
    } catch (error) {
      response
        .writeHead(502, { 'content-type': 'application/json' })
        .end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32603, message: `proxy: ${(error as Error).message}` } }));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
