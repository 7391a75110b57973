import { describe, expect, it } from 'vitest';
import { createTestTable, TEST_REGION } from '../support/dynamodb.js';

const { tableName, endpoint } = await createTestTable('jobs');
Object.assign(process.env, { TABLE_NAME: tableName, AWS_ENDPOINT_URL_DYNAMODB: endpoint, AWS_REGION: TEST_REGION, LOG_LEVEL: 'silent' });

describe('the scheduled Lambdas', () => {
  it('run the standing-order job for a given or computed delivery date, and the expiry job', async () => {
    const standing = await import('../../functions/standing-orders.js');
    expect(await standing.handler({ deliveryDate: '2026-11-25' })).toEqual({ deliveryDate: '2026-11-25', runs: [] });
    const computed = await standing.handler({});
    expect(computed.deliveryDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(standing.handler({ deliveryDate: '25/11/2026' })).rejects.toThrow(/YYYY-MM-DD/);
    const expiry = await import('../../functions/orders-expiry.js');
    expect(await expiry.handler()).toEqual({ expired: [], skipped: [] });
  });
});
