import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../packages/devstack/src/dynamodb.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}

/** One in-memory Amazon DynamoDB Local for the whole run; each test file creates its own table. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dynamodb = await startDynamoDbLocal({ port: 0 });
  project.provide('dynamodbEndpoint', dynamodb.endpoint);
  return () => dynamodb.stop();
}
