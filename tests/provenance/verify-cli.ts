import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The installed bin, as `npx ayni-verify` finds it (a link to packages/verify/bin/ayni-verify.js). */
export const VERIFIER_BIN = fileURLToPath(new URL('../../node_modules/.bin/ayni-verify', import.meta.url));

export interface VerifierRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real `ayni-verify` bin with plain node (the node running the tests; no loader, no
 * NODE_OPTIONS) and collects its output.
 */
export function runVerifier(args: string[], options: { cwd?: string } = {}): Promise<VerifierRun> {
  return new Promise((resolve, reject) => {
    const { NODE_OPTIONS: _loaders, ...env } = process.env;
    const child = spawn(process.execPath, [VERIFIER_BIN, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...env, NODE_NO_WARNINGS: '1' },
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The verifier's `main` in this process, with the same arguments, exit code and output as the
 * bin (which only adds node's start-up): for tests that run it many times.
 */
export async function runVerifierInProcess(args: string[]): Promise<VerifierRun> {
  const { main } = await import('@ayni/verify');
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    (line) => out.push(`${line}\n`),
    (line) => err.push(`${line}\n`),
  );
  return { code, stdout: out.join(''), stderr: err.join('') };
}
