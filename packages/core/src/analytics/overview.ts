/**
 * Overview KPIs (SPEC §3): over customers with at least one meetings or calling record in any
 * state, and inside each KPI over those customers' meetings and calling records only.
 */
import {ANALYTICS_PRODUCTS, type AnalyticsProduct, type ProductId} from '../model.ts';
import type {OverviewKpiId, OverviewKpis} from '../provider.ts';
import {lowAssignment} from './low-assignment.ts';
import {endsWithinDays, memo, type PreparedCustomer, type PreparedDataset, type PreparedRecord} from './prepare.ts';

export function isAnalyticsProduct(product: ProductId): product is AnalyticsProduct {
  return product === 'meetings' || product === 'calling';
}

/** Customers the overview counts at all: those with a meetings or calling record. */
export function overviewCustomers(prepared: PreparedDataset): PreparedCustomer[] {
  return memo(prepared, 'overviewCustomers', () =>
    prepared.customers.filter((customer) => customer.records.some((entry) => isAnalyticsProduct(entry.record.product))),
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

/** The customers each overview KPI counts (what activating its tile filters the list to). */
export function overviewKpiCustomers(prepared: PreparedDataset): Record<OverviewKpiId, Set<PreparedCustomer>> {
  return memo(prepared, 'overviewKpiCustomers', () => {
    const flagged = new Set<PreparedRecord>(ANALYTICS_PRODUCTS.flatMap((product) => lowAssignment(prepared, product).flagged));
    const sets: Record<OverviewKpiId, Set<PreparedCustomer>> = {
      totalCustomers: new Set(),
      nearingExpiration: new Set(),
      nearingRenewal: new Set(),
      lowAssignment: new Set(),
      overLimit: new Set(),
    };
    for (const customer of prepared.customers) {
      for (const entry of customer.records) {
        if (!isAnalyticsProduct(entry.record.product)) continue;
        sets.totalCustomers.add(customer);
        if (isExpiring(entry, prepared)) sets.nearingExpiration.add(customer);
        if (isRenewing(entry, prepared)) sets.nearingRenewal.add(customer);
        if (flagged.has(entry)) sets.lowAssignment.add(customer);
        if (isOverLimit(entry)) sets.overLimit.add(customer);
      }
    }
    return sets;
  });
}

export function overviewKpis(prepared: PreparedDataset): OverviewKpis {
  const sets = overviewKpiCustomers(prepared);
  return {
    asOf: prepared.dataset.asOf,
    totalCustomers: sets.totalCustomers.size,
    nearingExpiration: sets.nearingExpiration.size,
    nearingRenewal: sets.nearingRenewal.size,
    lowAssignment: sets.lowAssignment.size,
    overLimit: sets.overLimit.size,
    rules: {...prepared.options},
  };
}
