import type { Store } from '@ayni/store';

/** What the DynamoDB calls made while a tally was current consumed, and how long they took. */
export interface CapacityTally {
  calls: number;
  writeUnits: number;
  readUnits: number;
  /** Of writeUnits: what the global secondary indexes consumed. */
  indexWriteUnits: number;
  /** Time with at least one DynamoDB call in flight (overlapping calls count once). */
  dynamoMs: number;
}

export const emptyCapacityTally = (): CapacityTally => ({ calls: 0, writeUnits: 0, readUnits: 0, indexWriteUnits: 0, dynamoMs: 0 });

const DATA_COMMAND = /^(Get|Put|Update|Delete|BatchGet|BatchWrite|TransactGet|TransactWrite|Query|Scan)(Item|Items)?Command$/;
const READ_COMMAND = /^(Get|BatchGet|TransactGet|Query|Scan)(Item|Items)?Command$/;

interface Capacity {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
  GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number; ReadCapacityUnits?: number; WriteCapacityUnits?: number }>;
}

/**
 * Meters every data call of `store` into the tally `current()` returns (none: not metered). Each call
 * asks for ReturnConsumedCapacity INDEXES (a superset of TOTAL: code that reads the total still gets
 * it) and adds what DynamoDB reports; DynamoDB Local reports the units production bills, table and
 * indexes apart, deterministically for the same items. Call once per store.
 */
export function meterCapacity(store: Store, current: () => CapacityTally | undefined, mode: 'INDEXES' | 'TOTAL' = 'INDEXES'): void {
  let inFlight = 0;
  let busySince = 0;
  store.doc.middlewareStack.add(
    (next, context) => async (args) => {
      const tally = current();
      const command = (context as { commandName?: string }).commandName ?? '';
      if (!tally || !DATA_COMMAND.test(command)) return next(args);
      (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = mode;
      if (inFlight++ === 0) busySince = performance.now();
      try {
        const result = await next(args);
        const consumed = ([] as Capacity[]).concat((result.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity ?? []);
        const isRead = READ_COMMAND.test(command);
        for (const c of consumed) {
          const units = c.CapacityUnits ?? 0;
          tally.readUnits += c.ReadCapacityUnits ?? (isRead ? units : 0);
          tally.writeUnits += c.WriteCapacityUnits ?? (isRead ? 0 : units);
          for (const index of Object.values(c.GlobalSecondaryIndexes ?? {})) {
            tally.indexWriteUnits += index.WriteCapacityUnits ?? (isRead ? 0 : (index.CapacityUnits ?? 0));
          }
        }
        return result;
      } finally {
        tally.calls++;
        if (--inFlight === 0) tally.dynamoMs += performance.now() - busySince;
      }
    },
    { step: 'initialize', name: 'ayniCapacityMeter', priority: 'high' },
  );
}

/**
 * An item's size as DynamoDB counts it for capacity (names and values in UTF-8; a number about 1 byte
 * per 2 significant digits + 1; 3 bytes per list or map plus 1 per element): what a write unit (1 KB)
 * is measured against.
 */
export function dynamoItemSize(item: Record<string, unknown>): number {
  const size = (value: unknown): number => {
    if (value === null || value === undefined || typeof value === 'boolean') return 1;
    if (typeof value === 'string') return Buffer.byteLength(value);
    if (typeof value === 'number') return Math.ceil(String(Math.abs(value)).replace('.', '').replace(/^0+/, '').length / 2) + 1;
    if (value instanceof Uint8Array) return value.byteLength;
    if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + 1 + size(v), 0);
    return 3 + Object.entries(value as object).reduce((sum, [k, v]) => sum + 1 + Buffer.byteLength(k) + size(v), 0);
  };
  return Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + size(value), 0);
}
