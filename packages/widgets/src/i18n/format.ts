/**
 * Every number, percentage, date and duration the kit shows goes through `Intl` for the element's
 * resolved locale. Formatters are cached per locale and options: building one costs far more than
 * using it, and a list formats thousands of cells.
 */

/** What a missing value (null, undefined, NaN) shows as. */
export const MISSING = '—';

type Value = number | null | undefined;

function isMissing(value: Value): value is null | undefined {
  return value === null || value === undefined || Number.isNaN(value);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export class Formatter {
  constructor(readonly locale: string) {}

  /** A count or amount; whole numbers unless `options` say otherwise. */
  number(value: Value, options: Intl.NumberFormatOptions = {maximumFractionDigits: 0}): string {
    return isMissing(value) ? MISSING : numberFormat(this.locale, options).format(value);
  }

  /** A number with one decimal at most (averages). */
  decimal(value: Value, maximumFractionDigits = 1): string {
    return this.number(value, {maximumFractionDigits});
  }

  /** A change: always signed, "0" without a sign. */
  change(value: Value, options: Intl.NumberFormatOptions = {maximumFractionDigits: 0}): string {
    return this.number(value, {...options, signDisplay: 'exceptZero'});
  }

  /**
   * An amount of money in `currency` (ISO 4217 code). A code Intl rejects shows the plain number
   * followed by the code: the amount stays readable and the page never breaks on bad data.
   */
  currency(amount: Value, currency: string): string {
    if (isMissing(amount)) return MISSING;
    try {
      return numberFormat(this.locale, {style: 'currency', currency}).format(amount);
    } catch {
      return `${this.number(amount, {maximumFractionDigits: 2})} ${currency}`.trim();
    }
  }

  /** A rate (0..1) as a percentage. */
  percent(rate: Value, maximumFractionDigits = 0): string {
    return this.number(rate, {style: 'percent', maximumFractionDigits});
  }

  /** A duration in seconds: "42 s", "3 min 5 s", "2 h 10 min". */
  duration(seconds: Value): string {
    if (isMissing(seconds)) return MISSING;
    const total = Math.round(seconds);
    const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
      numberFormat(this.locale, {style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 0}).format(value);
    if (total < 60) return unit(total, 'second');
    if (total < 3600) {
      const rest = total % 60;
      return rest === 0 ? unit(Math.floor(total / 60), 'minute') : `${unit(Math.floor(total / 60), 'minute')} ${unit(rest, 'second')}`;
    }
    const minutes = Math.round((total % 3600) / 60);
    return minutes === 0 ? unit(Math.floor(total / 3600), 'hour') : `${unit(Math.floor(total / 3600), 'hour')} ${unit(minutes, 'minute')}`;
  }

  /** A date (or date-time) in the viewer's time zone unless `timeZone` is given. */
  date(iso: string | null | undefined, options: Intl.DateTimeFormatOptions = {dateStyle: 'medium'}): string {
    if (!iso) return MISSING;
    const ms = Date.parse(iso);
    if (Number.isNaN(ms)) return MISSING;
    const key = `${this.locale}|${JSON.stringify(options)}`;
    let format = dateFormats.get(key);
    if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(this.locale, options)));
    return format.format(ms);
  }

  /** "in 3 days", "yesterday", "2 days ago". */
  relativeDays(days: Value): string {
    if (isMissing(days)) return MISSING;
    let format = relativeFormats.get(this.locale);
    if (!format) relativeFormats.set(this.locale, (format = new Intl.RelativeTimeFormat(this.locale, {numeric: 'auto'})));
    return format.format(days, 'day');
  }
}
