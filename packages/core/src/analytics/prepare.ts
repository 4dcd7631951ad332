/**
 * What every analytics answer needs, derived once per dataset: parsed dates, each record's licence
 * snapshot, records grouped by customer and product, and the calling weeks that count. The
 * definitions themselves (overview.ts, subscriptions.ts, calling.ts …) stay small pure functions
 * over this structure.
 *
 * Customers and records are addressed by position and their derived values kept in typed-array
 * columns, not in one object each: at a million customers, objects (V8 boxes every double field)
 * cost several hundred megabytes of heap and scatter a scan over one field across all of it; columns
 * cost a tenth of that, live outside the JS heap and are read sequentially.
 */
import type {CallingWeek, Customer, LicenseSnapshot, PartnerDataset, ProductId, SubscriptionRecord} from '../model.ts';
import {DAY_MS, WEEK_MS, isSundayWeekStart, parseIsoDate, sundayWeekStart} from '../time.ts';
import {resolveAnalyticsOptions, type AnalyticsOptions} from './options.ts';

/** Weeks in the licence trend and in "usage last 3 months". */
export const TREND_WEEKS = 13;
/** Weeks of calling history the calling analytics show. */
export const CALLING_WEEKS = 8;

/** No record / no customer / no calling row, in the position columns below. */
export const NONE = -1;

// Bits of `RecordColumns.flags`.
/** `state` active and startDate ≤ asOf < endDate. */
export const RECORD_ACTIVE = 1;
/** A subscription with `autoRenew` set (trials never auto-renew). */
export const RECORD_AUTO_RENEWS = 2;
export const RECORD_TRIAL = 4;
export const RECORD_SUSPENDED = 8;
export const RECORD_PENDING_SETUP = 16;
/** The record has a licence snapshot (an entry at or before asOf). */
export const RECORD_HAS_SNAPSHOT = 32;

/**
 * The prepared records: record r is `source[r]`, its derived values sit at position r of each column.
 * Records of unknown customers are left out, so a position is not an index into `subscriptions`.
 */
export interface RecordColumns {
  count: number;
  source: SubscriptionRecord[];
  // Strings every row shows, as arrays of references to the records' own strings: building 40,000
  // rows then reads consecutive memory instead of visiting 40,000 scattered record objects.
  id: string[];
  endDate: string[];
  /** Position of the record's customer. */
  customer: Int32Array;
  /** The customer's next record (dataset order), or NONE; see `CustomerColumns.firstRecord`. */
  next: Int32Array;
  startMs: Float64Array;
  endMs: Float64Array;
  total: Float64Array;
  /** From the licence snapshot; 0 without one. */
  assigned: Float64Array;
  used: Float64Array;
  /** Last week's entry (the one before the snapshot); NaN without one. */
  previousAssigned: Float64Array;
  previousUsed: Float64Array;
  /** Highest weekly `used` over the 13 trend weeks ("usage last 3 months"); 0 without entries. */
  peakUsed: Float64Array;
  /** RECORD_* bits. */
  flags: Uint8Array;
}

/** Per customer, by position in `dataset.customers`. */
export interface CustomerColumns {
  count: number;
  /** The customers' `id` and `name` (references, as `RecordColumns.id`). */
  id: string[];
  name: string[];
  /** First of the customer's records (dataset order), NONE without any; `RecordColumns.next` goes on. */
  firstRecord: Int32Array;
  /** Last admin activity; −Infinity when never (so "more than 30 days ago" holds). */
  lastActivityMs: Float64Array;
  /** 1 when the customer has a record of product `calling`, in any state. */
  hasCallingRecord: Uint8Array;
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
  /** Per customer, its row in `entries`; NONE without calling entries that count. */
  rowOf: Int32Array;
  /** The entries that count, CALLING_WEEKS per row (row × CALLING_WEEKS + week); undefined where missing. */
  entries: (CallingWeek | undefined)[];
  /** Each entry's `calls`, at the same positions (NaN where missing): the per-customer weekly series. */
  calls: Float64Array;
  /** Per week, sums over the entries of customers with a calling record, kept up to date as records are added. */
  sums: CallingWeekSums;
}

/** Per calling week (position in `PreparedCalling.weeks`). */
export interface CallingWeekSums {
  high: Float64Array;
  medium: Float64Array;
  low: Float64Array;
  callsWithMedia: Float64Array;
  /** callsWithMedia − goodCalls */
  poorCalls: Float64Array;
}

export interface PreparedDataset {
  dataset: PartnerDataset;
  options: AnalyticsOptions;
  asOfMs: number;
  customers: CustomerColumns;
  /** Position of each customer by id. */
  customerById: Map<string, number>;
  records: RecordColumns;
  /** Record positions of each product, ascending. */
  recordsByProduct: Map<ProductId, Int32Array>;
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

  const customerCount = dataset.customers.length;
  const customers: CustomerColumns = {
    count: customerCount,
    id: new Array<string>(customerCount),
    name: new Array<string>(customerCount),
    firstRecord: new Int32Array(customerCount).fill(NONE),
    lastActivityMs: new Float64Array(customerCount),
    hasCallingRecord: new Uint8Array(customerCount),
  };
  const customerById = new Map<string, number>();
  for (let c = 0; c < customerCount; c += 1) {
    const customer = dataset.customers[c]!;
    customers.id[c] = customer.id;
    customers.name[c] = customer.name;
    customers.lastActivityMs[c] = lastActivityMs(customer, dates);
    customerById.set(customer.id, c);
  }

  const weekOfAsOf = sundayWeekStart(asOfMs);
  const lastWeekStartMs = weekOfAsOf - WEEK_MS;
  const prepared: PreparedDataset = {
    dataset,
    options: resolveAnalyticsOptions(options),
    asOfMs,
    customers,
    customerById,
    records: recordColumns(dataset.subscriptions.length),
    recordsByProduct: new Map(),
    trendWeeks: weekStarts(weekOfAsOf, TREND_WEEKS),
    calling: {
      weeks: weekStarts(lastWeekStartMs, CALLING_WEEKS),
      lastWeekStartMs,
      rowOf: new Int32Array(customerCount).fill(NONE),
      entries: [],
      calls: new Float64Array(0),
      sums: {
        high: new Float64Array(CALLING_WEEKS),
        medium: new Float64Array(CALLING_WEEKS),
        low: new Float64Array(CALLING_WEEKS),
        callsWithMedia: new Float64Array(CALLING_WEEKS),
        poorCalls: new Float64Array(CALLING_WEEKS),
      },
    },
    trendByProduct: new Map(),
    cache: new Map(),
  };
  readRecords(prepared, dates);
  attachCallingWeeks(prepared, dates);
  return prepared;
}

function lastActivityMs(customer: Customer, dates: DateCache): number {
  return customer.lastAdminActivity === null ? Number.NEGATIVE_INFINITY : dates.parse(customer.lastAdminActivity);
}

function weekStarts(lastMs: number, count: number): number[] {
  return Array.from({length: count}, (_, i) => lastMs - (count - 1 - i) * WEEK_MS);
}

function recordColumns(count: number): RecordColumns {
  return {
    count,
    source: new Array<SubscriptionRecord>(count),
    id: new Array<string>(count),
    endDate: new Array<string>(count),
    customer: new Int32Array(count),
    next: new Int32Array(count).fill(NONE),
    startMs: new Float64Array(count),
    endMs: new Float64Array(count),
    total: new Float64Array(count),
    assigned: new Float64Array(count),
    used: new Float64Array(count),
    previousAssigned: new Float64Array(count),
    previousUsed: new Float64Array(count),
    peakUsed: new Float64Array(count),
    flags: new Uint8Array(count),
  };
}

/** The dataset's records of known customers, linked per customer in dataset order. */
function readRecords(prepared: PreparedDataset, dates: DateCache): void {
  const {records, customers, customerById} = prepared;
  const lastRecord = new Int32Array(customers.count).fill(NONE);
  const positionsByProduct = new Map<ProductId, number[]>();
  let r = 0;
  for (const record of prepared.dataset.subscriptions) {
    const c = customerById.get(record.customerId);
    if (c === undefined) continue;
    readRecord(prepared, r, c, record, dates);
    if (lastRecord[c] === NONE) customers.firstRecord[c] = r;
    else records.next[lastRecord[c]!] = r;
    lastRecord[c] = r;
    let positions = positionsByProduct.get(record.product);
    if (!positions) positionsByProduct.set(record.product, (positions = []));
    positions.push(r);
    r += 1;
  }
  if (r < records.count) prepared.records = resizedRecords(records, r);
  for (const [product, positions] of positionsByProduct) prepared.recordsByProduct.set(product, Int32Array.from(positions));
}

/**
 * Adds a record after a mutation such as starting a trial; returns its position, or NONE when its
 * customer is unknown. The columns are copied one longer: mutations are rare user actions.
 */
export function addPreparedRecord(prepared: PreparedDataset, record: SubscriptionRecord): number {
  const c = prepared.customerById.get(record.customerId);
  if (c === undefined) return NONE;
  const r = prepared.records.count;
  const records = resizedRecords(prepared.records, r + 1);
  prepared.records = records;
  const hadCallingRecord = prepared.customers.hasCallingRecord[c] === 1;
  readRecord(prepared, r, c, record, new DateCache());
  if (!hadCallingRecord && prepared.customers.hasCallingRecord[c] === 1) addCustomerToSums(prepared, c);
  let last = prepared.customers.firstRecord[c]!;
  if (last === NONE) prepared.customers.firstRecord[c] = r;
  else {
    while (records.next[last] !== NONE) last = records.next[last]!;
    records.next[last] = r;
  }
  const positions = prepared.recordsByProduct.get(record.product) ?? new Int32Array(0);
  prepared.recordsByProduct.set(record.product, appended(positions, r));
  prepared.cache.clear();
  return r;
}

/** Adds a customer (one created by a mutation, without records yet); returns its position. */
export function addPreparedCustomer(prepared: PreparedDataset, customer: Customer): number {
  const {customers, calling} = prepared;
  const c = customers.count;
  prepared.customers = {
    count: c + 1,
    id: [...customers.id, customer.id],
    name: [...customers.name, customer.name],
    firstRecord: appended(customers.firstRecord, NONE),
    lastActivityMs: appended(customers.lastActivityMs, lastActivityMs(customer, new DateCache())),
    hasCallingRecord: appended(customers.hasCallingRecord, 0),
  };
  calling.rowOf = appended(calling.rowOf, NONE);
  prepared.customerById.set(customer.id, c);
  prepared.cache.clear();
  return c;
}

function appended<T extends Int32Array | Float64Array | Uint8Array>(column: T, value: number): T {
  const longer = resized(column, column.length + 1);
  longer[column.length] = value;
  return longer;
}

/** A copy of `column` with `length` entries: cut short, or padded with zeros. */
function resized<T extends Int32Array | Float64Array | Uint8Array>(column: T, length: number): T {
  const copy = new (column.constructor as new (length: number) => T)(length);
  copy.set(column.subarray(0, length));
  return copy;
}

function resizedArray<T>(column: T[], length: number): T[] {
  const copy = column.slice(0, length);
  copy.length = length;
  return copy;
}

function resizedRecords(records: RecordColumns, count: number): RecordColumns {
  return {
    count,
    source: resizedArray(records.source, count),
    id: resizedArray(records.id, count),
    endDate: resizedArray(records.endDate, count),
    customer: resized(records.customer, count),
    next: resized(records.next, count).fill(NONE, records.count),
    startMs: resized(records.startMs, count),
    endMs: resized(records.endMs, count),
    total: resized(records.total, count),
    assigned: resized(records.assigned, count),
    used: resized(records.used, count),
    previousAssigned: resized(records.previousAssigned, count),
    previousUsed: resized(records.previousUsed, count),
    peakUsed: resized(records.peakUsed, count),
    flags: resized(records.flags, count),
  };
}

/** Derives record r (of customer c) from its dataset entry and adds it to its product's trend. */
function readRecord(prepared: PreparedDataset, r: number, c: number, record: SubscriptionRecord, dates: DateCache): void {
  const {records, asOfMs} = prepared;
  const startMs = dates.parse(record.startDate);
  const endMs = dates.parse(record.endDate);
  const history = record.licenseHistory;
  readHistory(history, asOfMs, prepared.trendWeeks[0]!, dates);
  const snapshot = historyEntries[SNAPSHOT]!;
  const previous = historyEntries[PREVIOUS]!;
  let flags = snapshot === NONE ? 0 : RECORD_HAS_SNAPSHOT;
  if (record.state === 'active' && startMs <= asOfMs && asOfMs < endMs) flags |= RECORD_ACTIVE;
  else if (record.state === 'suspended') flags |= RECORD_SUSPENDED;
  else if (record.state === 'pendingSetup') flags |= RECORD_PENDING_SETUP;
  if (record.kind === 'trial') flags |= RECORD_TRIAL;
  else if (record.kind === 'subscription' && record.autoRenew === true) flags |= RECORD_AUTO_RENEWS;

  records.source[r] = record;
  records.id[r] = record.id;
  records.endDate[r] = record.endDate;
  records.customer[r] = c;
  records.startMs[r] = startMs;
  records.endMs[r] = endMs;
  records.total[r] = record.totalLicenses;
  records.assigned[r] = snapshot === NONE ? 0 : history[snapshot]!.assigned;
  records.used[r] = snapshot === NONE ? 0 : history[snapshot]!.used;
  records.previousAssigned[r] = previous === NONE ? Number.NaN : history[previous]!.assigned;
  records.previousUsed[r] = previous === NONE ? Number.NaN : history[previous]!.used;
  records.peakUsed[r] = addToTrend(prepared, record.product, record.totalLicenses, history);
  records.flags[r] = flags;
  if (record.product === 'calling') prepared.customers.hasCallingRecord[c] = 1;
}

// Scratch space of readHistory/addToTrend, reused so reading a million histories allocates nothing:
// the snapshot's and the previous entry's positions, and the latest entry of each trend week.
const SNAPSHOT = 0;
const PREVIOUS = 1;
const historyEntries = new Int32Array(2);
const entryOfWeek = new Int32Array(TREND_WEEKS);
const entryMsOfWeek = new Float64Array(TREND_WEEKS);

/**
 * Finds the licence snapshot (newest entry at or before asOf) and the one before it, and notes
 * in `entryOfWeek` the latest entry of each trend week. Entries may come in any order; of two with
 * the same week start the later one in the array wins.
 */
function readHistory(entries: readonly LicenseSnapshot[], asOfMs: number, firstTrendMs: number, dates: DateCache): void {
  let snapshot = NONE;
  let snapshotMs = Number.NEGATIVE_INFINITY;
  let previous = NONE;
  let previousMs = Number.NEGATIVE_INFINITY;
  entryOfWeek.fill(NONE);
  for (let i = 0; i < entries.length; i += 1) {
    const ms = dates.parse(entries[i]!.weekStart);
    if (!(ms <= asOfMs)) continue;
    if (ms >= snapshotMs) {
      previous = snapshot;
      previousMs = snapshotMs;
      snapshot = i;
      snapshotMs = ms;
    } else if (ms >= previousMs) {
      previous = i;
      previousMs = ms;
    }
    if (ms >= firstTrendMs) {
      const week = Math.floor((ms - firstTrendMs) / WEEK_MS);
      if (entryOfWeek[week] === NONE || ms >= entryMsOfWeek[week]!) {
        entryOfWeek[week] = i;
        entryMsOfWeek[week] = ms;
      }
    }
  }
  historyEntries[SNAPSHOT] = snapshot;
  historyEntries[PREVIOUS] = previous;
}

/**
 * Adds the entries noted by `readHistory` to the product's trend; returns the record's peak usage
 * over those weeks.
 */
function addToTrend(prepared: PreparedDataset, product: ProductId, total: number, history: readonly LicenseSnapshot[]): number {
  let sums = prepared.trendByProduct.get(product);
  let peakUsed = 0;
  for (let week = 0; week < TREND_WEEKS; week += 1) {
    const position = entryOfWeek[week]!;
    if (position === NONE) continue;
    if (!sums) {
      sums = {total: new Float64Array(TREND_WEEKS), assigned: new Float64Array(TREND_WEEKS), used: new Float64Array(TREND_WEEKS)};
      prepared.trendByProduct.set(product, sums);
    }
    const entry = history[position]!;
    sums.total[week]! += total;
    sums.assigned[week]! += entry.assigned;
    sums.used[week]! += entry.used;
    peakUsed = Math.max(peakUsed, entry.used);
  }
  return peakUsed;
}

/**
 * Keeps the calling entries that can count (SPEC §3): starting exactly on a Sunday 00:00 UTC, in a
 * finished week among the last 8. Entries of customers without a calling record are kept too, but
 * left out of the sums: a calling trial started later brings its customer's weeks in.
 */
function attachCallingWeeks(prepared: PreparedDataset, dates: DateCache): void {
  const {calling, customerById} = prepared;
  const {weeks, lastWeekStartMs, rowOf, entries, sums} = calling;
  const hasCallingRecord = prepared.customers.hasCallingRecord;
  const firstWeekMs = weeks[0]!;
  const calls: number[] = [];
  let rows = 0;
  for (const week of prepared.dataset.calling) {
    const c = customerById.get(week.customerId);
    if (c === undefined) continue;
    const weekMs = dates.parse(week.weekStart);
    if (!isSundayWeekStart(weekMs) || weekMs < firstWeekMs || weekMs > lastWeekStartMs) continue;
    if (rowOf[c] === NONE) {
      rowOf[c] = rows;
      rows += 1;
      for (let i = 0; i < CALLING_WEEKS; i += 1) {
        entries.push(undefined);
        calls.push(Number.NaN);
      }
    }
    const index = Math.round((weekMs - firstWeekMs) / WEEK_MS);
    const slot = rowOf[c]! * CALLING_WEEKS + index;
    const counted = hasCallingRecord[c] === 1;
    // Of two entries for the same week the later one counts.
    const replaced = entries[slot];
    if (replaced && counted) addToSums(sums, index, replaced, -1);
    entries[slot] = week;
    calls[slot] = week.calls;
    if (counted) addToSums(sums, index, week, 1);
  }
  calling.calls = Float64Array.from(calls);
}

function addToSums(sums: CallingWeekSums, index: number, week: CallingWeek, sign: 1 | -1): void {
  sums.high[index]! += sign * week.usersByVolume.high;
  sums.medium[index]! += sign * week.usersByVolume.medium;
  sums.low[index]! += sign * week.usersByVolume.low;
  sums.callsWithMedia[index]! += sign * week.callsWithMedia;
  sums.poorCalls[index]! += sign * (week.callsWithMedia - week.goodCalls);
}

/** Brings customer c's calling entries into the sums (when it gets its first calling record). */
function addCustomerToSums(prepared: PreparedDataset, c: number): void {
  const {rowOf, entries, sums} = prepared.calling;
  if (rowOf[c] === NONE) return;
  for (let index = 0; index < CALLING_WEEKS; index += 1) {
    const week = entries[rowOf[c]! * CALLING_WEEKS + index];
    if (week) addToSums(sums, index, week, 1);
  }
}

/** Customer c's calling entry of week `week` (position in `PreparedCalling.weeks`), if it counts. */
export function callingWeekOf(prepared: PreparedDataset, c: number, week: number): CallingWeek | undefined {
  const row = prepared.calling.rowOf[c]!;
  return row === NONE ? undefined : prepared.calling.entries[row * CALLING_WEEKS + week];
}

/** Memoises a derived answer until the prepared data changes. */
export function memo<T>(prepared: PreparedDataset, key: string, compute: () => T): T {
  if (prepared.cache.has(key)) return prepared.cache.get(key) as T;
  const value = compute();
  prepared.cache.set(key, value);
  return value;
}

/** Record r has `asOf < endDate ≤ asOf + days`. */
export function endsWithinDays(prepared: PreparedDataset, r: number, days: number): boolean {
  const endMs = prepared.records.endMs[r]!;
  return endMs > prepared.asOfMs && endMs <= prepared.asOfMs + days * DAY_MS;
}

/** Record r is active (its RECORD_ACTIVE flag). */
export function isActive(prepared: PreparedDataset, r: number): boolean {
  return (prepared.records.flags[r]! & RECORD_ACTIVE) !== 0;
}

/** Positions of customer c's records, in dataset order. */
export function recordsOf(prepared: PreparedDataset, c: number): number[] {
  const positions: number[] = [];
  for (let r = prepared.customers.firstRecord[c]!; r !== NONE; r = prepared.records.next[r]!) positions.push(r);
  return positions;
}
