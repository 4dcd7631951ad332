/**
 * `InMemoryProvider` (SPEC §2.2): session and permissions, role checks, mutations and their
 * notifications, the host's dataset left untouched, AbortSignal, customer detail, resources and
 * load-time validation. AS_OF is Wednesday 2026-11-18 12:00 UTC.
 */
import {expect} from '@open-wc/testing';
import {
  DatasetError,
  InMemoryProvider,
  ProviderError,
  type AnalyticsProduct,
  type PartnerDataset,
  type ProviderChange,
  type ProviderErrorCode,
} from '../../packages/core/src/index.ts';
import {AS_OF, AS_OF_MS, DAY, admin, callingWeek, customer, dataset, daysFromAsOf, record, tag, weeklyHistory} from './fixtures/builders.ts';

/** The rejection of `promise`; fails when it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to be refused, but it succeeded');
}

async function expectProviderError(promise: Promise<unknown>, code: ProviderErrorCode): Promise<ProviderError> {
  const error = await rejectionOf(promise);
  expect(error).to.be.instanceOf(ProviderError);
  const providerError = error as ProviderError;
  expect(providerError.code, providerError.message).to.equal(code);
  expect(providerError.message.length).to.be.greaterThan(10);
  return providerError;
}

async function expectAbortError(promise: Promise<unknown>): Promise<void> {
  const error = await rejectionOf(promise);
  expect((error as Error).name).to.equal('AbortError');
}

/** Records every change a provider reports. */
function listen(provider: InMemoryProvider): {changes: ProviderChange[]; stop: () => void} {
  const changes: ProviderChange[] = [];
  const stop = provider.subscribe((change) => changes.push(change));
  return {changes, stop};
}

/**
 * Contoso (c1): active meetings subscription, 10 licences, a year left.
 * Fabrikam (c2): calling trial started 5 days ago, ends in 25 days.
 * Northwind (c3): calling trial that ended 10 days ago.
 * Admins: a-full (fullAdmin, all customers), a-adm (admin, c1), a-ro (readOnly, none).
 */
function teamData(viewer = 'a-full'): PartnerDataset {
  return dataset({
    tags: ['t1', 't2', 't3', 't4', 't5', 't6', 't7'].map((id, i) => tag(id, `Tag ${i + 1}`)),
    customers: [
      customer('c1', {name: 'Contoso', tags: ['t1']}),
      customer('c2', {name: 'Fabrikam'}),
      customer('c3', {name: 'Northwind'}),
    ],
    subscriptions: [
      record('c1-m', 'c1'),
      record('c2-t', 'c2', {product: 'calling', kind: 'trial', startDate: daysFromAsOf(-5), endDate: daysFromAsOf(25)}),
      record('c3-t', 'c3', {product: 'calling', kind: 'trial', startDate: daysFromAsOf(-40), endDate: daysFromAsOf(-10)}),
    ],
    partnerAdmins: [
      admin('a-full', {name: 'Ada Lovelace', email: 'ada@partner.example'}),
      admin('a-adm', {name: 'Alan Turing', email: 'alan@partner.example', role: 'admin', allCustomers: false, customerIds: ['c1']}),
      admin('a-ro', {name: 'Grace Hopper', email: 'grace@partner.example', role: 'readOnly', allCustomers: false, customerIds: []}),
    ],
    currentUser: viewer,
  });
}

async function rowOf(provider: InMemoryProvider, id: string) {
  const page = await provider.listCustomers({limit: 1000});
  const row = page.items.find((item) => item.id === id);
  expect(row, `row ${id}`).to.exist;
  return row!;
}

describe('InMemoryProvider', () => {
  describe('getSession', () => {
    const sessionData = (viewer: string) =>
      dataset({
        tags: [tag('t1', 'Priority', {color: '#d93025'}), tag('t2', 'Healthcare')],
        customers: [customer('c1')],
        subscriptions: [
          record('s1', 'c1', {product: 'whiteboard'}),
          record('s2', 'c1', {product: 'translation'}),
          record('s3', 'c1', {product: 'calling'}),
          record('s4', 'c1', {product: 'meetings'}),
        ],
        partnerAdmins: teamData().partnerAdmins,
        currentUser: viewer,
      });

    it('gives a full administrator every permission', async () => {
      const session = await new InMemoryProvider(sessionData('a-full')).getSession();
      expect(session.role).to.equal('fullAdmin');
      expect(session.viewer).to.deep.equal({id: 'a-full', name: 'Ada Lovelace', email: 'ada@partner.example'});
      expect(session.permissions).to.deep.equal({editTags: true, startTrial: true, managePartnerAdmins: true});
    });

    it('lets an administrator edit tags and start trials but not manage partner administrators', async () => {
      const session = await new InMemoryProvider(sessionData('a-adm')).getSession();
      expect(session.role).to.equal('admin');
      expect(session.viewer).to.deep.equal({id: 'a-adm', name: 'Alan Turing', email: 'alan@partner.example'});
      expect(session.permissions).to.deep.equal({editTags: true, startTrial: true, managePartnerAdmins: false});
    });

    it('lets a read-only administrator change nothing', async () => {
      const session = await new InMemoryProvider(sessionData('a-ro')).getSession();
      expect(session.role).to.equal('readOnly');
      expect(session.viewer.id).to.equal('a-ro');
      expect(session.permissions).to.deep.equal({editTags: false, startTrial: false, managePartnerAdmins: false});
    });

    it('names the partner, the snapshot time, the tag list and the products in the data', async () => {
      const session = await new InMemoryProvider(sessionData('a-full')).getSession();
      expect(session.partner).to.deep.equal({id: 'p-1', name: 'Partner One'});
      expect(session.asOf).to.equal(AS_OF);
      expect(session.tags).to.deep.equal([
        {id: 't1', label: 'Priority', color: '#d93025'},
        {id: 't2', label: 'Healthcare'},
      ]);
      // Known products in product order, then the others alphabetically.
      expect(session.products).to.deep.equal(['meetings', 'calling', 'translation', 'whiteboard']);
    });
  });

  describe('role checks', () => {
    it('refuses every change to a read-only viewer with a forbidden error that says why', async () => {
      const provider = new InMemoryProvider(teamData('a-ro'));
      const {changes} = listen(provider);
      const refusals = [
        {call: () => provider.setCustomerTags('c1', ['t2']), action: /tags/i},
        {call: () => provider.startTrial({customerId: 'c1', product: 'calling', licenses: 5}), action: /trial/i},
        {call: () => provider.assignPartnerAdmin('c2', 'a-ro'), action: /partner administrators/i},
        {call: () => provider.removePartnerAdmin('c1', 'a-adm'), action: /partner administrators/i},
      ];
      for (const {call, action} of refusals) {
        const error = await expectProviderError(call(), 'forbidden');
        expect(error.message).to.match(/read-only/i);
        expect(error.message).to.match(action);
      }
      expect(changes).to.deep.equal([]);
      expect((await rowOf(provider, 'c1')).tags.map((t) => t.id)).to.deep.equal(['t1']);
      expect((await provider.listCustomers({})).total).to.equal(3);
      expect((await provider.getCustomer('c1')).partnerAdmins.map((a) => a.id)).to.deep.equal(['a-full', 'a-adm']);
    });

    it('lets an administrator edit tags and start trials, but not manage partner administrators', async () => {
      const provider = new InMemoryProvider(teamData('a-adm'));
      expect((await provider.setCustomerTags('c1', ['t2'])).map((t) => t.id)).to.deep.equal(['t2']);
      expect((await provider.startTrial({customerId: 'c1', product: 'calling', licenses: 5})).customerId).to.equal('c1');
      const assign = await expectProviderError(provider.assignPartnerAdmin('c2', 'a-ro'), 'forbidden');
      expect(assign.message).to.match(/administrator/);
      await expectProviderError(provider.removePartnerAdmin('c1', 'a-adm'), 'forbidden');
      expect((await provider.getCustomer('c1')).partnerAdmins.map((a) => a.id)).to.deep.equal(['a-full', 'a-adm']);
    });
  });

  describe('setCustomerTags', () => {
    let provider: InMemoryProvider;
    beforeEach(() => {
      provider = new InMemoryProvider(teamData());
    });

    it('sets the tags, returns them and shows them in the list', async () => {
      const tags = await provider.setCustomerTags('c2', ['t3', 't1']);
      expect(tags).to.deep.equal([tag('t3', 'Tag 3'), tag('t1', 'Tag 1')]);
      expect((await rowOf(provider, 'c2')).tags.map((t) => t.id)).to.deep.equal(['t3', 't1']);
      expect((await provider.getCustomer('c2')).customer.tags.map((t) => t.id)).to.deep.equal(['t3', 't1']);
    });

    it('clears the tags with an empty list', async () => {
      expect(await provider.setCustomerTags('c1', [])).to.deep.equal([]);
      expect((await rowOf(provider, 'c1')).tags).to.deep.equal([]);
    });

    it('collapses duplicates', async () => {
      const tags = await provider.setCustomerTags('c2', ['t2', 't4', 't2']);
      expect(tags.map((t) => t.id)).to.deep.equal(['t2', 't4']);
      expect((await rowOf(provider, 'c2')).tags.map((t) => t.id)).to.deep.equal(['t2', 't4']);
      // Six ids naming five distinct tags are within the limit.
      const five = await provider.setCustomerTags('c2', ['t1', 't2', 't3', 't4', 't5', 't1']);
      expect(five.map((t) => t.id)).to.deep.equal(['t1', 't2', 't3', 't4', 't5']);
    });

    it('refuses more than five tags', async () => {
      const error = await expectProviderError(provider.setCustomerTags('c1', ['t1', 't2', 't3', 't4', 't5', 't6']), 'invalid');
      expect(error.message).to.contain('5');
      expect((await rowOf(provider, 'c1')).tags.map((t) => t.id)).to.deep.equal(['t1']);
    });

    it('refuses a tag that is not in the partner’s list, naming it', async () => {
      const error = await expectProviderError(provider.setCustomerTags('c1', ['t2', 't-nope']), 'invalid');
      expect(error.message).to.contain('t-nope');
      expect((await rowOf(provider, 'c1')).tags.map((t) => t.id)).to.deep.equal(['t1']);
    });

    it('refuses an unknown customer', async () => {
      const error = await expectProviderError(provider.setCustomerTags('c-404', ['t1']), 'notFound');
      expect(error.message).to.contain('c-404');
    });

    it('notifies each listener once per change, and no more after unsubscribing', async () => {
      const first = listen(provider);
      const second = listen(provider);
      await provider.setCustomerTags('c2', ['t1']);
      expect(first.changes).to.deep.equal([{kind: 'tags', customerId: 'c2'}]);
      expect(second.changes).to.deep.equal([{kind: 'tags', customerId: 'c2'}]);

      first.stop();
      await provider.setCustomerTags('c1', ['t2']);
      expect(first.changes).to.have.length(1);
      expect(second.changes).to.deep.equal([
        {kind: 'tags', customerId: 'c2'},
        {kind: 'tags', customerId: 'c1'},
      ]);
    });

    it('does not notify when it refuses the change', async () => {
      const {changes} = listen(provider);
      await expectProviderError(provider.setCustomerTags('c1', ['t-nope']), 'invalid');
      await expectProviderError(provider.setCustomerTags('c-404', []), 'notFound');
      expect(changes).to.deep.equal([]);
    });
  });

  describe('startTrial', () => {
    let provider: InMemoryProvider;
    beforeEach(() => {
      provider = new InMemoryProvider(teamData());
    });

    it('starts a running trial for an existing customer', async () => {
      expect((await rowOf(provider, 'c1')).statuses.map((s) => s.status)).not.to.include('trial');
      const result = await provider.startTrial({customerId: 'c1', product: 'calling', licenses: 25, durationDays: 45});

      expect(result.customerId).to.equal('c1');
      const {trial} = result;
      expect(trial).to.include({
        product: 'calling',
        kind: 'trial',
        state: 'active',
        active: true,
        autoRenew: false,
        renewalDate: null,
        daysUntilEnd: 45,
        totalLicenses: 25,
        assigned: 0,
        used: 0,
        available: 25,
      });
      expect(Date.parse(trial.startDate)).to.equal(AS_OF_MS);
      expect(Date.parse(trial.endDate)).to.equal(AS_OF_MS + 45 * DAY);

      expect((await rowOf(provider, 'c1')).statuses.map((s) => s.status)).to.deep.equal(['trial', 'subscription']);
      const detail = await provider.getCustomer('c1');
      expect(detail.trials).to.have.length(1);
      expect(detail.trials[0]).to.deep.equal(trial);
      expect(detail.customer.products).to.deep.equal(['meetings', 'calling']);
    });

    it('lasts 30 days unless told otherwise', async () => {
      const {trial} = await provider.startTrial({customerId: 'c1', product: 'calling', licenses: 1});
      expect(trial.daysUntilEnd).to.equal(30);
      expect(Date.parse(trial.endDate)).to.equal(AS_OF_MS + 30 * DAY);
      // Ends exactly 30 days from asOf: within the expiring-soon window.
      expect((await rowOf(provider, 'c1')).statuses.map((s) => s.status)).to.deep.equal(['expiringSoon', 'trial', 'subscription']);
    });

    it('creates the customer when none is given', async () => {
      expect((await provider.listCustomers({})).total).to.equal(3);
      const {customerId, trial} = await provider.startTrial({customerName: '  Nova Oy ', product: 'meetings', licenses: 10});

      const page = await provider.listCustomers({});
      expect(page.total).to.equal(4);
      const row = page.items.find((item) => item.id === customerId)!;
      expect(row).to.include({name: 'Nova Oy', managedBy: 'partner'});
      expect(row.products).to.deep.equal(['meetings']);
      expect(row.statuses.map((s) => s.status)).to.include('trial');
      expect(ids(await provider.listCustomers({search: 'nova'}))).to.deep.equal([customerId]);
      expect((await provider.getCustomer(customerId)).trials.map((t) => t.id)).to.deep.equal([trial.id]);
    });

    it('needs a name for a new customer', async () => {
      await expectProviderError(provider.startTrial({product: 'meetings', licenses: 10}), 'invalid');
      await expectProviderError(provider.startTrial({customerName: '   ', product: 'meetings', licenses: 10}), 'invalid');
      expect((await provider.listCustomers({})).total).to.equal(3);
    });

    it('refuses a second running trial of the same product', async () => {
      const error = await expectProviderError(provider.startTrial({customerId: 'c2', product: 'calling', licenses: 5}), 'conflict');
      expect(error.message).to.contain('Fabrikam');
      await provider.startTrial({customerId: 'c1', product: 'calling', licenses: 5});
      await expectProviderError(provider.startTrial({customerId: 'c1', product: 'calling', licenses: 5}), 'conflict');
    });

    it('allows another product, or the same product once the earlier trial has ended', async () => {
      await provider.startTrial({customerId: 'c2', product: 'meetings', licenses: 5});
      await provider.startTrial({customerId: 'c3', product: 'calling', licenses: 5});
      expect((await provider.getCustomer('c2')).trials.map((t) => t.product)).to.have.members(['calling', 'meetings']);
      expect((await provider.getCustomer('c3')).trials.map((t) => t.product)).to.deep.equal(['calling']);
    });

    it('brings a customer’s calling weeks into the calling analytics with its first calling record', async () => {
      const data = teamData();
      // Contoso (meetings only) has calling data; it counts once Contoso has a calling record.
      data.calling = [callingWeek('c1', 0, {usersByVolume: {high: 1, medium: 2, low: 4}, callsWithMedia: 50, goodCalls: 40})];
      provider = new InMemoryProvider(data);
      const before = await provider.getCallingAnalytics();
      expect(before.customersUsage.map((row) => row.customerId)).to.deep.equal(['c2', 'c3']);
      expect(before.usageTrend[7]).to.include({high: 0, medium: 0, low: 0});

      await provider.startTrial({customerId: 'c1', product: 'calling', licenses: 5});
      const after = await provider.getCallingAnalytics();
      expect(after.customersUsage.map((row) => row.customerId)).to.deep.equal(['c1', 'c2', 'c3']);
      expect(after.usageTrend[7]).to.include({high: 1, medium: 2, low: 4});
      expect(after.qualityTrend[7]).to.include({callsWithMedia: 50, poorCalls: 10, poorRate: 0.2});
      // A second calling record changes nothing.
      await provider.startTrial({customerId: 'c1', product: 'calling', licenses: 5}).catch(() => undefined);
      await provider.startTrial({customerId: 'c2', product: 'meetings', licenses: 5});
      expect((await provider.getCallingAnalytics()).usageTrend).to.deep.equal(after.usageTrend);
    });

    it('refuses licences and durations out of range, and creates nothing', async () => {
      for (const licenses of [0, -1, 2.5, Number.NaN]) {
        await expectProviderError(provider.startTrial({customerId: 'c1', product: 'calling', licenses}), 'invalid');
        await expectProviderError(provider.startTrial({customerName: 'Nova Oy', product: 'calling', licenses}), 'invalid');
      }
      for (const durationDays of [0, -30, 1.5, 91]) {
        await expectProviderError(provider.startTrial({customerId: 'c1', product: 'calling', licenses: 5, durationDays}), 'invalid');
      }
      expect((await provider.listCustomers({})).total).to.equal(3);
      expect((await provider.getCustomer('c1')).trials).to.deep.equal([]);
    });

    it('refuses an unknown customer', async () => {
      await expectProviderError(provider.startTrial({customerId: 'c-404', product: 'calling', licenses: 5}), 'notFound');
    });

    it('notifies listeners', async () => {
      const {changes} = listen(provider);
      await provider.startTrial({customerId: 'c1', product: 'calling', licenses: 5});
      const {customerId} = await provider.startTrial({customerName: 'Nova Oy', product: 'meetings', licenses: 5});
      expect(changes).to.deep.equal([
        {kind: 'trial', customerId: 'c1'},
        {kind: 'trial', customerId},
      ]);
    });

    it('shows in the overview KPIs and the subscription analytics', async () => {
      // Before: overview counts c1, c2, c3; only c2's trial ends within 90 days; no meetings
      // record started in the last 90 days.
      const before = await provider.getOverviewKpis();
      expect(before).to.include({totalCustomers: 3, nearingExpiration: 1, nearingRenewal: 0});
      expect((await provider.getSubscriptionAnalytics('meetings')).recentlyAdded).to.include({newCustomers: 0, totalLicenses: 0});

      await provider.startTrial({customerName: 'Nova Oy', product: 'meetings', licenses: 15});
      expect(await provider.getOverviewKpis()).to.include({totalCustomers: 4, nearingExpiration: 2, nearingRenewal: 0});
      expect((await provider.getSubscriptionAnalytics('meetings')).recentlyAdded).to.include({newCustomers: 1, totalLicenses: 15});

      await provider.startTrial({customerId: 'c1', product: 'meetings', licenses: 5, durationDays: 60});
      expect(await provider.getOverviewKpis()).to.include({totalCustomers: 4, nearingExpiration: 3});
      // The list's KPI filter follows: c1 now has a trial that ends within 90 days.
      const nearing = await provider.listCustomers({filters: {kpi: 'nearingExpiration'}});
      expect(ids(nearing)).to.include('c1');
      expect(nearing.total).to.equal(3);
      expect((await provider.getSubscriptionAnalytics('meetings')).recentlyAdded).to.include({newCustomers: 2, totalLicenses: 20});
      // Calling is untouched: c2's and c3's trials started 5 and 40 days ago.
      expect((await provider.getSubscriptionAnalytics('calling')).recentlyAdded).to.include({newCustomers: 2, totalLicenses: 20});
    });

    it('adds a product the data did not have to the session and the product facet', async () => {
      await provider.startTrial({customerId: 'c2', product: 'translation', licenses: 3});
      expect((await provider.getSession()).products).to.deep.equal(['meetings', 'calling', 'translation']);
      const page = await provider.listCustomers({filters: {product: ['translation']}});
      expect(ids(page)).to.deep.equal(['c2']);
      expect(page.facets.product).to.deep.equal([
        // The product facet leaves out its own filter: c1 has meetings, c2 and c3 calling.
        {value: 'meetings', count: 1},
        {value: 'calling', count: 2},
        {value: 'translation', count: 1},
      ]);
    });
  });

  describe('assignPartnerAdmin and removePartnerAdmin', () => {
    let provider: InMemoryProvider;
    beforeEach(() => {
      provider = new InMemoryProvider(teamData());
    });

    const adminIds = (admins: {id: string}[]) => admins.map((a) => a.id);

    it('starts from the admins the data assigns', async () => {
      const detail = await provider.getCustomer('c1');
      expect(detail.partnerAdmins).to.deep.equal([
        {id: 'a-full', name: 'Ada Lovelace', email: 'ada@partner.example', role: 'fullAdmin', allCustomers: true},
        {id: 'a-adm', name: 'Alan Turing', email: 'alan@partner.example', role: 'admin', allCustomers: false},
      ]);
      expect(adminIds(detail.assignableAdmins)).to.deep.equal(['a-ro']);
      expect(adminIds((await provider.getCustomer('c2')).partnerAdmins)).to.deep.equal(['a-full']);
    });

    it('assigns an admin to one customer', async () => {
      const {changes} = listen(provider);
      const assigned = await provider.assignPartnerAdmin('c1', 'a-ro');
      expect(adminIds(assigned)).to.deep.equal(['a-full', 'a-adm', 'a-ro']);
      const detail = await provider.getCustomer('c1');
      expect(adminIds(detail.partnerAdmins)).to.deep.equal(['a-full', 'a-adm', 'a-ro']);
      expect(detail.assignableAdmins).to.deep.equal([]);
      expect(adminIds((await provider.getCustomer('c2')).partnerAdmins)).to.deep.equal(['a-full']);
      expect(changes).to.deep.equal([{kind: 'partnerAdmins', customerId: 'c1'}]);

      // Assigning again changes nothing and reports nothing.
      expect(adminIds(await provider.assignPartnerAdmin('c1', 'a-ro'))).to.deep.equal(['a-full', 'a-adm', 'a-ro']);
      expect(changes).to.have.length(1);
    });

    it('removes an admin from one customer', async () => {
      await provider.assignPartnerAdmin('c2', 'a-adm');
      const {changes} = listen(provider);
      const assigned = await provider.removePartnerAdmin('c1', 'a-adm');
      expect(adminIds(assigned)).to.deep.equal(['a-full']);
      const detail = await provider.getCustomer('c1');
      expect(adminIds(detail.partnerAdmins)).to.deep.equal(['a-full']);
      expect(adminIds(detail.assignableAdmins)).to.deep.equal(['a-adm', 'a-ro']);
      expect(adminIds((await provider.getCustomer('c2')).partnerAdmins)).to.deep.equal(['a-full', 'a-adm']);
      expect(changes).to.deep.equal([{kind: 'partnerAdmins', customerId: 'c1'}]);
    });

    it('refuses to remove an admin who manages all customers', async () => {
      const error = await expectProviderError(provider.removePartnerAdmin('c1', 'a-full'), 'conflict');
      expect(error.message).to.contain('Ada Lovelace');
      expect(adminIds((await provider.getCustomer('c1')).partnerAdmins)).to.deep.equal(['a-full', 'a-adm']);
    });

    it('refuses an unknown customer or admin', async () => {
      await expectProviderError(provider.assignPartnerAdmin('c-404', 'a-ro'), 'notFound');
      await expectProviderError(provider.assignPartnerAdmin('c1', 'a-404'), 'notFound');
      await expectProviderError(provider.removePartnerAdmin('c-404', 'a-adm'), 'notFound');
      await expectProviderError(provider.removePartnerAdmin('c1', 'a-404'), 'notFound');
    });
  });

  it('never changes the host’s dataset', async () => {
    const data = teamData();
    const before = structuredClone(data);
    const provider = new InMemoryProvider(data);
    await provider.setCustomerTags('c1', ['t2', 't3']);
    await provider.startTrial({customerId: 'c1', product: 'calling', licenses: 5});
    await provider.startTrial({customerId: 'c2', product: 'translation', licenses: 5});
    await provider.startTrial({customerName: 'Nova Oy', product: 'meetings', licenses: 5});
    await provider.assignPartnerAdmin('c2', 'a-ro');
    await provider.removePartnerAdmin('c1', 'a-adm');
    expect(data).to.deep.equal(before);
    // The provider does see its own changes.
    expect((await provider.listCustomers({})).total).to.equal(4);
  });

  describe('AbortSignal', () => {
    it('rejects every method with an AbortError when the signal is already aborted', async () => {
      const provider = new InMemoryProvider(teamData());
      const {changes} = listen(provider);
      const controller = new AbortController();
      controller.abort();
      const options = {signal: controller.signal};
      await expectAbortError(provider.getSession(options));
      await expectAbortError(provider.listCustomers({}, options));
      await expectAbortError(provider.getCustomer('c1', options));
      await expectAbortError(provider.getOverviewKpis(options));
      await expectAbortError(provider.getSubscriptionAnalytics('meetings', options));
      await expectAbortError(provider.getCallingAnalytics(options));
      await expectAbortError(provider.getResources(options));
      await expectAbortError(provider.setCustomerTags('c1', ['t2'], options));
      await expectAbortError(provider.startTrial({customerId: 'c1', product: 'calling', licenses: 5}, options));
      await expectAbortError(provider.assignPartnerAdmin('c2', 'a-ro', options));
      await expectAbortError(provider.removePartnerAdmin('c1', 'a-adm', options));
      // Nothing happened.
      expect(changes).to.deep.equal([]);
      expect((await rowOf(provider, 'c1')).tags.map((t) => t.id)).to.deep.equal(['t1']);
      expect((await provider.getCustomer('c1')).trials).to.deep.equal([]);
    });

    it('rejects a call aborted before its answer arrives, even without latency', async () => {
      const provider = new InMemoryProvider(teamData());
      const controller = new AbortController();
      const call = provider.listCustomers({}, {signal: controller.signal});
      controller.abort();
      await expectAbortError(call);
    });

    it('with latency, rejects a call aborted in flight and answers one that is not', async () => {
      const provider = new InMemoryProvider(teamData(), {latencyMs: 50});
      const controller = new AbortController();
      const aborted = provider.listCustomers({}, {signal: controller.signal});
      setTimeout(() => controller.abort(), 10);
      await expectAbortError(aborted);

      const started = performance.now();
      const page = await provider.listCustomers({}, {signal: new AbortController().signal});
      expect(page.total).to.equal(3);
      expect(performance.now() - started).to.be.at.least(45);
    });

    it('with latency, leaves the data as it was when a change is aborted in flight', async () => {
      const provider = new InMemoryProvider(teamData(), {latencyMs: 50});
      const {changes} = listen(provider);
      const controller = new AbortController();
      const aborted = provider.setCustomerTags('c1', ['t2'], {signal: controller.signal});
      setTimeout(() => controller.abort(), 10);
      await expectAbortError(aborted);
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(changes).to.deep.equal([]);
      expect((await rowOf(provider, 'c1')).tags.map((t) => t.id)).to.deep.equal(['t1']);
    });
  });

  describe('getCustomer', () => {
    const invoice = {id: 'inv-1', amount: 1250.5, currency: 'EUR', url: 'https://billing.example/inv-1'};
    const orders = [
      {id: 'o-1', date: '2026-01-01', description: 'Meetings, 8 licences', quantity: 8},
      {id: 'o-2', date: '2026-06-15', description: 'Meetings, 2 more licences', quantity: 2},
    ];
    const detailData = () =>
      dataset({
        customers: [customer('c1', {name: 'Contoso'}), customer('c2', {name: 'Fabrikam'})],
        subscriptions: [
          record('sB', 'c1', {product: 'calling', state: 'cancelled', startDate: daysFromAsOf(-300), endDate: daysFromAsOf(-2.5)}),
          record('sC', 'c1', {product: 'messaging', endDate: daysFromAsOf(200), licenseHistory: weeklyHistory([12, 12])}),
          record('sA', 'c1', {
            autoRenew: true,
            endDate: daysFromAsOf(10.2),
            licenseHistory: weeklyHistory([6, 4], [7, 5]),
            invoice,
            orders,
          }),
          record('tA', 'c1', {kind: 'trial', autoRenew: true, startDate: daysFromAsOf(-3), endDate: daysFromAsOf(5)}),
          record('tB', 'c1', {kind: 'trial', product: 'calling', startDate: daysFromAsOf(-40), endDate: daysFromAsOf(-10)}),
          record('tC', 'c1', {kind: 'trial', product: 'messaging', state: 'pendingSetup', startDate: daysFromAsOf(2), endDate: daysFromAsOf(32)}),
          record('other', 'c2'),
        ],
      });

    let provider: InMemoryProvider;
    beforeEach(() => {
      provider = new InMemoryProvider(detailData());
    });

    it('lists the subscriptions, active ones first, without trials', async () => {
      const {subscriptions} = await provider.getCustomer('c1');
      expect(subscriptions.map((s) => s.id)).to.have.length(3);
      expect(subscriptions.slice(0, 2).map((s) => s.id)).to.have.members(['sA', 'sC']);
      expect(subscriptions[2]!.id).to.equal('sB');
      expect(subscriptions.map((s) => s.active)).to.deep.equal([true, true, false]);
      expect(subscriptions.every((s) => s.kind === 'subscription')).to.equal(true);
    });

    it('lists only running trials, never auto-renewing', async () => {
      const {trials} = await provider.getCustomer('c1');
      expect(trials.map((t) => t.id)).to.deep.equal(['tA']);
      // tA says autoRenew: true in the data; trials never renew.
      expect(trials[0]).to.include({autoRenew: false, renewalDate: null, daysUntilEnd: 5, active: true});
    });

    it('gives a renewal date only to an auto-renewing subscription', async () => {
      const {subscriptions} = await provider.getCustomer('c1');
      const byId = Object.fromEntries(subscriptions.map((s) => [s.id, s]));
      expect(byId.sA).to.include({autoRenew: true, renewalDate: daysFromAsOf(10.2)});
      expect(byId.sC).to.include({autoRenew: false, renewalDate: null});
      expect(byId.sB).to.include({autoRenew: false, renewalDate: null});
    });

    it('counts whole days until the end, rounded up, negative once ended', async () => {
      const {subscriptions} = await provider.getCustomer('c1');
      const byId = Object.fromEntries(subscriptions.map((s) => [s.id, s]));
      expect(byId.sA!.daysUntilEnd).to.equal(11);
      expect(byId.sC!.daysUntilEnd).to.equal(200);
      expect(byId.sB!.daysUntilEnd).to.equal(-2);
    });

    it('passes the invoice and orders through, and gives licences from the latest snapshot', async () => {
      const {subscriptions} = await provider.getCustomer('c1');
      const byId = Object.fromEntries(subscriptions.map((s) => [s.id, s]));
      expect(byId.sA!.invoice).to.deep.equal(invoice);
      expect(byId.sA!.orders).to.deep.equal(orders);
      expect(byId.sA).to.include({totalLicenses: 10, assigned: 7, used: 5, available: 3});
      expect(byId.sC!.invoice).to.equal(undefined);
      expect(byId.sC!.orders).to.deep.equal([]);
      // Over-assigned: nothing available, never negative.
      expect(byId.sC).to.include({totalLicenses: 10, assigned: 12, used: 12, available: 0});
    });

    it('includes the customer’s list row', async () => {
      const detail = await provider.getCustomer('c1');
      expect(detail.customer.id).to.equal('c1');
      expect(detail.customer.name).to.equal('Contoso');
      expect(detail.customer.nextEnd!.subscriptionId).to.equal('tA');
    });

    it('refuses an unknown customer', async () => {
      const error = await expectProviderError(provider.getCustomer('c-404'), 'notFound');
      expect(error.message).to.contain('c-404');
    });
  });

  describe('getSubscriptionAnalytics', () => {
    it('answers for meetings and calling and refuses any other product', async () => {
      const provider = new InMemoryProvider(teamData());
      expect((await provider.getSubscriptionAnalytics('calling')).product).to.equal('calling');
      const error = await expectProviderError(provider.getSubscriptionAnalytics('messaging' as AnalyticsProduct), 'invalid');
      expect(error.message).to.contain('messaging');
    });
  });

  describe('getResources', () => {
    it('passes the resources through with distinct, sorted categories and products', async () => {
      const data = teamData();
      const link = (title: string, category: string, product: string) => ({title, url: `https://help.example/${title}`, category, product});
      data.resources = {
        quickLinks: [link('portal', 'portal', 'all')],
        featured: [link('calling-start', 'guide', 'calling')],
        all: [
          link('training', 'training', 'meetings'),
          link('calling-start', 'guide', 'calling'),
          link('admin', 'Admin', 'meetings'),
          link('faq', 'guide', 'all'),
        ],
        helpdesk: {url: 'https://help.example/partners', phone: '+1 555 0100'},
      };
      const resources = await new InMemoryProvider(data).getResources();
      expect(resources.categories).to.deep.equal(['Admin', 'guide', 'training']);
      expect(resources.products).to.deep.equal(['all', 'calling', 'meetings']);
      expect(resources.quickLinks).to.deep.equal(data.resources.quickLinks);
      expect(resources.featured).to.deep.equal(data.resources.featured);
      expect(resources.all).to.deep.equal(data.resources.all);
      expect(resources.helpdesk).to.deep.equal({url: 'https://help.example/partners', phone: '+1 555 0100'});
    });
  });

  describe('construction', () => {
    const invalidData = () =>
      dataset({customers: [customer('c1')], subscriptions: [record('s1', 'c1', {totalLicenses: -1})]});

    it('throws a DatasetError naming the path and rule for an invalid dataset', () => {
      let thrown: unknown;
      try {
        new InMemoryProvider(invalidData());
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(DatasetError);
      expect((thrown as DatasetError).problems).to.deep.include({path: 'subscriptions[0].totalLicenses', rule: 'must be a non-negative integer'});
      expect(() => new InMemoryProvider({} as PartnerDataset)).to.throw(DatasetError);
    });

    it('skips validation when told to', async () => {
      const provider = new InMemoryProvider(invalidData(), {validate: false});
      expect((await provider.listCustomers({})).total).to.equal(1);
    });
  });
});

function ids(page: {items: {id: string}[]}): string[] {
  return page.items.map((item) => item.id);
}
