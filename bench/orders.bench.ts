/**
 * Order placement benchmark: DynamoDB calls and consumed capacity per placement, and placements per
 * second sequentially and with 16 in flight, against a real DynamoDB Local started for the run.
 *   npx tsx bench/orders.bench.ts [--orders 300]
 */
import { catalog, createOrganisation } from '@ayni/catalog';
import { systemClock } from '@ayni/core';
import { createAgreement, placeOrder, type CallMeter, type OrdersDeps } from '@ayni/orders';
import { createDynamoClient, createStore, ensureTable } from '@ayni/store';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startDynamoDbLocal } from '../packages/devstack/src/dynamodb.js';

const { values } = parseArgs({ options: { orders: { type: 'string', default: '300' } } });
const ORDERS = Number(values.orders);

const dynamo = await startDynamoDbLocal({ port: 0 });
const client = createDynamoClient({ region: 'us-east-1', endpoint: dynamo.endpoint });
const tableName = `ayni-bench-${randomUUID().slice(0, 8)}`;
await ensureTable(client, tableName);
const store = createStore({ tableName, region: 'us-east-1' }, client);
const catalogDeps = { store, clock: systemClock };

async function setUp() {
  const association = await createOrganisation(catalogDeps, { kind: 'association', name: 'Huaroq Sara', country: 'PE', region: 'Cusco' });
  const buyer = await createOrganisation(catalogDeps, { kind: 'buyer', name: 'República del Pisco', country: 'PE', region: 'Cusco' });
  const products = [];
  for (let i = 0; i < 16; i++) {
    const product = await catalog.createProduct(catalogDeps, association.id, {
      sku: `CHULLPI-${i}`,
      unit: 'kg',
      name: { es: `Maíz chullpi ${i}` },
      description: { es: 'Maíz chullpi de Huaro' },
      category: 'maize',
      price: { amount: 1200, currency: 'PEN' },
      minOrderQuantity: 1000,
      orderMultiple: 1000,
      leadTimeDays: 2,
      active: true,
      photos: [],
    });
    await catalog.createLot(catalogDeps, association.id, { productId: product.id, quantity: 10_000_000, productionDate: '2026-10-20', producerIds: [] });
    products.push(product.id);
  }
  const ordersDeps: OrdersDeps = { store, clock: systemClock };
  await createAgreement(
    ordersDeps,
    association.id,
    {
      buyerId: buyer.id,
      currency: 'PEN',
      validFrom: '2026-01-01',
      paymentTerms: 'net_15',
      prices: products.map((productId) => ({ productId, price: 1100, tiers: [{ minQuantity: 20_000, price: 1000 }] })),
    },
    { sub: 'bench' },
  );
  return { association: association.id, buyer: buyer.id, products };
}

const setup = await setUp();

interface Run {
  label: string;
  orders: number;
  seconds: number;
  meter: CallMeter;
}

async function run(label: string, orders: number, inFlight: number, productFor: (i: number) => string): Promise<Run> {
  const meter: CallMeter = { calls: 0, readUnits: 0, writeUnits: 0 };
  const deps: OrdersDeps = { store, clock: systemClock, meter };
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      for (let i = next++; i < orders; i = next++) {
        await placeOrder(
          deps,
          {
            orderId: `ord_${randomUUID().replace(/-/g, '').slice(0, 26).toUpperCase()}`,
            buyerId: setup.buyer,
            associationId: setup.association,
            lines: [{ productId: productFor(i), quantity: i % 2 === 0 ? 5000 : 25_000 }],
            requestedDeliveryDate: '2026-12-01',
            delivery: { kind: 'pickup' },
          },
          { sub: 'bench-buyer' },
        );
      }
    }),
  );
  return { label, orders, seconds: (performance.now() - started) / 1000, meter };
}

// Warm-up (JIT, connection pool), not reported.
await run('warm-up', 20, 4, (i) => setup.products[i % 16]!);
const results = [
  await run('sequential', ORDERS, 1, () => setup.products[0]!),
  await run('16 in flight, 16 products', ORDERS, 16, (i) => setup.products[i % 16]!),
  await run('16 in flight, one product', ORDERS, 16, () => setup.products[0]!),
];

const pad = (text: string, width: number) => text.padEnd(width);
const num = (value: number, digits = 2) => value.toFixed(digits).padStart(10);
console.log(`\nOrder placement on DynamoDB Local (${ORDERS} placements per row, one line each; reads = products BatchGetItem + agreement Query)\n`);
console.log(
  `${pad('run', 28)}${'calls/order'.padStart(12)}${'RCU/order'.padStart(10)}${'WCU/order'.padStart(10)}${'orders/s'.padStart(10)}${'ms/order'.padStart(10)}`,
);
for (const r of results) {
  console.log(
    `${pad(r.label, 28)}${num(r.meter.calls / r.orders).padStart(12)}${num(r.meter.readUnits / r.orders)}${num(r.meter.writeUnits / r.orders)}${num(r.orders / r.seconds, 0)}${num((r.seconds * 1000) / r.orders, 1)}`,
  );
}
console.log('\ncalls/order above 3 means transaction retries after TransactionConflict (contention on one product).');
console.log('Capacity as reported by DynamoDB Local (ReturnConsumedCapacity=TOTAL); production bills the same units.\n');

client.destroy();
await dynamo.stop();
