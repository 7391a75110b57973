import { Duration } from 'aws-cdk-lib';
import type { HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  TreatMissingData,
  type IAlarmAction,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction, IFunction } from 'aws-cdk-lib/aws-lambda';
import { type ITopic, Topic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ScheduledJob } from './jobs.js';

/** Namespace of Ayni's own (EMF) metrics. */
export const METRIC_NAMESPACE = 'Ayni';
/** Seconds since the oldest provenance event still waiting to be anchored (emitted by the anchor job). */
export const ANCHORING_LAG_METRIC = 'AnchoringLagSeconds';
/** The anchorer account's native balance in wei (emitted by the anchor job). */
export const ANCHORER_BALANCE_METRIC = 'AnchorerBalanceWei';
/** The anchoring lag that pages: 30 minutes. */
export const ANCHORING_LAG_THRESHOLD_SECONDS = 30 * 60;
/** Default "balance low" threshold: 0.01 of the native coin (10^16 wei). */
export const ANCHORER_BALANCE_LOW_WEI = 1e16;
/** Metric-bucket figures the daily reconciliation found different from a replay of the journal (emitted by the arrears job). */
export const FUND_AGGREGATE_DIFFERENCES_METRIC = 'FundAggregateDifferences';
/** Loans with an installment past due (emitted by the arrears job). */
export const LOANS_IN_ARREARS_METRIC = 'LoansInArrears';
/** The business figures HTTP functions count from their requests (packages/http/src/metrics.ts). */
export const BUSINESS_METRIC_NAMES = [
  'OrdersPlaced',
  'InvoicesIssued',
  'CreditNotesIssued',
  'Repayments',
  'Disbursements',
  'ProvenanceEventsRecorded',
] as const;
export const REFUSAL_METRIC_NAMES = ['StockRefusals', 'FundCashRefusals', 'IdempotentReplays'] as const;
export const SERVER_ERRORS_METRIC = 'ServerErrors';
/** API 5xx responses, in percent of requests, that page. */
export const API_5XX_RATE_THRESHOLD_PERCENT = 5;
/** How far behind the newest stream record a stream consumer may fall before it pages. */
export const STREAM_ITERATOR_AGE_THRESHOLD = Duration.minutes(5);

const PERIOD = Duration.minutes(5);

export interface ObservedFunction {
  /** Construct-id stem (`StandingOrders`), used in alarm ids and names. */
  readonly id: string;
  readonly fn: IFunction;
}

export interface ObservedJob {
  readonly id: string;
  readonly job: ScheduledJob;
  readonly fn: IFunction;
}

/** A dead-letter queue other than a job's: any message in it pages. */
export interface ObservedDeadLetterQueue {
  readonly id: string;
  readonly queue: IQueue;
  readonly description: string;
}

/** A queue of work: its oldest visible message must not get older than `maxAge`. */
export interface ObservedWorkQueue {
  readonly id: string;
  readonly queue: IQueue;
  readonly maxAge: Duration;
  readonly description: string;
}

/** A function reading a DynamoDB stream: its iterator age (how far behind it reads) pages. */
export interface ObservedStreamConsumer {
  readonly id: string;
  readonly fn: IFunction;
}

export interface ObservabilityProps {
  readonly stage: string;
  /** Existing SNS topic for the alarms; absent, the construct creates one. */
  readonly alarmTopicArn?: string;
  readonly apiStage: HttpStage;
  readonly functions: readonly ObservedFunction[];
  readonly jobs: readonly ObservedJob[];
  readonly deadLetterQueues?: readonly ObservedDeadLetterQueue[];
  readonly workQueues?: readonly ObservedWorkQueue[];
  readonly streamConsumers?: readonly ObservedStreamConsumer[];
  /**
   * Powertools service name of the anchor job (the `service` dimension of its EMF metrics); absent,
   * there is no anchorer and no anchoring alarms.
   */
  readonly anchorService?: string;
  /** Powertools service name of the arrears job (`service` dimension of its EMF metrics); absent, no fund alarms. */
  readonly arrearsService?: string;
  /** Whether a chain is configured: then a silent anchor job (no lag metric) is itself an alarm. */
  readonly anchoringExpected?: boolean;
  readonly anchorerBalanceLowWei?: number;
}

/**
 * The operator's view: X-Ray active tracing on every function, alarms on an SNS topic (API 5xx rate,
 * each function's errors and throttles, each job's failed runs, each dead-letter queue's depth, the
 * age of the oldest message of each work queue, each stream consumer's iterator age, the anchoring lag and the anchorer's balance, fund metric buckets that differ from the journal) and one dashboard with the same signals.
 */
export class Observability extends Construct {
  readonly topic: ITopic;
  readonly alarms: Alarm[] = [];
  readonly dashboard: Dashboard;
  private readonly action: IAlarmAction;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    this.topic = props.alarmTopicArn
      ? Topic.fromTopicArn(this, 'AlarmTopic', props.alarmTopicArn)
      : new Topic(this, 'AlarmTopic', { displayName: `Ayni alarms (${props.stage})`, enforceSSL: true });
    this.action = new SnsAction(this.topic);
    const prefix = `ayni-${props.stage}`;

    for (const { fn } of props.functions) enableActiveTracing(fn);

    // API: 5xx responses as a share of requests on the stage.
    const api5xx = props.apiStage.metricServerError({ period: PERIOD, statistic: 'Sum' });
    const apiCount = props.apiStage.metricCount({ period: PERIOD, statistic: 'Sum' });
    const api5xxRate = new MathExpression({
      expression: '100 * FILL(errors, 0) / IF(FILL(requests, 0) > 0, requests, 1)',
      usingMetrics: { errors: api5xx, requests: apiCount },
      period: PERIOD,
      label: 'API 5xx rate (%)',
    });
    this.alarm('Api5xxRate', {
      name: `${prefix}-api-5xx-rate`,
      description: `More than ${API_5XX_RATE_THRESHOLD_PERCENT}% of API requests answered 5xx in 2 of 3 five-minute periods`,
      metric: api5xxRate,
      threshold: API_5XX_RATE_THRESHOLD_PERCENT,
      comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
    });

    for (const { id: fnId, fn } of props.functions) {
      this.alarm(`${fnId}Errors`, {
        name: `${prefix}-${fnId}-errors`,
        description: `The ${fnId} function raised errors`,
        metric: fn.metricErrors({ period: PERIOD, statistic: 'Sum' }),
        threshold: 1,
        comparison: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      });
      this.alarm(`${fnId}Throttles`, {
        name: `${prefix}-${fnId}-throttles`,
        description: `The ${fnId} function was throttled`,
        metric: fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
        threshold: 1,
        comparison: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      });
    }

    for (const { id: jobId, job, fn } of props.jobs) {
      // A run fails when EventBridge cannot invoke the function or the function itself errors.
      const failedInvocations = new Metric({
        namespace: 'AWS/Events',
        metricName: 'FailedInvocations',
        dimensionsMap: { RuleName: job.rule.ruleName },
        period: PERIOD,
        statistic: 'Sum',
      });
      this.alarm(`${jobId}JobFailures`, {
        name: `${prefix}-${jobId}-job-failures`,
        description: `A scheduled run of ${jobId} failed (EventBridge FailedInvocations or function Errors)`,
        metric: new MathExpression({
          expression: 'FILL(failed, 0) + FILL(errors, 0)',
          usingMetrics: { failed: failedInvocations, errors: fn.metricErrors({ period: PERIOD, statistic: 'Sum' }) },
          period: PERIOD,
          label: `${jobId} failed runs`,
        }),
        threshold: 1,
        comparison: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      });
      this.alarm(`${jobId}DeadLetters`, {
        name: `${prefix}-${jobId}-dead-letters`,
        description: `Runs of ${jobId} are in its dead-letter queue (retries used up)`,
        metric: job.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
        threshold: 0,
        comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
      });
    }

    const deadLetterDepths: IMetric[] = props.jobs.map(({ id: jobId, job }) =>
      job.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum', label: jobId }),
    );
    for (const { id: queueId, queue, description } of props.deadLetterQueues ?? []) {
      const depth = queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' });
      deadLetterDepths.push(depth.with({ label: queueId }));
      this.alarm(`${queueId}DeadLetters`, {
        name: `${prefix}-${queueId}-dead-letters`,
        description,
        metric: depth,
        threshold: 0,
        comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
      });
    }

    const oldestMessageAges: IMetric[] = [];
    for (const { id: queueId, queue, maxAge, description } of props.workQueues ?? []) {
      const age = queue.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: 'Maximum' });
      oldestMessageAges.push(age.with({ label: queueId }));
      this.alarm(`${queueId}OldestMessage`, {
        name: `${prefix}-${queueId}-oldest-message`,
        description: `${description} (over ${maxAge.toMinutes()} minutes)`,
        metric: age,
        threshold: maxAge.toSeconds(),
        comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
      });
    }

    const iteratorAges: IMetric[] = [];
    for (const { id: fnId, fn } of props.streamConsumers ?? []) {
      // Lambda reports IteratorAge in milliseconds.
      const age = fn.metric('IteratorAge', { period: PERIOD, statistic: 'Maximum' });
      iteratorAges.push(age.with({ label: fnId }));
      this.alarm(`${fnId}IteratorAge`, {
        name: `${prefix}-${fnId}-iterator-age`,
        description: `${fnId} reads the table stream more than ${STREAM_ITERATOR_AGE_THRESHOLD.toMinutes()} minutes behind`,
        metric: age,
        threshold: STREAM_ITERATOR_AGE_THRESHOLD.toMilliseconds(),
        comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
      });
    }

    let anchoringMetrics: IMetric[] = [];
    if (props.anchorService) {
      const dimensionsMap = { service: props.anchorService };
      const lag = new Metric({ namespace: METRIC_NAMESPACE, metricName: ANCHORING_LAG_METRIC, dimensionsMap, period: PERIOD, statistic: 'Maximum' });
      const balance = new Metric({ namespace: METRIC_NAMESPACE, metricName: ANCHORER_BALANCE_METRIC, dimensionsMap, period: PERIOD, statistic: 'Minimum' });
      anchoringMetrics = [lag, balance];
      this.alarm('AnchoringLag', {
        name: `${prefix}-anchoring-lag`,
        description: `Provenance events have waited more than ${ANCHORING_LAG_THRESHOLD_SECONDS / 60} minutes to be anchored`,
        metric: lag,
        threshold: ANCHORING_LAG_THRESHOLD_SECONDS,
        comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
        missing: props.anchoringExpected ? TreatMissingData.BREACHING : TreatMissingData.NOT_BREACHING,
      });
      this.alarm('AnchorerBalanceLow', {
        name: `${prefix}-anchorer-balance-low`,
        description: 'The anchorer account is running out of gas money',
        metric: balance,
        threshold: props.anchorerBalanceLowWei ?? ANCHORER_BALANCE_LOW_WEI,
        comparison: ComparisonOperator.LESS_THAN_THRESHOLD,
      });
    }

    let fundMetrics: IMetric[] = [];
    if (props.arrearsService) {
      const dimensionsMap = { service: props.arrearsService };
      const differences = new Metric({
        namespace: METRIC_NAMESPACE,
        metricName: FUND_AGGREGATE_DIFFERENCES_METRIC,
        dimensionsMap,
        period: Duration.days(1),
        statistic: 'Maximum',
      });
      const inArrears = new Metric({
        namespace: METRIC_NAMESPACE,
        metricName: LOANS_IN_ARREARS_METRIC,
        dimensionsMap,
        period: Duration.days(1),
        statistic: 'Maximum',
      });
      fundMetrics = [inArrears, differences];
      this.alarm('FundAggregatesDiffer', {
        name: `${prefix}-fund-aggregates-differ`,
        description: 'The daily reconciliation found fund metric buckets that differ from the journal (rebuilt; find out why)',
        metric: differences,
        threshold: 0,
        comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
      });
    }

    // The request-made business figures every HTTP function writes as EMF (packages/http/src/metrics.ts),
    // summed over the functions: SEARCH finds each function's `service` series.
    const across = (metricName: string, extra = '') =>
      new MathExpression({
        expression: `SUM(SEARCH('{${METRIC_NAMESPACE},service${extra}} MetricName="${metricName}"', 'Sum', ${PERIOD.toSeconds()}))`,
        label: metricName,
        period: PERIOD,
        usingMetrics: {},
      });
    const serverErrorsByRoute = new MathExpression({
      expression: `SEARCH('{${METRIC_NAMESPACE},service,route} MetricName="${SERVER_ERRORS_METRIC}"', 'Sum', ${PERIOD.toSeconds()})`,
      label: '5xx by route',
      period: PERIOD,
      usingMetrics: {},
    });

    this.dashboard = new Dashboard(this, 'Dashboard', { dashboardName: `${prefix}-operations` });
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'API 5xx and requests', left: [api5xx, apiCount], right: [api5xxRate], width: 12 }),
      new GraphWidget({
        title: 'API latency',
        left: [props.apiStage.metricLatency({ period: PERIOD, statistic: 'p50' }), props.apiStage.metricLatency({ period: PERIOD, statistic: 'p99' })],
        width: 12,
      }),
      new GraphWidget({
        title: 'Function errors',
        left: props.functions.map(({ id: fnId, fn }) => fn.metricErrors({ period: PERIOD, statistic: 'Sum', label: fnId })),
        width: 12,
      }),
      new GraphWidget({
        title: 'Function duration (p99)',
        left: props.functions.map(({ id: fnId, fn }) => fn.metricDuration({ period: PERIOD, statistic: 'p99', label: fnId })),
        width: 12,
      }),
      new GraphWidget({ title: 'Dead-letter queue depth', left: deadLetterDepths, width: 12 }),
      ...(oldestMessageAges.length || iteratorAges.length
        ? [new GraphWidget({ title: 'Oldest queued job (s) and stream iterator age (ms)', left: oldestMessageAges, right: iteratorAges, width: 12 })]
        : []),
      ...(anchoringMetrics.length
        ? [new GraphWidget({ title: 'Anchoring lag (s) and anchorer balance (wei)', left: [anchoringMetrics[0]!], right: [anchoringMetrics[1]!], width: 12 })]
        : []),
      new GraphWidget({
        title: 'Business: orders placed, invoices and credit notes issued, repayments, disbursements, provenance events',
        left: BUSINESS_METRIC_NAMES.map((name) => across(name)),
        width: 12,
      }),
      new GraphWidget({ title: 'Stock and fund-cash refusals, idempotent replays', left: REFUSAL_METRIC_NAMES.map((name) => across(name)), width: 12 }),
      new GraphWidget({ title: 'API 5xx by route', left: [serverErrorsByRoute], width: 12 }),
      ...(fundMetrics.length
        ? [new GraphWidget({ title: 'Loans in arrears and fund aggregate differences (daily)', left: [fundMetrics[0]!], right: [fundMetrics[1]!], width: 12 })]
        : []),
    );
  }

  private alarm(
    id: string,
    options: {
      name: string;
      description: string;
      metric: IMetric;
      threshold: number;
      comparison: ComparisonOperator;
      evaluationPeriods?: number;
      datapointsToAlarm?: number;
      missing?: TreatMissingData;
    },
  ): Alarm {
    const alarm = new Alarm(this, id, {
      alarmName: options.name,
      alarmDescription: options.description,
      metric: options.metric,
      threshold: options.threshold,
      comparisonOperator: options.comparison,
      evaluationPeriods: options.evaluationPeriods ?? 1,
      datapointsToAlarm: options.datapointsToAlarm ?? options.evaluationPeriods ?? 1,
      treatMissingData: options.missing ?? TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    this.alarms.push(alarm);
    return alarm;
  }
}

/**
 * X-Ray active tracing on a function built elsewhere (DomainFunction does not expose `tracing`): set
 * on the CloudFormation resource, with the write permission `Tracing.ACTIVE` would have granted.
 */
export function enableActiveTracing(fn: IFunction): void {
  const cfn = fn.node.defaultChild as CfnFunction | undefined;
  if (cfn?.cfnResourceType !== 'AWS::Lambda::Function') throw new Error(`${fn.node.path}: not a function built in this stack`);
  cfn.tracingConfig = { mode: 'Active' };
  fn.addToRolePolicy(
    new PolicyStatement({
      sid: 'XRayWrite',
      effect: Effect.ALLOW,
      actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
      resources: ['*'],
    }),
  );
}
