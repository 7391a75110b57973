import { Wallet, hexlify, isError, parseEther, randomBytes, toQuantity, type JsonRpcProvider } from 'ethers';
import { inject } from 'vitest';
import { createRpcProvider } from '../../packages/chain/src/client.js';
import { fundAccount } from '../../packages/devstack/src/evm.js';

export interface ChainFixture {
  rpcUrl: string;
  chainId: number;
  provider: JsonRpcProvider;
  /** A freshly generated, funded wallet that no other test file knows about. */
  wallet: Wallet;
  /** Another fresh funded wallet, e.g. an outsider or a second anchorer. */
  newWallet(balanceWei?: bigint): Promise<Wallet>;
  /** Stops the provider; call it in afterAll. */
  close(): void;
}

const DEFAULT_BALANCE = parseEther('10');

/**
 * Per-file access to the run's shared node (see tests/setup/evm-global.ts).
 *
 * Test files run in parallel workers, so sending from a shared funded key would race on its nonce.
 * Each fixture therefore works with random wallets funded by `hardhat_setBalance`, which sends no
 * transaction and so has no nonce at all. On a node without that method it falls back to real
 * transfers from a funder chosen by the worker's pool id (distinct among concurrent workers),
 * serialised within the file and retried if a nonce still collides.
 */
export async function chainFixture(options: { balanceWei?: bigint } = {}): Promise<ChainFixture> {
  const chain = inject('chain');
  const provider = createRpcProvider(chain.rpcUrl, { chainId: chain.chainId, pollingIntervalMs: 50 });
  const funder = new Funder(provider, chain.rpcUrl, pickFunderKey(chain.fundedPrivateKeys));

  const newWallet = async (balanceWei = options.balanceWei ?? DEFAULT_BALANCE) => {
    const wallet = new Wallet(hexlify(randomBytes(32)), provider);
    await funder.fund(wallet.address, balanceWei);
    return wallet;
  };

  return {
    rpcUrl: chain.rpcUrl,
    chainId: chain.chainId,
    provider,
    wallet: await newWallet(),
    newWallet,
    close: () => provider.destroy(),
  };
}

/** Key 0 is left to code that uses `fundedPrivateKey` directly. */
function pickFunderKey(keys: readonly string[]): string {
  const poolId = Number(process.env.VITEST_POOL_ID ?? '1');
  const spare = keys.length > 1 ? keys.slice(1) : keys;
  return spare[(Math.max(poolId, 1) - 1) % spare.length]!;
}

class Funder {
  #setBalance: boolean | undefined;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly provider: JsonRpcProvider,
    private readonly rpcUrl: string,
    private readonly funderKey: string,
  ) {}

  async fund(address: string, amountWei: bigint): Promise<void> {
    if (this.#setBalance !== false) {
      try {
        await this.provider.send('hardhat_setBalance', [address, toQuantity(amountWei)]);
        this.#setBalance = true;
        return;
      } catch (err) {
        if (this.#setBalance === true) throw err;
        this.#setBalance = false;
      }
    }
    const run = this.#queue.then(() => this.#transfer(address, amountWei));
    this.#queue = run.catch(() => undefined);
    await run;
  }

  async #transfer(address: string, amountWei: bigint): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await fundAccount(this.rpcUrl, this.funderKey, address, amountWei);
        return;
      } catch (err) {
        const cause = err instanceof Error ? err.cause : undefined;
        const nonceClash = isError(cause, 'NONCE_EXPIRED') || isError(cause, 'REPLACEMENT_UNDERPRICED');
        if (!nonceClash || attempt >= 5) throw err;
        await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 50));
      }
    }
  }
}
