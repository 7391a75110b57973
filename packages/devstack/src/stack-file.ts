import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where the running local stack can be reached, written by `npm start` into DATA_DIR so that local
 * commands (`npm run job`) talk to it without being told. No secret goes in this file.
 */
export interface StackFile {
  readonly AWS_ENDPOINT_URL_DYNAMODB: string;
  readonly TABLE_NAME: string;
  readonly CHAIN_RPC_URL: string;
  readonly CHAIN_ID: string;
  readonly ANCHOR_CONTRACT_ADDRESS: string;
  /** True when the anchorer is the local key kept under DATA_DIR. */
  readonly localAnchorer: boolean;
}

const path = (dataDir: string) => join(dataDir, 'stack.json');

export async function writeStackFile(dataDir: string, stack: StackFile): Promise<void> {
  await writeFile(path(dataDir), `${JSON.stringify(stack, null, 2)}\n`);
}

export async function readStackFile(dataDir: string): Promise<StackFile | undefined> {
  return existsSync(path(dataDir)) ? (JSON.parse(await readFile(path(dataDir), 'utf8')) as StackFile) : undefined;
}
