import { anchorView, pickLanguage, type BatchItem } from '@ayni/provenance';
import { describe, expect, it } from 'vitest';
import { runVerifier } from './verify-cli.js';

const batch = (chainId: number): BatchItem => ({
  entity: 'AnchorBatch',
  batchId: `0x${'11'.repeat(32)}`,
  chainId,
  contract: `0x${'22'.repeat(20)}`,
  anchorer: `0x${'33'.repeat(20)}`,
  seq: 4,
  root: `0x${'44'.repeat(32)}`,
  count: 1000,
  refs: [],
  recordHashes: [],
  status: 'finalized',
  claimedAt: '2026-11-21T10:00:00.000Z',
  claimedAtBlock: 1,
  txHash: `0x${'55'.repeat(32)}`,
  blockNumber: 9,
  attempts: 1,
});

describe('anchors in bundles', () => {
  it('link to the explorer of Sepolia and Amoy, and to none for the local chain', () => {
    expect(anchorView(batch(11155111))).toMatchObject({ chainName: 'Ethereum Sepolia', explorerUrl: `https://sepolia.etherscan.io/tx/0x${'55'.repeat(32)}` });
    expect(anchorView(batch(80002))).toMatchObject({ chainName: 'Polygon Amoy', explorerUrl: `https://amoy.polygonscan.com/tx/0x${'55'.repeat(32)}` });
    expect(anchorView(batch(31337))!.explorerUrl).toBeUndefined();
    expect(anchorView({ ...batch(80002), status: 'sent' })).toBeUndefined();
  });
});

describe('the page language', () => {
  it('is ?lang= first, then Accept-Language by preference, then Spanish', () => {
    expect(pickLanguage('qu', 'en')).toBe('qu');
    expect(pickLanguage(undefined, 'fr-FR,en;q=0.8,es;q=0.9')).toBe('es');
    expect(pickLanguage(undefined, 'en-US,en;q=0.9')).toBe('en');
    expect(pickLanguage('xx', 'de')).toBe('es');
  });
});

describe('ayni-verify', () => {
  it('explains its usage and exits with 2 when called without an RPC (or --offline), and with 0 on --help', async () => {
    const [run, help] = await Promise.all([runVerifier(['bundle.json']), runVerifier(['--help'])]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('an RPC is required (--rpc <url>), or --offline');
    expect(run.stderr).toContain('Usage: ayni-verify');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: ayni-verify');
  });
});
