import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {generateDataset, InMemoryProvider, type PartnerDataset, type PartnerHubDataProvider} from '@partner-hub/core';
import {KpiActivateEvent, ProductChangeEvent, CustomerSelectEvent, type CustomerList} from '@partner-hub/widgets';
import '../../packages/hub/src/define.ts';
import type {PartnerHub} from '../../packages/hub/src/partner-hub.ts';

const dataset = generateDataset({seed: 5, customers: 300});

function shadow(hub: PartnerHub): ShadowRoot {
  return hub.shadowRoot!;
}

function list(hub: PartnerHub): CustomerList {
  return shadow(hub).querySelector('customer-list')!;
}

/** Whether every area has mounted its elements (those below the overview come a moment later). */
function allMounted(hub: PartnerHub): boolean {
  return !!hub.shadowRoot?.querySelector('.area') && !hub.shadowRoot.querySelector('.area[aria-busy="true"]');
}

async function hubOn(source: {provider?: PartnerHubDataProvider; partnerDataset?: unknown}): Promise<PartnerHub> {
  const hub = await fixture<PartnerHub>(html`<partner-hub .provider=${source.provider} .partnerDataset=${source.partnerDataset}></partner-hub>`);
  if (source.provider) await waitUntil(() => allMounted(hub), 'the areas did not mount', {timeout: 5000});
  return hub;
}

describe('<partner-hub>', () => {
  describe('data source', () => {
    it('shows an invalid dataset as an error that names the JSON paths of its problems', async () => {
      const broken = structuredClone(dataset) as PartnerDataset;
      (broken.subscriptions[3] as {totalLicenses: number}).totalLicenses = -2;
      (broken.customers[1] as {id: unknown}).id = 42;
      const hub = await hubOn({partnerDataset: broken});
      await waitUntil(() => shadow(hub).querySelector('[role="alert"]'), 'no error shown', {timeout: 5000});
      const alert = shadow(hub).querySelector('[role="alert"]');
      expect(alert !== null).to.equal(true);
      const text = alert!.textContent ?? '';
      expect(text).to.contain('subscriptions[3].totalLicenses');
      expect(text).to.contain('customers[1].id');
      expect(shadow(hub).querySelector('customer-list') === null).to.equal(true);
      await expect(hub).to.be.accessible();
    });

    it('shows a document that is not a dataset at all as an error, not a crash', async () => {
      const hub = await hubOn({partnerDataset: 'not json'});
      await waitUntil(() => shadow(hub).querySelector('[role="alert"]'), 'no error shown', {timeout: 5000});
      expect(shadow(hub).querySelector('[role="alert"]')?.textContent).to.contain('$');
    });

    it('serves a valid dataset through an in-memory provider to the elements inside', async () => {
      const hub = await hubOn({partnerDataset: dataset});
      await waitUntil(() => list(hub), 'no customer list', {timeout: 5000});
      const customers = list(hub);
      await waitUntil(() => customers.shadowRoot?.querySelector('[role="row"][aria-rowindex="2"]'), 'no rows', {timeout: 5000});
      expect(customers.provider instanceof InMemoryProvider).to.equal(true);
    });

    it('prefers the provider to the dataset, and passes a new provider down', async () => {
      const first = new InMemoryProvider(dataset);
      const hub = await hubOn({provider: first, partnerDataset: dataset});
      expect(list(hub).provider === first).to.equal(true);
      const second = new InMemoryProvider(dataset);
      hub.provider = second;
      await hub.updateComplete;
      expect(list(hub).provider === second).to.equal(true);
    });

    it('shows one loading state while a dataset is checked, and drops an older dataset that arrives late', async () => {
      const hub = await hubOn({partnerDataset: dataset});
      expect(shadow(hub).querySelector('[role="status"]')?.textContent).to.contain('Loading');
      const newer = generateDataset({seed: 6, customers: 20});
      hub.partnerDataset = newer;
      await waitUntil(() => list(hub), 'no customer list', {timeout: 5000});
      const page = await list(hub).provider!.listCustomers({limit: 1});
      expect(page.total).to.equal(newer.customers.length);
    });

    it('mounts the overview first, then the areas below it, each with its own loading state meanwhile', async () => {
      const hub = await fixture<PartnerHub>(html`<partner-hub .provider=${new InMemoryProvider(dataset)}></partner-hub>`);
      expect(shadow(hub).querySelector('hub-overview') !== null).to.equal(true);
      expect(shadow(hub).querySelector('customer-list') === null).to.equal(true);
      const waiting = [...shadow(hub).querySelectorAll('.area[aria-busy="true"]')].map((area) => area.id);
      expect(waiting).to.deep.equal(['subscriptions', 'calling', 'customers', 'resources']);
      for (const id of waiting) expect(shadow(hub).querySelector(`#${id} [role="status"]`) !== null, id).to.equal(true);
      await waitUntil(() => allMounted(hub), 'the areas did not mount', {timeout: 5000});
      expect(shadow(hub).querySelector('customer-list') !== null).to.equal(true);
    });

    it('says what is missing when it has neither', async () => {
      const hub = await hubOn({});
      expect(shadow(hub).textContent).to.contain('provider');
    });
  });

  describe('wiring', () => {
    let hub: PartnerHub;

    beforeEach(async () => {
      hub = await hubOn({provider: new InMemoryProvider(dataset)});
    });

    it('follows the product toggle and hands the product to the sections', async () => {
      expect(hub.product).to.equal('meetings');
      shadow(hub).querySelector('product-toggle')!.dispatchEvent(new ProductChangeEvent('calling'));
      await hub.updateComplete;
      expect(hub.product).to.equal('calling');
      expect(hub.getAttribute('product')).to.equal('calling');
      const section = shadow(hub).querySelector('subscription-section') as (HTMLElement & {product?: string}) | null;
      if (customElements.get('subscription-section')) expect(section?.product).to.equal('calling');
    });

    it('filters the customer list by an activated KPI tile, and drops the filter on a second activation', async () => {
      const overview = shadow(hub).querySelector('hub-overview')!;
      overview.dispatchEvent(new KpiActivateEvent('overLimit'));
      await hub.updateComplete;
      expect(list(hub).filters.kpi).to.equal('overLimit');
      overview.dispatchEvent(new KpiActivateEvent('overLimit'));
      await hub.updateComplete;
      expect(list(hub).filters.kpi === undefined).to.equal(true);
    });

    it('forgets the KPI when the viewer removes that filter in the list', async () => {
      shadow(hub).querySelector('hub-overview')!.dispatchEvent(new KpiActivateEvent('lowAssignment'));
      await hub.updateComplete;
      const customers = list(hub);
      await waitUntil(() => customers.shadowRoot?.querySelector('button[aria-label^="Remove filter"]'), 'no KPI chip', {timeout: 5000});
      customers.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label^="Remove filter"]')!.click();
      await hub.updateComplete;
      const overview = shadow(hub).querySelector('hub-overview') as HTMLElement & {activeKpi?: string};
      expect(customers.filters.kpi === undefined, 'list filter').to.equal(true);
      expect(overview.activeKpi === undefined, 'overview tile').to.equal(true);
    });

    it('opens a selected customer beside the list, and Escape closes it and returns to the list', async () => {
      const id = dataset.customers[0]!.id;
      list(hub).dispatchEvent(new CustomerSelectEvent(id));
      await hub.updateComplete;
      const panel = shadow(hub).querySelector('aside')!;
      expect(panel.querySelector('customer-detail')?.getAttribute('customer-id')).to.equal(id);
      expect(shadow(hub).activeElement === panel.querySelector('button')).to.equal(true);
      panel.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true, composed: true}));
      await hub.updateComplete;
      expect(shadow(hub).querySelector('aside') === null).to.equal(true);
    });

    it('moves to an area from the navigation, focusing its heading', async () => {
      const link = shadow(hub).querySelector<HTMLAnchorElement>('nav a[href="#customers"]')!;
      link.click();
      expect(shadow(hub).activeElement?.id).to.equal('customers-title');
    });

    it('hands its language to the elements inside', async () => {
      hub.lang = 'de';
      await hub.updateComplete;
      const customers = list(hub);
      await customers.updateComplete;
      expect(customers.shadowRoot!.querySelector('[part="export"]') !== null).to.equal(true);
      expect((customers as unknown as {contextLocale?: string}).contextLocale).to.equal('de');
    });
  });
});
