import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AssetHashType, DockerImage, Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { build, type BuildOptions, type BuildResult, type Plugin } from 'esbuild';
import type { LambdaSpec } from '../../functions/manifest.js';
import type { BundledFile } from './function-assets.js';
import { fromRepoRoot, repoRoot } from './paths.js';

/**
 * Every DynamoDB action a request path may use, and nothing else: no Scan (house rule "No Scan on
 * any request path"), no table management. This is why we do not use `grantReadWriteData`.
 */
export const TABLE_DATA_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:Query',
  'dynamodb:BatchGetItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:TransactWriteItems',
  'dynamodb:TransactGetItems',
  'dynamodb:ConditionCheckItem',
  // The health probe describes the table.
  'dynamodb:DescribeTable',
] as const;

/**
 * Makes the ESM bundle able to load CommonJS dependencies that call `require` (the AWS SDK does, for
 * `node:https` and friends); without it the first SDK call fails with "Dynamic require ... is not supported".
 */
const CREATE_REQUIRE_BANNER = "import { createRequire as __ayniCreateRequire } from 'module';const require = __ayniCreateRequire(import.meta.url);";

/** The bundle's file name; the Lambda handler is `index.handler`. */
export const BUNDLE_FILE = 'index.mjs';

/**
 * Resolves zod's `../locales/index.js` (all 64 locales, re-exported by `z.locales` and `z.core.locales`)
 * to a module holding English only. @hono/zod-openapi extends the whole `z` namespace, so tree-shaking
 * can never drop the other 63 (264 KiB minified). English stays the default error map: zod registers
 * it from `classic/schemas.js`, which imports `locales/en.js` directly, and `z.locales.en()` still works.
 */
export const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir)) return undefined;
      return { path: join(args.resolveDir, '..', 'locales', 'index.js'), namespace: 'zod-english-only' };
    });
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/**
 * Marks @ayni/chain's `artifact.ts` free of side effects. It only reads fields of the compiled
 * contract's JSON (ABI, bytecode: ~7 KiB), but esbuild must assume a property read may run a getter and
 * keeps the module (and the JSON) in every function importing `@ayni/chain`, even for `checkChain`
 * alone. The package-level fix is `"sideEffects": false` in packages/chain/package.json.
 */
export const chainArtifactPure: Plugin = {
  name: 'chain-artifact-pure',
  setup(build) {
    build.onResolve({ filter: /^\.\/artifact\.js$/ }, (args) => {
      if (!/[\\/]packages[\\/]chain[\\/]src$/.test(args.resolveDir)) return undefined;
      return { path: join(args.resolveDir, 'artifact.ts'), sideEffects: false };
    });
  },
};

/**
 * The esbuild options of every function, in one place: the stack bundles with them (`bundleFunction`,
 * run by the asset's local bundling), and tests/infra/bundle-budget.test.ts measures with the same
 * function, so the budget test cannot drift from what is deployed. esbuild's JS API rather than the
 * NodejsFunction CLI bundling: plugins need it, and aws-cdk-lib 2.276 silently drops `charset`.
 */
export function lambdaBuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    absWorkingDir: repoRoot,
    entryPoints: [entry],
    outfile: join(outdir, BUNDLE_FILE),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    mainFields: ['module', 'main'],
    minify: true,
    // Generated, so a stack trace can be mapped offline, but not enabled at run time (no
    // --enable-source-maps in NODE_OPTIONS: +11% CPU and +10 MiB at every cold start, ADR 0011).
    sourcemap: true,
    // Stack traces need the mappings only; leaving the sources out keeps the zip small.
    sourcesContent: false,
    // Spanish text stays as written ("está"), not `\u00E1` escapes.
    charset: 'utf8',
    banner: { js: CREATE_REQUIRE_BANNER },
    // The AWS SDK v3 is bundled in, not taken from the runtime (no `external`): the version we test
    // against (package-lock.json) is the version that runs. Measured: docs/decisions/0011-lambda-bundles.md.
    plugins: [zodEnglishOnly, chainArtifactPure],
    logLevel: 'warning',
  };
}

/** Bundles one function's entry (absolute, or relative to the repository root) into `outdir`. */
export async function bundleFunction(entry: string, outdir: string, extra: BuildOptions = {}): Promise<BuildResult> {
  return build({ ...lambdaBuildOptions(entry, outdir), ...extra });
}

/**
 * `bundleFunction`, synchronously (CDK's local bundling is synchronous, esbuild plugins are not): a
 * child node process with tsx runs it. esbuild's output goes to stderr, keeping `cdk synth` stdout clean.
 */
function bundleFunctionSync(scope: Construct, entry: string, outdir: string): void {
  const self = pathToFileURL(fileURLToPath(import.meta.url)).href;
  const script = `const { bundleFunction } = await import(${JSON.stringify(self)}); await bundleFunction(${JSON.stringify(entry)}, ${JSON.stringify(outdir)});`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { cwd: repoRoot, stdio: ['ignore', 2, 2] });
  if (run.status !== 0) throw new Error(`${scope.node.path}: bundling ${entry} failed (exit ${run.status ?? run.signal})`);
}

/** A function's timeout when its manifest entry declares none. */
export const DEFAULT_TIMEOUT_SECONDS = 10;

/** The timeout a manifest entry gets. */
export function timeoutOf(spec: LambdaSpec): Duration {
  return Duration.seconds(spec.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS);
}

export interface DomainFunctionProps {
  readonly spec: LambdaSpec;
  readonly table: ITableV2;
  /** Environment shared by all functions (table, auth, base URL); the function adds its own names. */
  readonly environment: Readonly<Record<string, string>>;
  /** Files copied next to the bundle (see function-assets.ts). */
  readonly bundledFiles?: readonly BundledFile[];
}

/** One Lambda for one manifest entry: bundled with local esbuild (`bundleFunction`), its own log group, table data access only. */
export class DomainFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: DomainFunctionProps) {
    super(scope, id);
    const { spec } = props;

    this.logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH });

    this.function = new NodejsFunction(this, 'Function', {
      code: bundledCode(this, spec.entry, props.bundledFiles ?? []),
      handler: 'index.handler',
      description: spec.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: timeoutOf(spec),
      ...(spec.reservedConcurrency ? { reservedConcurrentExecutions: spec.reservedConcurrency } : {}),
      logGroup: this.logGroup,
      environment: {
        ...props.environment,
        // No --enable-source-maps: it cost +11% CPU and +10 MiB at every cold start (ADR 0011).
        POWERTOOLS_SERVICE_NAME: `ayni-${spec.name}`,
        LOG_LEVEL: 'info',
      },
    });

    this.function.addToRolePolicy(
      new PolicyStatement({
        sid: 'TableDataNoScan',
        effect: Effect.ALLOW,
        actions: [...TABLE_DATA_ACTIONS],
        resources: [props.table.tableArn, `${props.table.tableArn}/index/*`],
      }),
    );
  }
}

/**
 * The function's code: `entry` bundled by `bundleFunction`, plus `files` copied into the bundle. A
 * missing file fails the synth with its name. The asset hash is the output's.
 */
function bundledCode(scope: Construct, entry: string, files: readonly BundledFile[]): Code {
  for (const file of files) {
    if (!existsSync(fromRepoRoot(file.from))) {
      throw new Error(`${scope.node.path}: file to bundle not found: ${file.from} (relative to ${repoRoot}); is its package installed?`);
    }
  }
  return Code.fromAsset(repoRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never pulled: local bundling either succeeds or throws, so Docker is never used.
      image: DockerImage.fromRegistry('dummy'),
      // Part of CDK's in-memory asset cache key, which cannot see into `local`: one entry per bundle.
      environment: { AYNI_BUNDLE: JSON.stringify({ entry, files }) },
      local: {
        tryBundle: (outputDir: string) => {
          bundleFunctionSync(scope, fromRepoRoot(entry), outputDir);
          for (const file of files) {
            const folder = join(outputDir, file.to);
            mkdirSync(folder, { recursive: true });
            copyFileSync(fromRepoRoot(file.from), join(folder, basename(file.from)));
          }
          return true;
        },
      },
    },
  });
}
