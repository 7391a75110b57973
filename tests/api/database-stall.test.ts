import { catalogDomain } from '@ayni/catalog';
import { loadConfig } from '@ayni/core';
import { IDEMPOTENCY_LOCK_SECONDS } from '@ayni/store';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../packages/devstack/src/dynamodb.js';
import { createTestApi, type TestApi } from '../support/api.js';
import { createAssociation, quesoAndino } from '../support/catalog-fixtures.js';

/**
 * A database that stops answering, played for real: this file starts its own DynamoDB Local and
 * pauses the Java process (SIGSTOP), so connections are still accepted by the kernel and requests
 * are sent, but nothing answers, as with a stalled node or a network that drops packets.
 */
let dynamodb: DynamoDbLocal;
let api: TestApi;
let orgId: string;
let admin: string;
let paused = false;

const pause = () => {
  process.kill(dynamodb.pid, 'SIGSTOP');
  paused = true;
};
const resume = () => {
  process.kill(dynamodb.pid, 'SIGCONT');
  paused = false;
};

beforeAll(async () => {
  dynamodb = await startDynamoDbLocal({ port: 0 });
  // The data is prepared with the test suite's generous limits (the machine is busy with other
  // files); the stall is met with the production limits, on the same table.
  const setup = await createTestApi([catalogDomain], { dynamodbEndpoint: dynamodb.endpoint });
  const root = await setup.token({ sub: 'platform-root', roles: ['platform_admin'] });
  ({
    org: { id: orgId },
  } = await createAssociation(setup, root));
  const defaults = loadConfig({});
  api = await createTestApi([catalogDomain], {
    table: { tableName: setup.runtime.config.TABLE_NAME, endpoint: dynamodb.endpoint },
    env: { DYNAMODB_TIMEOUT_MS: String(defaults.DYNAMODB_TIMEOUT_MS), DYNAMODB_MAX_ATTEMPTS: String(defaults.DYNAMODB_MAX_ATTEMPTS) },
  });
  admin = await api.token({ sub: `admin-${orgId}`, org: orgId, roles: ['association_admin'] });
}, 120_000);

afterAll(async () => {
  if (paused) resume();
  await dynamodb?.stop();
});

async function timed(run: () => Promise<Response>): Promise<{ res: Response; ms: number }> {
  const started = performance.now();
  const res = await run();
  return { res, ms: performance.now() - started };
}

describe('when the database stops answering', () => {
  it('answers 503 problem+json with Retry-After within 3 s, recovers within 5 s of the database, and a cut-off write retried with its key is done once', async () => {
    const key = crypto.randomUUID();
    const create = () =>
      api.call('POST', `/v1/orgs/${orgId}/products`, { token: admin, body: { ...quesoAndino, sku: 'QUESO-STALL' }, headers: { 'idempotency-key': key } });

    pause();
    const [read, write] = await Promise.all([timed(() => api.call('GET', '/v1/associations')), timed(create)]);
    for (const { res, ms } of [read, write]) {
      expect(res.status).toBe(503);
      expect(ms).toBeLessThan(3_000);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await res.json()).toMatchObject({ status: 503, type: expect.stringMatching(/database-unavailable$/) });
    }

    resume();
    const resumedAt = performance.now();
    let health: Response | undefined;
    while (performance.now() - resumedAt < 5_000) {
      health = await api.call('GET', '/v1/associations');
      if (health.status === 200) break;
      await sleep(100);
    }
    expect(health?.status).toBe(200);

    // The cut-off write's key may still be held by its in-progress lock (it could not be released
    // while the database was silent): retries are told to wait, and the lock lasts at most
    // IDEMPOTENCY_LOCK_SECONDS.
    let retried: Response | undefined;
    const deadline = performance.now() + (IDEMPOTENCY_LOCK_SECONDS + 10) * 1000;
    while (performance.now() < deadline) {
      retried = await create();
      if (retried.status === 201) break;
      expect([409, 503], await retried.clone().text()).toContain(retried.status);
      expect(Number(retried.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      await sleep(Number(retried.headers.get('retry-after')) * 1000);
    }
    expect(retried?.status).toBe(201);
    const product = (await retried!.json()) as { id: string };

    const replay = await create();
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(((await replay.json()) as { id: string }).id).toBe(product.id);
    const products = (await (await api.call('GET', `/v1/orgs/${orgId}/products?limit=100`, { token: admin })).json()) as { items: Array<{ sku: string }> };
    expect(products.items.filter((p) => p.sku === 'QUESO-STALL')).toHaveLength(1);
  }, 90_000);
});
