import { CfnOutput, Duration, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { lambdas as manifestLambdas, type LambdaSpec } from '../../functions/manifest.js';
import { AnchorSigner } from './anchor-signer.js';
import { Api } from './api.js';
import { DomainFunction, timeoutOf } from './domain-function.js';
import { functionAssets, type BundledFile } from './function-assets.js';
import { Identity } from './identity.js';
import { ScheduledJob } from './jobs.js';
import {
  METRIC_NAMESPACE,
  Observability,
  type ObservedDeadLetterQueue,
  type ObservedFunction,
  type ObservedJob,
  type ObservedStreamConsumer,
  type ObservedWorkQueue,
} from './observability.js';
import { OutboxStreamConsumer } from './outbox-stream.js';
import { createTable } from './table.js';
import { WEBHOOK_QUEUE_AGE_THRESHOLD, WebhookQueues, WebhookSecrets } from './webhooks.js';

export interface AyniStackProps extends StackProps {
  /** Deployment stage (`dev`, `prod`, ...): used in resource names and tags. */
  readonly stage: string;
  /** Origins allowed by CORS on the HTTP API; empty (the default) configures no CORS. */
  readonly corsOrigins?: readonly string[];
  /** The Lambdas and their routes; defaults to `functions/manifest.ts`. */
  readonly lambdas?: readonly LambdaSpec[];
  /** The anchoring chain, handed to functions that declare `chain` (absent: they report it unset). */
  readonly chain?: {
    readonly rpcUrl: string;
    readonly chainId: number;
    readonly contractAddress: string;
    /** Public RPCs the page's browser check may call (CHAIN_PUBLIC_RPC_URLS syntax: `<chainId>=<url>,<url>;…`). */
    readonly publicRpcUrls?: string;
    /** Where the committed deployments registry can be read (ANCHOR_REGISTRY_URL). */
    readonly registryUrl?: string;
  };
  /** Extra files per function name; defaults to `function-assets.ts`. */
  readonly functionAssets?: Readonly<Record<string, readonly BundledFile[]>>;
  /** An existing SNS topic for the CloudWatch alarms (`-c alarmTopicArn=...`); absent, the stack creates one. */
  readonly alarmTopicArn?: string;
}

/**
 * Ayni's backend: one DynamoDB table, a Cognito user pool, an HTTP API with a JWT authorizer, and one
 * Lambda per manifest entry with one route per RouteSpec. Adding a domain means adding a manifest
 * entry; nothing here changes.
 */
export class AyniStack extends Stack {
  readonly functions: ReadonlyMap<string, DomainFunction>;
  readonly observability: Observability;

  constructor(scope: Construct, id: string, props: AyniStackProps) {
    super(scope, id, props);
    const lambdas = props.lambdas ?? manifestLambdas;
    const assets = props.functionAssets ?? functionAssets;
    assertManifestIsConsistent(lambdas);

    Tags.of(this).add('project', 'ayni');
    Tags.of(this).add('stage', props.stage);

    const table = createTable(this, 'Table');
    const identity = new Identity(this, 'Identity', { stage: props.stage });
    const api = new Api(this, 'Api', {
      stage: props.stage,
      corsOrigins: props.corsOrigins ?? [],
      jwtIssuer: identity.issuerUrl,
      jwtAudience: [identity.client.userPoolClientId],
    });

    const environment = {
      TABLE_NAME: table.tableName,
      // API Gateway has verified the JWT; the app reads the claims from the request context.
      AUTH_MODE: 'gateway',
      AUTH_ISSUER: identity.issuerUrl,
      AUTH_AUDIENCE: identity.client.userPoolClientId,
      PUBLIC_BASE_URL: api.endpoint,
      // Powertools Metrics (EMF) writes to the namespace the alarms and the dashboard read.
      POWERTOOLS_METRICS_NAMESPACE: METRIC_NAMESPACE,
    };

    const chainEnvironment: Record<string, string> = props.chain
      ? {
          CHAIN_RPC_URL: props.chain.rpcUrl,
          CHAIN_ID: String(props.chain.chainId),
          ANCHOR_CONTRACT_ADDRESS: props.chain.contractAddress,
          ...(props.chain.publicRpcUrls ? { CHAIN_PUBLIC_RPC_URLS: props.chain.publicRpcUrls } : {}),
          ...(props.chain.registryUrl ? { ANCHOR_REGISTRY_URL: props.chain.registryUrl } : {}),
        }
      : {};
    const signer = lambdas.some((spec) => spec.anchorSigner) ? new AnchorSigner(this, 'AnchorSigner') : undefined;
    const webhookConsumers = lambdas.filter((spec) => spec.queue === 'webhook-deliveries');
    const webhookQueues = lambdas.some((spec) => spec.webhookQueue)
      ? new WebhookQueues(this, 'WebhookQueues', {
          consumerTimeout: Duration.seconds(Math.max(0, ...webhookConsumers.map((spec) => timeoutOf(spec).toSeconds()))),
        })
      : undefined;
    const webhookSecrets = lambdas.some((spec) => spec.webhookSecrets) ? new WebhookSecrets(this, 'WebhookSecrets') : undefined;

    const functions = new Map<string, DomainFunction>();
    const observedFunctions: ObservedFunction[] = [];
    const observedJobs: ObservedJob[] = [];
    const observedDeadLetterQueues: ObservedDeadLetterQueue[] = [];
    const observedStreamConsumers: ObservedStreamConsumer[] = [];
    const observedWorkQueues: ObservedWorkQueue[] = [];
    if (webhookQueues) {
      observedDeadLetterQueues.push({
        id: 'WebhookDeliveries',
        queue: webhookQueues.deadLetterQueue,
        description: 'Webhook deliveries are in the dead-letter queue (attempts used up, or a message that kept failing)',
      });
      observedWorkQueues.push({
        id: 'WebhookDeliveries',
        queue: webhookQueues.deliveryQueue,
        maxAge: WEBHOOK_QUEUE_AGE_THRESHOLD,
        description: 'A due webhook delivery job has waited too long in the delivery queue',
      });
    }
    for (const spec of lambdas) {
      const id = pascalCase(spec.name);
      const domainFunction = new DomainFunction(this, id, {
        spec,
        table,
        environment: {
          ...environment,
          ...(spec.chain || spec.anchorSigner ? chainEnvironment : {}),
          ...(spec.anchorSigner && signer ? { ANCHOR_KMS_KEY_ID: signer.key.keyId } : {}),
          ...(spec.webhookQueue && webhookQueues ? webhookQueues.environment : {}),
          ...(spec.webhookSecrets && webhookSecrets ? webhookSecrets.environment : {}),
        },
        bundledFiles: assets[spec.name] ?? [],
      });
      if (spec.anchorSigner) signer!.grantSign(domainFunction.function);
      if (spec.webhookQueue) webhookQueues!.grantEnqueue(domainFunction.function);
      if (spec.webhookSecrets) webhookSecrets!.grant(domainFunction.function, spec.webhookSecrets);
      if (spec.queue === 'webhook-deliveries') webhookQueues!.addConsumer(domainFunction.function, timeoutOf(spec));
      if (spec.tableStream === 'outbox-events') {
        const consumer = new OutboxStreamConsumer(this, `${id}OutboxStream`, { table, fn: domainFunction.function });
        observedStreamConsumers.push({ id, fn: domainFunction.function });
        observedDeadLetterQueues.push({
          id: `${id}StreamFailures`,
          queue: consumer.failureQueue,
          description: `Batches of the table stream that ${id} gave up are in its failure queue (retries or record age used up)`,
        });
      }
      api.addLambdaRoutes(id, domainFunction.function, spec.routes);
      if (spec.schedule) {
        const job = new ScheduledJob(this, `${id}Schedule`, { fn: domainFunction.function, ...spec.schedule });
        observedJobs.push({ id, job, fn: domainFunction.function });
      }
      functions.set(spec.name, domainFunction);
      observedFunctions.push({ id, fn: domainFunction.function });
    }
    this.functions = functions;

    const anchorer = lambdas.find((spec) => spec.anchorSigner);
    this.observability = new Observability(this, 'Observability', {
      stage: props.stage,
      ...(props.alarmTopicArn ? { alarmTopicArn: props.alarmTopicArn } : {}),
      apiStage: api.stage,
      functions: observedFunctions,
      jobs: observedJobs,
      deadLetterQueues: observedDeadLetterQueues,
      workQueues: observedWorkQueues,
      streamConsumers: observedStreamConsumers,
      // The `service` dimension Powertools Metrics adds from POWERTOOLS_SERVICE_NAME (see domain-function.ts).
      ...(anchorer ? { anchorService: `ayni-${anchorer.name}` } : {}),
      ...(lambdas.some((spec) => spec.name === 'loans-arrears') ? { arrearsService: 'ayni-loans-arrears' } : {}),
      anchoringExpected: props.chain !== undefined,
    });
    if (webhookQueues) {
      new CfnOutput(this, 'WebhookDeadLetterQueueUrl', { value: webhookQueues.deadLetterQueue.queueUrl, description: 'Webhook deliveries given up' });
    }
    if (signer) new CfnOutput(this, 'AnchorSignerKeyId', { value: signer.key.keyId, description: 'KMS key of the anchorer' });

    new CfnOutput(this, 'ApiUrl', { value: api.endpoint, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'UserPoolId', { value: identity.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: identity.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: table.tableName });
  }
}

/** `standing-orders` -> `StandingOrders`: the construct id stem of a function. */
function pascalCase(name: string): string {
  return name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** Fails the synth with a readable message instead of a construct-id clash deep inside CDK. */
function assertManifestIsConsistent(lambdas: readonly LambdaSpec[]): void {
  const names = new Set<string>();
  const routeKeys = new Map<string, string>();
  for (const spec of lambdas) {
    if (!/^[a-z][a-z0-9-]*$/.test(spec.name)) throw new Error(`manifest: bad function name "${spec.name}"`);
    if (names.has(spec.name)) throw new Error(`manifest: function "${spec.name}" is declared twice`);
    names.add(spec.name);
    for (const route of spec.routes) {
      const key = `${route.method} ${route.path}`;
      const owner = routeKeys.get(key);
      if (owner) throw new Error(`manifest: route "${key}" is declared by both "${owner}" and "${spec.name}"`);
      routeKeys.set(key, spec.name);
    }
    // The delivery function re-queues retries and dead-letters with the queues' URLs.
    if (spec.queue && !spec.webhookQueue) throw new Error(`manifest: "${spec.name}" consumes ${spec.queue} and must also declare webhookQueue`);
  }
}
