import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { lambdas, type LambdaSpec } from '../../functions/manifest.js';
import { AyniStack } from '../../infra/lib/ayni-stack.js';
import { JOB_MAX_EVENT_AGE, JOB_RETRY_ATTEMPTS } from '../../infra/lib/jobs.js';
import { AGGREGATE_DIFFERENCES_METRIC, LOANS_IN_ARREARS_METRIC as JOB_LOANS_IN_ARREARS_METRIC } from '../../packages/loans/src/jobs.js';
import {
  ANCHORER_BALANCE_LOW_WEI,
  ANCHORING_LAG_THRESHOLD_SECONDS,
  BUSINESS_METRIC_NAMES,
  FUND_AGGREGATE_DIFFERENCES_METRIC,
  LOANS_IN_ARREARS_METRIC,
  REFUSAL_METRIC_NAMES,
  SERVER_ERRORS_METRIC,
} from '../../infra/lib/observability.js';
import {
  BUSINESS_METRICS,
  IDEMPOTENT_REPLAYS_METRIC,
  REFUSAL_METRICS,
  SERVER_ERRORS_METRIC as HTTP_SERVER_ERRORS_METRIC,
} from '../../packages/http/src/metrics.js';

/**
 * The operator's view of the stack (tracing, alarms on a topic, job retries and dead-letter queues,
 * log retention, the dashboard), checked on synths without bundling (the code is not under test here).
 */

type Resource = { Type: string; Properties: Record<string, any> };
type Resources = Record<string, Resource>;

const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:ayni-oncall';
const chain = { rpcUrl: 'https://rpc.example/sepolia', chainId: 11155111, contractAddress: '0x00000000000000000000000000000000000000aa' };
const jobs = lambdas.filter((spec) => spec.schedule);
const anchorer = lambdas.find((spec) => spec.anchorSigner);

let resources: Resources;
let withTopic: Resources;
let withChain: Resources;

function synth(props: Partial<ConstructorParameters<typeof AyniStack>[2]> = {}): Resources {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = new AyniStack(app, 'Ayni', { stage: 'test', ...props });
  return Template.fromStack(stack).toJSON().Resources as Resources;
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

/** Every metric an alarm reads, as { namespace, name, dimensions }, whether a single metric or a math expression. */
function metricsOf(alarm: Resource): { namespace: string; name: string; dimensions: Record<string, any> }[] {
  const p = alarm.Properties;
  const dims = (list: any[] | undefined) => Object.fromEntries((list ?? []).map((d) => [d.Name, d.Value]));
  if (p.MetricName) return [{ namespace: p.Namespace, name: p.MetricName, dimensions: dims(p.Dimensions) }];
  return (p.Metrics as any[])
    .filter((m) => m.MetricStat)
    .map((m) => ({ namespace: m.MetricStat.Metric.Namespace, name: m.MetricStat.Metric.MetricName, dimensions: dims(m.MetricStat.Metric.Dimensions) }));
}

function alarmsOn(namespace: string, name: string, dimension: [string, (value: any) => boolean], from: Resources = resources): Resource[] {
  return ofType('AWS::CloudWatch::Alarm', from)
    .map(([, alarm]) => alarm)
    .filter((alarm) => metricsOf(alarm).some((m) => m.namespace === namespace && m.name === name && dimension[1](m.dimensions[dimension[0]])));
}

const isRef = (id: string) => (value: any) => value?.Ref === id;

const streamConsumers = lambdas.filter((spec) => spec.tableStream);

/** Queues a function consumes (the webhook delivery queue): work, not dead letters. */
function workQueueIds(from: Resources = resources): Set<string> {
  return new Set(
    ofType('AWS::Lambda::EventSourceMapping', from)
      .map(([, mapping]) => mapping.Properties.EventSourceArn)
      .filter((arn) => arn?.['Fn::GetAtt'] && from[refOf(arn)]?.Type === 'AWS::SQS::Queue')
      .map(refOf),
  );
}

/** Every other queue of the stack holds what was given up: jobs' runs, webhook deliveries, stream batches. */
function deadLetterQueues(from: Resources = resources): [string, Resource][] {
  const work = workQueueIds(from);
  return ofType('AWS::SQS::Queue', from).filter(([id]) => !work.has(id));
}

beforeAll(() => {
  resources = synth();
  withTopic = synth({ alarmTopicArn: TOPIC_ARN });
  withChain = synth({ chain });
}, 120_000);

describe('tracing', () => {
  it.each(lambdas.map((spec) => [spec.name, spec] as const))('%s has X-Ray active tracing and may write traces', (_, spec) => {
    const [, fn] = functionOf(spec);
    expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
    const roleId = refOf(fn.Properties.Role);
    const actions = ofType('AWS::IAM::Policy')
      .filter(([, policy]) => policy.Properties.Roles.some((r: any) => refOf(r) === roleId))
      .flatMap(([, policy]) => policy.Properties.PolicyDocument.Statement as any[])
      .filter((statement) => statement.Effect === 'Allow' && statement.Resource === '*')
      .flatMap((statement) => [statement.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(['xray:PutTraceSegments', 'xray:PutTelemetryRecords']));
  });
});

describe('log retention', () => {
  it.each(lambdas.map((spec) => [spec.name, spec] as const))('%s logs to a log group kept 30 days', (_, spec) => {
    const [, fn] = functionOf(spec);
    const logGroup = resources[refOf(fn.Properties.LoggingConfig.LogGroup)]!;
    expect(logGroup.Type).toBe('AWS::Logs::LogGroup');
    expect(logGroup.Properties.RetentionInDays).toBe(30);
  });
});

describe('the alarm topic', () => {
  it('is created by the stack by default, and every alarm notifies it on alarm and on recovery', () => {
    const [topicId] = only(ofType('AWS::SNS::Topic'), 'one topic');
    const alarms = ofType('AWS::CloudWatch::Alarm');
    expect(alarms.length).toBeGreaterThan(0);
    for (const [id, alarm] of alarms) {
      expect(alarm.Properties.AlarmActions, id).toEqual([{ Ref: topicId }]);
      expect(alarm.Properties.OKActions, id).toEqual([{ Ref: topicId }]);
    }
  });

  it('is the given topic when alarmTopicArn is set, and the stack creates none', () => {
    expect(ofType('AWS::SNS::Topic', withTopic)).toEqual([]);
    const alarms = ofType('AWS::CloudWatch::Alarm', withTopic);
    expect(alarms).toHaveLength(ofType('AWS::CloudWatch::Alarm').length);
    for (const [id, alarm] of alarms) expect(alarm.Properties.AlarmActions, id).toEqual([TOPIC_ARN]);
  });
});

describe('alarms', () => {
  it('watch the 5xx rate of the API stage', () => {
    const [apiId] = only(ofType('AWS::ApiGatewayV2::Api'), 'api');
    const [, stage] = only(ofType('AWS::ApiGatewayV2::Stage'), 'stage');
    const alarm = only(alarmsOn('AWS/ApiGateway', '5xx', ['ApiId', isRef(apiId)]), 'one API 5xx alarm');
    const fiveXx = metricsOf(alarm).find((m) => m.name === '5xx')!;
    expect(fiveXx.dimensions.Stage).toBe(stage.Properties.StageName);
    expect(
      metricsOf(alarm)
        .map((m) => m.name)
        .sort(),
    ).toEqual(['5xx', 'Count']);
    expect(alarm.Properties.ComparisonOperator).toBe('GreaterThanThreshold');
    expect(alarm.Properties.Threshold).toBe(5);
  });

  it.each(lambdas.map((spec) => [spec.name, spec] as const))('watch the errors and throttles of %s', (_, spec) => {
    const [fnId] = functionOf(spec);
    for (const name of ['Errors', 'Throttles']) {
      const alarms = alarmsOn('AWS/Lambda', name, ['FunctionName', isRef(fnId)]).filter((a) => a.Properties.MetricName === name);
      const alarm = only(alarms, `one ${name} alarm for ${spec.name}`);
      expect(alarm.Properties).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', Statistic: 'Sum' });
    }
  });

  it.each(jobs.map((spec) => [spec.name, spec] as const))('watch the failed runs of the %s job', (_, spec) => {
    const [fnId] = functionOf(spec);
    const [ruleId] = only(
      ofType('AWS::Events::Rule').filter(([, rule]) => rule.Properties.Targets.some((t: any) => refOf(t.Arn) === fnId)),
      `the rule of ${spec.name}`,
    );
    const alarm = only(alarmsOn('AWS/Events', 'FailedInvocations', ['RuleName', isRef(ruleId)]), `one failure alarm for ${spec.name}`);
    expect(metricsOf(alarm)).toContainEqual({ namespace: 'AWS/Lambda', name: 'Errors', dimensions: { FunctionName: { Ref: fnId } } });
    expect(alarm.Properties).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });

  it('watch the depth of every dead-letter queue (> 0)', () => {
    const queues = deadLetterQueues();
    // One per job, the webhook deliveries' dead-letter queue, one stream failure queue per stream consumer.
    expect(queues).toHaveLength(jobs.length + (lambdas.some((spec) => spec.webhookQueue) ? 1 : 0) + streamConsumers.length);
    for (const [queueId] of queues) {
      const alarm = only(alarmsOn('AWS/SQS', 'ApproximateNumberOfMessagesVisible', ['QueueName', (v) => refOf(v) === queueId]), `depth alarm of ${queueId}`);
      expect(alarm.Properties).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold', Statistic: 'Maximum' });
    }
  });

  it('watch the anchoring lag (over 30 minutes) and the anchorer balance (low), as emitted by the anchor job', () => {
    expect(anchorer, 'the manifest has an anchorer').toBeDefined();
    const service = ['service', (v: any) => v === `ayni-${anchorer!.name}`] as [string, (v: any) => boolean];
    const lag = only(alarmsOn('Ayni', 'AnchoringLagSeconds', service), 'one lag alarm');
    expect(lag.Properties).toMatchObject({ Threshold: 30 * 60, ComparisonOperator: 'GreaterThanThreshold', Statistic: 'Maximum' });
    expect(ANCHORING_LAG_THRESHOLD_SECONDS).toBe(1800);
    const balance = only(alarmsOn('Ayni', 'AnchorerBalanceWei', service), 'one balance alarm');
    expect(balance.Properties).toMatchObject({ Threshold: ANCHORER_BALANCE_LOW_WEI, ComparisonOperator: 'LessThanThreshold', Statistic: 'Minimum' });
    // Functions write their EMF metrics to the namespace the alarms read.
    expect(functionOf(anchorer!)[1].Properties.Environment.Variables.POWERTOOLS_METRICS_NAMESPACE).toBe('Ayni');
  });

  it('watch the daily reconciliation of the fund metric buckets (any difference pages), under the names the arrears job emits', () => {
    const service = ['service', (v: any) => v === 'ayni-loans-arrears'] as [string, (v: any) => boolean];
    const differ = only(alarmsOn('Ayni', FUND_AGGREGATE_DIFFERENCES_METRIC, service), 'one reconciliation alarm');
    expect(differ.Properties).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold', Statistic: 'Maximum' });
    expect(FUND_AGGREGATE_DIFFERENCES_METRIC).toBe(AGGREGATE_DIFFERENCES_METRIC);
    expect(LOANS_IN_ARREARS_METRIC).toBe(JOB_LOANS_IN_ARREARS_METRIC);
    expect(functionOf(lambdas.find((l) => l.name === 'loans-arrears')!)[1].Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME).toBe('ayni-loans-arrears');
  });

  it('treat a silent anchor job as lagging only when a chain is configured', () => {
    const lagIn = (from: Resources) => only(alarmsOn('Ayni', 'AnchoringLagSeconds', ['service', () => true], from), 'lag alarm');
    expect(lagIn(resources).Properties.TreatMissingData).toBe('notBreaching');
    expect(lagIn(withChain).Properties.TreatMissingData).toBe('breaching');
  });
});

describe('scheduled jobs', () => {
  it.each(jobs.map((spec) => [spec.name, spec] as const))('%s is retried, then dead-lettered to an encrypted queue with retention', (_, spec) => {
    const [fnId] = functionOf(spec);
    const [, rule] = only(
      ofType('AWS::Events::Rule').filter(([, r]) => r.Properties.Targets.some((t: any) => refOf(t.Arn) === fnId)),
      `the rule of ${spec.name}`,
    );
    const target = only(rule.Properties.Targets as any[], 'one target');
    expect(target.RetryPolicy).toEqual({ MaximumRetryAttempts: JOB_RETRY_ATTEMPTS, MaximumEventAgeInSeconds: JOB_MAX_EVENT_AGE.toSeconds() });
    expect(JOB_RETRY_ATTEMPTS).toBeGreaterThan(0);
    const queueId = refOf(target.DeadLetterConfig.Arn);
    const queue = resources[queueId]!;
    expect(queue.Type).toBe('AWS::SQS::Queue');
    expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    expect(queue.Properties.MessageRetentionPeriod).toBe(14 * 24 * 3600);

    // EventBridge may send to the queue, over TLS only.
    const policy = only(
      ofType('AWS::SQS::QueuePolicy').filter(([, p]) => p.Properties.Queues.some((q: any) => refOf(q) === queueId)),
      `the policy of ${queueId}`,
    )[1];
    const statements = policy.Properties.PolicyDocument.Statement as any[];
    expect(statements.some((s) => s.Effect === 'Allow' && s.Principal?.Service === 'events.amazonaws.com' && s.Action === 'sqs:SendMessage')).toBe(true);
    expect(statements.some((s) => s.Effect === 'Deny' && s.Condition?.Bool?.['aws:SecureTransport'] === 'false')).toBe(true);

    // A run that fails inside the function lands in the same queue once Lambda's retries are used up.
    const invokeConfig = only(
      ofType('AWS::Lambda::EventInvokeConfig').filter(([, c]) => refOf(c.Properties.FunctionName) === fnId),
      `the async config of ${spec.name}`,
    )[1];
    expect(invokeConfig.Properties).toMatchObject({ MaximumRetryAttempts: JOB_RETRY_ATTEMPTS, MaximumEventAgeInSeconds: JOB_MAX_EVENT_AGE.toSeconds() });
    expect(refOf(invokeConfig.Properties.DestinationConfig.OnFailure.Destination)).toBe(queueId);
  });
});

describe('the dashboard', () => {
  /** The dashboard body with every token written as `<logical id>`, parsed. */
  function body(): { widgets: { properties: { title: string; metrics: any[][] } }[] } {
    const [, dashboard] = only(ofType('AWS::CloudWatch::Dashboard'), 'one dashboard');
    const joined = dashboard.Properties.DashboardBody['Fn::Join'][1] as any[];
    return JSON.parse(joined.map((part) => (typeof part === 'string' ? part : `<${refOf(part)}>`)).join(''));
  }
  const lines = () => body().widgets.flatMap((w) => w.properties.metrics ?? []);
  const has = (namespace: string, name: string, dimension?: [string, string]) =>
    lines().some((line) => line[0] === namespace && line[1] === name && (!dimension || line.join('|').includes(`${dimension[0]}|${dimension[1]}`)));

  it('shows the API 5xx and latency of the stage', () => {
    const [apiId] = only(ofType('AWS::ApiGatewayV2::Api'), 'api');
    expect(has('AWS/ApiGateway', '5xx', ['ApiId', `<${apiId}>`])).toBe(true);
    expect(has('AWS/ApiGateway', 'Latency', ['ApiId', `<${apiId}>`])).toBe(true);
  });

  it('shows every function’s errors and duration', () => {
    for (const spec of lambdas) {
      const [fnId] = functionOf(spec);
      expect(has('AWS/Lambda', 'Errors', ['FunctionName', `<${fnId}>`]), spec.name).toBe(true);
      expect(has('AWS/Lambda', 'Duration', ['FunctionName', `<${fnId}>`]), spec.name).toBe(true);
    }
  });

  it('shows every dead-letter queue’s depth, the age of every work queue, the stream consumers’ iterator age and the two anchoring metrics', () => {
    const queues = deadLetterQueues();
    expect(queues.length).toBeGreaterThan(0);
    for (const [queueId] of queues) expect(has('AWS/SQS', 'ApproximateNumberOfMessagesVisible', ['QueueName', `<${queueId}>`]), queueId).toBe(true);
    expect(workQueueIds().size).toBeGreaterThan(0);
    for (const queueId of workQueueIds()) expect(has('AWS/SQS', 'ApproximateAgeOfOldestMessage', ['QueueName', `<${queueId}>`]), queueId).toBe(true);
    for (const spec of streamConsumers) expect(has('AWS/Lambda', 'IteratorAge', ['FunctionName', `<${functionOf(spec)[0]}>`]), spec.name).toBe(true);
    expect(has('Ayni', 'AnchoringLagSeconds')).toBe(true);
    expect(has('Ayni', 'AnchorerBalanceWei')).toBe(true);
    expect(has('Ayni', LOANS_IN_ARREARS_METRIC)).toBe(true);
  });

  it('graphs the business figures and the 5xx by route that the HTTP functions count, under the names they emit', () => {
    const body = JSON.stringify(ofType('AWS::CloudWatch::Dashboard')[0]![1].Properties.DashboardBody);
    for (const name of [...BUSINESS_METRIC_NAMES, ...REFUSAL_METRIC_NAMES])
      expect(body, name).toMatch(new RegExp(`SEARCH\\('\\{Ayni,service\\} MetricName=[\\\\"]+${name}[\\\\"]+`));
    expect(body).toMatch(/SEARCH\('\{Ayni,service,route\} MetricName=[\\"]+ServerErrors[\\"]+/);
    expect([...BUSINESS_METRICS.map((m) => m.name)].sort()).toEqual([...BUSINESS_METRIC_NAMES].sort());
    expect([...Object.values(REFUSAL_METRICS), IDEMPOTENT_REPLAYS_METRIC].sort()).toEqual([...REFUSAL_METRIC_NAMES].sort());
    expect(SERVER_ERRORS_METRIC).toBe(HTTP_SERVER_ERRORS_METRIC);
  });
});
