/** Feature usage by calls, last week (SPEC §3): horizontal bars, most used first. */
import {msg, str} from '@lit/localize';
import type {FeatureUsage} from '@partner-hub/core';
import type {Formatter} from '../../i18n/format.ts';
import {featureLabel} from '../calling-labels.ts';
import {
  axisTooltip,
  baseOption,
  categoryAxis,
  chartText,
  countAxisLabel,
  countColumn,
  valueAxis,
  type ChartContext,
  type ChartDefinition,
  type ChartOption,
  type ChartTable,
} from '../chart-option.ts';

/** The features by calls, descending; ties keep the provider's order. A new array: the input stays as it was. */
export function featuresByCalls(features: readonly FeatureUsage[]): FeatureUsage[] {
  return [...features].sort((a, b) => b.calls - a.calls);
}

/** No feature was used last week: nothing to draw. */
export function isFeatureUsageEmpty(features: readonly FeatureUsage[]): boolean {
  return features.every((feature) => feature.calls === 0);
}

export function featureUsageOption(features: readonly FeatureUsage[], {palette, format}: ChartContext): ChartOption {
  const sorted = featuresByCalls(features);
  return {
    ...baseOption(palette),
    legend: {show: false},
    grid: {top: 8, left: 8, right: 24, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel'},
    tooltip: axisTooltip(palette, (_series, value) => format.number(value)),
    xAxis: valueAxis(palette, countAxisLabel(format)),
    // Categories run top to bottom: the most used feature on top.
    yAxis: {
      ...categoryAxis(palette, sorted.map((feature) => chartText(featureLabel(feature.feature)))),
      inverse: true,
      axisLabel: {color: palette.text, interval: 0, width: 140, overflow: 'truncate'},
    },
    series: [{type: 'bar', name: msg('Calls'), data: sorted.map((feature) => feature.calls), barMaxWidth: 24, itemStyle: {color: palette.series[0]}}],
  };
}

export function featureUsageSummary(features: readonly FeatureUsage[], format: Formatter): string {
  const sorted = featuresByCalls(features);
  const top = sorted[0];
  if (!top || top.calls === 0) return msg('No calling features were used last week.');
  const name = featureLabel(top.feature);
  const calls = format.number(top.calls);
  const total = format.number(sorted.reduce((sum, feature) => sum + feature.calls, 0));
  const count = format.number(sorted.length);
  return msg(str`Last week, ${name} was the most used feature with ${calls} calls, of ${total} calls across ${count} features.`);
}

export function featureUsageTable(features: readonly FeatureUsage[], format: Formatter): ChartTable {
  return {
    columns: [{header: msg('Feature')}, countColumn(msg('Calls'), format)],
    rows: featuresByCalls(features).map((feature) => [featureLabel(feature.feature), feature.calls]),
  };
}

export const featureUsageChart: ChartDefinition<readonly FeatureUsage[]> = {
  heading: () => msg('Feature usage by calls'),
  emptyMessage: () => msg('No calling features were used last week.'),
  isEmpty: isFeatureUsageEmpty,
  option: featureUsageOption,
  summary: featureUsageSummary,
  table: featureUsageTable,
};
