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
 * A quantity as sent by a client: a JSON number or a decimal string ("2.5"). Parsed digit by digit
 * into integer thousandths (no float arithmetic), refusing more than 3 decimals.
 */
export const decimalQuantitySchema = z
  .union([z.number(), z.string()])
  .transform((value, ctx) => {
    const text = typeof value === 'number' ? String(value) : value.trim();
    const match = /^(\d+)(?:\.(\d{1,3}))?$/.exec(text);
    if (!match) {
      ctx.addIssue({ code: 'custom', message: 'must be a non-negative decimal with at most 3 decimals' });
      return z.NEVER;
    }
    const milli = Number(match[1]) * MILLI + Number((match[2] ?? '').padEnd(3, '0'));
    if (!Number.isSafeInteger(milli)) {
      ctx.addIssue({ code: 'custom', message: 'is too large' });
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
  const fraction = String(Math.abs(milli % MILLI)).padStart(3, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}
