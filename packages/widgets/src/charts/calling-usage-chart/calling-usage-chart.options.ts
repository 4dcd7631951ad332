/** Calling users by usage volume, 8-week trend (SPEC §3): stacked bars, summary sentence, table. */
import {msg, str} from '@lit/localize';
import type {CallingUsagePoint} from '@partner-hub/core';
import type {Formatter} from '../../i18n/format.ts';
import {
  axisTooltip,
  baseOption,
  categoryAxis,
  countAxisLabel,
  countColumn,
  stackedItemStyle,
  valueAxis,
  weekColumn,
  weekLabel,
  weekValue,
  type ChartContext,
  type ChartDefinition,
  type ChartOption,
  type ChartTable,
} from '../chart-option.ts';

const usersOf = (point: CallingUsagePoint) => point.high + point.medium + point.low;

/** No week has a calling user: nothing to draw. */
export function isCallingUsageEmpty(trend: readonly CallingUsagePoint[]): boolean {
  return trend.every((point) => usersOf(point) === 0);
}

/** High, medium and low usage users per week, stacked (high at the bottom). */
export function callingUsageOption(trend: readonly CallingUsagePoint[], {palette, format}: ChartContext): ChartOption {
  const bar = {type: 'bar' as const, stack: 'users', barMaxWidth: 40};
  return {
    ...baseOption(palette),
    tooltip: axisTooltip(palette, (_series, value) => format.number(value)),
    xAxis: categoryAxis(palette, trend.map((point) => weekLabel(format, point.weekStart))),
    yAxis: valueAxis(palette, countAxisLabel(format)),
    series: [
      {...bar, name: msg('High usage'), data: trend.map((point) => point.high), itemStyle: stackedItemStyle(palette.usageHigh, palette)},
      {...bar, name: msg('Medium usage'), data: trend.map((point) => point.medium), itemStyle: stackedItemStyle(palette.usageMedium, palette)},
      {...bar, name: msg('Low usage'), data: trend.map((point) => point.low), itemStyle: stackedItemStyle(palette.usageLow, palette)},
    ],
  };
}

export function callingUsageSummary(trend: readonly CallingUsagePoint[], format: Formatter): string {
  const first = trend[0];
  const last = trend.at(-1);
  if (!first || !last) return msg('No calling usage data.');
  const from = format.number(usersOf(first));
  const to = format.number(usersOf(last));
  const weeks = format.number(trend.length);
  const [high, medium, low] = [last.high, last.medium, last.low].map((value) => format.number(value));
  return msg(
    str`Calling users went from ${from} to ${to} over ${weeks} weeks; in the last week ${high} had high, ${medium} medium and ${low} low usage.`,
  );
}

export function callingUsageTable(trend: readonly CallingUsagePoint[], format: Formatter): ChartTable {
  return {
    columns: [
      weekColumn(format),
      countColumn(msg('High usage'), format),
      countColumn(msg('Medium usage'), format),
      countColumn(msg('Low usage'), format),
      countColumn(msg('All users'), format),
    ],
    rows: trend.map((point) => [weekValue(point.weekStart), point.high, point.medium, point.low, usersOf(point)]),
  };
}

export const callingUsageChart: ChartDefinition<readonly CallingUsagePoint[]> = {
  heading: () => msg('Calling users by usage volume'),
  emptyMessage: () => msg('No calling users in the last 8 weeks.'),
  isEmpty: isCallingUsageEmpty,
  option: callingUsageOption,
  summary: callingUsageSummary,
  table: callingUsageTable,
};
