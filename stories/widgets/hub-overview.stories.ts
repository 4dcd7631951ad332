import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import {action} from 'storybook/actions';
import {OVERVIEW_KPI_IDS, type OverviewKpiId, type OverviewKpis, type PartnerHubDataProvider} from '@partner-hub/core';
import '../../packages/widgets/src/hub-overview/define.ts';
import {failingProvider, LANGUAGES, loadingProvider, populatedProvider, withoutControls} from './support.ts';

/** Customers in the dataset behind the connected stories. */
const CUSTOMERS = 2_000;

interface HubOverviewArgs {
  activeKpi: OverviewKpiId | '';
  lang: string;
  dir: string;
}

const RULES = {windowDays: 90, lowAssignmentFactor: 0.5, lowAssignmentMinAgeDays: 30, expiringSoonDays: 30, noRecentActivityDays: 30};

function overview(args: HubOverviewArgs, data: {provider?: PartnerHubDataProvider; kpis?: OverviewKpis}): TemplateResult {
  return html`<hub-overview
    .provider=${data.provider}
    .kpis=${data.kpis}
    active-kpi=${args.activeKpi || nothing}
    lang=${args.lang || nothing}
    dir=${args.dir || nothing}
    @kpi-activate=${action('kpi-activate')}
  ></hub-overview>`;
}

const meta: Meta<HubOverviewArgs> = {
  title: 'Elements/Hub overview',
  component: 'hub-overview',
  tags: ['autodocs'],
  args: {activeKpi: '', lang: '', dir: ''},
  argTypes: {
    activeKpi: {control: 'select', options: ['', ...OVERVIEW_KPI_IDS]},
    lang: {control: 'select', options: LANGUAGES},
    dir: {control: 'inline-radio', options: ['', 'ltr', 'rtl']},
    ...withoutControls('active-kpi', 'kpis', 'provider', 'contextLocale'),
  },
  parameters: {
    docs: {
      description: {
        component: `Connected stories use an \`InMemoryProvider\` over ${CUSTOMERS} generated customers (seed 1). The element does not mark a tile itself: the host handles \`kpi-activate\` and sets \`active-kpi\` (use the control).`,
      },
    },
  },
  render: (args) => overview(args, {provider: populatedProvider(CUSTOMERS)}),
};

export default meta;

type Story = StoryObj<HubOverviewArgs>;

/** `active-kpi` (the tile marked as filtering the list), `lang` (unset: the toolbar's locale) and `dir`. */
export const Playground: Story = {};

export const Populated: Story = {};

export const ActiveFilter: Story = {args: {activeKpi: 'lowAssignment'}};

export const Loading: Story = {render: (args) => overview(args, {provider: loadingProvider()})};

export const ErrorState: Story = {render: (args) => overview(args, {provider: failingProvider()})};

/** No customer has a Meetings or Calling record. */
export const Empty: Story = {
  render: (args) =>
    overview(args, {kpis: {asOf: '2026-06-15T00:00:00Z', totalCustomers: 0, nearingExpiration: 0, nearingRenewal: 0, lowAssignment: 0, overLimit: 0, rules: RULES}}),
};

/** Presentational, with other rule settings: the rule texts follow them. */
export const OtherRules: Story = {
  render: (args) =>
    overview(args, {
      kpis: {
        asOf: '2026-06-15T00:00:00Z',
        totalCustomers: 123_456,
        nearingExpiration: 1_234,
        nearingRenewal: 5_678,
        lowAssignment: 91,
        overLimit: 7,
        rules: {...RULES, windowDays: 60, lowAssignmentFactor: 0.4, lowAssignmentMinAgeDays: 45},
      },
    }),
};

/** The error text comes from the provider: markup in it is shown as text. */
export const HostileStrings: Story = {
  render: (args) => overview(args, {provider: failingProvider('<img src=x onerror=alert(1)> is down')}),
};

export const German: Story = {args: {lang: 'de'}};

export const Japanese: Story = {args: {lang: 'ja'}};

/** 20,000 customers. */
export const LargeData: Story = {render: (args) => overview(args, {provider: populatedProvider(20_000)})};
