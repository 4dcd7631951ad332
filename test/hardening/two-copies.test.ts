/**
 * Hardening, point 5: two copies of the kit on one page, each complete with its own Lit, @lit/context,
 * @lit/localize and echarts — as two self-contained bundles (`dist/partner-hub.js` twice, or two
 * versions) would be. The test server's hardening middleware serves the module graph a second time
 * under `/__copy/full/` (test/hardening/hardening-middleware.mjs), so the browser evaluates every
 * module again.
 *
 * The copies are interleaved on purpose: this page registers `<customer-list>` and `<customer-detail>`
 * from copy 1 first, then copy 2 registers everything else (the hub among it), then copy 1 loads in
 * full. The page must not throw, must warn once, and the hub of copy 2 must feed the list and detail
 * of copy 1 (provider and locale cross from one @lit/context to the other, by their Symbol.for keys).
 * The same over one shared Lit is two-copies-shared-lit.test.ts.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../packages/widgets/src/customer-list/define.ts';
import '../../packages/widgets/src/customer-detail/define.ts';
import {CustomerList} from '../../packages/widgets/src/customer-list/customer-list.ts';
import {CustomerDetailElement} from '../../packages/widgets/src/customer-detail/customer-detail.ts';
import {generateDataset, InMemoryProvider} from '../../packages/core/src/index.ts';
import {CHART_TAGS, hubSettled, inside, waitUntil} from './frame.ts';

const COPY = '/__copy/full';
const dataset = generateDataset({seed: 3, customers: 120});

/** Imports a module by URL (no resolution by the bundler or the type checker). */
function load<T = Record<string, unknown>>(url: string): Promise<T> {
  return import(/* @vite-ignore */ url) as Promise<T>;
}

/** `console.warn` calls made while `act` runs. */
async function warningsDuring(act: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  try {
    await act();
  } finally {
    console.warn = original;
  }
  return calls;
}

describe('two complete copies of the kit on one page (Hardening 5)', function () {
  this.timeout(40_000);
  let warnings: string[];

  before(async () => {
    warnings = await warningsDuring(async () => {
      await load(`${COPY}/packages/hub/src/define.ts`);
      await load('/packages/hub/src/define.ts');
    });
  });

  it('loads both without an exception, and warns once', async () => {
    const kit = warnings.filter((warning) => warning.startsWith('[partner-hub]'));
    expect(kit.length, kit.join('\n')).to.equal(1);
    expect(kit[0]).to.contain('is already defined').and.contain('another copy');
  });

  it('really is a second copy: its own Lit and its own classes; the first definition of each tag stays', async () => {
    const versions = (globalThis as {litHtmlVersions?: string[]}).litHtmlVersions ?? [];
    expect(versions.length, 'Lit evaluated twice').to.equal(2);
    const copy2 = await load<{CustomerList: unknown; PartnerHub?: unknown}>(`${COPY}/packages/widgets/src/index.ts`);
    const copy2Hub = await load<{PartnerHub: unknown}>(`${COPY}/packages/hub/src/partner-hub.ts`);
    const copy1Hub = await load<{PartnerHub: unknown}>('/packages/hub/src/partner-hub.ts');
    expect(copy2.CustomerList !== CustomerList).to.equal(true);
    expect(customElements.get('customer-list') === CustomerList, 'copy 1 keeps <customer-list>').to.equal(true);
    expect(customElements.get('customer-detail') === CustomerDetailElement, 'copy 1 keeps <customer-detail>').to.equal(true);
    expect(customElements.get('partner-hub') === copy2Hub.PartnerHub, 'copy 2 has <partner-hub>').to.equal(true);
    expect(copy1Hub.PartnerHub !== copy2Hub.PartnerHub).to.equal(true);
  });

  it('works across the copies: hub of copy 2, list and detail of copy 1, provider of either', async () => {
    const copy2Core = await load<{InMemoryProvider: typeof InMemoryProvider}>(`${COPY}/packages/core/src/index.ts`);
    for (const provider of [new InMemoryProvider(dataset), new copy2Core.InMemoryProvider(dataset)]) {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 1280px">
        <partner-hub lang="de" .provider=${provider}></partner-hub>
      </div>`);
      const hub = box.querySelector('partner-hub')!;
      await hubSettled(hub, {charts: true});
      const root = hub.shadowRoot!;
      const list = root.querySelector('customer-list')!;
      expect(list instanceof CustomerList).to.equal(true);
      expect(list.provider === provider, 'the provider reached the list of the other copy').to.equal(true);
      expect((list as unknown as {contextLocale?: string}).contextLocale, 'so did the locale').to.equal('de');
      const firstRow = inside(root, 'customer-list', '[role="row"][aria-rowindex="2"]')?.textContent ?? '';
      expect(dataset.customers.some((customer) => firstRow.includes(customer.name)), `a customer in the first row: ${firstRow}`).to.equal(true);
      for (const tag of CHART_TAGS) expect(root.querySelector(tag)!.shadowRoot!.querySelector('.plot canvas'), `${tag} drawn`).not.to.equal(null);

      // A row opens the detail (copy 1) beside the list, on the same provider.
      inside(root, 'customer-list', '[role="row"][aria-rowindex="2"] [role="gridcell"]:not(:has(button))')!.click();
      await waitUntil(() => root.querySelector('aside customer-detail')?.shadowRoot?.querySelector('[role="tab"]'), 'the detail did not load', {timeout: 10_000});
      expect(root.querySelector('aside customer-detail') instanceof CustomerDetailElement).to.equal(true);
      box.remove();
    }
  });
});
