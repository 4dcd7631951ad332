import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {
  generateDataset,
  InMemoryProvider,
  ProviderError,
  type CustomerDetail,
  type PartnerDataset,
  type PartnerHubDataProvider,
  type Session,
} from '../../packages/core/src/index.ts';
import '../../packages/widgets/src/customer-detail/define.ts';
import type {CustomerDetailElement} from '../../packages/widgets/src/customer-detail/customer-detail.ts';
import {controllableProvider, expectEvent, expectNoEvent, withWindowOpenStub} from '../helpers/fixtures.ts';

const XSS_NAME = '<img src=x onerror=alert(1)>';
const XSS_CUSTOMER = 'cust-000034';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function freshDataset(): PartnerDataset {
  return generateDataset({customers: 60, seed: 1});
}

/** The dataset with the viewer switched to the first administrator of `role`. */
function datasetViewedAs(role: 'admin' | 'readOnly'): PartnerDataset {
  const dataset = freshDataset();
  const viewer = dataset.partnerAdmins.find((admin) => admin.role === role)!;
  return {...dataset, currentUser: {adminId: viewer.id}};
}

function shadow(el: CustomerDetailElement): ShadowRoot {
  return el.shadowRoot!;
}

function $<E extends Element = HTMLElement>(el: CustomerDetailElement, selector: string): E | null {
  return shadow(el).querySelector<E>(selector);
}

function $$<E extends Element = HTMLElement>(el: CustomerDetailElement, selector: string): E[] {
  return [...shadow(el).querySelectorAll<E>(selector)];
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the element shows a customer, an error or the empty prompt. */
async function settled(el: CustomerDetailElement): Promise<void> {
  await waitUntil(() => $(el, '.detail, .state--error, .state--empty'), 'the element did not finish loading');
  await el.updateComplete;
}

async function mount(provider: PartnerHubDataProvider, customerId: string | null, tab = 'subscriptions'): Promise<CustomerDetailElement> {
  const el = await fixture<CustomerDetailElement>(
    html`<customer-detail .provider=${provider} customer-id=${customerId ?? ''} tab=${tab}></customer-detail>`,
  );
  await settled(el);
  return el;
}

/** Customers chosen from the generated data by what they have. */
async function pickCustomers(provider: InMemoryProvider) {
  const dataset = freshDataset();
  const withOrdersAndInvoice = dataset.subscriptions.find(
    (record) => record.kind === 'subscription' && record.invoice && (record.orders?.length ?? 0) > 0,
  )!;
  const details = await Promise.all(dataset.customers.map((customer) => provider.getCustomer(customer.id)));
  const withTrial = details.find((detail) => detail.trials.some((trial) => trial.product === 'meetings'))!;
  const withoutTrial = details.find((detail) => detail.trials.length === 0 && detail.subscriptions.length > 0)!;
  return {
    withOrdersAndInvoice: withOrdersAndInvoice.customerId,
    invoiceRecord: withOrdersAndInvoice,
    withTrial: withTrial.customer.id,
    withoutTrial: withoutTrial.customer.id,
  };
}

/** The real provider with some methods replaced. */
function overriding(inner: InMemoryProvider, overrides: Partial<PartnerHubDataProvider>): PartnerHubDataProvider {
  return new Proxy(inner, {
    get(target, key) {
      if (key in overrides) return overrides[key as keyof PartnerHubDataProvider];
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A provider whose partner-administrator changes are refused; everything else is the real one. */
function refusingAdminChanges(inner: InMemoryProvider): PartnerHubDataProvider {
  const refuse = () => Promise.reject(new ProviderError('forbidden', 'Partner administrators are managed by your head office.'));
  return overriding(inner, {assignPartnerAdmin: refuse, removePartnerAdmin: refuse});
}

function adminNames(el: CustomerDetailElement): string[] {
  return $$(el, '#panel-admins tbody tr').map((row) => text(row.querySelector('td')));
}

describe('<customer-detail>', () => {
  let provider: InMemoryProvider;
  let customers: Awaited<ReturnType<typeof pickCustomers>>;

  beforeEach(async () => {
    provider = new InMemoryProvider(freshDataset());
    customers = await pickCustomers(provider);
  });

  describe('accessibility', () => {
    it('is accessible when empty (no customer chosen)', async () => {
      const el = await mount(provider, null);
      expect(text($(el, '.state--empty'))).to.contain('Select a customer');
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      const {provider: slow} = controllableProvider(provider);
      const el = await fixture<CustomerDetailElement>(html`<customer-detail .provider=${slow} customer-id="cust-000001"></customer-detail>`);
      expect($(el, '[role="status"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('is accessible in the error state', async () => {
      const el = await mount(provider, 'cust-missing');
      expect($(el, '.state--error')).to.exist;
      await expect(el).to.be.accessible();
    });

    for (const tab of ['subscriptions', 'trials', 'admins'] as const) {
      it(`is accessible on the ${tab} tab, with the full administrator's controls`, async () => {
        const el = await mount(provider, tab === 'subscriptions' ? customers.withOrdersAndInvoice : customers.withTrial, tab);
        expect($(el, `#panel-${tab}`)?.hidden).to.equal(false);
        await expect(el).to.be.accessible();
      });
    }

    it('is accessible with the trial form open and with an inline error', async () => {
      const el = await mount(provider, customers.withTrial, 'trials');
      $(el, '#start-trial')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      $(el, '.trial-form button[type="submit"]')!.click();
      await waitUntil(() => $(el, '.trial-form [role="alert"]'), 'no conflict message');
      await expect(el).to.be.accessible();
    });

    it('is accessible for the XSS customer', async () => {
      const el = await mount(provider, XSS_CUSTOMER);
      await expect(el).to.be.accessible();
    });

    it('fits 360 px: tables scroll inside their own region, not the page', async () => {
      const el = await mount(provider, customers.withOrdersAndInvoice);
      el.style.width = '360px';
      await el.updateComplete;
      const detail = $(el, '.detail')!;
      expect(detail.scrollWidth).to.be.at.most(360);
      const region = $(el, '.table-scroll')!;
      expect(region.clientWidth).to.be.at.most(360);
      await expect(el).to.be.accessible();
    });
  });

  describe('properties', () => {
    it('loads the customer named by customer-id and shows name, org id, statuses and licences per product', async () => {
      const detail = await provider.getCustomer(customers.withOrdersAndInvoice);
      const el = await mount(provider, customers.withOrdersAndInvoice);
      expect(text($(el, 'h2'))).to.equal(detail.customer.name);
      expect(text($(el, '.org'))).to.contain(detail.customer.orgId);
      const badges = $$(el, '.statuses .badge');
      expect(badges).to.have.length(detail.customer.statuses.length);
      const labels: Record<string, string> = {subscription: 'Subscription', trial: 'Trial', expired: 'Expired', noRecentActivity: 'No recent activity'};
      detail.customer.statuses.forEach((info, index) => {
        if (labels[info.status]) expect(text(badges[index])).to.contain(labels[info.status]!);
      });
      const bars = $$<HTMLElement & {total: number}>(el, '.products license-bar');
      expect(bars.length).to.be.greaterThan(0);
      const activeTotal = [...detail.subscriptions, ...detail.trials].filter((s) => s.active).reduce((sum, s) => sum + s.totalLicenses, 0);
      expect(bars.reduce((sum, bar) => sum + bar.total, 0)).to.equal(activeTotal);
    });

    it('explains each status in words', async () => {
      const details = await Promise.all(freshDataset().customers.map((customer) => provider.getCustomer(customer.id)));
      const inactive = details.find((detail) => detail.customer.statuses.some((info) => info.status === 'noRecentActivity'))!;
      const el = await mount(provider, inactive.customer.id);
      const badge = $(el, '.badge--noRecentActivity')!;
      expect(text(badge)).to.match(/^No recent activity: .*(signed in|ever)/);
      expect(badge.title).to.equal(text(badge.querySelector('.visually-hidden')).replace(/^: /, ''));
    });

    it('shows one card per subscription with renewal or end date, licence bar, invoice and order history', async () => {
      const detail = await provider.getCustomer(customers.withOrdersAndInvoice);
      const el = await mount(provider, customers.withOrdersAndInvoice);
      const cards = $$(el, '#panel-subscriptions .card');
      expect(cards).to.have.length(detail.subscriptions.length);
      const index = detail.subscriptions.findIndex((s) => s.id === customers.invoiceRecord.id);
      const subscription = detail.subscriptions[index]!;
      const card = cards[index]!;
      expect(text(card.querySelector('h3'))).to.contain(subscription.id);
      const date = new Intl.DateTimeFormat('en', {dateStyle: 'medium'}).format(Date.parse(subscription.endDate));
      expect(text(card)).to.contain(subscription.renewalDate ? date : `Ends ${date}`);
      const bar = card.querySelector<HTMLElement & {total: number; assigned: number; used: number}>('license-bar')!;
      expect([bar.total, bar.assigned, bar.used]).to.deep.equal([subscription.totalLicenses, subscription.assigned, subscription.used]);

      const invoice = subscription.invoice!;
      const link = card.querySelector<HTMLAnchorElement>('a.link')!;
      expect(link.href).to.equal(invoice.url);
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.target).to.equal('_blank');
      expect(text(card)).to.contain(new Intl.NumberFormat('en', {style: 'currency', currency: invoice.currency}).format(invoice.amount));

      const table = card.querySelector('table')!;
      expect(text(table.querySelector('caption'))).to.contain(subscription.id);
      expect([...table.querySelectorAll('th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
      expect(table.querySelectorAll('tbody tr')).to.have.length(subscription.orders.length);
      const region = table.closest('.table-scroll')!;
      expect(region.getAttribute('tabindex')).to.equal('0');
      expect(region.getAttribute('aria-label')).to.contain(subscription.id);
    });

    it('shows trials with days left and end date', async () => {
      const detail = await provider.getCustomer(customers.withTrial);
      const el = await mount(provider, customers.withTrial, 'trials');
      const cards = $$(el, '#panel-trials .card');
      expect(cards).to.have.length(detail.trials.length);
      const trial = detail.trials[0]!;
      const days = new Intl.NumberFormat('en', {style: 'unit', unit: 'day', unitDisplay: 'long'}).format(trial.daysUntilEnd);
      expect(text(cards[0])).to.contain(`${days} left`);
      expect(text(cards[0])).to.contain(new Intl.DateTimeFormat('en', {dateStyle: 'medium'}).format(Date.parse(trial.endDate)));
    });

    it('shows the assigned partner administrators with localised roles and the all-customers marker', async () => {
      const detail = await provider.getCustomer(customers.withTrial);
      const el = await mount(provider, customers.withTrial, 'admins');
      expect(adminNames(el)).to.deep.equal(detail.partnerAdmins.map((admin) => admin.name));
      const roles = {fullAdmin: 'Full administrator', admin: 'Administrator', readOnly: 'Read-only administrator'};
      const rows = $$(el, '#panel-admins tbody tr');
      detail.partnerAdmins.forEach((admin, index) => {
        const roleCell = text(rows[index]!.querySelectorAll('td')[2]);
        expect(roleCell).to.contain(roles[admin.role]);
        expect(roleCell.includes('All customers')).to.equal(admin.allCustomers);
      });
    });

    it('selects the tab named by the tab attribute and falls back to subscriptions for an unknown one', async () => {
      const el = await mount(provider, customers.withTrial, 'admins');
      expect($(el, '#tab-admins')!.getAttribute('aria-selected')).to.equal('true');
      expect($(el, '#panel-admins')!.hidden).to.equal(false);
      expect($(el, '#panel-subscriptions')!.hidden).to.equal(true);
      el.tab = 'trials';
      await el.updateComplete;
      expect($(el, '#panel-trials')!.hidden).to.equal(false);
      el.setAttribute('tab', 'nonsense');
      await el.updateComplete;
      expect($(el, '#tab-subscriptions')!.getAttribute('aria-selected')).to.equal('true');
    });

    it('updates tab (property and attribute) when the viewer clicks a tab', async () => {
      const el = await mount(provider, customers.withTrial);
      $(el, '#tab-trials')!.click();
      await el.updateComplete;
      expect(el.tab).to.equal('trials');
      expect(el.getAttribute('tab')).to.equal('trials');
      expect($(el, '#panel-trials')!.hidden).to.equal(false);
    });

    it('renders a detail set by the host without a provider, using session for permissions', async () => {
      const detail = await provider.getCustomer(customers.withTrial);
      const session = await provider.getSession();
      const el = await fixture<CustomerDetailElement>(html`<customer-detail .detail=${detail} .session=${session} tab="trials"></customer-detail>`);
      expect(text($(el, 'h2'))).to.equal(detail.customer.name);
      // The button still fires start-trial for the host; the element's form needs a provider.
      expect($(el, '#start-trial')).to.exist;
      el.tab = 'admins';
      await el.updateComplete;
      expect($(el, '#add-admin')).to.equal(null);
      expect(adminNames(el)).to.have.length(detail.partnerAdmins.length);
    });

    it('shows an auto-renewing record whose end date has passed as ended, not as active or renewing', async () => {
      const detail = await provider.getCustomer(customers.withOrdersAndInvoice);
      const [first] = detail.subscriptions;
      const ended = {...first!, state: 'active' as const, active: false, autoRenew: true, renewalDate: first!.endDate, daysUntilEnd: -30};
      const running = {...first!, id: 'sub-running', state: 'active' as const, active: true, autoRenew: true, renewalDate: first!.endDate, daysUntilEnd: 30};
      const el = await fixture<CustomerDetailElement>(
        html`<customer-detail .detail=${{...detail, subscriptions: [ended, running]}}></customer-detail>`,
      );
      const [endedCard, runningCard] = $$(el, '.card').map((card) => text(card));
      expect(endedCard).to.contain('Ended');
      expect(endedCard).not.to.contain('Active');
      expect(endedCard).not.to.contain('Renewal date');
      expect(runningCard).to.contain('Active');
      expect(runningCard).to.contain('Renewal date');
    });

    it('shows a detail set by the host instead of loading one', async () => {
      const detail = await provider.getCustomer(customers.withTrial);
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<CustomerDetailElement>(html`<customer-detail .provider=${slow} .detail=${detail}></customer-detail>`);
      await settle();
      expect(pending.map((call) => call.method)).to.deep.equal(['getSession']);
      expect(text($(el, 'h2'))).to.equal(detail.customer.name);
    });

    it('formats dates for its lang', async () => {
      const el = await fixture<CustomerDetailElement>(
        html`<customer-detail lang="de" .provider=${provider} customer-id=${customers.withTrial} tab="trials"></customer-detail>`,
      );
      await settled(el);
      const trial = (await provider.getCustomer(customers.withTrial)).trials[0]!;
      expect(text($(el, '#panel-trials .card'))).to.contain(new Intl.DateTimeFormat('de', {dateStyle: 'medium'}).format(Date.parse(trial.endDate)));
    });

    it('shows an invoice amount with an invalid currency code as a number, without throwing', async () => {
      const detail = await provider.getCustomer(customers.withOrdersAndInvoice);
      const broken: CustomerDetail = {
        ...detail,
        subscriptions: detail.subscriptions.map((s) => ({...s, invoice: {id: 'INV-9', amount: 1234.5, currency: 'not money', url: 'https://example.com/i'}})),
      };
      const el = await fixture<CustomerDetailElement>(html`<customer-detail .detail=${broken}></customer-detail>`);
      expect(text($(el, '.amount'))).to.equal('1,234.5 not money');
    });
  });

  describe('states', () => {
    it('reflects loading, populated, empty and error as custom states', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<CustomerDetailElement>(html`<customer-detail .provider=${slow} customer-id="cust-000001"></customer-detail>`);
      expect(el.matches(':state(loading)')).to.equal(true);
      await settle();
      pending.forEach((call) => call.release());
      await settled(el);
      expect(el.matches(':state(loading)')).to.equal(false);
      expect(el.matches(':state(empty)')).to.equal(false);
      expect($(el, '.detail')).to.exist;

      el.customerId = null;
      await el.updateComplete;
      expect(el.matches(':state(empty)')).to.equal(true);
      expect($(el, '.state--empty')).to.exist;

      el.customerId = 'cust-missing';
      await el.updateComplete;
      await settle();
      pending.slice(2).forEach((call) => call.release());
      await waitUntil(() => el.matches(':state(error)'), 'no error state');
      expect(text($(el, '.state--error'))).to.contain('No customer with id "cust-missing".');
    });

    it('shows the provider error with Retry, and Retry loads again', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<CustomerDetailElement>(html`<customer-detail .provider=${slow} customer-id="cust-000001"></customer-detail>`);
      await settle();
      pending[0]!.fail(new ProviderError('notFound', 'That customer moved to another partner.'));
      await waitUntil(() => $(el, '.state--error'), 'no error block');
      expect(text($(el, '.state--error'))).to.contain('That customer moved to another partner.');
      $(el, '.state--error button')!.click();
      await settle();
      pending.slice(2).forEach((call) => call.release());
      await settled(el);
      expect($(el, '.detail')).to.exist;
      expect(el.matches(':state(error)')).to.equal(false);
    });

    it('never lets a stale answer win: A then B, B answered first, shows B and aborts A', async () => {
      const a = 'cust-000001';
      const b = customers.withTrial;
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<CustomerDetailElement>(html`<customer-detail .provider=${slow} customer-id=${a}></customer-detail>`);
      await settle();
      el.customerId = b;
      await el.updateComplete;
      await settle();
      const aCall = pending.find((call) => call.method === 'getCustomer' && call.args[0] === a)!;
      expect(aCall.signal?.aborted).to.equal(true);
      const aRun = pending.filter((call) => call.signal === aCall.signal);
      const bRun = pending.filter((call) => call.signal !== aCall.signal);
      expect(bRun.map((call) => call.args[0])).to.include(b);
      bRun.forEach((call) => call.release());
      await settled(el);
      aRun.forEach((call) => call.release());
      await settle();
      await el.updateComplete;
      const expected = (await provider.getCustomer(b)).customer.name;
      expect(text($(el, 'h2'))).to.equal(expected);
    });

    it('shows loading, not the previous customer, while another customer loads', async () => {
      const {provider: slow, pending} = controllableProvider(provider);
      const el = await fixture<CustomerDetailElement>(html`<customer-detail .provider=${slow} customer-id="cust-000001"></customer-detail>`);
      await settle();
      pending.forEach((call) => call.release());
      await settled(el);
      el.customerId = customers.withTrial;
      await el.updateComplete;
      expect($(el, 'h2')).to.equal(null);
      expect($(el, '.state--loading')).to.exist;
    });
  });

  describe('parts', () => {
    it('exposes header, tabs, tab, tab-selected, panel and launch', async () => {
      const el = await mount(provider, customers.withTrial);
      expect($(el, '[part~="header"]')).to.exist;
      expect($(el, '[part~="tabs"]')!.getAttribute('role')).to.equal('tablist');
      expect($$(el, '[part~="tab"]')).to.have.length(3);
      expect($$(el, '[part~="tab-selected"]').map((tab) => tab.id)).to.deep.equal(['tab-subscriptions']);
      expect($$(el, '[part~="panel"]')).to.have.length(3);
      expect(text($(el, '[part~="launch"]'))).to.equal('Launch organisation');
    });
  });

  describe('keyboard', () => {
    it('moves between tabs with Left, Right, Home and End, activating them (roving tabindex)', async () => {
      const el = await mount(provider, customers.withTrial);
      const tabs = () => $$(el, '[role="tab"]');
      expect(tabs().map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1]);
      for (const tab of tabs()) {
        expect($(el, `#${tab.getAttribute('aria-controls')}`)!.getAttribute('aria-labelledby')).to.equal(tab.id);
      }
      tabs()[0]!.focus();
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      expect(el.tab).to.equal('trials');
      expect(shadow(el).activeElement?.id).to.equal('tab-trials');
      expect(tabs().map((tab) => tab.tabIndex)).to.deep.equal([-1, 0, -1]);
      await sendKeys({press: 'End'});
      await el.updateComplete;
      expect(el.tab).to.equal('admins');
      expect(shadow(el).activeElement?.id).to.equal('tab-admins');
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      expect(el.tab).to.equal('subscriptions');
      await sendKeys({press: 'ArrowLeft'});
      await el.updateComplete;
      expect(el.tab).to.equal('admins');
      await sendKeys({press: 'Home'});
      await el.updateComplete;
      expect(el.tab).to.equal('subscriptions');
      expect(shadow(el).activeElement?.id).to.equal('tab-subscriptions');
      expect($(el, '#tab-subscriptions')!.getAttribute('aria-selected')).to.equal('true');
    });

    it('reaches the selected panel with Tab from the tab list', async () => {
      const el = await mount(provider, customers.withTrial, 'trials');
      $(el, '#tab-trials')!.focus();
      await sendKeys({press: 'Tab'});
      expect(shadow(el).activeElement?.id).to.equal('panel-trials');
    });
  });

  describe('events', () => {
    it('fires launch-org on click only, and opens the http(s) URL in a new tab', async () => {
      const detail = await provider.getCustomer(customers.withTrial);
      const el = await mount(provider, customers.withTrial);
      await expectNoEvent(el, 'launch-org', async () => {
        el.customerId = 'cust-000001';
        await settled(el);
        el.customerId = customers.withTrial;
        await settled(el);
      });
      let event: CustomEvent | undefined;
      const calls = await withWindowOpenStub(async () => {
        event = await expectEvent<CustomEvent>(el, 'launch-org', () => $(el, '[part="launch"]')!.click());
      });
      expect(event!.detail).to.deep.equal({customerId: detail.customer.id, url: detail.customer.launchUrl});
      expect(event!.bubbles && event!.composed && event!.cancelable).to.equal(true);
      expect(calls).to.deep.equal([[detail.customer.launchUrl, '_blank', 'noopener,noreferrer']]);
    });

    it('does not open anything when launch-org is cancelled', async () => {
      const el = await mount(provider, customers.withTrial);
      el.addEventListener('launch-org', (event) => event.preventDefault());
      const calls = await withWindowOpenStub(() => $(el, '[part="launch"]')!.click());
      expect(calls).to.deep.equal([]);
    });

    it('never turns a javascript: launch URL or invoice URL into a link or a navigation', async () => {
      const detail = await provider.getCustomer(customers.withOrdersAndInvoice);
      const hostile: CustomerDetail = {
        ...detail,
        customer: {...detail.customer, launchUrl: 'javascript:alert(1)'},
        subscriptions: detail.subscriptions.map((s) => ({...s, invoice: {id: 'INV-1', amount: 10, currency: 'EUR', url: ' javascript:alert(2)'}})),
      };
      const el = await fixture<CustomerDetailElement>(html`<customer-detail .detail=${hostile}></customer-detail>`);
      expect($$(el, 'a')).to.have.length(0);
      expect(text($(el, '#panel-subscriptions'))).to.contain('Invoice INV-1');
      let fired = 0;
      el.addEventListener('launch-org', () => (fired += 1));
      const calls = await withWindowOpenStub(() => $(el, '[part="launch"]')!.click());
      expect(fired).to.equal(1);
      expect(calls).to.deep.equal([]);
    });

    it('fires start-trial with the customer id on click, and a cancelled event opens no form', async () => {
      const el = await mount(provider, customers.withoutTrial, 'trials');
      await expectNoEvent(el, 'start-trial', async () => {
        el.tab = 'subscriptions';
        await el.updateComplete;
        el.tab = 'trials';
        await el.updateComplete;
      });
      el.addEventListener('start-trial', (event) => event.preventDefault(), {once: true});
      const event = await expectEvent<CustomEvent>(el, 'start-trial', () => $(el, '#start-trial')!.click());
      expect(event.detail).to.deep.equal({customerId: customers.withoutTrial});
      await el.updateComplete;
      expect($(el, '.trial-form')).to.equal(null);
      $(el, '#start-trial')!.click();
      await el.updateComplete;
      expect($(el, '.trial-form')).to.exist;
    });
  });

  describe('roles and changes', () => {
    it('shows a read-only viewer no Start trial, Remove or Add', async () => {
      const readOnly = new InMemoryProvider(datasetViewedAs('readOnly'));
      const el = await mount(readOnly, customers.withoutTrial, 'trials');
      expect(text($(el, '#panel-trials'))).to.contain('no running trials');
      expect($(el, '#start-trial')).to.equal(null);
      el.tab = 'admins';
      await el.updateComplete;
      expect(adminNames(el).length).to.be.greaterThan(0);
      expect($$(el, '#panel-admins button')).to.have.length(0);
      expect($(el, '#add-admin')).to.equal(null);
    });

    it('lets an administrator start trials but not change partner administrators', async () => {
      const admin = new InMemoryProvider(datasetViewedAs('admin'));
      const el = await mount(admin, customers.withoutTrial, 'trials');
      expect($(el, '#start-trial')).to.exist;
      el.tab = 'admins';
      await el.updateComplete;
      expect($$(el, '#panel-admins button')).to.have.length(0);
      expect($(el, '#add-admin')).to.equal(null);
    });

    it('starts a trial through the form; the Trials tab then lists it', async () => {
      const el = await mount(provider, customers.withoutTrial, 'trials');
      expect($$(el, '#panel-trials .card')).to.have.length(0);
      $(el, '#start-trial')!.click();
      await el.updateComplete;
      expect(shadow(el).activeElement?.getAttribute('name')).to.equal('product');
      const form = $<HTMLFormElement>(el, '.trial-form')!;
      (form.elements.namedItem('product') as HTMLSelectElement).value = 'calling';
      (form.elements.namedItem('licenses') as HTMLInputElement).value = '40';
      (form.elements.namedItem('durationDays') as HTMLSelectElement).value = '60';
      $(el, '.trial-form button[type="submit"]')!.click();
      await waitUntil(() => $$(el, '#panel-trials .card').length === 1, 'the new trial was not listed');
      const card = $(el, '#panel-trials .card')!;
      expect(text(card.querySelector('h3'))).to.contain('Calling');
      expect(card.querySelector<HTMLElement & {total: number}>('license-bar')!.total).to.equal(40);
      expect(text(card)).to.contain('60 days left');
      expect($(el, '.trial-form')).to.equal(null);
      const detail = await provider.getCustomer(customers.withoutTrial);
      expect(detail.trials.map((trial) => [trial.product, trial.totalLicenses])).to.deep.equal([['calling', 40]]);
    });

    it('shows a refused trial inline and keeps the form open', async () => {
      const el = await mount(provider, customers.withTrial, 'trials');
      const before = $$(el, '#panel-trials .card').length;
      $(el, '#start-trial')!.click();
      await el.updateComplete;
      $(el, '.trial-form button[type="submit"]')!.click();
      await waitUntil(() => $(el, '.trial-form [role="alert"]'), 'no error shown');
      expect(text($(el, '.trial-form [role="alert"]'))).to.contain('already has a running meetings trial');
      expect($$(el, '#panel-trials .card')).to.have.length(before);
    });

    it('assigns and removes a partner administrator through the provider (full administrator)', async () => {
      const el = await mount(provider, customers.withTrial, 'admins');
      const before = adminNames(el);
      const select = $<HTMLSelectElement>(el, '#add-admin')!;
      const candidate = select.selectedOptions[0]!;
      const candidateId = candidate.value;
      const candidateName = (await provider.getCustomer(customers.withTrial)).assignableAdmins.find((a) => a.id === candidateId)!.name;
      const addButton = $(el, '.add-admin button')!;
      addButton.click();
      await el.updateComplete;
      expect(select.disabled, 'the control is disabled while the change runs').to.equal(true);
      await waitUntil(() => adminNames(el).includes(candidateName), 'the added administrator is not listed');
      expect(adminNames(el)).to.have.length(before.length + 1);
      expect((await provider.getCustomer(customers.withTrial)).partnerAdmins.map((a) => a.id)).to.include(candidateId);
      expect(text($(el, '#panel-admins [role="status"]'))).to.contain(`${candidateName} was added.`);

      const row = $$(el, '#panel-admins tbody tr').find((tr) => text(tr.querySelector('td')) === candidateName)!;
      row.querySelector('button')!.click();
      await waitUntil(() => !adminNames(el).includes(candidateName), 'the removed administrator is still listed');
      expect(adminNames(el)).to.deep.equal(before);
      expect((await provider.getCustomer(customers.withTrial)).partnerAdmins.map((a) => a.id)).not.to.include(candidateId);
    });

    it('offers no Remove for administrators of all customers', async () => {
      const detail = await provider.getCustomer(customers.withTrial);
      const el = await mount(provider, customers.withTrial, 'admins');
      const rows = $$(el, '#panel-admins tbody tr');
      detail.partnerAdmins.forEach((admin, index) => {
        expect(rows[index]!.querySelector('button') === null).to.equal(admin.allCustomers);
      });
    });

    it('shows a refusal inline and leaves the list as it was', async () => {
      const el = await mount(refusingAdminChanges(provider), customers.withTrial, 'admins');
      const before = adminNames(el);
      const options = () => $$<HTMLOptionElement>(el, '#add-admin option').map((option) => option.value);
      const optionsBefore = options();
      $(el, '.add-admin button')!.click();
      await waitUntil(() => $(el, '#panel-admins [role="alert"]'), 'no refusal shown');
      expect(text($(el, '#panel-admins [role="alert"]'))).to.equal('Partner administrators are managed by your head office.');
      expect(adminNames(el)).to.deep.equal(before);
      expect(options()).to.deep.equal(optionsBefore);
      expect($<HTMLSelectElement>(el, '#add-admin')!.disabled).to.equal(false);

    });

    it('shows a refused removal inline and keeps the administrator listed', async () => {
      const extra = (await provider.getCustomer(customers.withTrial)).assignableAdmins.find((admin) => !admin.allCustomers)!;
      await provider.assignPartnerAdmin(customers.withTrial, extra.id);
      const el = await mount(refusingAdminChanges(provider), customers.withTrial, 'admins');
      const before = adminNames(el);
      const row = $$(el, '#panel-admins tbody tr').find((tr) => text(tr.querySelector('td')) === extra.name)!;
      row.querySelector('button')!.click();
      await waitUntil(() => $(el, '#panel-admins [role="alert"]'), 'no refusal shown');
      expect(adminNames(el)).to.deep.equal(before);
      expect(adminNames(el)).to.include(extra.name);
    });

    it("updates the list from the provider's answer, even without a change notice", async () => {
      const silent = overriding(provider, {subscribe: () => () => {}});
      const el = await mount(silent, customers.withTrial, 'admins');
      const candidateId = $<HTMLSelectElement>(el, '#add-admin')!.value;
      const candidate = (await provider.getCustomer(customers.withTrial)).assignableAdmins.find((admin) => admin.id === candidateId)!;
      $(el, '.add-admin button')!.click();
      await waitUntil(() => adminNames(el).includes(candidate.name), 'the answer was not shown');
      expect($$<HTMLOptionElement>(el, '#add-admin option').map((option) => option.value)).not.to.include(candidateId);
    });
  });

  describe('XSS', () => {
    it('renders a customer name with markup as text', async () => {
      const el = await mount(provider, XSS_CUSTOMER);
      expect(text($(el, 'h2'))).to.equal(XSS_NAME);
      expect(shadow(el).querySelector('img')).to.equal(null);
    });

    it('renders markup in admin names, order descriptions and ids as text', async () => {
      const detail = await provider.getCustomer(customers.withOrdersAndInvoice);
      const session: Session = await provider.getSession();
      const hostile: CustomerDetail = {
        ...detail,
        subscriptions: detail.subscriptions.map((s) => ({
          ...s,
          id: '<img src=x onerror=alert(3)>',
          orders: [{id: 'o1', date: s.startDate, description: '<img src=x onerror=alert(4)>', quantity: 1}],
        })),
        partnerAdmins: detail.partnerAdmins.map((a) => ({...a, name: '<img src=x onerror=alert(5)>'})),
      };
      const el = await fixture<CustomerDetailElement>(html`<customer-detail .detail=${hostile} .session=${session}></customer-detail>`);
      expect(text($(el, '#panel-subscriptions'))).to.contain('<img src=x onerror=alert(4)>');
      el.tab = 'admins';
      await el.updateComplete;
      expect(adminNames(el)[0]).to.equal('<img src=x onerror=alert(5)>');
      expect(shadow(el).querySelector('img')).to.equal(null);
    });
  });
});
