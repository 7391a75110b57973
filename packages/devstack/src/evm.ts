import { fileURLToPath } from 'node:url';
import { HDNodeWallet, JsonRpcProvider, Wallet, getAddress } from 'ethers';
import type { HardhatUserConfig } from 'hardhat/types/config';

/**
 * Hardhat's well-known development mnemonic. Its keys are public test keys, funded only on local
 * simulated chains; never use them anywhere real.
 */
export const DEV_MNEMONIC = 'test test test test test test test test test test test junk';
const DEV_ACCOUNTS_PATH = "m/44'/60'/0'/0";
const NETWORK_NAME = 'ayni-local';

export interface StartEvmNodeOptions {
  host?: string;
  /** 0 (the default) lets the OS pick a free port; the bound one is in `rpcUrl`. */
  port?: number;
  chainId?: number;
  /** EDR's default is its newest hardfork. */
  hardfork?: string;
  accountCount?: number;
  accountBalanceWei?: bigint;
  /** Timestamp of the genesis block (default: now); a replayed chain starts in its past. */
  initialDate?: Date;
}

export interface EvmNode {
  rpcUrl: string;
  host: string;
  port: number;
  chainId: number;
  /** Key of the first pre-funded account. */
  fundedPrivateKey: string;
  /** Keys of all pre-funded accounts, first one included. */
  fundedPrivateKeys: readonly string[];
  /** Time from call to listening socket. */
  startupMs: number;
  /** Stops serving and frees the port; safe to call twice. */
  close(): Promise<void>;
}

export class EvmNodeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EvmNodeError';
  }
}

const derivedKeys: string[] = [];

/** Keys of the dev mnemonic's first `count` accounts; derivation costs ~8 ms a key, so it is cached. */
export function devPrivateKeys(count: number): string[] {
  if (derivedKeys.length < count) {
    const parent = HDNodeWallet.fromPhrase(DEV_MNEMONIC, undefined, DEV_ACCOUNTS_PATH);
    for (let i = derivedKeys.length; i < count; i++) derivedKeys.push(parent.deriveChild(i).privateKey);
  }
  return derivedKeys.slice(0, count);
}

/**
 * Starts an in-process Hardhat 3 / EDR simulated chain behind a JSON-RPC HTTP server. The runtime
 * is built from the inline config below, so no hardhat.config file is needed anywhere.
 */
export async function startEvmNode(options: StartEvmNodeOptions = {}): Promise<EvmNode> {
  const started = performance.now();
  const { host = '127.0.0.1', port = 0, chainId = 31337, hardfork, accountCount = 20, accountBalanceWei = 10_000n * 10n ** 18n, initialDate } = options;

  // Hardhat would otherwise spawn a detached analytics sender whenever stdout is a TTY.
  process.env.HARDHAT_DISABLE_TELEMETRY ??= 'true';

  const keys = devPrivateKeys(accountCount);
  const config: HardhatUserConfig = {
    networks: {
      [NETWORK_NAME]: {
        type: 'edr-simulated',
        chainType: 'l1',
        chainId,
        ...(hardfork ? { hardfork } : {}),
        accounts: keys.map((privateKey) => ({ privateKey, balance: accountBalanceWei })),
        mining: { auto: true, interval: 0 },
        ...(initialDate ? { initialDate } : {}),
      },
    },
  };

  let server: Awaited<ReturnType<typeof createServer>>;
  let address: { address: string; port: number };
  try {
    server = await createServer(config, host, port);
    address = await server.listen();
  } catch (cause) {
    throw new EvmNodeError(`could not start the local EVM node on ${host}:${port}`, { cause });
  }

  const urlHost = address.address.includes(':') ? `[${address.address}]` : address.address;
  let closing: Promise<void> | undefined;
  return {
    rpcUrl: `http://${urlHost}:${address.port}`,
    host: address.address,
    port: address.port,
    chainId,
    fundedPrivateKey: keys[0]!,
    fundedPrivateKeys: keys,
    startupMs: Math.round(performance.now() - started),
    close: () => (closing ??= server.close()),
  };
}

async function createServer(config: HardhatUserConfig, host: string, port: number) {
  // Imported lazily: loading Hardhat costs ~150 ms and most devstack users never need a chain.
  const { createHardhatRuntimeEnvironment } = await import('hardhat/hre');
  // The project root only anchors Hardhat's (unused) paths; nothing is written there.
  const projectRoot = fileURLToPath(new URL('..', import.meta.url));
  const hre = await createHardhatRuntimeEnvironment(config, {}, projectRoot);
  return hre.network.createServer(NETWORK_NAME, host, port);
}

export interface FundOptions {
  /** Waits for this many confirmations (default 1). */
  confirmations?: number;
}

/** Sends `amountWei` from `fromKey` to `toAddress` and waits until it is mined. */
export async function fundAccount(
  rpcUrl: string,
  fromKey: string,
  toAddress: string,
  amountWei: bigint,
  options: FundOptions = {},
): Promise<{ txHash: string; blockNumber: number }> {
  // cacheTimeout -1: ethers would otherwise reuse a nonce read from the last 250 ms.
  const provider = new JsonRpcProvider(rpcUrl, undefined, {
    staticNetwork: true,
    cacheTimeout: -1,
    pollingInterval: 100,
  });
  try {
    const wallet = new Wallet(fromKey, provider);
    const response = await wallet.sendTransaction({ to: getAddress(toAddress), value: amountWei });
    const receipt = await response.wait(options.confirmations ?? 1);
    if (!receipt || receipt.status !== 1) {
      throw new EvmNodeError(`funding transfer ${response.hash} did not succeed`);
    }
    return { txHash: receipt.hash, blockNumber: receipt.blockNumber };
  } catch (cause) {
    if (cause instanceof EvmNodeError) throw cause;
    throw new EvmNodeError(`could not fund ${toAddress}`, { cause });
  } finally {
    provider.destroy();
  }
}
