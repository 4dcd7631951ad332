import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import {action} from 'storybook/actions';
import type {PartnerRole} from '@partner-hub/core';
import '../../packages/hub/src/define.ts';
import {dataset, failingProvider, LANGUAGES, loadingProvider, populatedProvider, ROLES, withoutControls} from '../widgets/support.ts';

interface HubArgs {
  customers: number;
  role: PartnerRole;
  product: 'meetings' | 'calling';
  lang: string;
}

/** Every event the hub's elements fire, logged in the Actions panel. */
const EVENTS = ['customer-select', 'launch-org', 'start-trial', 'tags-change', 'product-change', 'kpi-activate', 'filters-change'];

function logged(template: TemplateResult): TemplateResult {
  // One listener per event on a wrapper: the events are composed and bubble out of the hub.
  return html`<div
    @customer-select=${action('customer-select')}
    @launch-org=${action('launch-org')}
    @start-trial=${action('start-trial')}
    @tags-change=${action('tags-change')}
    @product-change=${action('product-change')}
    @kpi-activate=${action('kpi-activate')}
    @filters-change=${action('filters-change')}
  >
    ${template}
  </div>`;
}

const meta: Meta<HubArgs> = {
  title: 'Hub/Partner hub',
  component: 'partner-hub',
  tags: ['autodocs'],
  args: {customers: 200, role: 'fullAdmin', product: 'meetings', lang: ''},
  argTypes: {
    customers: {control: {type: 'select'}, options: [0, 200, 2_000, 20_000]},
    role: {control: {type: 'inline-radio'}, options: [...ROLES]},
    product: {control: {type: 'inline-radio'}, options: ['meetings', 'calling']},
    lang: {control: {type: 'select'}, options: LANGUAGES},
    ...withoutControls('provider', 'partnerDataset'),
  },
  parameters: {layout: 'padded', docs: {description: {component: `Fires (bubbling from its elements): ${EVENTS.join(', ')}.`}}},
  render: (args) =>
    logged(html`<partner-hub .provider=${populatedProvider(args.customers, args.role)} product=${args.product} lang=${args.lang || nothing}></partner-hub>`),
};
export default meta;

type Story = StoryObj<HubArgs>;

/**
 * Every control drives the hub: the dataset size and the viewer's role (an `InMemoryProvider` over
 * generated data, seed 1), `product` and `lang` (unset: the toolbar's locale).
 */
export const Playground: Story = {};

export const Customers200: Story = {name: '200 customers'};

export const Customers20000: Story = {name: '20,000 customers', args: {customers: 20_000}};

export const ReadOnlyViewer: Story = {args: {role: 'readOnly'}};

export const Calling: Story = {args: {product: 'calling'}};

export const NoCustomers: Story = {args: {customers: 0}};

export const Loading: Story = {
  render: () => html`<partner-hub .provider=${loadingProvider()}></partner-hub>`,
};

export const ProviderDown: Story = {
  render: () => html`<partner-hub .provider=${failingProvider()}></partner-hub>`,
};

/** A dataset given as JSON: validated first; its problems are listed with their JSON paths. */
export const InvalidDataset: Story = {
  render: () => {
    const broken = structuredClone(dataset(20)) as unknown as {subscriptions: {totalLicenses: number; endDate: string}[]; customers: {id: unknown}[]};
    broken.subscriptions[2]!.totalLicenses = -5;
    broken.subscriptions[4]!.endDate = 'next Tuesday';
    broken.customers[1]!.id = 17;
    return html`<partner-hub .partnerDataset=${broken}></partner-hub>`;
  },
};

export const FromDataset: Story = {
  name: 'From a dataset (JSON)',
  render: () => html`<partner-hub .partnerDataset=${dataset(200)}></partner-hub>`,
};

export const German: Story = {args: {lang: 'de'}};

export const Japanese: Story = {args: {lang: 'ja'}};

/** The hub at a given container width: its layout follows container queries, not the viewport. */
function sized(width: string, args: HubArgs): TemplateResult {
  const edge = width === '100%' ? '' : 'outline: 1px dashed var(--ph-color-border-strong);';
  return logged(html`<div style="width: ${width}; max-width: 100%; ${edge}">
    <partner-hub .provider=${populatedProvider(args.customers, args.role)} product=${args.product} lang=${args.lang || nothing}></partner-hub>
  </div>`);
}

/** Phone: the hub in a 360 px wide container; container queries stack every area. */
export const Narrow: Story = {
  name: 'Phone (360 px)',
  render: (args) => sized('360px', args),
};

/** Tablet: a 768 px wide container. */
export const Tablet: Story = {
  name: 'Tablet (768 px)',
  render: (args) => sized('768px', args),
};

/** The whole width of the page, without Storybook's padding around it. */
export const FullWidth: Story = {
  name: 'Full width',
  parameters: {layout: 'fullscreen'},
  render: (args) => sized('100%', args),
};

/** The dark theme: `data-ph-theme="dark"` on the hub or any ancestor (`auto` follows the system). */
export const Dark: Story = {
  render: (args) => html`<div data-ph-theme="dark" style="padding: 1rem; background: var(--ph-color-surface)">
    <partner-hub .provider=${populatedProvider(args.customers, args.role)} product=${args.product}></partner-hub>
  </div>`,
};
