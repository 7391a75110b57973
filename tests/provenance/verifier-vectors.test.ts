import { readdir, readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runVerifier, runVerifierInProcess } from './verify-cli.js';

const VECTORS = fileURLToPath(new URL('../../docs/provenance/test-vectors/', import.meta.url));
const GENERATOR = fileURLToPath(new URL('../../packages/verify/scripts/make-vectors.js', import.meta.url));

interface Vector {
  name: string;
  description: string;
  file: string;
  trustRoot: { chainId: number; contract: string; anchorers?: string[] };
  expect: 'pass' | 'fail';
  problem: string | null;
  statement?: string;
}

const index = JSON.parse(await readFile(join(VECTORS, 'vectors.json'), 'utf8')) as { format: string; vectors: Vector[] };

describe('the verifier’s test vectors', () => {
  it('are what the generator writes, byte for byte', async () => {
    // Prepare
    const out = await mkdtemp(join(tmpdir(), 'ayni-vectors-'));

    // Act
    const { writeVectors } = (await import(GENERATOR)) as { writeVectors(out: string): Promise<string[]> };
    const written = await writeVectors(out);

    // Assess
    const committed = (await readdir(VECTORS)).sort();
    expect(written.sort()).toEqual(committed);
    for (const file of committed) {
      expect(await readFile(join(out, file), 'utf8'), file).toBe(await readFile(join(VECTORS, file), 'utf8'));
    }
  });

  it('cover the cases the specification names', () => {
    expect(index.format).toBe('ayni-verify-test-vectors/1');
    expect(index.vectors.map((v) => v.name)).toEqual(
      expect.arrayContaining([
        'valid-chained-lot',
        'legacy-v1',
        'changed-quantity',
        'wrong-salt',
        'bad-proof',
        'swapped-event-other-lot',
        'omitted-middle-event',
        'reordered-events',
        'inserted-event',
        'event-after-final',
        'look-alike-contract',
        'chain-id-mismatch',
      ]),
    );
    for (const v of index.vectors) expect(v.expect === 'pass' ? v.statement : v.problem, v.name).toBeTruthy();
  });

  const argsOf = (v: Vector) => [
    join(VECTORS, v.file),
    '--offline',
    '--chain-id',
    String(v.trustRoot.chainId),
    '--contract',
    v.trustRoot.contract,
    ...(v.trustRoot.anchorers ?? []).flatMap((a) => ['--anchorer', a]),
  ];

  it('run through the bin as they are documented', async () => {
    const valid = index.vectors.find((v) => v.name === 'valid-chained-lot')!;
    const run = await runVerifier(argsOf(valid));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Completeness: ${valid.statement}`);
  });

  it.for(index.vectors)('$name: gives the expected outcome offline', async (v) => {
    // Act
    const run = await runVerifierInProcess(argsOf(v));

    // Assess
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('OFFLINE: anchoring transactions were NOT checked on chain');
    if (v.expect === 'pass') {
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toContain(v.statement!);
      expect(run.stdout).not.toContain('FAIL');
    } else {
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toMatch(/^FAIL .*$/m);
      expect(run.stdout).toContain(v.problem!);
    }
  });
});
