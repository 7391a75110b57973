import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * What makes `npm ci` pass on every platform (decision 0007), checked on the committed files: one
 * Hardhat, EDR's binaries listed for every platform and none depended on directly, and a truthful
 * Node version.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version?: string; os?: string[] }> };
const entries = Object.entries(lock.packages);

describe('the dependency tree', () => {
  it('holds one Hardhat and one EDR (no second Hardhat brought by another package)', () => {
    const hardhats = entries.filter(([path]) => /(^|\/)node_modules\/hardhat$/.test(path));
    expect(hardhats.map(([path, p]) => `${path}@${p.version}`)).toEqual([expect.stringMatching(/^node_modules\/hardhat@3\./)]);
    const edrs = entries.filter(([path]) => /node_modules\/@nomicfoundation\/edr$/.test(path));
    expect(edrs).toHaveLength(1);
  });

  it('lists EDR’s native binary for every platform a developer uses, and depends on none of them directly', () => {
    for (const platform of ['darwin-arm64', 'darwin-x64', 'linux-arm64-gnu', 'linux-x64-gnu', 'linux-x64-musl', 'win32-x64-msvc']) {
      expect(lock.packages, platform).toHaveProperty([`node_modules/@nomicfoundation/edr-${platform}`]);
    }
    expect(Object.keys(pkg.devDependencies).filter((name) => name.startsWith('@nomicfoundation/edr-'))).toEqual([]);
    expect(pkg.scripts.postinstall).toBe('node scripts/install-edr-binary.mjs');
  });

  it('runs on the Node major of Lambda (22), and says so', () => {
    expect(pkg.devDependencies.node).toMatch(/^\^?22\./);
    expect(pkg.devDependencies['@types/node']).toMatch(/^\^?22\./);
    expect(pkg.engines.node).toMatch(/^>=22\./);
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe('22');
  });
});
