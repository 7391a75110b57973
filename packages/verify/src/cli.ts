import { readFile } from 'node:fs/promises';
import { verifyBundle, type Bundle } from './verify.js';

const USAGE = `Usage: ayni-verify <bundle.json | https://.../v1/lots/<lotId>/provenance> --rpc <url> [--confirmations N] [--require-finality] [--json]

Checks every event of an Ayni proof bundle without trusting Ayni's server: recomputes each record's
hash from its canonical JSON and salt, checks its Merkle proof against the anchored root, and reads
the anchoring transaction, its Anchored log and the anchorer's authorisation from the RPC you give.
Exit code 0 when every event is verified, 1 when any is not, 2 on usage errors.`;

interface Args {
  source?: string;
  rpc?: string;
  confirmations?: number;
  requireFinality: boolean;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { requireFinality: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--rpc') args.rpc = argv[++i];
    else if (arg.startsWith('--rpc=')) args.rpc = arg.slice(6);
    else if (arg === '--confirmations') args.confirmations = Number(argv[++i]);
    else if (arg === '--require-finality') args.requireFinality = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '-h' || arg === '--help') throw new UsageError('');
    else if (!args.source) args.source = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  return args;
}

class UsageError extends Error {}

async function loadBundle(source: string): Promise<Bundle> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`GET ${source}: HTTP ${response.status}`);
    return (await response.json()) as Bundle;
  }
  return JSON.parse(await readFile(source, 'utf8')) as Bundle;
}

export async function main(argv: readonly string[], out = console.log, err = console.error): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
    if (!args.source || !args.rpc) throw new UsageError('a bundle and --rpc are required');
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) err(`ayni-verify: ${error.message}`);
      err(USAGE);
      return 2;
    }
    throw error;
  }
  try {
    const bundle = await loadBundle(args.source);
    const verdicts = await verifyBundle(bundle, {
      rpcUrl: args.rpc,
      requireFinality: args.requireFinality,
      ...(args.confirmations ? { confirmations: args.confirmations } : {}),
    });
    const failed = verdicts.filter((v) => !v.ok).length;
    if (args.json) out(JSON.stringify({ ok: failed === 0 && verdicts.length > 0, events: verdicts }, null, 2));
    else {
      for (const v of verdicts) {
        const mark = v.ok ? 'OK  ' : v.status === 'pending' ? 'WAIT' : 'FAIL';
        const detail = v.ok ? `anchored in block ${v.blockNumber} (${v.finality})` : v.problems.join('; ');
        out(`${mark} ${v.id} ${v.type}: ${detail}`);
      }
      out(failed === 0 && verdicts.length > 0 ? `${verdicts.length} verified, 0 failed` : `${verdicts.length - failed} verified, ${failed} failed`);
    }
    return failed === 0 && verdicts.length > 0 ? 0 : 1;
  } catch (error) {
    err(`ayni-verify: ${(error as Error).message}`);
    return 1;
  }
}
