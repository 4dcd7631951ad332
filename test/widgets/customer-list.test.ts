import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {resetMouse, sendKeys, sendMouse} from '@web/test-runner-commands';
import {
  generateDataset,
  InMemoryProvider,
  ProviderError,
  type CustomerFilters,
  type CustomerPage,
  type CustomerQuery,
  type CustomerRow,
  type CustomerStatus,
  type PartnerDataset,
  type PartnerHubDataProvider,
  type Tag,
} from '../../packages/core/src/index.ts';
import '../../packages/widgets/src/customer-list/define.ts';
import type {CustomerList} from '../../packages/widgets/src/customer-list/customer-list.ts';
import {productLabel} from '../../packages/widgets/src/i18n/products.ts';
import {statusLabel} from '../../packages/widgets/src/i18n/statuses.ts';
import {parseCsv} from '../helpers/parse-csv.ts';
import {controllableProvider, expectEvent, expectNoEvent, nextFrame, withWindowOpenStub} from '../helpers/fixtures.ts';

const XSS_NAME = '<img src=x onerror=alert(1)>';
const XSS_CUSTOMER = 'cust-000034';
/** A customer with the maximum of five tags (a forced edge case of the generator). */
const FIVE_TAGS_CUSTOMER = 'cust-000033';
const USER_EVENTS = ['customer-select', 'launch-org', 'start-trial', 'tags-change'] as const;
const FILTER_LEGENDS = {managedBy: 'Managed by', product: 'Product', status: 'Status', subscriptionType: 'Subscription type', tags: 'Tags'};
type FilterName = keyof typeof FILTER_LEGENDS;

const settle = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

function freshDataset(customers = 300): PartnerDataset {
  return generateDataset({customers, seed: 1});
}

/** The dataset with the viewer switched to the first administrator of `role`. */
function datasetViewedAs(role: 'admin' | 'readOnly'): PartnerDataset {
  const dataset = freshDataset();
  const viewer = dataset.partnerAdmins.find((admin) => admin.role === role)!;
  return {...dataset, currentUser: {adminId: viewer.id}};
}

/** The real provider with some methods replaced. */
function overriding(inner: PartnerHubDataProvider, overrides: Partial<PartnerHubDataProvider>): PartnerHubDataProvider {
  return new Proxy(inner, {
    get(target, key) {
      if (key in overrides) return overrides[key as keyof PartnerHubDataProvider];
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function $<E extends Element = HTMLElement>(el: CustomerList, selector: string): E | null {
  return el.shadowRoot!.querySelector<E>(selector);
}

function $$<E extends Element = HTMLElement>(el: CustomerList, selector: string): E[] {
  return [...el.shadowRoot!.querySelectorAll<E>(selector)];
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every element in `root`, inside nested shadow roots too. */
function countElements(root: ShadowRoot | Element): number {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count += 1;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

/** The rendered rows that have data, by row index (0 = first customer). */
function renderedRows(el: CustomerList): Map<number, HTMLElement> {
  const rows = new Map<number, HTMLElement>();
  for (const row of $$(el, '.body [role="row"]')) {
    if (row.querySelector('.cell--name')) rows.set(Number(row.getAttribute('aria-rowindex')) - 2, row);
  }
  return rows;
}

/** Names of the first `count` rows, or null while any of them is not rendered with data. */
function firstNames(el: CustomerList, count: number): string[] | null {
  const rows = renderedRows(el);
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const row = rows.get(index);
    if (!row) return null;
    names.push(row.querySelector('.cell--name')!.textContent!.trim());
  }
  return names;
}

/** Waits until the first rows are `names` (and nothing is loading), then for the update to finish. */
async function expectFirstNames(el: CustomerList, names: string[], message = 'rows'): Promise<void> {
  const count = Math.min(names.length, 8);
  const wanted = JSON.stringify(names.slice(0, count));
  // A property set or click schedules an update; the grid is marked busy in it, not before.
  await el.updateComplete;
  try {
    await waitUntil(() => JSON.stringify(firstNames(el, count)) === wanted && $(el, '.grid')?.getAttribute('aria-busy') === 'false');
  } catch {
    expect(firstNames(el, count), message).to.deep.equal(names.slice(0, count));
  }
  await el.updateComplete;
}

function countText(el: CustomerList): string {
  return text($(el, '.count'));
}

/** Waits until the element shows rows, an error or an empty / no-match state. */
async function settled(el: CustomerList): Promise<void> {
  await waitUntil(() => firstNames(el, 1) || $(el, '.state--error, .state--empty'), 'the list did not finish loading');
  await el.updateComplete;
}

async function mountConnected(provider: PartnerHubDataProvider): Promise<CustomerList> {
  const el = await fixture<CustomerList>(html`<customer-list .provider=${provider}></customer-list>`);
  await settled(el);
  return el;
}

async function mountRows(rows: CustomerRow[], permissions?: {editTags?: boolean; startTrial?: boolean}): Promise<CustomerList> {
  const el = await fixture<CustomerList>(html`<customer-list .rows=${rows} .permissions=${permissions}></customer-list>`);
  await settled(el);
  return el;
}

/** What the provider answers for `query` (all matching rows). */
async function answer(provider: PartnerHubDataProvider, query: CustomerQuery = {}) {
  return provider.listCustomers({limit: 100_000, ...query});
}

async function rowsOf(provider: PartnerHubDataProvider, query: CustomerQuery = {}): Promise<CustomerRow[]> {
  return (await answer(provider, query)).items;
}

const names = (rows: readonly CustomerRow[]) => rows.map((row) => row.name);

function header(el: CustomerList, label: string): HTMLElement {
  const cell = $$(el, '[role="columnheader"]').find((candidate) => text(candidate) === label);
  if (!cell) throw new Error(`no column header "${label}"`);
  return cell;
}

function cellAt(el: CustomerList, row: number, column: number): HTMLElement | null {
  return $(el, `[data-row="${row}"][data-column="${column}"]`);
}

/** The element with the focus inside the shadow root, as [row, column] of its cell. */
function focusedCell(el: CustomerList): [number, number] | null {
  const focused = el.shadowRoot!.activeElement as HTMLElement | null;
  if (!focused || focused.dataset['row'] === undefined) return null;
  return [Number(focused.dataset['row']), Number(focused.dataset['column'])];
}

async function waitForFocus(el: CustomerList, row: number, column: number): Promise<void> {
  await waitUntil(() => JSON.stringify(focusedCell(el)) === JSON.stringify([row, column]), `focus is not on [${row}, ${column}]`).catch(() => {
    expect(focusedCell(el)).to.deep.equal([row, column]);
  });
}

async function openFilters(el: CustomerList): Promise<void> {
  $<HTMLButtonElement>(el, '[aria-controls="filters"]')!.click();
  await el.updateComplete;
  await waitUntil(() => $(el, '#filters'), 'no filter panel');
}

/** The filter panel's options of one filter: label (without the count), the count, the checkbox. */
function filterOptions(el: CustomerList, name: FilterName): {label: string; count: number; input: HTMLInputElement}[] {
  const fieldset = $$(el, '#filters fieldset').find((candidate) => text(candidate.querySelector('legend')) === FILTER_LEGENDS[name]);
  if (!fieldset) throw new Error(`no filter "${name}"`);
  return [...fieldset.querySelectorAll('label')].map((label) => {
    const match = /^(.*) \(([\d,]+|—)\)$/.exec(text(label));
    if (!match) throw new Error(`filter option without a count: "${text(label)}"`);
    return {label: match[1]!, count: match[2] === '—' ? Number.NaN : Number(match[2]!.replace(/,/g, '')), input: label.querySelector('input')!};
  });
}

/** The provider's facet counts of one filter by the label the panel shows. */
function facetsByLabel(page: CustomerPage, name: FilterName, tags: readonly Tag[]): Map<string, number> {
  const label = (value: string): string => {
    switch (name) {
      case 'managedBy':
        return value === 'partner' ? 'Partner organisation' : 'External administrator';
      case 'subscriptionType':
        return value === 'trial' ? 'Trial' : 'Subscription';
      case 'product':
        return productLabel(value);
      case 'status':
        return statusLabel(value as CustomerStatus);
      case 'tags':
        return tags.find((tag) => tag.id === value)!.label;
    }
  };
  return new Map(page.facets[name].map(({value, count}) => [label(value), count]));
}

/** Asserts the panel shows every value with a count, with the provider's count for the same query. */
function expectFacets(el: CustomerList, page: CustomerPage, tags: readonly Tag[]): void {
  for (const name of Object.keys(FILTER_LEGENDS) as FilterName[]) {
    const expected = facetsByLabel(page, name, tags);
    const shown = new Map(filterOptions(el, name).map((option) => [option.label, option.count]));
    for (const [label, count] of expected) if (count > 0) expect(shown.get(label), `${name}: ${label}`).to.equal(count);
    for (const [label, count] of shown) expect(expected.get(label) ?? 0, `${name}: ${label}`).to.equal(count);
  }
}

/** Counts the user-action events fired on `el` while `act` runs. */
async function userEventsDuring(el: CustomerList, act: () => unknown): Promise<string[]> {
  const fired: string[] = [];
  const listener = (event: Event) => fired.push(event.type);
  for (const type of USER_EVENTS) el.addEventListener(type, listener);
  try {
    await act();
    await settle(30);
  } finally {
    for (const type of USER_EVENTS) el.removeEventListener(type, listener);
  }
  return fired;
}

/** Narrows the list to one customer (by its unique org id) and waits for that row. */
async function showOnly(el: CustomerList, row: CustomerRow): Promise<void> {
  el.search = row.orgId;
  await expectFirstNames(el, [row.name]);
}

function editButton(el: CustomerList): HTMLButtonElement | null {
  return $$<HTMLButtonElement>(el, '.body button').find((button) => button.getAttribute('aria-label')?.startsWith('Edit tags')) ?? null;
}

function dialogOf(el: CustomerList): HTMLDialogElement | null {
  return $<HTMLDialogElement>(el, 'dialog');
}

function tagCheckboxes(el: CustomerList): HTMLInputElement[] {
  return [...dialogOf(el)!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
}

function chipLabels(row: HTMLElement | undefined): string[] {
  return [...(row?.querySelectorAll('.chip') ?? [])].map((chip) => text(chip));
}

describe('<customer-list>', () => {
  let provider: InMemoryProvider;
  let allRows: CustomerRow[];

  beforeEach(async () => {
    provider = new InMemoryProvider(freshDataset());
    allRows = await rowsOf(provider);
  });

  describe('accessibility', () => {
    it('is accessible while loading', async () => {
      const {provider: slow} = controllableProvider(provider);
      const el = await fixture<CustomerList>(html`<customer-list .provider=${slow}></customer-list>`);
      await el.updateComplete;
      expect($(el, '[part="loading"][role="status"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is accessible populated (connected)', async () => {
      const el = await mountConnected(provider);
      await expect(el).to.be.accessible();
    });

    it('is accessible populated (presentational), with the filter panel open', async () => {
      const el = await mountRows(allRows, {editTags: true, startTrial: true});
      await openFilters(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible when the partner has no customers', async () => {
      const el = await mountConnected(new InMemoryProvider(freshDataset(0)));
      expect(text($(el, '[part="empty"]'))).to.equal('No customers yet.');
      await expect(el).to.be.accessible();
    });

    it('is accessible when nothing matches the search', async () => {
      const el = await mountConnected(provider);
      el.search = 'zzqqxx';
      await waitUntil(() => $(el, '[part="empty"]'), 'no no-match state');
      await expect(el).to.be.accessible();
    });

    it('is accessible in the error state', async () => {
      const failing = overriding(provider, {listCustomers: () => Promise.reject(new Error('The customer service is down.'))});
      const el = await mountConnected(failing);
      expect($(el, '[part="error"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is accessible with the tag editor open', async () => {
      const el = await mountConnected(provider);
      await waitUntil(() => editButton(el), 'no tag edit button');
      editButton(el)!.click();
      await waitUntil(() => dialogOf(el)?.open, 'the tag editor did not open');
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    it('is loading until the first answer arrives, then populated', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<CustomerList>(html`<customer-list .provider=${slow}></customer-list>`);
      await waitUntil(() => pending.some((call) => call.method === 'listCustomers'), 'no listCustomers call');
      await el.updateComplete;
      expect(el.matches(':state(loading)'), 'loading state').to.equal(true);
      expect($(el, '.grid')).to.equal(null);
      for (const call of pending) call.release();
      await expectFirstNames(el, names(allRows.slice(0, 5)));
      await waitUntil(() => !el.matches(':state(loading)'), 'still loading');
      expect(el.matches(':state(empty)') || el.matches(':state(error)'), 'empty or error').to.equal(false);
      expect(countText(el)).to.equal('300 customers');
    });

    it('tells an empty dataset from a search without matches', async () => {
      const empty = await mountConnected(new InMemoryProvider(freshDataset(0)));
      expect(empty.matches(':state(empty)'), 'empty state without customers').to.equal(true);
      expect($(empty, '[part="empty"] button'), 'no "clear" action without a search').to.equal(null);

      const el = await mountConnected(provider);
      el.search = 'zzqqxx';
      await waitUntil(() => $(el, '[part="empty"]'), 'no no-match state');
      await el.updateComplete;
      expect(text($(el, '[part="empty"]'))).to.contain('No customers match your search or filters.');
      expect(el.matches(':state(empty)'), 'a search without matches is not the empty state').to.equal(false);
      $<HTMLButtonElement>(el, '[part="empty"] button')!.click();
      await expectFirstNames(el, names(allRows.slice(0, 5)));
      expect(el.search).to.equal('');
    });

    it('shows presentational empty rows as the empty state and a no-match search as no-match', async () => {
      const el = await mountRows([]);
      expect(el.matches(':state(empty)')).to.equal(true);
      expect(text($(el, '[part="empty"]'))).to.equal('No customers yet.');
      el.rows = allRows;
      await el.updateComplete;
      expect(el.matches(':state(empty)')).to.equal(false);
      el.search = 'zzqqxx';
      await el.updateComplete;
      expect(text($(el, '[part="empty"]'))).to.contain('No customers match');
    });

    it('shows an error with Retry, and Retry loads again', async () => {
      let failures = 1;
      const flaky = overriding(provider, {
        listCustomers: (query, options) =>
          failures-- > 0 ? Promise.reject(new ProviderError('invalid', 'The customer service is down.')) : provider.listCustomers(query, options),
      });
      const el = await mountConnected(flaky);
      expect(el.matches(':state(error)'), 'error state').to.equal(true);
      expect(text($(el, '[part="error"]'))).to.contain('The customer service is down.');
      const retry = $<HTMLButtonElement>(el, '[part="error"] button')!;
      expect(text(retry)).to.equal('Retry');
      retry.click();
      await expectFirstNames(el, names(allRows.slice(0, 5)));
      expect(el.matches(':state(error)')).to.equal(false);
    });
  });

  describe('connected and presentational modes', () => {
    it('loads the rows from the provider, sorted by name', async () => {
      const el = await mountConnected(provider);
      expect(countText(el)).to.equal('300 customers');
      expect(header(el, 'Name').getAttribute('aria-sort')).to.equal('ascending');
      await expectFirstNames(el, names(allRows.slice(0, 8)));
    });

    it('loads the rows further down as the grid scrolls there', async () => {
      const el = await mountConnected(provider);
      const grid = $(el, '.grid')!;
      grid.scrollTop = grid.scrollHeight;
      await waitUntil(() => renderedRows(el).has(299), 'the last rows did not load');
      const rows = renderedRows(el);
      for (const index of [295, 299]) expect(text(rows.get(index)!.querySelector('.cell--name'))).to.equal(allRows[index]!.name);
    });

    it('shows the rows the host sets, in their own order until sorted, and never calls a provider', async () => {
      let calls = 0;
      const counting = overriding(provider, {
        listCustomers: (query, options) => {
          calls += 1;
          return provider.listCustomers(query, options);
        },
      });
      const reversed = allRows.toReversed();
      const el = await fixture<CustomerList>(html`<customer-list .provider=${counting} .rows=${reversed}></customer-list>`);
      await settled(el);
      await expectFirstNames(el, names(reversed.slice(0, 8)));
      expect(countText(el)).to.equal('300 customers');
      expect($$(el, '[aria-sort]')).to.have.length(0);
      await settle(50);
      expect(calls, 'listCustomers calls').to.equal(0);
    });

    it('follows a new rows array', async () => {
      const el = await mountRows(allRows);
      el.rows = allRows.slice(10, 20);
      await el.updateComplete;
      expect(countText(el)).to.equal('10 customers');
      await expectFirstNames(el, names(allRows.slice(10, 18)));
    });
  });

  describe('search', () => {
    it('applies typed text after a pause, not at every key', async () => {
      const el = await mountRows(allRows);
      const input = $<HTMLInputElement>(el, '[part="search"]')!;
      input.value = 'ab';
      input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      input.value = 'abe';
      input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      await el.updateComplete;
      expect(el.search, 'applied at once').to.equal('');
      expect(countText(el)).to.equal('300 customers');
      await waitUntil(() => el.search === 'abe', 'the search was never applied');
      await el.updateComplete;
      const expected = await rowsOf(provider, {search: 'abe'});
      expect(expected.length).to.be.within(1, 299);
      expect(countText(el)).to.equal(`${expected.length} customer${expected.length === 1 ? '' : 's'}`);
    });

    it('applies the text at once on Enter', async () => {
      const el = await mountConnected(provider);
      const input = $<HTMLInputElement>(el, '[part="search"]')!;
      input.value = 'gmbh';
      input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true}));
      expect(el.search).to.equal('gmbh');
      const expected = await rowsOf(provider, {search: 'gmbh'});
      await expectFirstNames(el, names(expected));
      // The debounce timer was cancelled: nothing applies the text a second time later.
      el.search = '';
      await settle(300);
      expect(el.search).to.equal('');
    });

    it('types into the real input and applies it', async () => {
      const el = await mountRows(allRows);
      $<HTMLInputElement>(el, '[part="search"]')!.focus();
      await sendKeys({type: 'logistika'});
      await sendKeys({press: 'Enter'});
      expect(el.search).to.equal('logistika');
      await el.updateComplete;
      const expected = await rowsOf(provider, {search: 'logistika'});
      await expectFirstNames(el, names(expected));
    });

    for (const mode of ['connected', 'presentational'] as const) {
      it(`ignores case and diacritics (${mode})`, async () => {
        const el = mode === 'connected' ? await mountConnected(provider) : await mountRows(allRows);
        el.search = 'SOCIETE generale';
        await expectFirstNames(el, ["Société Générale d'Écluses"]);
        expect(countText(el)).to.equal('1 customer');
        // Serbian Latin and Cyrillic spellings find each other.
        el.search = 'djordjevic';
        await expectFirstNames(el, names(await rowsOf(provider, {search: 'djordjevic'})));
        expect(firstNames(el, 2)!.sort()).to.deep.equal(['Đorđević Logistika d.o.o.', 'Ђорђевић Логистика д.о.о.'].sort());
      });
    }

    it('setting the property replaces what the input holds', async () => {
      const el = await mountRows(allRows);
      const input = $<HTMLInputElement>(el, '[part="search"]')!;
      input.value = 'half typed';
      input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
      el.search = 'gmbh';
      await el.updateComplete;
      expect(input.value).to.equal('gmbh');
      await settle(300);
      expect(el.search, 'the half-typed text must not apply later').to.equal('gmbh');
    });
  });

  describe('filters', () => {
    it('lists every filter value with its facet count (connected)', async () => {
      const el = await mountConnected(provider);
      await openFilters(el);
      const tags = (await provider.getSession()).tags;
      expectFacets(el, await answer(provider), tags);
      expect(filterOptions(el, 'managedBy').map((option) => option.label)).to.deep.equal(['Partner organisation', 'External administrator']);
      expect(filterOptions(el, 'tags')).to.have.length(tags.length);
      // Facets follow the other filters: with a status chosen, the product counts are of those customers.
      const query: CustomerQuery = {filters: {status: ['expired']}};
      el.filters = query.filters!;
      const page = await answer(provider, query);
      await expectFirstNames(el, names(page.items));
      expectFacets(el, page, tags);
    });

    for (const name of Object.keys(FILTER_LEGENDS) as FilterName[]) {
      it(`filters by ${name}: the value's count is the number of rows shown`, async () => {
        const el = await mountConnected(provider);
        await openFilters(el);
        const option = filterOptions(el, name).find((candidate) => candidate.count > 0 && candidate.count < 300)!;
        expect(option, `a ${name} value that narrows the list`).to.exist;
        option.input.click();
        await el.updateComplete;
        const value = el.filters[name]![0]!;
        expect(el.filters[name]).to.have.length(1);
        const expected = await rowsOf(provider, {filters: {[name]: [value]}});
        expect(expected).to.have.length(option.count);
        await expectFirstNames(el, names(expected));
        expect(countText(el)).to.equal(`${option.count} customer${option.count === 1 ? '' : 's'}`);
        expect(text($(el, '[aria-controls="filters"]'))).to.equal('Filters (1)');
        // Unchecking it brings every customer back.
        filterOptions(el, name).find((candidate) => candidate.label === option.label)!.input.click();
        await expectFirstNames(el, names(allRows));
        expect(countText(el)).to.equal('300 customers');
      });
    }

    it('counts facets in presentational mode as the provider does, across filters and search', async () => {
      const el = await mountRows(allRows);
      await openFilters(el);
      const query: CustomerQuery = {search: 'a', filters: {status: ['expiringSoon', 'noRecentActivity'], product: ['meetings']}};
      el.search = query.search!;
      el.filters = query.filters!;
      await el.updateComplete;
      const page = await answer(provider, query);
      expectFacets(el, page, (await provider.getSession()).tags);
      expect(countText(el)).to.equal(`${page.total} customers`);
      await expectFirstNames(el, names(page.items));
    });

    it('tells the host when the viewer changes the filters (filters-change), never when the host sets them', async () => {
      const el = await mountRows(allRows);
      await expectNoEvent(el, 'filters-change', async () => {
        el.filters = {kpi: 'overLimit'};
        await el.updateComplete;
      });
      const removeKpi = $<HTMLButtonElement>(el, 'button[aria-label^="Remove filter"]')!;
      const removed = await expectEvent<CustomEvent<{filters: CustomerFilters}>>(el, 'filters-change', () => removeKpi.click());
      expect(removed.detail.filters.kpi === undefined).to.equal(true);
      expect(removed.composed && removed.bubbles).to.equal(true);
      await openFilters(el);
      const option = filterOptions(el, 'status')[0]!;
      const checked = await expectEvent<CustomEvent<{filters: CustomerFilters}>>(el, 'filters-change', () => option.input.click());
      expect(checked.detail.filters.status?.length).to.equal(1);
      expect(el.filters === checked.detail.filters).to.equal(true);
    });

    it('Clear filters removes every filter; Escape closes the panel and returns focus', async () => {
      const el = await mountRows(allRows);
      el.filters = {status: ['expired'], kpi: 'overLimit'};
      await el.updateComplete;
      expect(text($(el, '.active-filters'))).to.contain('Only:');
      const clear = $$<HTMLButtonElement>(el, '.toolbar button').find((button) => text(button) === 'Clear filters')!;
      clear.click();
      await el.updateComplete;
      expect(el.filters).to.deep.equal({});
      expect(countText(el)).to.equal('300 customers');
      await openFilters(el);
      filterOptions(el, 'status')[0]!.input.focus();
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      await waitUntil(() => !$(el, '#filters'), 'the panel stayed open');
      expect(el.shadowRoot!.activeElement === $(el, '[aria-controls="filters"]'), 'focus back on the Filters button').to.equal(true);
    });
  });

  describe('sort', () => {
    it('sorts by a clicked header; clicking again reverses (connected)', async () => {
      const el = await mountConnected(provider);
      header(el, 'Name').click();
      await el.updateComplete;
      expect(header(el, 'Name').getAttribute('aria-sort')).to.equal('descending');
      await expectFirstNames(el, names(await rowsOf(provider, {sort: {key: 'name', direction: 'desc'}})));

      header(el, 'Licences').click();
      await el.updateComplete;
      expect(header(el, 'Licences').getAttribute('aria-sort')).to.equal('ascending');
      expect(header(el, 'Name').hasAttribute('aria-sort'), 'only one column is sorted').to.equal(false);
      await expectFirstNames(el, names(await rowsOf(provider, {sort: {key: 'licenses', direction: 'asc'}})));
    });

    it('sorts every column as the provider does (presentational)', async () => {
      const el = await mountRows(allRows.toReversed());
      for (const label of ['Name', 'Status', 'Products', 'Tags', 'Licences', 'Renewal or expiry']) {
        header(el, label).click();
        await el.updateComplete;
        expect(header(el, label).getAttribute('aria-sort'), label).to.equal('ascending');
        const key = el.sort!.key;
        await expectFirstNames(el, names(await rowsOf(provider, {sort: {key, direction: 'asc'}})), `${key} ascending`);
        header(el, label).click();
        await el.updateComplete;
        expect(header(el, label).getAttribute('aria-sort'), label).to.equal('descending');
        await expectFirstNames(el, names(await rowsOf(provider, {sort: {key, direction: 'desc'}})), `${key} descending`);
      }
      expect(text($$(el, '[role="columnheader"]').at(-1))).to.equal('Actions');
      expect($$(el, '[role="columnheader"]').at(-1)!.hasAttribute('aria-sort')).to.equal(false);
    });

    it('exports the same order it shows', async () => {
      const el = await mountRows(allRows);
      el.sort = {key: 'nextEnd', direction: 'desc'};
      await el.updateComplete;
      const csv = parseCsv(await el.exportCsv());
      expect(csv.slice(1).map((line) => line[0])).to.deep.equal(names(await rowsOf(provider, {sort: {key: 'nextEnd', direction: 'desc'}})));
    });
  });

  describe('keyboard', () => {
    it('has one tab stop into the grid', async () => {
      const el = await mountConnected(provider);
      const grid = $(el, '.grid')!;
      const tabbable = [...grid.querySelectorAll<HTMLElement>('[tabindex], button, input, a')].filter((node) => node.tabIndex >= 0);
      expect(tabbable.length, 'tabbable elements in the grid').to.equal(1);
      for (const bar of grid.querySelectorAll('license-bar')) expect(bar.getAttribute('tabindex'), 'licence bars').to.equal('-1');

      $(el, '[part="export"]')!.focus();
      await sendKeys({press: 'Tab'});
      if (focusedCell(el) === null) await sendKeys({press: 'Tab'}); // past Start trial
      expect(focusedCell(el)).to.deep.equal([0, 0]);
      await sendKeys({press: 'Tab'});
      expect(grid.contains(el.shadowRoot!.activeElement), 'Tab leaves the grid').to.equal(false);
    });

    it('moves the focus with the arrow keys, Home, End, Page Down and Control+End', async () => {
      const el = await mountConnected(provider);
      cellAt(el, 0, 0)!.focus();
      await sendKeys({press: 'ArrowDown'});
      await waitForFocus(el, 1, 0);
      await sendKeys({press: 'ArrowRight'});
      await waitForFocus(el, 1, 1);
      await sendKeys({press: 'End'});
      await waitForFocus(el, 1, 6);
      expect(el.shadowRoot!.activeElement!.tagName).to.equal('BUTTON');
      await sendKeys({press: 'Home'});
      await waitForFocus(el, 1, 0);
      await sendKeys({press: 'ArrowLeft'});
      await waitForFocus(el, 1, 0);
      await sendKeys({press: 'PageDown'});
      const [afterPage] = focusedCell(el)!;
      expect(afterPage, 'Page Down moves by a screen').to.be.greaterThan(4);
      await sendKeys({press: 'PageUp'});
      await waitForFocus(el, 1, 0);
      await sendKeys({down: 'Control'});
      await sendKeys({press: 'End'});
      await sendKeys({up: 'Control'});
      await waitForFocus(el, 299, 0);
      await waitUntil(() => renderedRows(el).has(299), 'the last row did not load');
      expect(text(renderedRows(el).get(299)!.querySelector('.cell--name'))).to.equal(allRows[299]!.name);
      expect($$(el, '[tabindex="0"]')).to.have.length(1);
      await sendKeys({down: 'Control'});
      await sendKeys({press: 'Home'});
      await sendKeys({up: 'Control'});
      await waitForFocus(el, 0, 0);
      await sendKeys({press: 'ArrowUp'});
      await waitForFocus(el, -1, 0);
      expect(el.shadowRoot!.activeElement!.getAttribute('role')).to.equal('columnheader');
    });

    it('sorts from a header with Enter and Space; the focus stays on the header', async () => {
      const el = await mountConnected(provider);
      cellAt(el, 0, 4)!.focus();
      await sendKeys({press: 'ArrowUp'});
      await waitForFocus(el, -1, 4);
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(header(el, 'Licences').getAttribute('aria-sort')).to.equal('ascending');
      await expectFirstNames(el, names(await rowsOf(provider, {sort: {key: 'licenses', direction: 'asc'}})));
      expect(focusedCell(el), 'focus after the sorted rows arrived').to.deep.equal([-1, 4]);
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(header(el, 'Licences').getAttribute('aria-sort')).to.equal('descending');
      await expectFirstNames(el, names(await rowsOf(provider, {sort: {key: 'licenses', direction: 'desc'}})));
      expect(focusedCell(el)).to.deep.equal([-1, 4]);
    });

    it('fires customer-select on Enter and on a click in the row, not on a button', async () => {
      const el = await mountConnected(provider);
      cellAt(el, 0, 0)!.focus();
      await sendKeys({press: 'ArrowDown'});
      await waitForFocus(el, 1, 0);
      const event = await expectEvent<CustomEvent>(el, 'customer-select', () => sendKeys({press: 'Enter'}));
      expect(event.detail).to.deep.equal({customerId: allRows[1]!.id});
      expect(event.bubbles && event.composed).to.equal(true);

      const clicked = await expectEvent<CustomEvent>(el, 'customer-select', () => cellAt(el, 2, 1)!.click());
      expect(clicked.detail.customerId).to.equal(allRows[2]!.id);
      await withWindowOpenStub(() => expectNoEvent(el, 'customer-select', () => cellAt(el, 2, 6)!.click()));
    });
  });

  describe('launch-org', () => {
    const press = async (key: 'l' | 'Shift+Enter') => {
      if (key === 'l') return sendKeys({press: 'l'});
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Enter'});
      await sendKeys({up: 'Shift'});
    };
    for (const key of ['l', 'Shift+Enter'] as const) {
      it(`${key} fires launch-org and opens the launch URL unless cancelled`, async () => {
        const el = await mountConnected(provider);
        const row = allRows.find((candidate) => candidate.launchUrl)!;
        await showOnly(el, row);
        cellAt(el, 0, 0)!.focus();
        let event: CustomEvent | undefined;
        const opened = await withWindowOpenStub(async () => {
          event = await expectEvent<CustomEvent>(el, 'launch-org', () => press(key));
        });
        expect(event!.cancelable, 'cancelable').to.equal(true);
        expect(event!.detail).to.deep.equal({customerId: row.id, url: row.launchUrl});
        expect(opened).to.deep.equal([[row.launchUrl, '_blank', 'noopener,noreferrer']]);

        const cancel = (launch: Event) => launch.preventDefault();
        el.addEventListener('launch-org', cancel);
        const openedWhenCancelled = await withWindowOpenStub(() => expectEvent(el, 'launch-org', () => press(key)));
        el.removeEventListener('launch-org', cancel);
        expect(openedWhenCancelled, 'window.open after preventDefault').to.deep.equal([]);
      });
    }

    it('the launch button fires launch-org; without a launch URL it is disabled and does nothing', async () => {
      const el = await mountConnected(provider);
      const row = allRows.find((candidate) => candidate.launchUrl)!;
      await showOnly(el, row);
      const button = cellAt(el, 0, 6) as HTMLButtonElement;
      expect(button.getAttribute('aria-label')).to.equal(`Launch organisation of ${row.name}`);
      const opened = await withWindowOpenStub(() => expectEvent(el, 'launch-org', () => button.click()));
      expect(opened).to.have.length(1);

      const without = allRows.find((candidate) => !candidate.launchUrl)!;
      await showOnly(el, without);
      const disabled = cellAt(el, 0, 6) as HTMLButtonElement;
      expect(disabled.getAttribute('aria-disabled')).to.equal('true');
      const none = await withWindowOpenStub(() => expectNoEvent(el, 'launch-org', () => disabled.click()));
      expect(none).to.deep.equal([]);
    });

    it('never opens a launch URL that is not http(s)', async () => {
      const row = {...allRows[0]!, launchUrl: 'javascript:alert(1)'};
      const el = await mountRows([row]);
      cellAt(el, 0, 0)!.focus();
      const opened = await withWindowOpenStub(() => sendKeys({press: 'l'}));
      expect(opened).to.deep.equal([]);
    });
  });

  describe('start trial', () => {
    it('offers Start trial to an administrator and fires start-trial', async () => {
      const el = await mountConnected(new InMemoryProvider(datasetViewedAs('admin')));
      await waitUntil(() => $(el, '[part="start-trial"]'), 'no Start trial button');
      const event = await expectEvent<CustomEvent>(el, 'start-trial', () => $<HTMLButtonElement>(el, '[part="start-trial"]')!.click());
      expect(event.detail).to.deep.equal({customerId: null});
      expect(event.cancelable).to.equal(true);
    });

    it('has no Start trial button for a read-only viewer', async () => {
      const el = await mountConnected(new InMemoryProvider(datasetViewedAs('readOnly')));
      await settle(30);
      await el.updateComplete;
      expect($(el, '[part="start-trial"]')).to.equal(null);
    });

    it('follows the permissions property in presentational mode', async () => {
      const el = await mountRows(allRows);
      expect($(el, '[part="start-trial"]')).to.equal(null);
      el.permissions = {startTrial: true};
      await el.updateComplete;
      expect($(el, '[part="start-trial"]')).to.exist;
    });
  });

  describe('tags', () => {
    it('shows read-only chips and no edit buttons to a read-only viewer', async () => {
      const readOnly = new InMemoryProvider(datasetViewedAs('readOnly'));
      const el = await mountConnected(readOnly);
      const row = allRows.find((candidate) => candidate.tags.length >= 2)!;
      await showOnly(el, row);
      await settle(30);
      await el.updateComplete;
      expect(chipLabels(renderedRows(el).get(0))).to.deep.equal(row.tags.map((tag) => tag.label));
      expect(editButton(el)).to.equal(null);
    });

    it('lets an administrator change tags; the provider saves them and tags-change follows', async () => {
      const admin = new InMemoryProvider(datasetViewedAs('admin'));
      const el = await mountConnected(admin);
      const row = allRows.find((candidate) => candidate.tags.length === 1)!;
      await showOnly(el, row);
      await waitUntil(() => editButton(el), 'no edit button');
      expect(editButton(el)!.getAttribute('aria-label')).to.equal(`Edit tags of ${row.name} (${row.tags[0]!.label})`);
      editButton(el)!.click();
      await waitUntil(() => dialogOf(el)?.open, 'the tag editor did not open');
      const boxes = tagCheckboxes(el);
      expect(boxes.filter((box) => box.checked)).to.have.length(1);
      const added = boxes.find((box) => !box.checked)!;
      added.click();
      await el.updateComplete;
      const save = dialogOf(el)!.querySelector<HTMLButtonElement>('.button--primary')!;
      const event = await expectEvent<CustomEvent>(el, 'tags-change', () => save.click());
      expect(event.detail.customerId).to.equal(row.id);
      expect(event.detail.tagIds).to.have.length(2);
      const saved = (await admin.getCustomer(row.id)).customer.tags.map((tag) => tag.id);
      expect(saved).to.deep.equal(event.detail.tagIds);
      await waitUntil(() => !dialogOf(el), 'the editor stayed open');
      await waitUntil(() => chipLabels(renderedRows(el).get(0)).length === 2, 'the row does not show the new tag');
    });

    it('allows at most five tags', async () => {
      const el = await mountConnected(provider);
      const row = allRows.find((candidate) => candidate.id === FIVE_TAGS_CUSTOMER)!;
      expect(row.tags).to.have.length(5);
      await showOnly(el, row);
      await waitUntil(() => editButton(el), 'no edit button');
      editButton(el)!.click();
      await waitUntil(() => dialogOf(el)?.open, 'the tag editor did not open');
      const unchecked = () => tagCheckboxes(el).filter((box) => !box.checked);
      expect(unchecked().length).to.be.greaterThan(0);
      expect(unchecked().every((box) => box.disabled), 'a sixth tag cannot be chosen').to.equal(true);
      expect(text(dialogOf(el)!.querySelector('[role="status"]'))).to.contain('at most 5 tags');
      // Clearing one frees a choice again.
      tagCheckboxes(el).find((box) => box.checked)!.click();
      await el.updateComplete;
      expect(unchecked().every((box) => !box.disabled)).to.equal(true);
      expect(text(dialogOf(el)!.querySelector('[role="status"]'))).to.equal('4 of 5 selected.');
    });

    it('shows the provider refusal and does not claim success', async () => {
      const refusing = overriding(provider, {
        setCustomerTags: () => Promise.reject(new ProviderError('forbidden', 'Tags are managed by your head office.')),
      });
      const el = await mountConnected(refusing);
      const row = allRows.find((candidate) => candidate.tags.length === 1)!;
      await showOnly(el, row);
      await waitUntil(() => editButton(el), 'no edit button');
      editButton(el)!.click();
      await waitUntil(() => dialogOf(el)?.open, 'the tag editor did not open');
      tagCheckboxes(el).find((box) => !box.checked)!.click();
      await el.updateComplete;
      await expectNoEvent(el, 'tags-change', async () => {
        dialogOf(el)!.querySelector<HTMLButtonElement>('.button--primary')!.click();
        await waitUntil(() => dialogOf(el)?.querySelector('[role="alert"]'), 'no refusal message');
      });
      expect(text(dialogOf(el)!.querySelector('[role="alert"]'))).to.equal('Tags are managed by your head office.');
      expect(dialogOf(el)!.open, 'the editor stays open').to.equal(true);
      expect(chipLabels(renderedRows(el).get(0))).to.deep.equal([row.tags[0]!.label]);
      expect(text(dialogOf(el)!.querySelector('.button--primary'))).to.equal('Save');
    });

    it('Cancel closes the editor without a change and returns focus to the grid', async () => {
      const el = await mountConnected(provider);
      const row = allRows.find((candidate) => candidate.tags.length === 1)!;
      await showOnly(el, row);
      await waitUntil(() => editButton(el), 'no edit button');
      editButton(el)!.focus();
      editButton(el)!.click();
      await waitUntil(() => dialogOf(el)?.open, 'the tag editor did not open');
      tagCheckboxes(el).find((box) => !box.checked)!.click();
      await expectNoEvent(el, 'tags-change', async () => {
        [...dialogOf(el)!.querySelectorAll<HTMLButtonElement>('button')].find((button) => text(button) === 'Cancel')!.click();
        await waitUntil(() => !dialogOf(el), 'the editor stayed open');
      });
      expect(chipLabels(renderedRows(el).get(0))).to.deep.equal([row.tags[0]!.label]);
      await waitUntil(() => el.shadowRoot!.activeElement === editButton(el), 'focus did not return to the edit button');
    });

    it('presentational: edits only when permitted, and fires tags-change for the host to save', async () => {
      const row = allRows.find((candidate) => candidate.tags.length === 2)!;
      const el = await mountRows([row]);
      expect(editButton(el)).to.equal(null);
      expect(chipLabels(renderedRows(el).get(0))).to.have.length(2);
      el.permissions = {editTags: true};
      await el.updateComplete;
      editButton(el)!.click();
      await waitUntil(() => dialogOf(el)?.open, 'the tag editor did not open');
      tagCheckboxes(el).find((box) => box.checked)!.click();
      await el.updateComplete;
      const event = await expectEvent<CustomEvent>(el, 'tags-change', () => dialogOf(el)!.querySelector<HTMLButtonElement>('.button--primary')!.click());
      expect(event.detail).to.deep.equal({customerId: row.id, tagIds: [row.tags[1]!.id]});
    });
  });

  describe('CSV export', () => {
    const base = () => ({...allRows.find((row) => row.nextEnd && row.statuses.length >= 2)!});

    it('exports a header and exactly the filtered, sorted rows, in order (presentational)', async () => {
      const el = await mountRows(allRows);
      const query: CustomerQuery = {search: 'a', filters: {status: ['expiringSoon', 'subscription']}, sort: {key: 'licenses', direction: 'desc'}};
      el.search = query.search!;
      el.filters = query.filters!;
      el.sort = query.sort;
      await el.updateComplete;
      const csv = await el.exportCsv();
      expect(csv.startsWith('\uFEFF'), 'UTF-8 byte order mark').to.equal(true);
      expect(csv.endsWith('\r\n'), 'CRLF line ends').to.equal(true);
      const lines = parseCsv(csv.slice(1));
      expect(lines[0]).to.deep.equal([
        'Name',
        'Org ID',
        'Statuses',
        'Products',
        'Tags',
        'Licences total',
        'Licences assigned',
        'Licences used',
        'Next end date',
        'Renews or expires',
      ]);
      const expected = await rowsOf(provider, query);
      expect(expected.length).to.be.within(2, 299);
      expect(lines.slice(1).map((line) => line[0])).to.deep.equal(names(expected));
      expect(lines.slice(1).map((line) => line[1])).to.deep.equal(expected.map((row) => row.orgId));
      expect(lines.slice(1).map((line) => Number(line[5]))).to.deep.equal(expected.map((row) => row.licenses.total));
    });

    it('exports the provider rows of the current query (connected)', async () => {
      const el = await mountConnected(provider);
      const query: CustomerQuery = {filters: {product: ['calling']}, sort: {key: 'nextEnd', direction: 'asc'}};
      el.filters = query.filters!;
      el.sort = query.sort;
      const expected = await rowsOf(provider, query);
      await expectFirstNames(el, names(expected));
      const lines = parseCsv((await el.exportCsv()).slice(1));
      expect(lines.slice(1).map((line) => line[0])).to.deep.equal(names(expected));
    });

    it('writes each field as a spreadsheet reads it: quoting, formulas neutralised, statuses and dates', async () => {
      const row = base();
      const rows: CustomerRow[] = [
        {...row, id: 'q1', name: 'Smith, "Jones" & Co'},
        {...row, id: 'q2', name: '=HYPERLINK("http://evil.example","x")'},
        {...row, id: 'q3', name: '+1 Support', orgId: '-org'},
        {...row, id: 'q4', name: '@Home\nTwo lines', tags: [{id: 't', label: 'VIP, gold'}]},
      ];
      const el = await mountRows(rows);
      const lines = parseCsv((await el.exportCsv()).slice(1));
      expect(lines.slice(1).map((line) => line[0])).to.deep.equal([
        'Smith, "Jones" & Co',
        `'=HYPERLINK("http://evil.example","x")`,
        `'+1 Support`,
        `'@Home\nTwo lines`,
      ]);
      expect(lines[3]![1]).to.equal(`'-org`);
      expect(lines[4]![4]).to.equal('VIP, gold');
      const csv = await el.exportCsv();
      expect(csv).to.contain('"Smith, ""Jones"" & Co"');
      const [first] = lines.slice(1);
      // Most severe first, whatever order the host's row lists them in.
      expect(first![2]).to.equal(row.statuses.map((info) => statusLabel(info.status)).join('; '));
      const shuffled = await mountRows([{...row, statuses: row.statuses.toReversed()}]);
      expect(parseCsv((await shuffled.exportCsv()).slice(1))[1]![2]).to.equal(first![2]);
      expect(first![8]).to.equal(row.nextEnd!.date.slice(0, 10));
      expect(first![9]).to.equal(row.nextEnd!.autoRenew ? 'renews' : 'expires');
    });

    it('the Export CSV button downloads the same CSV', async () => {
      const el = await mountRows(allRows.slice(0, 5));
      const clicks: {href: string; download: string}[] = [];
      const originalClick = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicks.push({href: this.href, download: this.download});
      };
      try {
        $<HTMLButtonElement>(el, '[part="export"]')!.click();
        await waitUntil(() => clicks.length === 1, 'nothing was downloaded');
      } finally {
        HTMLAnchorElement.prototype.click = originalClick;
      }
      expect(clicks[0]!.download).to.match(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
      const downloaded = new TextDecoder('utf-8', {ignoreBOM: true}).decode(await (await fetch(clicks[0]!.href)).arrayBuffer());
      expect(downloaded).to.equal(await el.exportCsv());
    });
  });

  describe('XSS', () => {
    for (const mode of ['connected', 'presentational'] as const) {
      it(`renders markup in a customer name as text (${mode})`, async () => {
        const el = mode === 'connected' ? await mountConnected(provider) : await mountRows(allRows);
        const row = allRows.find((candidate) => candidate.id === XSS_CUSTOMER)!;
        expect(row.name).to.equal(XSS_NAME);
        el.permissions = {editTags: true};
        await showOnly(el, row);
        expect(text(renderedRows(el).get(0)!.querySelector('.cell--name'))).to.equal(XSS_NAME);
        expect(el.shadowRoot!.querySelector('img'), 'an <img> in the shadow root').to.equal(null);
        expect(cellAt(el, 0, 6)!.getAttribute('aria-label')).to.equal(`Launch organisation of ${XSS_NAME}`);
        await waitUntil(() => editButton(el), 'no edit button');
        editButton(el)!.click();
        await waitUntil(() => dialogOf(el)?.open, 'the tag editor did not open');
        expect(text(dialogOf(el)!.querySelector('h2'))).to.equal(`Tags of ${XSS_NAME}`);
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      });
    }

    it('renders markup in tag labels as text', async () => {
      const row = {...allRows[0]!, tags: [{id: 'x', label: '<b onmouseover=alert(1)>bold</b>'}]};
      const el = await mountRows([row]);
      expect(chipLabels(renderedRows(el).get(0))).to.deep.equal(['<b onmouseover=alert(1)>bold</b>']);
      expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    });
  });

  describe('stale responses', () => {
    it('an older answer released after a newer one never shows', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<CustomerList>(html`<customer-list .provider=${slow}></customer-list>`);
      const listCalls = () => pending.filter((call) => call.method === 'listCustomers');
      await waitUntil(() => listCalls().length === 1, 'no first listCustomers call');
      for (const call of pending.filter((candidate) => candidate.method === 'getSession')) call.release();
      const older = listCalls()[0]!;
      el.search = 'gmbh';
      await waitUntil(() => listCalls().length === 2, 'no second listCustomers call');
      const newer = listCalls()[1]!;
      expect((newer.args[0] as CustomerQuery).search).to.equal('gmbh');
      expect(older.signal?.aborted, 'the older request was aborted').to.equal(true);

      newer.release();
      const expected = await rowsOf(provider, {search: 'gmbh'});
      await expectFirstNames(el, names(expected));
      older.release();
      await settle(50);
      await nextFrame();
      await el.updateComplete;
      expect(firstNames(el, 8)).to.deep.equal(names(expected.slice(0, 8)));
      expect(countText(el)).to.equal(`${expected.length} customers`);
    });

    it('keeps the last rows on screen, marked busy, while a newer query loads', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<CustomerList>(html`<customer-list .provider=${slow}></customer-list>`);
      await waitUntil(() => pending.length === 2, 'no first calls');
      for (const call of pending) call.release();
      await expectFirstNames(el, names(allRows));
      el.sort = {key: 'licenses', direction: 'desc'};
      await waitUntil(() => pending.length === 3, 'no second listCustomers call');
      await el.updateComplete;
      expect($(el, '.grid')!.getAttribute('aria-busy')).to.equal('true');
      expect(firstNames(el, 3)).to.deep.equal(names(allRows.slice(0, 3)));
      pending[2]!.release();
      await expectFirstNames(el, names(await rowsOf(provider, {sort: {key: 'licenses', direction: 'desc'}})));
    });
  });

  describe('rows on screen', () => {
    afterEach(() => resetMouse());

    it('keeps the rows in the DOM in row order, whichever way the grid scrolls', async () => {
      const el = await mountRows(allRows);
      const grid = $(el, '.grid')!;
      const order = () => $$(el, '.body [role="row"]').map((row) => Number(row.getAttribute('aria-rowindex')));
      for (const scrollTop of [2_000, 600, 9_000, 0]) {
        grid.scrollTop = scrollTop;
        await waitUntil(() => renderedRows(el).has(Math.floor(scrollTop / 48)), `no rows at ${scrollTop}px`);
        await el.updateComplete;
        const indexes = order();
        expect(indexes, `row order at ${scrollTop}px`).to.deep.equal([...indexes].sort((a, b) => a - b));
      }
    });

    it('keeps the focused cell (the same node) while the grid scrolls, and brings it back with Tab', async () => {
      const el = await mountRows(allRows);
      cellAt(el, 0, 0)!.focus();
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'ArrowDown'});
      await waitForFocus(el, 2, 0);
      const focused = el.shadowRoot!.activeElement;
      const grid = $(el, '.grid')!;
      for (const scrollTop of [96, 240, 4_000, 48]) {
        grid.scrollTop = scrollTop;
        await nextFrame();
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement === focused, `focus kept at ${scrollTop}px`).to.equal(true);
      }
      // Scrolled far away, the focused row stays rendered (and counted in the DOM order).
      grid.scrollTop = 6_000;
      await nextFrame();
      await el.updateComplete;
      expect(cellAt(el, 2, 0) === focused, 'the focused row stays rendered').to.equal(true);
      await sendKeys({press: 'ArrowDown'});
      await waitForFocus(el, 3, 0);
    });

    it('a real click on a row opens that customer', async () => {
      const el = await mountRows(allRows);
      const cell = cellAt(el, 3, 2)!;
      const {x, y, width, height} = cell.getBoundingClientRect();
      const event = await expectEvent<CustomEvent>(el, 'customer-select', () =>
        sendMouse({type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)]}),
      );
      expect(event.detail.customerId).to.equal(allRows[3]!.id);
      expect(focusedCell(el)).to.deep.equal([3, 2]);
    });

    it('reports rows past the first page that could not load, with Retry', async () => {
      let failing = true;
      const flaky = overriding(provider, {
        listCustomers: (query, options) =>
          failing && (query.offset ?? 0) > 0 ? Promise.reject(new Error('The customer service is busy.')) : provider.listCustomers(query, options),
      });
      const el = await mountConnected(flaky);
      const grid = $(el, '.grid')!;
      grid.scrollTop = grid.scrollHeight;
      await waitUntil(() => $(el, '.notice[role="alert"]'), 'no notice');
      expect(text($(el, '.notice[role="alert"]'))).to.contain('Some customers could not be loaded: The customer service is busy.');
      expect(el.matches(':state(error)'), 'the list itself is not in error').to.equal(false);
      expect(renderedRows(el).has(299)).to.equal(false);
      failing = false;
      $<HTMLButtonElement>(el, '.notice button')!.click();
      await waitUntil(() => renderedRows(el).has(299), 'the rows did not load after Retry');
      expect($(el, '.notice[role="alert"]')).to.equal(null);
    });
  });

  describe('large data', () => {
    it('renders 100,000 rows with a small DOM and scrolls to the last of them', async () => {
      const rows: CustomerRow[] = Array.from({length: 100_000}, (_, i) => ({
        ...allRows[i % allRows.length]!,
        id: `big-${i}`,
        name: `Customer ${String(i).padStart(6, '0')}`,
      }));
      const el = await mountRows(rows);
      expect(countText(el)).to.equal('100,000 customers');
      expect(countElements(el.shadowRoot!), 'elements in the shadow root').to.be.below(1000);
      const grid = $(el, '.grid')!;
      grid.scrollTop = grid.scrollHeight;
      await waitUntil(() => renderedRows(el).has(99_999), 'the last row was not rendered');
      expect(text(renderedRows(el).get(99_999)!.querySelector('.cell--name'))).to.equal('Customer 099999');
      expect($(el, '[aria-rowindex="100001"]')).to.exist;
      expect(countElements(el.shadowRoot!), 'elements after scrolling').to.be.below(1000);
      // The last row is in view, not cut off under the edge.
      const last = renderedRows(el).get(99_999)!.getBoundingClientRect();
      const view = grid.getBoundingClientRect();
      expect(last.bottom).to.be.at.most(view.bottom + 1);
      expect(last.top).to.be.at.least(view.top);

      header(el, 'Name').click();
      header(el, 'Name').click();
      await el.updateComplete;
      await expectFirstNames(el, ['Customer 099999', 'Customer 099998']);
      expect(grid.scrollTop, 'a new order starts at the top').to.equal(0);
    });
  });

  describe('events', () => {
    it('fires no event when properties are set', async () => {
      const el = await mountConnected(provider);
      const fired = await userEventsDuring(el, async () => {
        el.search = 'gmbh';
        el.filters = {status: ['expired']};
        el.sort = {key: 'licenses', direction: 'desc'};
        await el.updateComplete;
        el.rows = allRows.slice(0, 20);
        el.permissions = {editTags: true, startTrial: true};
        el.tags = [];
        await el.updateComplete;
        el.provider = new InMemoryProvider(freshDataset(20));
        el.rows = undefined;
        await settled(el);
      });
      expect(fired).to.deep.equal([]);
    });
  });

  describe('parts', () => {
    it('exposes the documented parts', async () => {
      const el = await mountConnected(provider);
      for (const part of ['toolbar', 'search', 'grid', 'header', 'row', 'cell', 'export', 'start-trial']) {
        expect($(el, `[part~="${part}"]`), part).to.exist;
      }
      await openFilters(el);
      expect($(el, '[part~="filters"]')).to.exist;
    });
  });
});
