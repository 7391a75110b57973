import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { queryPage, transactWrite, TransactionCancelled, type Page, type Store } from '@ayni/store';
import { webhooksKeys } from './keys.js';
import { MAX_ENDPOINTS_PER_ORGANISATION, type AttemptItem, type DeliveryItem, type EndpointItem } from './model.js';

const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk'];

function strip<T>(item: Record<string, unknown> | undefined): T | undefined {
  if (!item) return undefined;
  const copy: Record<string, unknown> = { ...item };
  for (const name of KEY_ATTRIBUTES) delete copy[name];
  return copy as T;
}

export class EndpointLimitReached extends Error {
  override readonly name = 'EndpointLimitReached';
}
export class StaleEndpoint extends Error {
  override readonly name = 'StaleEndpoint';
}

/** The only file of the webhooks domain that speaks DynamoDB. */
export class WebhooksRepository {
  constructor(private readonly store: Store) {}

  private get table() {
    return this.store.tableName;
  }

  /** Registers an endpoint and counts it, refusing an eleventh (the counter is the invariant, not a read). */
  async createEndpoint(endpoint: EndpointItem): Promise<void> {
    try {
      await transactWrite(this.store, [
        {
          Update: {
            TableName: this.table,
            Key: webhooksKeys.endpointCounter(endpoint.orgId),
            UpdateExpression: 'SET entity = :entity ADD endpoints :one',
            ConditionExpression: 'attribute_not_exists(endpoints) OR endpoints < :max',
            ExpressionAttributeValues: { ':entity': 'WebhookEndpointCounter', ':one': 1, ':max': MAX_ENDPOINTS_PER_ORGANISATION },
          },
        },
        {
          Put: {
            TableName: this.table,
            Item: { ...webhooksKeys.endpoint(endpoint.orgId, endpoint.id), ...endpoint },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedConditions().includes(0)) throw new EndpointLimitReached('endpoint limit', { cause: error });
      throw error;
    }
  }

  async deleteEndpoint(orgId: string, endpointId: string): Promise<boolean> {
    try {
      await transactWrite(this.store, [
        { Delete: { TableName: this.table, Key: webhooksKeys.endpoint(orgId, endpointId), ConditionExpression: 'attribute_exists(pk)' } },
        {
          Update: {
            TableName: this.table,
            Key: webhooksKeys.endpointCounter(orgId),
            UpdateExpression: 'ADD endpoints :minus',
            ConditionExpression: 'endpoints > :zero',
            ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
          },
        },
      ]);
      return true;
    } catch (error) {
      if (error instanceof TransactionCancelled && error.failedConditions().includes(0)) return false;
      throw error;
    }
  }

  async getEndpoint(orgId: string, endpointId: string): Promise<EndpointItem | undefined> {
    const result = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: webhooksKeys.endpoint(orgId, endpointId), ConsistentRead: true }));
    return strip<EndpointItem>(result.Item);
  }

  /** An organisation's endpoints: at most MAX_ENDPOINTS_PER_ORGANISATION, so one bounded Query. */
  async listEndpoints(orgId: string): Promise<EndpointItem[]> {
    const result = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': webhooksKeys.endpointsOf(orgId), ':prefix': webhooksKeys.endpointPrefix },
        Limit: MAX_ENDPOINTS_PER_ORGANISATION,
      }),
    );
    return (result.Items ?? []).map((item) => strip<EndpointItem>(item)!);
  }

  /** Replaces an endpoint if it is still at the version it was read in. */
  async saveEndpoint(endpoint: EndpointItem, expectedVersion: number): Promise<void> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...webhooksKeys.endpoint(endpoint.orgId, endpoint.id), ...endpoint },
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': expectedVersion },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new StaleEndpoint('endpoint changed', { cause: error });
      throw error;
    }
  }

  /** Counts an attempt's outcome on its endpoint: a success clears the failure streak, a failure extends it. */
  async countOutcome(orgId: string, endpointId: string, ok: boolean, at: string): Promise<EndpointItem | undefined> {
    try {
      const result = await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: webhooksKeys.endpoint(orgId, endpointId),
          ...(ok
            ? { UpdateExpression: 'SET consecutiveFailures = :zero REMOVE failingSince', ExpressionAttributeValues: { ':zero': 0 } }
            : {
                UpdateExpression: 'SET failingSince = if_not_exists(failingSince, :at) ADD consecutiveFailures :one',
                ExpressionAttributeValues: { ':at': at, ':one': 1 },
              }),
          ConditionExpression: 'attribute_exists(pk)',
          ReturnValues: 'ALL_NEW',
        }),
      );
      return strip<EndpointItem>(result.Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  /** Disables an endpoint that keeps failing (only if still enabled and still failing). */
  async disableFailing(orgId: string, endpointId: string, at: string): Promise<boolean> {
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: webhooksKeys.endpoint(orgId, endpointId),
          UpdateExpression: 'SET enabled = :false, disabledReason = :failing, disabledAt = :at, updatedAt = :at ADD version :one',
          ConditionExpression: 'enabled = :true AND consecutiveFailures > :zero',
          ExpressionAttributeValues: { ':false': false, ':true': true, ':failing': 'failing', ':at': at, ':one': 1, ':zero': 0 },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** Writes a delivery unless it exists; answers the existing one when it does (a stream record seen twice). */
  async putDeliveryIfAbsent(delivery: DeliveryItem): Promise<{ created: true } | { created: false; existing: DeliveryItem }> {
    try {
      await this.store.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...webhooksKeys.delivery(delivery.endpointId, delivery.eventId), ...delivery },
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { created: true };
    } catch (error) {
      // The document client leaves the item of a failed condition in DynamoDB's own format.
      if (error instanceof ConditionalCheckFailedException && error.Item) return { created: false, existing: strip<DeliveryItem>(unmarshall(error.Item))! };
      throw error;
    }
  }

  async getDelivery(endpointId: string, eventId: string): Promise<DeliveryItem | undefined> {
    const result = await this.store.doc.send(new GetCommand({ TableName: this.table, Key: webhooksKeys.delivery(endpointId, eventId), ConsistentRead: true }));
    return strip<DeliveryItem>(result.Item);
  }

  /**
   * Takes a due delivery for one attempt: it must be pending, due, and not held by another worker
   * (a duplicate queue message, a retried Lambda). Answers undefined when it is not to be attempted now.
   */
  async claimDelivery(endpointId: string, eventId: string, now: string, leaseUntil: string): Promise<DeliveryItem | undefined> {
    try {
      const result = await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: webhooksKeys.delivery(endpointId, eventId),
          UpdateExpression: 'SET leaseUntil = :lease, attempts = attempts + :one, roundAttempts = roundAttempts + :one, lastAttemptAt = :now',
          ConditionExpression: '#status = :pending AND nextAttemptAt <= :now AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':lease': leaseUntil, ':one': 1, ':now': now, ':pending': 'pending' },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return strip<DeliveryItem>(result.Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async recordAttempt(attempt: AttemptItem): Promise<void> {
    await this.store.doc.send(
      new PutCommand({ TableName: this.table, Item: { ...webhooksKeys.attempt(attempt.endpointId, attempt.eventId, attempt.attempt), ...attempt } }),
    );
  }

  /** Records an attempt and the delivery's state after it, releasing the lease. */
  async finishAttempt(
    attempt: AttemptItem,
    outcome: { status: 'delivered' | 'pending' | 'failed'; at: string; nextAttemptAt?: string; lastStatus?: number; lastError?: string },
  ): Promise<void> {
    await this.recordAttempt(attempt);
    const sets = ['#status = :status', 'lastStatus = :lastStatus', 'lastError = :lastError'];
    const values: Record<string, unknown> = { ':status': outcome.status, ':lastStatus': outcome.lastStatus ?? 0, ':lastError': outcome.lastError ?? '' };
    if (outcome.nextAttemptAt) {
      sets.push('nextAttemptAt = :next');
      values[':next'] = outcome.nextAttemptAt;
    }
    if (outcome.status === 'delivered') {
      sets.push('deliveredAt = :at');
      values[':at'] = outcome.at;
    }
    if (outcome.status === 'failed') {
      sets.push('failedAt = :at');
      values[':at'] = outcome.at;
    }
    await this.store.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: webhooksKeys.delivery(attempt.endpointId, attempt.eventId),
        UpdateExpression: `SET ${sets.join(', ')} REMOVE leaseUntil`,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: values,
      }),
    );
  }

  /** Ends a pending delivery without an attempt (its endpoint was disabled or removed). */
  async abandonDelivery(endpointId: string, eventId: string, at: string, reason: string): Promise<void> {
    try {
      await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: webhooksKeys.delivery(endpointId, eventId),
          UpdateExpression: 'SET #status = :failed, failedAt = :at, lastError = :reason REMOVE leaseUntil',
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':failed': 'failed', ':pending': 'pending', ':at': at, ':reason': reason },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  /** Starts a new round of attempts for a delivery that ended (delivered or failed). */
  async restartDelivery(endpointId: string, eventId: string, at: string): Promise<DeliveryItem | undefined> {
    try {
      const result = await this.store.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: webhooksKeys.delivery(endpointId, eventId),
          UpdateExpression: 'SET #status = :pending, roundAttempts = :zero, roundStartedAt = :at, nextAttemptAt = :at REMOVE leaseUntil, failedAt',
          ConditionExpression: '#status IN (:delivered, :failed)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pending': 'pending', ':zero': 0, ':at': at, ':delivered': 'delivered', ':failed': 'failed' },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return strip<DeliveryItem>(result.Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  /** An endpoint's deliveries, newest first (event ids sort by time). */
  async listDeliveries(endpointId: string, limit: number, cursor?: string): Promise<Page<DeliveryItem>> {
    const page = await queryPage<Record<string, unknown>>(this.store, {
      partition: { name: 'pk', value: webhooksKeys.deliveriesOf(endpointId) },
      sortPrefix: { name: 'sk', value: webhooksKeys.deliveryPrefix },
      limit,
      cursor,
      scanForward: false,
    });
    return { items: page.items.map((item) => strip<DeliveryItem>(item)!), nextCursor: page.nextCursor };
  }

  /** An endpoint's deliveries of events that happened in [fromMs, toMs), oldest first. */
  async listDeliveriesBetween(endpointId: string, fromMs: number, toMs: number, limit: number, cursor?: string): Promise<Page<DeliveryItem>> {
    const range = webhooksKeys.deliveriesBetween(fromMs, toMs);
    const page = await queryPage<Record<string, unknown>>(this.store, {
      partition: { name: 'pk', value: webhooksKeys.deliveriesOf(endpointId) },
      sortBetween: { name: 'sk', from: range.from, to: range.to },
      limit,
      cursor,
      scanForward: true,
    });
    return { items: page.items.map((item) => strip<DeliveryItem>(item)!), nextCursor: page.nextCursor };
  }

  /** A delivery's attempts, oldest first (bounded: rounds × attempts per round, at most `limit`). */
  async listAttempts(endpointId: string, eventId: string, limit: number): Promise<AttemptItem[]> {
    const result = await this.store.doc.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': webhooksKeys.deliveriesOf(endpointId), ':prefix': webhooksKeys.attemptsPrefix(eventId) },
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map((item) => strip<AttemptItem>(item)!);
  }
}
