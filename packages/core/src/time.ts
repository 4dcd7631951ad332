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
  const from = utcDate(fromMs);
  const to = utcDate(toMs);
  const months = (to.year - from.year) * 12 + (to.month - from.month);
  // Adding `months` lands in to's month, on from's day (clamped to the month's end) and time; one
  // month less lands before to's month, so at most one month is not complete yet.
  const landingDay = Math.min(from.day, daysInMonth(to.year, to.month));
  const overshoots = landingDay > to.day || (landingDay === to.day && from.timeMs > to.timeMs);
  return overshoots ? months - 1 : months;
}

/**
 * Calendar date (month 1–12) and time of day of a UTC instant, by integer arithmetic (H. Hinnant's
 * civil_from_days): analytics rows ask this thousands of times, and `Date` objects cost more.
 */
function utcDate(ms: number): {year: number; month: number; day: number; timeMs: number} {
  const days = Math.floor(ms / DAY_MS);
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const leapDays = Math.floor(dayOfEra / 1460) - Math.floor(dayOfEra / 36_524) + Math.floor(dayOfEra / 146_096);
  const yearOfEra = Math.floor((dayOfEra - leapDays) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1,
    timeMs: ms - days * DAY_MS,
  };
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
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
