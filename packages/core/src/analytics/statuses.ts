/** Customer statuses (SPEC §3): a customer can have several, listed most severe first. */
import {CUSTOMER_STATUSES, type CustomerStatus, type CustomerStatusInfo} from '../provider.ts';
import {DAY_MS, daysSince, daysUntil} from '../time.ts';
import {
  NONE,
  RECORD_ACTIVE,
  RECORD_PENDING_SETUP,
  RECORD_SUSPENDED,
  RECORD_TRIAL,
  endsWithinDays,
  type PreparedDataset,
} from './prepare.ts';

const SEVERITY = new Map<CustomerStatus, number>(CUSTOMER_STATUSES.map((status, rank) => [status, rank]));

/** 0 for the most severe status. */
export function statusSeverity(status: CustomerStatus): number {
  return SEVERITY.get(status)!;
}

/** Bit of each status in `customerStatusBits`: its severity rank, so the lowest set bit is the most severe. */
export const STATUS_BIT = Object.freeze(
  Object.fromEntries(CUSTOMER_STATUSES.map((status, rank) => [status, 1 << rank])) as Record<CustomerStatus, number>,
);

/**
 * The record behind each record-caused status (NONE where the customer does not have it). Where
 * several records cause a status, the first found (or the one ending first) explains it.
 */
interface StatusRecords {
  suspended: number;
  pending: number;
  overage: number;
  expiring: number;
  trial: number;
  subscription: number;
}

function statusRecords(prepared: PreparedDataset, c: number): StatusRecords {
  const {records, options} = prepared;
  const {flags, endMs} = records;
  const found: StatusRecords = {suspended: NONE, pending: NONE, overage: NONE, expiring: NONE, trial: NONE, subscription: NONE};
  const soonerEnding = (current: number, candidate: number) =>
    current !== NONE && endMs[current]! <= endMs[candidate]! ? current : candidate;
  for (let r = prepared.customers.firstRecord[c]!; r !== NONE; r = records.next[r]!) {
    const recordFlags = flags[r]!;
    if (recordFlags & RECORD_SUSPENDED && found.suspended === NONE) found.suspended = r;
    if (recordFlags & RECORD_PENDING_SETUP && found.pending === NONE) found.pending = r;
    if ((recordFlags & RECORD_ACTIVE) === 0) continue;
    if (records.assigned[r]! > records.total[r]! && found.overage === NONE) found.overage = r;
    if (endsWithinDays(prepared, r, options.expiringSoonDays)) found.expiring = soonerEnding(found.expiring, r);
    if (recordFlags & RECORD_TRIAL) found.trial = soonerEnding(found.trial, r);
    else found.subscription = soonerEnding(found.subscription, r);
  }
  return found;
}

function hasNoRecentActivity(prepared: PreparedDataset, c: number): boolean {
  return prepared.asOfMs - prepared.customers.lastActivityMs[c]! > prepared.options.noRecentActivityDays * DAY_MS;
}

/** Customer c's statuses as `STATUS_BIT` bits (what the customer list filters and sorts on). */
export function customerStatusBits(prepared: PreparedDataset, c: number): number {
  const found = statusRecords(prepared, c);
  let bits = 0;
  if (found.suspended !== NONE) bits |= STATUS_BIT.suspended;
  if (found.overage !== NONE) bits |= STATUS_BIT.licenseOverage;
  if (found.expiring !== NONE) bits |= STATUS_BIT.expiringSoon;
  if (found.trial === NONE && found.subscription === NONE) bits |= STATUS_BIT.expired;
  if (found.pending !== NONE) bits |= STATUS_BIT.readyForSetup;
  if (hasNoRecentActivity(prepared, c)) bits |= STATUS_BIT.noRecentActivity;
  if (found.trial !== NONE) bits |= STATUS_BIT.trial;
  if (found.subscription !== NONE) bits |= STATUS_BIT.subscription;
  return bits;
}

/**
 * Customer c's statuses with the record behind each, most severe first. (`Object.assign` rather
 * than object spread, which V8 runs many times slower.)
 */
export function customerStatuses(prepared: PreparedDataset, c: number): CustomerStatusInfo[] {
  const {asOfMs, records} = prepared;
  const found = statusRecords(prepared, c);
  const recordReason = (status: CustomerStatus, r: number): CustomerStatusInfo => ({
    status,
    subscriptionId: records.id[r]!,
    product: records.source[r]!.product,
  });
  const statuses: CustomerStatusInfo[] = [];
  if (found.suspended !== NONE) statuses.push(recordReason('suspended', found.suspended));
  if (found.overage !== NONE) {
    const r = found.overage;
    statuses.push(Object.assign(recordReason('licenseOverage', r), {assigned: records.assigned[r]!, total: records.total[r]!}));
  }
  if (found.expiring !== NONE) {
    const r = found.expiring;
    statuses.push(Object.assign(recordReason('expiringSoon', r), {date: records.endDate[r]!, days: daysUntil(asOfMs, records.endMs[r]!)}));
  }
  if (found.trial === NONE && found.subscription === NONE) statuses.push({status: 'expired'});
  if (found.pending !== NONE) statuses.push(recordReason('readyForSetup', found.pending));
  if (hasNoRecentActivity(prepared, c)) {
    const lastActivityMs = prepared.customers.lastActivityMs[c]!;
    const info: CustomerStatusInfo = {status: 'noRecentActivity', date: prepared.dataset.customers[c]!.lastAdminActivity};
    if (lastActivityMs !== Number.NEGATIVE_INFINITY) info.days = daysSince(lastActivityMs, asOfMs);
    statuses.push(info);
  }
  if (found.trial !== NONE) {
    const r = found.trial;
    statuses.push(Object.assign(recordReason('trial', r), {date: records.endDate[r]!, days: daysUntil(asOfMs, records.endMs[r]!)}));
  }
  if (found.subscription !== NONE) statuses.push(recordReason('subscription', found.subscription));
  return statuses;
}
