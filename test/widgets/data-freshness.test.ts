import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {generateDataset, InMemoryProvider, type CallingAnalytics, type PartnerHubDataProvider} from '../../packages/core/src/index.ts';
import '../../packages/widgets/src/data-freshness/define.ts';
import type {DataFreshness} from '../../packages/widgets/src/data-freshness/data-freshness.ts';
import {sharedRequest} from '../../packages/widgets/src/internal/shared-request.ts';
import {controllableProvider} from '../helpers/fixtures.ts';

const DATE_TIME: Intl.DateTimeFormatOptions = {dateStyle: 'medium', timeStyle: 'short'};

/** What the viewer's own locale and time zone make of `iso` (no timeZone option). */
function viewerFormat(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale, DATE_TIME).format(new Date(iso));
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function dateText(el: DataFreshness): string {
  return text(el.shadowRoot!.querySelector('time'));
}

async function settled(el: DataFreshness): Promise<void> {
  await waitUntil(() => !el.matches(':state(loading)'), 'the date did not finish loading');
  await el.updateComplete;
}

/** The provider, counting its getCallingAnalytics calls. */
function counting(inner: PartnerHubDataProvider): {provider: PartnerHubDataProvider; calls: () => number} {
  let calls = 0;
  const provider = new Proxy(inner, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== 'function') return value;
      if (key === 'getCallingAnalytics') {
        return (...args: unknown[]) => {
          calls += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
  return {provider, calls: () => calls};
}

describe('<data-freshness>', () => {
  let provider: InMemoryProvider;
  let calling: CallingAnalytics;

  beforeEach(async () => {
    provider = new InMemoryProvider(generateDataset({customers: 20, seed: 7}));
    calling = await provider.getCallingAnalytics();
  });

  describe('connected', () => {
    it('shows the end of last week from the calling analytics, in the viewer’s locale and time zone', async () => {
      const el = await fixture<DataFreshness>(html`<data-freshness .provider=${provider}></data-freshness>`);
      await settled(el);
      // The end of last week is a Sunday, 00:00 UTC, at or before asOf.
      const end = new Date(calling.dataAsOf);
      expect(end.getUTCDay() === 0 && end.getUTCHours() === 0 && end.getTime() <= Date.parse(calling.asOf)).to.equal(true);
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(calling.dataAsOf);
      expect(dateText(el)).to.equal(viewerFormat('en', calling.dataAsOf));
      expect(text(el.shadowRoot!.querySelector('[part="base"]'))).to.contain(`Data as of ${viewerFormat('en', calling.dataAsOf)}`);
      await expect(el).to.be.accessible();
    });

    it('says it is refreshed weekly, Sunday 00:00 UTC, in the element’s language', async () => {
      const el = await fixture<DataFreshness>(html`<data-freshness data-as-of="2026-06-14T00:00:00Z"></data-freshness>`);
      const help = text(el.shadowRoot!.querySelector('[part="help"]'));
      expect(help.startsWith('Refreshed weekly: Sunday')).to.equal(true);
      expect(help).to.contain('12:00');
      expect(help).to.contain('UTC');
      el.lang = 'de';
      await el.updateComplete;
      const german = text(el.shadowRoot!.querySelector('[part="help"]'));
      expect(german).to.contain('Sonntag');
      expect(german).to.contain('00:00');
      expect(german).to.contain('UTC');
    });

    it('asks through the shared calling-analytics request: one provider call for every calling element', async () => {
      const {provider: counted, calls} = counting(provider);
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><data-freshness .provider=${counted}></data-freshness><data-freshness .provider=${counted}></data-freshness></div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll('data-freshness')];
      await settled(first!);
      await settled(second!);
      expect(calls()).to.equal(1);
      expect(dateText(first!)).to.equal(viewerFormat('en', calling.dataAsOf));
      expect(dateText(second!)).to.equal(viewerFormat('en', calling.dataAsOf));
    });

    it('joins a callingAnalytics request another element already made', async () => {
      const {provider: counted, calls} = counting(provider);
      let answer!: (value: CallingAnalytics) => void;
      const chartRequest = sharedRequest(counted, 'callingAnalytics', new AbortController().signal, () => new Promise<CallingAnalytics>((resolve) => (answer = resolve)));
      const el = await fixture<DataFreshness>(html`<data-freshness .provider=${counted}></data-freshness>`);
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(calls()).to.equal(0);
      answer({...calling, dataAsOf: '2026-03-01T00:00:00.000Z'});
      await chartRequest;
      await settled(el);
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-01T00:00:00.000Z');
      expect(calls()).to.equal(0);
    });

    it('shows loading, then the date', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<DataFreshness>(html`<data-freshness .provider=${slow}></data-freshness>`);
      await waitUntil(() => pending.length === 1, 'no provider call');
      expect(pending[0]!.method).to.equal('getCallingAnalytics');
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.contain('Loading');
      await expect(el).to.be.accessible();
      pending[0]!.release();
      await settled(el);
      expect(dateText(el)).to.equal(viewerFormat('en', calling.dataAsOf));
    });

    it('shows the provider error with Retry, and Retry loads again', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<DataFreshness>(html`<data-freshness .provider=${slow}></data-freshness>`);
      await waitUntil(() => pending.length === 1, 'no provider call');
      pending[0]!.fail(new Error('Calling analytics are unavailable.'));
      await waitUntil(() => el.matches(':state(error)'), 'no error state');
      expect(text(el.shadowRoot!.querySelector('[part="error"]'))).to.contain('Calling analytics are unavailable.');
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await waitUntil(() => pending.length === 2, 'Retry did not call the provider');
      pending[1]!.release();
      await settled(el);
      expect(el.matches(':state(error)')).to.equal(false);
      expect(dateText(el)).to.equal(viewerFormat('en', calling.dataAsOf));
    });
  });

  describe('presentational', () => {
    const ISO = '2026-06-14T00:00:00.000Z';

    it('formats data-as-of for German and Japanese', async () => {
      const de = await fixture<DataFreshness>(html`<data-freshness lang="de" data-as-of=${ISO}></data-freshness>`);
      const ja = await fixture<DataFreshness>(html`<data-freshness lang="ja" data-as-of=${ISO}></data-freshness>`);
      expect(dateText(de)).to.equal(viewerFormat('de', ISO));
      expect(dateText(ja)).to.equal(viewerFormat('ja', ISO));
      expect(dateText(de)).to.contain('2026');
      expect(dateText(ja)).to.contain('2026/');
      expect(dateText(de) !== dateText(ja)).to.equal(true);
      expect(text(ja.shadowRoot!.querySelector('[part="help"]'))).to.contain('日曜日');
      await expect(de).to.be.accessible();
      await expect(ja).to.be.accessible();
    });

    it('prefers data-as-of over the provider, and makes no call for it', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<DataFreshness>(html`<data-freshness .provider=${slow} data-as-of=${ISO}></data-freshness>`);
      await el.updateComplete;
      expect(pending.length).to.equal(0);
      expect(dateText(el)).to.equal(viewerFormat('en', ISO));
      el.dataAsOf = '2026-06-21T00:00:00.000Z';
      await el.updateComplete;
      expect(dateText(el)).to.equal(viewerFormat('en', '2026-06-21T00:00:00.000Z'));
    });

    it('is empty with an invalid date or no data', async () => {
      const invalid = await fixture<DataFreshness>(html`<data-freshness data-as-of="not a date"></data-freshness>`);
      expect(invalid.matches(':state(empty)')).to.equal(true);
      expect(invalid.shadowRoot!.querySelector('time') === null).to.equal(true);
      expect(text(invalid.shadowRoot!.querySelector('[part="base"]'))).to.contain('Data date not known yet.');
      await expect(invalid).to.be.accessible();
      const none = await fixture<DataFreshness>(html`<data-freshness></data-freshness>`);
      expect(none.matches(':state(empty)')).to.equal(true);
    });
  });
});
