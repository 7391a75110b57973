import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Charset, NodejsFunction, OutputFormat, type ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
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
const CREATE_REQUIRE_BANNER = "import { createRequire } from 'module';const require = createRequire(import.meta.url);";

export interface DomainFunctionProps {
  readonly spec: LambdaSpec;
  readonly table: ITableV2;
  /** Environment shared by all functions (table, auth, base URL); the function adds its own names. */
  readonly environment: Readonly<Record<string, string>>;
  /** Files copied next to the bundle (see function-assets.ts). */
  readonly bundledFiles?: readonly BundledFile[];
}

/** One Lambda for one manifest entry: bundled with local esbuild, its own log group, table data access only. */
export class DomainFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: DomainFunctionProps) {
    super(scope, id);
    const { spec } = props;

    this.logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH });

    this.function = new NodejsFunction(this, 'Function', {
      entry: fromRepoRoot(spec.entry),
      handler: 'handler',
      description: spec.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(spec.timeoutSeconds ?? 10),
      ...(spec.reservedConcurrency ? { reservedConcurrentExecutions: spec.reservedConcurrency } : {}),
      logGroup: this.logGroup,
      projectRoot: repoRoot,
      depsLockFilePath: fromRepoRoot('package-lock.json'),
      environment: {
        ...props.environment,
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: `ayni-${spec.name}`,
        LOG_LEVEL: 'info',
      },
      bundling: {
        // Local esbuild only (a dev dependency); never Docker.
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        target: 'node22',
        minify: true,
        sourceMap: true,
        // Stack traces need the mappings only; leaving the sources out keeps the zip small.
        sourcesContent: false,
        charset: Charset.UTF8,
        banner: CREATE_REQUIRE_BANNER,
        // The AWS SDK v3 is bundled in, not taken from the runtime: the version we test against
        // (package-lock.json) is the version that runs, whatever SDK the Lambda runtime ships that
        // month; tree-shaking keeps only the DynamoDB client (~0.5 MB minified, see TOOLCHAIN.md).
        bundleAwsSDK: true,
        ...(props.bundledFiles?.length ? { commandHooks: copyFilesHook(this, props.bundledFiles) } : {}),
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

/** Shell-quotes one argument for the `bash -c` command hooks run in. */
function quote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** Command hooks copying `files` into the bundle; a missing source file fails the synth with its name. */
function copyFilesHook(scope: Construct, files: readonly BundledFile[]): ICommandHooks {
  for (const file of files) {
    if (!existsSync(fromRepoRoot(file.from))) {
      throw new Error(`${scope.node.path}: file to bundle not found: ${file.from} (relative to ${repoRoot}); is its package installed?`);
    }
  }
  const folders = [...new Set(files.map((file) => file.to))];
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (inputDir: string, outputDir: string): string[] => [
      ...folders.map((folder) => `mkdir -p ${quote(posix.join(outputDir, folder))}`),
      ...files.map((file) => `cp ${quote(posix.join(inputDir, file.from))} ${quote(posix.join(outputDir, file.to))}/`),
    ],
  };
}
