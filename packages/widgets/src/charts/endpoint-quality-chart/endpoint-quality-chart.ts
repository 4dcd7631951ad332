import type {CallingAnalytics, EndpointQuality} from '@partner-hub/core';
import {CallingChartElement} from '../calling-chart-element.ts';
import {endpointQualityChart} from './endpoint-quality-chart.options.ts';

/**
 * Call quality by endpoint type last week (SPEC §3): calls with media and the poor-call rate of
 * each endpoint type.
 *
 * Connected: loads `getCallingAnalytics()` from the provider (one call shared by every calling
 * chart). Presentational: set `analytics` to the provider's `CallingAnalytics`, or to an object
 * with only `endpointQuality`.
 *
 * @summary Calls with media and poor-call rate per endpoint type, last week.
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
 * @cssstate empty - There is no data to show.
 * @cssstate error - Loading failed; a Retry button is shown.
 */
export class EndpointQualityChart extends CallingChartElement<'endpointQuality', readonly EndpointQuality[]> {
  protected readonly definition = endpointQualityChart;

  protected chartData(analytics: Pick<CallingAnalytics, 'endpointQuality'>): readonly EndpointQuality[] {
    return analytics.endpointQuality;
  }
}
