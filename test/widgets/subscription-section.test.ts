import {ContextProvider} from '@lit/context';
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {
  generateDataset,
  InMemoryProvider,
  type AnalyticsProduct,
  type PartnerHubDataProvider,
  type SubscriptionAnalytics,
} from '../../packages/core/src/index.ts';
import {productContext} from '../../packages/widgets/src/internal/context.ts';
import type {KpiTile} from '../../packages/widgets/src/kpi-tile/kpi-tile.ts';
import type {LicenseBar} from '../../packages/widgets/src/license-bar/license-bar.ts';
import '../../packages/widgets/src/subscription-section/define.ts';
import type {SubscriptionSection} from '../../packages/widgets/src/subscription-section/subscription-section.ts';
import {controllableProvider} from '../helpers/fixtures.ts';
import {parseCsv} from '../helpers/parse-csv.ts';
import {$, $$, text} from '../helpers/shadow.ts';

const XSS_NAME = '<img src=x onerror=alert(1)>';
const SECTIONS = ['recently-added', 'expiring', 'renewing', 'low-assignment', 'over-limit'] as const;

const dataset = generateDataset({customers: 200, seed: 1});

function headers(el: SubscriptionSection): string[] {
  return $$(el, 'th').map(text);
}

function cells(el: SubscriptionSection, row: number): string[] {
  return [...$$(el, 'tbody tr')[row]!.children].map(text);
}

function tiles(el: SubscriptionSection): {kpi: string; value: number | null; format: string}[] {
  return $$<KpiTile>(el, 'kpi-tile').map((tile) => ({kpi: tile.kpi, value: tile.value, format: tile.format}));
}

/** Waits until the section shows data, its empty sentence or an error. */
async function settled(el: SubscriptionSection): Promise<void> {
  await waitUntil(() => $(el, 'table, .table-empty, .state--error'), 'the section did not finish loading');
  await el.updateComplete;
}

/** The real provider, counting the calls of getSubscriptionAnalytics per product. */
function countingProvider(inner: PartnerHubDataProvider = new InMemoryProvider(dataset)) {
  const calls: AnalyticsProduct[] = [];
  const provider = new Proxy(inner, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (key === 'getSubscriptionAnalytics') {
        return (product: AnalyticsProduct, options?: {signal?: AbortSignal}) => {
          calls.push(product);
          return target.getSubscriptionAnalytics(product, options);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {provider, calls};
}

async function mount(section: string, provider: PartnerHubDataProvider, product: AnalyticsProduct = 'meetings'): Promise<SubscriptionSection> {
  const el = await fixture<SubscriptionSection>(
    html`<subscription-section section=${section} product=${product} .provider=${provider}></subscription-section>`,
  );
  await settled(el);
  return el;
}

const en = (value: number, options: Intl.NumberFormatOptions = {maximumFractionDigits: 0}) => new Intl.NumberFormat('en', options).format(value);
const days = (value: number) => en(value, {style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 0});
const months = (value: number) => en(value, {style: 'unit', unit: 'month', unitDisplay: 'long', maximumFractionDigits: 0});
const percent = (value: number | null) => (value === null ? '—' : en(value, {style: 'percent', maximumFractionDigits: 0}));
const change = (value: number | null) => (value === null ? '—' : en(value, {signDisplay: 'exceptZero', maximumFractionDigits: 0}));

describe('<subscription-section>', () => {
  let provider: InMemoryProvider;
  let meetings: SubscriptionAnalytics;
  let calling: SubscriptionAnalytics;

  before(async () => {
    provider = new InMemoryProvider(dataset);
    meetings = await provider.getSubscriptionAnalytics('meetings');
    calling = await provider.getSubscriptionAnalytics('calling');
  });

  describe('populated: the numbers are the provider answer', () => {
    it('recently added: KPIs, columns and the first rows', async () => {
      const el = await mount('recently-added', provider);
      const data = meetings.recentlyAdded;
      expect(tiles(el)).to.deep.equal([
        {kpi: 'newCustomers', value: data.newCustomers, format: 'number'},
        {kpi: 'totalLicenses', value: data.totalLicenses, format: 'number'},
      ]);
      expect(text($(el, 'h3'))).to.equal('Recently added (last 90 days)');
      expect(headers(el)).to.deep.equal([
        'Customer',
        'Subscription ID',
        'Days since added',
        'Total licenses',
        'Used / assigned / available',
        'Weekly assignment change',
        'Weekly usage change',
      ]);
      expect(data.rows.length).to.be.greaterThan(25);
      expect($$(el, 'tbody tr').length).to.equal(25);
      expect(text($(el, '.range'))).to.equal(`1–25 of ${data.rows.length}`);
      data.rows.slice(0, 25).forEach((row, index) => {
        expect(cells(el, index)).to.deep.equal([
          row.customerName,
          row.subscriptionId,
          days(row.daysSinceAdded),
          en(row.totalLicenses),
          '',
          change(row.weeklyAssignmentChange),
          change(row.weeklyUsageChange),
        ]);
      });
      const bars = $$<LicenseBar>(el, 'tbody license-bar');
      expect(bars.map((bar) => [bar.total, bar.assigned, bar.used])).to.deep.equal(
        data.rows.slice(0, 25).map((row) => [row.totalLicenses, row.assigned, row.used]),
      );
      expect(data.rows.some((row) => row.weeklyUsageChange !== null && row.weeklyUsageChange > 0)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    for (const section of ['expiring', 'renewing'] as const) {
      it(`${section}: KPIs as rates, days until the end and usage last 3 months`, async () => {
        const el = await mount(section, provider);
        const data = meetings[section];
        const customers = section === 'expiring' ? meetings.expiring.expiringCustomers : meetings.renewing.renewingCustomers;
        expect(tiles(el)).to.deep.equal([
          {kpi: section === 'expiring' ? 'expiringCustomers' : 'renewingCustomers', value: customers, format: 'number'},
          {kpi: 'assignmentRate', value: data.assignmentRate, format: 'percent'},
          {kpi: 'usageRate', value: data.usageRate, format: 'percent'},
        ]);
        expect(headers(el)[2]).to.equal(section === 'expiring' ? 'Days until expiration' : 'Days until renewal');
        expect(headers(el).length).to.equal(6);
        expect(data.rows.length).to.be.greaterThan(0);
        data.rows.slice(0, 25).forEach((row, index) => {
          expect(cells(el, index)).to.deep.equal([
            row.customerName,
            row.subscriptionId,
            days(row.daysUntilEnd),
            en(row.totalLicenses),
            '',
            en(row.usageLast3Months),
          ]);
        });
        await expect(el).to.be.accessible();
      });
    }

    it('low assignment: four KPIs, the rule in words, assigned count and share', async () => {
      const el = await mount('low-assignment', provider);
      const data = meetings.lowAssignment;
      expect(tiles(el)).to.deep.equal([
        {kpi: 'lowAssignmentCustomers', value: data.lowAssignmentCustomers, format: 'number'},
        {kpi: 'assignmentRate', value: data.assignmentRate, format: 'percent'},
        {kpi: 'usageWhenAssignedRate', value: data.usageWhenAssignedRate, format: 'percent'},
        {kpi: 'unassignedLicenses', value: data.unassignedLicenses, format: 'number'},
      ]);
      const rule = text($(el, '[part="rule"]'));
      expect(rule).to.contain('at least 30 days ago');
      expect(rule).to.contain('below 0.5 × the median');
      expect(data.peerMedian).to.be.a('number');
      expect(rule).to.contain(`(median: ${percent(data.peerMedian)})`);
      expect(headers(el)).to.deep.equal([
        'Customer',
        'Subscription ID',
        'Months since added',
        'Assigned licenses',
        'Total licenses',
        'Used / assigned / available',
        'Weekly assignment change',
      ]);
      data.rows.forEach((row, index) => {
        expect(cells(el, index)).to.deep.equal([
          row.customerName,
          row.subscriptionId,
          months(row.monthsSinceAdded),
          `${en(row.assigned)} (${percent(row.assignedRate)})`,
          en(row.totalLicenses),
          '',
          change(row.weeklyAssignmentChange),
        ]);
      });
      await expect(el).to.be.accessible();
    });

    it('over limit: overage KPIs, months remaining, auto-renew yes/no, assigned and used with shares', async () => {
      const el = await mount('over-limit', provider);
      const data = meetings.overLimit;
      expect(tiles(el)).to.deep.equal([
        {kpi: 'overageCustomers', value: data.overageCustomers, format: 'number'},
        {kpi: 'overageLicenses', value: data.overageLicenses, format: 'number'},
        {kpi: 'averageOverage', value: data.averageOverage, format: 'number'},
      ]);
      expect(data.rows.length).to.be.greaterThan(0);
      data.rows.forEach((row, index) => {
        expect(cells(el, index)).to.deep.equal([
          row.customerName,
          row.subscriptionId,
          months(row.monthsRemaining),
          row.autoRenew ? 'Yes' : 'No',
          en(row.totalLicenses),
          `${en(row.assigned)} (${percent(row.assignedRate)})`,
          `${en(row.used)} (${percent(row.usedRate)})`,
        ]);
      });
      await expect(el).to.be.accessible();
    });

    it('follows the locale for numbers and units', async () => {
      const el = await fixture<SubscriptionSection>(
        html`<subscription-section lang="de" section="recently-added" .analytics=${meetings}></subscription-section>`,
      );
      const row = meetings.recentlyAdded.rows[0]!;
      expect(cells(el, 0)[2]).to.equal(new Intl.NumberFormat('de', {style: 'unit', unit: 'day', unitDisplay: 'long'}).format(row.daysSinceAdded));
    });
  });

  describe('sorting and CSV', () => {
    it('sorts by a column and exports all rows in that order', async () => {
      const el = await mount('recently-added', provider);
      const button = $$(el, 'th button').find((node) => text(node) === 'Days since added')!;
      button.click();
      await el.updateComplete;
      button.click();
      await el.updateComplete;
      expect(button.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
      const expected = [...meetings.recentlyAdded.rows].sort((a, b) => b.daysSinceAdded - a.daysSinceAdded);
      expect(cells(el, 0)[2]).to.equal(days(expected[0]!.daysSinceAdded));

      const csv = el.exportCsv();
      expect(csv.startsWith('\uFEFF')).to.equal(true);
      const lines = parseCsv(csv.slice(1));
      expect(lines[0]).to.deep.equal([
        'Customer',
        'Subscription ID',
        'Days since added',
        'Total licenses',
        'Used licenses',
        'Assigned licenses',
        'Available licenses',
        'Weekly assignment change',
        'Weekly usage change',
      ]);
      expect(lines.length - 1).to.equal(meetings.recentlyAdded.rows.length);
      expect(lines.slice(1).map((line) => Number(line[2]))).to.deep.equal(expected.map((row) => row.daysSinceAdded));
      const first = expected[0]!;
      const line = lines.find((cells) => cells[1] === first.subscriptionId)!;
      expect(line.slice(3, 7)).to.deep.equal([first.totalLicenses, first.used, first.assigned, first.available].map(String));
    });

    it('exports shares as fractions and auto-renew as Yes / No', async () => {
      const el = await mount('over-limit', provider);
      const lines = parseCsv(el.exportCsv().slice(1));
      expect(lines[0]).to.deep.equal([
        'Customer',
        'Subscription ID',
        'Months remaining',
        'Auto-renew',
        'Total licenses',
        'Assigned licenses',
        'Assigned share of total',
        'Used licenses',
        'Used share of total',
      ]);
      meetings.overLimit.rows.forEach((row, index) => {
        expect(lines[index + 1]).to.deep.equal(
          [row.customerName, row.subscriptionId, row.monthsRemaining, row.autoRenew ? 'Yes' : 'No', row.totalLicenses, row.assigned, row.assignedRate ?? '', row.used, row.usedRate ?? ''].map(String),
        );
      });
    });
  });

  describe('states', () => {
    it('is accessible while loading, with the KPI tiles as placeholders', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<SubscriptionSection>(html`<subscription-section section="expiring" .provider=${slow}></subscription-section>`);
      await el.updateComplete;
      expect(pending.length).to.equal(1);
      expect(el.matches(':state(loading)')).to.equal(true);
      expect($(el, '[role="status"]') !== null).to.equal(true);
      expect($$<KpiTile>(el, 'kpi-tile').every((tile) => tile.loading)).to.equal(true);
      await expect(el).to.be.accessible();
      pending[0]!.release();
      await settled(el);
      expect(el.matches(':state(loading)')).to.equal(false);
    });

    it('shows an error with Retry, and Retry loads again', async () => {
      let fail = true;
      const flaky = new Proxy(provider, {
        get(target, key) {
          if (key === 'getSubscriptionAnalytics') {
            return (product: AnalyticsProduct, options?: {signal?: AbortSignal}) =>
              fail ? Promise.reject(new Error('Analytics are down (HTTP 503).')) : target.getSubscriptionAnalytics(product, options);
          }
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const el = await mount('over-limit', flaky);
      expect(text($(el, '[role="alert"]'))).to.contain('Analytics are down (HTTP 503).');
      expect(el.matches(':state(error)')).to.equal(true);
      await expect(el).to.be.accessible();
      fail = false;
      $(el, '[role="alert"] button')!.click();
      await waitUntil(() => $(el, 'table'), 'Retry did not load');
      expect(el.matches(':state(error)')).to.equal(false);
    });

    it('shows a sentence when there are no rows, and the KPIs still show 0', async () => {
      const empty: SubscriptionAnalytics = {
        ...meetings,
        overLimit: {overageCustomers: 0, overageLicenses: 0, averageOverage: null, rows: []},
      };
      const el = await fixture<SubscriptionSection>(html`<subscription-section section="over-limit" .analytics=${empty}></subscription-section>`);
      expect(text($(el, '[part="empty"]'))).to.equal('No subscriptions are over their license limit.');
      expect($(el, 'table') === null).to.equal(true);
      expect(tiles(el).map((tile) => tile.value)).to.deep.equal([0, 0, null]);
      expect($$<KpiTile>(el, 'kpi-tile').map((tile) => text(tile.shadowRoot!.querySelector('.value')))).to.deep.equal(['0', '0', '—']);
      expect(el.matches(':state(empty)')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('is empty, not loading, with neither data nor a provider', async () => {
      const el = await fixture<SubscriptionSection>(html`<subscription-section section="expiring"></subscription-section>`);
      expect(el.matches(':state(empty)')).to.equal(true);
      expect(el.matches(':state(loading)')).to.equal(false);
      expect(text($(el, '[part="empty"]'))).to.equal('No subscriptions expire in the next 90 days.');
      await expect(el).to.be.accessible();
    });

    it('is presentational without a provider', async () => {
      const el = await fixture<SubscriptionSection>(html`<subscription-section section="low-assignment" .analytics=${calling}></subscription-section>`);
      expect(tiles(el)[0]!.value).to.equal(calling.lowAssignment.lowAssignmentCustomers);
      expect($$(el, 'tbody tr').length).to.equal(Math.min(25, calling.lowAssignment.rows.length));
    });
  });

  describe('product', () => {
    it('reloads when the product changes', async () => {
      const {provider: counting, calls} = countingProvider();
      const el = await mount('recently-added', counting);
      expect(tiles(el)[0]!.value).to.equal(meetings.recentlyAdded.newCustomers);
      el.product = 'calling';
      await waitUntil(() => tiles(el)[0]!.value === calling.recentlyAdded.newCustomers, 'calling did not load');
      await settled(el);
      expect(calls).to.deep.equal(['meetings', 'calling']);
      expect($$(el, 'tbody tr').length).to.equal(Math.min(25, calling.recentlyAdded.rows.length));
      expect(cells(el, 0)[1]).to.equal(calling.recentlyAdded.rows[0]!.subscriptionId);
    });

    it('starts the new product from its first page, unsorted', async () => {
      const el = await mount('recently-added', provider);
      $$(el, 'th button')[2]!.click();
      $(el, '[part="next"]')!.click();
      await el.updateComplete;
      expect(text($(el, '.range'))).to.equal(`26–${Math.min(50, meetings.recentlyAdded.rows.length)} of ${meetings.recentlyAdded.rows.length}`);
      el.product = 'calling';
      await waitUntil(() => tiles(el)[0]!.value === calling.recentlyAdded.newCustomers, 'calling did not load');
      await settled(el);
      expect(text($(el, '.range'))).to.equal(`1–${Math.min(25, calling.recentlyAdded.rows.length)} of ${calling.recentlyAdded.rows.length}`);
      expect($$(el, '[aria-sort]').length).to.equal(0);
    });

    it('never shows a stale answer for the previous product', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<SubscriptionSection>(
        html`<subscription-section section="recently-added" product="meetings" .provider=${slow}></subscription-section>`,
      );
      await el.updateComplete;
      el.product = 'calling';
      await el.updateComplete;
      expect(pending.map((call) => call.args[0])).to.deep.equal(['meetings', 'calling']);
      expect(pending[0]!.signal!.aborted, 'the meetings request is aborted').to.equal(true);
      // The newer answer arrives first, the older one after it.
      pending[1]!.release();
      await settled(el);
      pending[0]!.release();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await el.updateComplete;
      expect(tiles(el)[0]!.value).to.equal(calling.recentlyAdded.newCustomers);
      expect(cells(el, 0)[1]).to.equal(calling.recentlyAdded.rows[0]!.subscriptionId);
    });

    it('shows loading, not the old product, while the new one loads', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<SubscriptionSection>(html`<subscription-section section="expiring" .provider=${slow}></subscription-section>`);
      pending[0]!.release();
      await settled(el);
      el.product = 'calling';
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.equal(true);
      expect($(el, 'table') === null).to.equal(true);
    });

    it('follows the product context of an enclosing hub', async () => {
      const {provider: counting, calls} = countingProvider();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const context = new ContextProvider(host, {context: productContext, initialValue: 'calling'});
      const el = document.createElement('subscription-section');
      el.section = 'over-limit';
      el.provider = counting;
      host.append(el);
      await settled(el);
      expect(tiles(el)[0]!.value).to.equal(calling.overLimit.overageCustomers);
      context.setValue('meetings');
      await waitUntil(() => calls.length === 2 && $(el, 'table'), 'the context change did not reload');
      await settled(el);
      expect(calls).to.deep.equal(['calling', 'meetings']);
      expect(tiles(el)[0]!.value).to.equal(meetings.overLimit.overageCustomers);
    });
  });

  it('five sections of one product share one provider call', async () => {
    const {provider: counting, calls} = countingProvider();
    const container = await fixture<HTMLDivElement>(html`<div>
      ${SECTIONS.map((section) => html`<subscription-section section=${section} .provider=${counting}></subscription-section>`)}
    </div>`);
    const sections = [...container.querySelectorAll('subscription-section')];
    for (const el of sections) await settled(el);
    expect(calls).to.deep.equal(['meetings']);
    expect(sections.map((el) => $$(el, 'kpi-tile').length)).to.deep.equal([2, 3, 3, 4, 3]);
  });

  it('renders a hostile customer name as text', async () => {
    const el = await mount('recently-added', provider);
    const cell = $$(el, '.cut').find((node) => node.textContent === XSS_NAME);
    const onPage = meetings.recentlyAdded.rows.findIndex((row) => row.customerName === XSS_NAME);
    expect(onPage, 'the generated hostile customer is in this section').to.be.within(0, 24);
    expect(cell !== undefined).to.equal(true);
    expect(cell!.title).to.equal(XSS_NAME);
    expect($(el, 'img') === null).to.equal(true);
  });
});
