import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {ContextProvider} from '@lit/context';
import {html, nothing, type TemplateResult} from 'lit';
import {action} from 'storybook/actions';
import {ANALYTICS_PRODUCTS, type AnalyticsProduct} from '@partner-hub/core';
import {productContext} from '@partner-hub/widgets';
import '../../packages/widgets/src/product-toggle/define.ts';
import {LANGUAGES, withoutControls} from './support.ts';

interface ProductToggleArgs {
  product: AnalyticsProduct;
  label: string;
  lang: string;
  dir: string;
}

function toggle(args: ProductToggleArgs): TemplateResult {
  return html`<product-toggle
    product=${args.product}
    label=${args.label || nothing}
    lang=${args.lang || nothing}
    dir=${args.dir || nothing}
    @product-change=${action('product-change')}
  ></product-toggle>`;
}

const meta: Meta<ProductToggleArgs> = {
  title: 'Elements/Product toggle',
  component: 'product-toggle',
  tags: ['autodocs'],
  args: {product: 'meetings', label: '', lang: '', dir: ''},
  argTypes: {
    product: {control: 'inline-radio', options: ANALYTICS_PRODUCTS},
    label: {control: 'text'},
    lang: {control: 'select', options: LANGUAGES},
    dir: {control: 'inline-radio', options: ['', 'ltr', 'rtl']},
    ...withoutControls('contextLocale'),
  },
  render: toggle,
};

export default meta;

type Story = StoryObj<ProductToggleArgs>;

export const Playground: Story = {};

export const Calling: Story = {args: {product: 'calling'}};

/**
 * Inside a host that provides the product context (as `<partner-hub>` does): the toggle shows the
 * host's product, and the host applies the viewer's choice by handling `product-change`.
 */
export const FollowsTheHub: Story = {
  render: (args) => {
    const host = document.createElement('div');
    const context = new ContextProvider(host, {context: productContext, initialValue: 'calling'});
    const shown = document.createElement('p');
    shown.textContent = 'Hub product: calling';
    host.addEventListener('product-change', (event) => {
      context.setValue(event.detail.product);
      shown.textContent = `Hub product: ${event.detail.product}`;
    });
    const el = document.createElement('product-toggle');
    if (args.lang) el.lang = args.lang;
    host.append(el, shown);
    return host;
  },
};

/** The label comes from the host: markup in it is text. */
export const HostileStrings: Story = {args: {label: '<img src=x onerror=alert(1)>'}};

export const German: Story = {args: {lang: 'de'}};

export const Japanese: Story = {args: {lang: 'ja'}};

export const RightToLeft: Story = {args: {lang: 'ar', dir: 'rtl'}};
