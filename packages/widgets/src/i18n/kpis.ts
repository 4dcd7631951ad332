/** Names of the overview KPIs (SPEC §3), for tiles and for the list's "Only: …" filter. */
import {msg} from '@lit/localize';
import type {OverviewKpiId} from '@partner-hub/core';

export function kpiLabel(kpi: OverviewKpiId): string {
  switch (kpi) {
    case 'totalCustomers':
      return msg('Total customers');
    case 'nearingExpiration':
      return msg('Nearing expiration');
    case 'nearingRenewal':
      return msg('Nearing renewal');
    case 'lowAssignment':
      return msg('Low license assignment');
    case 'overLimit':
      return msg('Over license limit');
  }
}
