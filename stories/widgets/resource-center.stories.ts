import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import type {PartnerHubDataProvider, Resource, ResourcesAnswer} from '@partner-hub/core';
import '../../packages/widgets/src/resource-center/define.ts';
import {failingProvider, LANGUAGES, loadingProvider, populatedProvider, withoutControls} from './support.ts';

interface ResourceCenterArgs {
  search: string;
  category: string;
  product: string;
  lang: string;
  dir: string;
}

function center(args: ResourceCenterArgs, data: {provider?: PartnerHubDataProvider; resources?: ResourcesAnswer}): TemplateResult {
  return html`<resource-center
    .provider=${data.provider}
    .resources=${data.resources}
    search=${args.search}
    category=${args.category}
    product=${args.product}
    lang=${args.lang || nothing}
    dir=${args.dir || nothing}
  ></resource-center>`;
}

function answerOf(all: Resource[], helpdesk: ResourcesAnswer['helpdesk']): ResourcesAnswer {
  const distinct = (values: string[]) => [...new Set(values)].sort();
  return {
    quickLinks: all.slice(0, 3),
    featured: all.slice(3, 5),
    all,
    helpdesk,
    categories: distinct(all.map((resource) => resource.category)),
    products: distinct(all.map((resource) => resource.product)),
  };
}

const meta: Meta<ResourceCenterArgs> = {
  title: 'Elements/Resource center',
  component: 'resource-center',
  tags: ['autodocs'],
  args: {search: '', category: '', product: '', lang: '', dir: ''},
  argTypes: {
    search: {control: 'text'},
    category: {control: 'text'},
    product: {control: 'text'},
    lang: {control: 'select', options: LANGUAGES},
    dir: {control: 'inline-radio', options: ['', 'ltr', 'rtl']},
    ...withoutControls('resources', 'provider', 'contextLocale'),
  },
  parameters: {
    docs: {description: {component: 'Connected stories use an `InMemoryProvider` over generated data (seed 1), whose resources are the generator’s fixed list.'}},
  },
  render: (args) => center(args, {provider: populatedProvider(50)}),
};

export default meta;

type Story = StoryObj<ResourceCenterArgs>;

/** `search`, `category`, `product`, `lang` (unset: the toolbar's locale) and `dir`. */
export const Playground: Story = {};

export const Populated: Story = {};

export const Searched: Story = {args: {search: 'calling'}};

export const Filtered: Story = {args: {category: 'Technical', product: 'calling'}};

export const NoMatches: Story = {args: {search: 'no such resource'}};

export const Loading: Story = {render: (args) => center(args, {provider: loadingProvider()})};

export const ErrorState: Story = {render: (args) => center(args, {provider: failingProvider()})};

export const Empty: Story = {
  render: (args) => center(args, {resources: answerOf([], {url: 'https://partners.example.com/helpdesk', phone: '+1 888 555 0142'})}),
};

/**
 * Titles, categories and products with markup show as text; `javascript:`, `data:` and `mailto:`
 * URLs show as plain text instead of links.
 */
export const HostileStrings: Story = {
  render: (args) =>
    center(args, {
      resources: answerOf(
        [
          {title: '<img src=x onerror=alert(1)>', url: 'https://example.com/a', category: '<b>Bold</b>', product: 'calling'},
          {title: 'javascript: link', url: 'javascript:alert(1)', category: 'Support', product: 'general'},
          {title: 'data: link', url: 'data:text/html,<script>alert(1)</script>', category: 'Support', product: 'general'},
          {title: '<script>alert("featured")</script>', url: 'https://example.com/b', category: 'Support', product: '<i>x</i>'},
          {title: 'mailto: link', url: 'mailto:someone@example.com', category: 'Support', product: 'general'},
        ],
        {url: 'javascript:alert(2)', phone: '+1 (888) 555-0142'},
      ),
    }),
};

export const German: Story = {args: {lang: 'de'}};

export const Japanese: Story = {args: {lang: 'ja', search: '日本語'}};
