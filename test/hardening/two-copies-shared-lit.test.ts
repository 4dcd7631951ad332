/**
 * Hardening, point 5, second form: two builds of the kit on one page over one shared Lit, @lit/context,
 * @lit/localize and echarts — what a host app gets when two of its bundles (or two versions) each
 * include the kit's own modules (`dist/packages/*.js` leave those libraries to the host's bundler).
 * The hardening middleware serves the kit's modules a second time under `/__copy/kit/`, with every
 * node_modules import pointing at the page's first copy.
 *
 * The page must not throw, must get one "already defined" warning, and the elements must keep
 * working, on a provider of either copy.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {LitElement} from 'lit';
import '../../packages/hub/src/define.ts';
import {PartnerHub} from '../../packages/hub/src/partner-hub.ts';
import {generateDataset, InMemoryProvider} from '../../packages/core/src/index.ts';
import {CHART_TAGS, hubSettled, inside} from './frame.ts';

const COPY = '/__copy/kit';
const dataset = generateDataset({seed: 4, customers: 120});

function load<T = Record<string, unknown>>(url: string): Promise<T> {
  return import(/* @vite-ignore */ url) as Promise<T>;
}

describe('two copies of the kit over one Lit (Hardening 5)', function () {
  this.timeout(40_000);
  const warnings: string[] = [];

  before(async () => {
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
      original.apply(console, args);
    };
    try {
      await load(`${COPY}/packages/hub/src/define.ts`);
    } finally {
      console.warn = original;
    }
  });

  it('loads the second copy without an exception, and warns once that its elements are defined already', () => {
    const duplicates = warnings.filter((warning) => warning.startsWith('[partner-hub]') && warning.includes('is already defined'));
    expect(duplicates.length, warnings.join('\n')).to.equal(1);
  });

  it('really is a second copy of the kit, on the same Lit', async () => {
    const copy2 = await load<{PartnerHub: typeof PartnerHub}>(`${COPY}/packages/hub/src/partner-hub.ts`);
    expect(copy2.PartnerHub !== PartnerHub).to.equal(true);
    expect(copy2.PartnerHub.prototype instanceof LitElement, 'the same LitElement').to.equal(true);
    expect(customElements.get('partner-hub') === PartnerHub).to.equal(true);
    expect((globalThis as {litHtmlVersions?: string[]}).litHtmlVersions?.length).to.equal(1);
  });

  it('keeps the elements working, on a provider of either copy', async () => {
    const copy2Core = await load<{InMemoryProvider: typeof InMemoryProvider}>(`${COPY}/packages/core/src/index.ts`);
    expect(copy2Core.InMemoryProvider !== InMemoryProvider).to.equal(true);
    for (const provider of [new InMemoryProvider(dataset), new copy2Core.InMemoryProvider(dataset)]) {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 1280px"><partner-hub .provider=${provider}></partner-hub></div>`);
      const hub = box.querySelector('partner-hub')!;
      await hubSettled(hub, {charts: true});
      const root = hub.shadowRoot!;
      const firstRow = inside(root, 'customer-list', '[role="row"][aria-rowindex="2"]')?.textContent ?? '';
      expect(dataset.customers.some((customer) => firstRow.includes(customer.name)), `a customer in the first row: ${firstRow}`).to.equal(true);
      for (const tag of CHART_TAGS) expect(root.querySelector(tag)!.shadowRoot!.querySelector('.plot canvas'), `${tag} drawn`).not.to.equal(null);
      // Messages still come from the kit's own per-element implementation (the first copy's).
      expect(root.querySelector('nav')?.textContent).to.contain('Customers');
      box.remove();
    }
  });
});
