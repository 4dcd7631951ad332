/**
 * What each subscription section shows (SPEC §3 "Subscription sections"): its title, KPI tiles,
 * table columns and empty sentence, built from the provider's answer. Pure apart from templates.
 */
import {msg, str} from '@lit/localize';
import type {
  EndingRow,
  LowAssignmentRow,
  OverLimitRow,
  RecentlyAddedRow,
  SubscriptionAnalytics,
  SubscriptionRowBase,
} from '@partner-hub/core';
import {html} from 'lit';
import type {Formatter} from '../i18n/format.ts';
import type {KpiSpec} from '../internal/analytics-element.ts';
import {nameCell, numberColumn, textColumn, type Column} from '../internal/data-table.ts';
import '../license-bar/define.ts';

export const SUBSCRIPTION_SECTIONS = ['recently-added', 'expiring', 'renewing', 'low-assignment', 'over-limit'] as const;
export type SubscriptionSectionId = (typeof SUBSCRIPTION_SECTIONS)[number];

export interface SectionContent {
  title: string;
  kpis: KpiSpec[];
  columns: Column<SubscriptionRowBase>[];
  rows: readonly SubscriptionRowBase[];
  empty: string;
}

/** Columns typed for one row shape, used where the table holds that shape. */
function columnsFor<R extends SubscriptionRowBase>(columns: Column<R>[]): Column<SubscriptionRowBase>[] {
  return columns as unknown as Column<SubscriptionRowBase>[];
}

/** A count with its share of the total licences: "12 (24 %)"; sorts by the share. */
function countAndShare<R extends SubscriptionRowBase>(
  format: Formatter,
  id: string,
  header: string,
  shareHeader: string,
  count: (row: R) => number,
  share: (row: R) => number | null,
): Column<R> {
  return {
    id,
    header,
    numeric: true,
    sort: share,
    cell: (row) => msg(str`${format.number(count(row))} (${format.percent(share(row))})`),
    csv: [
      {header, value: count},
      {header: shareHeader, value: share},
    ],
  };
}

export function sectionContent(section: SubscriptionSectionId, analytics: SubscriptionAnalytics | undefined, format: Formatter): SectionContent {
  const days = format.number(analytics?.rules.windowDays ?? 90, {style: 'unit', unit: 'day', unitDisplay: 'long'});
  const count = (value: number | null) => format.number(value);
  const change = (value: number | null) => format.change(value);
  const inDays = (value: number | null) => format.number(value, {style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 0});
  const inMonths = (value: number | null) => format.number(value, {style: 'unit', unit: 'month', unitDisplay: 'long', maximumFractionDigits: 0});

  const customer = textColumn<SubscriptionRowBase>('customer', msg('Customer'), (row) => row.customerName, (row) => nameCell(row.customerName));
  const subscription = textColumn<SubscriptionRowBase>('subscription', msg('Subscription ID'), (row) => row.subscriptionId, (row) => nameCell(row.subscriptionId));
  const total = numberColumn<SubscriptionRowBase>('total', msg('Total licenses'), (row) => row.totalLicenses, count);
  const bar: Column<SubscriptionRowBase> = {
    id: 'licenses',
    header: msg('Used / assigned / available'),
    cell: (row) => html`<license-bar compact .total=${row.totalLicenses} .assigned=${row.assigned} .used=${row.used}></license-bar>`,
    csv: [
      {header: msg('Used licenses'), value: (row) => row.used},
      {header: msg('Assigned licenses'), value: (row) => row.assigned},
      {header: msg('Available licenses'), value: (row) => row.available},
    ],
  };
  const assignmentChange = numberColumn<RecentlyAddedRow | LowAssignmentRow>(
    'assignmentChange',
    msg('Weekly assignment change'),
    (row) => row.weeklyAssignmentChange,
    change,
  );
  const usageLast3Months = numberColumn<EndingRow>('usage', msg('Usage last 3 months'), (row) => row.usageLast3Months, count);

  switch (section) {
    case 'recently-added': {
      const data = analytics?.recentlyAdded;
      return {
        title: msg(str`Recently added (last ${days})`),
        kpis: [
          {kpi: 'newCustomers', label: msg('New customers'), value: data?.newCustomers},
          {kpi: 'totalLicenses', label: msg('Total licenses'), value: data?.totalLicenses},
        ],
        columns: columnsFor<RecentlyAddedRow>([
          customer,
          subscription,
          numberColumn<RecentlyAddedRow>('days', msg('Days since added'), (row) => row.daysSinceAdded, inDays),
          total,
          bar,
          assignmentChange,
          numberColumn<RecentlyAddedRow>('usageChange', msg('Weekly usage change'), (row) => row.weeklyUsageChange, change),
        ]),
        rows: data?.rows ?? [],
        empty: msg(str`No subscriptions were added in the last ${days}.`),
      };
    }
    case 'expiring':
    case 'renewing': {
      const expiring = section === 'expiring';
      const data = expiring ? analytics?.expiring : analytics?.renewing;
      return {
        title: expiring ? msg(str`Expiring (next ${days})`) : msg(str`Renewing (next ${days})`),
        kpis: [
          expiring
            ? {kpi: 'expiringCustomers', label: msg('Customers expiring'), value: analytics?.expiring.expiringCustomers}
            : {kpi: 'renewingCustomers', label: msg('Customers renewing'), value: analytics?.renewing.renewingCustomers},
          {kpi: 'assignmentRate', label: msg('Assigned of total licenses'), value: data?.assignmentRate, format: 'percent'},
          {kpi: 'usageRate', label: msg('Used of total licenses'), value: data?.usageRate, format: 'percent'},
        ],
        columns: columnsFor<EndingRow>([
          customer,
          subscription,
          numberColumn<EndingRow>('days', expiring ? msg('Days until expiration') : msg('Days until renewal'), (row) => row.daysUntilEnd, inDays),
          total,
          bar,
          usageLast3Months,
        ]),
        rows: data?.rows ?? [],
        empty: expiring ? msg(str`No subscriptions expire in the next ${days}.`) : msg(str`No subscriptions renew in the next ${days}.`),
      };
    }
    case 'low-assignment': {
      const data = analytics?.lowAssignment;
      return {
        title: msg('Low license assignment'),
        kpis: [
          {kpi: 'lowAssignmentCustomers', label: msg('Customers with low assignment'), value: data?.lowAssignmentCustomers},
          {kpi: 'assignmentRate', label: msg('Assigned of total licenses'), value: data?.assignmentRate, format: 'percent'},
          {kpi: 'usageWhenAssignedRate', label: msg('Used of assigned licenses'), value: data?.usageWhenAssignedRate, format: 'percent'},
          {kpi: 'unassignedLicenses', label: msg('Unassigned licenses'), value: data?.unassignedLicenses},
        ],
        columns: columnsFor<LowAssignmentRow>([
          customer,
          subscription,
          numberColumn<LowAssignmentRow>('months', msg('Months since added'), (row) => row.monthsSinceAdded, inMonths),
          countAndShare<LowAssignmentRow>(
            format,
            'assigned',
            msg('Assigned licenses'),
            msg('Assigned share of total'),
            (row) => row.assigned,
            (row) => row.assignedRate,
          ),
          total,
          bar,
          assignmentChange,
        ]),
        rows: data?.rows ?? [],
        empty: msg('No subscriptions have a low license assignment.'),
      };
    }
    case 'over-limit': {
      const data = analytics?.overLimit;
      return {
        title: msg('Over license limit'),
        kpis: [
          {kpi: 'overageCustomers', label: msg('Customers over the limit'), value: data?.overageCustomers},
          {kpi: 'overageLicenses', label: msg('Licenses over the limit'), value: data?.overageLicenses},
          {kpi: 'averageOverage', label: msg('Average overage per customer'), value: data?.averageOverage},
        ],
        columns: columnsFor<OverLimitRow>([
          customer,
          subscription,
          numberColumn<OverLimitRow>('months', msg('Months remaining'), (row) => row.monthsRemaining, inMonths),
          {
            id: 'autoRenew',
            header: msg('Auto-renew'),
            sort: (row) => (row.autoRenew ? msg('Yes') : msg('No')),
            cell: (row) => (row.autoRenew ? msg('Yes') : msg('No')),
          },
          total,
          countAndShare<OverLimitRow>(format, 'assigned', msg('Assigned licenses'), msg('Assigned share of total'), (row) => row.assigned, (row) => row.assignedRate),
          countAndShare<OverLimitRow>(format, 'used', msg('Used licenses'), msg('Used share of total'), (row) => row.used, (row) => row.usedRate),
        ]),
        rows: data?.rows ?? [],
        empty: msg('No subscriptions are over their license limit.'),
      };
    }
  }
}

/** The low-assignment rule in words, with the peer median it compared against. */
export function lowAssignmentRule(analytics: SubscriptionAnalytics, format: Formatter): string {
  const {lowAssignmentFactor, lowAssignmentMinAgeDays} = analytics.rules;
  const factor = format.number(lowAssignmentFactor, {maximumFractionDigits: 2});
  const days = format.number(lowAssignmentMinAgeDays);
  const median = format.percent(analytics.lowAssignment.peerMedian);
  return msg(
    str`Active subscriptions and trials started at least ${days} days ago whose share of assigned licenses is below ${factor} × the median of all such subscriptions of this product (median: ${median}).`,
  );
}
