import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root (where `package-lock.json` and `node_modules/` live). Lambda entries in
 * `functions/manifest.ts` and the files copied into bundles are relative to it, and it is the
 * project root esbuild bundles from (`inputDir` in command hooks).
 */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a path given relative to the repository root. */
export function fromRepoRoot(relativePath: string): string {
  return resolve(repoRoot, relativePath);
}
