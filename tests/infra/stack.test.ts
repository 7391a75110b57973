import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyAttributeNames, tableDefinition } from '@ayni/store/table';
import { lambdas, type LambdaSpec } from '../../functions/manifest.js';
import { AyniStack } from '../../infra/lib/ayni-stack.js';
import { TABLE_DATA_ACTIONS } from '../../infra/lib/domain-function.js';
import { functionAssets } from '../../infra/lib/function-assets.js';

/**
 * The CDK stack, checked on a real synth: the real manifest, bundled by local esbuild exactly as
 * `npm run synth` does. One synth is shared by the whole file (bundling takes seconds).
 */

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; UpdateReplacePolicy?: string };
type Resources = Record<string, Resource>;

/** The roles of ARCHITECTURE.md ("Identity"): the specification, written out on purpose. */
const ROLES = ['platform_admin', 'association_admin', 'association_member', 'buyer', 'fund_officer', 'fund_approver'];

let outdir: string;
let template: Template;
let resources: Resources;

function synth(app: App, props: Partial<ConstructorParameters<typeof AyniStack>[2]> = {}): Template {
  const stack = new AyniStack(app, 'Ayni', { stage: 'test', ...props });
  return Template.fromStack(stack);
}

function ofType(type: string, from: Resources = resources): [string, Resource][] {
  return Object.entries(from).filter(([, resource]) => resource.Type === type);
}

function only<T>(items: readonly T[], what: string): T {
  expect(items, what).toHaveLength(1);
  return items[0]!;
}

/** The logical id of the function built for a manifest entry (found by its Powertools service name). */
function functionOf(spec: LambdaSpec, from: Resources = resources): [string, Resource] {
  const found = ofType('AWS::Lambda::Function', from).filter(([, fn]) => fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === `ayni-${spec.name}`);
  return only(found, `the function for "${spec.name}"`);
}

/** The logical id a `{ Ref }` or `{ Fn::GetAtt }` points at. */
function refOf(value: any): string {
  if (value?.Ref) return value.Ref;
  if (value?.['Fn::GetAtt']) return value['Fn::GetAtt'][0];
  throw new Error(`not a reference: ${JSON.stringify(value)}`);
}

function routeOf(method: string, path: string, from: Resources = resources): Resource {
  const found = ofType('AWS::ApiGatewayV2::Route', from).filter(([, r]) => r.Properties.RouteKey === `${method} ${path}`);
  return only(found, `route ${method} ${path}`)[1];
}

// Bundling twelve functions, one child process each: minutes on a loaded two-core machine.
beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'ayni-cdk-'));
  template = synth(new App({ outdir }));
  resources = template.toJSON().Resources as Resources;
}, 360_000);

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

describe('the table', () => {
  const table = () => only(ofType('AWS::DynamoDB::GlobalTable'), 'one table')[1];

  it('has the key schema of the table definition', () => {
    expect(table().Properties.KeySchema).toEqual([
      { AttributeName: tableDefinition.keys.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableDefinition.keys.sortKey, KeyType: 'RANGE' },
    ]);
  });

  it('declares every key attribute as a string, and nothing else', () => {
    const definitions = table().Properties.AttributeDefinitions as { AttributeName: string; AttributeType: string }[];
    expect(definitions.map((d) => d.AttributeName).sort()).toEqual(keyAttributeNames().sort());
    for (const definition of definitions) expect(definition.AttributeType).toBe('S');
  });

  it('has exactly the global indexes of the table definition, projecting all attributes', () => {
    const indexes = table().Properties.GlobalSecondaryIndexes as any[];
    expect(indexes).toHaveLength(tableDefinition.globalIndexes.length);
    for (const index of tableDefinition.globalIndexes) {
      const found = only(
        indexes.filter((i) => i.IndexName === index.indexName),
        `index ${index.indexName}`,
      );
      expect(found.KeySchema).toEqual([
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ]);
      expect(found.Projection).toEqual({ ProjectionType: 'ALL' });
    }
  });

  it('streams new and old images of every write, as the table definition says', () => {
    expect(table().Properties.StreamSpecification).toEqual({ StreamViewType: tableDefinition.stream });
  });

  it('expires items by the TTL attribute and bills on demand', () => {
    expect(table().Properties.TimeToLiveSpecification).toEqual({ AttributeName: tableDefinition.ttlAttribute, Enabled: true });
    expect(table().Properties.BillingMode).toBe(tableDefinition.billing);
  });

  it('has point-in-time recovery and deletion protection', () => {
    const replica = only(table().Properties.Replicas as any[], 'one replica (the stack region)');
    expect(replica.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(replica.DeletionProtectionEnabled).toBe(true);
  });

  it('is encrypted with the AWS-owned key (SSEEnabled false means the DynamoDB-owned key)', () => {
    expect(table().Properties.SSESpecification).toEqual({ SSEEnabled: false });
  });

  it('survives the deletion or replacement of the stack', () => {
    expect(table().DeletionPolicy).toBe('Retain');
    expect(table().UpdateReplacePolicy).toBe('Retain');
  });
});

describe('the functions', () => {
  it('are one per manifest entry', () => {
    template.resourceCountIs('AWS::Lambda::Function', lambdas.length);
    for (const spec of lambdas) functionOf(spec);
  });

  it.each(lambdas.map((spec) => [spec.name, spec] as const))('%s runs Node.js 22 on arm64 with 512 MB and its timeout (10 s unless declared)', (_, spec) => {
    const [, fn] = functionOf(spec);
    expect(fn.Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      MemorySize: 512,
      Timeout: spec.timeoutSeconds ?? 10,
      Handler: 'index.handler',
      Description: spec.description,
    });
  });

  it.each(lambdas.map((spec) => [spec.name, spec] as const))('%s gets the table, gateway auth and the API base URL', (_, spec) => {
    const [, fn] = functionOf(spec);
    const variables = fn.Properties.Environment.Variables;
    expect(refOf(variables.TABLE_NAME)).toBe(only(ofType('AWS::DynamoDB::GlobalTable'), 'table')[0]);
    expect(variables.AUTH_MODE).toBe('gateway');
    expect(refOf(variables.AUTH_AUDIENCE)).toBe(only(ofType('AWS::Cognito::UserPoolClient'), 'client')[0]);
    expect(JSON.stringify(variables.AUTH_ISSUER)).toContain('https://cognito-idp.');
    expect(variables.PUBLIC_BASE_URL).toEqual({ 'Fn::GetAtt': [only(ofType('AWS::ApiGatewayV2::Api'), 'api')[0], 'ApiEndpoint'] });
    expect(variables).toMatchObject({ LOG_LEVEL: 'info' });
    // Source maps are shipped for whoever reads a stack trace, not enabled at every cold start (decision 0011).
    expect(variables.NODE_OPTIONS ?? '').not.toContain('--enable-source-maps');
  });

  it.each(lambdas.map((spec) => [spec.name, spec] as const))('%s logs to its own log group kept for a month', (_, spec) => {
    const [, fn] = functionOf(spec);
    const logGroup = resources[refOf(fn.Properties.LoggingConfig.LogGroup)]!;
    expect(logGroup.Type).toBe('AWS::Logs::LogGroup');
    expect(logGroup.Properties.RetentionInDays).toBe(30);
  });

  it.each(lambdas.map((spec) => [spec.name, spec] as const))('%s is an ESM bundle with the createRequire banner', (_, spec) => {
    const [, fn] = functionOf(spec);
    const bundle = join(outdir, `asset.${String(fn.Properties.Code.S3Key).replace(/\.zip$/, '')}`);
    const code = readFileSync(join(bundle, 'index.mjs'), 'utf8');
    // The banner's import is aliased: a bundled module importing `createRequire` itself would otherwise
    // redeclare it (hidden by minification's renaming, a load error in an unminified build).
    expect(code.startsWith("import { createRequire as __ayniCreateRequire } from 'module';const require = __ayniCreateRequire(import.meta.url);")).toBe(true);
    expect(existsSync(join(bundle, 'index.mjs.map'))).toBe(true);
    for (const file of functionAssets[spec.name] ?? []) {
      const name = file.from.split('/').pop()!;
      expect(existsSync(join(bundle, file.to, name)), `${file.to}/${name} in the ${spec.name} bundle`).toBe(true);
    }
  });

  it('may use the table and its indexes but never Scan', () => {
    const [tableId] = only(ofType('AWS::DynamoDB::GlobalTable'), 'table');
    const tableArn = { 'Fn::GetAtt': [tableId, 'Arn'] };
    const streamArn = { 'Fn::GetAtt': [tableId, 'StreamArn'] };
    const allActions: string[] = [];
    for (const [, policy] of ofType('AWS::IAM::Policy')) {
      for (const statement of policy.Properties.PolicyDocument.Statement as any[]) {
        allActions.push(...[statement.Action].flat());
      }
    }
    expect(allActions).not.toContain('dynamodb:Scan');
    expect(allActions.filter((action) => action.startsWith('dynamodb:') && action.includes('*'))).toEqual([]);

    for (const spec of lambdas) {
      const [, fn] = functionOf(spec);
      const roleId = refOf(fn.Properties.Role);
      const policies = ofType('AWS::IAM::Policy').filter(([, p]) => p.Properties.Roles.some((r: any) => refOf(r) === roleId));
      const statements = policies.flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);
      const dynamodbStatements = statements.filter((s) => [s.Action].flat().some((a: string) => a.startsWith('dynamodb:')));
      // A stream consumer also reads the table's stream (granted by its event source), and only the stream.
      const onStream = (s: any) => JSON.stringify(s.Resource) === JSON.stringify(streamArn);
      const tableStatements = dynamodbStatements.filter((s) => !onStream(s));
      const statement = only(tableStatements, `one DynamoDB statement for ${spec.name}`);
      expect([statement.Action].flat().sort()).toEqual([...TABLE_DATA_ACTIONS].sort());
      expect(statement.Resource).toEqual([tableArn, { 'Fn::Join': ['', [tableArn, '/index/*']] }]);
      const streamActions = dynamodbStatements.filter(onStream).flatMap((s) => [s.Action].flat());
      expect(streamActions.sort(), spec.name).toEqual(
        spec.tableStream ? ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'] : [],
      );
    }
  });
});

describe('the HTTP API', () => {
  it('has one route per manifest route, to the function of its entry', () => {
    const routeCount = lambdas.reduce((n, spec) => n + spec.routes.length, 0);
    template.resourceCountIs('AWS::ApiGatewayV2::Route', routeCount);
    for (const spec of lambdas) {
      const [functionId] = functionOf(spec);
      for (const route of spec.routes) {
        const target = routeOf(route.method, route.path).Properties.Target['Fn::Join'][1][1];
        const integration = resources[refOf(target)]!;
        expect(integration.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
        expect(refOf(integration.Properties.IntegrationUri)).toBe(functionId);
      }
    }
  });

  it('lets public routes through without a token and guards every other route with the JWT authorizer', () => {
    for (const spec of lambdas) {
      for (const route of spec.routes) {
        const properties = routeOf(route.method, route.path).Properties;
        if (route.public) {
          expect(properties.AuthorizationType, `${route.method} ${route.path}`).toBe('NONE');
          expect(properties.AuthorizerId).toBeUndefined();
        } else {
          expect(properties.AuthorizationType, `${route.method} ${route.path}`).toBe('JWT');
          expect(resources[refOf(properties.AuthorizerId)]!.Type).toBe('AWS::ApiGatewayV2::Authorizer');
        }
      }
    }
  });

  it('serves a throttled $default stage with JSON access logs', () => {
    const [, stage] = only(ofType('AWS::ApiGatewayV2::Stage'), 'one stage');
    expect(stage.Properties).toMatchObject({ StageName: '$default', AutoDeploy: true });
    expect(stage.Properties.DefaultRouteSettings.ThrottlingRateLimit).toBeGreaterThan(0);
    expect(stage.Properties.DefaultRouteSettings.ThrottlingBurstLimit).toBeGreaterThan(0);
    const format = JSON.parse(stage.Properties.AccessLogSettings.Format);
    expect(format).toMatchObject({
      requestId: '$context.requestId',
      routeKey: '$context.routeKey',
      status: '$context.status',
      latency: '$context.responseLatency',
    });
    expect(resources[refOf(stage.Properties.AccessLogSettings.DestinationArn)]!.Type).toBe('AWS::Logs::LogGroup');
  });

  it('has no CORS configuration unless origins are given', () => {
    const [, api] = only(ofType('AWS::ApiGatewayV2::Api'), 'one API');
    expect(api.Properties.CorsConfiguration).toBeUndefined();
  });

  describe('with a private route and CORS origins (synth without bundling)', () => {
    let other: Resources;
    const privateRoute = { method: 'GET', path: '/v1/private-probe', public: false } as const;

    beforeAll(() => {
      const app = new App({ outdir: join(outdir, 'variant'), context: { 'aws:cdk:bundling-stacks': [] } });
      const [first, ...rest] = lambdas;
      const variant: LambdaSpec[] = [{ ...first!, routes: [...first!.routes, privateRoute] }, ...rest];
      other = synth(app, { lambdas: variant, corsOrigins: ['https://app.example'] }).toJSON().Resources as Resources;
    });

    it('checks tokens of the Cognito pool issued to the app client', () => {
      const route = routeOf(privateRoute.method, privateRoute.path, other);
      expect(route.Properties.AuthorizationType).toBe('JWT');
      const authorizer = other[refOf(route.Properties.AuthorizerId)]!;
      const [poolId] = only(ofType('AWS::Cognito::UserPool', other), 'pool');
      const [clientId] = only(ofType('AWS::Cognito::UserPoolClient', other), 'client');
      expect(authorizer.Properties).toMatchObject({
        AuthorizerType: 'JWT',
        IdentitySource: ['$request.header.Authorization'],
        JwtConfiguration: { Audience: [{ Ref: clientId }] },
      });
      expect(authorizer.Properties.JwtConfiguration.Issuer).toEqual({
        'Fn::Join': ['', ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }, '/', { Ref: poolId }]],
      });
    });

    it('allows the configured origins', () => {
      const [, api] = only(ofType('AWS::ApiGatewayV2::Api', other), 'one API');
      expect(api.Properties.CorsConfiguration.AllowOrigins).toEqual(['https://app.example']);
    });
  });
});

describe('jobs and the chain (synth without bundling)', () => {
  let other: Resources;
  const job: LambdaSpec = {
    name: 'probe-job',
    entry: 'functions/platform.ts',
    description: 'A scheduled job that signs anchors',
    routes: [],
    schedule: { expression: 'rate(5 minutes)', description: 'probe schedule' },
    timeoutSeconds: 60,
    anchorSigner: true,
  };
  const chain = {
    rpcUrl: 'https://rpc.example/sepolia',
    chainId: 11155111,
    contractAddress: '0x00000000000000000000000000000000000000aa',
    publicRpcUrls: '11155111=https://rpc.example/public',
    registryUrl: 'https://code.example/ayni/packages/verify/deployments.json',
  };

  beforeAll(() => {
    const app = new App({ outdir: join(outdir, 'jobs'), context: { 'aws:cdk:bundling-stacks': [] } });
    other = synth(app, { lambdas: [...lambdas, job], chain }).toJSON().Resources as Resources;
  });

  it('invokes every scheduled job from an EventBridge rule with its expression', () => {
    for (const spec of [...lambdas, job].filter((s) => s.schedule)) {
      const [fnId] = functionOf(spec, other);
      const rules = ofType('AWS::Events::Rule', other).filter(([, rule]) => rule.Properties.Targets.some((t: any) => refOf(t.Arn) === fnId));
      const [, rule] = only(rules, `the rule of ${spec.name}`);
      expect(rule.Properties.ScheduleExpression).toBe(spec.schedule!.expression);
      expect(rule.Properties.State ?? 'ENABLED').toBe('ENABLED');
    }
  });

  it('gives a job the timeout it declares', () => {
    expect(functionOf(job, other)[1].Properties.Timeout).toBe(60);
  });

  it('runs a job that must not overlap itself with the reserved concurrency it declares', () => {
    for (const spec of lambdas) {
      const reserved = functionOf(spec, other)[1].Properties.ReservedConcurrentExecutions;
      expect(reserved, spec.name).toBe(spec.reservedConcurrency);
    }
    expect(lambdas.find((spec) => spec.name === 'anchor')?.reservedConcurrency).toBe(1);
  });

  it('creates one secp256k1 signing key, kept on deletion, that only anchor signers may use', () => {
    const signingKeys = ofType('AWS::KMS::Key', other).filter(([, key]) => key.Properties.KeySpec === 'ECC_SECG_P256K1');
    const [keyId, key] = only(signingKeys, 'one secp256k1 KMS key');
    // The other key seals webhook secrets (tests/infra/webhooks.test.ts): symmetric, no signing.
    expect(ofType('AWS::KMS::Key', other).filter(([, k]) => k.Properties.KeyUsage === 'SIGN_VERIFY')).toHaveLength(1);
    expect(key.Properties).toMatchObject({ KeySpec: 'ECC_SECG_P256K1', KeyUsage: 'SIGN_VERIFY' });
    expect(key.DeletionPolicy).toBe('Retain');
    const kmsActionsOf = (spec: LambdaSpec): string[] => {
      const roleId = refOf(functionOf(spec, other)[1].Properties.Role);
      return ofType('AWS::IAM::Policy', other)
        .filter(([, policy]) => policy.Properties.Roles.some((r: any) => refOf(r) === roleId))
        .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement)
        .flatMap((st: any) => [st.Action].flat())
        .filter((action: string) => action.startsWith('kms:'))
        .sort();
    };
    for (const spec of [...lambdas, job]) {
      const variables = functionOf(spec, other)[1].Properties.Environment.Variables;
      if (spec.anchorSigner) {
        expect(variables.ANCHOR_KMS_KEY_ID, spec.name).toEqual({ Ref: keyId });
        expect(kmsActionsOf(spec), spec.name).toEqual(['kms:GetPublicKey', 'kms:Sign']);
      } else {
        expect(variables.ANCHOR_KMS_KEY_ID, spec.name).toBeUndefined();
        const webhookSecrets = { seal: ['kms:Decrypt', 'kms:Encrypt'], open: ['kms:Decrypt'] };
        expect(kmsActionsOf(spec), spec.name).toEqual(spec.webhookSecrets ? webhookSecrets[spec.webhookSecrets] : []);
        expect(kmsActionsOf(spec), spec.name).not.toContain('kms:Sign');
      }
    }
  });

  it('hands the chain settings to functions that declare the chain, and only to them', () => {
    for (const spec of [...lambdas, job]) {
      const variables = functionOf(spec, other)[1].Properties.Environment.Variables;
      if (spec.chain || spec.anchorSigner) {
        expect(variables).toMatchObject({
          CHAIN_RPC_URL: chain.rpcUrl,
          CHAIN_ID: String(chain.chainId),
          ANCHOR_CONTRACT_ADDRESS: chain.contractAddress,
          CHAIN_PUBLIC_RPC_URLS: chain.publicRpcUrls,
          ANCHOR_REGISTRY_URL: chain.registryUrl,
        });
      } else {
        expect(variables.CHAIN_RPC_URL, spec.name).toBeUndefined();
      }
    }
  });
});

describe('identity', () => {
  it('has a group for every role', () => {
    const groups = ofType('AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties.GroupName);
    expect(groups.sort()).toEqual([...ROLES].sort());
  });

  it('is a user pool without self sign-up, signing in by email, with a mutable custom org attribute', () => {
    const [, pool] = only(ofType('AWS::Cognito::UserPool'), 'one pool');
    expect(pool.Properties.AdminCreateUserConfig).toMatchObject({ AllowAdminCreateUserOnly: true });
    expect(pool.Properties.UsernameAttributes).toEqual(['email']);
    expect(pool.Properties.Policies.PasswordPolicy.MinimumLength).toBeGreaterThanOrEqual(12);
    expect(pool.Properties.Schema).toContainEqual(expect.objectContaining({ Name: 'org', AttributeDataType: 'String', Mutable: true }));
    expect(pool.DeletionPolicy).toBe('Retain');
  });

  it('has an app client without secret, for SRP and refresh, that cannot rewrite the org', () => {
    const [, client] = only(ofType('AWS::Cognito::UserPoolClient'), 'one client');
    expect(client.Properties.GenerateSecret).toBe(false);
    expect(client.Properties.ExplicitAuthFlows.sort()).toEqual(['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH']);
    expect(client.Properties.WriteAttributes).not.toContain('custom:org');
    expect(client.Properties.WriteAttributes).toBeDefined();
  });
});

describe('the outputs', () => {
  it('give the API URL, the user pool, its client and the table name', () => {
    const outputs = template.toJSON().Outputs as Record<string, unknown>;
    for (const name of ['ApiUrl', 'UserPoolId', 'UserPoolClientId', 'TableName']) {
      expect(outputs, name).toHaveProperty(name);
    }
  });
});
