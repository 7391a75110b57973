import * as z from 'zod';
import { FIELD_TEXTS } from './messages.js';

/**
 * Business dates are calendar days written `YYYY-MM-DD` (no time, no zone): due dates, value dates
 * of payments and the date the arrears job runs for. Arithmetic is done on UTC days.
 */
export type BusinessDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isBusinessDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

export const businessDateSchema = z.string().refine(isBusinessDate, { message: FIELD_TEXTS['loans.field.calendar-date'].en });

function toUtc(date: BusinessDate): Date {
  if (!isBusinessDate(date)) throw new RangeError(`not a business date: ${date}`);
  return new Date(`${date}T00:00:00.000Z`);
}

function fromUtc(date: Date): BusinessDate {
  return date.toISOString().slice(0, 10);
}

/** The business date of an instant (UTC; the fund's region is UTC-5, close enough for due dates). */
export function businessDateOf(instant: Date): BusinessDate {
  return fromUtc(instant);
}

export function addDays(date: BusinessDate, days: number): BusinessDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: BusinessDate, months: number): BusinessDate {
  const d = toUtc(date);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay))));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS);
}
