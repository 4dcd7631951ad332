/**
 * The hub's integration check: every KPI number on screen is the provider's answer, formatted,
 * for a generated dataset — the overview, each subscription section for both products, and the
 * call queue insights.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {generateDataset, InMemoryProvider, type SubscriptionAnalytics} from '@partner-hub/core';
import {Formatter, formatKpiValue, ProductChangeEvent, type KpiFormat} from '@partner-hub/widgets';
import '../../packages/hub/src/define.ts';
import type {PartnerHub} from '../../packages/hub/src/partner-hub.ts';

type Tile = HTMLElement & {kpi: string; value: number | null; format: KpiFormat; loading: boolean};

const dataset = generateDataset({seed: 11, customers: 1_500});
const format = new Formatter('en');

function tilesIn(element: Element | null): Tile[] {
  return [...(element?.shadowRoot?.querySelectorAll<Tile>('kpi-tile') ?? [])];
}

/** The text the tile shows as its value. */
function shownValue(tile: Tile): string {
  return tile.shadowRoot?.querySelector('[part="value"]')?.textContent?.trim() ?? '';
}

const settled = (element: Element) => !element.matches(':state(loading)') && tilesIn(element).every((tile) => !tile.loading);

/** camelCase key of a section id (`recently-added` → `recentlyAdded`). */
const sectionKey = (id: string) => id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as keyof SubscriptionAnalytics;

describe('<partner-hub> numbers', () => {
  let provider: InMemoryProvider;
  let hub: PartnerHub;

  // One hub for all the checks, mounted by hand: fixture() would remove it after the first test.
  before(async () => {
    provider = new InMemoryProvider(dataset);
    hub = document.createElement('partner-hub');
    hub.provider = provider;
    document.body.append(hub);
    await hub.updateComplete;
    await waitUntil(() => !hub.shadowRoot!.querySelector('.area[aria-busy="true"]'), 'the areas did not mount', {timeout: 5000});
  });

  after(() => hub.remove());

  it('shows the overview KPIs the provider computes', async () => {
    const overview = hub.shadowRoot!.querySelector('hub-overview')!;
    await waitUntil(() => tilesIn(overview).length === 5 && settled(overview), 'overview still loading', {timeout: 10_000});
    const kpis = await provider.getOverviewKpis();
    for (const tile of tilesIn(overview)) {
      const expected = kpis[tile.kpi as keyof typeof kpis] as number;
      expect(tile.value, tile.kpi).to.equal(expected);
      expect(shownValue(tile), tile.kpi).to.equal(formatKpiValue(format, 'number', expected));
    }
  });

  for (const product of ['meetings', 'calling'] as const) {
    it(`shows every subscription section's KPIs for ${product}`, async () => {
      if (product !== hub.product) {
        hub.shadowRoot!.querySelector('product-toggle')!.dispatchEvent(new ProductChangeEvent(product));
        await hub.updateComplete;
      }
      const sections = [...hub.shadowRoot!.querySelectorAll<HTMLElement & {section: string; product: string}>('subscription-section')];
      expect(sections.length).to.equal(5);
      await waitUntil(() => sections.every((section) => section.product === product && settled(section)), 'sections still loading', {timeout: 10_000}).catch((error: Error) => {
        throw new Error(`${error.message}: ${sections.map((s) => `${s.section} ${s.product} loading=${s.matches(':state(loading)')} tiles=${tilesIn(s).map((t) => t.loading).join()}`).join('; ')}`);
      });
      const analytics = await provider.getSubscriptionAnalytics(product);
      let checked = 0;
      for (const section of sections) {
        const answer = analytics[sectionKey(section.section)] as unknown as Record<string, number | null>;
        for (const tile of tilesIn(section)) {
          const expected = answer[tile.kpi];
          expect(expected !== undefined, `${section.section}.${tile.kpi} is an answer field`).to.equal(true);
          expect(tile.value, `${section.section}.${tile.kpi}`).to.equal(expected);
          expect(shownValue(tile), `${section.section}.${tile.kpi}`).to.equal(formatKpiValue(format, tile.format, expected));
          checked += 1;
        }
      }
      // 2 + 3 + 3 + 4 + 3 KPIs (SPEC §3).
      expect(checked).to.equal(15);
    });
  }

  it('shows the call queue KPIs the provider computes', async () => {
    const insights = hub.shadowRoot!.querySelector('call-queue-insights')!;
    await waitUntil(() => tilesIn(insights).length === 3 && settled(insights), 'queue insights still loading', {timeout: 10_000});
    const {queue} = await provider.getCallingAnalytics();
    for (const tile of tilesIn(insights)) {
      const expected = queue[tile.kpi as 'avgTimeToAnswer' | 'avgWaitBeforeAbandon' | 'abandonRate'];
      expect(tile.value, tile.kpi).to.equal(expected);
      expect(shownValue(tile), tile.kpi).to.equal(formatKpiValue(format, tile.format, expected));
    }
  });

  it('passes axe with every area loaded', async () => {
    await waitUntil(() => !hub.shadowRoot!.querySelector(':is(*):state(loading)'), 'still loading', {timeout: 10_000}).catch(() => {});
    await expect(hub).to.be.accessible();
  });

  it('passes axe in the dark theme too (contrast included)', async () => {
    hub.dataset.phTheme = 'dark';
    try {
      await expect(hub).to.be.accessible();
    } finally {
      delete hub.dataset.phTheme;
    }
  });

  it('counts the customers in the list as the provider does', async () => {
    const list = hub.shadowRoot!.querySelector('customer-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('.count')?.textContent?.trim(), 'no count', {timeout: 10_000});
    const {total} = await provider.listCustomers({limit: 1});
    expect(list.shadowRoot!.querySelector('.count')!.textContent!.trim()).to.equal(`${format.number(total)} customers`);
  });
});
