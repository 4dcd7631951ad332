/**
 * What the option builders share: the option type (type-only imports, so nothing here loads
 * echarts), the build context, safe chart text, week labels, axis and tooltip pieces.
 */
import type {BarSeriesOption, LineSeriesOption} from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type {ComposeOption} from 'echarts/core';
import {msg} from '@lit/localize';
import type {Formatter} from '../i18n/format.ts';
import type {ChartPalette} from './chart-palette.ts';

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | AriaComponentOption
>;

/** What a builder needs besides its data: the theme's colours and the viewer's number formats. */
export interface ChartContext {
  palette: ChartPalette;
  format: Formatter;
}

/**
 * A provider string as chart text. Canvas text cannot run code, but echarts reads `{name|text}` in
 * rich text (the tooltip) as styling; a zero-width space after each `{` keeps a name such as
 * `{a|b}` from being styled or cut, while it reads and looks the same.
 */
export function chartText(value: string): string {
  return value.replace(/\{(?!\u200B)/g, '{\u200B');
}

/**
 * A week's label: its start date, short, in the viewer's locale. Weeks start Sunday 00:00 UTC
 * (SPEC §2.1), so the date is taken in UTC: west of UTC it would read as the Saturday before.
 */
export function weekLabel(format: Formatter, weekStart: string): string {
  return format.date(weekStart, {month: 'short', day: 'numeric', timeZone: 'UTC'});
}

/** Axis tick labels: compact counts ("12K"), so long numbers do not squeeze the plot. */
export function countAxisLabel(format: Formatter): (value: number) => string {
  return (value) => format.number(value, {notation: 'compact', maximumFractionDigits: 1});
}

/** Axis tick labels for rates: one decimal, as poor-call rates tick in half percents. */
export function percentAxisLabel(format: Formatter): (value: number) => string {
  return (value) => format.percent(value, 1);
}

/** The parts of a tooltip callback's parameters the kit reads. */
interface TooltipItem {
  name?: string;
  marker?: unknown;
  seriesName?: string;
  seriesIndex?: number;
  value?: unknown;
}

/**
 * An axis tooltip as plain text for echarts' rich-text renderer: the category, then one line per
 * series with its colour marker (echarts' own `{markerN|}` token), name and value as `valueText`
 * formats it. Nothing in it is HTML, and provider strings pass through `chartText`.
 */
export function axisTooltip(
  palette: ChartPalette,
  valueText: (seriesIndex: number, value: number | null) => string,
): TooltipComponentOption {
  return {
    trigger: 'axis',
    renderMode: 'richText',
    confine: true,
    axisPointer: {type: 'shadow'},
    backgroundColor: palette.surface,
    borderColor: palette.borderStrong,
    textStyle: {color: palette.text},
    formatter: (params: unknown) => tooltipText(params, valueText),
  };
}

/** The text of an axis tooltip (exported for tests: they check it holds provider strings as text). */
export function tooltipText(params: unknown, valueText: (seriesIndex: number, value: number | null) => string): string {
  const items = (Array.isArray(params) ? params : [params]) as TooltipItem[];
  const lines = [chartText(String(items[0]?.name ?? ''))];
  for (const item of items) {
    const value = typeof item.value === 'number' ? item.value : null;
    const marker = typeof item.marker === 'string' ? item.marker : '';
    lines.push(`${marker}${chartText(item.seriesName ?? '')}: ${valueText(item.seriesIndex ?? 0, value)}`);
  }
  return lines.join('\n');
}

/** Legend, grid and text colours every chart shares. */
export function baseOption(palette: ChartPalette): ChartOption {
  return {
    color: palette.series,
    textStyle: {color: palette.text, fontFamily: palette.fontFamily},
    legend: {top: 0, left: 0, itemGap: 16, textStyle: {color: palette.text}, inactiveColor: palette.border},
    // Axis labels inside these margins, however long they are in the viewer's language.
    grid: {top: 44, left: 8, right: 20, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel'},
  };
}

/** A category axis over `labels`. */
export function categoryAxis(palette: ChartPalette, labels: string[]) {
  return {
    type: 'category' as const,
    data: labels,
    axisLine: {lineStyle: {color: palette.borderStrong}},
    axisTick: {show: false},
    axisLabel: {color: palette.textMuted, hideOverlap: true},
  };
}

/** A value axis whose ticks `label` formats. */
export function valueAxis(palette: ChartPalette, label: (value: number) => string) {
  return {
    type: 'value' as const,
    min: 0,
    axisLabel: {color: palette.textMuted, formatter: label},
    splitLine: {lineStyle: {color: palette.border}},
  };
}

/** Segment outlines in the surface colour, so stacked parts are told apart by more than colour. */
export function stackedItemStyle(color: string, palette: ChartPalette) {
  return {color, borderColor: palette.surface, borderWidth: 1};
}

/** A table cell's value: text, a number, or null where there is none (shown as "—"). */
export type ChartCell = string | number | null;

export interface ChartTableColumn {
  header: string;
  /** How a value of this column reads; unset: as it is (text). */
  text?: (value: ChartCell) => string;
}

/**
 * A chart's data as a table: its columns and rows of raw values (the first one heads its row).
 * The element shows each value as its column says; the CSV export holds the values themselves.
 */
export interface ChartTable {
  columns: ChartTableColumn[];
  rows: ChartCell[][];
}

const numberOrNull = (value: ChartCell) => (typeof value === 'number' ? value : null);

/** Weeks by their start date, in the table as the full date (UTC, as at `weekLabel`), in CSV as YYYY-MM-DD. */
export function weekColumn(format: Formatter): ChartTableColumn {
  return {header: msg('Week starting'), text: (value) => format.date(typeof value === 'string' ? value : null, {dateStyle: 'medium', timeZone: 'UTC'})};
}

/** A week's value in a table row (see `weekColumn`). */
export function weekValue(weekStart: string): string {
  return weekStart.slice(0, 10);
}

export function countColumn(header: string, format: Formatter): ChartTableColumn {
  return {header, text: (value) => format.number(numberOrNull(value))};
}

/** Rates (0..1) as percentages with one decimal. */
export function rateColumn(header: string, format: Formatter): ChartTableColumn {
  return {header, text: (value) => format.percent(numberOrNull(value), 1)};
}

/**
 * How one kind of chart reads its data `D`: its default heading, what it says when there is
 * nothing to draw, and the pure builders of its option, summary sentence and table.
 */
export interface ChartDefinition<D> {
  heading(): string;
  emptyMessage(): string;
  isEmpty(data: D): boolean;
  option(data: D, context: ChartContext): ChartOption;
  summary(data: D, format: Formatter): string;
  table(data: D, format: Formatter): ChartTable;
}
