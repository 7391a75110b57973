import {
  Contract,
  ContractFactory,
  FetchRequest,
  Interface,
  JsonRpcProvider,
  type BaseContract,
  type BaseContractMethod,
  type BigNumberish,
  type BytesLike,
  type ContractRunner,
  type ContractTransactionResponse,
  type Log,
  type Provider,
  type Signer,
  type TransactionReceipt,
} from 'ethers';
import { anchorAbi, anchorBytecode } from './artifact.js';

let builtInterface: Interface | undefined;

/**
 * The contract's ABI as an ethers `Interface`, built on first use rather than at module load: a
 * module-level `new Interface(...)` is a side effect esbuild must keep, which pulled ethers and the
 * ABI into every Lambda that imports `@ayni/chain` only for its health check (ADR 0011).
 */
function abiInterface(): Interface {
  builtInterface ??= new Interface(anchorAbi);
  return builtInterface;
}

/** The topic of the `Anchored` event (computed once, on first use). */
function anchoredTopic(): string {
  return abiInterface().getEvent('Anchored')!.topicHash;
}

/** Forwards every property to the lazily built Interface (methods bound to it: ethers uses private fields). */
function lazyInterface(): Interface {
  return new Proxy({} as Interface, {
    get: (_target, key) => {
      const target = abiInterface();
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    has: (_target, key) => Reflect.has(abiInterface(), key),
  });
}

export const anchorInterface: Interface = /* @__PURE__ */ lazyInterface();

/** Typed view of the deployed contract (the ABI is fixed, so no codegen is needed). */
export interface AnchorContract extends BaseContract {
  owner: BaseContractMethod<[], string, string>;
  isAnchorer: BaseContractMethod<[account: string], boolean, boolean>;
  nextSeq: BaseContractMethod<[account: string], bigint, bigint>;
  anchor: BaseContractMethod<[root: BytesLike, batchId: BytesLike, seq: BigNumberish, count: BigNumberish], boolean, ContractTransactionResponse>;
  setAnchorer: BaseContractMethod<[account: string, authorised: boolean], void, ContractTransactionResponse>;
  transferOwnership: BaseContractMethod<[newOwner: string], void, ContractTransactionResponse>;
}

/** The `Anchored` event topic; evaluated when the module loads, dropped by esbuild when unused. */
export const anchoredEventTopic: string = /* @__PURE__ */ anchoredTopic();

export interface AnchoredEvent {
  root: string;
  batchId: string;
  /** The anchorer's batch number (0, 1, 2, ...); the contract refuses gaps and ignores repeats. */
  seq: number;
  blockNumber: number;
  transactionHash: string;
  logIndex: number;
}

export interface TxOutcome {
  txHash: string;
  blockNumber: number;
  gasUsed: bigint;
}

export class ChainTransactionError extends Error {
  constructor(
    message: string,
    readonly txHash?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ChainTransactionError';
  }
}

export interface AnchorRevert {
  name: string;
  args: unknown[];
}

/**
 * The contract's custom error behind a failed call or send (`NotAnchorer`, `RootMismatch`, ...),
 * looked up through wrapping errors' causes; null when the failure was not a contract revert.
 */
export function decodeAnchorRevert(err: unknown): AnchorRevert | null {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 8; e = e.cause, depth++) {
    const data = (e as { data?: unknown }).data;
    if (typeof data !== 'string' || data.length < 10) continue;
    try {
      const parsed = abiInterface().parseError(data);
      if (parsed) return { name: parsed.name, args: [...parsed.args] };
    } catch {
      // not one of ours; keep walking
    }
  }
  return null;
}

export interface RpcProviderOptions {
  /** Skips chain-id detection when known; otherwise it is detected once and then trusted. */
  chainId?: number;
  /** Receipt polling interval; ethers' default of 4 s is far too slow for local chains. */
  pollingIntervalMs?: number;
  /** Longest wait for one JSON-RPC answer (ethers' default is 5 minutes); default 10 s. */
  requestTimeoutMs?: number;
}

/** Attempts in all when an RPC endpoint answers 429 (ethers' default is 12, with growing pauses). */
const RPC_THROTTLE_ATTEMPTS = 3;

/** A JSON-RPC request to `rpcUrl` that gives up after `timeoutMs` and retries throttling a little. */
export function rpcRequest(rpcUrl: string, timeoutMs = 10_000): FetchRequest {
  const request = new FetchRequest(rpcUrl);
  request.timeout = timeoutMs;
  request.setThrottleParams({ maxAttempts: RPC_THROTTLE_ATTEMPTS, slotInterval: 250 });
  return request;
}

/**
 * A JsonRpcProvider suited to sending transactions. ethers caches identical requests for 250 ms by
 * default, which includes `eth_getTransactionCount`: two sends from one key within that window get
 * the same nonce, and the second fails with "nonce too low". The cache is therefore disabled. Every
 * call is bounded (requestTimeoutMs, a few throttling retries), so a black-holed node never hangs a job.
 */
export function createRpcProvider(rpcUrl: string, options: RpcProviderOptions = {}): JsonRpcProvider {
  return new JsonRpcProvider(rpcRequest(rpcUrl, options.requestTimeoutMs), options.chainId, {
    staticNetwork: true,
    cacheTimeout: -1,
    pollingInterval: options.pollingIntervalMs ?? 1_000,
  });
}

export function anchorContract(address: string, runner: ContractRunner | null = null): AnchorContract {
  return new Contract(address, anchorAbi, runner) as unknown as AnchorContract;
}

async function settle(
  response: { hash: string; wait(confirms?: number): Promise<TransactionReceipt | null> },
  what: string,
  confirmations: number,
): Promise<TransactionReceipt> {
  let receipt: TransactionReceipt | null;
  try {
    receipt = await response.wait(confirmations);
  } catch (cause) {
    throw new ChainTransactionError(`${what} failed`, response.hash, { cause });
  }
  if (!receipt) throw new ChainTransactionError(`${what}: no receipt`, response.hash);
  if (receipt.status !== 1) throw new ChainTransactionError(`${what} reverted`, response.hash);
  return receipt;
}

export interface DeployOptions {
  /** First authorised anchorer; defaults to the deployer. Pass ZeroAddress to authorise nobody. */
  anchorer?: string;
  confirmations?: number;
}

export interface DeployedAnchor extends TxOutcome {
  address: string;
}

/** Deploys AyniAnchor; the deployer becomes owner (and anchorer unless `anchorer` says otherwise). */
export async function deployAnchor(signer: Signer, options: DeployOptions = {}): Promise<DeployedAnchor> {
  const anchorer = options.anchorer ?? (await signer.getAddress());
  const factory = new ContractFactory(anchorAbi, anchorBytecode, signer);
  let response: ContractTransactionResponse | null;
  try {
    const contract = await factory.deploy(anchorer);
    response = contract.deploymentTransaction();
  } catch (cause) {
    throw new ChainTransactionError('AyniAnchor deployment was not accepted', undefined, { cause });
  }
  if (!response) throw new ChainTransactionError('AyniAnchor deployment sent no transaction');
  const receipt = await settle(response, 'AyniAnchor deployment', options.confirmations ?? 1);
  if (!receipt.contractAddress) {
    throw new ChainTransactionError('AyniAnchor deployment has no contract address', receipt.hash);
  }
  return {
    address: receipt.contractAddress,
    txHash: receipt.hash,
    blockNumber: receipt.blockNumber,
    gasUsed: receipt.gasUsed,
  };
}

/** Authorises or revokes an anchorer; `owner` must be the contract owner. */
export async function setAnchorer(contractAddress: string, owner: Signer, account: string, authorised: boolean, confirmations = 1): Promise<TxOutcome> {
  const response = await anchorContract(contractAddress, owner).setAnchorer(account, authorised);
  const receipt = await settle(response, 'setAnchorer', confirmations);
  return { txHash: receipt.hash, blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed };
}

export interface AnchorBatchInput {
  root: BytesLike;
  batchId: BytesLike;
  /** The anchorer's next batch number (`nextSeq(anchorer)`), or an earlier one to resend. */
  seq: number | bigint;
  count: number;
}

export interface AnchorBatchOutcome extends TxOutcome {
  /** Empty when the batch was already anchored with the same root (the call was a no-op). */
  events: AnchoredEvent[];
}

/**
 * Sends `anchor(root, batchId, seq, count)` and waits for it. Safe to resend after a crash: the
 * contract ignores a batch number it has already anchored for this sender (no event then; find the
 * first transaction with `findAnchoredLogs`). A batch number beyond the next one reverts already at
 * gas estimation, surfacing as a ChainTransactionError whose cause carries the decoded `OutOfOrder`.
 */
export async function anchorBatch(contractAddress: string, anchorer: Signer, input: AnchorBatchInput, confirmations = 1): Promise<AnchorBatchOutcome> {
  let response: ContractTransactionResponse;
  try {
    response = await anchorContract(contractAddress, anchorer).anchor(input.root, input.batchId, input.seq, input.count);
  } catch (cause) {
    throw new ChainTransactionError('anchor transaction was not accepted', undefined, { cause });
  }
  const receipt = await settle(response, 'anchor', confirmations);
  return {
    txHash: receipt.hash,
    blockNumber: receipt.blockNumber,
    gasUsed: receipt.gasUsed,
    events: decodeAnchoredLogs(receipt.logs, contractAddress),
  };
}

export interface AnchorCall {
  root: string;
  batchId: string;
  seq: number;
  /** The batch's record count: it is in the transaction input only, not in the log. */
  count: number;
}

/** Decodes the arguments of an `anchor(...)` transaction input; null for any other call. */
export function decodeAnchorCall(data: string): AnchorCall | null {
  try {
    const parsed = abiInterface().parseTransaction({ data });
    if (!parsed || parsed.name !== 'anchor') return null;
    return {
      root: parsed.args.getValue('root') as string,
      batchId: parsed.args.getValue('batchId') as string,
      seq: Number(parsed.args.getValue('seq')),
      count: Number(parsed.args.getValue('count')),
    };
  } catch {
    return null;
  }
}

/** Decodes the Anchored events emitted by `contractAddress` among a receipt's logs. */
export function decodeAnchoredLogs(logs: readonly Log[], contractAddress: string): AnchoredEvent[] {
  const address = contractAddress.toLowerCase();
  const events: AnchoredEvent[] = [];
  for (const log of logs) {
    if (log.address.toLowerCase() !== address || log.topics[0] !== anchoredTopic()) continue;
    const parsed = abiInterface().parseLog({ topics: [...log.topics], data: log.data });
    if (!parsed) continue;
    events.push({
      root: parsed.args.getValue('root') as string,
      batchId: parsed.args.getValue('batchId') as string,
      seq: Number(parsed.args.getValue('seq')),
      blockNumber: log.blockNumber,
      transactionHash: log.transactionHash,
      logIndex: log.index,
    });
  }
  return events;
}

/**
 * Anchored events of a mined transaction; `null` while the transaction has no receipt yet.
 * A reverted transaction yields an empty list.
 */
export async function readAnchoredLog(provider: Provider, txHash: string, contractAddress: string): Promise<AnchoredEvent[] | null> {
  const receipt = await provider.getTransactionReceipt(txHash);
  if (!receipt) return null;
  return decodeAnchoredLogs(receipt.logs, contractAddress);
}

/**
 * Anchored events of `contractAddress` for a batch id (an indexed topic) between two blocks, read
 * with eth_getLogs in windows of `chunk` blocks (public RPCs cap the range of one call).
 */
export async function findAnchoredLogs(
  provider: Provider,
  contractAddress: string,
  filter: { batchId: string; root?: string; fromBlock: number; toBlock?: number; chunk?: number },
): Promise<AnchoredEvent[]> {
  const toBlock = filter.toBlock ?? (await provider.getBlockNumber());
  const chunk = Math.max(1, filter.chunk ?? 10_000);
  const found: AnchoredEvent[] = [];
  for (let from = Math.max(0, filter.fromBlock); from <= toBlock; from += chunk) {
    const logs = await provider.getLogs({
      address: contractAddress,
      fromBlock: from,
      toBlock: Math.min(toBlock, from + chunk - 1),
      topics: [anchoredTopic(), filter.root ?? null, filter.batchId],
    });
    found.push(...decodeAnchoredLogs(logs, contractAddress));
  }
  return found;
}

export type ChainHealth =
  | { ok: true; chainId: number; blockNumber: number; latencyMs: number }
  | { ok: false; chainId: number | null; blockNumber: number | null; latencyMs: number; error: string };

export interface CheckChainOptions {
  timeoutMs?: number;
  /** When set, a node on another chain is reported as not ok. */
  expectedChainId?: number;
}

interface JsonRpcReply {
  id?: number;
  result?: unknown;
  error?: { code: number; message: string };
}

async function rpcCall(rpcUrl: string, method: string, id: number, signal: AbortSignal): Promise<string> {
  const response = await fetch(rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id, method, params: [] }),
    signal,
  });
  if (!response.ok) throw new Error(`${method}: HTTP ${response.status}`);
  const reply = (await response.json()) as JsonRpcReply;
  if (reply.error) throw new Error(`${method}: ${reply.error.message} (${reply.error.code})`);
  if (typeof reply.result !== 'string') throw new Error(`${method}: malformed result`);
  return reply.result;
}

/**
 * Health probe: eth_chainId + eth_blockNumber over plain JSON-RPC with a hard deadline, so it never
 * hangs on a dead or black-holed endpoint and never throws.
 */
export async function checkChain(rpcUrl: string, options: CheckChainOptions = {}): Promise<ChainHealth> {
  const { timeoutMs = 3_000, expectedChainId } = options;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const signal = AbortSignal.timeout(timeoutMs);
    const [chainIdHex, blockHex] = await Promise.all([rpcCall(rpcUrl, 'eth_chainId', 1, signal), rpcCall(rpcUrl, 'eth_blockNumber', 2, signal)]);
    const chainId = Number(BigInt(chainIdHex));
    const blockNumber = Number(BigInt(blockHex));
    if (expectedChainId !== undefined && chainId !== expectedChainId) {
      return {
        ok: false,
        chainId,
        blockNumber,
        latencyMs: elapsed(),
        error: `expected chain ${expectedChainId}, node is on chain ${chainId}`,
      };
    }
    return { ok: true, chainId, blockNumber, latencyMs: elapsed() };
  } catch (err) {
    return { ok: false, chainId: null, blockNumber: null, latencyMs: elapsed(), error: describeFailure(err) };
  }
}

function describeFailure(err: unknown): string {
  if (err instanceof Error) {
    if (err.name === 'TimeoutError' || err.name === 'AbortError') return `timed out: ${err.message}`;
    // fetch hides the socket error (ECONNREFUSED, ENOTFOUND...) in its cause.
    const cause = err.cause as { code?: string; message?: string } | undefined;
    return cause?.code ? `${err.message}: ${cause.code}` : err.message;
  }
  return String(err);
}
