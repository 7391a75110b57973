import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Clock } from '@ayni/core';
import type { Store } from '@ayni/store';
import { attemptDelivery } from '../service/deliver.js';
import type { WebhooksDeps } from '../service/context.js';
import { dispatchEvents, eventsOfRecords } from '../service/dispatch.js';
import { secretBoxOf } from '../deps.js';
import type { SecretBox } from '../secret-box.js';
import { tableDeliveryQueue } from '../table-queue.js';
import { LocalStreamReader } from './stream.js';

export interface LocalWebhooksOptions {
  readonly store: Store;
  readonly client: DynamoDBClient;
  readonly endpoint: string;
  readonly region: string;
  readonly clock: Clock;
  readonly allowLoopbackHttp?: boolean;
  /** What opens endpoint secrets: the runtime's (default: the process's, as `webhooksDepsOf` makes it without keys). */
  readonly secrets?: SecretBox;
  readonly send?: WebhooksDeps['send'];
  readonly random?: () => number;
}

/**
 * The webhook pipeline on one machine, through the same code as in AWS: the table's stream (DynamoDB
 * Local's) → the dispatcher → the table's queue → the delivery worker. `drain()` runs it until
 * nothing is left to do now (tests call it, with the clock they advance); `start()` runs it every
 * `intervalMs` (`npm start`).
 */
export function localWebhooks(options: LocalWebhooksOptions) {
  const queue = tableDeliveryQueue(options.store, options.clock);
  const deps: WebhooksDeps = {
    store: options.store,
    clock: options.clock,
    queue,
    secrets: options.secrets ?? secretBoxOf({ AWS_REGION: options.region }),
    allowLoopbackHttp: options.allowLoopbackHttp ?? true,
    ...(options.send ? { send: options.send } : {}),
    ...(options.random ? { random: options.random } : {}),
  };
  const reader = new LocalStreamReader(options.client, options.store.tableName, options.endpoint, options.region);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const dispatchNew = () => reader.poll(async (records) => void (await dispatchEvents(deps, eventsOfRecords(records))));
  const deliverDue = () => queue.runDueJobs((job) => attemptDelivery(deps, job));

  /** Dispatches what the stream holds and delivers what is due, until a round finds nothing. */
  async function drain(): Promise<void> {
    for (let round = 0; round < 50; round++) {
      const dispatched = await dispatchNew();
      const delivered = await deliverDue();
      if (dispatched === 0 && delivered === 0) return;
    }
  }

  return {
    deps,
    queue,
    drain,
    start(intervalMs = 500, onError: (error: unknown) => void = () => {}) {
      const tick = () => {
        running = drain()
          .catch(onError)
          .finally(() => {
            running = undefined;
            if (timer) schedule();
          });
      };
      const schedule = () => {
        timer = setTimeout(tick, intervalMs);
        timer.unref();
      };
      schedule();
    },
    async stop() {
      const current = timer;
      timer = undefined;
      if (current) clearTimeout(current);
      await running;
      reader.close();
    },
  };
}
