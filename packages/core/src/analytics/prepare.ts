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
  // Copies of the record fields every scan reads, so scans stay on these compact objects instead of
  // reaching into the (scattered) dataset records.
  product: ProductId;
  kind: SubscriptionRecord['kind'];
  state: SubscriptionRecord['state'];
  total: number;
  /** From the licence snapshot; 0 without one. */
  assigned: number;
  used: number;
  /** Last week's entry (the one before the snapshot), if any. */
  previous: LicenseSnapshot | null;
  hasSnapshot: boolean;
  /** Highest weekly `used` over the 13 trend weeks ("usage last 3 months"); 0 without entries. */
  peakUsed: number;
}

/** Σ totalLicenses / assigned / used per trend week, over the records with an entry that week. */
export interface TrendSums {
  total: Float64Array;
  assigned: Float64Array;
  used: Float64Array;
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
  /** Licence trend sums per product, accumulated as records are added. */
  trendByProduct: Map<ProductId, TrendSums>;
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
    trendByProduct: new Map(),
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
  const history = readHistory(record.licenseHistory, asOfMs, prepared.trendWeeks[0]!, dates);
  const snapshot = history.snapshot;
  const entry: PreparedRecord = {
    record,
    customer,
    startMs,
    endMs,
    active: record.state === 'active' && startMs <= asOfMs && asOfMs < endMs,
    autoRenews: record.kind === 'subscription' && record.autoRenew === true,
    product: record.product,
    kind: record.kind,
    state: record.state,
    total: record.totalLicenses,
    assigned: snapshot?.assigned ?? 0,
    used: snapshot?.used ?? 0,
    previous: history.previous,
    hasSnapshot: snapshot !== null,
    peakUsed: 0,
  };
  addToTrend(prepared, entry, record.licenseHistory);
  customer.records.push(entry);
  if (record.product === 'calling') customer.hasCallingRecord = true;
  prepared.records.push(entry);
  let byProduct = prepared.recordsByProduct.get(record.product);
  if (!byProduct) prepared.recordsByProduct.set(record.product, (byProduct = []));
  byProduct.push(entry);
  prepared.cache.clear();
  return entry;
}

// Scratch space of readHistory/addToTrend: the entry position per trend week of the record being
// read. Reused, so reading 100,000 histories allocates nothing.
const entryOfWeek = new Int32Array(TREND_WEEKS);
const entryMsOfWeek = new Float64Array(TREND_WEEKS);

/**
 * Finds the licence snapshot (newest entry at or before asOf) and the one before it, and notes
 * in `entryOfWeek` the latest entry of each trend week. Entries may come in any order; of two with
 * the same week start the later one in the array wins.
 */
function readHistory(entries: readonly LicenseSnapshot[], asOfMs: number, firstTrendMs: number, dates: DateCache) {
  let snapshot: LicenseSnapshot | null = null;
  let snapshotMs = Number.NEGATIVE_INFINITY;
  let previous: LicenseSnapshot | null = null;
  let previousMs = Number.NEGATIVE_INFINITY;
  entryOfWeek.fill(-1);
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i]!;
    const ms = dates.parse(entry.weekStart);
    if (!(ms <= asOfMs)) continue;
    if (ms >= snapshotMs) {
      previous = snapshot;
      previousMs = snapshotMs;
      snapshot = entry;
      snapshotMs = ms;
    } else if (ms >= previousMs) {
      previous = entry;
      previousMs = ms;
    }
    if (ms >= firstTrendMs) {
      const week = Math.floor((ms - firstTrendMs) / WEEK_MS);
      if (entryOfWeek[week]! < 0 || ms >= entryMsOfWeek[week]!) {
        entryOfWeek[week] = i;
        entryMsOfWeek[week] = ms;
      }
    }
  }
  return {snapshot, previous};
}

/** Adds the record's entries noted by `readHistory` to its product's trend and its peak usage. */
function addToTrend(prepared: PreparedDataset, entry: PreparedRecord, history: readonly LicenseSnapshot[]): void {
  let sums = prepared.trendByProduct.get(entry.product);
  for (let week = 0; week < TREND_WEEKS; week += 1) {
    const position = entryOfWeek[week]!;
    if (position < 0) continue;
    if (!sums) {
      const weeks = TREND_WEEKS;
      sums = {total: new Float64Array(weeks), assigned: new Float64Array(weeks), used: new Float64Array(weeks)};
      prepared.trendByProduct.set(entry.product, sums);
    }
    const snapshot = history[position]!;
    sums.total[week]! += entry.total;
    sums.assigned[week]! += snapshot.assigned;
    sums.used[week]! += snapshot.used;
    entry.peakUsed = Math.max(entry.peakUsed, snapshot.used);
  }
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
