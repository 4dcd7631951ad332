/** Subscription sections for one product (SPEC §3, "Subscription sections"). */
import type {AnalyticsProduct} from '../model.ts';
import type {
  EndingRow,
  LicenseTrendPoint,
  LowAssignmentRow,
  OverLimitRow,
  RecentlyAddedRow,
  SubscriptionAnalytics,
  SubscriptionRowBase,
} from '../provider.ts';
import {DAY_MS, completedMonths, daysSince, daysUntil, toIso} from '../time.ts';
import {lowAssignment} from './low-assignment.ts';
import {rate} from './math.ts';
import {isExpiring, isOverLimit, isRenewing} from './overview.ts';
import {RECORD_AUTO_RENEWS, RECORD_TRIAL, type PreparedDataset} from './prepare.ts';

/** Positions of the product's records that pass `test`, ascending. */
function productRecords(prepared: PreparedDataset, product: AnalyticsProduct, test: (r: number) => boolean): Int32Array {
  return (prepared.recordsByProduct.get(product) ?? new Int32Array(0)).filter(test);
}

function distinctCustomers(prepared: PreparedDataset, positions: Int32Array): number {
  const customerOf = prepared.records.customer;
  const seen = new Uint8Array(prepared.customers.count);
  let count = 0;
  for (const r of positions) {
    const c = customerOf[r]!;
    if (seen[c] === 0) {
      seen[c] = 1;
      count += 1;
    }
  }
  return count;
}

function sumOf(positions: Int32Array, value: (r: number) => number): number {
  let sum = 0;
  for (const r of positions) sum += value(r);
  return sum;
}

/** The shared columns; row builders extend it with `Object.assign`, many times faster in V8 than spread. */
function rowBase(prepared: PreparedDataset, r: number): SubscriptionRowBase {
  const {records, customers} = prepared;
  const c = records.customer[r]!;
  const total = records.total[r]!;
  const assigned = records.assigned[r]!;
  return {
    customerId: customers.id[c]!,
    customerName: customers.name[c]!,
    subscriptionId: records.id[r]!,
    kind: records.flags[r]! & RECORD_TRIAL ? 'trial' : 'subscription',
    totalLicenses: total,
    assigned,
    used: records.used[r]!,
    available: Math.max(total - assigned, 0),
  };
}

/** Snapshot minus last week's; null when either is missing. */
function weeklyChange(current: Float64Array, previous: Float64Array, r: number): number | null {
  return Number.isNaN(previous[r]!) ? null : current[r]! - previous[r]!;
}

/**
 * Purchased → assigned → used for each of the 13 weeks ending with the week that contains asOf,
 * over the records with a history entry in that week (the latest one if a week has several).
 * The sums are accumulated once per dataset in prepare.ts.
 */
export function licenseTrend(prepared: PreparedDataset, product: AnalyticsProduct): LicenseTrendPoint[] {
  const sums = prepared.trendByProduct.get(product);
  return prepared.trendWeeks.map((weekMs, week) => ({
    weekStart: toIso(weekMs),
    total: sums?.total[week] ?? 0,
    assigned: sums?.assigned[week] ?? 0,
    used: sums?.used[week] ?? 0,
  }));
}

/** Records in any state with asOf − 90 d ≤ startDate ≤ asOf. */
export function recentlyAdded(prepared: PreparedDataset, product: AnalyticsProduct): SubscriptionAnalytics['recentlyAdded'] {
  const {asOfMs, options, records} = prepared;
  const since = asOfMs - options.windowDays * DAY_MS;
  const positions = productRecords(prepared, product, (r) => records.startMs[r]! >= since && records.startMs[r]! <= asOfMs);
  const rows: RecentlyAddedRow[] = Array.from(positions, (r) =>
    Object.assign(rowBase(prepared, r), {
      daysSinceAdded: daysSince(records.startMs[r]!, asOfMs),
      weeklyAssignmentChange: weeklyChange(records.assigned, records.previousAssigned, r),
      weeklyUsageChange: weeklyChange(records.used, records.previousUsed, r),
    }),
  ).sort((a, b) => a.daysSinceAdded - b.daysSinceAdded);
  return {
    newCustomers: distinctCustomers(prepared, positions),
    totalLicenses: sumOf(positions, (r) => records.total[r]!),
    rows,
  };
}

function endingSection(prepared: PreparedDataset, positions: Int32Array) {
  const {records} = prepared;
  const rows: EndingRow[] = Array.from(positions, (r) =>
    Object.assign(rowBase(prepared, r), {
      daysUntilEnd: daysUntil(prepared.asOfMs, records.endMs[r]!),
      endDate: records.endDate[r]!,
      usageLast3Months: records.peakUsed[r]!,
    }),
  ).sort((a, b) => a.daysUntilEnd - b.daysUntilEnd);
  const total = sumOf(positions, (r) => records.total[r]!);
  return {
    customers: distinctCustomers(prepared, positions),
    assignmentRate: rate(sumOf(positions, (r) => records.assigned[r]!), total),
    usageRate: rate(sumOf(positions, (r) => records.used[r]!), total),
    rows,
  };
}

/** Active, not auto-renewing, ending within 90 days. */
export function expiring(prepared: PreparedDataset, product: AnalyticsProduct): SubscriptionAnalytics['expiring'] {
  const {customers, ...rest} = endingSection(prepared, productRecords(prepared, product, (r) => isExpiring(prepared, r)));
  return {expiringCustomers: customers, ...rest};
}

/** Active, auto-renewing, renewing within 90 days. */
export function renewing(prepared: PreparedDataset, product: AnalyticsProduct): SubscriptionAnalytics['renewing'] {
  const {customers, ...rest} = endingSection(prepared, productRecords(prepared, product, (r) => isRenewing(prepared, r)));
  return {renewingCustomers: customers, ...rest};
}

/** The records flagged by the low-assignment rule. */
export function lowAssignmentSection(prepared: PreparedDataset, product: AnalyticsProduct): SubscriptionAnalytics['lowAssignment'] {
  const {records} = prepared;
  const {peerMedian, flagged} = lowAssignment(prepared, product);
  const assigned = sumOf(flagged, (r) => records.assigned[r]!);
  const rows: LowAssignmentRow[] = Array.from(flagged, (r) =>
    Object.assign(rowBase(prepared, r), {
      monthsSinceAdded: completedMonths(records.startMs[r]!, prepared.asOfMs),
      assignedRate: rate(records.assigned[r]!, records.total[r]!),
      weeklyAssignmentChange: weeklyChange(records.assigned, records.previousAssigned, r),
    }),
  ).sort((a, b) => (a.assignedRate ?? 0) - (b.assignedRate ?? 0));
  return {
    lowAssignmentCustomers: distinctCustomers(prepared, flagged),
    assignmentRate: rate(assigned, sumOf(flagged, (r) => records.total[r]!)),
    usageWhenAssignedRate: rate(sumOf(flagged, (r) => records.used[r]!), assigned),
    unassignedLicenses: sumOf(flagged, (r) => Math.max(records.total[r]! - records.assigned[r]!, 0)),
    peerMedian,
    rows,
  };
}

/** Active with assigned > total. */
export function overLimit(prepared: PreparedDataset, product: AnalyticsProduct): SubscriptionAnalytics['overLimit'] {
  const {records} = prepared;
  const positions = productRecords(prepared, product, (r) => isOverLimit(prepared, r));
  const overageLicenses = sumOf(positions, (r) => records.assigned[r]! - records.total[r]!);
  const overageCustomers = distinctCustomers(prepared, positions);
  const rows: OverLimitRow[] = Array.from(positions, (r) =>
    Object.assign(rowBase(prepared, r), {
      monthsRemaining: completedMonths(prepared.asOfMs, records.endMs[r]!),
      autoRenew: (records.flags[r]! & RECORD_AUTO_RENEWS) !== 0,
      assignedRate: rate(records.assigned[r]!, records.total[r]!),
      usedRate: rate(records.used[r]!, records.total[r]!),
    }),
  ).sort((a, b) => b.assigned - b.totalLicenses - (a.assigned - a.totalLicenses));
  return {overageCustomers, overageLicenses, averageOverage: rate(overageLicenses, overageCustomers), rows};
}

export function subscriptionAnalytics(prepared: PreparedDataset, product: AnalyticsProduct): SubscriptionAnalytics {
  return {
    product,
    asOf: prepared.dataset.asOf,
    rules: {...prepared.options},
    licenseTrend: licenseTrend(prepared, product),
    recentlyAdded: recentlyAdded(prepared, product),
    expiring: expiring(prepared, product),
    renewing: renewing(prepared, product),
    lowAssignment: lowAssignmentSection(prepared, product),
    overLimit: overLimit(prepared, product),
  };
}
