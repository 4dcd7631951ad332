/**
 * Calling analytics (SPEC §3): over customers with at least one calling record in any state, one
 * table row per such customer; weeks and the entries that count are chosen in prepare.ts.
 */
import type {CallingWeek} from '../model.ts';
import type {
  CallQualityPoint,
  CallingAnalytics,
  CallingUsagePoint,
  CustomerQualityRow,
  CustomerUsageRow,
  EndpointQuality,
  FeatureUsage,
  QualityThresholds,
  QueueRow,
} from '../provider.ts';
import {WEEK_MS, toIso} from '../time.ts';
import {CALLING_WEEKS, NONE, RECORD_ACTIVE, callingWeekOf, memo, type PreparedDataset} from './prepare.ts';
import {rate} from './math.ts';

/** A call is good when all three measurements are under these limits; a missing one does not make it poor. */
export const QUALITY_THRESHOLDS: Readonly<QualityThresholds> = Object.freeze({packetLossPct: 5, latencyMs: 400, jitterMs: 150});

/** Positions of the customers with a calling record, ascending. */
export function callingCustomers(prepared: PreparedDataset): Int32Array {
  return memo(prepared, 'callingCustomers', () => {
    const {hasCallingRecord, count} = prepared.customers;
    const positions = new Int32Array(count);
    let found = 0;
    for (let c = 0; c < count; c += 1) if (hasCallingRecord[c] === 1) positions[found++] = c;
    return positions.slice(0, found);
  });
}

function difference(current: number | null | undefined, previous: number | null | undefined): number | null {
  return current === null || current === undefined || previous === null || previous === undefined ? null : current - previous;
}

function poorRateOf(week: CallingWeek | undefined): number | null {
  return week ? rate(week.callsWithMedia - week.goodCalls, week.callsWithMedia) : null;
}

/** Σ high / medium / low users per week (summed once per dataset in prepare.ts). */
export function usageTrend(prepared: PreparedDataset): CallingUsagePoint[] {
  const {weeks, sums} = prepared.calling;
  return weeks.map((weekMs, index) => ({
    weekStart: toIso(weekMs),
    high: sums.high[index]!,
    medium: sums.medium[index]!,
    low: sums.low[index]!,
  }));
}

/** Customer c's calls in week `index`; null without an entry. */
function callsOf(prepared: PreparedDataset, c: number, index: number): number | null {
  const row = prepared.calling.rowOf[c]!;
  const calls = row === NONE ? Number.NaN : prepared.calling.calls[row * CALLING_WEEKS + index]!;
  return Number.isNaN(calls) ? null : calls;
}

export function customersUsage(prepared: PreparedDataset, customers: Int32Array): CustomerUsageRow[] {
  const last = prepared.calling.weeks.length - 1;
  const {records} = prepared;
  // Active calling licences per customer, from one pass over the calling records.
  const assignedLicenses = new Float64Array(prepared.customers.count);
  const totalLicenses = new Float64Array(prepared.customers.count);
  for (const r of prepared.recordsByProduct.get('calling') ?? []) {
    if ((records.flags[r]! & RECORD_ACTIVE) === 0) continue;
    assignedLicenses[records.customer[r]!]! += records.assigned[r]!;
    totalLicenses[records.customer[r]!]! += records.total[r]!;
  }
  return Array.from(customers, (c) => {
    const week = callingWeekOf(prepared, c, last);
    return {
      customerId: prepared.customers.id[c]!,
      customerName: prepared.customers.name[c]!,
      assignedLicenses: assignedLicenses[c]!,
      totalLicenses: totalLicenses[c]!,
      activeUsers: week?.activeUsers ?? null,
      calls: week?.calls ?? null,
      minutes: week?.minutes ?? null,
      callsPerActiveUser: week ? rate(week.calls, week.activeUsers) : null,
      callsChange: difference(week?.calls, callsOf(prepared, c, last - 1)),
      callsByWeek: prepared.calling.weeks.map((_, index) => callsOf(prepared, c, index)),
    };
  });
}

/** Σ calls with media, Σ poor calls and the poor rate per week (summed once per dataset in prepare.ts). */
export function qualityTrend(prepared: PreparedDataset): CallQualityPoint[] {
  const {weeks, sums} = prepared.calling;
  return weeks.map((weekMs, index) => ({
    weekStart: toIso(weekMs),
    callsWithMedia: sums.callsWithMedia[index]!,
    poorCalls: sums.poorCalls[index]!,
    poorRate: rate(sums.poorCalls[index]!, sums.callsWithMedia[index]!),
  }));
}

/** Last week, per endpoint type, most calls first. */
export function endpointQuality(prepared: PreparedDataset, customers: Int32Array): EndpointQuality[] {
  const last = prepared.calling.weeks.length - 1;
  const totals = new Map<string, {callsWithMedia: number; goodCalls: number}>();
  for (const c of customers) {
    const week = callingWeekOf(prepared, c, last);
    if (!week) continue;
    for (const endpoint in week.byEndpoint) {
      const calls = week.byEndpoint[endpoint]!;
      const total = totals.get(endpoint) ?? {callsWithMedia: 0, goodCalls: 0};
      total.callsWithMedia += calls.callsWithMedia;
      total.goodCalls += calls.goodCalls;
      totals.set(endpoint, total);
    }
  }
  return [...totals]
    .map(([endpoint, {callsWithMedia, goodCalls}]) => ({
      endpoint,
      callsWithMedia,
      poorCalls: callsWithMedia - goodCalls,
      poorRate: rate(callsWithMedia - goodCalls, callsWithMedia),
    }))
    .sort((a, b) => b.callsWithMedia - a.callsWithMedia || compareText(a.endpoint, b.endpoint));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The endpoint type with the highest poor rate in a week (more poor calls, then name, break ties). */
export function worstEndpoint(week: CallingWeek | undefined): string | null {
  if (!week) return null;
  let worst: {endpoint: string; poorRate: number; poorCalls: number} | null = null;
  for (const endpoint in week.byEndpoint) {
    const calls = week.byEndpoint[endpoint]!;
    if (calls.callsWithMedia === 0) continue;
    const poorCalls = calls.callsWithMedia - calls.goodCalls;
    const poorRate = poorCalls / calls.callsWithMedia;
    const worse =
      !worst ||
      poorRate > worst.poorRate ||
      (poorRate === worst.poorRate && (poorCalls > worst.poorCalls || (poorCalls === worst.poorCalls && endpoint < worst.endpoint)));
    if (worse) worst = {endpoint, poorRate, poorCalls};
  }
  return worst?.endpoint ?? null;
}

export function customersQuality(prepared: PreparedDataset, customers: Int32Array): CustomerQualityRow[] {
  const last = prepared.calling.weeks.length - 1;
  return Array.from(customers, (c) => {
    const week = callingWeekOf(prepared, c, last);
    const poorRate = poorRateOf(week);
    return {
      customerId: prepared.customers.id[c]!,
      customerName: prepared.customers.name[c]!,
      callsWithMedia: week?.callsWithMedia ?? null,
      poorCalls: week ? week.callsWithMedia - week.goodCalls : null,
      poorRate,
      avgJitterMs: week?.avgJitterMs ?? null,
      avgLatencyMs: week?.avgLatencyMs ?? null,
      avgPacketLossPct: week?.avgPacketLossPct ?? null,
      worstEndpoint: worstEndpoint(week),
      poorRateChange: difference(poorRate, poorRateOf(callingWeekOf(prepared, c, last - 1))),
    };
  });
}

/** Last week's calls per feature, most used first. */
export function featureUsage(prepared: PreparedDataset, customers: Int32Array): FeatureUsage[] {
  const last = prepared.calling.weeks.length - 1;
  const totals = new Map<string, number>();
  for (const c of customers) {
    const week = callingWeekOf(prepared, c, last);
    if (!week) continue;
    for (const feature in week.featureCalls) totals.set(feature, (totals.get(feature) ?? 0) + week.featureCalls[feature]!);
  }
  return [...totals]
    .map(([feature, calls]) => ({feature, calls}))
    .sort((a, b) => b.calls - a.calls || compareText(a.feature, b.feature));
}

/** Last week, over customers with queue data: weighted averages and the abandon rate. */
export function callQueueInsights(prepared: PreparedDataset, customers: Int32Array): CallingAnalytics['queue'] {
  const last = prepared.calling.weeks.length - 1;
  const rows: QueueRow[] = [];
  let offered = 0;
  let answered = 0;
  let abandoned = 0;
  let answerSeconds = 0;
  let abandonSeconds = 0;
  for (const c of customers) {
    const queue = callingWeekOf(prepared, c, last)?.queue;
    if (!queue) continue;
    offered += queue.offered;
    answered += queue.answered;
    abandoned += queue.abandoned;
    answerSeconds += queue.answered * queue.avgTimeToAnswerSec;
    abandonSeconds += queue.abandoned * queue.avgWaitBeforeAbandonSec;
    rows.push({
      customerId: prepared.customers.id[c]!,
      customerName: prepared.customers.name[c]!,
      queues: queue.queues,
      offered: queue.offered,
      answered: queue.answered,
      abandoned: queue.abandoned,
      avgTimeToAnswerSec: queue.avgTimeToAnswerSec,
      avgWaitBeforeAbandonSec: queue.avgWaitBeforeAbandonSec,
      abandonRate: rate(queue.abandoned, queue.offered),
    });
  }
  return {
    queueCustomers: rows.length,
    avgTimeToAnswer: rate(answerSeconds, answered),
    avgWaitBeforeAbandon: rate(abandonSeconds, abandoned),
    abandonRate: rate(abandoned, offered),
    rows,
  };
}

export function callingAnalytics(prepared: PreparedDataset): CallingAnalytics {
  const customers = callingCustomers(prepared);
  const {weeks, lastWeekStartMs} = prepared.calling;
  return {
    asOf: prepared.dataset.asOf,
    lastWeekStart: toIso(lastWeekStartMs),
    dataAsOf: toIso(lastWeekStartMs + WEEK_MS),
    weeks: weeks.map(toIso),
    callingCustomers: customers.length,
    usageTrend: usageTrend(prepared),
    customersUsage: customersUsage(prepared, customers),
    qualityTrend: qualityTrend(prepared),
    endpointQuality: endpointQuality(prepared, customers),
    customersQuality: customersQuality(prepared, customers),
    featureUsage: featureUsage(prepared, customers),
    queue: callQueueInsights(prepared, customers),
    qualityThresholds: {...QUALITY_THRESHOLDS},
  };
}
