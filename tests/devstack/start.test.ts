import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, isPortOpen } from '../../packages/devstack/src/ports.js';
import { runVerifier } from '../provenance/verify-cli.js';

/**
 * `npm start` as a person runs it: the real command in a child process, with its own free ports and
 * data folder so it never collides with a developer's running stack.
 */
interface Started {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

function startStack(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/devstack/src/start.ts'], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** `npm run job -- <name>` as a person runs it, next to the running stack (found through DATA_DIR). */
function runJob(job: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/devstack/src/job.ts', job], {
    env: { ...process.env, DATA_DIR: env.DATA_DIR!, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

async function waitFor(started: Started, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!started.output().includes(text)) {
    if (Date.now() > deadline || started.child.exitCode !== null) {
      throw new Error(`"${text}" not printed; output was:\n${started.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const dataDir = await mkdtemp(join(tmpdir(), 'ayni-devstack-'));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('npm start', () => {
  it('serves a healthy API within 30 s, keeps its data across a restart, and leaves nothing running on SIGTERM', async () => {
    const ports = { PORT: await freePort(), DYNAMODB_LOCAL_PORT: await freePort(), EVM_PORT: await freePort() };
    // Started as if at 06:00 UTC, an hour at which Peru is still on the day before and a seed that
    // dated events by calendar offsets put some of them in the future (seed-dates.test.ts tries more).
    const env = Object.fromEntries([
      ...Object.entries(ports).map(([k, v]) => [k, String(v)]),
      ['DATA_DIR', dataDir],
      ['CLOCK_START', '2026-12-01T06:00:00Z'],
      // Other test files load the machine meanwhile (see tests/support/api.ts).
      ['DYNAMODB_TIMEOUT_MS', '15000'],
    ]);

    for (const run of ['first', 'restart'] as const) {
      const stack = startStack(env);
      const started = Date.now();
      await waitFor(stack, 'Ayni is running', 30_000);
      const health = await fetch(`http://127.0.0.1:${ports.PORT}/health`);
      expect(Date.now() - started).toBeLessThan(30_000);
      await waitFor(stack, 'Demo data ready', 120_000);
      const catalog = await (await fetch(`http://127.0.0.1:${ports.PORT}/v1/catalog?limit=100`)).json();
      expect(catalog.items.length).toBe(13);
      expect(stack.output()).toMatch(run === 'first' ? /5 associations created now/ : /already there/);
      if (run === 'first') {
        for (const job of ['anchor', 'arrears', 'standing-orders', 'expire-orders', 'backfill']) {
          const { code, output } = await runJob(job, env);
          expect(code, `${job}: ${output}`).toBe(0);
          expect(output).toMatch(/^\{/m);
        }
        // The verify command `npm start` prints works as printed: against the local chain's
        // registry it wrote, with nothing taken from the bundle.
        const command = /\(verify: npx ayni-verify (.+)\)$/m.exec(stack.output());
        expect(command, stack.output()).not.toBeNull();
        expect(command![1]).toContain('--deployments');
        const verify = await runVerifier(command![1]!.split(' '));
        expect(verify.code, verify.stdout + verify.stderr).toBe(0);
        expect(verify.stdout).toMatch(/\d+ verified, 0 failed/);
      }
      expect(health.status).toBe(200);
      const body = await health.json();
      expect(body.checks.dynamodb.ok).toBe(true);
      expect(body.checks.chain.ok).toBe(true);
      expect(stack.output()).toContain(run === 'first' ? `table ayni (created)` : `table ayni (existing)`);

      stack.child.kill('SIGTERM');
      expect(await stack.exited).toBe(0);
      for (const port of Object.values(ports)) expect(await isPortOpen(port), `port ${port} still open`).toBe(false);
    }
  }, 240_000);

  it('refuses a malformed variable and names it', async () => {
    const stack = startStack({ PORT: 'three thousand', DATA_DIR: dataDir });
    expect(await stack.exited).toBe(1);
    expect(stack.output()).toMatch(/PORT: .*number/);
  }, 30_000);
});
