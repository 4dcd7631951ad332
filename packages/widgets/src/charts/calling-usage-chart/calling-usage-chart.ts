import type {CallingAnalytics, CallingUsagePoint} from '@partner-hub/core';
import {CallingChartElement} from '../calling-chart-element.ts';
import {callingUsageChart} from './calling-usage-chart.options.ts';

/**
 * Calling users by usage volume over the last 8 weeks (SPEC §3): high, medium and low usage users
 * per week, stacked.
 *
 * Connected: loads `getCallingAnalytics()` from the provider (one call shared by every calling
 * chart). Presentational: set `analytics` to the provider's `CallingAnalytics`, or to an object
 * with only `usageTrend`.
 *
 * @summary Calling users by usage volume (high, medium, low) per week, 8 weeks, as stacked bars.
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
export class CallingUsageChart extends CallingChartElement<'usageTrend', readonly CallingUsagePoint[]> {
  protected readonly definition = callingUsageChart;

  protected chartData(analytics: Pick<CallingAnalytics, 'usageTrend'>): readonly CallingUsagePoint[] {
    return analytics.usageTrend;
  }
}
