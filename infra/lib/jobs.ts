import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface ScheduledJobProps {
  readonly fn: IFunction;
  readonly expression: string;
  readonly description: string;
  /** Retries of one scheduled run, by EventBridge (delivery) and by Lambda (async invocation); default 2. */
  readonly retryAttempts?: number;
  /** A run older than this is not retried any more but dead-lettered; default 1 hour. */
  readonly maxEventAge?: Duration;
}

/** Default retries of a scheduled run (EventBridge delivery and Lambda async invocation alike). */
export const JOB_RETRY_ATTEMPTS = 2;
/** Default age after which a scheduled run is given up and dead-lettered. */
export const JOB_MAX_EVENT_AGE = Duration.hours(1);
/** How long a dead-lettered run is kept for inspection and redrive. */
export const JOB_DLQ_RETENTION = Duration.days(14);

/**
 * An EventBridge rule invoking a job Lambda on a schedule. A run is retried (EventBridge retries the
 * delivery, Lambda retries a failed asynchronous invocation) and, once the retries or the maximum event
 * age are used up, lands in the job's dead-letter queue (SSE-SQS encrypted, kept 14 days, TLS only):
 * EventBridge's delivery failures as the target's DLQ, the function's own failures as its on-failure
 * destination.
 */
export class ScheduledJob extends Construct {
  readonly rule: Rule;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: ScheduledJobProps) {
    super(scope, id);
    const retryAttempts = props.retryAttempts ?? JOB_RETRY_ATTEMPTS;
    const maxEventAge = props.maxEventAge ?? JOB_MAX_EVENT_AGE;

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: JOB_DLQ_RETENTION,
    });

    this.rule = new Rule(this, 'Rule', {
      description: props.description,
      schedule: Schedule.expression(props.expression),
    });
    this.rule.addTarget(new LambdaFunction(props.fn, { retryAttempts, maxEventAge, deadLetterQueue: this.deadLetterQueue }));

    props.fn.configureAsyncInvoke({ retryAttempts, maxEventAge, onFailure: new SqsDestination(this.deadLetterQueue) });
  }
}
