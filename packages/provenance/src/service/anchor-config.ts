import { createRpcProvider } from '@ayni/chain';
import type { Config } from '@ayni/core';
import { Wallet } from 'ethers';
import type { AnchorChain, AnchorJobOptions } from './anchor-job.js';
import { createKmsSigner } from './kms-signer.js';

/** The job's tuning, from the shared config (ANCHOR_MAX_BATCH_SIZE, ANCHOR_CONFIRMATIONS, ...). */
export function anchorJobOptionsFromConfig(config: Config): AnchorJobOptions {
  return {
    maxBatchSize: config.ANCHOR_MAX_BATCH_SIZE,
    confirmations: config.ANCHOR_CONFIRMATIONS,
    finality: config.ANCHOR_FINALITY,
    logChunk: config.ANCHOR_LOG_CHUNK,
  };
}

/** The chain, contract and signer the job anchors with, from config (local key or KMS key). */
export async function anchorChainFromConfig(config: Config): Promise<AnchorChain> {
  const missing: string[] = (['CHAIN_RPC_URL', 'CHAIN_ID', 'ANCHOR_CONTRACT_ADDRESS'] as const).filter((name) => !config[name]);
  const { ANCHOR_KMS_KEY_ID } = config;
  if (!config.ANCHOR_SIGNER_KEY && !ANCHOR_KMS_KEY_ID) missing.push('ANCHOR_SIGNER_KEY or ANCHOR_KMS_KEY_ID');
  if (missing.length > 0) throw new Error(`Anchoring needs: ${missing.join(', ')}`);
  const provider = createRpcProvider(config.CHAIN_RPC_URL!, { chainId: config.CHAIN_ID! });
  const signer = config.ANCHOR_SIGNER_KEY
    ? new Wallet(config.ANCHOR_SIGNER_KEY, provider)
    : await createKmsSigner({ keyId: ANCHOR_KMS_KEY_ID!, region: config.AWS_REGION, provider });
  return { provider, signer, chainId: config.CHAIN_ID!, contract: config.ANCHOR_CONTRACT_ADDRESS! };
}
