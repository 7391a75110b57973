import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/**
 * The cold-start bench's baseline (bench/cold-start.bench.ts): the smallest function that does what
 * every domain function does on a request, namely hono behind API Gateway (`hono/aws-lambda`, as
 * functions/runtime.ts) and one DocumentClient GetItem. The bench bundles it with `bundleFunction`,
 * like the functions, so it is packaged the same way (AWS SDK bundled). Region, endpoint and
 * credentials come from the environment, as in a Lambda.
 */
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const tableName = process.env.TABLE_NAME ?? 'ayni';

const app = new Hono();
app.get('/v1/baseline/:id', async (c) => {
  const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: { pk: `BASELINE#${c.req.param('id')}`, sk: 'BASELINE' } }));
  return Item ? c.json(Item) : c.json({ title: 'Not found' }, 404);
});

export const handler = handle(app);
