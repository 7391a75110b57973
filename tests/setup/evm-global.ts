import type { TestProject } from 'vitest/node';
import { startEvmNode } from '../../packages/devstack/src/evm.js';

export interface ProvidedChain {
  rpcUrl: string;
  chainId: number;
  /** Shared by every test file: sending from it in parallel files races on the nonce. Prefer
   *  `chainFixture()` from tests/support/chain.ts, which hands each file its own funded wallet. */
  fundedPrivateKey: string;
  /** All pre-funded keys, `fundedPrivateKey` first. */
  fundedPrivateKeys: string[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    chain: ProvidedChain;
  }
}

/** One local EVM node for the whole run; each test file deploys its own contracts on it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const node = await startEvmNode({ host: '127.0.0.1', port: 0 });
  project.provide('chain', {
    rpcUrl: node.rpcUrl,
    chainId: node.chainId,
    fundedPrivateKey: node.fundedPrivateKey,
    fundedPrivateKeys: [...node.fundedPrivateKeys],
  });
  return async () => {
    await node.close();
  };
}
