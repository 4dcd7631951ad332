import type {CallingAnalytics, CallQualityPoint} from '@partner-hub/core';
import {CallingChartElement} from '../calling-chart-element.ts';
import {callQualityChart, callQualityHelp} from './call-quality-chart.options.ts';

/**
 * Call quality trend over the last 8 weeks (SPEC §3): good and poor calls with media per week,
 * stacked, and the share of poor calls as a line on a second axis. Its help text states the quality
 * thresholds and that a missing measurement does not make a call poor.
 *
 * Connected: loads `getCallingAnalytics()` from the provider (one call shared by every calling
 * chart). Presentational: set `analytics` to the provider's `CallingAnalytics`, or to an object
 * with only `qualityTrend` and `qualityThresholds`.
 *
 * @summary Good vs poor calls per week (stacked) and the poor-call rate (line), 8 weeks.
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
export class CallQualityChart extends CallingChartElement<'qualityTrend' | 'qualityThresholds', readonly CallQualityPoint[]> {
  protected readonly definition = callQualityChart;

  protected chartData(analytics: Pick<CallingAnalytics, 'qualityTrend' | 'qualityThresholds'>): readonly CallQualityPoint[] {
    return analytics.qualityTrend;
  }

  protected override helpText(analytics: Pick<CallingAnalytics, 'qualityTrend' | 'qualityThresholds'> | undefined): string {
    // The rule is known once the data (with its thresholds) has arrived.
    return analytics ? callQualityHelp(analytics.qualityThresholds, this.format) : '';
  }
}
