import * as z from 'zod';

/**
 * Quantities carry a unit of sale. They are stored as integer thousandths of the unit ("milli"),
 * so 2.5 kg is 2500 and arithmetic stays exact; units that cannot be split allow no decimals.
 */
export const UNITS = ['kg', 'unit', 'dozen', 'litre', 'metre'] as const;
export type Unit = (typeof UNITS)[number];

export const unitSchema = z.enum(UNITS, { error: () => `must be one of ${UNITS.join(', ')}` });

/** How many decimals a quantity in each unit may have. */
export const UNIT_DECIMALS: Record<Unit, number> = { kg: 3, unit: 0, dozen: 0, litre: 3, metre: 2 };

export const MILLI = 1000;

/**
 * Parses a decimal ("2.5", 2.5) digit by digit into integer thousandths, with no float arithmetic;
 * undefined when it is negative, has more than 3 decimals, is not a number or is too large.
 */
export function parseMilli(value: number | string): number | undefined {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^(\d+)(?:\.(\d{1,3}))?$/.exec(text);
  if (!match) return undefined;
  const milli = Number(match[1]) * MILLI + Number((match[2] ?? '').padEnd(3, '0'));
  return Number.isSafeInteger(milli) ? milli : undefined;
}

/** A quantity as sent by a client: a JSON number or a decimal string, parsed into thousandths. */
export const decimalQuantitySchema = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const milli = parseMilli(value);
  if (milli === undefined) {
    ctx.addIssue({ code: 'custom', message: 'must be a non-negative decimal with at most 3 decimals' });
    return z.NEVER;
  }
  return milli;
});

export function decimalsOf(milli: number): number {
  if (milli % 1000 === 0) return 0;
  if (milli % 100 === 0) return 1;
  if (milli % 10 === 0) return 2;
  return 3;
}

/** Whether a quantity (thousandths) is expressible in a unit, e.g. 1.5 dozen is not. */
export function fitsUnit(milli: number, unit: Unit): boolean {
  return decimalsOf(milli) <= UNIT_DECIMALS[unit];
}

/** Renders thousandths as a plain decimal string: 2500 → "2.5". */
export function formatQuantity(milli: number): string {
  const whole = Math.trunc(milli / MILLI);
  const fraction = String(Math.abs(milli % MILLI))
    .padStart(3, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
