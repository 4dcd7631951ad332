/**
 * Overview KPIs (SPEC §3): over customers with at least one meetings or calling record in any
 * state, and inside each KPI over those customers' meetings and calling records only.
 */
import {ANALYTICS_PRODUCTS, type AnalyticsProduct, type ProductId} from '../model.ts';
import {OVERVIEW_KPI_IDS, type OverviewKpiId, type OverviewKpis} from '../provider.ts';
import {lowAssignment} from './low-assignment.ts';
import {RECORD_ACTIVE, RECORD_AUTO_RENEWS, endsWithinDays, memo, type PreparedDataset} from './prepare.ts';

export function isAnalyticsProduct(product: ProductId): product is AnalyticsProduct {
  return product === 'meetings' || product === 'calling';
}

/** Record r is active, not auto-renewing, and ends within the window. */
export function isExpiring(prepared: PreparedDataset, r: number): boolean {
  const activeNotRenewing = (prepared.records.flags[r]! & (RECORD_ACTIVE | RECORD_AUTO_RENEWS)) === RECORD_ACTIVE;
  return activeNotRenewing && endsWithinDays(prepared, r, prepared.options.windowDays);
}

/** Record r is active, auto-renewing, and renews within the window. */
export function isRenewing(prepared: PreparedDataset, r: number): boolean {
  const both = RECORD_ACTIVE | RECORD_AUTO_RENEWS;
  return (prepared.records.flags[r]! & both) === both && endsWithinDays(prepared, r, prepared.options.windowDays);
}

/** Record r is active with more licences assigned than bought. */
export function isOverLimit(prepared: PreparedDataset, r: number): boolean {
  const {records} = prepared;
  return (records.flags[r]! & RECORD_ACTIVE) !== 0 && records.assigned[r]! > records.total[r]!;
}

/**
 * Which overview KPIs count each customer: bit `OVERVIEW_KPI_IDS.indexOf(kpi)` of the entry at the
 * customer's position (what activating a KPI tile filters the customer list to). Customers without
 * a meetings or calling record have none.
 */
export function overviewKpiBits(prepared: PreparedDataset): Uint8Array {
  return memo(prepared, 'overviewKpiBits', () => {
    const bits = new Uint8Array(prepared.customers.count);
    const customerOf = prepared.records.customer;
    for (const product of ANALYTICS_PRODUCTS) {
      for (const r of prepared.recordsByProduct.get(product) ?? []) {
        let recordBits = KPI_BIT.totalCustomers;
        if (isExpiring(prepared, r)) recordBits |= KPI_BIT.nearingExpiration;
        if (isRenewing(prepared, r)) recordBits |= KPI_BIT.nearingRenewal;
        if (isOverLimit(prepared, r)) recordBits |= KPI_BIT.overLimit;
        bits[customerOf[r]!]! |= recordBits;
      }
      for (const r of lowAssignment(prepared, product).flagged) bits[customerOf[r]!]! |= KPI_BIT.lowAssignment;
    }
    return bits;
  });
}

/** Bit of each overview KPI in `overviewKpiBits`. */
export const KPI_BIT = Object.freeze(
  Object.fromEntries(OVERVIEW_KPI_IDS.map((kpi, position) => [kpi, 1 << position])) as Record<OverviewKpiId, number>,
);

export function overviewKpis(prepared: PreparedDataset): OverviewKpis {
  const counts = {totalCustomers: 0, nearingExpiration: 0, nearingRenewal: 0, lowAssignment: 0, overLimit: 0};
  for (const customerBits of overviewKpiBits(prepared)) {
    if (customerBits === 0) continue;
    for (const kpi of OVERVIEW_KPI_IDS) if (customerBits & KPI_BIT[kpi]) counts[kpi] += 1;
  }
  return {asOf: prepared.dataset.asOf, ...counts, rules: {...prepared.options}};
}
