import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import type {CustomerRow} from '@partner-hub/core';
import '@partner-hub/widgets/define';
import {EDGE_CASE_COUNT, LANGUAGES, populatedProvider, withoutControls} from './support.ts';

interface LicenseBarArgs {
  total: number;
  assigned: number;
  used: number;
  compact: boolean;
  lang: string;
  dir: string;
}

function bar({total, assigned, used, compact, lang, dir}: LicenseBarArgs): TemplateResult {
  return html`<div style="max-width: 24rem">
    <license-bar .total=${total} .assigned=${assigned} .used=${used} ?compact=${compact} lang=${lang || nothing} dir=${dir || nothing}></license-bar>
  </div>`;
}

const meta: Meta<LicenseBarArgs> = {
  title: 'Elements/License bar',
  component: 'license-bar',
  tags: ['autodocs'],
  args: {total: 50, assigned: 30, used: 12, compact: false, lang: '', dir: ''},
  argTypes: {
    total: {control: {type: 'number', step: 1}},
    assigned: {control: {type: 'number', step: 1}},
    used: {control: {type: 'number', step: 1}},
    compact: {control: 'boolean'},
    lang: {control: 'select', options: LANGUAGES},
    dir: {control: 'inline-radio', options: ['', 'ltr', 'rtl']},
    ...withoutControls('contextLocale'),
  },
  parameters: {
    docs: {
      description: {
        component: 'Hover or focus a bar for the detail with each share of the total; Escape dismisses it.',
      },
    },
  },
  render: bar,
};

export default meta;

type Story = StoryObj<LicenseBarArgs>;

/** Change the counts: the segments follow, and the text equivalent says the same in words. */
export const Playground: Story = {};

export const AllAssigned: Story = {
  args: {total: 50, assigned: 50, used: 41},
};

/** More assigned than bought: the bar scales to the assignments, marks the limit and hatches the overage. */
export const OverTheLimit: Story = {
  args: {total: 50, assigned: 60, used: 55},
};

/** No licences at all: an empty bar, and "—" for the shares in the detail (nothing to divide by). */
export const ZeroTotal: Story = {
  args: {total: 0, assigned: 0, used: 0},
};

/** Licences assigned on a subscription of none: everything is over the limit. */
export const AssignedOnZeroTotal: Story = {
  args: {total: 0, assigned: 5, used: 2},
};

/** Negative and non-numeric counts (bad data from a host) read as 0. */
export const InvalidCounts: Story = {
  args: {total: 20, assigned: -4, used: Number.NaN},
};

/** The thin variant for table rows: no legend, the detail still on hover and focus. */
export const Compact: Story = {
  args: {compact: true},
};

/** German number formatting: "1.234". */
export const German: Story = {
  args: {total: 48_000, assigned: 45_210, used: 39_876, lang: 'de'},
};

export const Japanese: Story = {
  args: {total: 48_000, assigned: 49_210, used: 39_876, lang: 'ja'},
};

export const RightToLeft: Story = {
  args: {total: 50, assigned: 60, used: 20, lang: 'ar', dir: 'rtl'},
};

/**
 * Compact bars for the generator's 42 forced edge-case customers: zero licences, licences assigned
 * on a zero total, tens of thousands of licences, overage, no licence history.
 */
export const GeneratedCustomers: StoryObj<LicenseBarArgs & {rows?: CustomerRow[]}> = {
  loaders: [async () => ({rows: (await populatedProvider(EDGE_CASE_COUNT).listCustomers({offset: 0, limit: EDGE_CASE_COUNT})).items})],
  render: (_args, {loaded}) => html`<table style="border-collapse: collapse; font: 14px/1.5 system-ui, sans-serif">
    <thead>
      <tr>
        <th scope="col" style="text-align: start; padding: 4px 16px 4px 0">Customer</th>
        <th scope="col" style="text-align: start; padding: 4px 0; width: 12rem">Licences</th>
      </tr>
    </thead>
    <tbody>
      ${(loaded['rows'] as CustomerRow[]).map(
        (row) => html`<tr>
          <td style="padding: 4px 16px 4px 0">${row.name}</td>
          <td style="padding: 4px 0">
            <license-bar compact .total=${row.licenses.total} .assigned=${row.licenses.assigned} .used=${row.licenses.used}></license-bar>
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`,
};
