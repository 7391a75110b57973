/** Chains Ayni knows how to link to. Any other chain id still works, without explorer links. */
export interface KnownChain {
  readonly name: string;
  readonly explorer?: string;
}

export const KNOWN_CHAINS: Readonly<Record<number, KnownChain>> = {
  11155111: { name: 'Ethereum Sepolia', explorer: 'https://sepolia.etherscan.io' },
  80002: { name: 'Polygon Amoy', explorer: 'https://amoy.polygonscan.com' },
  31337: { name: 'red local de desarrollo' },
};

export function chainName(chainId: number): string {
  return KNOWN_CHAINS[chainId]?.name ?? `chain ${chainId}`;
}

export function explorerTxUrl(chainId: number, txHash: string): string | undefined {
  const explorer = KNOWN_CHAINS[chainId]?.explorer;
  return explorer ? `${explorer}/tx/${txHash}` : undefined;
}
