/** Customer statuses (SPEC §3): a customer can have several, listed most severe first. */
import {CUSTOMER_STATUSES, type CustomerStatus, type CustomerStatusInfo} from '../provider.ts';
import {DAY_MS, daysSince, daysUntil} from '../time.ts';
import {endsWithinDays, type PreparedCustomer, type PreparedDataset, type PreparedRecord} from './prepare.ts';

const SEVERITY = new Map<CustomerStatus, number>(CUSTOMER_STATUSES.map((status, rank) => [status, rank]));

/** 0 for the most severe status. */
export function statusSeverity(status: CustomerStatus): number {
  return SEVERITY.get(status)!;
}

function recordReason(status: CustomerStatus, entry: PreparedRecord): CustomerStatusInfo {
  return {status, subscriptionId: entry.record.id, product: entry.product};
}

/** The one of two records that ends first (either may be missing). */
function soonerEnding(current: PreparedRecord | undefined, candidate: PreparedRecord): PreparedRecord {
  return current && current.endMs <= candidate.endMs ? current : candidate;
}

/**
 * The customer's statuses with the record behind each, most severe first. (Hot at index build:
 * `Object.assign` rather than object spread, which V8 runs many times slower here.)
 */
export function customerStatuses(prepared: PreparedDataset, customer: PreparedCustomer): CustomerStatusInfo[] {
  const {asOfMs, options} = prepared;
  // One pass over the records; where several records cause a status, the first found (or the
  // one ending first) explains it.
  let suspended: PreparedRecord | undefined;
  let pending: PreparedRecord | undefined;
  let overage: PreparedRecord | undefined;
  let expiring: PreparedRecord | undefined;
  let trial: PreparedRecord | undefined;
  let subscription: PreparedRecord | undefined;
  for (const entry of customer.records) {
    const {state, kind} = entry;
    if (state === 'suspended') suspended ??= entry;
    else if (state === 'pendingSetup') pending ??= entry;
    if (!entry.active) continue;
    if (entry.assigned > entry.total) overage ??= entry;
    if (endsWithinDays(entry, asOfMs, options.expiringSoonDays)) expiring = soonerEnding(expiring, entry);
    if (kind === 'trial') trial = soonerEnding(trial, entry);
    else subscription = soonerEnding(subscription, entry);
  }

  const statuses: CustomerStatusInfo[] = [];
  if (suspended) statuses.push(recordReason('suspended', suspended));
  if (overage) {
    statuses.push(Object.assign(recordReason('licenseOverage', overage), {assigned: overage.assigned, total: overage.total}));
  }
  if (expiring) {
    statuses.push(Object.assign(recordReason('expiringSoon', expiring), {date: expiring.record.endDate, days: daysUntil(asOfMs, expiring.endMs)}));
  }
  if (!trial && !subscription) statuses.push({status: 'expired'});
  if (pending) statuses.push(recordReason('readyForSetup', pending));
  const {lastActivityMs} = customer;
  if (lastActivityMs === null || asOfMs - lastActivityMs > options.noRecentActivityDays * DAY_MS) {
    const info: CustomerStatusInfo = {status: 'noRecentActivity', date: customer.customer.lastAdminActivity};
    if (lastActivityMs !== null) info.days = daysSince(lastActivityMs, asOfMs);
    statuses.push(info);
  }
  if (trial) statuses.push(Object.assign(recordReason('trial', trial), {date: trial.record.endDate, days: daysUntil(asOfMs, trial.endMs)}));
  if (subscription) statuses.push(recordReason('subscription', subscription));
  return statuses;
}
