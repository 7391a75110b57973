import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { InterfaceAbi } from 'ethers';

/**
 * The compiled EAS contracts (SchemaRegistry, EAS) that the anchoring bench compares against,
 * taken from the npm package's own tarball, pinned by version and integrity. The package is not a
 * dependency: it depends on Hardhat 2, whose platform packages, hoisted beside Hardhat 3's, broke
 * `npm ci` across platforms. The tarball's compiled artifacts are all the bench needs, so it is
 * packed once into bench/.cache (ignored by git) with `npm pack`, which installs nothing.
 */
const PACKAGE = '@ethereum-attestation-service/eas-contracts';
const VERSION = '1.9.0';
const INTEGRITY = 'sha512-L60y1fgKlY3a45xxnPlgRbiGQY8RF/lF+AzF1iVoR7/aEzitS0Nuyyjq8+IXs1sSSU0dl2+yGSmELxVeB6FelA==';
const CACHE = join(import.meta.dirname, '..', '.cache', `eas-contracts-${VERSION}`);
const NAMES = ['SchemaRegistry', 'EAS'] as const;

const artifactPath = (name: string) => `package/artifacts/contracts/${name}.sol/${name}.json`;

async function unpack(): Promise<void> {
  await rm(CACHE, { recursive: true, force: true });
  await mkdir(CACHE, { recursive: true });
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json', '--pack-destination', CACHE], {
      cwd: CACHE,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  ) as Array<{ filename: string }>;
  const tarball = join(CACHE, packed!.filename);
  const integrity = `sha512-${createHash('sha512')
    .update(await readFile(tarball))
    .digest('base64')}`;
  if (integrity !== INTEGRITY) throw new Error(`${PACKAGE}@${VERSION}: integrity ${integrity}, expected ${INTEGRITY}`);
  execFileSync('tar', ['-xzf', tarball, '-C', CACHE, ...NAMES.map(artifactPath)], { stdio: 'inherit' });
  await rm(tarball);
}

export async function loadEasArtifact(name: (typeof NAMES)[number]): Promise<{ abi: InterfaceAbi; bytecode: string }> {
  if (!NAMES.every((n) => existsSync(join(CACHE, artifactPath(n))))) await unpack();
  return JSON.parse(await readFile(join(CACHE, artifactPath(name)), 'utf8')) as { abi: InterfaceAbi; bytecode: string };
}
