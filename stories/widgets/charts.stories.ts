import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import type {CallingAnalytics, LicenseTrendPoint, PartnerHubDataProvider} from '@partner-hub/core';
import '../../packages/widgets/src/charts/define.ts';
import {failingProvider, LANGUAGES, loadingProvider, populatedProvider, withoutControls} from './support.ts';

/** Customers in the dataset behind the connected stories. */
const CUSTOMERS = 200;
const LARGE = 20_000;

const CHARTS = ['license-trend-chart', 'calling-usage-chart', 'call-quality-chart', 'endpoint-quality-chart', 'feature-usage-chart'] as const;
type ChartTag = (typeof CHARTS)[number];

interface ChartArgs {
  /** One chart, or all five side by side. */
  element: ChartTag | 'all';
  product: 'meetings' | 'calling';
  showTable: boolean;
  lang: string;
  dir: string;
}

/** What presentational stories hand to the charts. */
interface ChartData {
  trend: readonly LicenseTrendPoint[];
  analytics: Partial<CallingAnalytics>;
}

const HOSTILE = '<img src=x onerror=alert(1)>';

function chart(tag: ChartTag, args: ChartArgs, source: {provider?: PartnerHubDataProvider; data?: ChartData}): TemplateResult {
  const common = {provider: source.provider, lang: args.lang || nothing, dir: args.dir || nothing};
  switch (tag) {
    case 'license-trend-chart':
      return html`<license-trend-chart
        .provider=${common.provider}
        .trend=${source.data?.trend}
        product=${args.product}
        ?show-table=${args.showTable}
        lang=${common.lang}
        dir=${common.dir}
      ></license-trend-chart>`;
    case 'calling-usage-chart':
      return html`<calling-usage-chart .provider=${common.provider} .analytics=${source.data?.analytics} ?show-table=${args.showTable} lang=${common.lang} dir=${common.dir}></calling-usage-chart>`;
    case 'call-quality-chart':
      return html`<call-quality-chart .provider=${common.provider} .analytics=${source.data?.analytics} ?show-table=${args.showTable} lang=${common.lang} dir=${common.dir}></call-quality-chart>`;
    case 'endpoint-quality-chart':
      return html`<endpoint-quality-chart .provider=${common.provider} .analytics=${source.data?.analytics} ?show-table=${args.showTable} lang=${common.lang} dir=${common.dir}></endpoint-quality-chart>`;
    case 'feature-usage-chart':
      return html`<feature-usage-chart .provider=${common.provider} .analytics=${source.data?.analytics} ?show-table=${args.showTable} lang=${common.lang} dir=${common.dir}></feature-usage-chart>`;
  }
}

function charts(args: ChartArgs, source: {provider?: PartnerHubDataProvider; data?: ChartData}): TemplateResult {
  const tags = args.element === 'all' ? CHARTS : [args.element];
  return html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 32rem), 1fr)); gap: 16px">
    ${tags.map((tag) => chart(tag, args, source))}
  </div>`;
}

/** The generated provider's answers, for presentational stories. */
async function generatedData(product: 'meetings' | 'calling', customers = CUSTOMERS): Promise<ChartData> {
  const provider = populatedProvider(customers);
  const [subscriptions, analytics] = await Promise.all([provider.getSubscriptionAnalytics(product), provider.getCallingAnalytics()]);
  return {trend: subscriptions.licenseTrend, analytics};
}

const meta: Meta<ChartArgs> = {
  title: 'Elements/Charts',
  tags: ['autodocs'],
  args: {element: 'all', product: 'meetings', showTable: false, lang: '', dir: ''},
  argTypes: {
    element: {control: 'select', options: ['all', ...CHARTS]},
    product: {control: 'inline-radio', options: ['meetings', 'calling']},
    showTable: {control: 'boolean'},
    lang: {control: 'select', options: LANGUAGES},
    dir: {control: 'inline-radio', options: ['', 'ltr', 'rtl']},
    ...withoutControls('provider', 'trend', 'analytics', 'contextLocale', 'heading-level', 'show-table'),
  },
  parameters: {
    docs: {
      description: {
        component: `The kit's charts. Connected stories use an \`InMemoryProvider\` over ${CUSTOMERS} generated customers (seed 1). echarts loads on the first chart drawn; a chart in its loading, empty, error or table state does not need it.`,
      },
    },
  },
  render: (args) => charts(args, {provider: populatedProvider(CUSTOMERS)}),
};

export default meta;

type Story = StoryObj<ChartArgs>;

/**
 * Every control drives the charts: which chart (or all five), `product` (licence trend),
 * `show-table`, `lang` (unset: the toolbar's locale) and `dir`.
 */
export const Playground: Story = {};

export const Populated: Story = {};

export const Loading: Story = {
  render: (args) => charts(args, {provider: loadingProvider()}),
};

export const Empty: Story = {
  render: (args) =>
    charts(args, {
      data: {
        trend: [],
        analytics: {usageTrend: [], qualityTrend: [], endpointQuality: [], featureUsage: [], qualityThresholds: {packetLossPct: 5, latencyMs: 400, jitterMs: 150}},
      },
    }),
};

export const Error: Story = {
  render: (args) => charts(args, {provider: failingProvider()}),
};

/** The same data as tables: what "Show as table" shows. */
export const AsTables: Story = {
  args: {showTable: true},
};

/** Presentational: the host sets `trend` and `analytics`; no provider. */
export const Presentational: Story = {
  loaders: [async () => ({data: await generatedData('calling')})],
  render: (args, {loaded}) => charts(args, {data: loaded['data'] as ChartData}),
};

/** Feature and endpoint names with markup: chart labels, tooltips, summaries and tables show them as text. */
export const HostileStrings: Story = {
  loaders: [
    async () => {
      const data = await generatedData('meetings');
      const analytics = data.analytics as CallingAnalytics;
      return {
        data: {
          trend: data.trend,
          analytics: {
            ...analytics,
            featureUsage: [{feature: HOSTILE, calls: 900}, {feature: '{bold|not styled} & "quotes"', calls: 500}, ...analytics.featureUsage],
            endpointQuality: [{endpoint: '<script>alert("endpoint")</script>', callsWithMedia: 700, poorCalls: 70, poorRate: 0.1}, ...analytics.endpointQuality],
          },
        } satisfies ChartData,
      };
    },
  ],
  render: (args, {loaded}) => charts(args, {data: loaded['data'] as ChartData}),
};

/** A host's dark theme: the charts read their colours from the same tokens as everything else. */
export const DarkTokens: Story = {
  render: (args) => html`<div
    style="padding: 16px; background: #15181d; --ph-color-surface: #1f242b; --ph-color-text: #e8eaed; --ph-color-text-muted: #aab2bd;
      --ph-color-border: #3a424d; --ph-color-border-strong: #6b7480; --ph-color-license-used: #5b9bff; --ph-color-license-assigned: #4173c4;
      --ph-color-license-available: #3a424d; --ph-color-usage-high: #a8c8ff; --ph-color-usage-medium: #5b9bff; --ph-color-usage-low: #4173c4;
      --ph-color-quality-good: #5b9bff; --ph-color-quality-poor: #ff7b72; --ph-color-quality-poor-rate: #e8eaed; --ph-color-chart-1: #5b9bff;
      --ph-color-surface-hover: #2a3038; --ph-color-surface-selected: #243a5e; --ph-color-negative: #ff7b72; --ph-color-negative-surface: #3b1d1d"
  >
    ${charts(args, {provider: populatedProvider(CUSTOMERS)})}
  </div>`,
};

/** German: long words, "1.234" and German week dates. */
export const German: Story = {
  args: {lang: 'de'},
};

/** Japanese dates and numbers. */
export const Japanese: Story = {
  args: {lang: 'ja'},
};

export const CallingProduct: Story = {
  args: {element: 'license-trend-chart', product: 'calling'},
};

/** Large data: analytics over 20,000 customers (generated once per page). */
export const LargeData: Story = {
  render: (args) => charts(args, {provider: populatedProvider(LARGE)}),
};
