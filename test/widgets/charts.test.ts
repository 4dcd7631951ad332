import {ContextProvider} from '@lit/context';
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {
  CallingAnalytics,
  CallQualityPoint,
  CallingUsagePoint,
  EndpointQuality,
  FeatureUsage,
  LicenseTrendPoint,
} from '../../packages/core/src/index.ts';
import {msg} from '@lit/localize';
import {Formatter} from '../../packages/widgets/src/i18n/format.ts';
import {inLanguage, loadLanguage} from '../../packages/widgets/src/i18n/localization.ts';
import {productContext} from '../../packages/widgets/src/internal/context.ts';
import '../../packages/widgets/src/charts/define.ts';
import type {ChartElement} from '../../packages/widgets/src/charts/chart-element.ts';
import {chartText, tooltipText, weekLabel} from '../../packages/widgets/src/charts/chart-option.ts';
import {DEFAULT_PALETTE, type ChartPalette} from '../../packages/widgets/src/charts/chart-palette.ts';
import {
  callQualityHelp,
  callQualityOption,
  callQualitySummary,
  callQualityTable,
} from '../../packages/widgets/src/charts/call-quality-chart/call-quality-chart.options.ts';
import {callingUsageOption, callingUsageSummary} from '../../packages/widgets/src/charts/calling-usage-chart/calling-usage-chart.options.ts';
import {endpointQualityOption, endpointQualitySummary} from '../../packages/widgets/src/charts/endpoint-quality-chart/endpoint-quality-chart.options.ts';
import {featureUsageOption, featureUsageSummary, featureUsageTable} from '../../packages/widgets/src/charts/feature-usage-chart/feature-usage-chart.options.ts';
import {licenseTrendOption, licenseTrendSummary, licenseTrendTable} from '../../packages/widgets/src/charts/license-trend-chart/license-trend-chart.options.ts';
import type {LicenseTrendChart} from '../../packages/widgets/src/charts/license-trend-chart/license-trend-chart.ts';
import {controllableProvider} from '../helpers/fixtures.ts';
import {
  HOSTILE,
  callingAnalytics,
  countingProvider,
  drawnChart,
  drawnOption,
  echarts,
  failingThenRecovering,
  generatedProvider,
  plot,
  subscriptionAnalytics,
  waitForOption,
} from '../helpers/chart-fixtures.ts';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

type AnyChart = ChartElement<unknown, unknown>;

const en = new Formatter('en');

/** Distinct colours, so a test can tell which token a series was drawn with. */
const PALETTE: ChartPalette = {
  ...DEFAULT_PALETTE,
  licenseUsed: 'rgb(1, 0, 0)',
  licenseAssigned: 'rgb(2, 0, 0)',
  licenseAvailable: 'rgb(3, 0, 0)',
  usageHigh: 'rgb(4, 0, 0)',
  usageMedium: 'rgb(5, 0, 0)',
  usageLow: 'rgb(6, 0, 0)',
  qualityGood: 'rgb(7, 0, 0)',
  qualityPoor: 'rgb(8, 0, 0)',
  qualityPoorRate: 'rgb(9, 0, 0)',
  series: ['rgb(10, 0, 0)', 'rgb(11, 0, 0)'],
};
const context = {palette: PALETTE, format: en};

const week = (day: number) => `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`;

const TREND: LicenseTrendPoint[] = [
  {weekStart: week(1), total: 100, assigned: 60, used: 30},
  {weekStart: week(8), total: 120, assigned: 130, used: 70},
  {weekStart: week(15), total: 1200, assigned: 900, used: 850},
];

const USAGE: CallingUsagePoint[] = [
  {weekStart: week(1), high: 10, medium: 20, low: 30},
  {weekStart: week(8), high: 12, medium: 18, low: 40},
];

const QUALITY: CallQualityPoint[] = [
  {weekStart: week(1), callsWithMedia: 1000, poorCalls: 21, poorRate: 0.021},
  {weekStart: week(8), callsWithMedia: 0, poorCalls: 0, poorRate: null},
  {weekStart: week(15), callsWithMedia: 500, poorCalls: 17, poorRate: 0.034},
];

const ENDPOINTS: EndpointQuality[] = [
  {endpoint: 'desktopApp', callsWithMedia: 800, poorCalls: 8, poorRate: 0.01},
  {endpoint: 'mobileApp', callsWithMedia: 300, poorCalls: 15, poorRate: 0.05},
  {endpoint: 'futurePhone', callsWithMedia: 0, poorCalls: 0, poorRate: null},
];

const FEATURES: FeatureUsage[] = [
  {feature: 'voicemail', calls: 40},
  {feature: 'callQueue', calls: 1234},
  {feature: HOSTILE, calls: 300},
];

const THRESHOLDS = {packetLossPct: 5, latencyMs: 400, jitterMs: 150};

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function $(el: HTMLElement, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function $$(el: HTMLElement, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

async function settled(el: HTMLElement): Promise<void> {
  await waitUntil(() => $(el, '.plot, .state--error, .state--empty'), `<${el.localName}> did not finish loading`);
  await (el as AnyChart).updateComplete;
}

// -------------------------------------------------------------------------------------------
// Option builders: pure functions of data, palette and formatter

describe('chart option builders', () => {
  it('license trend: three overlapping bars with the data and the licence-bar colours', () => {
    const option = licenseTrendOption(TREND, context);
    const series = option.series as {name: string; data: number[]; barGap: string; itemStyle: {color: string}}[];
    expect(series.map((s) => s.name)).to.deep.equal(['Purchased', 'Assigned', 'Used']);
    expect(series[0]!.data).to.deep.equal([100, 120, 1200]);
    expect(series[1]!.data).to.deep.equal([60, 130, 900]);
    expect(series[2]!.data).to.deep.equal([30, 70, 850]);
    expect(series.map((s) => s.itemStyle.color)).to.deep.equal(['rgb(3, 0, 0)', 'rgb(2, 0, 0)', 'rgb(1, 0, 0)']);
    expect(series.every((s) => s.barGap === '-100%')).to.equal(true);
    expect((option.xAxis as {data: string[]}).data).to.deep.equal(['Nov 1', 'Nov 8', 'Nov 15']);
  });

  it('week labels are the UTC start date in the viewer locale', () => {
    expect(weekLabel(en, '2026-11-29T00:00:00.000Z')).to.equal('Nov 29');
    expect(weekLabel(new Formatter('de'), '2026-11-29T00:00:00.000Z')).to.equal('29. Nov.');
  });

  it('calling usage: high, medium and low stacked, in the usage colours', () => {
    const series = callingUsageOption(USAGE, context).series as {data: number[]; stack: string; itemStyle: {color: string}}[];
    expect(series.map((s) => s.data)).to.deep.equal([
      [10, 12],
      [20, 18],
      [30, 40],
    ]);
    expect(series.every((s) => s.stack === 'users')).to.equal(true);
    expect(series.map((s) => s.itemStyle.color)).to.deep.equal(['rgb(4, 0, 0)', 'rgb(5, 0, 0)', 'rgb(6, 0, 0)']);
  });

  it('call quality: good and poor calls stacked, poor rate as a line on the second axis with gaps', () => {
    const option = callQualityOption(QUALITY, context);
    const [good, poor, rate] = option.series as {type: string; data: (number | null)[]; stack?: string; yAxisIndex?: number; itemStyle: {color: string}}[];
    expect(good!.data).to.deep.equal([979, 0, 483]);
    expect(poor!.data).to.deep.equal([21, 0, 17]);
    expect(good!.stack === 'calls' && poor!.stack === 'calls').to.equal(true);
    expect(rate!.type).to.equal('line');
    expect(rate!.yAxisIndex).to.equal(1);
    expect(rate!.data).to.deep.equal([0.021, null, 0.034]);
    expect([good!.itemStyle.color, poor!.itemStyle.color, rate!.itemStyle.color]).to.deep.equal(['rgb(7, 0, 0)', 'rgb(8, 0, 0)', 'rgb(9, 0, 0)']);
    expect((option.yAxis as unknown[]).length).to.equal(2);
  });

  it('call quality: the tooltip shows counts and the rate as a percentage, as rich text', () => {
    const tooltip = callQualityOption(QUALITY, context).tooltip as {renderMode: string; formatter: (params: unknown) => string};
    expect(tooltip.renderMode).to.equal('richText');
    const textOut = tooltip.formatter([
      {name: 'Nov 1', marker: '{marker0|}', seriesName: 'Good calls', seriesIndex: 0, value: 979},
      {name: 'Nov 1', marker: '{marker1|}', seriesName: 'Poor-call rate', seriesIndex: 2, value: 0.021},
    ]);
    expect(textOut).to.equal('Nov 1\n{marker0|}Good calls: 979\n{marker1|}Poor-call rate: 2.1%');
  });

  it('endpoint quality: calls and poor rate per endpoint type, named in words', () => {
    const option = endpointQualityOption(ENDPOINTS, context);
    const [calls, rate] = option.series as {data: (number | null)[]; yAxisIndex?: number}[];
    expect((option.xAxis as {data: string[]}).data).to.deep.equal(['Desktop app', 'Mobile app', 'futurePhone']);
    expect(calls!.data).to.deep.equal([800, 300, 0]);
    expect(rate!.data).to.deep.equal([0.01, 0.05, null]);
    expect(rate!.yAxisIndex).to.equal(1);
  });

  it('feature usage: descending horizontal bars, the input left as it was', () => {
    const input = FEATURES.map((feature) => ({...feature}));
    const option = featureUsageOption(input, context);
    const axis = option.yAxis as {data: string[]; inverse: boolean};
    expect(axis.data).to.deep.equal(['Call queue', HOSTILE, 'Voicemail']);
    expect(axis.inverse).to.equal(true);
    expect((option.series as {data: number[]}[])[0]!.data).to.deep.equal([1234, 300, 40]);
    expect(input).to.deep.equal(FEATURES);
  });

  it('chart text keeps rich-text markup in provider strings from being read as styling', () => {
    expect(chartText('{a|b} and {x}')).to.equal('{\u200Ba|b} and {\u200Bx}');
    expect(chartText(chartText('{a|b}'))).to.equal(chartText('{a|b}'));
    expect(chartText(HOSTILE)).to.equal(HOSTILE);
    const line = tooltipText([{name: HOSTILE, marker: '{m|}', seriesName: 'Calls', seriesIndex: 0, value: 3}], (_s, v) => String(v));
    expect(line).to.equal(`${HOSTILE}\n{m|}Calls: 3`);
  });

  it('summaries say what the data shows', () => {
    expect(callQualitySummary(QUALITY, en)).to.equal('Poor calls rose from 2.1% to 3.4% over 3 weeks.');
    expect(callQualitySummary([QUALITY[2]!, QUALITY[0]!], en)).to.equal('Poor calls fell from 3.4% to 2.1% over 2 weeks.');
    expect(callQualitySummary([QUALITY[0]!, QUALITY[0]!], en)).to.equal('Poor calls stayed at 2.1% over 2 weeks.');
    expect(licenseTrendSummary(TREND, en)).to.equal(
      'Over 3 weeks, purchased licences went from 100 to 1,200, assigned licences from 60 to 900 and used licences from 30 to 850.',
    );
    expect(callingUsageSummary(USAGE, en)).to.equal(
      'Calling users went from 60 to 70 over 2 weeks; in the last week 12 had high, 18 medium and 40 low usage.',
    );
    expect(endpointQualitySummary(ENDPOINTS, en)).to.equal(
      'Last week, Desktop app carried the most calls with media (800); Mobile app had the highest poor-call rate, 5%.',
    );
    expect(featureUsageSummary(FEATURES, en)).to.equal('Last week, Call queue was the most used feature with 1,234 calls, of 1,574 calls across 3 features.');
  });

  it('the call quality help states the thresholds and that a missing measurement is not poor', () => {
    const help = callQualityHelp(THRESHOLDS, en);
    expect(help).to.contain('below 5%');
    expect(help).to.contain('below 400 ms');
    expect(help).to.contain('below 150 ms');
    expect(help).to.contain('A missing measurement does not make a call poor.');
  });

  it('tables hold the values; their columns format them for the locale', () => {
    const de = new Formatter('de');
    const trend = licenseTrendTable(TREND, de);
    expect(trend.rows[2]).to.deep.equal(['2026-11-15', 1200, 900, 850]);
    expect(trend.columns.map((column, index) => column.text!(trend.rows[2]![index]!))).to.deep.equal(['15.11.2026', '1.200', '900', '850']);
    const quality = callQualityTable(QUALITY, en);
    expect(quality.rows[1]).to.deep.equal(['2026-11-08', 0, 0, 0, null]);
    expect(quality.columns[4]!.text!(0.034)).to.equal('3.4%');
    expect(quality.columns[4]!.text!(null)).to.equal('—');
    expect(featureUsageTable(FEATURES, en).rows).to.deep.equal([
      ['Call queue', 1234],
      [HOSTILE, 300],
      ['Voicemail', 40],
    ]);
  });
});

// -------------------------------------------------------------------------------------------
// Every chart element: states, accessibility, table, shared loading

interface ChartCase {
  tag: 'license-trend-chart' | 'calling-usage-chart' | 'call-quality-chart' | 'endpoint-quality-chart' | 'feature-usage-chart';
  heading: string;
  /** Data for the presentational property, from the generated dataset. */
  data(): Promise<{property: 'trend' | 'analytics'; value: unknown; rows: number}>;
  empty: {property: 'trend' | 'analytics'; value: unknown};
  method: 'getSubscriptionAnalytics' | 'getCallingAnalytics';
}

const emptyCalling: Partial<CallingAnalytics> = {usageTrend: [], qualityTrend: [], endpointQuality: [], featureUsage: [], qualityThresholds: THRESHOLDS};

const CASES: ChartCase[] = [
  {
    tag: 'license-trend-chart',
    heading: 'License distribution trend',
    data: async () => ({property: 'trend', value: (await subscriptionAnalytics()).licenseTrend, rows: 13}),
    empty: {property: 'trend', value: []},
    method: 'getSubscriptionAnalytics',
  },
  {
    tag: 'calling-usage-chart',
    heading: 'Calling users by usage volume',
    data: async () => ({property: 'analytics', value: await callingAnalytics(), rows: 8}),
    empty: {property: 'analytics', value: emptyCalling},
    method: 'getCallingAnalytics',
  },
  {
    tag: 'call-quality-chart',
    heading: 'Call quality trend',
    data: async () => ({property: 'analytics', value: await callingAnalytics(), rows: 8}),
    empty: {property: 'analytics', value: emptyCalling},
    method: 'getCallingAnalytics',
  },
  {
    tag: 'endpoint-quality-chart',
    heading: 'Call quality by endpoint type',
    data: async () => {
      const analytics = await callingAnalytics();
      return {property: 'analytics', value: analytics, rows: analytics.endpointQuality.length};
    },
    empty: {property: 'analytics', value: emptyCalling},
    method: 'getCallingAnalytics',
  },
  {
    tag: 'feature-usage-chart',
    heading: 'Feature usage by calls',
    data: async () => {
      const analytics = await callingAnalytics();
      return {property: 'analytics', value: analytics, rows: analytics.featureUsage.length};
    },
    empty: {property: 'analytics', value: emptyCalling},
    method: 'getCallingAnalytics',
  },
];

function create(tag: string, props: Record<string, unknown>): HTMLElement {
  const el = document.createElement(tag);
  Object.assign(el, props);
  return el;
}

/** Mounts `el` in a 640 px wide box (charts take their container's width). */
async function mount<E extends HTMLElement>(el: E): Promise<E> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
  box.append(el);
  await settled(el);
  return el;
}

for (const chart of CASES) {
  describe(`<${chart.tag}>`, () => {
    it('is a registered, exported class', () => {
      const constructor = customElements.get(chart.tag);
      expect(typeof constructor).to.equal('function');
      expect(document.createElement(chart.tag) instanceof constructor!).to.equal(true);
    });

    it('loading: a status while the provider has not answered', async () => {
      const {provider, pending} = controllableProvider(generatedProvider());
      const el = create(chart.tag, {provider});
      const box = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
      box.append(el);
      await waitUntil(() => pending.length > 0 && $(el, '.state--loading'), 'no loading state');
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(text($(el, '[role="heading"]'))).to.equal(chart.heading);
      expect($(el, '.toggle') === null).to.equal(true);
      await expect(el).to.be.accessible();
      expect(pending[0]!.method).to.equal(chart.method);
    });

    it('error: the message and a Retry that recovers', async () => {
      const {provider, recover} = failingThenRecovering();
      const el = await mount(create(chart.tag, {provider}));
      expect(el.matches(':state(error)')).to.equal(true);
      expect(text($(el, '.state--error'))).to.contain('The partner service is not available right now (HTTP 503).');
      await expect(el).to.be.accessible();
      recover();
      $(el, '.state--error button')!.click();
      await waitUntil(() => $(el, '.plot'), 'Retry did not load the chart');
      expect(el.matches(':state(error)')).to.equal(false);
      await drawnChart(el);
    });

    it('empty: a message and no chart when there is nothing to draw', async () => {
      const el = await mount(create(chart.tag, {[chart.empty.property]: chart.empty.value}));
      expect(el.matches(':state(empty)')).to.equal(true);
      expect($(el, '.state--empty') !== null).to.equal(true);
      expect($(el, '.plot') === null && $(el, '.toggle') === null).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('empty without data or provider', async () => {
      const el = await mount(create(chart.tag, {}));
      expect(el.matches(':state(empty)')).to.equal(true);
    });

    it('connected: draws the provider data, named by heading and summary', async () => {
      const el = await mount(create(chart.tag, {provider: generatedProvider()}));
      const instance = await drawnChart(el);
      expect(el.matches(':state(loading)') || el.matches(':state(empty)') || el.matches(':state(error)')).to.equal(false);
      const summary = text($(el, '.summary'));
      expect(summary.length > 20).to.equal(true);
      const container = plot(el)!;
      expect(container.getAttribute('role')).to.equal('img');
      expect(container.getAttribute('aria-label')).to.equal(`${chart.heading}. ${summary}`);
      expect(instance.getWidth() > 0 && instance.getHeight() > 0).to.equal(true);
      const {aria} = drawnOption(instance);
      expect(aria.enabled).to.equal(true);
      expect(aria.label.description).to.equal(`${chart.heading}. ${summary}`);
      expect(aria.decal.show).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('presentational: draws the data property without a provider', async () => {
      const {property, value} = await chart.data();
      const el = await mount(create(chart.tag, {[property]: value}));
      await drawnChart(el);
      expect(text($(el, '.summary')).length > 20).to.equal(true);
    });

    it('"Show as table" swaps the chart for an accessible table of the same data, and back', async () => {
      const {property, value, rows} = await chart.data();
      const el = await mount(create(chart.tag, {[property]: value}));
      const instance = await drawnChart(el);
      const toggle = $(el, '.toggle')!;
      expect(text(toggle)).to.equal('Show as table');
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      toggle.click();
      await (el as AnyChart).updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(el.hasAttribute('show-table')).to.equal(true);
      expect(plot(el)!.hidden).to.equal(true);
      expect(text($(el, 'caption'))).to.equal(chart.heading);
      expect($$(el, 'tbody tr').length).to.equal(rows);
      expect($$(el, 'tbody th[scope="row"]').length).to.equal(rows);
      await expect(el).to.be.accessible();
      toggle.click();
      await (el as AnyChart).updateComplete;
      expect($(el, 'table') === null).to.equal(true);
      await waitUntil(() => instance.getWidth() > 0, 'the chart was not shown again');
    });

    it('exports the table values as CSV', async () => {
      const {property, value, rows} = await chart.data();
      const el = await mount(create(chart.tag, {[property]: value, showTable: true}));
      const files: Blob[] = [];
      const createObjectURL = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => {
        files.push(blob);
        return createObjectURL.call(URL, blob);
      };
      try {
        $(el, '[part="export"]')!.click();
      } finally {
        URL.createObjectURL = createObjectURL;
      }
      expect(files.length).to.equal(1);
      const lines = (await files[0]!.text()).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      expect(lines.length).to.equal(rows + 1);
      expect(lines[0]!.split(',').length).to.equal($$(el, 'thead th').length);
      // Raw values: no thousands separators, weeks as ISO dates.
      expect(lines.slice(1).every((line) => /^[^,]+(,(-?[0-9.]+)?)+$/.test(line))).to.equal(true);
    });

    it('takes a heading and heading level from the host', async () => {
      const {property, value} = await chart.data();
      const el = await mount(create(chart.tag, {[property]: value, heading: 'Custom <b>heading</b>', headingLevel: 2}));
      const heading = $(el, '[role="heading"]')!;
      expect(text(heading)).to.equal('Custom <b>heading</b>');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(heading.querySelector('b') === null).to.equal(true);
    });

    it('disposes its echarts instance when removed, and draws again when put back', async () => {
      const {property, value} = await chart.data();
      const el = await mount(create(chart.tag, {[property]: value}));
      const first = await drawnChart(el);
      const container = plot(el)!;
      const parent = el.parentElement!;
      el.remove();
      const {getInstanceByDom} = await echarts();
      expect(getInstanceByDom(container) === undefined).to.equal(true);
      expect(first.isDisposed()).to.equal(true);
      parent.append(el);
      const second = await drawnChart(el);
      expect(second !== first && !second.isDisposed()).to.equal(true);
    });
  });
}

describe('chart loading', () => {
  it('the calling charts share one getCallingAnalytics call', async () => {
    const {provider, calls} = countingProvider();
    const box = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    const charts = CASES.filter((chart) => chart.method === 'getCallingAnalytics').map((chart) => create(chart.tag, {provider}));
    box.append(...charts);
    for (const el of charts) await settled(el);
    expect(calls).to.deep.equal(['getCallingAnalytics']);
  });

  it('license trend: loads the product asked for, and follows the hub product context', async () => {
    const {provider, calls} = countingProvider();
    const host = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    const product = new ContextProvider(host, {context: productContext, initialValue: 'calling'});
    const el = create('license-trend-chart', {provider}) as LicenseTrendChart;
    host.append(el);
    await settled(el);
    const calling = (await subscriptionAnalytics('calling')).licenseTrend;
    let option = await waitForOption(el, () => true, 'no chart');
    expect(option.series[0]!.data).to.deep.equal(calling.map((point) => point.total));
    product.setValue('meetings');
    const meetings = (await subscriptionAnalytics('meetings')).licenseTrend;
    option = await waitForOption(el, (o) => JSON.stringify(o.series[0]!.data) === JSON.stringify(meetings.map((p) => p.total)), 'the product change did not redraw');
    expect(calls).to.deep.equal(['getSubscriptionAnalytics:calling', 'getSubscriptionAnalytics:meetings']);
  });

  it('license trend: shows loading, not the other product, while a new product loads', async () => {
    const {provider, pending} = controllableProvider(generatedProvider());
    const el = create('license-trend-chart', {provider, product: 'meetings'}) as LicenseTrendChart;
    const box = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    box.append(el);
    await waitUntil(() => pending.length === 1, 'no request');
    pending[0]!.release();
    await settled(el);
    await drawnChart(el);
    el.product = 'calling';
    await waitUntil(() => pending.length === 2, 'no second request');
    await el.updateComplete;
    expect(el.matches(':state(loading)')).to.equal(true);
    expect($(el, '.plot') === null).to.equal(true);
    expect(pending[1]!.args[0]).to.equal('calling');
  });
});

// -------------------------------------------------------------------------------------------
// Provider strings are text

describe('chart safety', () => {
  afterEach(() => {
    delete window.__xss;
  });

  it('a hostile feature name shows literally in chart, tooltip and table, and creates no element', async () => {
    const el = await mount(create('feature-usage-chart', {analytics: {featureUsage: FEATURES}}));
    const instance = await drawnChart(el);
    const option = instance.getOption() as {yAxis: {data: string[]}[]; tooltip: {formatter: (params: unknown) => string}[]};
    expect(option.yAxis[0]!.data.includes(HOSTILE)).to.equal(true);
    const tooltip = option.tooltip[0]!.formatter([{name: HOSTILE, marker: '', seriesName: 'Calls', seriesIndex: 0, value: 300}]);
    expect(tooltip.startsWith(HOSTILE)).to.equal(true);
    // Show the real tooltip on the hostile bar: echarts paints it on the canvas.
    instance.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 1});
    await new Promise((resolve) => setTimeout(resolve, 100));
    ($(el, '.toggle') as HTMLButtonElement).click();
    await (el as AnyChart).updateComplete;
    expect($$(el, 'tbody th').some((cell) => cell.textContent === HOSTILE)).to.equal(true);
    expect(text($(el, '.summary'))).to.contain('Call queue');
    expect(el.shadowRoot!.querySelector('img') === null && document.querySelector('img') === null).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.__xss === undefined).to.equal(true);
  });

  it('a hostile endpoint type shows as text in the summary and the table', async () => {
    const endpoints: EndpointQuality[] = [{endpoint: HOSTILE, callsWithMedia: 10, poorCalls: 5, poorRate: 0.5}];
    const el = await mount(create('endpoint-quality-chart', {analytics: {endpointQuality: endpoints}, showTable: true}));
    expect(text($(el, '.summary'))).to.contain(HOSTILE);
    expect(text($(el, 'tbody th'))).to.equal(HOSTILE);
    expect(plot(el)!.getAttribute('aria-label')!.includes(HOSTILE)).to.equal(true);
    expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
    expect(window.__xss === undefined).to.equal(true);
  });
});

// -------------------------------------------------------------------------------------------
// Size, theme, motion, locale

describe('chart lifecycle', () => {
  afterEach(async () => {
    await emulateMedia({reducedMotion: 'no-preference', colorScheme: 'light'});
    document.documentElement.style.removeProperty('--ph-color-usage-high');
    document.documentElement.removeAttribute('data-theme');
  });

  it('does not draw in a hidden container, and draws once it is shown', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 500px" hidden></div>`);
    const el = create('calling-usage-chart', {analytics: {usageTrend: USAGE}});
    box.append(el);
    await settled(el);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const {getInstanceByDom} = await echarts();
    expect(getInstanceByDom(plot(el)!) === undefined).to.equal(true);
    box.hidden = false;
    const instance = await drawnChart(el);
    expect(instance.getWidth()).to.be.within(400, 500);
  });

  it('follows the width of its container', async () => {
    const el = await mount(create('calling-usage-chart', {analytics: {usageTrend: USAGE}}));
    const instance = await drawnChart(el);
    const before = instance.getWidth();
    el.parentElement!.style.width = '400px';
    await waitUntil(() => instance.getWidth() < before, 'the chart did not follow its container');
    expect(instance.getWidth() <= 400).to.equal(true);
  });

  it('reads its colours from the theme tokens and follows a theme switch on <html>', async () => {
    const el = await mount(create('calling-usage-chart', {analytics: {usageTrend: USAGE}}));
    let option = await waitForOption(el, () => true, 'no chart');
    expect(option.series[0]!.itemStyle!.color).to.equal('rgb(7, 59, 140)');
    // A page theme switch that sets tokens on <html>.
    document.documentElement.style.setProperty('--ph-color-usage-high', 'rgb(200, 10, 20)');
    option = await waitForOption(el, (o) => o.series[0]!.itemStyle!.color === 'rgb(200, 10, 20)', 'the theme change was not drawn');
  });

  it('follows the kit theme switch (data-ph-theme) on any ancestor: dark, light, and auto with the system', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 500px"></div>`);
    const el = create('calling-usage-chart', {analytics: {usageTrend: USAGE}});
    box.append(el);
    await waitForOption(el, (o) => o.series[0]!.itemStyle!.color === 'rgb(7, 59, 140)', 'no light chart');
    box.dataset.phTheme = 'dark';
    await waitForOption(el, (o) => o.series[0]!.itemStyle!.color === 'rgb(163, 200, 255)', 'the dark theme was not drawn');
    expect(getComputedStyle(el).getPropertyValue('--ph-color-surface').trim()).to.equal('#16191d');
    box.dataset.phTheme = 'auto';
    await waitForOption(el, (o) => o.series[0]!.itemStyle!.color === 'rgb(7, 59, 140)', 'auto with a light system is not light');
    await emulateMedia({colorScheme: 'dark'});
    await waitForOption(el, (o) => o.series[0]!.itemStyle!.color === 'rgb(163, 200, 255)', 'auto with a dark system is not dark');
    // A light area inside a dark page.
    document.documentElement.dataset.phTheme = 'dark';
    box.dataset.phTheme = 'light';
    try {
      await waitForOption(el, (o) => o.series[0]!.itemStyle!.color === 'rgb(7, 59, 140)', 'a light area in a dark page is not light');
    } finally {
      delete document.documentElement.dataset.phTheme;
    }
  });

  it('refreshTheme() picks up tokens set where no observer sees them', async () => {
    const el = await mount(create('license-trend-chart', {trend: TREND}));
    await waitForOption(el, (o) => o.series[2]!.itemStyle!.color === 'rgb(11, 92, 213)', 'no chart');
    el.style.setProperty('--ph-color-license-used', 'rgb(1, 2, 3)');
    (el as AnyChart).refreshTheme();
    await waitForOption(el, (o) => o.series[2]!.itemStyle!.color === 'rgb(1, 2, 3)', 'refreshTheme did not redraw');
  });

  it('follows prefers-color-scheme', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('@media (prefers-color-scheme: dark) { :root { --ph-color-usage-high: rgb(90, 160, 250); } }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const el = await mount(create('calling-usage-chart', {analytics: {usageTrend: USAGE}}));
      await waitForOption(el, (o) => o.series[0]!.itemStyle!.color === 'rgb(7, 59, 140)', 'no chart');
      await emulateMedia({colorScheme: 'dark'});
      await waitForOption(el, (o) => o.series[0]!.itemStyle!.color === 'rgb(90, 160, 250)', 'the dark scheme was not drawn');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('turns animation off under prefers-reduced-motion', async () => {
    const el = await mount(create('call-quality-chart', {analytics: {qualityTrend: QUALITY, qualityThresholds: THRESHOLDS}}));
    await waitForOption(el, (o) => o.animation === true, 'animation is not on by default');
    await emulateMedia({reducedMotion: 'reduce'});
    await waitForOption(el, (o) => o.animation === false, 'reduced motion was not followed');
  });

  it('under forced colours: patterns tell the series apart', async () => {
    const el = await mount(create('calling-usage-chart', {analytics: {usageTrend: USAGE}}));
    await waitForOption(el, (o) => o.aria.decal.show === false, 'no chart');
    // The test runner's Chromium driver cannot emulate forced colours: the media query is stubbed.
    const matchMedia = window.matchMedia;
    window.matchMedia = (query: string) => (query === '(forced-colors: active)' ? ({...matchMedia.call(window, query), matches: true} as MediaQueryList) : matchMedia.call(window, query));
    try {
      (el as AnyChart).refreshTheme();
      await waitForOption(el, (o) => o.aria.decal.show === true, 'forced colours were not followed');
    } finally {
      window.matchMedia = matchMedia;
    }
  });

  it('redraws with the new locale: week labels and table numbers', async () => {
    const el = await mount(create('license-trend-chart', {trend: TREND}));
    await waitForOption(el, (o) => o.xAxis[0]!.data![0] === 'Nov 1', 'no English labels');
    el.setAttribute('lang', 'de');
    await waitForOption(el, (o) => o.xAxis[0]!.data![0] === '1. Nov.', 'the locale change was not drawn');
    (el as AnyChart).showTable = true;
    await (el as AnyChart).updateComplete;
    expect(text($$(el, 'tbody tr')[2]!)).to.contain('1.200');
  });

  it('draws series names in the element\'s language, also when it redraws outside an update', async () => {
    const el = await mount(create('call-quality-chart', {analytics: {qualityTrend: QUALITY, qualityThresholds: THRESHOLDS}}));
    await waitForOption(el, (o) => o.series[0]!.name === 'Good calls', 'no English series names');
    await loadLanguage('de');
    const german = inLanguage('de', () => msg('Good calls'));
    expect(german).not.to.equal('Good calls');
    el.setAttribute('lang', 'de');
    await waitForOption(el, (o) => o.series[0]!.name === german, 'the series names did not follow the language');
    // A resize redraws from the resize observer, outside any update: still German.
    const instance = await drawnChart(el);
    let names: string[] = [];
    const setOption = instance.setOption.bind(instance);
    instance.setOption = ((...args: Parameters<typeof setOption>) => {
      names = ((args[0] as {series?: {name?: string}[]}).series ?? []).map((series) => String(series.name));
      return setOption(...args);
    }) as typeof instance.setOption;
    el.style.setProperty('--ph-color-text', 'rgb(1, 2, 3)');
    (el as AnyChart).refreshTheme();
    await waitUntil(() => names.length > 0, 'the chart was not drawn again');
    expect(names[0]).to.equal(german);
  });

  it('call quality: the help text states the thresholds', async () => {
    const el = await mount(create('call-quality-chart', {analytics: {qualityTrend: QUALITY, qualityThresholds: THRESHOLDS}}));
    const help = text($(el, '.help'));
    expect(help).to.contain('packet loss is below 5%');
    expect(help).to.contain('A missing measurement does not make a call poor.');
    expect(text($(el, '.summary'))).to.equal('Poor calls rose from 2.1% to 3.4% over 3 weeks.');
  });
});
