/**
 * Hardening, point 1: hostile strings. Every string of the dataset is a payload
 * (test/helpers/hostile-dataset.ts): markup and script, `javascript:` URLs, template syntax, bidi
 * overrides, a 10,000-character name, emoji with ZWJ sequences and combining marks, spreadsheet
 * formulas and control characters.
 *
 * The whole `<partner-hub>` renders on it — every area visited, the customer detail of a hostile
 * customer open on each tab, the tag editor, chart tooltips shown on hostile categories, every
 * table and chart exported as CSV — and then each standalone element. The tests check that
 * - no payload ran: `window.__pwned` (set by every payload that would run) stays undefined, and no
 *   error was thrown;
 * - the payloads show literally, as text, and no element came from the data: no `<img>`,
 *   `<script>`, `<iframe>`…, no `on*` attribute, no `javascript:`/`data:` URL anywhere in the shadow
 *   trees (echarts' tooltips included: they are drawn on the canvas);
 * - a `javascript:` (or other non-http) URL never becomes a link or a navigation;
 * - every CSV cell that starts with = + - @ tab or CR is neutralised (only negative numbers, which
 *   are data, start with -);
 * - the layout holds: nothing is wider than the page or its container, and the 10,000-character
 *   name is cut (ellipsis or a few lines) with its full text in a tooltip (`title`).
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {InMemoryProvider, validateDataset, type PartnerDataset} from '../../packages/core/src/index.ts';
import '../../packages/hub/src/define.ts';
import type {PartnerHub} from '../../packages/hub/src/partner-hub.ts';
import {chartText} from '../../packages/widgets/src/charts/chart-option.ts';
import {drawnChart} from '../helpers/chart-fixtures.ts';
import {withWindowOpenStub} from '../helpers/fixtures.ts';
import {
  COLOR_PAYLOADS,
  hostileFixture,
  HTTPS_WITH_MARKUP,
  LONG_NAME,
  PAYLOAD,
  PAYLOADS,
  SHORT_PAYLOAD,
  URL_PAYLOADS,
  type HostileFixture,
} from '../helpers/hostile-dataset.ts';
import {parseCsv} from '../helpers/parse-csv.ts';
import {deepElements} from '../helpers/shadow.ts';

// -------------------------------------------------------------------------------------------
// Looking through shadow roots

/** All text under `root`, shadow roots included (each root's text, then its hosts'). */
function deepText(root: ParentNode): string {
  const texts = [root.textContent ?? ''];
  if (root instanceof Element && root.shadowRoot) texts.push(root.shadowRoot.textContent ?? '');
  for (const element of deepElements(root)) if (element.shadowRoot) texts.push(element.shadowRoot.textContent ?? '');
  return texts.join('\n');
}

/** The text of the element's own text nodes (not its children's). */
function ownText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
  return text;
}

/** The custom element whose shadow root holds `element`. */
function hostOf(element: Element): HTMLElement {
  return (element.getRootNode() as ShadowRoot).host as HTMLElement;
}

function describe_(element: Element): string {
  return `<${hostOf(element)?.localName}> ${element.localName}${element.className ? `.${String(element.className).trim().replace(/\s+/g, '.')}` : ''}`;
}

/** A string short enough for a test message (the long name is 10,000 characters). */
function brief(value: string | null | undefined): string {
  const text = value ?? String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** `text` holds each of `payloads` literally. */
function expectShows(text: string | null | undefined, payloads: readonly string[], where: string): void {
  const missing = payloads.filter((payload) => !(text ?? '').includes(payload)).map(brief);
  expect(missing, `${where}: not shown literally`).to.deep.equal([]);
}

/** `actual` is exactly `expected`. */
function expectSame(actual: string | null | undefined, expected: string, where: string): void {
  expect(actual === expected, `${where}: ${brief(actual)} is not ${brief(expected)}`).to.equal(true);
}

/** `list` includes `value`. */
function expectListed(list: readonly (string | null | undefined)[], value: string, where: string): void {
  expect(list.includes(value), `${where}: ${brief(value)} is missing`).to.equal(true);
}

/** Polls `predicate` until it holds; fails with `message` (a function: evaluated then) after `timeout` ms. */
async function waitFor(predicate: () => unknown, message: string | (() => string), timeout = 10_000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(typeof message === 'function' ? message() : message);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

// -------------------------------------------------------------------------------------------
// What must never happen

/** Elements that data turned into markup would create (the kit itself never renders them). */
const FORBIDDEN = 'img, script, iframe, frame, object, embed, base, link, meta, form, math, template';
/** A URL that runs or embeds code. */
const CODE_URL = /^[\s\u0000-\u001f]*(javascript|vbscript|data):/i;

/** What came from the data as markup, as descriptions (empty when nothing). */
function markupFromData(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of deepElements(root)) {
    if (element.matches(FORBIDDEN)) found.push(`${describe_(element)}: a <${element.localName}> element`);
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      if (/^on/i.test(name)) found.push(`${describe_(element)}: an ${name} attribute`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'poster', 'background'].includes(name.toLowerCase()) && CODE_URL.test(value)) {
        found.push(`${describe_(element)}: ${name}="${value.slice(0, 60)}"`);
      }
    }
    if (element instanceof HTMLAnchorElement && element.hasAttribute('href') && !['http:', 'https:', 'tel:'].includes(element.protocol)) {
      found.push(`${describe_(element)}: a link to ${element.protocol}`);
    }
  }
  return found;
}

/** Errors and CSP violations on the page while a test runs; `window.__pwned` is reset. */
function tripwire() {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => {
    if (String(event.message).includes('ResizeObserver loop')) return;
    problems.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  const onViolation = (event: SecurityPolicyViolationEvent) => problems.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
  beforeEach(() => {
    delete window.__pwned;
    problems.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    document.addEventListener('securitypolicyviolation', onViolation);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    document.removeEventListener('securitypolicyviolation', onViolation);
  });
  /** Asserts nothing ran, after the image errors and handlers of the last changes had their turn. */
  return async function expectNothingRan(root: ParentNode): Promise<void> {
    await settle(150);
    expect(window.__pwned, 'a payload ran (window.__pwned is set)').to.equal(undefined);
    expect(markupFromData(root), 'markup from the data').to.deep.equal([]);
    expect(problems, 'errors on the page').to.deep.equal([]);
  };
}

/** Fails when a CSV cell starts like a formula (a negative number is data and stays). */
function formulaCells(csv: string): string[] {
  expect(csv.startsWith('\uFEFF'), 'the CSV starts with a byte order mark').to.equal(true);
  return parseCsv(csv.slice(1))
    .flat()
    .filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?(e[-+]?\d+)?$/i.test(cell));
}

/** The payloads a spreadsheet would run as formulas, as the CSV must hold them: behind an apostrophe. */
const NEUTRALISED = [PAYLOAD.hyperlink, PAYLOAD.plusCmd, PAYLOAD.minus, PAYLOAD.at, PAYLOAD.tab, PAYLOAD.cr].map((payload) => `'${payload}`);

/** Names of hostile categories each chart shows (feature names and endpoint types of the fixture). */
const CHART_NAMES = {
  'feature-usage-chart': [PAYLOAD.img, PAYLOAD.script, LONG_NAME],
  'endpoint-quality-chart': [PAYLOAD.template, PAYLOAD.hyperlink, LONG_NAME],
};

/** The CSV files that clicking `button` downloads (the download link's click is caught). */
async function downloadedCsv(button: HTMLElement): Promise<string> {
  const hrefs: string[] = [];
  const originalClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) hrefs.push(this.href);
    else originalClick.call(this);
  };
  try {
    button.click();
    await waitUntil(() => hrefs.length === 1, 'nothing was downloaded');
  } finally {
    HTMLAnchorElement.prototype.click = originalClick;
  }
  return new TextDecoder('utf-8', {ignoreBOM: true}).decode(await (await fetch(hrefs[0]!)).arrayBuffer());
}

// -------------------------------------------------------------------------------------------
// Layout

/** The visible elements showing the 10,000-character name in their own text. */
function showingLong(root: ParentNode): HTMLElement[] {
  return deepElements(root).filter(
    (element): element is HTMLElement =>
      element instanceof HTMLElement && ownText(element).includes(LONG_NAME) && element.getBoundingClientRect().width > 1 && element.localName !== 'option',
  );
}

/**
 * `element` (a name) is cut: no wider than `container`; on one line with an ellipsis (`lines` = 1)
 * or at most `lines` lines high, its text clipped; and the full `text` in a `title` (its own or its
 * text's).
 */
function expectCut(element: HTMLElement, container: Element, text: string, lines = 1): void {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  const where = describe_(element);
  expect(box.width, `${where} is wider than its container`).to.be.at.most(container.getBoundingClientRect().width + 1);
  if (lines === 1) {
    expect(style.whiteSpace, `${where} wraps`).to.equal('nowrap');
    expect(style.textOverflow, `${where} has no ellipsis`).to.equal('ellipsis');
    expect(element.scrollWidth, `${where} is not clipped`).to.be.above(element.clientWidth);
  } else {
    const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5;
    expect(box.height, `${where} is higher than ${lines} lines`).to.be.at.most(lineHeight * lines + 16);
    expect(element.scrollHeight, `${where} is not clipped`).to.be.above(element.clientHeight);
  }
  const titled = element.title === text || [...element.querySelectorAll('[title]')].some((child) => child.getAttribute('title') === text);
  expect(titled, `${where} has no tooltip with the full text`).to.equal(true);
}

/** Nothing is wider than the page, and no element of the kit is wider than `root`'s host. */
function expectContained(root: HTMLElement): void {
  expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(innerWidth);
  const width = root.getBoundingClientRect().width;
  const wide = deepElements(root)
    .filter((element) => element.localName.includes('-') && element.getBoundingClientRect().width > width + 1)
    .map((element) => `${describe_(element)} ${Math.round(element.getBoundingClientRect().width)} px`);
  expect(wide, `elements wider than ${Math.round(width)} px`).to.deep.equal([]);
  // Every element showing the long string stays within its element, table cells included (a
  // table's own scroll region does not count: one cell 80,000 px wide pushes every column away).
  const overflowing = showingLong(root)
    .filter((element) => element.getBoundingClientRect().width > hostOf(element).getBoundingClientRect().width + 1)
    .map((element) => `${describe_(element)} ${Math.round(element.getBoundingClientRect().width)} px`);
  expect(overflowing, 'the long string overflows').to.deep.equal([]);
}

// -------------------------------------------------------------------------------------------
// echarts

/**
 * The text of the tooltip echarts shows now, or undefined: rich text drawn on the canvas (what the
 * kit uses), or an HTML tooltip's text (what a regression to `renderMode: 'html'` would show).
 * echarts has no public API for it: this reads its tooltip view.
 */
function tooltipText(instance: object): string | undefined {
  type Content = {el?: HTMLElement | {style?: {text?: string}}};
  const views = (instance as {_componentsViews?: ({_tooltipContent?: Content} | undefined)[]})._componentsViews ?? [];
  const el = views.find((view) => view?._tooltipContent)?._tooltipContent?.el;
  if (el instanceof HTMLElement) return el.textContent ?? undefined;
  return el?.style?.text;
}

/** Shows the tooltip of each category of `chart` and returns their texts. */
async function everyTooltip(chart: HTMLElement, categories: number): Promise<string[]> {
  const instance = await drawnChart(chart);
  const texts: string[] = [];
  for (let dataIndex = 0; dataIndex < categories; dataIndex += 1) {
    instance.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex});
    let shown: string | undefined;
    await waitUntil(() => {
      shown = tooltipText(instance);
      return shown !== undefined && !texts.includes(shown);
    }, `no tooltip for category ${dataIndex} of <${chart.localName}>`);
    texts.push(shown!);
  }
  instance.dispatchAction({type: 'hideTip'});
  return texts;
}

// -------------------------------------------------------------------------------------------

describe('hostile strings (Hardening 1)', function () {
  this.timeout(60_000);
  const expectNothingRan = tripwire();
  let hostile: HostileFixture;
  let dataset: PartnerDataset;

  before(() => {
    hostile = hostileFixture();
    dataset = hostile.dataset;
  });

  describe('the hostile dataset', () => {
    it('is valid, and every string in it is a payload (except dates, enumerations and the two analytics products)', () => {
      expect(validateDataset(dataset) === dataset).to.equal(true);
      const payloads = [...PAYLOADS, ...Object.values(SHORT_PAYLOAD), ...URL_PAYLOADS, ...COLOR_PAYLOADS];
      const meaningful = new Set(['partner', 'external', 'subscription', 'trial', 'active', 'pendingSetup', 'suspended', 'cancelled', 'fullAdmin', 'admin', 'readOnly', 'meetings', 'calling']);
      const plain: string[] = [];
      let strings = 0;
      const visit = (value: unknown, path: string) => {
        if (typeof value === 'string') {
          strings += 1;
          const isDate = /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
          if (!isDate && !meaningful.has(value) && !payloads.some((payload) => value.includes(payload))) plain.push(`${path}: ${brief(value)}`);
        } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}[${index}]`));
        else if (value && typeof value === 'object') {
          for (const [key, item] of Object.entries(value)) {
            // The keys of byEndpoint and featureCalls are names from the data too.
            if (/(byEndpoint|featureCalls)$/.test(path)) visit(key, `${path} key`);
            visit(item, `${path}.${key}`);
          }
        }
      };
      visit(dataset, '$');
      expect(plain, 'strings left as generated').to.deep.equal([]);
      expect(strings).to.be.above(1000);
      // Each payload is somewhere; the long name and the markup are customer names.
      const json = JSON.stringify(dataset);
      for (const payload of PAYLOADS) expect(json.includes(JSON.stringify(payload).slice(1, -1)), JSON.stringify(payload.slice(0, 40))).to.equal(true);
      expectSame(dataset.customers.find((customer) => customer.id === hostile.spotlightId)?.name, PAYLOAD.img, 'the spotlight customer');
      expectSame(dataset.customers.find((customer) => customer.id === hostile.longId)?.name, LONG_NAME, 'the long-named customer');
      expect(LONG_NAME.length).to.equal(10_000);
    });
  });

  describe('the whole <partner-hub>', () => {
    let hub: PartnerHub;
    let root: ShadowRoot;
    let box: HTMLElement;

    /** Every area mounted, nothing loading, every chart drawn. */
    async function settled(): Promise<void> {
      await waitUntil(() => root.querySelector('.area') && !root.querySelector('.area[aria-busy="true"]'), 'the areas did not mount', {timeout: 10_000});
      const loading = () => deepElements(root).filter((element) => element.localName.includes('-') && element.matches(':state(loading)'));
      await waitFor(() => loading().length === 0, () => `still loading: ${loading().map((element) => element.localName).join(', ')}`);
      const charts = ['license-trend-chart', 'calling-usage-chart', 'call-quality-chart', 'endpoint-quality-chart', 'feature-usage-chart'];
      const undrawn = () => charts.filter((tag) => !root.querySelector(tag)?.shadowRoot?.querySelector('.plot canvas'));
      await waitFor(() => undrawn().length === 0, () => `charts not drawn: ${undrawn().join(', ')}`, 15_000);
    }

    function list(): HTMLElement & {search: string; updateComplete: Promise<unknown>; exportCsv(): Promise<string>} {
      return root.querySelector('customer-list')!;
    }

    /** Searches the list and returns the rendered name cell showing `name`. */
    async function listCell(search: string, name: string): Promise<HTMLElement> {
      list().search = search;
      let cell: HTMLElement | undefined;
      await waitUntil(() => {
        cell = [...list().shadowRoot!.querySelectorAll<HTMLElement>('.body .cell--name')].find((candidate) => candidate.textContent?.trim() === name);
        return cell;
      }, `no row named ${JSON.stringify(name.slice(0, 40))}`, {timeout: 5000});
      return cell!;
    }

    async function openDetail(search: string, name: string): Promise<HTMLElement> {
      (await listCell(search, name)).click();
      await waitUntil(() => root.querySelector('aside customer-detail'), 'the detail panel did not open', {timeout: 5000});
      const detail = root.querySelector<HTMLElement>('aside customer-detail')!;
      await waitUntil(() => detail.shadowRoot?.querySelector('h2.name')?.textContent === name, 'the detail did not show the customer', {timeout: 5000});
      return detail;
    }

    before(async function () {
      // Wide enough for the hub's two-column layouts (and the detail beside the list); not a
      // fixture, which would be removed after the first test.
      await setViewport({width: 1280, height: 900});
      box = document.createElement('div');
      document.body.append(box);
      hub = document.createElement('partner-hub');
      hub.partnerDataset = dataset;
      box.append(hub);
      root = hub.shadowRoot!;
      await settled();
    });

    after(async () => {
      box?.remove();
      await setViewport({width: 800, height: 600});
    });

    it('visits every area: the payloads show literally, as text, and none ran', async () => {
      for (const area of ['overview', 'subscriptions', 'calling', 'customers', 'resources'] as const) {
        hub.showArea(area);
        await frame();
        expect(root.activeElement?.id).to.equal(`${area}-title`);
      }
      // Both products of the subscription analytics.
      root.querySelector('product-toggle')!.shadowRoot!.querySelector<HTMLElement>('[data-product="calling"]')!.click();
      await waitUntil(() => hub.product === 'calling', 'the product did not switch');
      await settled();
      // Every payload shows literally: markup and template syntax stayed text.
      expectShows(deepText(root), PAYLOADS, 'the hub');
      await expectNothingRan(root);
    });

    it('opens the detail of a hostile customer on every tab, with its launch and invoice links inert', async () => {
      const detail = await openDetail('onerror', PAYLOAD.img);
      const shadow = detail.shadowRoot!;
      expectSame(shadow.querySelector('h2.name')!.textContent, PAYLOAD.img, 'the detail heading');
      for (const tab of shadow.querySelectorAll<HTMLElement>('[role="tab"]')) {
        tab.click();
        await frame();
        await (detail as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      }
      const text = deepText(detail);
      expectShows(text, [PAYLOAD.img, PAYLOAD.script, PAYLOAD.template, PAYLOAD.zalgo], 'the detail');
      // Its launch address is `javascript:`: the button does not navigate.
      shadow.querySelector<HTMLElement>('[role="tab"]')!.click();
      await frame();
      const opened = await withWindowOpenStub(() => shadow.querySelector<HTMLElement>('[part="launch"]')?.click());
      expect(opened, 'window.open calls').to.deep.equal([]);
      // The invoice: a link only to an http(s) address.
      for (const link of shadow.querySelectorAll<HTMLAnchorElement>('a[href]')) expect(['http:', 'https:']).to.include(link.protocol);
      // Its row's launch button in the list: disabled, and inert.
      const row = (await listCell('onerror', PAYLOAD.img)).closest('[role="row"]')!;
      const launch = [...row.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.getAttribute('aria-label')?.startsWith('Launch'))!;
      expect(launch.getAttribute('aria-disabled')).to.equal('true');
      expect(await withWindowOpenStub(() => launch.click()), 'window.open calls').to.deep.equal([]);
      await expectNothingRan(root);
    });

    it('opens the tag editor of the hostile customer: labels as text, colours load nothing', async () => {
      const row = (await listCell('onerror', PAYLOAD.img)).closest('[role="row"]')!;
      const edit = [...row.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.getAttribute('aria-label')?.startsWith('Edit tags'))!;
      expectShows(edit.getAttribute('aria-label'), [PAYLOAD.img], 'the edit button label');
      // (The page's resource timing buffer is full of the kit's modules by now.)
      performance.clearResourceTimings();
      edit.click();
      const dialog = () => list().shadowRoot!.querySelector('dialog');
      await waitUntil(() => dialog()?.open, 'the tag editor did not open');
      expectShows(dialog()!.querySelector('h2')!.textContent, [PAYLOAD.img], 'the tag editor heading');
      expectShows(deepText(dialog()!), [SHORT_PAYLOAD.img, SHORT_PAYLOAD.script, SHORT_PAYLOAD.template, SHORT_PAYLOAD.zalgo], 'the tag editor');
      await settle(200);
      const fetched = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('hostile-probe'));
      expect(fetched.map((entry) => entry.name), 'requests made from tag colours').to.deep.equal([]);
      dialog()!.close();
      await expectNothingRan(root);
    });

    it('shows the chart tooltips of hostile categories as canvas text, with no element from them', async () => {
      const analytics = await new InMemoryProvider(dataset).getCallingAnalytics();
      for (const [tag, names] of [
        ['feature-usage-chart', [...analytics.featureUsage].sort((a, b) => b.calls - a.calls).map((feature) => feature.feature)],
        ['endpoint-quality-chart', analytics.endpointQuality.map((endpoint) => endpoint.endpoint)],
      ] as const) {
        const chart = root.querySelector<HTMLElement>(tag)!;
        const tooltips = await everyTooltip(chart, names.length);
        // Each tooltip starts with its category as text (chartText only puts a zero-width space after each "{").
        const firstLines = tooltips.map((tooltip) => tooltip.split('\n')[0]!);
        expect(firstLines.map(brief), `${tag} tooltips`).to.deep.equal(names.map((name) => brief(chartText(name))));
        expect(firstLines.every((line, index) => line === chartText(names[index]!)), `${tag} tooltips in full`).to.equal(true);
        expect(names.some((name) => PAYLOADS.slice(0, 4).includes(name)), `${tag} has hostile categories`).to.equal(true);
        // Nothing but echarts' own container and canvas in the plot.
        const plot = chart.shadowRoot!.querySelector('.plot')!;
        expect([...new Set([...plot.querySelectorAll('*')].map((element) => element.localName))].sort()).to.deep.equal(['canvas', 'div']);
        expect(plot.textContent).to.equal('');
      }
      await expectNothingRan(root);
    });

    it('shows no javascript: resource as a link, and keeps http(s) ones working', async () => {
      const center = root.querySelector('resource-center')!.shadowRoot!;
      const quick = center.querySelector('[part="quick-links"] li')!;
      // The first quick link has a `javascript:` URL: its title is text, not a link.
      expect(quick.querySelector('a') === null).to.equal(true);
      expectSame(quick.textContent!.trim(), PAYLOAD.img, 'the first quick link');
      const links = [...center.querySelectorAll<HTMLAnchorElement>('a[href]')];
      expect(links.length).to.be.above(0);
      for (const link of links) expect(['http:', 'https:', 'tel:'], link.href).to.include(link.protocol);
      // The long one has a working https URL (carrying markup): a link.
      const long = links.find((link) => link.textContent!.includes(LONG_NAME));
      expect(long?.href).to.equal(new URL(HTTPS_WITH_MARKUP).href);
      // The helpdesk: a `javascript:` address and a phone number with markup are text.
      const helpdesk = center.querySelector('[part="helpdesk"]')!;
      expect(helpdesk.querySelector('a') === null).to.equal(true);
      expectShows(helpdesk.textContent, ['JAVASCRIPT:window.__pwned=12', PAYLOAD.img], 'the helpdesk');
      // Clicking the text of a `javascript:` resource does nothing.
      quick.querySelector<HTMLElement>('.title')!.click();
      await expectNothingRan(root);
    });

    it('exports every table and chart as CSV with formulas neutralised', async () => {
      list().search = '';
      await list().updateComplete;
      const csv = await list().exportCsv();
      expect(formulaCells(csv), 'customer list: cells starting like a formula').to.deep.equal([]);
      const cells = parseCsv(csv.slice(1)).flat();
      for (const payload of [PAYLOAD.img, PAYLOAD.script, PAYLOAD.template, LONG_NAME, PAYLOAD.control, PAYLOAD.zalgo, PAYLOAD.bidi, ...NEUTRALISED]) {
        expect(cells.includes(payload), `customer list CSV holds ${JSON.stringify(payload.slice(0, 40))}`).to.equal(true);
      }
      expect(parseCsv(csv.slice(1)).length).to.equal(dataset.customers.length + 1);

      const exported: string[] = [];
      for (const tag of ['subscription-section', 'calling-usage-table', 'call-quality-table', 'call-queue-insights']) {
        for (const element of root.querySelectorAll<HTMLElement & {exportCsv(): string}>(tag)) {
          const table = element.exportCsv();
          expect(formulaCells(table), `${tag}: cells starting like a formula`).to.deep.equal([]);
          exported.push(table);
          // The Export CSV button downloads the same file.
          const button = element.shadowRoot!.querySelector<HTMLElement>('[part="export"]');
          if (button) expect(await downloadedCsv(button)).to.equal(table);
        }
      }
      const all = parseCsv(exported.map((table) => table.slice(1)).join('')).flat();
      expect(NEUTRALISED.filter((payload) => all.includes(payload)).length, 'neutralised formulas in the analytics tables').to.be.above(2);

      // The charts' tables: shown, exported through their button.
      for (const [tag, names] of Object.entries(CHART_NAMES)) {
        const chart = root.querySelector<HTMLElement & {updateComplete: Promise<unknown>}>(tag)!;
        chart.shadowRoot!.querySelector<HTMLElement>('[part="table-toggle"]')!.click();
        await chart.updateComplete;
        const table = await downloadedCsv(chart.shadowRoot!.querySelector<HTMLElement>('[part="export"]')!);
        expect(formulaCells(table), `${tag}: cells starting like a formula`).to.deep.equal([]);
        const cells = parseCsv(table.slice(1)).flat();
        for (const name of names) expectListed(cells, /^[=+\-@\t\r]/.test(name) ? `'${name}` : name, `${tag} CSV`);
        expectShows(deepText(chart), names, `${tag} table`);
      }
      await expectNothingRan(root);
    });

    it('keeps the layout: the 10,000-character name is cut everywhere, with its full text as a tooltip', async () => {
      // The list, its detail beside it, then every area.
      const cell = await listCell('Long name that never', LONG_NAME);
      expectCut(cell, cell.closest('[role="row"]')!, LONG_NAME);
      expect(cell.getBoundingClientRect().width).to.be.below(list().getBoundingClientRect().width / 2);
      const detail = await openDetail('Long name that never', LONG_NAME);
      const name = detail.shadowRoot!.querySelector<HTMLElement>('h2.name')!;
      expectCut(name, detail, LONG_NAME, 3);
      for (const tab of detail.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')) {
        tab.click();
        await frame();
        expectContained(hub);
      }
      // The analytics tables (calling, queues, subscriptions) cut names and ids like names.
      const named = deepElements(root).filter((element): element is HTMLElement => element.matches('span.cut') && element.textContent === LONG_NAME);
      expect(named.map((element) => hostOf(element).localName)).to.include.members(['calling-usage-table', 'call-quality-table', 'call-queue-insights']);
      for (const element of named) expectCut(element, element.closest('td')!, LONG_NAME);
      // The feature chart's summary names the long feature: three lines at most, all of it in the title.
      const summary = root.querySelector('feature-usage-chart')!.shadowRoot!.querySelector<HTMLElement>('.summary')!;
      expectShows(summary.textContent, [LONG_NAME], 'the feature chart summary');
      expectCut(summary, summary.parentElement!, summary.textContent!, 3);
      // The resources: the long title (a link) and the long category (in its line and its select).
      const center = root.querySelector<HTMLElement>('resource-center')!;
      const link = [...center.shadowRoot!.querySelectorAll<HTMLElement>('.link')].find((element) => element.textContent!.includes(LONG_NAME))!;
      expectCut(link, center, LONG_NAME, 3);
      const meta = [...center.shadowRoot!.querySelectorAll<HTMLElement>('.meta')].filter((element) => element.textContent!.includes(LONG_NAME));
      expect(meta.length).to.be.above(0);
      for (const element of meta) expectCut(element, center, element.textContent!, 2);
      for (const select of center.shadowRoot!.querySelectorAll('select')) {
        expect(select.getBoundingClientRect().width, 'a select').to.be.at.most(center.getBoundingClientRect().width);
      }
      for (const area of ['overview', 'subscriptions', 'calling', 'customers', 'resources'] as const) {
        hub.showArea(area);
        await frame();
        expectContained(hub);
      }
      await expectNothingRan(root);
    });
  });

  describe('standalone elements', () => {
    let provider: InMemoryProvider;

    before(() => {
      provider = new InMemoryProvider(hostile.dataset);
    });

    /** `tag` on the provider in a 700 px column, once it has its data. */
    async function mount(tag: string, attributes: Record<string, string> = {}): Promise<{box: HTMLElement; el: HTMLElement}> {
      const box = await fixture<HTMLElement>(html`<div style="width: 700px"></div>`);
      const el = document.createElement(tag) as HTMLElement & {provider?: unknown; updateComplete: Promise<unknown>};
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.provider = provider;
      box.append(el);
      await waitUntil(() => el.shadowRoot && !el.matches(':state(loading)') && el.shadowRoot.childElementCount > 0, `<${tag}> did not load`, {timeout: 5000});
      await el.updateComplete;
      await frame();
      return {box, el};
    }

    it('<customer-detail> of the hostile customer, on every tab', async () => {
      const {box, el} = await mount('customer-detail', {'customer-id': hostile.spotlightId});
      await waitUntil(() => el.shadowRoot!.querySelector('h2.name'), 'no customer');
      expectSame(el.shadowRoot!.querySelector('h2.name')!.textContent, PAYLOAD.img, 'the detail heading');
      for (const tab of el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')) {
        tab.click();
        await frame();
        expect(markupFromData(box)).to.deep.equal([]);
        expectContained(box);
      }
      // Partner administrators, with hostile names and e-mail addresses, and the select to add one.
      expectShows(deepText(el), [PAYLOAD.script, PAYLOAD.hyperlink], 'the detail');
      const select = el.shadowRoot!.querySelector('select');
      if (select) expect(select.getBoundingClientRect().width).to.be.at.most(box.getBoundingClientRect().width);
      expect(await withWindowOpenStub(() => el.shadowRoot!.querySelector<HTMLElement>('[part="launch"]')?.click())).to.deep.equal([]);
      await expectNothingRan(box);
    });

    it('<customer-detail> of the long-named customer', async () => {
      const {box, el} = await mount('customer-detail', {'customer-id': hostile.longId});
      await waitUntil(() => el.shadowRoot!.querySelector('h2.name'), 'no customer');
      expectCut(el.shadowRoot!.querySelector<HTMLElement>('h2.name')!, el, LONG_NAME, 3);
      expectContained(box);
      await expectNothingRan(box);
    });

    it('<resource-center>', async () => {
      const {box, el} = await mount('resource-center');
      const text = deepText(el);
      expectShows(text, [PAYLOAD.img, PAYLOAD.script, PAYLOAD.jsUrl, PAYLOAD.template, LONG_NAME], '<resource-center>');
      for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')) expect(['http:', 'https:', 'tel:']).to.include(link.protocol);
      // Every resource with a script URL (whatever its spelling) shows as text.
      const resources = await provider.getResources();
      const inert = resources.all.filter((resource) => !/^https?:|^\/|^[^:]*$/i.test(resource.url.replace(/[\s\u0000-\u001f]/g, '')));
      expect(inert.length).to.be.above(3);
      const titles = [...el.shadowRoot!.querySelectorAll('[part="all"] .title')].map((title) => title.textContent);
      for (const resource of inert) expectListed(titles, resource.title, `the resource at ${brief(resource.url)} as text`);
      // Searching for markup finds it as text.
      (el as HTMLElement & {search: string}).search = 'onerror';
      await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expectShows(deepText(el), [PAYLOAD.img], 'the search result');
      expectContained(box);
      await expectNothingRan(box);
    });

    for (const tag of ['call-queue-insights', 'calling-usage-table', 'call-quality-table']) {
      it(`<${tag}>`, async () => {
        const {box, el} = await mount(tag);
        const names = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td span.cut')];
        expectListed(names.map((name) => name.textContent), LONG_NAME, `<${tag}> names`);
        for (const name of names) expectSame(name.title, name.textContent!, 'a name tooltip');
        expectCut(names.find((name) => name.textContent === LONG_NAME)!, el, LONG_NAME);
        expect(formulaCells((el as HTMLElement & {exportCsv(): string}).exportCsv())).to.deep.equal([]);
        expectContained(box);
        await expectNothingRan(box);
      });
    }

    it('<subscription-section> (each section, both products)', async () => {
      const box = await fixture<HTMLElement>(html`<div style="width: 700px"></div>`);
      const sections: (HTMLElement & {provider?: unknown; exportCsv(): string})[] = [];
      for (const product of ['meetings', 'calling']) {
        for (const section of ['recently-added', 'expiring', 'renewing', 'low-assignment', 'over-limit']) {
          const el = document.createElement('subscription-section') as (typeof sections)[number];
          el.setAttribute('section', section);
          el.setAttribute('product', product);
          el.provider = provider;
          box.append(el);
          sections.push(el);
        }
      }
      await waitFor(() => sections.every((el) => el.shadowRoot?.querySelector('h3') && !el.matches(':state(loading)')), 'the sections did not load');
      await frame();
      let names = 0;
      for (const el of sections) {
        const where = `${el.getAttribute('product')} ${el.getAttribute('section')}`;
        for (const name of el.shadowRoot!.querySelectorAll<HTMLElement>('td span.cut')) {
          names += 1;
          expectSame(name.title, name.textContent!, `${where}: a name's tooltip`);
          expect(name.getBoundingClientRect().width, where).to.be.at.most(name.closest('td')!.getBoundingClientRect().width);
        }
        expect(formulaCells(el.exportCsv()), where).to.deep.equal([]);
      }
      expect(names).to.be.above(10);
      expectShows(deepText(box), [PAYLOAD.img, PAYLOAD.script, PAYLOAD.template, PAYLOAD.hyperlink], 'the sections');
      expectContained(box);
      await expectNothingRan(box);
    });

    it('<customer-list>, connected and presentational', async () => {
      const {box, el} = await mount('customer-list');
      const list = el as HTMLElement & {search: string; rows?: unknown; exportCsv(): Promise<string>};
      list.search = 'onerror';
      await waitUntil(() => deepText(el).includes(PAYLOAD.img), 'the hostile customer is not listed');
      expect(formulaCells(await list.exportCsv())).to.deep.equal([]);
      expectContained(box);
      await expectNothingRan(box);
      // Presentational: the rows given directly.
      const page = await provider.listCustomers({limit: 100});
      const other = await fixture<HTMLElement>(html`<div style="width: 700px"><customer-list .rows=${page.items}></customer-list></div>`);
      const presentational = other.querySelector('customer-list')!;
      await waitUntil(() => presentational.shadowRoot!.querySelector('.body .cell--name'), 'no rows');
      const shown = [...presentational.shadowRoot!.querySelectorAll<HTMLElement>('.body .cell--name')].map((cell) => cell.title);
      expect(shown.length > 0 && shown.every((name) => page.items.some((row) => row.name === name)), 'rows shown as given').to.equal(true);
      expect(formulaCells(await (presentational as typeof list).exportCsv())).to.deep.equal([]);
      expectContained(other);
      await expectNothingRan(other);
    });

    it('the feature and endpoint charts, with their tables', async () => {
      for (const tag of ['feature-usage-chart', 'endpoint-quality-chart']) {
        const {box, el} = await mount(tag);
        await drawnChart(el);
        const summary = el.shadowRoot!.querySelector<HTMLElement>('.summary')!;
        expectSame(summary.title, summary.textContent!, 'the summary tooltip');
        el.shadowRoot!.querySelector<HTMLElement>('[part="table-toggle"]')!.click();
        await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
        const heads = [...el.shadowRoot!.querySelectorAll('tbody th')].map((cell) => cell.textContent);
        for (const name of CHART_NAMES[tag as keyof typeof CHART_NAMES]) expectListed(heads, name, `<${tag}> table`);
        expectShows(el.shadowRoot!.querySelector('.plot')!.getAttribute('aria-label'), [summary.textContent!], `<${tag}> accessible name`);
        expectContained(box);
        await expectNothingRan(box);
      }
    });
  });
});
