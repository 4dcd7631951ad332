import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {
  generateDataset,
  InMemoryProvider,
  type CallingAnalytics,
  type PartnerHubDataProvider,
} from '../../packages/core/src/index.ts';
import '../../packages/widgets/src/call-quality-table/define.ts';
import '../../packages/widgets/src/call-queue-insights/define.ts';
import '../../packages/widgets/src/calling-usage-table/define.ts';
import type {CallQualityTable} from '../../packages/widgets/src/call-quality-table/call-quality-table.ts';
import type {CallQueueInsights} from '../../packages/widgets/src/call-queue-insights/call-queue-insights.ts';
import type {CallingUsageTable} from '../../packages/widgets/src/calling-usage-table/calling-usage-table.ts';
import type {KpiTile} from '../../packages/widgets/src/kpi-tile/kpi-tile.ts';
import {controllableProvider} from '../helpers/fixtures.ts';
import {parseCsv} from '../helpers/parse-csv.ts';
import {$, $$, text} from '../helpers/shadow.ts';

type CallingElement = CallingUsageTable | CallQualityTable | CallQueueInsights;

const XSS_NAME = '<img src=x onerror=alert(1)>';
const TAGS = ['calling-usage-table', 'call-quality-table', 'call-queue-insights'] as const;

const dataset = generateDataset({customers: 200, seed: 1});

function cells(el: Element, row: number): string[] {
  return [...$$(el, 'tbody tr')[row]!.children].map(text);
}

function headers(el: Element): string[] {
  return $$(el, 'th').map(text);
}

async function settled(el: Element & {updateComplete: Promise<boolean>}): Promise<void> {
  await waitUntil(() => $(el, 'table, .table-empty, .state--error'), 'the element did not finish loading');
  await el.updateComplete;
}

async function mount<E extends CallingElement>(tag: (typeof TAGS)[number], provider: PartnerHubDataProvider): Promise<E> {
  const el = document.createElement(tag) as E;
  el.provider = provider;
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(el);
  await settled(el);
  return el;
}

async function present<E extends CallingElement>(tag: (typeof TAGS)[number], analytics: CallingAnalytics, lang = 'en'): Promise<E> {
  const el = document.createElement(tag) as E;
  el.analytics = analytics;
  el.lang = lang;
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(el);
  await el.updateComplete;
  return el;
}

/** The real provider, counting getCallingAnalytics calls. */
function countingProvider(inner: PartnerHubDataProvider) {
  let calls = 0;
  const provider = new Proxy(inner, {
    get(target, key) {
      if (key === 'getCallingAnalytics') {
        return (options?: {signal?: AbortSignal}) => {
          calls += 1;
          return target.getCallingAnalytics(options);
        };
      }
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {provider, calls: () => calls};
}

const en = (value: number | null, options: Intl.NumberFormatOptions = {maximumFractionDigits: 0}) =>
  value === null ? '—' : new Intl.NumberFormat('en', options).format(value);
const ms = (value: number | null) => en(value, {style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0});
const pct1 = (value: number | null) => en(value, {style: 'percent', maximumFractionDigits: 1});

describe('calling tables', () => {
  let provider: InMemoryProvider;
  let answer: CallingAnalytics;

  before(async () => {
    provider = new InMemoryProvider(dataset);
    answer = await provider.getCallingAnalytics();
  });

  describe('<calling-usage-table>', () => {
    it('shows each customer’s usage last week as the provider answered it', async () => {
      const el = await mount<CallingUsageTable>('calling-usage-table', provider);
      expect(text($(el, 'h3'))).to.equal('Customers and usage');
      expect(headers(el)).to.deep.equal([
        'Customer',
        'Calling licenses assigned / total',
        'Active users',
        'Calls',
        'Minutes',
        'Calls per active user',
        'Change in calls vs. the week before',
        'Calls, last 8 weeks',
      ]);
      expect(text($(el, '.range'))).to.equal(`1–25 of ${answer.customersUsage.length}`);
      answer.customersUsage.slice(0, 25).forEach((row, index) => {
        const shown = cells(el, index);
        expect(shown.slice(0, 7)).to.deep.equal([
          row.customerName,
          `${en(row.assignedLicenses)} / ${en(row.totalLicenses)}`,
          en(row.activeUsers),
          en(row.calls),
          en(row.minutes),
          en(row.callsPerActiveUser, {maximumFractionDigits: 1}),
          en(row.callsChange, {signDisplay: 'exceptZero', maximumFractionDigits: 0}),
        ]);
        expect(shown[7]).to.equal(row.callsByWeek.map((calls) => (calls === null ? 'no data' : en(calls))).join(', '));
      });
      await expect(el).to.be.accessible();
    });

    it('draws the sparkline hidden from assistive technology, broken where a week has no data', async () => {
      const gappy = answer.customersUsage.find((row) => row.callsByWeek.includes(null) && row.callsByWeek.some((calls) => calls !== null))!;
      const full = answer.customersUsage.find((row) => !row.callsByWeek.includes(null))!;
      const el = await present<CallingUsageTable>('calling-usage-table', {...answer, customersUsage: [full, gappy]});
      const [fullSvg, gappySvg] = $$<SVGSVGElement>(el, 'svg.sparkline');
      expect(fullSvg!.getAttribute('aria-hidden')).to.equal('true');
      expect(fullSvg!.querySelectorAll('polyline').length).to.equal(1);
      expect(fullSvg!.querySelector('polyline')!.getAttribute('points')!.split(' ').length).to.equal(8);
      const drawn = [...gappySvg!.querySelectorAll('polyline')].reduce((sum, line) => sum + line.getAttribute('points')!.split(' ').length, 0) +
        gappySvg!.querySelectorAll('circle').length;
      expect(drawn).to.equal(gappy.callsByWeek.filter((calls) => calls !== null).length);
      expect(cells(el, 1)[7]).to.contain('no data');
    });

    it('exports every customer with the 8 weeks as columns', async () => {
      const el = await mount<CallingUsageTable>('calling-usage-table', provider);
      const lines = parseCsv(el.exportCsv().slice(1));
      expect(lines[0]).to.deep.equal([
        'Customer',
        'Calling licenses assigned',
        'Calling licenses total',
        'Active users',
        'Calls',
        'Minutes',
        'Calls per active user',
        'Change in calls vs. the week before',
        ...answer.weeks.map((week) => `Calls in the week of ${week.slice(0, 10)}`),
      ]);
      expect(lines.length - 1).to.equal(answer.customersUsage.length);
      answer.customersUsage.forEach((row, index) => {
        expect(lines[index + 1]).to.deep.equal(
          [row.customerName, row.assignedLicenses, row.totalLicenses, row.activeUsers, row.calls, row.minutes, row.callsPerActiveUser, row.callsChange, ...row.callsByWeek].map(
            (value) => (value === null ? '' : String(value)),
          ),
        );
      });
    });

    it('sorts by calls with customers without data last', async () => {
      const el = await mount<CallingUsageTable>('calling-usage-table', provider);
      const button = $$(el, 'th button').find((node) => text(node) === 'Calls')!;
      button.click();
      await el.updateComplete;
      button.click();
      await el.updateComplete;
      expect(button.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
      const calls = parseCsv(el.exportCsv().slice(1))
        .slice(1)
        .map((line) => line[4]!);
      const withData = calls.filter((value) => value !== '').map(Number);
      expect(withData).to.deep.equal([...withData].sort((a, b) => b - a));
      expect(calls.slice(withData.length).every((value) => value === '')).to.equal(true);
      expect(withData.length).to.be.lessThan(calls.length);
      expect(cells(el, 0)[3]).to.equal(en(withData[0]!));
    });
  });

  describe('<call-quality-table>', () => {
    it('shows each customer’s call quality last week as the provider answered it', async () => {
      const el = await mount<CallQualityTable>('call-quality-table', provider);
      expect(headers(el)).to.deep.equal([
        'Customer',
        'Calls with media',
        'Poor calls',
        'Poor rate',
        'Average jitter',
        'Average latency',
        'Average packet loss',
        'Worst endpoint type',
        'Change in poor rate vs. the week before',
      ]);
      const labels: Record<string, string> = {
        desktopApp: 'Desktop app',
        mobileApp: 'Mobile app',
        deskPhone: 'Desk phone',
        webBrowser: 'Web browser',
        thirdPartySip: 'Third-party SIP device',
      };
      answer.customersQuality.slice(0, 25).forEach((row, index) => {
        expect(cells(el, index)).to.deep.equal([
          row.customerName,
          en(row.callsWithMedia),
          en(row.poorCalls),
          pct1(row.poorRate),
          ms(row.avgJitterMs),
          ms(row.avgLatencyMs),
          pct1(row.avgPacketLossPct === null ? null : row.avgPacketLossPct / 100),
          row.worstEndpoint === null ? '—' : labels[row.worstEndpoint]!,
          row.poorRateChange === null ? '—' : `${en(row.poorRateChange * 100, {signDisplay: 'exceptZero', maximumFractionDigits: 1})} pp`,
        ]);
      });
      expect(answer.customersQuality.slice(0, 25).some((row) => row.callsWithMedia === null)).to.equal(true);
      expect(answer.customersQuality.slice(0, 25).some((row) => row.poorRateChange !== null && row.poorRateChange !== 0)).to.equal(true);
      expect(text($(el, '[part="rule"]'))).to.contain('packet loss is 5% or more, its latency 400 ms or more, or its jitter 150 ms or more');
      await expect(el).to.be.accessible();
    });

    it('exports rates as fractions and the change in percentage points', async () => {
      const el = await mount<CallQualityTable>('call-quality-table', provider);
      const lines = parseCsv(el.exportCsv().slice(1));
      expect(lines[0]!.at(-1)).to.equal('Change in poor rate vs. the week before (percentage points)');
      const row = answer.customersQuality.find((candidate) => candidate.poorRateChange !== null && candidate.poorRateChange !== 0)!;
      const line = lines.find((cells) => cells[0] === row.customerName)!;
      expect(Number(line[3])).to.equal(row.poorRate);
      expect(Number(line.at(-1))).to.be.closeTo(row.poorRateChange! * 100, 1e-4);
      expect(line.at(-2)).to.equal(row.worstEndpoint === 'desktopApp' ? 'Desktop app' : line.at(-2));
    });
  });

  describe('<call-queue-insights>', () => {
    it('shows the three KPIs and one row per customer with queue data', async () => {
      const el = await mount<CallQueueInsights>('call-queue-insights', provider);
      const tiles = $$<KpiTile>(el, 'kpi-tile').map((tile) => ({kpi: tile.kpi, value: tile.value, format: tile.format}));
      expect(tiles).to.deep.equal([
        {kpi: 'avgTimeToAnswer', value: answer.queue.avgTimeToAnswer, format: 'duration'},
        {kpi: 'avgWaitBeforeAbandon', value: answer.queue.avgWaitBeforeAbandon, format: 'duration'},
        {kpi: 'abandonRate', value: answer.queue.abandonRate, format: 'percent'},
      ]);
      expect(answer.queue.rows.length).to.be.greaterThan(0);
      expect($$(el, 'tbody tr').length).to.equal(Math.min(25, answer.queue.rows.length));
      const seconds = (value: number) => {
        const total = Math.round(value);
        return total < 60 ? `${total} sec` : total % 60 === 0 ? `${total / 60} min` : `${Math.floor(total / 60)} min ${total % 60} sec`;
      };
      answer.queue.rows.slice(0, 25).forEach((row, index) => {
        expect(cells(el, index)).to.deep.equal([
          row.customerName,
          en(row.queues),
          en(row.offered),
          en(row.answered),
          en(row.abandoned),
          pct1(row.abandonRate),
          seconds(row.avgTimeToAnswerSec),
          seconds(row.avgWaitBeforeAbandonSec),
        ]);
      });
      await expect(el).to.be.accessible();
    });

    it('exports the averages in seconds', async () => {
      const el = await mount<CallQueueInsights>('call-queue-insights', provider);
      const lines = parseCsv(el.exportCsv().slice(1));
      expect(lines[0]).to.deep.equal([
        'Customer',
        'Queues',
        'Calls offered',
        'Answered',
        'Abandoned',
        'Abandon rate',
        'Average time to answer (seconds)',
        'Average wait before abandoning (seconds)',
      ]);
      expect(lines.slice(1)).to.deep.equal(
        answer.queue.rows.map((row) =>
          [row.customerName, row.queues, row.offered, row.answered, row.abandoned, row.abandonRate ?? '', row.avgTimeToAnswerSec, row.avgWaitBeforeAbandonSec].map(String),
        ),
      );
    });
  });

  describe('states', () => {
    for (const tag of TAGS) {
      it(`${tag}: loading, then error with Retry, then populated`, async () => {
        const {provider: slow, pending} = controllableProvider(provider);
        const el = document.createElement(tag) as CallingElement;
        el.provider = slow;
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        await el.updateComplete;
        expect(el.matches(':state(loading)')).to.equal(true);
        expect($(el, '[role="status"]') !== null).to.equal(true);
        await expect(el).to.be.accessible();

        pending[0]!.fail(new Error('Calling analytics are not available (HTTP 503).'));
        await settled(el);
        expect(el.matches(':state(error)')).to.equal(true);
        expect(text($(el, '[role="alert"]'))).to.contain('Calling analytics are not available (HTTP 503).');
        await expect(el).to.be.accessible();

        $(el, '[role="alert"] button')!.click();
        await waitUntil(() => pending.length === 2, 'Retry did not ask again');
        pending[1]!.release();
        await waitUntil(() => $(el, 'table'), 'Retry did not load');
        expect(el.matches(':state(error)') || el.matches(':state(loading)')).to.equal(false);
      });

      it(`${tag}: empty`, async () => {
        const empty: CallingAnalytics = {
          ...answer,
          customersUsage: [],
          customersQuality: [],
          queue: {queueCustomers: 0, avgTimeToAnswer: null, avgWaitBeforeAbandon: null, abandonRate: null, rows: []},
        };
        const el = await present(tag, empty);
        expect(el.matches(':state(empty)')).to.equal(true);
        expect($(el, 'table') === null).to.equal(true);
        expect(text($(el, '[part="empty"]'))).to.equal(
          tag === 'call-queue-insights' ? 'No customer had call queue activity last week.' : 'No customer has calling.',
        );
        await expect(el).to.be.accessible();
      });

      it(`${tag}: renders a hostile customer name as text`, async () => {
        const hostile: CallingAnalytics = {
          ...answer,
          customersUsage: [{...answer.customersUsage[0]!, customerName: XSS_NAME}],
          customersQuality: [{...answer.customersQuality[0]!, customerName: XSS_NAME, worstEndpoint: '<b>phone</b>'}],
          queue: {...answer.queue, rows: [{...answer.queue.rows[0]!, customerName: XSS_NAME}]},
        };
        const el = await present(tag, hostile);
        expect($(el, 'img, b') === null).to.equal(true);
        expect($(el, '.cut')!.textContent).to.equal(XSS_NAME);
        expect($(el, '.cut')!.title).to.equal(XSS_NAME);
      });
    }
  });

  it('the three calling elements share one provider call', async () => {
    const {provider: counting, calls} = countingProvider(provider);
    const container = await fixture<HTMLDivElement>(html`<div>
      <calling-usage-table .provider=${counting}></calling-usage-table>
      <call-quality-table .provider=${counting}></call-quality-table>
      <call-queue-insights .provider=${counting}></call-queue-insights>
    </div>`);
    for (const tag of TAGS) await settled(container.querySelector(tag)!);
    expect(calls()).to.equal(1);
  });

  it('formats numbers for the locale', async () => {
    const el = await present<CallingUsageTable>('calling-usage-table', answer, 'de');
    const row = answer.customersUsage[0]!;
    expect(cells(el, 0)[4]).to.equal(new Intl.NumberFormat('de', {maximumFractionDigits: 0}).format(row.minutes!));
  });
});
