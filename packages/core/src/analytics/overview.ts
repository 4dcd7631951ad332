/**
 * Overview KPIs (SPEC §3): over customers with at least one meetings or calling record in any
 * state, and inside each KPI over those customers' meetings and calling records only.
 */
import {ANALYTICS_PRODUCTS, type AnalyticsProduct, type ProductId} from '../model.ts';
import {OVERVIEW_KPI_IDS, type OverviewKpiId, type OverviewKpis} from '../provider.ts';
import {lowAssignment} from './low-assignment.ts';
import {endsWithinDays, memo, type PreparedCustomer, type PreparedDataset, type PreparedRecord} from './prepare.ts';

export function isAnalyticsProduct(product: ProductId): product is AnalyticsProduct {
  return product === 'meetings' || product === 'calling';
}

/** Customers the overview counts at all: those with a meetings or calling record. */
export function overviewCustomers(prepared: PreparedDataset): PreparedCustomer[] {
  return memo(prepared, 'overviewCustomers', () =>
    prepared.customers.filter((customer) => customer.records.some((entry) => isAnalyticsProduct(entry.product))),
  );
}

/** Active, not auto-renewing, ends within the window. */
export function isExpiring(entry: PreparedRecord, prepared: PreparedDataset): boolean {
  return entry.active && !entry.autoRenews && endsWithinDays(entry, prepared.asOfMs, prepared.options.windowDays);
}

/** Active, auto-renewing, renews within the window. */
export function isRenewing(entry: PreparedRecord, prepared: PreparedDataset): boolean {
  return entry.active && entry.autoRenews && endsWithinDays(entry, prepared.asOfMs, prepared.options.windowDays);
}

/** Active with more licences assigned than bought. */
export function isOverLimit(entry: PreparedRecord): boolean {
  return entry.active && entry.assigned > entry.total;
}

/**
 * Which overview KPIs count each customer: bit `OVERVIEW_KPI_IDS.indexOf(kpi)` of the entry at the
 * customer's position (what activating a KPI tile filters the customer list to).
 */
export function overviewKpiBits(prepared: PreparedDataset): Uint8Array {
  return memo(prepared, 'overviewKpiBits', () => {
    const flagged = new Set<PreparedRecord>(ANALYTICS_PRODUCTS.flatMap((product) => lowAssignment(prepared, product).flagged));
    const bits = new Uint8Array(prepared.customers.length);
    for (const customer of prepared.customers) {
      let customerBits = 0;
      for (const entry of customer.records) {
        if (!isAnalyticsProduct(entry.product)) continue;
        customerBits |= KPI_BIT.totalCustomers;
        if (isExpiring(entry, prepared)) customerBits |= KPI_BIT.nearingExpiration;
        if (isRenewing(entry, prepared)) customerBits |= KPI_BIT.nearingRenewal;
        if (isOverLimit(entry)) customerBits |= KPI_BIT.overLimit;
        if (flagged.has(entry)) customerBits |= KPI_BIT.lowAssignment;
      }
      bits[customer.index] = customerBits;
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
