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
  return {status, subscriptionId: entry.record.id, product: entry.record.product};
}

/** The record that ends first among `entries`. */
function soonestEnding(entries: PreparedRecord[]): PreparedRecord | undefined {
  let soonest: PreparedRecord | undefined;
  for (const entry of entries) if (!soonest || entry.endMs < soonest.endMs) soonest = entry;
  return soonest;
}

/** The customer's statuses with the record behind each, most severe first. */
export function customerStatuses(prepared: PreparedDataset, customer: PreparedCustomer): CustomerStatusInfo[] {
  const {asOfMs, options} = prepared;
  const active = customer.records.filter((entry) => entry.active);
  const statuses: CustomerStatusInfo[] = [];

  const suspended = customer.records.find((entry) => entry.record.state === 'suspended');
  if (suspended) statuses.push(recordReason('suspended', suspended));

  const overage = active.find((entry) => entry.assigned > entry.record.totalLicenses);
  if (overage) {
    statuses.push({...recordReason('licenseOverage', overage), assigned: overage.assigned, total: overage.record.totalLicenses});
  }

  const expiring = soonestEnding(active.filter((entry) => endsWithinDays(entry, asOfMs, options.expiringSoonDays)));
  if (expiring) {
    statuses.push({...recordReason('expiringSoon', expiring), date: expiring.record.endDate, days: daysUntil(asOfMs, expiring.endMs)});
  }

  if (active.length === 0) statuses.push({status: 'expired'});

  const pending = customer.records.find((entry) => entry.record.state === 'pendingSetup');
  if (pending) statuses.push(recordReason('readyForSetup', pending));

  const {lastActivityMs} = customer;
  if (lastActivityMs === null || asOfMs - lastActivityMs > options.noRecentActivityDays * DAY_MS) {
    statuses.push({
      status: 'noRecentActivity',
      date: customer.customer.lastAdminActivity,
      ...(lastActivityMs === null ? {} : {days: daysSince(lastActivityMs, asOfMs)}),
    });
  }

  const trial = soonestEnding(active.filter((entry) => entry.record.kind === 'trial'));
  if (trial) statuses.push({...recordReason('trial', trial), date: trial.record.endDate, days: daysUntil(asOfMs, trial.endMs)});

  const subscription = soonestEnding(active.filter((entry) => entry.record.kind === 'subscription'));
  if (subscription) statuses.push(recordReason('subscription', subscription));

  return statuses;
}
