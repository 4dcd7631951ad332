import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {
  generateDataset,
  InMemoryProvider,
  OVERVIEW_KPI_IDS,
  type OverviewKpiId,
  type OverviewKpis,
  type PartnerHubDataProvider,
} from '../../packages/core/src/index.ts';
import '../../packages/widgets/src/hub-overview/define.ts';
import type {HubOverview} from '../../packages/widgets/src/hub-overview/hub-overview.ts';
import type {KpiTile} from '../../packages/widgets/src/kpi-tile/kpi-tile.ts';
import type {KpiActivateEvent} from '../../packages/widgets/src/events/kpi-activate.ts';
import {controllableProvider, expectEvent, expectNoEvent} from '../helpers/fixtures.ts';

const RULES = {windowDays: 90, lowAssignmentFactor: 0.5, lowAssignmentMinAgeDays: 30, expiringSoonDays: 30, noRecentActivityDays: 30};

function kpisOf(values: Partial<OverviewKpis> = {}): OverviewKpis {
  return {
    asOf: '2026-06-15T12:00:00.000Z',
    totalCustomers: 1234,
    nearingExpiration: 12,
    nearingRenewal: 34,
    lowAssignment: 5,
    overLimit: 3,
    rules: RULES,
    ...values,
  };
}

function tiles(el: HubOverview): KpiTile[] {
  return [...el.shadowRoot!.querySelectorAll<KpiTile>('kpi-tile')];
}

function tile(el: HubOverview, kpi: OverviewKpiId): KpiTile {
  const found = tiles(el).find((candidate) => candidate.kpi === kpi);
  if (!found) throw new Error(`no tile for ${kpi}`);
  return found;
}

function tileButton(el: HubOverview, kpi: OverviewKpiId): HTMLButtonElement | null {
  return tile(el, kpi).shadowRoot!.querySelector<HTMLButtonElement>('button');
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function settled(el: HubOverview): Promise<void> {
  await waitUntil(() => !el.matches(':state(loading)') && el.shadowRoot!.querySelector('.grid, .state'), 'the overview did not finish loading');
  await el.updateComplete;
  await Promise.all(tiles(el).map((t) => t.updateComplete));
}

async function mount(provider: PartnerHubDataProvider): Promise<HubOverview> {
  const el = await fixture<HubOverview>(html`<hub-overview .provider=${provider}></hub-overview>`);
  await settled(el);
  return el;
}

describe('<hub-overview>', () => {
  let provider: InMemoryProvider;

  beforeEach(() => {
    provider = new InMemoryProvider(generateDataset({customers: 80, seed: 5}));
  });

  describe('connected', () => {
    it('shows the five KPIs with the values the provider answers', async () => {
      const answer = await provider.getOverviewKpis();
      const el = await mount(provider);
      expect(tiles(el).map((t) => t.kpi)).to.deep.equal([...OVERVIEW_KPI_IDS]);
      for (const kpi of OVERVIEW_KPI_IDS) {
        expect(tile(el, kpi).value, kpi).to.equal(answer[kpi]);
        expect(text(tile(el, kpi).shadowRoot!.querySelector('[part="value"]')), kpi).to.equal(answer[kpi].toLocaleString('en'));
      }
      // The generated data has customers in every KPI, so the check above compares real counts.
      expect(OVERVIEW_KPI_IDS.every((kpi) => answer[kpi] > 0)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows placeholders while loading, then the answer', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<HubOverview>(html`<hub-overview .provider=${slow}></hub-overview>`);
      await waitUntil(() => pending.length === 1, 'no provider call');
      expect(pending[0]!.method).to.equal('getOverviewKpis');
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(tiles(el).length).to.equal(5);
      expect(tiles(el).every((t) => t.loading)).to.equal(true);
      await expect(el).to.be.accessible();
      pending[0]!.release();
      await settled(el);
      expect(el.matches(':state(loading)')).to.equal(false);
      expect(tiles(el).some((t) => t.loading)).to.equal(false);
      expect(tile(el, 'totalCustomers').value).to.equal((await provider.getOverviewKpis()).totalCustomers);
    });

    it('shows the provider error with Retry, and Retry loads again', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<HubOverview>(html`<hub-overview .provider=${slow}></hub-overview>`);
      await waitUntil(() => pending.length === 1, 'no provider call');
      pending[0]!.fail(new Error('The partner service is down.'));
      await waitUntil(() => el.matches(':state(error)'), 'no error state');
      const error = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(text(error)).to.contain('The partner service is down.');
      expect(tiles(el).length).to.equal(0);
      await expect(el).to.be.accessible();
      error.querySelector('button')!.click();
      await waitUntil(() => pending.length === 2, 'Retry did not call the provider');
      pending[1]!.release();
      await settled(el);
      expect(el.matches(':state(error)')).to.equal(false);
      expect(tiles(el).length).to.equal(5);
    });

    it('is empty when no customer has a Meetings or Calling record (messaging only)', async () => {
      const data = generateDataset({customers: 50, seed: 5});
      const messagingOnly = {...data, subscriptions: data.subscriptions.map((record) => ({...record, product: 'messaging'}))};
      const empty = new InMemoryProvider(messagingOnly);
      expect((await empty.getOverviewKpis()).totalCustomers).to.equal(0);
      const el = await mount(empty);
      expect(el.matches(':state(empty)')).to.equal(true);
      expect(text(el.shadowRoot!.querySelector('[part="empty"]'))).to.contain('No customers');
      expect(tiles(el).length).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('rules', () => {
    it('states each rule in words with the provider’s windows', async () => {
      const el = await fixture<HubOverview>(html`<hub-overview .kpis=${kpisOf()}></hub-overview>`);
      await settled(el);
      expect(tile(el, 'nearingExpiration').rule).to.equal('Active, not auto-renewing, ending within 90 days');
      expect(tile(el, 'nearingRenewal').rule).to.equal('Active, auto-renewing, renewing within 90 days');
      expect(tile(el, 'lowAssignment').rule).to.equal(
        "Assigned below 50% of the median of the same product's subscriptions, started at least 30 days ago",
      );
      expect(tile(el, 'overLimit').rule).to.equal('Active, with more licenses assigned than purchased');
      expect(tile(el, 'totalCustomers').rule).to.equal('Customers with a Meetings or Calling subscription or trial, in any state');
      expect(text(tile(el, 'lowAssignment').shadowRoot!.querySelector('[part="rule"]'))).to.contain('below 50%');
    });

    it('follows other windows, factors and minimum ages', async () => {
      const rules = {...RULES, windowDays: 1, lowAssignmentFactor: 0.25, lowAssignmentMinAgeDays: 45};
      const el = await fixture<HubOverview>(html`<hub-overview .kpis=${kpisOf({rules})}></hub-overview>`);
      await settled(el);
      expect(tile(el, 'nearingExpiration').rule).to.equal('Active, not auto-renewing, ending within 1 day');
      expect(tile(el, 'lowAssignment').rule).to.equal(
        "Assigned below 25% of the median of the same product's subscriptions, started at least 45 days ago",
      );
    });

    it('formats numbers for the element’s locale', async () => {
      const el = await fixture<HubOverview>(html`<hub-overview lang="de" .kpis=${kpisOf()}></hub-overview>`);
      await settled(el);
      expect(text(tile(el, 'totalCustomers').shadowRoot!.querySelector('[part="value"]'))).to.equal('1.234');
      expect(tile(el, 'nearingExpiration').rule).to.contain('90 Tage');
      expect(tile(el, 'lowAssignment').rule).to.contain('50\u00a0%');
    });
  });

  describe('presentational', () => {
    it('shows the kpis property without a provider', async () => {
      const el = await fixture<HubOverview>(html`<hub-overview .kpis=${kpisOf({overLimit: 77})}></hub-overview>`);
      await settled(el);
      expect(tile(el, 'overLimit').value).to.equal(77);
      expect(el.matches(':state(empty)')).to.equal(false);
      el.kpis = kpisOf({overLimit: 78});
      await settled(el);
      expect(tile(el, 'overLimit').value).to.equal(78);
    });

    it('prefers the kpis property over the provider, and makes no call for it', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<HubOverview>(html`<hub-overview .provider=${slow} .kpis=${kpisOf({lowAssignment: 9})}></hub-overview>`);
      await settled(el);
      expect(pending.length).to.equal(0);
      expect(tile(el, 'lowAssignment').value).to.equal(9);
    });

    it('is empty for zero customers and without data', async () => {
      const zero = await fixture<HubOverview>(html`<hub-overview .kpis=${kpisOf({totalCustomers: 0})}></hub-overview>`);
      await settled(zero);
      expect(zero.matches(':state(empty)')).to.equal(true);
      await expect(zero).to.be.accessible();
      const none = await fixture<HubOverview>(html`<hub-overview></hub-overview>`);
      expect(none.matches(':state(empty)')).to.equal(true);
    });
  });

  describe('tiles and activation', () => {
    it('makes every tile but total customers interactive', async () => {
      const el = await fixture<HubOverview>(html`<hub-overview .kpis=${kpisOf()}></hub-overview>`);
      await settled(el);
      expect(tiles(el).map((t) => t.interactive)).to.deep.equal([false, true, true, true, true]);
      expect(tileButton(el, 'totalCustomers') === null).to.equal(true);
    });

    it('marks the tile of active-kpi, as attribute and property', async () => {
      const el = await fixture<HubOverview>(html`<hub-overview active-kpi="overLimit" .kpis=${kpisOf()}></hub-overview>`);
      await settled(el);
      expect(el.activeKpi).to.equal('overLimit');
      expect(tiles(el).filter((t) => t.selected).map((t) => t.kpi)).to.deep.equal(['overLimit']);
      expect(tileButton(el, 'overLimit')!.getAttribute('aria-current')).to.equal('true');
      el.activeKpi = 'nearingRenewal';
      await settled(el);
      expect(el.getAttribute('active-kpi')).to.equal('nearingRenewal');
      expect(tiles(el).filter((t) => t.selected).map((t) => t.kpi)).to.deep.equal(['nearingRenewal']);
      expect(tileButton(el, 'overLimit')!.hasAttribute('aria-current')).to.equal(false);
      el.activeKpi = undefined;
      await settled(el);
      expect(el.hasAttribute('active-kpi')).to.equal(false);
      expect(tiles(el).some((t) => t.selected)).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('lets kpi-activate from a clicked tile reach the host page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><hub-overview .kpis=${kpisOf()}></hub-overview></div>`);
      const el = wrapper.querySelector('hub-overview')!;
      await settled(el);
      const event = await expectEvent<KpiActivateEvent>(wrapper, 'kpi-activate', () => tileButton(el, 'lowAssignment')!.click());
      expect(event.detail.kpi).to.equal('lowAssignment');
      expect(event.composed && event.bubbles).to.equal(true);
      expect(event.target === el).to.equal(true);
    });

    for (const key of ['Enter', ' '] as const) {
      it(`activates a focused tile with ${key === ' ' ? 'Space' : key}`, async () => {
        const el = await fixture<HubOverview>(html`<hub-overview .kpis=${kpisOf()}></hub-overview>`);
        await settled(el);
        tileButton(el, 'nearingExpiration')!.focus();
        const event = await expectEvent<KpiActivateEvent>(el, 'kpi-activate', () => sendKeys({press: key === ' ' ? 'Space' : key}));
        expect(event.detail.kpi).to.equal('nearingExpiration');
      });
    }

    it('does not activate the selected tile itself: the host applies the filter', async () => {
      const el = await fixture<HubOverview>(html`<hub-overview .kpis=${kpisOf()}></hub-overview>`);
      await settled(el);
      await expectEvent(el, 'kpi-activate', () => tileButton(el, 'overLimit')!.click());
      await el.updateComplete;
      expect(el.activeKpi === undefined).to.equal(true);
    });

    it('fires nothing when properties change or data loads', async () => {
      await expectNoEvent(document, 'kpi-activate', async () => {
        const el = await mount(provider);
        el.activeKpi = 'overLimit';
        el.kpis = kpisOf();
        await settled(el);
        el.activeKpi = undefined;
        await settled(el);
      });
    });
  });
});
