// @ts-check
import { readFile } from 'node:fs/promises';
import { getAddress } from 'ethers';
import { BundleError, RpcError, TrustRootError } from './errors.js';
import { COMMITTED_REGISTRY, loadTrustRoot } from './registry.js';
import { verifyBundle } from './verify.js';

export const USAGE = `Usage: ayni-verify <bundle.json | https://…/v1/lots/<lotId>/provenance> (--rpc <url> | --offline) [trust root] [options]

Verifies an Ayni proof bundle without trusting Ayni's server: recomputes every record's hash from
its canonical JSON and salt, checks that it belongs to the bundle's lot, checks the lot's chain of
events (nothing omitted, inserted or reordered), checks each Merkle proof against the anchored
root, and reads from the RPC you give the anchoring transaction, its Anchored log from the trusted
contract, the sender's authorisation (AnchorerSet logs) and finality.

Trust root (what you trust; never taken from the bundle or from the server that gave it to you):
  --deployments <file>   an ayni-deployments/1 registry (default: the one shipped with this
                         verifier, ${COMMITTED_REGISTRY})
  --contract <address>   trust this AyniAnchor contract instead of a registry
  --chain-id <n>         the chain of the trust root; with --rpc, the RPC must serve it
  --anchorer <address>   trust only this anchorer (repeatable); replaces the registry's anchorers
  --from-block <n>       first block read for AnchorerSet logs (default: the registry's
                         deploymentBlock, else 0)

Options:
  --rpc <url>            any JSON-RPC endpoint of the chain (yours, or a public one)
  --offline              check everything that needs no RPC; anchoring is NOT checked on chain
  --lot <lotId>          the lot you expect (e.g. from its label); fail if the bundle is another's
  --confirmations <n>    confirmations that count as final where the node has no finalized tag (12)
  --require-finality     fail events whose block is not final yet
  --require-anchored     fail events that are not anchored yet (by default they are pending)
  --log-chunk <n>        blocks per eth_getLogs call (10000; public RPCs cap the range)
  --timeout <ms>         longest wait for one RPC answer (15000)
  --json                 print the full report as JSON
  -h, --help             print this help

Exit codes: 0 every event and fact verified (pending ones allowed unless --require-anchored) and
the chain of events intact; 1 anything failed, nothing verified, or the bundle or the RPC could not
be read; 2 usage error, or no trust root (no deployment for the chain, a malformed registry, an RPC
on another chain than --chain-id).`;

class UsageError extends Error {}

/**
 * @typedef {object} Args
 * @property {string} [source]
 * @property {string} [rpc]
 * @property {boolean} offline
 * @property {string} [deployments]
 * @property {string} [contract]
 * @property {number} [chainId]
 * @property {string[]} anchorers
 * @property {number} [fromBlock]
 * @property {string} [lot]
 * @property {number} [confirmations]
 * @property {boolean} requireFinality
 * @property {boolean} requireAnchored
 * @property {number} [logChunk]
 * @property {number} [timeoutMs]
 * @property {boolean} json
 * @property {boolean} help
 */

/**
 * @param {string} flag
 * @param {string | undefined} value
 * @param {number} min
 */
function integer(flag, value, min) {
  if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
    throw new UsageError(`${flag} needs an integer ≥ ${min}`);
  }
  return Number(value);
}

/**
 * @param {readonly string[]} argv
 * @returns {Args}
 */
export function parseArgs(argv) {
  /** @type {Args} */
  const args = { offline: false, anchorers: [], requireFinality: false, requireAnchored: false, json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const raw = /** @type {string} */ (argv[i]);
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const value = () => {
      if (eq > 0) return raw.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--rpc':
        args.rpc = value();
        break;
      case '--offline':
        args.offline = true;
        break;
      case '--deployments':
        args.deployments = value();
        break;
      case '--contract':
        args.contract = value();
        break;
      case '--chain-id':
        args.chainId = integer(flag, value(), 1);
        break;
      case '--anchorer':
        args.anchorers.push(value());
        break;
      case '--from-block':
        args.fromBlock = integer(flag, value(), 0);
        break;
      case '--lot':
        args.lot = value();
        break;
      case '--confirmations':
        args.confirmations = integer(flag, value(), 1);
        break;
      case '--require-finality':
        args.requireFinality = true;
        break;
      case '--require-anchored':
        args.requireAnchored = true;
        break;
      case '--log-chunk':
        args.logChunk = integer(flag, value(), 1);
        break;
      case '--timeout':
        args.timeoutMs = integer(flag, value(), 1);
        break;
      case '--json':
        args.json = true;
        break;
      default:
        if (raw.startsWith('-')) throw new UsageError(`unknown option ${raw}`);
        if (args.source !== undefined) throw new UsageError(`unexpected argument ${raw}`);
        args.source = raw;
    }
  }
  if (args.help) return args;
  if (!args.source) throw new UsageError('a bundle (file or URL) is required');
  if (args.offline && args.rpc) throw new UsageError('give either --rpc or --offline, not both');
  if (!args.offline && !args.rpc) throw new UsageError('an RPC is required (--rpc <url>), or --offline to check without the chain');
  if (args.contract && args.deployments) throw new UsageError('give either --deployments or --contract, not both');
  return args;
}

/**
 * @param {string} source
 * @param {number} timeoutMs
 * @returns {Promise<unknown>}
 */
async function loadBundle(source, timeoutMs) {
  if (/^https?:\/\//.test(source)) {
    let response;
    try {
      response = await fetch(source, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    } catch (cause) {
      throw new BundleError(`GET ${source}: ${/** @type {Error} */ (cause).message}`, { cause });
    }
    if (!response.ok) throw new BundleError(`GET ${source}: HTTP ${response.status}`);
    try {
      return await response.json();
    } catch (cause) {
      throw new BundleError(`GET ${source}: the answer is not JSON`, { cause });
    }
  }
  let text;
  try {
    text = await readFile(source, 'utf8');
  } catch (cause) {
    throw new BundleError(`cannot read ${source}: ${/** @type {Error} */ (cause).message}`, { cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new BundleError(`${source} is not JSON`, { cause });
  }
}

/** @param {import('./types.js').Verdict} v */
function describe(v) {
  const where = v.seq !== null ? `event ${v.seq}${v.final ? ' (final)' : ''}, ` : '';
  if (v.status === 'failed') return v.problems.join('; ');
  const notes = v.notes.length ? `; ${v.notes.join('; ')}` : '';
  if (v.status === 'pending') return `${where}${notes.slice(2)}`;
  const a = v.anchor;
  if (v.status === 'verified-offline') return `${where}consistent with its anchor in block ${a?.blockNumber} (NOT checked on chain)${notes}`;
  return `${where}anchored in block ${a?.blockNumber}${a?.blockTime ? ` at ${a.blockTime}` : ''} (${a?.finality})${notes}`;
}

/** @param {import('./types.js').Verdict} v */
const mark = (v) => (v.status === 'failed' ? 'FAIL' : v.status === 'pending' ? 'WAIT' : 'OK  ');

/**
 * @param {import('./types.js').VerifyReport} report
 * @param {(line: string) => void} out
 */
function printReport(report, out) {
  const offline = report.mode === 'offline';
  if (offline) {
    out('OFFLINE: anchoring transactions were NOT checked on chain; only the bundle itself and its match with the trust root were checked.');
  }
  const subject = report.subject ? `lot ${report.subject.lotId} of organisation ${report.subject.orgId}` : 'no named lot';
  out(`Bundle ${report.bundleFormat}: ${subject}`);
  for (const d of report.trustRoot.deployments) {
    const anchorers = d.anchorers ? `anchorers ${d.anchorers.map((a) => getAddress(a.address)).join(', ')}` : 'any anchorer authorised in its AnchorerSet logs';
    out(`Trust root: AyniAnchor ${getAddress(d.contract)} on chain ${d.chainId} (${anchorers}; from ${report.trustRoot.source})`);
  }
  for (const problem of report.trustRoot.problems) out(`FAIL trust root: ${problem}`);
  for (const v of report.events) out(`${mark(v)} ${v.id} ${v.type}: ${describe(v)}`);
  for (const v of report.facts) out(`${mark(v)} facts ${v.id}: ${describe(v)}`);
  for (const problem of report.problems) out(`FAIL bundle: ${problem}`);
  out(`Completeness: ${report.completeness.statement}`);
  const { verified, failed, pending, facts } = report.counts;
  if (report.facts.length) out(`facts: ${facts.verified} verified, ${facts.failed} failed${facts.pending ? `, ${facts.pending} pending` : ''}`);
  out(
    `${verified} ${offline ? 'passed the offline checks' : 'verified'}, ${failed} failed${pending ? `, ${pending} pending` : ''}${offline ? ' (anchoring NOT checked on chain)' : ''}`,
  );
}

/** @type {import('./types.js').Main} */
export const main = async (argv, out = console.log, err = console.error) => {
  /** @type {Args} */
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`ayni-verify: ${error.message}`);
    err(USAGE);
    return 2;
  }
  if (args.help) {
    out(USAGE);
    return 0;
  }
  try {
    /** @type {import('./types.js').TrustRootOptions} */
    const trustOptions = { anchorers: args.anchorers };
    if (args.deployments !== undefined) trustOptions.deploymentsFile = args.deployments;
    if (args.contract !== undefined) trustOptions.contract = args.contract;
    if (args.chainId !== undefined) trustOptions.chainId = args.chainId;
    if (args.fromBlock !== undefined) trustOptions.fromBlock = args.fromBlock;
    const trustRoot = await loadTrustRoot(trustOptions);
    const bundle = await loadBundle(/** @type {string} */ (args.source), args.timeoutMs ?? 15_000);
    /** @type {import('./types.js').VerifyOptions} */
    const options = { trustRoot, offline: args.offline, requireFinality: args.requireFinality, requireAnchored: args.requireAnchored };
    if (args.rpc !== undefined) options.rpcUrl = args.rpc;
    if (args.chainId !== undefined) options.chainId = args.chainId;
    if (args.confirmations !== undefined) options.confirmations = args.confirmations;
    if (args.logChunk !== undefined) options.logChunk = args.logChunk;
    if (args.timeoutMs !== undefined) options.timeoutMs = args.timeoutMs;
    if (args.lot !== undefined) options.expectedLotId = args.lot;
    const report = await verifyBundle(bundle, options);
    if (args.json) out(JSON.stringify(report, null, 2));
    else printReport(report, out);
    return report.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof TrustRootError) {
      err(`ayni-verify: ${error.message}`);
      return 2;
    }
    if (error instanceof BundleError || error instanceof RpcError) {
      err(`ayni-verify: ${error.message}`);
      return 1;
    }
    err(`ayni-verify: ${/** @type {Error} */ (error).message}`);
    return 1;
  }
};
