import { marshall } from '@aws-sdk/util-dynamodb';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { domainEvent, outbox } from '@ayni/core';
import { tableDefinition } from '@ayni/store/table';
import { webhookRoutes } from '@ayni/webhooks';
import { lambdas, routesOf, type LambdaSpec } from '../../functions/manifest.js';
import { AyniStack } from '../../infra/lib/ayni-stack.js';
import { TABLE_DATA_ACTIONS } from '../../infra/lib/domain-function.js';

/**
 * The webhooks pipeline of the stack: the table's stream → the dispatcher (filtered to outbox events)
 * → the delivery queue → the delivery function, with its dead-letter queue, the stream's failure
 * queue, least-privilege grants and alarms. Checked on a real synth of the stack with the real
 * manifest, without bundling (the code is not under test here; stack.test.ts bundles).
 */

type Resource = { Type: string; Properties: Record<string, any> };
type Resources = Record<string, Resource>;

const specOf = (name: string): LambdaSpec => {
  const spec = lambdas.find((s) => s.name === name);
  if (!spec) throw new Error(`no manifest entry "${name}"`);
  return spec;
};
const api = specOf('webhooks');
const dispatcher = specOf('webhooks-dispatcher');
const delivery = specOf('webhooks-delivery');
const webhookFunctions = [api, dispatcher, delivery];

const CONSUME_ACTIONS = ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage'];
const STREAM_READ_ACTIONS = ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'];

let resources: Resources;

function synth(props: Partial<ConstructorParameters<typeof AyniStack>[2]> = {}): Resources {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  return Template.fromStack(new AyniStack(app, 'Ayni', { stage: 'test', ...props })).toJSON().Resources as Resources;
}

function ofType(type: string, from: Resources = resources): [string, Resource][] {
  return Object.entries(from).filter(([, resource]) => resource.Type === type);
}

function only<T>(items: readonly T[], what: string): T {
  expect(items, what).toHaveLength(1);
  return items[0]!;
}

function refOf(value: any): string {
  if (value?.Ref) return value.Ref;
  if (value?.['Fn::GetAtt']) return value['Fn::GetAtt'][0];
  throw new Error(`not a reference: ${JSON.stringify(value)}`);
}

function functionOf(spec: LambdaSpec, from: Resources = resources): [string, Resource] {
  const found = ofType('AWS::Lambda::Function', from).filter(([, fn]) => fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === `ayni-${spec.name}`);
  return only(found, `the function for "${spec.name}"`);
}

function statementsOf(spec: LambdaSpec, from: Resources = resources): any[] {
  const roleId = refOf(functionOf(spec, from)[1].Properties.Role);
  return ofType('AWS::IAM::Policy', from)
    .filter(([, policy]) => policy.Properties.Roles.some((r: any) => refOf(r) === roleId))
    .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as any[]);
}

/** `sqs:*` actions of a function's role, as `action -> logical ids of the queues`, sorted. */
function sqsGrantsOf(spec: LambdaSpec): Record<string, string[]> {
  const grants: Record<string, string[]> = {};
  for (const statement of statementsOf(spec)) {
    for (const action of [statement.Action].flat() as string[]) {
      if (!action.startsWith('sqs:')) continue;
      expect(statement.Effect).toBe('Allow');
      const queues = grants[action] ?? [];
      for (const resource of [statement.Resource].flat()) queues.push(refOf(resource));
      grants[action] = queues;
    }
  }
  for (const queues of Object.values(grants)) queues.sort();
  return grants;
}

function mappingsOf(spec: LambdaSpec): Resource[] {
  const [fnId] = functionOf(spec);
  return ofType('AWS::Lambda::EventSourceMapping')
    .filter(([, m]) => refOf(m.Properties.FunctionName) === fnId)
    .map(([, m]) => m);
}

const table = () => only(ofType('AWS::DynamoDB::GlobalTable'), 'one table');
const streamArn = () => ({ 'Fn::GetAtt': [table()[0], 'StreamArn'] });
const streamMapping = () => only(mappingsOf(dispatcher), 'one event source mapping of the dispatcher');
const queueMapping = () => only(mappingsOf(delivery), 'one event source mapping of the delivery function');
const deliveryQueueId = () => refOf(queueMapping().Properties.EventSourceArn);
const deadLetterQueueId = () => refOf(resources[deliveryQueueId()]!.Properties.RedrivePolicy.deadLetterTargetArn);
const failureQueueId = () => refOf(streamMapping().Properties.DestinationConfig.OnFailure.Destination);

/**
 * Whether an event matches a Lambda filter pattern: the subset of the pattern language the stack
 * uses (`[value, ...]` of literals, `[{ exists: true|false }]`, nested objects).
 */
function matches(pattern: any, event: any): boolean {
  if (Array.isArray(pattern)) {
    return pattern.some((rule) => {
      if (rule && typeof rule === 'object' && 'exists' in rule) return rule.exists === (event !== undefined && typeof event !== 'object');
      return event === rule;
    });
  }
  if (event === null || typeof event !== 'object') return false;
  return Object.entries(pattern).every(([key, sub]) => matches(sub, event[key]));
}

beforeAll(() => {
  resources = synth();
}, 120_000);

describe('the manifest', () => {
  it('serves the webhooks routes from the webhooks function, and the workers serve none', () => {
    expect(api.routes).toEqual(routesOf(webhookRoutes));
    expect(api.routes.length).toBeGreaterThan(0);
    expect(dispatcher.routes).toEqual([]);
    expect(delivery.routes).toEqual([]);
  });

  it('declares the dispatcher a stream consumer and the delivery function a queue consumer, with their timeouts', () => {
    expect(lambdas.filter((s) => s.tableStream).map((s) => s.name)).toEqual([dispatcher.name]);
    expect(lambdas.filter((s) => s.queue).map((s) => s.name)).toEqual([delivery.name]);
    expect(lambdas.filter((s) => s.webhookQueue).map((s) => s.name)).toEqual(webhookFunctions.map((s) => s.name));
    expect(functionOf(dispatcher)[1].Properties.Timeout).toBe(60);
    expect(functionOf(delivery)[1].Properties.Timeout).toBe(30);
  });
});

describe('the table stream', () => {
  it('carries new and old images, as the table definition says', () => {
    expect(tableDefinition.stream).toBe('NEW_AND_OLD_IMAGES');
    expect(table()[1].Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
  });

  it('invokes the dispatcher from the oldest record, 100 at a time, with partial batch responses, bisection and bounded retries', () => {
    const mapping = streamMapping();
    expect(mapping.Properties.EventSourceArn).toEqual(streamArn());
    expect(mapping.Properties).toMatchObject({
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: 10,
      MaximumRecordAgeInSeconds: 24 * 3600,
    });
  });

  it('sends the batches it gives up to a failure queue of its own: encrypted, TLS only, kept 14 days', () => {
    const queue = resources[failureQueueId()]!;
    expect(queue.Type).toBe('AWS::SQS::Queue');
    expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    expect([deliveryQueueId(), deadLetterQueueId()]).not.toContain(failureQueueId());
  });

  it('lets only inserts and modifications whose new image carries an outbox event through', () => {
    const filters = streamMapping().Properties.FilterCriteria.Filters as { Pattern: string }[];
    const pattern = JSON.parse(only(filters, 'one filter').Pattern);
    expect(pattern).toEqual({
      eventName: ['INSERT', 'MODIFY'],
      dynamodb: { NewImage: { outbox: { M: { id: { S: [{ exists: true }] } } } } },
    });

    // Records as the stream writes them: DynamoDB JSON of an item carrying `outbox(event)`.
    const event = domainEvent({
      type: 'order.placed',
      occurredAt: '2026-12-01T10:00:00Z',
      organisations: ['org_1'],
      aggregate: { type: 'order', id: 'ord_1', seq: 1 },
      data: { total: { amount: 1200, currency: 'PEN' } },
    });
    const withOutbox = marshall({ pk: 'ORDER#1', sk: 'ORDER', ...outbox(event) }, { removeUndefinedValues: true });
    const without = marshall({ pk: 'LOT#1', sk: 'LOT', stock: 3 });
    const record = (eventName: string, NewImage: unknown) => ({ eventName, dynamodb: { NewImage } });
    expect(matches(pattern, record('INSERT', withOutbox))).toBe(true);
    expect(matches(pattern, record('MODIFY', withOutbox))).toBe(true);
    expect(matches(pattern, record('REMOVE', withOutbox))).toBe(false);
    expect(matches(pattern, record('INSERT', without))).toBe(false);
    expect(matches(pattern, record('MODIFY', { ...without, outbox: { M: { type: { S: 'order.placed' } } } }))).toBe(false);
  });

  it('is read by the dispatcher alone', () => {
    const readers = ofType('AWS::IAM::Policy').filter(([, policy]) => JSON.stringify(policy.Properties.PolicyDocument).includes('"StreamArn"'));
    const [dispatcherId] = functionOf(dispatcher);
    const dispatcherRole = refOf(resources[dispatcherId]!.Properties.Role);
    expect(readers.flatMap(([, policy]) => policy.Properties.Roles.map(refOf))).toEqual([dispatcherRole]);
    const streamActions = statementsOf(dispatcher)
      .filter((s) => JSON.stringify(s.Resource) === JSON.stringify(streamArn()))
      .flatMap((s) => [s.Action].flat())
      .sort();
    expect(streamActions).toEqual(STREAM_READ_ACTIONS);
  });
});

describe('the delivery queue', () => {
  it('invokes the delivery function with batches of 10, partial batch responses and bounded concurrency', () => {
    expect(queueMapping().Properties).toMatchObject({
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 10 },
    });
    expect(resources[deliveryQueueId()]!.Type).toBe('AWS::SQS::Queue');
  });

  it('is encrypted, keeps jobs 4 days and hides a received job for 6 times the delivery timeout', () => {
    const queue = resources[deliveryQueueId()]!.Properties;
    expect(queue).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 4 * 24 * 3600 });
    expect(queue.VisibilityTimeout).toBeGreaterThanOrEqual(6 * functionOf(delivery)[1].Properties.Timeout);
  });

  it('moves a message received 5 times to the dead-letter queue, encrypted and kept 14 days', () => {
    expect(resources[deliveryQueueId()]!.Properties.RedrivePolicy.maxReceiveCount).toBe(5);
    const dlq = resources[deadLetterQueueId()]!;
    expect(dlq.Type).toBe('AWS::SQS::Queue');
    expect(dlq.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    expect(deadLetterQueueId()).not.toBe(deliveryQueueId());
  });

  it.each([
    ['delivery', deliveryQueueId],
    ['dead-letter', deadLetterQueueId],
    ['stream failure', failureQueueId],
  ] as const)('refuses requests without TLS (the %s queue)', (_, queueId) => {
    const policy = only(
      ofType('AWS::SQS::QueuePolicy').filter(([, p]) => p.Properties.Queues.some((q: any) => refOf(q) === queueId())),
      `the policy of ${queueId()}`,
    )[1];
    const statements = policy.Properties.PolicyDocument.Statement as any[];
    expect(statements.some((s) => s.Effect === 'Deny' && s.Action === 'sqs:*' && s.Condition?.Bool?.['aws:SecureTransport'] === 'false')).toBe(true);
  });
});

describe('permissions and settings', () => {
  it('lets the webhooks API send to the delivery queue, and nothing else on any queue', () => {
    expect(sqsGrantsOf(api)).toEqual({ 'sqs:SendMessage': [deliveryQueueId()] });
  });

  it('lets the dispatcher send to the delivery queue (and its failure destination), and nothing else', () => {
    expect(sqsGrantsOf(dispatcher)).toEqual({
      // Its stream failure queue: Lambda sends there with the function's role (CDK's SqsDlq grant).
      'sqs:SendMessage': [deliveryQueueId(), failureQueueId()].sort(),
      'sqs:GetQueueAttributes': [failureQueueId()],
      'sqs:GetQueueUrl': [failureQueueId()],
    });
  });

  it('lets the delivery function consume the delivery queue, re-queue to it and dead-letter', () => {
    const grants = sqsGrantsOf(delivery);
    expect(grants['sqs:SendMessage']).toEqual([deliveryQueueId(), deadLetterQueueId()].sort());
    for (const action of CONSUME_ACTIONS) expect(grants[action], action).toEqual([deliveryQueueId()]);
    expect(Object.keys(grants).sort()).toEqual([...new Set([...CONSUME_ACTIONS, 'sqs:SendMessage'])].sort());
  });

  it.each(webhookFunctions.map((spec) => [spec.name, spec] as const))('gives %s the table data actions but no Scan', (_, spec) => {
    const actions = statementsOf(spec).flatMap((s) => [s.Action].flat() as string[]);
    expect(actions).not.toContain('dynamodb:Scan');
    expect(actions.filter((a) => a.includes('*'))).toEqual([]);
    const tableStatement = only(
      statementsOf(spec).filter((s) => s.Sid === 'TableDataNoScan'),
      `the table statement of ${spec.name}`,
    );
    expect([tableStatement.Action].flat().sort()).toEqual([...TABLE_DATA_ACTIONS].sort());
  });

  it('names the webhook queues in no other function’s policy', () => {
    const queues = [deliveryQueueId(), deadLetterQueueId(), failureQueueId()];
    for (const spec of lambdas.filter((s) => !webhookFunctions.includes(s))) {
      const text = JSON.stringify(statementsOf(spec));
      for (const queueId of queues) expect(text, `${spec.name} and ${queueId}`).not.toContain(queueId);
    }
  });

  it('hands the queue URLs to the three webhook functions only, and never allows loopback HTTP', () => {
    for (const spec of lambdas) {
      const variables = functionOf(spec)[1].Properties.Environment.Variables;
      expect(variables.WEBHOOKS_ALLOW_LOOPBACK_HTTP, spec.name).toBeUndefined();
      if (webhookFunctions.includes(spec)) {
        expect(variables.WEBHOOK_QUEUE_URL, spec.name).toEqual({ Ref: deliveryQueueId() });
        expect(variables.WEBHOOK_DEAD_LETTER_QUEUE_URL, spec.name).toEqual({ Ref: deadLetterQueueId() });
      } else {
        expect(variables.WEBHOOK_QUEUE_URL, spec.name).toBeUndefined();
        expect(variables.WEBHOOK_DEAD_LETTER_QUEUE_URL, spec.name).toBeUndefined();
      }
    }
  });
});

describe('alarms', () => {
  const alarms = () => ofType('AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties);
  const on = (namespace: string, metricName: string, dimension: string, value: unknown) =>
    alarms().filter(
      (p) =>
        p.Namespace === namespace &&
        p.MetricName === metricName &&
        ((p.Dimensions ?? []) as any[]).some((d) => d.Name === dimension && JSON.stringify(d.Value) === JSON.stringify(value)),
    );
  const queueName = (queueId: string) => ({ 'Fn::GetAtt': [queueId, 'QueueName'] });

  it.each([
    ['dead-letter queue', deadLetterQueueId],
    ['stream failure queue', failureQueueId],
  ] as const)('page on any message in the %s', (_, queueId) => {
    const alarm = only(on('AWS/SQS', 'ApproximateNumberOfMessagesVisible', 'QueueName', queueName(queueId())), 'one depth alarm');
    expect(alarm).toMatchObject({ Statistic: 'Maximum', Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
  });

  it('page when the dispatcher reads the stream more than 5 minutes behind', () => {
    const [fnId] = functionOf(dispatcher);
    const alarm = only(on('AWS/Lambda', 'IteratorAge', 'FunctionName', { Ref: fnId }), 'one iterator age alarm');
    expect(alarm).toMatchObject({ Statistic: 'Maximum', Threshold: 5 * 60 * 1000, ComparisonOperator: 'GreaterThanThreshold' });
  });

  it('page when a due delivery job has waited more than 30 minutes', () => {
    const alarm = only(on('AWS/SQS', 'ApproximateAgeOfOldestMessage', 'QueueName', queueName(deliveryQueueId())), 'one age alarm');
    expect(alarm).toMatchObject({ Statistic: 'Maximum', Threshold: 30 * 60, ComparisonOperator: 'GreaterThanThreshold' });
  });

  it.each(webhookFunctions.map((spec) => [spec.name, spec] as const))('page on errors of %s', (_, spec) => {
    const [fnId] = functionOf(spec);
    const alarm = only(on('AWS/Lambda', 'Errors', 'FunctionName', { Ref: fnId }), `one errors alarm of ${spec.name}`);
    expect(alarm).toMatchObject({ Statistic: 'Sum', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });
});

describe('a stack without webhook functions (synth without bundling)', () => {
  it('has no stream consumer, no webhook queue and no webhook alarm', () => {
    const other = synth({ lambdas: lambdas.filter((spec) => !webhookFunctions.includes(spec)) });
    expect(ofType('AWS::Lambda::EventSourceMapping', other)).toEqual([]);
    expect(ofType('AWS::SQS::Queue', other)).toHaveLength(lambdas.filter((spec) => spec.schedule).length);
    const names = ofType('AWS::CloudWatch::Alarm', other).map(([, a]) => String(a.Properties.AlarmName));
    expect(names.filter((name) => /webhook|iterator-age|oldest-message/i.test(name))).toEqual([]);
  });

  it('refuses a queue consumer that does not declare the webhook queue', () => {
    const { webhookQueue: _, ...consumer } = delivery;
    expect(() => synth({ lambdas: [...lambdas.filter((spec) => spec !== delivery), consumer] })).toThrow(/must also declare webhookQueue/);
  });
});

describe('the webhook secrets key', () => {
  const kmsStatementsOf = (spec: LambdaSpec) => statementsOf(spec).filter((s) => [s.Action].flat().some((a: string) => a.startsWith('kms:')));
  const keyId = () =>
    only(
      ofType('AWS::KMS::Key').filter(([, key]) => key.Properties.Description?.includes('webhook')),
      'the webhook secrets key',
    )[0];

  it('is a symmetric key with yearly rotation, kept when the stack is deleted', () => {
    const [id] = only(
      ofType('AWS::KMS::Key').filter(([, key]) => key.Properties.Description?.includes('webhook')),
      'the webhook secrets key',
    );
    expect(resources[id]!.Properties.EnableKeyRotation).toBe(true);
    expect(resources[id]!.Properties.KeySpec ?? 'SYMMETRIC_DEFAULT').toBe('SYMMETRIC_DEFAULT');
    expect((resources[id] as unknown as { DeletionPolicy: string }).DeletionPolicy).toBe('Retain');
  });

  it('lets the webhooks API seal and open under both purposes, the delivery worker only open endpoint secrets, and no other function use it', () => {
    const statement = (spec: LambdaSpec) => only(kmsStatementsOf(spec), `the KMS statement of ${spec.name}`);
    expect(statement(api)).toMatchObject({
      Action: ['kms:Encrypt', 'kms:Decrypt'],
      Resource: { 'Fn::GetAtt': [keyId(), 'Arn'] },
      Condition: { StringEquals: { 'kms:EncryptionContext:purpose': ['ayni-webhook-secret', 'ayni-idempotent-response'] } },
    });
    expect(statement(delivery)).toMatchObject({
      Action: 'kms:Decrypt',
      Resource: { 'Fn::GetAtt': [keyId(), 'Arn'] },
      Condition: { StringEquals: { 'kms:EncryptionContext:purpose': ['ayni-webhook-secret'] } },
    });
    for (const spec of lambdas.filter((s) => s !== api && s !== delivery)) {
      expect(JSON.stringify(statementsOf(spec)), spec.name).not.toContain(keyId());
    }
  });

  it('hands the key to the two functions that use it, and to no other', () => {
    for (const spec of lambdas) {
      const variables = functionOf(spec)[1].Properties.Environment.Variables;
      if (spec === api || spec === delivery) expect(variables.WEBHOOK_SECRETS_KMS_KEY_ID, spec.name).toEqual({ 'Fn::GetAtt': [keyId(), 'Arn'] });
      else expect(variables.WEBHOOK_SECRETS_KMS_KEY_ID, spec.name).toBeUndefined();
    }
  });
});
