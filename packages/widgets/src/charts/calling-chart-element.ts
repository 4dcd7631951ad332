/**
 * Base of the calling analytics charts: each loads `getCallingAnalytics()` (one shared call for
 * all of them at a time) or shows the `analytics` the host sets. Presentational use takes the
 * provider's `CallingAnalytics` answer as is, or only the part a chart reads (its `Pick<…>` type
 * names it), so a host can hand the same object to every calling chart.
 */
import type {CallingAnalytics} from '@partner-hub/core';
import {property} from 'lit/decorators.js';
import {dataView, type DataView} from '../internal/data-view.ts';
import {sharedRequest} from '../internal/shared-request.ts';
import {ChartElement} from './chart-element.ts';
import {CALLING_ANALYTICS, checked} from '../internal/checked-answer.ts';

export abstract class CallingChartElement<K extends keyof CallingAnalytics, D> extends ChartElement<Pick<CallingAnalytics, K>, D> {
  /** Calling analytics to draw, set by the host instead of loading them (the provider's answer, or the fields this chart reads). */
  @property({attribute: false}) analytics: Pick<CallingAnalytics, K> | undefined;

  protected readonly loader = this.loadFromProvider({
    args: () => [this.analytics === undefined] as const,
    load: (provider, [needed], signal): Promise<CallingAnalytics | undefined> =>
      needed ? sharedRequest(provider, 'callingAnalytics', signal, (s) => checked(CALLING_ANALYTICS, provider.getCallingAnalytics({signal: s}))) : Promise.resolve(undefined),
  });

  protected currentView(): DataView<Pick<CallingAnalytics, K>> {
    return dataView(this.analytics, {status: this.loader.status, value: this.loader.value});
  }
}
