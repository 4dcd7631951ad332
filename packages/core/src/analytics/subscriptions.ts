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
import {type PreparedDataset, type PreparedRecord} from './prepare.ts';

function productRecords(prepared: PreparedDataset, product: AnalyticsProduct): PreparedRecord[] {
  return prepared.recordsByProduct.get(product) ?? [];
}

function distinctCustomers(entries: PreparedRecord[]): number {
  return new Set(entries.map((entry) => entry.customer)).size;
}

function sumOf(entries: PreparedRecord[], value: (entry: PreparedRecord) => number): number {
  let sum = 0;
  for (const entry of entries) sum += value(entry);
  return sum;
}

/** The shared columns; row builders extend it with `Object.assign`, many times faster in V8 than spread. */
function rowBase(entry: PreparedRecord): SubscriptionRowBase {
  const total = entry.total;
  return {
    customerId: entry.customer.customer.id,
    customerName: entry.customer.customer.name,
    subscriptionId: entry.record.id,
    kind: entry.kind,
    totalLicenses: total,
    assigned: entry.assigned,
    used: entry.used,
    available: Math.max(total - entry.assigned, 0),
  };
}

/** Snapshot minus last week's; null when either is missing. */
function weeklyChange(entry: PreparedRecord, field: 'assigned' | 'used'): number | null {
  if (!entry.hasSnapshot || !entry.previous) return null;
  return entry[field] - entry.previous[field];
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
  const {asOfMs, options} = prepared;
  const since = asOfMs - options.windowDays * DAY_MS;
  const entries = productRecords(prepared, product).filter((entry) => entry.startMs >= since && entry.startMs <= asOfMs);
  const rows: RecentlyAddedRow[] = entries
    .map((entry) => Object.assign(rowBase(entry), {
      daysSinceAdded: daysSince(entry.startMs, asOfMs),
      weeklyAssignmentChange: weeklyChange(entry, 'assigned'),
      weeklyUsageChange: weeklyChange(entry, 'used'),
    }))
    .sort((a, b) => a.daysSinceAdded - b.daysSinceAdded);
  return {
    newCustomers: distinctCustomers(entries),
    totalLicenses: sumOf(entries, (entry) => entry.total),
    rows,
  };
}

function endingSection(prepared: PreparedDataset, entries: PreparedRecord[]) {
  const rows: EndingRow[] = entries
    .map((entry) => Object.assign(rowBase(entry), {
      daysUntilEnd: daysUntil(prepared.asOfMs, entry.endMs),
      endDate: entry.record.endDate,
      usageLast3Months: entry.peakUsed,
    }))
    .sort((a, b) => a.daysUntilEnd - b.daysUntilEnd);
  const total = sumOf(entries, (entry) => entry.total);
  return {
    customers: distinctCustomers(entries),
    assignmentRate: rate(sumOf(entries, (entry) => entry.assigned), total),
    usageRate: rate(sumOf(entries, (entry) => entry.used), total),
    rows,
  };
}

/** Active, not auto-renewing, ending within 90 days. */
export function expiring(prepared: PreparedDataset, product: AnalyticsProduct): SubscriptionAnalytics['expiring'] {
  const {customers, ...rest} = endingSection(
    prepared,
    productRecords(prepared, product).filter((entry) => isExpiring(entry, prepared)),
  );
  return {expiringCustomers: customers, ...rest};
}

/** Active, auto-renewing, renewing within 90 days. */
export function renewing(prepared: PreparedDataset, product: AnalyticsProduct): SubscriptionAnalytics['renewing'] {
  const {customers, ...rest} = endingSection(
    prepared,
    productRecords(prepared, product).filter((entry) => isRenewing(entry, prepared)),
  );
  return {renewingCustomers: customers, ...rest};
}

/** The records flagged by the low-assignment rule. */
export function lowAssignmentSection(prepared: PreparedDataset, product: AnalyticsProduct): SubscriptionAnalytics['lowAssignment'] {
  const {peerMedian, flagged} = lowAssignment(prepared, product);
  const assigned = sumOf(flagged, (entry) => entry.assigned);
  const rows: LowAssignmentRow[] = flagged
    .map((entry) => Object.assign(rowBase(entry), {
      monthsSinceAdded: completedMonths(entry.startMs, prepared.asOfMs),
      assignedRate: rate(entry.assigned, entry.total),
      weeklyAssignmentChange: weeklyChange(entry, 'assigned'),
    }))
    .sort((a, b) => (a.assignedRate ?? 0) - (b.assignedRate ?? 0));
  return {
    lowAssignmentCustomers: distinctCustomers(flagged),
    assignmentRate: rate(assigned, sumOf(flagged, (entry) => entry.total)),
    usageWhenAssignedRate: rate(sumOf(flagged, (entry) => entry.used), assigned),
    unassignedLicenses: sumOf(flagged, (entry) => Math.max(entry.total - entry.assigned, 0)),
    peerMedian,
    rows,
  };
}

/** Active with assigned > total. */
export function overLimit(prepared: PreparedDataset, product: AnalyticsProduct): SubscriptionAnalytics['overLimit'] {
  const entries = productRecords(prepared, product).filter(isOverLimit);
  const overageLicenses = sumOf(entries, (entry) => entry.assigned - entry.total);
  const overageCustomers = distinctCustomers(entries);
  const rows: OverLimitRow[] = entries
    .map((entry) => Object.assign(rowBase(entry), {
      monthsRemaining: completedMonths(prepared.asOfMs, entry.endMs),
      autoRenew: entry.autoRenews,
      assignedRate: rate(entry.assigned, entry.total),
      usedRate: rate(entry.used, entry.total),
    }))
    .sort((a, b) => b.assigned - b.totalLicenses - (a.assigned - a.totalLicenses));
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
