/** The licence distribution trend (SPEC §3) as an echarts option, a summary sentence and a table. */
import {msg, str} from '@lit/localize';
import type {LicenseTrendPoint} from '@partner-hub/core';
import type {Formatter} from '../../i18n/format.ts';
import {
  axisTooltip,
  baseOption,
  categoryAxis,
  countAxisLabel,
  countColumn,
  valueAxis,
  weekColumn,
  weekLabel,
  weekValue,
  type ChartContext,
  type ChartDefinition,
  type ChartOption,
  type ChartTable,
} from '../chart-option.ts';

/** No week has any licence: nothing to draw. */
export function isLicenseTrendEmpty(trend: readonly LicenseTrendPoint[]): boolean {
  return trend.every((point) => point.total === 0 && point.assigned === 0 && point.used === 0);
}

/**
 * Purchased, assigned and used licences per week as three bars drawn over each other, like
 * `<license-bar>`: the purchased bar is the track (outlined, in the "available" colour), assigned
 * and used fill it from the bottom in the bar's colours. Assigned above purchased shows as overage.
 */
export function licenseTrendOption(trend: readonly LicenseTrendPoint[], {palette, format}: ChartContext): ChartOption {
  const names = [msg('Purchased'), msg('Assigned'), msg('Used')];
  const bar = {type: 'bar' as const, barGap: '-100%', barMaxWidth: 32};
  return {
    ...baseOption(palette),
    tooltip: axisTooltip(palette, (_series, value) => format.number(value)),
    xAxis: categoryAxis(palette, trend.map((point) => weekLabel(format, point.weekStart))),
    yAxis: valueAxis(palette, countAxisLabel(format)),
    series: [
      {
        ...bar,
        name: names[0],
        data: trend.map((point) => point.total),
        itemStyle: {color: palette.licenseAvailable, borderColor: palette.borderStrong, borderWidth: 1},
      },
      {...bar, name: names[1], data: trend.map((point) => point.assigned), itemStyle: {color: palette.licenseAssigned}},
      {...bar, name: names[2], data: trend.map((point) => point.used), itemStyle: {color: palette.licenseUsed}},
    ],
  };
}

export function licenseTrendSummary(trend: readonly LicenseTrendPoint[], format: Formatter): string {
  const first = trend[0];
  const last = trend.at(-1);
  if (!first || !last) return msg('No licence data.');
  const weeks = format.number(trend.length);
  const [total0, total1, assigned0, assigned1, used0, used1] = [first.total, last.total, first.assigned, last.assigned, first.used, last.used].map(
    (value) => format.number(value),
  );
  return msg(
    str`Over ${weeks} weeks, purchased licences went from ${total0} to ${total1}, assigned licences from ${assigned0} to ${assigned1} and used licences from ${used0} to ${used1}.`,
  );
}

export function licenseTrendTable(trend: readonly LicenseTrendPoint[], format: Formatter): ChartTable {
  return {
    columns: [weekColumn(format), countColumn(msg('Purchased'), format), countColumn(msg('Assigned'), format), countColumn(msg('Used'), format)],
    rows: trend.map((point) => [weekValue(point.weekStart), point.total, point.assigned, point.used]),
  };
}

export const licenseTrendChart: ChartDefinition<readonly LicenseTrendPoint[]> = {
  heading: () => msg('License distribution trend'),
  emptyMessage: () => msg('No licence data for this product in the last 13 weeks.'),
  isEmpty: isLicenseTrendEmpty,
  option: licenseTrendOption,
  summary: licenseTrendSummary,
  table: licenseTrendTable,
};
