/**
 * What every analytics answer needs, derived once per dataset: parsed dates, records grouped by
 * customer and product, each record's licence snapshot, and the calling weeks that count.
 * The definitions themselves (overview.ts, subscriptions.ts, calling.ts …) stay small pure
 * functions over this structure.
 */
import type {CallingWeek, Customer, LicenseSnapshot, PartnerDataset, ProductId, SubscriptionRecord} from '../model.ts';
import {DAY_MS, WEEK_MS, isSundayWeekStart, parseIsoDate, sundayWeekStart} from '../time.ts';
import {resolveAnalyticsOptions, type AnalyticsOptions} from './options.ts';

/** Weeks in the licence trend and in "usage last 3 months". */
export const TREND_WEEKS = 13;
/** Weeks of calling history the calling analytics show. */
export const CALLING_WEEKS = 8;

export interface PreparedCustomer {
  customer: Customer;
  /** Position in `dataset.customers`. */
  index: number;
  records: PreparedRecord[];
  lastActivityMs: number | null;
  hasCallingRecord: boolean;
  /** Calling weeks by position in `PreparedCalling.weeks`; null without any. */
  callingWeeks: (CallingWeek | undefined)[] | null;
}

export interface PreparedRecord {
  record: SubscriptionRecord;
  customer: PreparedCustomer;
  startMs: number;
  endMs: number;
  /** `state` active and startDate ≤ asOf < endDate. */
  active: boolean;
  /** Subscriptions may auto-renew; trials never do. */
  autoRenews: boolean;
  /** History entries at or before asOf, oldest first, with their parsed week starts. */
  history: LicenseSnapshot[];
  historyWeekMs: number[];
  /** From the licence snapshot; 0 without one. */
  assigned: number;
  used: number;
  /** Last week's entry (the one before the snapshot), if any. */
  previous: LicenseSnapshot | null;
  hasSnapshot: boolean;
}

export interface PreparedCalling {
  /** The 8 Sunday week starts, oldest first; the last is "last week". */
  weeks: number[];
  lastWeekStartMs: number;
}

export interface PreparedDataset {
  dataset: PartnerDataset;
  options: AnalyticsOptions;
  asOfMs: number;
  customers: PreparedCustomer[];
  customerById: Map<string, PreparedCustomer>;
  records: PreparedRecord[];
  recordsByProduct: Map<ProductId, PreparedRecord[]>;
  /** The 13 Sunday week starts of the licence trend, oldest first; the last contains asOf. */
  trendWeeks: number[];
  calling: PreparedCalling;
  /** Answers memoised per dataset version (see `memo`). */
  cache: Map<string, unknown>;
}

/** Parses date strings once each: week starts repeat across thousands of records. */
class DateCache {
  readonly #parsed = new Map<string, number>();
  parse(value: string): number {
    let ms = this.#parsed.get(value);
    if (ms === undefined) {
      ms = parseIsoDate(value);
      this.#parsed.set(value, ms);
    }
    return ms;
  }
}

export function prepareDataset(dataset: PartnerDataset, options: Partial<AnalyticsOptions> = {}): PreparedDataset {
  const dates = new DateCache();
  const asOfMs = dates.parse(dataset.asOf);
  if (Number.isNaN(asOfMs)) throw new RangeError(`asOf is not an ISO 8601 date: ${dataset.asOf}`);

  const customers: PreparedCustomer[] = [];
  const customerById = new Map<string, PreparedCustomer>();
  for (const [index, customer] of dataset.customers.entries()) {
    const prepared: PreparedCustomer = {
      customer,
      index,
      records: [],
      lastActivityMs: customer.lastAdminActivity === null ? null : dates.parse(customer.lastAdminActivity),
      hasCallingRecord: false,
      callingWeeks: null,
    };
    customers.push(prepared);
    customerById.set(customer.id, prepared);
  }

  const weekOfAsOf = sundayWeekStart(asOfMs);
  const lastWeekStartMs = weekOfAsOf - WEEK_MS;
  const prepared: PreparedDataset = {
    dataset,
    options: resolveAnalyticsOptions(options),
    asOfMs,
    customers,
    customerById,
    records: [],
    recordsByProduct: new Map(),
    trendWeeks: weekStarts(weekOfAsOf, TREND_WEEKS),
    calling: {weeks: weekStarts(lastWeekStartMs, CALLING_WEEKS), lastWeekStartMs},
    cache: new Map(),
  };

  for (const record of dataset.subscriptions) addPreparedRecord(prepared, record, dates);
  attachCallingWeeks(prepared, dates);
  return prepared;
}

function weekStarts(lastMs: number, count: number): number[] {
  return Array.from({length: count}, (_, i) => lastMs - (count - 1 - i) * WEEK_MS);
}

/** Adds one record (also used after a mutation such as starting a trial). */
export function addPreparedRecord(prepared: PreparedDataset, record: SubscriptionRecord, dates = new DateCache()): PreparedRecord | null {
  const customer = prepared.customerById.get(record.customerId);
  if (!customer) return null;
  const {asOfMs} = prepared;
  const startMs = dates.parse(record.startDate);
  const endMs = dates.parse(record.endDate);
  const {history, historyWeekMs} = historyUpTo(record.licenseHistory, asOfMs, dates);
  const snapshot = history.at(-1);
  const entry: PreparedRecord = {
    record,
    customer,
    startMs,
    endMs,
    active: record.state === 'active' && startMs <= asOfMs && asOfMs < endMs,
    autoRenews: record.kind === 'subscription' && record.autoRenew === true,
    history,
    historyWeekMs,
    assigned: snapshot?.assigned ?? 0,
    used: snapshot?.used ?? 0,
    previous: history.at(-2) ?? null,
    hasSnapshot: snapshot !== undefined,
  };
  customer.records.push(entry);
  if (record.product === 'calling') customer.hasCallingRecord = true;
  prepared.records.push(entry);
  let byProduct = prepared.recordsByProduct.get(record.product);
  if (!byProduct) prepared.recordsByProduct.set(record.product, (byProduct = []));
  byProduct.push(entry);
  prepared.cache.clear();
  return entry;
}

/** Entries at or before asOf, oldest first (sorted only when the data is not already in order). */
function historyUpTo(entries: LicenseSnapshot[], asOfMs: number, dates: DateCache) {
  let history: LicenseSnapshot[] = [];
  let historyWeekMs: number[] = [];
  let sorted = true;
  for (const entry of entries) {
    const weekMs = dates.parse(entry.weekStart);
    if (!(weekMs <= asOfMs)) continue;
    if (historyWeekMs.length > 0 && weekMs < historyWeekMs[historyWeekMs.length - 1]!) sorted = false;
    history.push(entry);
    historyWeekMs.push(weekMs);
  }
  if (!sorted) {
    const order = history.map((_, i) => i).sort((a, b) => historyWeekMs[a]! - historyWeekMs[b]!);
    history = order.map((i) => history[i]!);
    historyWeekMs = order.map((i) => historyWeekMs[i]!);
  }
  return {history, historyWeekMs};
}

/**
 * Keeps the calling entries that can count (SPEC §3): starting exactly on a Sunday 00:00 UTC, in a
 * finished week among the last 8. Whether the customer has a calling record is checked where the
 * weeks are used, so a calling trial started later brings its customer's weeks in.
 */
function attachCallingWeeks(prepared: PreparedDataset, dates: DateCache): void {
  const {weeks, lastWeekStartMs} = prepared.calling;
  const firstWeekMs = weeks[0]!;
  for (const week of prepared.dataset.calling) {
    const customer = prepared.customerById.get(week.customerId);
    if (!customer) continue;
    const weekMs = dates.parse(week.weekStart);
    if (!isSundayWeekStart(weekMs) || weekMs < firstWeekMs || weekMs > lastWeekStartMs) continue;
    customer.callingWeeks ??= new Array<CallingWeek | undefined>(weeks.length).fill(undefined);
    customer.callingWeeks[Math.round((weekMs - firstWeekMs) / WEEK_MS)] = week;
  }
}

/** Memoises a derived answer until the prepared data changes. */
export function memo<T>(prepared: PreparedDataset, key: string, compute: () => T): T {
  if (prepared.cache.has(key)) return prepared.cache.get(key) as T;
  const value = compute();
  prepared.cache.set(key, value);
  return value;
}

/** `asOf < endDate ≤ asOf + days` */
export function endsWithinDays(record: PreparedRecord, asOfMs: number, days: number): boolean {
  return record.endMs > asOfMs && record.endMs <= asOfMs + days * DAY_MS;
}
