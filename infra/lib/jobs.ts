import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export interface ScheduledJobProps {
  readonly fn: IFunction;
  readonly expression: string;
  readonly description: string;
}

/** An EventBridge rule invoking a job Lambda on a schedule (retried twice by EventBridge on failure). */
export class ScheduledJob extends Construct {
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: ScheduledJobProps) {
    super(scope, id);
    this.rule = new Rule(this, 'Rule', {
      description: props.description,
      schedule: Schedule.expression(props.expression),
    });
    this.rule.addTarget(new LambdaFunction(props.fn, { retryAttempts: 2 }));
  }
}
