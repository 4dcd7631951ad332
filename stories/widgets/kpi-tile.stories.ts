import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing, type TemplateResult} from 'lit';
import {action} from 'storybook/actions';
import type {KpiFormat} from '@partner-hub/widgets';
import '@partner-hub/widgets/define';
import {LANGUAGES, withoutControls} from './support.ts';

interface KpiTileArgs {
  kpi: string;
  label: string;
  value: number | null;
  format: KpiFormat;
  delta: number | null;
  deltaLabel: string;
  rule: string;
  interactive: boolean;
  selected: boolean;
  loading: boolean;
  lang: string;
  dir: string;
}

function tile(args: KpiTileArgs): TemplateResult {
  return html`<div style="max-width: 16rem">
    <kpi-tile
      kpi=${args.kpi}
      label=${args.label}
      .value=${args.value}
      format=${args.format}
      .delta=${args.delta}
      .deltaLabel=${args.deltaLabel || undefined}
      rule=${args.rule}
      ?interactive=${args.interactive}
      ?selected=${args.selected}
      ?loading=${args.loading}
      lang=${args.lang || nothing}
      dir=${args.dir || nothing}
      @kpi-activate=${action('kpi-activate')}
    ></kpi-tile>
  </div>`;
}

const meta: Meta<KpiTileArgs> = {
  title: 'Elements/KPI tile',
  component: 'kpi-tile',
  tags: ['autodocs'],
  args: {
    kpi: 'nearingExpiration',
    label: 'Nearing expiration',
    value: 42,
    format: 'number',
    delta: 5,
    deltaLabel: '',
    rule: 'Customers whose subscriptions end within 90 days',
    interactive: false,
    selected: false,
    loading: false,
    lang: '',
    dir: '',
  },
  argTypes: {
    kpi: {control: 'text'},
    label: {control: 'text'},
    value: {control: 'number'},
    format: {control: 'inline-radio', options: ['number', 'percent', 'duration']},
    delta: {control: 'number'},
    deltaLabel: {control: 'text'},
    rule: {control: 'text'},
    interactive: {control: 'boolean'},
    selected: {control: 'boolean'},
    loading: {control: 'boolean'},
    lang: {control: 'select', options: LANGUAGES},
    dir: {control: 'inline-radio', options: ['', 'ltr', 'rtl']},
    ...withoutControls('delta-label', 'contextLocale'),
  },
  render: tile,
};

export default meta;

type Story = StoryObj<KpiTileArgs>;

export const Playground: Story = {};

export const Count: Story = {
  args: {kpi: 'totalCustomers', label: 'Total customers', value: 12_345, delta: null, rule: ''},
};

/** A rate (0..1) shown as a percentage, with its change in percentage points. */
export const Percent: Story = {
  args: {kpi: 'assignmentRate', label: 'Licences assigned', value: 0.734, format: 'percent', delta: 0.021, rule: 'Assigned licences of all licences bought'},
};

/** Seconds, shown as hours, minutes and seconds. */
export const Duration: Story = {
  args: {kpi: 'averageCall', label: 'Average call', value: 187, format: 'duration', delta: -14, rule: ''},
};

/** No value (null): the tile shows "—" and hides the change. */
export const MissingValue: Story = {
  args: {value: null, delta: null},
};

export const RisingDelta: Story = {
  args: {delta: 12},
};

export const FallingDelta: Story = {
  args: {kpi: 'overLimit', label: 'Over license limit', value: 3, delta: -4, deltaLabel: 'vs. last month', rule: 'Customers with more licences assigned than bought'},
};

/** Interactive tiles are buttons that fire `kpi-activate`; the selected one is marked (`aria-current`). */
export const InteractiveAndSelected: Story = {
  render: (args) => html`<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 12px">
    ${tile({...args, kpi: 'nearingExpiration', label: 'Nearing expiration', value: 42, interactive: true, selected: true})}
    ${tile({...args, kpi: 'nearingRenewal', label: 'Nearing renewal', value: 17, delta: -2, interactive: true, rule: 'Auto-renewing within 90 days'})}
    ${tile({...args, kpi: 'overLimit', label: 'Over license limit', value: 3, delta: 0, interactive: true, rule: 'More licences assigned than bought'})}
  </div>`,
};

export const Loading: Story = {
  args: {loading: true},
};

/** The rule as slotted content instead of the `rule` property (the slot wins). */
export const RuleSlot: Story = {
  render: (args) => html`<div style="max-width: 16rem">
    <kpi-tile kpi=${args.kpi} label=${args.label} .value=${args.value} .delta=${args.delta} rule="Not shown: the slot overrides it">
      <span slot="rule">Subscriptions ending within <strong>90 days</strong>, auto-renewing ones excluded</span>
    </kpi-tile>
  </div>`,
};

/** Labels and rules come from the host: markup in them is text, never HTML. */
export const HostileStrings: Story = {
  args: {
    label: '<img src=x onerror=alert(1)>',
    rule: '<script>alert("rule")</script> & "quotes"',
    deltaLabel: '<b>vs.</b> last week',
    interactive: true,
  },
};

/** German: long words and "12.345". */
export const German: Story = {
  args: {
    lang: 'de',
    label: 'Kunden mit auslaufenden Abonnementverträgen',
    value: 12_345,
    delta: -1_234,
    deltaLabel: 'ggü. Vorwoche',
    rule: 'Kunden, deren Abonnements innerhalb von 90 Tagen enden',
  },
};

export const Japanese: Story = {
  args: {
    lang: 'ja',
    label: '期限切れが近い顧客',
    value: 12_345,
    delta: 42,
    deltaLabel: '前週比',
    rule: '90日以内にサブスクリプションが終了する顧客',
  },
};

export const RightToLeft: Story = {
  args: {lang: 'ar', dir: 'rtl', value: 1_234, delta: -3},
};
