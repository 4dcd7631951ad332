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
import {memo, type PreparedCustomer, type PreparedDataset} from './prepare.ts';
import {rate} from './math.ts';

/** A call is good when all three measurements are under these limits; a missing one does not make it poor. */
export const QUALITY_THRESHOLDS: Readonly<QualityThresholds> = Object.freeze({packetLossPct: 5, latencyMs: 400, jitterMs: 150});

export function callingCustomers(prepared: PreparedDataset): PreparedCustomer[] {
  return memo(prepared, 'callingCustomers', () => prepared.customers.filter((customer) => customer.hasCallingRecord));
}

function weekOf(customer: PreparedCustomer, index: number): CallingWeek | undefined {
  return customer.callingWeeks?.[index];
}

function difference(current: number | null | undefined, previous: number | null | undefined): number | null {
  return current === null || current === undefined || previous === null || previous === undefined ? null : current - previous;
}

function poorRateOf(week: CallingWeek | undefined): number | null {
  return week ? rate(week.callsWithMedia - week.goodCalls, week.callsWithMedia) : null;
}

/** Σ high / medium / low users per week. */
export function usageTrend(prepared: PreparedDataset, customers: PreparedCustomer[]): CallingUsagePoint[] {
  const {weeks} = prepared.calling;
  const high = new Float64Array(weeks.length);
  const medium = new Float64Array(weeks.length);
  const low = new Float64Array(weeks.length);
  // Customer by customer (each one's weeks sit together in memory), not week by week.
  for (const customer of customers) {
    const calling = customer.callingWeeks;
    if (!calling) continue;
    for (let index = 0; index < weeks.length; index += 1) {
      const week = calling[index];
      if (!week) continue;
      high[index]! += week.usersByVolume.high;
      medium[index]! += week.usersByVolume.medium;
      low[index]! += week.usersByVolume.low;
    }
  }
  return weeks.map((weekMs, index) => ({weekStart: toIso(weekMs), high: high[index]!, medium: medium[index]!, low: low[index]!}));
}

export function customersUsage(prepared: PreparedDataset, customers: PreparedCustomer[]): CustomerUsageRow[] {
  const last = prepared.calling.weeks.length - 1;
  return customers.map((customer) => {
    const week = weekOf(customer, last);
    let assignedLicenses = 0;
    let totalLicenses = 0;
    for (const entry of customer.records) {
      if (!entry.active || entry.product !== 'calling') continue;
      assignedLicenses += entry.assigned;
      totalLicenses += entry.total;
    }
    return {
      customerId: customer.customer.id,
      customerName: customer.customer.name,
      assignedLicenses,
      totalLicenses,
      activeUsers: week?.activeUsers ?? null,
      calls: week?.calls ?? null,
      minutes: week?.minutes ?? null,
      callsPerActiveUser: week ? rate(week.calls, week.activeUsers) : null,
      callsChange: difference(week?.calls, weekOf(customer, last - 1)?.calls),
      callsByWeek: prepared.calling.weeks.map((_, index) => weekOf(customer, index)?.calls ?? null),
    };
  });
}

/** Σ calls with media, Σ poor calls and the poor rate per week. */
export function qualityTrend(prepared: PreparedDataset, customers: PreparedCustomer[]): CallQualityPoint[] {
  const {weeks} = prepared.calling;
  const withMedia = new Float64Array(weeks.length);
  const poor = new Float64Array(weeks.length);
  for (const customer of customers) {
    const calling = customer.callingWeeks;
    if (!calling) continue;
    for (let index = 0; index < weeks.length; index += 1) {
      const week = calling[index];
      if (!week) continue;
      withMedia[index]! += week.callsWithMedia;
      poor[index]! += week.callsWithMedia - week.goodCalls;
    }
  }
  return weeks.map((weekMs, index) => ({
    weekStart: toIso(weekMs),
    callsWithMedia: withMedia[index]!,
    poorCalls: poor[index]!,
    poorRate: rate(poor[index]!, withMedia[index]!),
  }));
}

/** Last week, per endpoint type, most calls first. */
export function endpointQuality(prepared: PreparedDataset, customers: PreparedCustomer[]): EndpointQuality[] {
  const last = prepared.calling.weeks.length - 1;
  const totals = new Map<string, {callsWithMedia: number; goodCalls: number}>();
  for (const customer of customers) {
    const week = weekOf(customer, last);
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

export function customersQuality(prepared: PreparedDataset, customers: PreparedCustomer[]): CustomerQualityRow[] {
  const last = prepared.calling.weeks.length - 1;
  return customers.map((customer) => {
    const week = weekOf(customer, last);
    const poorRate = poorRateOf(week);
    return {
      customerId: customer.customer.id,
      customerName: customer.customer.name,
      callsWithMedia: week?.callsWithMedia ?? null,
      poorCalls: week ? week.callsWithMedia - week.goodCalls : null,
      poorRate,
      avgJitterMs: week?.avgJitterMs ?? null,
      avgLatencyMs: week?.avgLatencyMs ?? null,
      avgPacketLossPct: week?.avgPacketLossPct ?? null,
      worstEndpoint: worstEndpoint(week),
      poorRateChange: difference(poorRate, poorRateOf(weekOf(customer, last - 1))),
    };
  });
}

/** Last week's calls per feature, most used first. */
export function featureUsage(prepared: PreparedDataset, customers: PreparedCustomer[]): FeatureUsage[] {
  const last = prepared.calling.weeks.length - 1;
  const totals = new Map<string, number>();
  for (const customer of customers) {
    const week = weekOf(customer, last);
    if (!week) continue;
    for (const feature in week.featureCalls) totals.set(feature, (totals.get(feature) ?? 0) + week.featureCalls[feature]!);
  }
  return [...totals]
    .map(([feature, calls]) => ({feature, calls}))
    .sort((a, b) => b.calls - a.calls || compareText(a.feature, b.feature));
}

/** Last week, over customers with queue data: weighted averages and the abandon rate. */
export function callQueueInsights(prepared: PreparedDataset, customers: PreparedCustomer[]): CallingAnalytics['queue'] {
  const last = prepared.calling.weeks.length - 1;
  const rows: QueueRow[] = [];
  let offered = 0;
  let answered = 0;
  let abandoned = 0;
  let answerSeconds = 0;
  let abandonSeconds = 0;
  for (const customer of customers) {
    const queue = weekOf(customer, last)?.queue;
    if (!queue) continue;
    offered += queue.offered;
    answered += queue.answered;
    abandoned += queue.abandoned;
    answerSeconds += queue.answered * queue.avgTimeToAnswerSec;
    abandonSeconds += queue.abandoned * queue.avgWaitBeforeAbandonSec;
    rows.push({
      customerId: customer.customer.id,
      customerName: customer.customer.name,
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
    usageTrend: usageTrend(prepared, customers),
    customersUsage: customersUsage(prepared, customers),
    qualityTrend: qualityTrend(prepared, customers),
    endpointQuality: endpointQuality(prepared, customers),
    customersQuality: customersQuality(prepared, customers),
    featureUsage: featureUsage(prepared, customers),
    queue: callQueueInsights(prepared, customers),
    qualityThresholds: {...QUALITY_THRESHOLDS},
  };
}
