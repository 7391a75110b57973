import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The local stack's key that seals webhook signing secrets (AES-256, base64), kept under DATA_DIR
 * beside the table it protects and never in the repository: created on the first `npm start`, read
 * on every later one, so the secrets sealed before a restart still open.
 */
export async function loadOrCreateSecretsKey(dataDir: string): Promise<string> {
  const path = join(dataDir, 'webhook-secrets.key');
  if (!existsSync(path)) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
  return (await readFile(path, 'utf8')).trim();
}
