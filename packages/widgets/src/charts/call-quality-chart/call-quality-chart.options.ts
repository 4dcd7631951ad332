/** Call quality trend, 8 weeks (SPEC §3): good and poor calls stacked, poor-call rate as a line. */
import {msg, str} from '@lit/localize';
import type {CallQualityPoint, QualityThresholds} from '@partner-hub/core';
import type {Formatter} from '../../i18n/format.ts';
import {
  axisTooltip,
  baseOption,
  categoryAxis,
  countAxisLabel,
  countColumn,
  percentAxisLabel,
  rateColumn,
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

/** Series index of the poor-call rate line (its values are rates, the others counts). */
const POOR_RATE_SERIES = 2;

/** No week has a call with media: nothing to draw. */
export function isCallQualityEmpty(trend: readonly CallQualityPoint[]): boolean {
  return trend.every((point) => point.callsWithMedia === 0);
}

/** Rates with one decimal: poor-call rates are small, and 2 % vs 2.4 % matters. */
const rate = (format: Formatter, value: number | null) => format.percent(value, 1);

export function callQualityOption(trend: readonly CallQualityPoint[], {palette, format}: ChartContext): ChartOption {
  const bar = {type: 'bar' as const, stack: 'calls', barMaxWidth: 40};
  return {
    ...baseOption(palette),
    tooltip: axisTooltip(palette, (series, value) => (series === POOR_RATE_SERIES ? rate(format, value) : format.number(value))),
    xAxis: categoryAxis(palette, trend.map((point) => weekLabel(format, point.weekStart))),
    yAxis: [
      valueAxis(palette, countAxisLabel(format)),
      {...valueAxis(palette, percentAxisLabel(format)), splitLine: {show: false}},
    ],
    series: [
      {
        ...bar,
        name: msg('Good calls'),
        data: trend.map((point) => point.callsWithMedia - point.poorCalls),
        itemStyle: stackedItemStyle(palette.qualityGood, palette),
      },
      {...bar, name: msg('Poor calls'), data: trend.map((point) => point.poorCalls), itemStyle: stackedItemStyle(palette.qualityPoor, palette)},
      {
        type: 'line',
        name: msg('Poor-call rate'),
        yAxisIndex: 1,
        // A week without calls with media has no rate: a gap in the line, not a zero.
        data: trend.map((point) => point.poorRate),
        connectNulls: false,
        symbol: 'circle',
        symbolSize: 7,
        itemStyle: {color: palette.qualityPoorRate},
        lineStyle: {color: palette.qualityPoorRate, width: 2},
      },
    ],
  };
}

export function callQualitySummary(trend: readonly CallQualityPoint[], format: Formatter): string {
  const measured = trend.map((point, index) => ({index, rate: point.poorRate})).filter((point) => point.rate !== null) as {index: number; rate: number}[];
  const first = measured[0];
  const last = measured.at(-1);
  if (!first || !last) return msg('No calls with media in these weeks.');
  const from = rate(format, first.rate);
  const to = rate(format, last.rate);
  const weeks = format.number(last.index - first.index + 1);
  if (first === last) return msg(str`Poor calls were ${to} of calls with media in the only week with calls.`);
  // Compared as shown: a change hidden by rounding reads as no change.
  if (from === to) return msg(str`Poor calls stayed at ${to} over ${weeks} weeks.`);
  return last.rate > first.rate
    ? msg(str`Poor calls rose from ${from} to ${to} over ${weeks} weeks.`)
    : msg(str`Poor calls fell from ${from} to ${to} over ${weeks} weeks.`);
}

/** The rule behind "poor", for the chart's help text. */
export function callQualityHelp(thresholds: QualityThresholds, format: Formatter): string {
  const loss = format.number(thresholds.packetLossPct / 100, {style: 'percent', maximumFractionDigits: 1});
  const latency = format.number(thresholds.latencyMs, {style: 'unit', unit: 'millisecond', unitDisplay: 'short'});
  const jitter = format.number(thresholds.jitterMs, {style: 'unit', unit: 'millisecond', unitDisplay: 'short'});
  return msg(
    str`A call is good when its packet loss is below ${loss}, its latency below ${latency} and its jitter below ${jitter}; otherwise it is poor. A missing measurement does not make a call poor.`,
  );
}

export function callQualityTable(trend: readonly CallQualityPoint[], format: Formatter): ChartTable {
  return {
    columns: [
      weekColumn(format),
      countColumn(msg('Calls with media'), format),
      countColumn(msg('Good calls'), format),
      countColumn(msg('Poor calls'), format),
      rateColumn(msg('Poor-call rate'), format),
    ],
    rows: trend.map((point) => [weekValue(point.weekStart), point.callsWithMedia, point.callsWithMedia - point.poorCalls, point.poorCalls, point.poorRate]),
  };
}

export const callQualityChart: ChartDefinition<readonly CallQualityPoint[]> = {
  heading: () => msg('Call quality trend'),
  emptyMessage: () => msg('No calls with media in the last 8 weeks.'),
  isEmpty: isCallQualityEmpty,
  option: callQualityOption,
  summary: callQualitySummary,
  table: callQualityTable,
};
