import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import type {AnalyticsProduct, PartnerHubDataProvider, SubscriptionAnalytics} from '@partner-hub/core';
import '../../packages/widgets/src/subscription-section/define.ts';
import {SUBSCRIPTION_SECTIONS, type SubscriptionSectionId} from '../../packages/widgets/src/subscription-section/subscription-section.columns.ts';
import {changedProvider, withHostileNames} from './analytics-support.ts';
import {failingProvider, LANGUAGES, loadingProvider, populatedProvider, withoutControls} from './support.ts';

/** Customers in the dataset behind the connected stories. */
const CUSTOMERS = 200;
const LARGE = 20_000;

interface SubscriptionSectionArgs {
  section: SubscriptionSectionId;
  product: AnalyticsProduct;
  lang: string;
  dir: string;
}

/** Every section without rows (and its KPIs at zero). */
function emptied(answer: SubscriptionAnalytics): SubscriptionAnalytics {
  return {
    ...answer,
    recentlyAdded: {newCustomers: 0, totalLicenses: 0, rows: []},
    expiring: {expiringCustomers: 0, assignmentRate: null, usageRate: null, rows: []},
    renewing: {renewingCustomers: 0, assignmentRate: null, usageRate: null, rows: []},
    lowAssignment: {...answer.lowAssignment, lowAssignmentCustomers: 0, assignmentRate: null, usageWhenAssignedRate: null, unassignedLicenses: 0, rows: []},
    overLimit: {overageCustomers: 0, overageLicenses: 0, averageOverage: null, rows: []},
  };
}

/** Customer names and subscription ids replaced by markup, formulas, very long and right-to-left text. */
function hostile(answer: SubscriptionAnalytics): SubscriptionAnalytics {
  const rename = <R extends {customerName: string; subscriptionId: string}>(rows: R[]): R[] =>
    withHostileNames(rows).map((row) => ({...row, subscriptionId: `<b>${row.subscriptionId}</b>`}));
  return {
    ...answer,
    recentlyAdded: {...answer.recentlyAdded, rows: rename(answer.recentlyAdded.rows)},
    expiring: {...answer.expiring, rows: rename(answer.expiring.rows)},
    renewing: {...answer.renewing, rows: rename(answer.renewing.rows)},
    lowAssignment: {...answer.lowAssignment, rows: rename(answer.lowAssignment.rows)},
    overLimit: {...answer.overLimit, rows: rename(answer.overLimit.rows)},
  };
}

function section(provider: PartnerHubDataProvider, args: SubscriptionSectionArgs): TemplateResult {
  return html`<subscription-section
    .provider=${provider}
    section=${args.section}
    product=${args.product}
    lang=${args.lang || nothing}
    dir=${args.dir || nothing}
  ></subscription-section>`;
}

const meta: Meta<SubscriptionSectionArgs> = {
  title: 'Elements/Subscription section',
  component: 'subscription-section',
  tags: ['autodocs'],
  args: {section: 'recently-added', product: 'meetings', lang: '', dir: ''},
  argTypes: {
    section: {control: 'select', options: SUBSCRIPTION_SECTIONS},
    product: {control: 'inline-radio', options: ['meetings', 'calling']},
    lang: {control: 'select', options: LANGUAGES},
    dir: {control: 'inline-radio', options: ['', 'ltr', 'rtl']},
    ...withoutControls('analytics', 'provider', 'contextLocale'),
  },
  parameters: {
    docs: {
      description: {
        component: `Connected stories use an \`InMemoryProvider\` over ${CUSTOMERS} generated customers (seed 1).`,
      },
    },
  },
  render: (args) => section(populatedProvider(CUSTOMERS), args),
};

export default meta;

type Story = StoryObj<SubscriptionSectionArgs>;

export const Playground: Story = {};

/** All five sections of one product; they share one provider call. */
export const AllSections: Story = {
  render: (args) => html`<div style="display: grid; gap: 32px">
    ${SUBSCRIPTION_SECTIONS.map((id) => section(populatedProvider(CUSTOMERS), {...args, section: id}))}
  </div>`,
};

export const Expiring: Story = {args: {section: 'expiring'}};

export const Renewing: Story = {args: {section: 'renewing'}};

/** The rule in words, with the peer median it compared against. */
export const LowAssignment: Story = {args: {section: 'low-assignment'}};

export const OverLimit: Story = {args: {section: 'over-limit'}};

export const Calling: Story = {args: {product: 'calling'}};

/** The provider never answers (after 30 seconds the element reports the timeout, with Retry). */
export const Loading: Story = {
  render: (args) => section(loadingProvider(), args),
};

/** No subscriptions in the section: a sentence, and the KPI tiles at 0. */
export const Empty: Story = {
  render: (args) => section(changedProvider(CUSTOMERS, 'getSubscriptionAnalytics', emptied), args),
};

/** The provider fails; Retry asks again. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => section(failingProvider(), args),
};

/** Names with markup, a formula, very long and right-to-left text: all shown as text, long ones cut. */
export const HostileStrings: Story = {
  render: (args) => section(changedProvider(CUSTOMERS, 'getSubscriptionAnalytics', hostile), args),
};

export const German: Story = {args: {lang: 'de'}};

export const Japanese: Story = {args: {lang: 'ja'}};

/** 20,000 customers: thousands of rows, 25 rendered per page. */
export const LargeData: Story = {
  render: (args) => section(populatedProvider(LARGE), args),
};

/** Presentational: the host sets `analytics`; nothing is loaded. */
export const Presentational: Story = {
  loaders: [async () => ({analytics: await populatedProvider(CUSTOMERS).getSubscriptionAnalytics('meetings')})],
  render: (args, {loaded}) => html`<subscription-section
    section=${args.section}
    .analytics=${(loaded as {analytics: SubscriptionAnalytics}).analytics}
    lang=${args.lang || nothing}
  ></subscription-section>`,
};
