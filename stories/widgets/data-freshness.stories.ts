import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import type {PartnerHubDataProvider} from '@partner-hub/core';
import '../../packages/widgets/src/data-freshness/define.ts';
import {failingProvider, LANGUAGES, loadingProvider, populatedProvider, withoutControls} from './support.ts';

interface DataFreshnessArgs {
  dataAsOf: string;
  lang: string;
}

function freshness(args: DataFreshnessArgs, provider?: PartnerHubDataProvider): TemplateResult {
  return html`<data-freshness .provider=${provider} data-as-of=${args.dataAsOf || nothing} lang=${args.lang || nothing}></data-freshness>`;
}

const meta: Meta<DataFreshnessArgs> = {
  title: 'Elements/Data freshness',
  component: 'data-freshness',
  tags: ['autodocs'],
  args: {dataAsOf: '', lang: ''},
  argTypes: {
    dataAsOf: {control: 'text'},
    lang: {control: 'select', options: LANGUAGES},
    ...withoutControls('data-as-of', 'provider', 'contextLocale'),
  },
  parameters: {
    docs: {
      description: {
        component: 'The date shows in the viewer’s locale and time zone. Connected stories read `dataAsOf` from the calling analytics of generated data (seed 1).',
      },
    },
  },
  render: (args) => freshness(args, args.dataAsOf ? undefined : populatedProvider(200)),
};

export default meta;

type Story = StoryObj<DataFreshnessArgs>;

/** `data-as-of` (empty: read from the provider's calling analytics) and `lang` (unset: the toolbar's locale). */
export const Playground: Story = {};

export const Populated: Story = {};

export const Presentational: Story = {args: {dataAsOf: '2026-06-14T00:00:00Z'}};

export const Loading: Story = {render: (args) => freshness(args, loadingProvider())};

export const ErrorState: Story = {render: (args) => freshness(args, failingProvider())};

/** No valid date. */
export const Empty: Story = {args: {dataAsOf: 'not a date'}};

/** The error text comes from the provider: markup in it is text. */
export const HostileStrings: Story = {render: (args) => freshness(args, failingProvider('<img src=x onerror=alert(1)> unavailable'))};

export const German: Story = {args: {lang: 'de'}};

export const Japanese: Story = {args: {lang: 'ja'}};
