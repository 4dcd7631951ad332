/**
 * Base of the calling analytics tables: one `getCallingAnalytics()` answer shared by every calling
 * element of a page (`<data-freshness>` shows how recent it is).
 */
import type {CallingAnalytics, PartnerHubDataProvider} from '@partner-hub/core';
import {html, nothing, type TemplateResult} from 'lit';
import {AnalyticsElement} from './analytics-element.ts';
import {renderLoading} from './states.ts';
import {CALLING_ANALYTICS, checked} from './checked-answer.ts';

export abstract class CallingTable<R> extends AnalyticsElement<CallingAnalytics, R> {
  protected requestKey(): string {
    return 'callingAnalytics';
  }

  protected request(provider: PartnerHubDataProvider, signal: AbortSignal): Promise<CallingAnalytics> {
    return checked(CALLING_ANALYTICS, provider.getCallingAnalytics({signal}));
  }

  protected isEmpty(value: CallingAnalytics): boolean {
    return this.tableOptions(value).rows.length === 0;
  }

  /** `before` (KPIs, notes), then the table or the loading block. */
  protected renderCalling(value: CallingAnalytics | undefined, before: unknown = nothing): TemplateResult {
    return html`${before}${value ? this.table.render(this.tableOptions(value)) : renderLoading()}`;
  }
}
