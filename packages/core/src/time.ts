/**
 * Date maths on UTC epoch milliseconds. The few rules SPEC §3 needs (whole days rounded up or
 * down, completed calendar months, Sunday-started weeks) are a handful of lines each, so the core
 * stays dependency-free instead of pulling in a date library.
 */

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/**
 * Epoch milliseconds of an ISO 8601 date or date-time, or NaN when it is not one.
 * A date without a time zone (`2026-11-20`) is read as UTC midnight, as `Date.parse` does.
 */
export function parseIsoDate(value: unknown): number {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return Number.NaN;
  return Date.parse(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Whole days from `fromMs` until `toMs`, rounded up ("days until"). */
export function daysUntil(fromMs: number, toMs: number): number {
  return Math.ceil((toMs - fromMs) / DAY_MS);
}

/** Whole days from `fromMs` to `toMs`, rounded down ("days since"). */
export function daysSince(fromMs: number, toMs: number): number {
  return Math.floor((toMs - fromMs) / DAY_MS);
}

/** `ms` moved by `months` calendar months in UTC; the day is clamped to the target month's end. */
export function addMonthsUtc(ms: number, months: number): number {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return Date.UTC(year, month, day, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
}

/**
 * Completed calendar months from `fromMs` to `toMs` (floor; 0 when `toMs` is not after `fromMs`).
 * Jan 31 → Feb 28 counts as one month: adding a month to Jan 31 lands on Feb 28.
 */
export function completedMonths(fromMs: number, toMs: number): number {
  if (!(toMs > fromMs)) return 0;
  const from = new Date(fromMs);
  const to = new Date(toMs);
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  while (months > 0 && addMonthsUtc(fromMs, months) > toMs) months -= 1;
  return months;
}

/** Start (Sunday 00:00 UTC) of the week that contains `ms`. */
export function sundayWeekStart(ms: number): number {
  const midnight = Math.floor(ms / DAY_MS) * DAY_MS;
  const weekday = new Date(midnight).getUTCDay();
  return midnight - weekday * DAY_MS;
}

/** True when `ms` is exactly a Sunday 00:00 UTC. */
export function isSundayWeekStart(ms: number): boolean {
  return Number.isFinite(ms) && sundayWeekStart(ms) === ms;
}
