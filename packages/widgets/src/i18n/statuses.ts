/** Customer status names and the "why" behind each, shared by the list and the detail. */
import {msg, str} from '@lit/localize';
import type {CustomerStatus, CustomerStatusInfo} from '@partner-hub/core';
import type {Formatter} from './format.ts';
import {productLabel} from './products.ts';

export function statusLabel(status: CustomerStatus): string {
  switch (status) {
    case 'trial':
      return msg('Trial');
    case 'subscription':
      return msg('Subscription');
    case 'expiringSoon':
      return msg('Expiring soon');
    case 'licenseOverage':
      return msg('License overage');
    case 'noRecentActivity':
      return msg('No recent activity');
    case 'readyForSetup':
      return msg('Ready for setup');
    case 'suspended':
      return msg('Suspended');
    case 'expired':
      return msg('Expired');
  }
}

/** Why the customer has this status, in a sentence built from the record behind it. */
export function statusDescription(info: CustomerStatusInfo, format: Formatter): string {
  const product = info.product === undefined ? '' : productLabel(info.product);
  const id = info.subscriptionId ?? '';
  switch (info.status) {
    case 'trial':
      return msg(str`${product} trial ${id} is running; it ends ${format.relativeDays(info.days)}.`);
    case 'subscription':
      return msg(str`${product} subscription ${id} is active.`);
    case 'expiringSoon':
      return msg(str`${product} ${id} ends ${format.relativeDays(info.days)} (${format.date(info.date)}).`);
    case 'licenseOverage':
      return msg(str`Licences on ${product} ${id}: ${format.number(info.assigned)} assigned, ${format.number(info.total)} bought.`);
    case 'noRecentActivity':
      return info.date
        ? msg(str`No administrator has signed in since ${format.date(info.date)}.`)
        : msg('No administrator of this customer has ever signed in.');
    case 'readyForSetup':
      return msg(str`${product} ${id} is waiting to be set up.`);
    case 'suspended':
      return msg(str`${product} ${id} is suspended (unpaid).`);
    case 'expired':
      return msg('The customer has no active subscription or trial.');
  }
}
