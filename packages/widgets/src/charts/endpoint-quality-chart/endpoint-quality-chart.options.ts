/** Call quality by endpoint type, last week (SPEC §3): calls with media and poor-call rate per type. */
import {msg, str} from '@lit/localize';
import type {EndpointQuality} from '@partner-hub/core';
import type {Formatter} from '../../i18n/format.ts';
import {endpointLabel} from '../calling-labels.ts';
import {
  axisTooltip,
  baseOption,
  categoryAxis,
  chartText,
  countAxisLabel,
  countColumn,
  percentAxisLabel,
  rateColumn,
  valueAxis,
  type ChartContext,
  type ChartDefinition,
  type ChartOption,
  type ChartTable,
} from '../chart-option.ts';

const POOR_RATE_SERIES = 1;

/** No endpoint type carried a call with media last week: nothing to draw. */
export function isEndpointQualityEmpty(endpoints: readonly EndpointQuality[]): boolean {
  return endpoints.every((endpoint) => endpoint.callsWithMedia === 0);
}

const rate = (format: Formatter, value: number | null) => format.percent(value, 1);

/** Two bars per endpoint type: calls with media (left axis) and poor-call rate (right axis). */
export function endpointQualityOption(endpoints: readonly EndpointQuality[], {palette, format}: ChartContext): ChartOption {
  const bar = {type: 'bar' as const, barMaxWidth: 32};
  return {
    ...baseOption(palette),
    tooltip: axisTooltip(palette, (series, value) => (series === POOR_RATE_SERIES ? rate(format, value) : format.number(value))),
    xAxis: {
      ...categoryAxis(palette, endpoints.map((endpoint) => chartText(endpointLabel(endpoint.endpoint)))),
      // Every type named, on two lines where needed, rather than some hidden (a band is about
      // 75 px wide in a half-width chart of the hub).
      axisLabel: {color: palette.textMuted, interval: 0, width: 72, overflow: 'break', lineHeight: 15},
    },
    yAxis: [
      valueAxis(palette, countAxisLabel(format)),
      {...valueAxis(palette, percentAxisLabel(format)), splitLine: {show: false}},
    ],
    series: [
      {...bar, name: msg('Calls with media'), data: endpoints.map((endpoint) => endpoint.callsWithMedia), itemStyle: {color: palette.series[0]}},
      {...bar, name: msg('Poor-call rate'), yAxisIndex: 1, data: endpoints.map((endpoint) => endpoint.poorRate), itemStyle: {color: palette.qualityPoor}},
    ],
  };
}

export function endpointQualitySummary(endpoints: readonly EndpointQuality[], format: Formatter): string {
  const busiest = endpoints.reduce<EndpointQuality | undefined>((best, endpoint) => (!best || endpoint.callsWithMedia > best.callsWithMedia ? endpoint : best), undefined);
  const worst = endpoints.reduce<EndpointQuality | undefined>(
    (max, endpoint) => (endpoint.poorRate !== null && (!max || endpoint.poorRate > max.poorRate!) ? endpoint : max),
    undefined,
  );
  if (!busiest || !worst) return msg('No calls with media last week.');
  const busiestName = endpointLabel(busiest.endpoint);
  const calls = format.number(busiest.callsWithMedia);
  const worstName = endpointLabel(worst.endpoint);
  const worstRate = rate(format, worst.poorRate);
  return msg(str`Last week, ${busiestName} carried the most calls with media (${calls}); ${worstName} had the highest poor-call rate, ${worstRate}.`);
}

export function endpointQualityTable(endpoints: readonly EndpointQuality[], format: Formatter): ChartTable {
  return {
    columns: [{header: msg('Endpoint type')}, countColumn(msg('Calls with media'), format), countColumn(msg('Poor calls'), format), rateColumn(msg('Poor-call rate'), format)],
    rows: endpoints.map((endpoint) => [endpointLabel(endpoint.endpoint), endpoint.callsWithMedia, endpoint.poorCalls, endpoint.poorRate]),
  };
}

export const endpointQualityChart: ChartDefinition<readonly EndpointQuality[]> = {
  heading: () => msg('Call quality by endpoint type'),
  emptyMessage: () => msg('No calls with media last week.'),
  isEmpty: isEndpointQualityEmpty,
  option: endpointQualityOption,
  summary: endpointQualitySummary,
  table: endpointQualityTable,
};
