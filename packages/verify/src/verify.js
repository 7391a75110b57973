// @ts-check
/**
 * Independent verification of an Ayni proof bundle. Nothing here comes from the Ayni server
 * packages: the scheme is re-implemented from docs/provenance-verification.md, and the verifier
 * trusts only the bundle's bytes, the trust root the user gave (registry or command line) and the
 * chain reached through the RPC the user chose. The checks run in the order of the specification.
 */
import { AbiCoder, getAddress, isAddress, zeroPadValue } from 'ethers';
import { checkChainClaim, checkLinkage, completenessOf } from './event-chain.js';
import { BundleError, TrustRootError } from './errors.js';
import { HASH_SCHEME, canonicalJson, isBytes32, proofReachesRoot, recordHash, standardLeaf } from './hashing.js';
import { ANCHORED_TOPIC, ANCHORER_SET_TOPIC, ChainReader, readChainId } from './onchain.js';

export const BUNDLE_V1 = 'ayni-proof-bundle/1';
export const BUNDLE_V2 = 'ayni-proof-bundle/2';
export const FACTS_FORMAT = 'ayni-facts/1';
const DEFAULT_CONFIRMATIONS = 12;
const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_LOG_CHUNK = 10_000;

/** @typedef {import('./types.js').Bundle} Bundle */
/** @typedef {import('./types.js').BundleAnchor} BundleAnchor */
/** @typedef {import('./types.js').BundleEntry} BundleEntry */
/** @typedef {import('./types.js').Subject} Subject */
/** @typedef {import('./types.js').TrustedDeployment} TrustedDeployment */
/** @typedef {import('./types.js').Verdict} Verdict */
/** @typedef {import('./event-chain.js').WorkEntry} WorkEntry */
/** @typedef {WorkEntry & { anchor: BundleAnchor | null, deployment: TrustedDeployment | null }} AnchoredWork */

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {string} address */
const display = (address) => (isAddress(address) ? getAddress(address) : address);

/**
 * @param {unknown} input
 * @returns {Bundle}
 */
function readBundle(input) {
  if (!isObject(input)) throw new BundleError('not an Ayni proof bundle: not a JSON object');
  if (input.format !== BUNDLE_V1 && input.format !== BUNDLE_V2) {
    throw new BundleError(`not an Ayni proof bundle this verifier reads: format ${JSON.stringify(input.format)} (expected ${BUNDLE_V1} or ${BUNDLE_V2})`);
  }
  if (!Array.isArray(input.events)) throw new BundleError('not an Ayni proof bundle: it has no "events" list');
  if (input.facts !== undefined && !Array.isArray(input.facts)) throw new BundleError('its "facts" is not a list');
  return /** @type {Bundle} */ (input);
}

/**
 * The lot and organisation every record of the bundle must belong to.
 * @param {Bundle} bundle
 * @param {string[]} problems
 * @returns {Subject | null}
 */
function subjectOf(bundle, problems) {
  if (bundle.format === BUNDLE_V2) {
    const s = bundle.subject;
    if (isObject(s) && typeof s.lotId === 'string' && typeof s.orgId === 'string' && s.lotId && s.orgId) return { lotId: s.lotId, orgId: s.orgId };
    problems.push('the bundle (format 2) names no subject { lotId, orgId }: its records cannot be bound to a lot');
    return null;
  }
  const lot = isObject(bundle.lot) ? bundle.lot : {};
  const association = isObject(bundle.association) ? bundle.association : {};
  const lotId = typeof lot.id === 'string' ? lot.id : undefined;
  const lotOrg = typeof lot.orgId === 'string' ? lot.orgId : undefined;
  const associationId = typeof association.id === 'string' ? association.id : undefined;
  if (lotOrg && associationId && lotOrg !== associationId) {
    problems.push(`the bundle's lot belongs to organisation ${lotOrg}, but its association is ${associationId}`);
  }
  const orgId = lotOrg ?? associationId;
  if (!lotId || !orgId) {
    problems.push('the bundle names no lot (lot.id) and organisation (lot.orgId or association.id): its records cannot be bound to a lot');
    return null;
  }
  return { lotId, orgId };
}

/**
 * Content checks of one entry: canonical form, record hash, leaf, subject binding.
 * @param {unknown} entry
 * @param {number} index
 * @param {'event' | 'fact'} kind
 * @param {Subject | null} subject
 * @returns {AnchoredWork}
 */
function examine(entry, index, kind, subject) {
  /** @type {Verdict} */
  const verdict = {
    kind,
    index,
    id: '?',
    type: '?',
    seq: null,
    final: false,
    chained: false,
    ok: false,
    status: 'failed',
    recordHash: null,
    problems: [],
    notes: [],
  };
  /** @type {AnchoredWork} */
  const work = { verdict, record: null, hash: null, anchor: null, deployment: null };
  const problems = verdict.problems;
  if (!isObject(entry)) {
    problems.push(`${kind} ${index} is not an object`);
    return work;
  }
  const shown = isObject(entry.record) ? entry.record : {};
  if (typeof entry.canonical !== 'string') {
    problems.push('it has no canonical text');
  } else {
    try {
      const parsed = JSON.parse(entry.canonical);
      if (isObject(parsed)) work.record = parsed;
      else problems.push('its canonical text is not a JSON object');
    } catch {
      problems.push('its canonical text is not JSON');
    }
    if (work.record && canonicalJson(work.record) !== entry.canonical) problems.push('its canonical text is not in RFC 8785 (JCS) form');
    if (canonicalJson(entry.record) !== entry.canonical) problems.push('the record does not serialise (RFC 8785) to the canonical text that was hashed');
    try {
      work.hash = recordHash(entry.canonical, /** @type {string} */ (entry.salt)).toLowerCase();
      verdict.recordHash = work.hash;
    } catch (error) {
      problems.push(`cannot hash the record: ${/** @type {Error} */ (error).message}`);
    }
  }
  const record = work.record ?? shown;
  verdict.id = typeof record.id === 'string' ? record.id : typeof record.kind === 'string' ? record.kind : '?';
  verdict.type = typeof record.type === 'string' ? record.type : typeof record.format === 'string' ? record.format : '?';
  if (work.hash) {
    if (typeof entry.recordHash === 'string' && entry.recordHash.toLowerCase() !== work.hash) {
      problems.push('the record (with its salt) does not hash to the committed record hash: it was changed');
    }
    if (typeof entry.leaf === 'string' && entry.leaf.toLowerCase() !== standardLeaf(work.hash).toLowerCase()) {
      problems.push('its leaf is not the standard leaf of its record hash');
    }
  }
  if (work.record && kind === 'fact' && work.record.format !== FACTS_FORMAT) {
    problems.push(`unknown facts record format ${JSON.stringify(work.record.format)} (expected ${FACTS_FORMAT})`);
  }
  if (work.record && subject && (work.record.lotId !== subject.lotId || work.record.orgId !== subject.orgId)) {
    problems.push(
      `belongs to lot ${String(work.record.lotId)} of organisation ${String(work.record.orgId)}, not to this bundle's lot ${subject.lotId} of organisation ${subject.orgId}`,
    );
  }
  if (entry.anchor !== undefined && entry.anchor !== null) work.anchor = /** @type {BundleAnchor} */ (entry.anchor);
  return work;
}

/**
 * Offline anchor checks: the anchor's shape, the Merkle proof against its root, and the match of
 * its chain and contract with the trust root.
 * @param {AnchoredWork} work
 * @param {unknown} proof
 * @param {TrustedDeployment[]} trusted
 * @param {number | null} rpcChainId
 */
function checkAnchorClaim(work, proof, trusted, rpcChainId) {
  const anchor = work.anchor;
  if (!anchor) return;
  const problems = work.verdict.problems;
  const malformed = [];
  if (!Number.isSafeInteger(anchor.chainId)) malformed.push('chainId');
  if (typeof anchor.contract !== 'string' || !isAddress(anchor.contract)) malformed.push('contract');
  if (!isBytes32(anchor.root)) malformed.push('root');
  if (!isBytes32(anchor.batchId)) malformed.push('batchId');
  if (!isBytes32(anchor.txHash)) malformed.push('txHash');
  if (!Number.isSafeInteger(anchor.blockNumber) || anchor.blockNumber < 0) malformed.push('blockNumber');
  if (malformed.length) {
    problems.push(`its anchor is malformed (${malformed.join(', ')})`);
    return;
  }
  work.verdict.anchor = { chainId: anchor.chainId, contract: display(anchor.contract), txHash: anchor.txHash, blockNumber: anchor.blockNumber };
  if (work.hash && !proofReachesRoot(anchor.root, work.hash, proof)) problems.push('the Merkle proof of the recomputed leaf does not reach the anchored root');

  const chains = [...new Set(trusted.map((d) => d.chainId))];
  if (!chains.includes(anchor.chainId)) {
    problems.push(
      rpcChainId === null
        ? `the bundle's anchor is on chain ${anchor.chainId}, but the trust root is on chain ${chains.join(', ')}`
        : `the bundle's anchor is on chain ${anchor.chainId}, but the trust root and the RPC are on chain ${rpcChainId}`,
    );
    return;
  }
  const onChain = trusted.filter((d) => d.chainId === anchor.chainId);
  const deployment = onChain.find((d) => d.contract === anchor.contract.toLowerCase());
  if (!deployment) {
    problems.push(
      `the bundle's contract ${display(anchor.contract)} is not the trusted AyniAnchor ${onChain.map((d) => display(d.contract)).join(' or ')} on chain ${anchor.chainId}`,
    );
    return;
  }
  if (deployment.anchorers && typeof anchor.anchorer === 'string' && !deployment.anchorers.some((a) => a.address === String(anchor.anchorer).toLowerCase())) {
    problems.push(
      `the bundle's anchorer ${display(anchor.anchorer)} is not one of the trusted anchorers (${deployment.anchorers.map((a) => display(a.address)).join(', ')})`,
    );
  }
  work.deployment = deployment;
}

/**
 * What is wrong with a trusted deployment, read from the chain once: no code at the address, a
 * deployment transaction that did not create it, a pinned authorisation that did not happen.
 * @param {ChainReader} reader
 * @param {TrustedDeployment} d
 * @param {number} chainId
 * @returns {Promise<string[]>}
 */
async function checkDeployment(reader, d, chainId) {
  /** @type {string[]} */
  const problems = [];
  const contract = display(d.contract);
  if (!(await reader.hasCode(d.contract))) problems.push(`there is no contract at the trusted address ${contract} on chain ${chainId}`);
  if (d.deploymentTx) {
    const receipt = await reader.receipt(d.deploymentTx);
    if (!receipt) problems.push(`the registry's deployment transaction ${d.deploymentTx} is not on chain ${chainId}: the registry is wrong`);
    else {
      if ((receipt.contractAddress ?? '').toLowerCase() !== d.contract) {
        problems.push(
          `the registry's deployment transaction ${d.deploymentTx} created ${receipt.contractAddress ?? 'no contract'}, not ${contract}: the registry is wrong`,
        );
      }
      if (d.deploymentBlock !== undefined && receipt.blockNumber !== d.deploymentBlock) {
        problems.push(
          `the registry's deployment transaction was mined in block ${receipt.blockNumber}, not in its deploymentBlock ${d.deploymentBlock}: the registry is wrong`,
        );
      }
    }
  }
  for (const pin of d.anchorers ?? []) {
    if (!pin.authorisedInTx) continue;
    const receipt = await reader.receipt(pin.authorisedInTx);
    const topic = zeroPadValue(pin.address, 32).toLowerCase();
    const log = receipt?.logs.find(
      (l) =>
        l.address.toLowerCase() === d.contract &&
        l.topics[0] === ANCHORER_SET_TOPIC &&
        l.topics[1]?.toLowerCase() === topic &&
        AbiCoder.defaultAbiCoder().decode(['bool'], l.data)[0] === true,
    );
    if (!receipt || !log) {
      problems.push(
        `the registry says ${display(pin.address)} was authorised in ${pin.authorisedInTx}, but that transaction has no AnchorerSet(${display(pin.address)}, true) log of ${contract}: the registry is wrong`,
      );
    } else if (pin.authorisedAtBlock !== undefined && receipt.blockNumber !== pin.authorisedAtBlock) {
      problems.push(
        `the registry says ${display(pin.address)} was authorised at block ${pin.authorisedAtBlock}, but that transaction is in block ${receipt.blockNumber}: the registry is wrong`,
      );
    }
  }
  return problems;
}

/**
 * The on-chain checks of one anchor, in order: the receipt, its status and block, that it called
 * the trusted contract, its Anchored(root, batchId) log, the block (hash, time), the sender's
 * authorisation from AnchorerSet logs, finality.
 * @param {ChainReader} reader
 * @param {AnchoredWork} work
 * @param {{ confirmations: number, requireFinality: boolean }} options
 */
async function checkAnchorOnChain(reader, work, options) {
  const anchor = /** @type {BundleAnchor} */ (work.anchor);
  const d = /** @type {TrustedDeployment} */ (work.deployment);
  const findings = /** @type {import('./types.js').AnchorFindings} */ (work.verdict.anchor);
  const problems = work.verdict.problems;
  const contract = display(d.contract);
  const receipt = await reader.receipt(anchor.txHash);
  if (!receipt) {
    problems.push(`transaction ${anchor.txHash} not found on this chain`);
    return;
  }
  findings.sender = display(receipt.from);
  if (receipt.status !== 1) problems.push('the anchoring transaction reverted');
  if (receipt.blockNumber !== anchor.blockNumber) problems.push(`mined in block ${receipt.blockNumber}, not ${anchor.blockNumber}`);
  if ((receipt.to ?? '').toLowerCase() !== d.contract) {
    problems.push(
      `the anchoring transaction was sent to ${receipt.to ?? 'no address'}, not to the trusted contract ${contract}: its sender's authorisation cannot be established`,
    );
  }
  const root = anchor.root.toLowerCase();
  const batchId = anchor.batchId.toLowerCase();
  const log = receipt.logs.find(
    (l) =>
      l.address.toLowerCase() === d.contract && l.topics[0] === ANCHORED_TOPIC && l.topics[1]?.toLowerCase() === root && l.topics[2]?.toLowerCase() === batchId,
  );
  if (!log) problems.push(`no Anchored(root, batchId) log of the trusted contract ${contract} in that transaction`);
  else if (anchor.seq !== undefined) {
    const seq = Number(AbiCoder.defaultAbiCoder().decode(['uint64'], log.data)[0]);
    if (seq !== anchor.seq) problems.push(`the Anchored log has batch number ${seq}, the bundle says ${String(anchor.seq)}`);
  }
  if (typeof anchor.anchorer === 'string' && anchor.anchorer.toLowerCase() !== receipt.from.toLowerCase()) {
    problems.push(`the bundle says anchorer ${display(anchor.anchorer)}, but the transaction was sent by ${display(receipt.from)}`);
  }
  const block = await reader.block(receipt.blockNumber);
  if (!block) problems.push(`block ${receipt.blockNumber} is not on this chain`);
  else {
    if (block.hash?.toLowerCase() !== receipt.blockHash.toLowerCase())
      problems.push(`block ${receipt.blockNumber} is no longer the one the transaction was mined in (reorganised)`);
    findings.blockTime = new Date(block.timestamp * 1000).toISOString();
  }

  const sender = receipt.from.toLowerCase();
  if (d.anchorers && !d.anchorers.some((a) => a.address === sender)) {
    problems.push(
      `the sender ${display(receipt.from)} is not one of the trusted anchorers (${d.anchorers.map((a) => display(a.address)).join(', ')}) of ${contract}`,
    );
  }
  if (receipt.blockNumber < d.fromBlock) {
    problems.push(`anchored in block ${receipt.blockNumber}, before the trusted deployment's first block ${d.fromBlock}`);
  } else if (log) {
    const changes = await reader.anchorerChanges(d.contract, sender, d.fromBlock, receipt.blockNumber);
    const before = changes.filter((c) => c.blockNumber < receipt.blockNumber || c.logIndex < log.index);
    const last = before[before.length - 1];
    if (!last) {
      problems.push(
        `the sender ${display(receipt.from)} was never authorised as an anchorer of ${contract} before block ${receipt.blockNumber} (no AnchorerSet log since block ${d.fromBlock})`,
      );
    } else if (!last.authorised) {
      problems.push(
        `the sender ${display(receipt.from)} was not an authorised anchorer of ${contract} at block ${receipt.blockNumber}: it was revoked in block ${last.blockNumber}`,
      );
    }
  }

  const tip = await reader.tip();
  findings.finality =
    tip.finalized !== null && receipt.blockNumber <= tip.finalized
      ? 'finalized'
      : tip.head - receipt.blockNumber + 1 >= options.confirmations
        ? 'confirmed'
        : 'not final';
  if (options.requireFinality && findings.finality === 'not final') problems.push('the block is not final yet');
}

/**
 * The trusted deployments that apply: those of the RPC's chain (a bare --contract takes the RPC's
 * chain), or offline those of `chainId` when given, else all.
 * @param {import('./types.js').TrustRoot} trustRoot
 * @param {number | null} rpcChainId
 * @param {number | undefined} chainId
 * @returns {TrustedDeployment[]}
 */
function applicableDeployments(trustRoot, rpcChainId, chainId) {
  if (rpcChainId !== null) {
    return trustRoot.deployments.filter((d) => d.chainId === null || d.chainId === rpcChainId).map((d) => ({ ...d, chainId: rpcChainId }));
  }
  if (chainId === undefined && trustRoot.deployments.some((d) => d.chainId === null)) {
    throw new TrustRootError('offline, a --contract needs --chain-id (there is no RPC to take the chain from)');
  }
  return trustRoot.deployments
    .map((d) => (d.chainId === null ? { ...d, chainId: /** @type {number} */ (chainId) } : d))
    .filter((d) => chainId === undefined || d.chainId === chainId);
}

/** @type {import('./types.js').VerifyBundle} */
export const verifyBundle = async (input, options) => {
  const bundle = readBundle(input);
  const offline = options.offline === true;
  if (!offline && !options.rpcUrl) throw new TypeError('an RPC URL is required unless offline');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const rpcChainId = offline ? null : await readChainId(/** @type {string} */ (options.rpcUrl), timeoutMs);
  if (rpcChainId !== null && options.chainId !== undefined && options.chainId !== rpcChainId) {
    throw new TrustRootError(`chain ${options.chainId} was asked for, but the RPC serves chain ${rpcChainId}`);
  }
  const trusted = applicableDeployments(options.trustRoot, rpcChainId, options.chainId);
  if (trusted.length === 0) {
    const chain = rpcChainId ?? options.chainId;
    throw new TrustRootError(
      `no trust root${chain === undefined ? '' : ` for chain ${chain}`}: ${options.trustRoot.source === 'command line' ? 'the command line' : options.trustRoot.source} names no AyniAnchor deployment${chain === undefined ? '' : ' on it'}. Give one with --deployments <registry file> or --contract <address>, from a source you trust: never from the server that gave you the bundle`,
    );
  }

  /** @type {string[]} */
  const bundleProblems = [];
  if (bundle.hashScheme !== undefined && bundle.hashScheme !== HASH_SCHEME)
    bundleProblems.push(`unknown hash scheme ${JSON.stringify(bundle.hashScheme)} (expected ${HASH_SCHEME})`);
  const subject = subjectOf(bundle, bundleProblems);
  if (options.expectedLotId !== undefined && subject && subject.lotId !== options.expectedLotId) {
    bundleProblems.push(`the bundle is about lot ${subject.lotId}, not about lot ${options.expectedLotId} that you asked to verify`);
  }
  if (bundle.events.length === 0) bundleProblems.push('the bundle has no events');

  // 1-2. Content and subject binding of every entry.
  const events = bundle.events.map((entry, i) => examine(entry, i, 'event', subject));
  const facts = (bundle.facts ?? []).map((entry, i) => examine(entry, i, 'fact', subject));
  // 3. The chain of events, and the bundle's claim about it.
  const linkage = checkLinkage(events);
  const claimProblems = bundle.format === BUNDLE_V2 ? checkChainClaim(bundle.chain, linkage) : [];
  // 4-5. Proofs and the trust root.
  for (const [work, entry] of [
    ...events.map((w, i) => /** @type {const} */ ([w, bundle.events[i]])),
    ...facts.map((w, i) => /** @type {const} */ ([w, bundle.facts?.[i]])),
  ]) {
    checkAnchorClaim(work, isObject(entry) ? entry.proof : undefined, trusted, rpcChainId);
  }

  /** @type {string[]} */
  const trustProblems = [];
  if (rpcChainId !== null) {
    const reader = new ChainReader(/** @type {string} */ (options.rpcUrl), { chainId: rpcChainId, timeoutMs, logChunk: options.logChunk ?? DEFAULT_LOG_CHUNK });
    try {
      /** @type {Map<TrustedDeployment, string[]>} */
      const deploymentProblems = new Map();
      for (const work of [...events, ...facts]) {
        if (!work.anchor || !work.deployment) continue;
        // 6. The trusted deployment itself, once.
        let problems = deploymentProblems.get(work.deployment);
        if (!problems) {
          problems = await checkDeployment(reader, work.deployment, rpcChainId);
          deploymentProblems.set(work.deployment, problems);
          trustProblems.push(...problems);
        }
        work.verdict.problems.push(...problems);
        // 7. The anchoring transaction.
        await checkAnchorOnChain(reader, work, {
          confirmations: options.confirmations ?? DEFAULT_CONFIRMATIONS,
          requireFinality: options.requireFinality === true,
        });
      }
    } finally {
      reader.destroy();
    }
  }

  for (const work of [...events, ...facts]) {
    const v = work.verdict;
    if (!work.anchor && options.requireAnchored) v.problems.push('not anchored yet (and anchoring is required)');
    if (v.problems.length) v.status = 'failed';
    else if (!work.anchor) {
      v.status = 'pending';
      v.notes.push('not anchored yet');
    } else v.status = offline ? 'verified-offline' : 'verified';
    v.ok = v.status === 'verified' || v.status === 'verified-offline';
  }

  const completeness = completenessOf(linkage, claimProblems, {
    offline,
    claimed: bundle.format === BUNDLE_V2 && isObject(bundle.chain) ? bundle.chain : null,
  });
  /** @param {AnchoredWork[]} list */
  const count = (list) => ({
    verified: list.filter((w) => w.verdict.ok).length,
    failed: list.filter((w) => w.verdict.status === 'failed').length,
    pending: list.filter((w) => w.verdict.status === 'pending').length,
  });
  const eventCounts = count(events);
  const factCounts = count(facts);
  const problems = [...bundleProblems, ...claimProblems];
  const ok = problems.length === 0 && completeness.problems.length === 0 && eventCounts.failed === 0 && factCounts.failed === 0 && eventCounts.verified > 0;
  return {
    ok,
    mode: offline ? 'offline' : 'rpc',
    bundleFormat: /** @type {string} */ (bundle.format),
    subject,
    chainId: rpcChainId,
    trustRoot: { source: options.trustRoot.source, deployments: trusted, problems: trustProblems },
    events: events.map((w) => w.verdict),
    facts: facts.map((w) => w.verdict),
    completeness,
    problems,
    counts: { ...eventCounts, facts: factCounts },
  };
};
