#!/usr/bin/env node
/**
 * Installs the native binary of Hardhat's EVM (EDR) for this platform when npm skipped it.
 *
 * Why: npm checks an optional dependency's `engines` against the Node that runs npm itself, and
 * marks it inert when they do not match. EDR's platform packages require Node >= 22; on a machine
 * whose npm runs on Node 20 (ours do; the project's scripts run on the Node 22 of the `node`
 * devDependency) npm skips the binary and the local EVM node cannot start. With npm on Node 22 npm
 * installs it itself and this script does nothing.
 *
 * What: read the exact version and integrity of `@nomicfoundation/edr-<platform>` from
 * package-lock.json (which lists every platform), `npm pack` that tarball from the registry, check
 * its sha512 against the lockfile, and unpack it where Node resolves it. Nothing here depends on the
 * machine beyond `npm` and `tar`. See docs/decisions/0007-node-22-and-the-edr-binary.md.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function isMusl() {
  if (process.platform !== 'linux') return false;
  const report = process.report?.getReport?.();
  const header = typeof report === 'string' ? JSON.parse(report).header : report?.header;
  return !header?.glibcVersionRuntime;
}

/** The suffix EDR's own loader (napi-rs) looks for on this machine. */
function target() {
  const { platform, arch } = process;
  if (platform === 'linux') return `linux-${arch}-${isMusl() ? 'musl' : 'gnu'}`;
  if (platform === 'win32') return `win32-${arch}-msvc`;
  return `${platform}-${arch}`;
}

const name = `@nomicfoundation/edr-${target()}`;
const destination = join(root, 'node_modules', ...name.split('/'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const entry = lock.packages?.[`node_modules/${name}`];

if (!existsSync(join(root, 'node_modules', '@nomicfoundation', 'edr'))) process.exit(0); // EDR not installed (e.g. --omit=dev)
if (existsSync(join(destination, 'package.json'))) process.exit(0); // npm installed it
if (!entry) {
  console.warn(`[ayni] no ${name} in package-lock.json: this platform has no EDR binary; the local EVM node will not start.`);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'ayni-edr-'));
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const packed = JSON.parse(
    execFileSync(npm, ['pack', `${name}@${entry.version}`, '--json', '--pack-destination', work], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      shell: process.platform === 'win32',
    }),
  )[0];
  const tarball = join(work, packed.filename);
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  if (entry.integrity && integrity !== entry.integrity) {
    throw new Error(`${name}@${entry.version}: integrity ${integrity} does not match package-lock.json (${entry.integrity})`);
  }
  mkdirSync(destination, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', destination, '--strip-components=1'], { stdio: 'inherit' });
  console.log(`[ayni] installed ${name}@${entry.version} (npm skipped it: its engines ask for Node >= 22, npm runs on ${process.version})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
