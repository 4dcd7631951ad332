import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, type TemplateResult} from 'lit';
import {until} from 'lit/directives/until.js';
import {generateDataset, InMemoryProvider, OVERVIEW_KPI_IDS, type OverviewKpiId} from '@partner-hub/core';

interface DatasetArgs {
  customers: number;
  seed: number;
}

const kpiLabels: Record<OverviewKpiId, string> = {
  totalCustomers: 'Total customers',
  nearingExpiration: 'Nearing expiration',
  nearingRenewal: 'Nearing renewal',
  lowAssignment: 'Low license assignment',
  overLimit: 'Over license limit',
};

/** Generates the dataset and asks an InMemoryProvider about it: every figure shown is computed. */
async function renderSummary({customers, seed}: DatasetArgs): Promise<TemplateResult> {
  const started = performance.now();
  const dataset = generateDataset({customers, seed});
  const generationMs = performance.now() - started;
  const provider = new InMemoryProvider(dataset);
  const [session, kpis] = await Promise.all([provider.getSession(), provider.getOverviewKpis()]);
  const count = new Intl.NumberFormat('en');
  const milliseconds = new Intl.NumberFormat('en', {style: 'unit', unit: 'millisecond', maximumFractionDigits: 0});
  const rows: [string, string][] = [
    ['Partner', session.partner.name],
    ['Viewer', session.viewer.name],
    ['Role', session.role],
    ['Data as of', new Intl.DateTimeFormat('en', {dateStyle: 'medium', timeStyle: 'short'}).format(new Date(dataset.asOf))],
    ['Customers', count.format(dataset.customers.length)],
    ['Subscriptions and trials', count.format(dataset.subscriptions.length)],
    ['Calling weeks', count.format(dataset.calling.length)],
    ...OVERVIEW_KPI_IDS.map((id): [string, string] => [kpiLabels[id], count.format(kpis[id])]),
    ['Generated in', milliseconds.format(generationMs)],
  ];
  return html`
    <table style="border-collapse: collapse; font: 14px/1.5 system-ui, sans-serif">
      <caption style="text-align: start; font-weight: 600">Generated dataset, seed ${seed}</caption>
      ${rows.map(
        ([label, value]) => html`<tr>
          <th scope="row" style="text-align: start; padding: 2px 16px 2px 0; font-weight: 400">${label}</th>
          <td style="text-align: end; font-variant-numeric: tabular-nums">${value}</td>
        </tr>`,
      )}
    </table>
  `;
}

const meta: Meta<DatasetArgs> = {
  title: 'Core/Dataset',
  argTypes: {
    customers: {control: {type: 'number', min: 1, max: 100_000, step: 1}},
    seed: {control: {type: 'number', min: 0, step: 1}},
  },
  render: (args) => html`${until(
    renderSummary(args).catch((error: unknown) => html`<p role="alert">${String(error)}</p>`),
    html`<p>Generating…</p>`,
  )}`,
};

export default meta;

type Story = StoryObj<DatasetArgs>;

export const GeneratedDataset: Story = {
  args: {customers: 2_000, seed: 1},
};

export const LargeDataset: Story = {
  args: {customers: 50_000, seed: 7},
};
