/** What the analytics stories share: hostile customer names and providers with a changed answer. */
import type {PartnerHubDataProvider} from '@partner-hub/core';
import {populatedProvider} from './support.ts';

/** Markup, a spreadsheet formula, a very long name and right-to-left text: all must show as text. */
export const HOSTILE_NAMES = [
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("https://example.invalid","click")',
  '<script>alert("name")</script> & "quotes"',
  'Aktiengesellschaft für außerordentlich lange Firmennamen und Unternehmensbezeichnungen mbH & Co. KG',
  'شركة الاتصالات المتقدمة',
];

/** `rows` with their customer names replaced by `HOSTILE_NAMES`, in turn. */
export function withHostileNames<R extends {customerName: string}>(rows: readonly R[]): R[] {
  return rows.map((row, index) => ({...row, customerName: HOSTILE_NAMES[index % HOSTILE_NAMES.length]!}));
}

type AnalyticsMethod = 'getSubscriptionAnalytics' | 'getCallingAnalytics';

/** The populated provider over `customers` customers, with the answers of `method` passed through `change`. */
export function changedProvider<A>(customers: number, method: AnalyticsMethod, change: (answer: A) => A): PartnerHubDataProvider {
  return new Proxy(populatedProvider(customers), {
    get(target, key) {
      const value: unknown = Reflect.get(target, key);
      if (typeof value !== 'function') return value;
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      return key === method ? (...args: unknown[]) => (bound(...args) as Promise<A>).then(change) : bound;
    },
  });
}
