import { App } from 'aws-cdk-lib';
import { AyniStack, type AyniStackProps } from '../lib/ayni-stack.js';

/**
 * The CDK app (`npm run synth`, `npx cdk deploy`). Context:
 * - `stage` (default `dev`): `-c stage=prod`
 * - `corsOrigins` (default none): a list in cdk.json, or `-c corsOrigins=https://a.example,https://b.example`
 * - `alarmTopicArn` (default: the stack creates a topic): an existing SNS topic for the CloudWatch alarms
 * Synth needs no AWS credentials: without CDK_DEFAULT_ACCOUNT/REGION the stack is environment-agnostic.
 */
const app = new App();

const stage = contextString(app, 'stage') ?? 'dev';
if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage)) {
  throw new Error(`context "stage" must be lower-case letters, digits and dashes (got "${stage}")`);
}

const account = process.env.CDK_DEFAULT_ACCOUNT;
const region = process.env.CDK_DEFAULT_REGION;

new AyniStack(app, 'Ayni', {
  // The CLI name stays `Ayni`; the CloudFormation stack name carries the stage so stages can share an account.
  stackName: `Ayni-${stage}`,
  description: `Ayni serverless backend (${stage})`,
  stage,
  corsOrigins: contextList(app, 'corsOrigins'),
  ...alarmTopicContext(app),
  ...chainContext(app),
  ...(account || region ? { env: { account, region } } : {}),
});

function contextString(scope: App, key: string): string | undefined {
  const value: unknown = scope.node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new Error(`context "${key}" must be a string`);
  return value;
}

function alarmTopicContext(scope: App): { alarmTopicArn?: string } {
  const alarmTopicArn = contextString(scope, 'alarmTopicArn');
  if (alarmTopicArn === undefined) return {};
  if (!/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/.test(alarmTopicArn)) {
    throw new Error(`context "alarmTopicArn" must be an SNS topic ARN (got "${alarmTopicArn}")`);
  }
  return { alarmTopicArn };
}

function contextList(scope: App, key: string): string[] {
  const value: unknown = scope.node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return [];
  const items = Array.isArray(value) ? value : String(value).split(',');
  return items.map((item) => String(item).trim()).filter(Boolean);
}

/**
 * `-c chainRpcUrl=... -c chainId=11155111 -c anchorContract=0x...`: all three or none; optionally
 * `-c chainPublicRpcUrls=11155111=https://...` (the page's browser check) and `-c anchorRegistryUrl=https://...`.
 */
function chainContext(scope: App): { chain?: AyniStackProps['chain'] } {
  const rpcUrl = contextString(scope, 'chainRpcUrl');
  const chainId = contextString(scope, 'chainId');
  const contractAddress = contextString(scope, 'anchorContract');
  if (!rpcUrl && !chainId && !contractAddress) return {};
  if (!rpcUrl || !chainId || !contractAddress || !/^\d+$/.test(chainId)) {
    throw new Error('context chainRpcUrl, chainId (a number) and anchorContract must be given together');
  }
  const publicRpcUrls = contextString(scope, 'chainPublicRpcUrls');
  const registryUrl = contextString(scope, 'anchorRegistryUrl');
  return { chain: { rpcUrl, chainId: Number(chainId), contractAddress, ...(publicRpcUrls ? { publicRpcUrls } : {}), ...(registryUrl ? { registryUrl } : {}) } };
}
