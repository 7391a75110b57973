import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runVerifier, type VerifierRun } from './verify-cli.js';

const PACKAGE = fileURLToPath(new URL('../../packages/verify/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs a command with a clean environment (no NODE_OPTIONS, so no loader can be preloaded). */
function run(command: string, args: string[], cwd = ROOT): Promise<VerifierRun> {
  return new Promise((resolve, reject) => {
    const { NODE_OPTIONS: _loaders, ...env } = process.env;
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && !e.parentPath.includes('node_modules')).map((e) => join(e.parentPath, e.name));
}

describe('ayni-verify, the package', () => {
  it('prints its usage and exits with 0 on --help and -h', async () => {
    const [long, short] = await Promise.all([runVerifier(['--help']), runVerifier(['-h'])]);
    for (const r of [long, short]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain('Usage: ayni-verify <bundle.json');
      expect(r.stdout).toContain('--deployments <file>');
      expect(r.stdout).toContain('Exit codes: 0');
    }
  });

  it('exits with 2 on a usage error, naming it', async () => {
    const r = await runVerifier(['bundle.json', '--rpc', 'http://127.0.0.1:1', '--offline']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ayni-verify: give either --rpc or --offline, not both');
    expect(r.stderr).toContain('Usage: ayni-verify');
  });

  it('runs with plain node from its bin, with no TypeScript loader anywhere in it', async () => {
    // Act: node itself on the bin file, not through npm or a loader.
    const r = await run(process.execPath, [join(PACKAGE, 'bin/ayni-verify.js'), '--help']);

    // Assess
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: ayni-verify');
    const pkg = JSON.parse(await readFile(join(PACKAGE, 'package.json'), 'utf8'));
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies })).not.toContain('tsx');
    expect(pkg.bin['ayni-verify']).toBe('./bin/ayni-verify.js');
    expect(pkg.exports['.']).toEqual({ types: './src/index.d.ts', default: './src/index.js' });
    const shipped = (await filesOf(PACKAGE)).filter((f) => /[/\\](src|bin|scripts)[/\\]/.test(f));
    expect(shipped.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    for (const file of shipped.filter((f) => f.endsWith('.js'))) {
      const text = await readFile(file, 'utf8');
      expect(text, file).not.toMatch(/from ['"]tsx|import\(['"]tsx|\.ts['"]/);
    }
  });

  it('type-checks its JavaScript against its declarations', async () => {
    const r = await run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(PACKAGE, 'tsconfig.json')]);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('commits a registry of real deployments only, none yet', async () => {
    const registry = JSON.parse(await readFile(join(PACKAGE, 'deployments.json'), 'utf8'));
    expect(registry).toMatchObject({ format: 'ayni-deployments/1', deployments: [] });
    expect(registry.$comment).toContain('npm run chain:deploy');
  });
});
