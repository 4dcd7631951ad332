import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import type {CallingAnalytics, PartnerHubDataProvider} from '@partner-hub/core';
import '../../packages/widgets/src/call-quality-table/define.ts';
import '../../packages/widgets/src/call-queue-insights/define.ts';
import '../../packages/widgets/src/calling-usage-table/define.ts';
import {changedProvider, withHostileNames} from './analytics-support.ts';
import {failingProvider, LANGUAGES, loadingProvider, populatedProvider, withoutControls} from './support.ts';

/** Customers in the dataset behind the connected stories. */
const CUSTOMERS = 200;
const LARGE = 20_000;

const ELEMENTS = ['calling-usage-table', 'call-quality-table', 'call-queue-insights'] as const;
type CallingElementTag = (typeof ELEMENTS)[number];

interface CallingTablesArgs {
  element: CallingElementTag;
  lang: string;
  dir: string;
}

function emptied(answer: CallingAnalytics): CallingAnalytics {
  return {
    ...answer,
    customersUsage: [],
    customersQuality: [],
    queue: {queueCustomers: 0, avgTimeToAnswer: null, avgWaitBeforeAbandon: null, abandonRate: null, rows: []},
  };
}

function hostile(answer: CallingAnalytics): CallingAnalytics {
  return {
    ...answer,
    customersUsage: withHostileNames(answer.customersUsage),
    customersQuality: withHostileNames(answer.customersQuality).map((row) => ({...row, worstEndpoint: row.worstEndpoint && '<b>endpoint</b>'})),
    queue: {...answer.queue, rows: withHostileNames(answer.queue.rows)},
  };
}

function element(provider: PartnerHubDataProvider, args: CallingTablesArgs): TemplateResult {
  const lang = args.lang || nothing;
  const dir = args.dir || nothing;
  switch (args.element) {
    case 'calling-usage-table':
      return html`<calling-usage-table .provider=${provider} lang=${lang} dir=${dir}></calling-usage-table>`;
    case 'call-quality-table':
      return html`<call-quality-table .provider=${provider} lang=${lang} dir=${dir}></call-quality-table>`;
    case 'call-queue-insights':
      return html`<call-queue-insights .provider=${provider} lang=${lang} dir=${dir}></call-queue-insights>`;
  }
}

const meta: Meta<CallingTablesArgs> = {
  title: 'Elements/Calling tables',
  component: 'calling-usage-table',
  subcomponents: {'call-quality-table': 'call-quality-table', 'call-queue-insights': 'call-queue-insights'},
  tags: ['autodocs'],
  args: {element: 'calling-usage-table', lang: '', dir: ''},
  argTypes: {
    element: {control: 'inline-radio', options: ELEMENTS},
    lang: {control: 'select', options: LANGUAGES},
    dir: {control: 'inline-radio', options: ['', 'ltr', 'rtl']},
    ...withoutControls('analytics', 'provider', 'contextLocale'),
  },
  parameters: {
    docs: {
      description: {
        component: `\`<calling-usage-table>\`, \`<call-quality-table>\` and \`<call-queue-insights>\`. Connected stories use an \`InMemoryProvider\` over ${CUSTOMERS} generated customers (seed 1).`,
      },
    },
  },
  render: (args) => element(populatedProvider(CUSTOMERS), args),
};

export default meta;

type Story = StoryObj<CallingTablesArgs>;

export const Playground: Story = {};

/** The three elements together; they share one provider call. */
export const AllThree: Story = {
  render: (args) => html`<div style="display: grid; gap: 32px">
    ${ELEMENTS.map((tag) => element(populatedProvider(CUSTOMERS), {...args, element: tag}))}
  </div>`,
};

export const CallQuality: Story = {args: {element: 'call-quality-table'}};

export const CallQueues: Story = {args: {element: 'call-queue-insights'}};

/** The provider never answers (after 30 seconds the element reports the timeout, with Retry). */
export const Loading: Story = {
  render: (args) => element(loadingProvider(), args),
};

/** No calling customers (or, for the queues, none with queue data last week). */
export const Empty: Story = {
  render: (args) => element(changedProvider(CUSTOMERS, 'getCallingAnalytics', emptied), args),
};

/** The provider fails; Retry asks again. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => element(failingProvider(), args),
};

/** Names with markup, a formula, very long and right-to-left text: all shown as text, long ones cut. */
export const HostileStrings: Story = {
  render: (args) => element(changedProvider(CUSTOMERS, 'getCallingAnalytics', hostile), args),
};

export const German: Story = {args: {lang: 'de'}};

export const Japanese: Story = {args: {lang: 'ja'}};

/** 20,000 customers: thousands of rows, 25 rendered per page. */
export const LargeData: Story = {
  render: (args) => element(populatedProvider(LARGE), args),
};

/** Presentational: the host sets `analytics`; nothing is loaded. */
export const Presentational: Story = {
  loaders: [async () => ({analytics: await populatedProvider(CUSTOMERS).getCallingAnalytics()})],
  render: (args, {loaded}) => {
    const analytics = (loaded as {analytics: CallingAnalytics}).analytics;
    return html`<calling-usage-table .analytics=${analytics} lang=${args.lang || nothing}></calling-usage-table>`;
  },
};
