// @ts-check
/**
 * Everything the verifier reads from the chain, through the RPC the user chose. Only receipts,
 * blocks, code and logs are read: no state call (`eth_call` at an old block), which public RPCs
 * refuse beyond their recent history. Every answer is bounded by a timeout.
 */
import { AbiCoder, FetchRequest, Interface, JsonRpcProvider, zeroPadValue } from 'ethers';
import { RpcError } from './errors.js';

export const anchorInterface = new Interface([
  'event Anchored(bytes32 indexed root, bytes32 indexed batchId, uint64 seq)',
  'event AnchorerSet(address indexed account, bool authorised)',
]);
export const ANCHORED_TOPIC = /** @type {import('ethers').EventFragment} */ (anchorInterface.getEvent('Anchored')).topicHash;
export const ANCHORER_SET_TOPIC = /** @type {import('ethers').EventFragment} */ (anchorInterface.getEvent('AnchorerSet')).topicHash;

/**
 * @typedef {object} AnchorerChange  One AnchorerSet log of an account.
 * @property {number} blockNumber
 * @property {number} logIndex
 * @property {boolean} authorised
 * @property {string} txHash
 */

/**
 * @param {string} what
 * @param {unknown} cause
 */
function rpcFailure(what, cause) {
  const error = /** @type {Error & { shortMessage?: string }} */ (cause);
  return new RpcError(`the RPC could not answer ${what}: ${error?.shortMessage ?? error?.message ?? String(cause)}`, { cause });
}

/**
 * eth_chainId with a deadline, before any provider exists (an ethers provider that cannot detect
 * its network retries forever).
 * @param {string} rpcUrl
 * @param {number} timeoutMs
 */
export async function readChainId(rpcUrl, timeoutMs) {
  let reply;
  try {
    const response = await fetch(rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    reply = /** @type {{ result?: unknown, error?: { message?: string } }} */ (await response.json());
  } catch (cause) {
    const error = /** @type {Error & { cause?: { code?: string } }} */ (cause);
    const detail = error.cause?.code ? `${error.message}: ${error.cause.code}` : error.message;
    throw new RpcError(`the RPC ${rpcUrl} did not answer eth_chainId: ${detail}`, { cause });
  }
  if (typeof reply.result !== 'string') throw new RpcError(`the RPC ${rpcUrl} gave no chain id${reply.error?.message ? `: ${reply.error.message}` : ''}`);
  return Number(BigInt(reply.result));
}

export class ChainReader {
  /** @type {JsonRpcProvider} */
  #provider;
  /** @type {Map<string, Promise<import('ethers').TransactionReceipt | null>>} */
  #receipts = new Map();
  /** @type {Map<number, Promise<import('ethers').Block | null>>} */
  #blocks = new Map();
  /** @type {Map<string, { scannedTo: number, changes: AnchorerChange[] }>} */
  #anchorerLogs = new Map();
  /** @type {Promise<{ finalized: number | null, head: number }> | undefined} */
  #tip;
  #logChunk;

  /**
   * @param {string} rpcUrl
   * @param {{ chainId: number, timeoutMs: number, logChunk: number }} options
   */
  constructor(rpcUrl, options) {
    const request = new FetchRequest(rpcUrl);
    request.timeout = options.timeoutMs;
    request.setThrottleParams({ maxAttempts: 3, slotInterval: 250 });
    this.#provider = new JsonRpcProvider(request, options.chainId, { staticNetwork: true, cacheTimeout: -1 });
    this.#logChunk = Math.max(1, options.logChunk);
  }

  destroy() {
    this.#provider.destroy();
  }

  /** @param {string} txHash */
  receipt(txHash) {
    const key = txHash.toLowerCase();
    let receipt = this.#receipts.get(key);
    if (!receipt) {
      receipt = this.#provider.getTransactionReceipt(txHash).catch((cause) => {
        throw rpcFailure(`eth_getTransactionReceipt(${txHash})`, cause);
      });
      this.#receipts.set(key, receipt);
    }
    return receipt;
  }

  /** @param {number} blockNumber */
  block(blockNumber) {
    let block = this.#blocks.get(blockNumber);
    if (!block) {
      block = this.#provider.getBlock(blockNumber).catch((cause) => {
        throw rpcFailure(`eth_getBlockByNumber(${blockNumber})`, cause);
      });
      this.#blocks.set(blockNumber, block);
    }
    return block;
  }

  /** @param {string} address */
  async hasCode(address) {
    try {
      return (await this.#provider.getCode(address)) !== '0x';
    } catch (cause) {
      throw rpcFailure(`eth_getCode(${address})`, cause);
    }
  }

  /**
   * The chain's `finalized` block (null where the node has no such tag) and its head, read once.
   * @returns {Promise<{ finalized: number | null, head: number }>}
   */
  tip() {
    this.#tip ??= (async () => {
      let finalized = null;
      try {
        const block = await this.#provider.getBlock('finalized');
        finalized = block ? block.number : null;
      } catch {
        finalized = null;
      }
      try {
        return { finalized, head: await this.#provider.getBlockNumber() };
      } catch (cause) {
        throw rpcFailure('eth_blockNumber', cause);
      }
    })();
    return this.#tip;
  }

  /**
   * Every AnchorerSet log of `account` on `contract` from `fromBlock` to `toBlock`, in (block,
   * log index) order. eth_getLogs is called in windows of `logChunk` blocks (public RPCs cap the
   * range); what was read is kept, so a later, higher `toBlock` reads only the blocks after it.
   * @param {string} contract
   * @param {string} account
   * @param {number} fromBlock
   * @param {number} toBlock
   * @returns {Promise<AnchorerChange[]>}
   */
  async anchorerChanges(contract, account, fromBlock, toBlock) {
    const key = `${contract.toLowerCase()}|${account.toLowerCase()}|${fromBlock}`;
    let known = this.#anchorerLogs.get(key);
    if (!known) {
      known = { scannedTo: fromBlock - 1, changes: [] };
      this.#anchorerLogs.set(key, known);
    }
    const topics = [ANCHORER_SET_TOPIC, zeroPadValue(account, 32)];
    for (let from = known.scannedTo + 1; from <= toBlock; from += this.#logChunk) {
      const to = Math.min(toBlock, from + this.#logChunk - 1);
      let logs;
      try {
        logs = await this.#provider.getLogs({ address: contract, topics, fromBlock: from, toBlock: to });
      } catch (cause) {
        throw rpcFailure(`eth_getLogs(AnchorerSet of ${account}, blocks ${from}-${to}; a smaller --log-chunk may help)`, cause);
      }
      for (const log of logs) {
        if (log.removed || log.address.toLowerCase() !== contract.toLowerCase()) continue;
        const [authorised] = AbiCoder.defaultAbiCoder().decode(['bool'], log.data);
        known.changes.push({ blockNumber: log.blockNumber, logIndex: log.index, authorised: authorised === true, txHash: log.transactionHash });
      }
      known.scannedTo = to;
    }
    known.changes.sort((a, b) => a.blockNumber - b.blockNumber || a.logIndex - b.logIndex);
    return known.changes.filter((c) => c.blockNumber <= toBlock);
  }
}
