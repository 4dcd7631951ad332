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
import {DAY_MS, WEEK_MS, completedMonths, daysSince, daysUntil, toIso} from '../time.ts';
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

function rowBase(entry: PreparedRecord): SubscriptionRowBase {
  const total = entry.record.totalLicenses;
  return {
    customerId: entry.customer.customer.id,
    customerName: entry.customer.customer.name,
    subscriptionId: entry.record.id,
    kind: entry.record.kind,
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
 */
export function licenseTrend(prepared: PreparedDataset, product: AnalyticsProduct): LicenseTrendPoint[] {
  const weeks = prepared.trendWeeks;
  const firstWeekMs = weeks[0]!;
  const points = weeks.map((weekMs) => ({weekStart: toIso(weekMs), total: 0, assigned: 0, used: 0}));
  for (const entry of productRecords(prepared, product)) {
    let lastBucket = -1;
    for (let i = entry.history.length - 1; i >= 0; i -= 1) {
      const weekMs = entry.historyWeekMs[i]!;
      if (weekMs < firstWeekMs) break;
      const bucket = Math.floor((weekMs - firstWeekMs) / WEEK_MS);
      if (bucket === lastBucket || bucket >= points.length) continue;
      lastBucket = bucket;
      const point = points[bucket]!;
      const snapshot = entry.history[i]!;
      point.total += entry.record.totalLicenses;
      point.assigned += snapshot.assigned;
      point.used += snapshot.used;
    }
  }
  return points;
}

/** Highest weekly `used` over the 13 trend weeks (0 without history there). */
export function usageLast3Months(prepared: PreparedDataset, entry: PreparedRecord): number {
  const firstWeekMs = prepared.trendWeeks[0]!;
  let highest = 0;
  for (let i = entry.history.length - 1; i >= 0 && entry.historyWeekMs[i]! >= firstWeekMs; i -= 1) {
    highest = Math.max(highest, entry.history[i]!.used);
  }
  return highest;
}

/** Records in any state with asOf − 90 d ≤ startDate ≤ asOf. */
export function recentlyAdded(prepared: PreparedDataset, product: AnalyticsProduct): SubscriptionAnalytics['recentlyAdded'] {
  const {asOfMs, options} = prepared;
  const since = asOfMs - options.windowDays * DAY_MS;
  const entries = productRecords(prepared, product).filter((entry) => entry.startMs >= since && entry.startMs <= asOfMs);
  const rows: RecentlyAddedRow[] = entries
    .map((entry) => ({
      ...rowBase(entry),
      daysSinceAdded: daysSince(entry.startMs, asOfMs),
      weeklyAssignmentChange: weeklyChange(entry, 'assigned'),
      weeklyUsageChange: weeklyChange(entry, 'used'),
    }))
    .sort((a, b) => a.daysSinceAdded - b.daysSinceAdded);
  return {
    newCustomers: distinctCustomers(entries),
    totalLicenses: sumOf(entries, (entry) => entry.record.totalLicenses),
    rows,
  };
}

function endingSection(prepared: PreparedDataset, entries: PreparedRecord[]) {
  const rows: EndingRow[] = entries
    .map((entry) => ({
      ...rowBase(entry),
      daysUntilEnd: daysUntil(prepared.asOfMs, entry.endMs),
      endDate: entry.record.endDate,
      usageLast3Months: usageLast3Months(prepared, entry),
    }))
    .sort((a, b) => a.daysUntilEnd - b.daysUntilEnd);
  const total = sumOf(entries, (entry) => entry.record.totalLicenses);
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
    .map((entry) => ({
      ...rowBase(entry),
      monthsSinceAdded: completedMonths(entry.startMs, prepared.asOfMs),
      assignedRate: rate(entry.assigned, entry.record.totalLicenses),
      weeklyAssignmentChange: weeklyChange(entry, 'assigned'),
    }))
    .sort((a, b) => (a.assignedRate ?? 0) - (b.assignedRate ?? 0));
  return {
    lowAssignmentCustomers: distinctCustomers(flagged),
    assignmentRate: rate(assigned, sumOf(flagged, (entry) => entry.record.totalLicenses)),
    usageWhenAssignedRate: rate(sumOf(flagged, (entry) => entry.used), assigned),
    unassignedLicenses: sumOf(flagged, (entry) => Math.max(entry.record.totalLicenses - entry.assigned, 0)),
    peerMedian,
    rows,
  };
}

/** Active with assigned > total. */
export function overLimit(prepared: PreparedDataset, product: AnalyticsProduct): SubscriptionAnalytics['overLimit'] {
  const entries = productRecords(prepared, product).filter(isOverLimit);
  const overageLicenses = sumOf(entries, (entry) => entry.assigned - entry.record.totalLicenses);
  const overageCustomers = distinctCustomers(entries);
  const rows: OverLimitRow[] = entries
    .map((entry) => ({
      ...rowBase(entry),
      monthsRemaining: completedMonths(prepared.asOfMs, entry.endMs),
      autoRenew: entry.autoRenews,
      assignedRate: rate(entry.assigned, entry.record.totalLicenses),
      usedRate: rate(entry.used, entry.record.totalLicenses),
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
