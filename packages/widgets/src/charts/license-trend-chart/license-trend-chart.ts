import {consume} from '@lit/context';
import {msg} from '@lit/localize';
import type {AnalyticsProduct, LicenseTrendPoint, SubscriptionAnalytics} from '@partner-hub/core';
import {property} from 'lit/decorators.js';
import {productContext} from '../../internal/context.ts';
import {dataView, type DataView} from '../../internal/data-view.ts';
import {sharedRequest} from '../../internal/shared-request.ts';
import {ChartElement} from '../chart-element.ts';
import {licenseTrendChart} from './license-trend-chart.options.ts';
import {checked, SUBSCRIPTION_ANALYTICS} from '../../internal/checked-answer.ts';

/**
 * The licence distribution trend of one product (SPEC §3): purchased, assigned and used licences
 * per week over the 13 weeks ending with the current one, in the colours of `<license-bar>`.
 *
 * Connected: loads `getSubscriptionAnalytics(product)` from the provider (shared with the other
 * elements that ask for the same product at the same time); `product` follows an enclosing
 * `<partner-hub>`'s product toggle. Presentational: set `trend` (the provider's `licenseTrend`).
 *
 * @summary Purchased → assigned → used licences per week, 13 weeks, with a table alternative.
 *
 * @csspart base - The card around heading, chart and table.
 * @csspart heading - The chart's heading.
 * @csspart table-toggle - The "Show as table" toggle button.
 * @csspart chart - The chart (a canvas inside; role `img`, named by heading and summary).
 * @csspart help - How to read the chart (rules, thresholds), under the heading.
 * @csspart summary - The one-sentence summary under the chart.
 * @csspart note - Shown instead of the chart when echarts could not load or draw.
 * @csspart table - The scrolling region around the data table.
 * @csspart export - The "Export CSV" button under the table (the values as a CSV file).
 * @csspart loading - The loading block.
 * @csspart error - The error block with its Retry button.
 * @csspart empty - The "no data" block.
 *
 * @cssproperty [--chart-height=18rem] - Height of the chart.
 * @cssproperty [--chart-background=var(--ph-color-surface)] - Card background.
 * @cssproperty [--chart-border-color=var(--ph-color-border)] - Card border.
 * @cssproperty [--chart-padding=var(--ph-space-m)] - Card padding.
 *
 * @cssstate loading - The data is being loaded.
 * @cssstate empty - There is no licence data to show.
 * @cssstate error - Loading failed; a Retry button is shown.
 */
export class LicenseTrendChart extends ChartElement<readonly LicenseTrendPoint[], readonly LicenseTrendPoint[]> {
  /** The product whose licences are shown (`meetings` or `calling`; unset: meetings); follows the hub's product toggle. */
  @consume({context: productContext, subscribe: true})
  @property({attribute: 'product', reflect: true})
  product: AnalyticsProduct | undefined = 'meetings';

  /** The weekly points to draw, set by the host instead of loading them (oldest first). */
  @property({attribute: false}) trend: readonly LicenseTrendPoint[] | undefined;

  protected readonly loader = this.loadFromProvider({
    args: () => [this.trend ? null : this.#product] as const,
    load: (provider, [product], signal): Promise<SubscriptionAnalytics | undefined> =>
      product === null
        ? Promise.resolve(undefined)
        : sharedRequest(provider, `subscriptionAnalytics:${product}`, signal, (s) => checked(SUBSCRIPTION_ANALYTICS, provider.getSubscriptionAnalytics(product, {signal: s}))),
  });

  /** A hub that provides no product yet means the default one. */
  get #product(): AnalyticsProduct {
    return this.product ?? 'meetings';
  }

  protected currentView(): DataView<readonly LicenseTrendPoint[]> {
    const answer = this.loader.value;
    // Another product's answer is never shown while this one loads.
    const value = answer && answer.product === this.#product ? answer.licenseTrend : undefined;
    return dataView(this.trend, {status: this.loader.status, value});
  }

  protected readonly definition = licenseTrendChart;

  protected chartData(trend: readonly LicenseTrendPoint[]): readonly LicenseTrendPoint[] {
    return trend;
  }

  protected override helpText(): string {
    return msg('Purchased, assigned and used licences per week over the last 13 weeks.');
  }
}
