/**
 * The live examples of the Theming page (Docs/Theming): not in the sidebar, shown there. Each
 * renders a few presentational elements, so it needs no provider and no chart runtime.
 */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, type TemplateResult} from 'lit';
import '../../packages/widgets/src/kpi-tile/define.ts';
import '../../packages/widgets/src/license-bar/define.ts';
import '../../packages/widgets/src/product-toggle/define.ts';
import {REBRAND_CSS} from './rebrand.ts';

function sample(): TemplateResult {
  return html`<div style="display: grid; gap: 1rem; max-width: 36rem">
    <product-toggle product="calling"></product-toggle>
    <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem">
      <kpi-tile kpi="nearingExpiration" label="Nearing expiration" value="42" delta="5" rule="Customers whose subscriptions end within 90 days"></kpi-tile>
      <kpi-tile kpi="overLimit" label="Over license limit" value="3" interactive selected rule="More licences assigned than bought"></kpi-tile>
    </div>
    <license-bar total="50" assigned="38" used="21"></license-bar>
  </div>`;
}

const meta: Meta = {
  title: 'Docs/Theming examples',
  tags: ['!dev', '!autodocs'],
  parameters: {layout: 'padded'},
};
export default meta;

type Story = StoryObj;

/** The kit's own look, for comparison. */
export const Default: Story = {render: () => sample()};

/** The same elements inside `.acme`: a plain rule of the host's, in any order with the kit's. */
export const Rebranded: Story = {
  render: () => html`<style>
      ${REBRAND_CSS}
    </style>
    <div class="acme">${sample()}</div>`,
};

/** `data-ph-theme` nests: the nearest ancestor with the attribute wins. */
export const NestedThemes: Story = {
  render: () => html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr))">
    <div data-ph-theme="dark" style="padding: 1rem; background: var(--ph-color-surface)">
      <kpi-tile label="Inside data-ph-theme=&quot;dark&quot;" value="1234"></kpi-tile>
      <div data-ph-theme="light" style="margin-top: 1rem; padding: 1rem; background: var(--ph-color-surface)">
        <kpi-tile label="Inside a light area in the dark one" value="56"></kpi-tile>
      </div>
    </div>
  </div>`,
};
