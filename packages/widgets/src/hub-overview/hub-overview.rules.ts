/** The rule behind each overview KPI (SPEC §3), in words, with the windows the provider used. */
import {msg, str} from '@lit/localize';
import type {AnalyticsRules, OverviewKpiId} from '@partner-hub/core';
import type {Formatter} from '../i18n/format.ts';

export function overviewRule(kpi: OverviewKpiId, rules: AnalyticsRules, format: Formatter): string {
  const days = (count: number) => format.number(count, {style: 'unit', unit: 'day', unitDisplay: 'long'});
  const window = days(rules.windowDays);
  switch (kpi) {
    case 'totalCustomers':
      return msg('Customers with a Meetings or Calling subscription or trial, in any state');
    case 'nearingExpiration':
      return msg(str`Active, not auto-renewing, ending within ${window}`);
    case 'nearingRenewal':
      return msg(str`Active, auto-renewing, renewing within ${window}`);
    case 'lowAssignment': {
      const share = format.percent(rules.lowAssignmentFactor);
      const age = days(rules.lowAssignmentMinAgeDays);
      return msg(str`Assigned below ${share} of the median of the same product's subscriptions, started at least ${age} ago`);
    }
    case 'overLimit':
      return msg('Active, with more licenses assigned than purchased');
  }
}
