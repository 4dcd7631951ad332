import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {
  generateDataset,
  InMemoryProvider,
  type PartnerHubDataProvider,
  type Resource,
  type ResourcesAnswer,
} from '../../packages/core/src/index.ts';
import '../../packages/widgets/src/resource-center/define.ts';
import {RESOURCE_SEARCH_DELAY_MS, type ResourceCenter} from '../../packages/widgets/src/resource-center/resource-center.ts';
import {controllableProvider} from '../helpers/fixtures.ts';

const XSS_TITLE = '<img src=x onerror="window.__resourceXss = true">';

function $(el: ResourceCenter, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function $$(el: ResourceCenter, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The visible title of each item of a list (without the new-tab hint). */
function titles(el: ResourceCenter, list: string): string[] {
  return $$(el, `${list} > li`).map((item) => {
    const title = item.querySelector('a, .title')!.cloneNode(true) as Element;
    for (const hint of title.querySelectorAll('.visually-hidden, [aria-hidden="true"]')) hint.remove();
    return (title.textContent ?? '').trim();
  });
}

function hrefs(el: ResourceCenter, list: string): (string | null)[] {
  return $$(el, `${list} > li`).map((item) => item.querySelector('a')?.getAttribute('href') ?? null);
}

async function settled(el: ResourceCenter): Promise<void> {
  await waitUntil(() => !el.matches(':state(loading)') && $(el, '.center, .state'), 'the resources did not finish loading');
  await el.updateComplete;
}

function resource(title: string, url: string, category = 'Support', product = 'general'): Resource {
  return {title, url, category, product};
}

function answerOf(all: Resource[], extra: Partial<ResourcesAnswer> = {}): ResourcesAnswer {
  return {
    quickLinks: [],
    featured: [],
    all,
    helpdesk: {url: 'https://help.example.com/'},
    categories: [...new Set(all.map((r) => r.category))].sort(),
    products: [...new Set(all.map((r) => r.product))].sort(),
    ...extra,
  };
}

async function choose(el: ResourceCenter, part: string, value: string): Promise<void> {
  const select = $(el, `[part="${part}"]`) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function typeSearch(el: ResourceCenter, value: string): Promise<void> {
  const input = $(el, '[part="search"]') as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({type: value});
}

async function searchApplied(el: ResourceCenter, value: string): Promise<void> {
  await waitUntil(() => el.search === value, 'the search was not applied');
  await el.updateComplete;
}

describe('<resource-center>', () => {
  let provider: InMemoryProvider;
  let answer: ResourcesAnswer;

  beforeEach(async () => {
    provider = new InMemoryProvider(generateDataset({customers: 10, seed: 2}));
    answer = await provider.getResources();
  });

  async function mount(source: PartnerHubDataProvider = provider): Promise<ResourceCenter> {
    const el = await fixture<ResourceCenter>(html`<resource-center .provider=${source}></resource-center>`);
    await settled(el);
    return el;
  }

  describe('connected', () => {
    it('shows the quick links, featured resources, all resources and helpdesk the provider answers', async () => {
      const el = await mount();
      expect(answer.quickLinks.length > 0 && answer.featured.length > 0 && answer.all.length > 10).to.equal(true);
      expect(titles(el, '.quick')).to.deep.equal(answer.quickLinks.map((r) => r.title));
      expect(hrefs(el, '.quick')).to.deep.equal(answer.quickLinks.map((r) => r.url));
      expect(titles(el, '.featured')).to.deep.equal(answer.featured.map((r) => r.title));
      expect(titles(el, '.all')).to.deep.equal(answer.all.map((r) => r.title));
      expect(hrefs(el, '.all')).to.deep.equal(answer.all.map((r) => r.url));
      expect(text($(el, '[role="status"]'))).to.equal(`Showing ${answer.all.length} of ${answer.all.length}`);
      const helpdesk = $(el, '[part="helpdesk"]')!;
      expect(helpdesk.querySelector('a[target="_blank"]')!.getAttribute('href')).to.equal(answer.helpdesk.url);
      expect(helpdesk.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:+18885550142');
      expect(text(helpdesk)).to.contain(answer.helpdesk.phone!);
      await expect(el).to.be.accessible();
    });

    it('offers the provider’s categories and products as filters', async () => {
      const el = await mount();
      const values = (part: string) => [...($(el, `[part="${part}"]`) as HTMLSelectElement).options].map((option) => option.value);
      expect(values('category-filter')).to.deep.equal(['', ...answer.categories]);
      expect(values('product-filter')).to.deep.equal(['', ...answer.products]);
      const labels = [...($(el, '[part="product-filter"]') as HTMLSelectElement).options].map((option) => option.textContent!.trim());
      expect(labels).to.include.members(['Any product', 'General', 'Calling', 'Meetings']);
    });

    it('opens links in a new tab without opener or referrer, and says so', async () => {
      const el = await mount();
      const links = $$(el, 'a[href^="http"]');
      expect(links.length).to.equal(answer.quickLinks.length + answer.featured.length + answer.all.length + 1);
      for (const link of links) {
        expect(link.getAttribute('target')).to.equal('_blank');
        expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
        expect(text(link)).to.contain('(opens in a new tab)');
      }
    });

    it('shows loading, then the answer', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<ResourceCenter>(html`<resource-center .provider=${slow}></resource-center>`);
      await waitUntil(() => pending.length === 1, 'no provider call');
      expect(pending[0]!.method).to.equal('getResources');
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.equal(true);
      expect($(el, '[part="loading"]') !== null).to.equal(true);
      await expect(el).to.be.accessible();
      pending[0]!.release();
      await settled(el);
      expect(el.matches(':state(loading)')).to.equal(false);
      expect(titles(el, '.all').length).to.equal(answer.all.length);
    });

    it('shows the provider error with Retry, and Retry loads again', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<ResourceCenter>(html`<resource-center .provider=${slow}></resource-center>`);
      await waitUntil(() => pending.length === 1, 'no provider call');
      pending[0]!.fail(new Error('Resources are unavailable.'));
      await waitUntil(() => el.matches(':state(error)'), 'no error state');
      expect(text($(el, '[part="error"]'))).to.contain('Resources are unavailable.');
      await expect(el).to.be.accessible();
      ($(el, '[part="error"] button') as HTMLButtonElement).click();
      await waitUntil(() => pending.length === 2, 'Retry did not call the provider');
      pending[1]!.release();
      await settled(el);
      expect(el.matches(':state(error)')).to.equal(false);
      expect(titles(el, '.all').length).to.equal(answer.all.length);
    });
  });

  describe('presentational and empty', () => {
    it('is empty without resources, and still shows the helpdesk', async () => {
      const el = await fixture<ResourceCenter>(html`<resource-center .resources=${answerOf([])}></resource-center>`);
      await settled(el);
      expect(el.matches(':state(empty)')).to.equal(true);
      expect(text($(el, '[part="empty"]'))).to.equal('There are no resources yet.');
      expect($(el, '[part="helpdesk"] a')!.getAttribute('href')).to.equal('https://help.example.com/');
      await expect(el).to.be.accessible();
    });

    it('is empty with neither data nor provider', async () => {
      const el = await fixture<ResourceCenter>(html`<resource-center></resource-center>`);
      expect(el.matches(':state(empty)')).to.equal(true);
    });

    it('prefers the resources property over the provider, and makes no call for it', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const mine = answerOf([resource('Only mine', 'https://example.com/mine')]);
      const el = await fixture<ResourceCenter>(html`<resource-center .provider=${slow} .resources=${mine}></resource-center>`);
      await settled(el);
      expect(pending.length).to.equal(0);
      expect(titles(el, '.all')).to.deep.equal(['Only mine']);
    });
  });

  describe('safety', () => {
    it('shows javascript:, data: and other non-http URLs as plain text, never as links', async () => {
      const all = [
        resource('Run me', 'javascript:alert(1)'),
        resource('Data me', 'data:text/html,<script>alert(1)</script>'),
        resource('Mail me', 'mailto:someone@example.com'),
        resource('Fine', 'https://example.com/fine'),
      ];
      const el = await fixture<ResourceCenter>(
        html`<resource-center .resources=${answerOf(all, {quickLinks: [all[0]!], featured: [all[1]!], helpdesk: {url: 'javascript:alert(2)', phone: 'call javascript:alert(3)'}})}></resource-center>`,
      );
      await settled(el);
      expect(hrefs(el, '.all')).to.deep.equal([null, null, null, 'https://example.com/fine']);
      expect(titles(el, '.all')).to.deep.equal(['Run me', 'Data me', 'Mail me', 'Fine']);
      expect(hrefs(el, '.quick')).to.deep.equal([null]);
      expect(hrefs(el, '.featured')).to.deep.equal([null]);
      const anchors = $$(el, 'a');
      expect(anchors.length).to.equal(1);
      expect(anchors.some((a) => /^(javascript|data|mailto):/i.test(a.getAttribute('href') ?? ''))).to.equal(false);
      const helpdesk = $(el, '[part="helpdesk"]')!;
      expect(helpdesk.querySelector('a') === null).to.equal(true);
      expect(text(helpdesk)).to.contain('javascript:alert(2)');
      expect(text(helpdesk)).to.contain('call javascript:alert(3)');
      await expect(el).to.be.accessible();
    });

    it('renders markup in titles, categories and products as text', async () => {
      const all = [resource(XSS_TITLE, 'https://example.com/x', '<b>Cat</b>', '<i>prod</i>')];
      const el = await fixture<ResourceCenter>(html`<resource-center .resources=${answerOf(all, {featured: all})}></resource-center>`);
      await settled(el);
      expect(titles(el, '.all')).to.deep.equal([XSS_TITLE]);
      expect(text($(el, '.all'))).to.contain('<b>Cat</b> · <i>prod</i>');
      expect(el.shadowRoot!.querySelectorAll('img, b, i').length).to.equal(0);
      expect((window as {__resourceXss?: boolean}).__resourceXss === undefined).to.equal(true);
    });
  });

  describe('search and filters', () => {
    it('applies typed search after a pause, case- and accent-insensitively', async () => {
      const el = await mount();
      await typeSearch(el, 'HOCHSCHULE FUR');
      // Debounced: nothing is filtered while typing goes on.
      expect(el.search).to.equal('');
      expect(titles(el, '.all').length).to.equal(answer.all.length);
      await searchApplied(el, 'HOCHSCHULE FUR');
      expect(titles(el, '.all')).to.deep.equal(['Case study: Hochschule für Gestaltung']);
      expect(el.getAttribute('search')).to.equal('HOCHSCHULE FUR');
      expect(text($(el, '[role="status"]'))).to.equal(`Showing 1 of ${answer.all.length}`);
    });

    it('matches every term in title, category or product, and applies at once on Enter', async () => {
      const el = await mount();
      await typeSearch(el, 'francais');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.search).to.equal('francais');
      expect(titles(el, '.all')).to.deep.equal(['Guide partenaire : Meetings (français)']);
      el.search = 'training calling';
      await el.updateComplete;
      const expected = answer.all.filter((r) => r.category === 'Training' && r.product === 'calling').map((r) => r.title);
      expect(expected.length > 0).to.equal(true);
      expect(titles(el, '.all')).to.deep.equal(expected);
    });

    it('takes the search set by property into the input without waiting', async () => {
      const el = await mount();
      el.search = 'Service status';
      await el.updateComplete;
      expect(($(el, '[part="search"]') as HTMLInputElement).value).to.equal('Service status');
      expect(titles(el, '.all')).to.deep.equal(['Service status']);
    });

    it('filters by category and product, together and with the search', async () => {
      const el = await mount();
      await choose(el, 'category-filter', 'Technical');
      expect(el.category).to.equal('Technical');
      expect(titles(el, '.all')).to.deep.equal(answer.all.filter((r) => r.category === 'Technical').map((r) => r.title));
      await choose(el, 'product-filter', 'calling');
      expect(el.product).to.equal('calling');
      const technicalCalling = answer.all.filter((r) => r.category === 'Technical' && r.product === 'calling');
      expect(technicalCalling.length > 1).to.equal(true);
      expect(titles(el, '.all')).to.deep.equal(technicalCalling.map((r) => r.title));
      el.search = 'quality';
      await el.updateComplete;
      expect(titles(el, '.all')).to.deep.equal(['Troubleshoot poor call quality']);
      await choose(el, 'category-filter', '');
      await choose(el, 'product-filter', 'general');
      el.search = '';
      await el.updateComplete;
      expect(titles(el, '.all')).to.deep.equal(answer.all.filter((r) => r.product === 'general').map((r) => r.title));
      // Quick links and featured stay whole: the filters are for the list of all resources.
      expect(titles(el, '.quick').length).to.equal(answer.quickLinks.length);
    });

    it('says when nothing matches, and Clear brings every resource back', async () => {
      const el = await mount();
      await choose(el, 'category-filter', 'Training');
      el.search = 'zzz-no-such-resource';
      await el.updateComplete;
      expect($(el, '.all') === null).to.equal(true);
      const noMatch = $(el, '[part="no-match"]')!;
      expect(text(noMatch)).to.contain('No resources match the search and filters.');
      expect(text($(el, '[role="status"]'))).to.equal(`Showing 0 of ${answer.all.length}`);
      await expect(el).to.be.accessible();
      (noMatch.querySelector('button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.search).to.equal('');
      expect(el.category).to.equal('');
      expect(($(el, '[part="search"]') as HTMLInputElement).value).to.equal('');
      expect(($(el, '[part="category-filter"]') as HTMLSelectElement).value).to.equal('');
      expect(titles(el, '.all').length).to.equal(answer.all.length);
      expect(el.shadowRoot!.activeElement === $(el, '[part="search"]')).to.equal(true);
    });

    it('waits the debounce delay before applying', async () => {
      const el = await mount();
      await typeSearch(el, 'escalation');
      await new Promise((resolve) => setTimeout(resolve, RESOURCE_SEARCH_DELAY_MS / 3));
      expect(el.search).to.equal('');
      await searchApplied(el, 'escalation');
      expect(titles(el, '.all')).to.deep.equal(['Escalation matrix']);
    });
  });
});
