/**
 * The seeded demo-data generator: deterministic, valid (SPEC §2.1) and covering every SPEC §3
 * status and edge case. Each edge case is recomputed here from the raw data with the spec's own
 * definitions, independent of the analytics module.
 */
import {expect} from '@open-wc/testing';
import {DEFAULT_AS_OF, EDGE_CASE_CUSTOMERS, generateDataset} from '../../packages/core/src/generate.ts';
import type {CallingWeek, LicenseSnapshot, PartnerDataset, SubscriptionRecord} from '../../packages/core/src/model.ts';
import {MAX_TAG_LABEL_LENGTH, MAX_TAGS_PER_CUSTOMER, SCHEMA_VERSION} from '../../packages/core/src/model.ts';
import {DAY_MS, WEEK_MS, isSundayWeekStart, sundayWeekStart} from '../../packages/core/src/time.ts';
import {validateDataset} from '../../packages/core/src/validate.ts';

const AS_OF_MS = Date.parse(DEFAULT_AS_OF);
const CURRENT_WEEK_MS = sundayWeekStart(AS_OF_MS);
const LAST_WEEK_MS = CURRENT_WEEK_MS - WEEK_MS;
/** The 8 complete weeks the calling charts show, oldest first. */
const CALLING_WEEKS_MS = Array.from({length: 8}, (_, i) => LAST_WEEK_MS - (7 - i) * WEEK_MS);
const STATUSES = [
  'trial',
  'subscription',
  'expiringSoon',
  'licenseOverage',
  'noRecentActivity',
  'readyForSetup',
  'suspended',
  'expired',
] as const;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const ms = (iso: string) => Date.parse(iso);

function isActive(record: SubscriptionRecord): boolean {
  return record.state === 'active' && ms(record.startDate) <= AS_OF_MS && AS_OF_MS < ms(record.endDate);
}

function endsWithin(record: SubscriptionRecord, days: number): boolean {
  const end = ms(record.endDate);
  return AS_OF_MS < end && end <= AS_OF_MS + days * DAY_MS;
}

/** The licence snapshot: newest entry at or before asOf (assigned = used = 0 without one). */
function snapshotOf(record: SubscriptionRecord): LicenseSnapshot {
  let newest: LicenseSnapshot = {weekStart: '', assigned: 0, used: 0};
  for (const entry of record.licenseHistory) if (ms(entry.weekStart) <= AS_OF_MS) newest = entry;
  return newest;
}

function recordsByCustomer(data: PartnerDataset): Map<string, SubscriptionRecord[]> {
  const byCustomer = new Map<string, SubscriptionRecord[]>(data.customers.map((customer) => [customer.id, []]));
  for (const record of data.subscriptions) byCustomer.get(record.customerId)?.push(record);
  return byCustomer;
}

/** SPEC §3 customer statuses, straight from the definitions. */
function statusesOf(data: PartnerDataset): Map<string, Set<string>> {
  const byCustomer = recordsByCustomer(data);
  const statuses = new Map<string, Set<string>>();
  for (const customer of data.customers) {
    const records = byCustomer.get(customer.id) ?? [];
    const active = records.filter(isActive);
    const set = new Set<string>();
    if (active.some((record) => record.kind === 'trial')) set.add('trial');
    if (active.some((record) => record.kind === 'subscription')) set.add('subscription');
    if (active.some((record) => endsWithin(record, 30))) set.add('expiringSoon');
    if (active.some((record) => snapshotOf(record).assigned > record.totalLicenses)) set.add('licenseOverage');
    const activity = customer.lastAdminActivity;
    if (activity === null || ms(activity) < AS_OF_MS - 30 * DAY_MS) set.add('noRecentActivity');
    if (records.some((record) => record.state === 'pendingSetup')) set.add('readyForSetup');
    if (records.some((record) => record.state === 'suspended')) set.add('suspended');
    if (active.length === 0) set.add('expired');
    statuses.set(customer.id, set);
  }
  return statuses;
}

/** Records flagged by the low-assignment rule (factor 0.5, minimum age 30 days), per product. */
function lowAssignmentFlagged(data: PartnerDataset, product: string): SubscriptionRecord[] {
  const peers = data.subscriptions.filter(
    (record) =>
      record.product === product &&
      isActive(record) &&
      record.totalLicenses > 0 &&
      ms(record.startDate) <= AS_OF_MS - 30 * DAY_MS,
  );
  const ratios = peers.map((record) => snapshotOf(record).assigned / record.totalLicenses).sort((a, b) => a - b);
  const middle = ratios.length / 2;
  const median = ratios.length % 2 === 1 ? ratios[Math.floor(middle)]! : (ratios[middle - 1]! + ratios[middle]!) / 2;
  return peers.filter((record) => snapshotOf(record).assigned / record.totalLicenses < 0.5 * median);
}

function callingCustomerIds(data: PartnerDataset): Set<string> {
  return new Set(data.subscriptions.filter((record) => record.product === 'calling').map((record) => record.customerId));
}

function callingWeeksByCustomer(data: PartnerDataset): Map<string, CallingWeek[]> {
  const byCustomer = new Map<string, CallingWeek[]>();
  for (const week of data.calling) {
    const weeks = byCustomer.get(week.customerId) ?? [];
    weeks.push(week);
    byCustomer.set(week.customerId, weeks);
  }
  return byCustomer;
}

function count<T>(items: Iterable<T>, predicate: (item: T) => boolean): number {
  let total = 0;
  for (const item of items) if (predicate(item)) total += 1;
  return total;
}

function expectUnique(values: readonly string[], what: string): void {
  expect(new Set(values).size, `${what} unique`).to.equal(values.length);
}

describe('generateDataset', () => {
  let data: PartnerDataset;

  before(() => {
    data = generateDataset({customers: 1000});
  });

  describe('determinism', () => {
    it('gives deep-equal datasets for the same options', () => {
      expect(generateDataset({seed: 42, customers: 300})).to.deep.equal(generateDataset({seed: 42, customers: 300}));
    });

    it('gives different datasets for different seeds', () => {
      const names = (seed: number | string) => generateDataset({seed, customers: 100}).customers.map((customer) => customer.name);
      expect(names(1)).not.to.deep.equal(names(2));
      expect(names('demo')).not.to.deep.equal(names(1));
    });

    it('accepts string seeds, a number and its decimal string being the same seed', () => {
      expect(generateDataset({seed: 'partner-demo', customers: 50})).to.deep.equal(
        generateDataset({seed: 'partner-demo', customers: 50}),
      );
      expect(generateDataset({seed: '7', customers: 50})).to.deep.equal(generateDataset({seed: 7, customers: 50}));
    });

    it('uses seed 1, 2000 customers and DEFAULT_AS_OF by default', () => {
      const defaults = generateDataset();
      expect(defaults.customers).to.have.length(2000);
      expect(defaults.asOf).to.equal(DEFAULT_AS_OF);
      expect(defaults.customers.slice(0, 1000)).to.deep.equal(data.customers);
    });

    it('takes asOf as a string or a Date and counts every date from it', () => {
      const asOf = '2027-03-07T00:00:00.000Z';
      const fromString = generateDataset({customers: 60, asOf});
      expect(fromString).to.deep.equal(generateDataset({customers: 60, asOf: new Date(asOf)}));
      expect(fromString.asOf).to.equal(asOf);
      const weeks = fromString.subscriptions.flatMap((record) => record.licenseHistory.map((entry) => ms(entry.weekStart)));
      const latestWeek = Math.max(...weeks);
      expect(latestWeek).to.equal(ms(asOf));
    });

    it('never reads Math.random or the clock', () => {
      const random = Math.random;
      const now = Date.now;
      Math.random = () => {
        throw new Error('Math.random used');
      };
      Date.now = () => {
        throw new Error('Date.now used');
      };
      try {
        expect(generateDataset({customers: 200}).customers).to.have.length(200);
      } finally {
        Math.random = random;
        Date.now = now;
      }
    });
  });

  describe('options', () => {
    it('honours 0 customers with a still valid dataset', () => {
      const empty = generateDataset({customers: 0});
      expect(empty.customers).to.deep.equal([]);
      expect(empty.subscriptions).to.deep.equal([]);
      expect(empty.calling).to.deep.equal([]);
      expect(empty.partnerAdmins.length).to.be.at.least(8);
      expect(() => validateDataset(empty)).not.to.throw();
    });

    it('honours 1 customer', () => {
      const one = generateDataset({customers: 1});
      expect(one.customers.map((customer) => customer.id)).to.deep.equal(['cust-000001']);
      expect(new Set(one.subscriptions.map((record) => record.customerId))).to.deep.equal(new Set(['cust-000001']));
      expect(() => validateDataset(one)).not.to.throw();
    });

    it('honours the requested count', () => {
      expect(data.customers).to.have.length(1000);
      expect(generateDataset({customers: 37}).customers).to.have.length(37);
    });

    it('refuses counts outside 0..1,000,000 and invalid dates', () => {
      for (const customers of [-1, 1.5, 1_000_001, Number.NaN]) {
        expect(() => generateDataset({customers}), String(customers)).to.throw(RangeError, /customers/);
      }
      expect(() => generateDataset({asOf: 'yesterday'})).to.throw(RangeError, /asOf/);
      expect(() => generateDataset({asOf: new Date(Number.NaN)})).to.throw(RangeError, /asOf/);
    });
  });

  describe('data rules (SPEC §2.1)', () => {
    it('passes validateDataset, also after a JSON round trip', () => {
      expect(() => validateDataset(data)).not.to.throw();
      expect(() => validateDataset(JSON.parse(JSON.stringify(data)))).not.to.throw();
      expect(data.schemaVersion).to.equal(SCHEMA_VERSION);
    });

    it('has unique ids', () => {
      expectUnique(data.customers.map((customer) => customer.id), 'customer ids');
      expectUnique(data.customers.map((customer) => customer.orgId), 'org ids');
      expectUnique(data.subscriptions.map((record) => record.id), 'subscription ids');
      expectUnique(data.tags.map((tag) => tag.id), 'tag ids');
      expectUnique(data.partnerAdmins.map((admin) => admin.id), 'admin ids');
      expectUnique(
        data.subscriptions.flatMap((record) => (record.orders ?? []).map((order) => order.id)),
        'order ids',
      );
      expectUnique(data.calling.map((week) => `${week.customerId} ${week.weekStart}`), 'calling customer weeks');
    });

    it('has valid references', () => {
      const customerIds = new Set(data.customers.map((customer) => customer.id));
      const tagIds = new Set(data.tags.map((tag) => tag.id));
      for (const record of data.subscriptions) expect(customerIds.has(record.customerId), record.id).to.equal(true);
      for (const customer of data.customers) {
        for (const tag of customer.tags) expect(tagIds.has(tag), `${customer.id} tag ${tag}`).to.equal(true);
        expectUnique(customer.tags, `${customer.id} tags`);
      }
      for (const admin of data.partnerAdmins) {
        for (const id of admin.customerIds ?? []) expect(customerIds.has(id), `${admin.id} → ${id}`).to.equal(true);
      }
      for (const week of data.calling) expect(customerIds.has(week.customerId), week.customerId).to.equal(true);
      expect(data.partnerAdmins.map((admin) => admin.id)).to.include(data.currentUser.adminId);
    });

    it('keeps licences non-negative integers and dates ISO with endDate ≥ startDate', () => {
      const isCount = (value: number) => Number.isInteger(value) && value >= 0;
      for (const record of data.subscriptions) {
        expect(isCount(record.totalLicenses), record.id).to.equal(true);
        expect(record.startDate).to.match(ISO_DATE_TIME);
        expect(record.endDate).to.match(ISO_DATE_TIME);
        expect(ms(record.endDate), record.id).to.be.at.least(ms(record.startDate));
        for (const entry of record.licenseHistory) {
          expect(isCount(entry.assigned) && isCount(entry.used), record.id).to.equal(true);
        }
        for (const order of record.orders ?? []) {
          expect(order.date).to.match(ISO_DATE_TIME);
          expect(isCount(order.quantity), order.id).to.equal(true);
        }
      }
      for (const customer of data.customers) {
        if (customer.lastAdminActivity !== null) expect(customer.lastAdminActivity).to.match(ISO_DATE_TIME);
        expect(ms(customer.lastAdminActivity ?? DEFAULT_AS_OF)).to.be.at.most(AS_OF_MS);
      }
    });

    it('keeps at most 5 tags per customer and tag labels of at most 25 characters', () => {
      for (const customer of data.customers) expect(customer.tags.length).to.be.at.most(MAX_TAGS_PER_CUSTOMER);
      for (const tag of data.tags) expect(tag.label.length, tag.label).to.be.at.most(MAX_TAG_LABEL_LENGTH);
    });
  });

  describe('edge cases at 1,000 customers (SPEC §3)', () => {
    it('starts with the documented edge-case customers', () => {
      expect(EDGE_CASE_CUSTOMERS.length).to.be.within(30, 60);
      expect(data.customers.slice(0, EDGE_CASE_CUSTOMERS.length).map((customer) => customer.id)).to.deep.equal(
        EDGE_CASE_CUSTOMERS.map((edge) => edge.id),
      );
    });

    it('has every customer status', () => {
      const found = new Set([...statusesOf(data).values()].flatMap((set) => [...set]));
      for (const status of STATUSES) expect(found.has(status), status).to.equal(true);
    });

    it('has every status even in a dataset of only the edge-case customers', () => {
      const small = generateDataset({customers: EDGE_CASE_CUSTOMERS.length, seed: 'small'});
      const found = new Set([...statusesOf(small).values()].flatMap((set) => [...set]));
      expect([...found].sort()).to.deep.equal([...STATUSES].sort());
    });

    it('has customers with several statuses at once', () => {
      const several = (set: Set<string>) => set.has('suspended') && set.has('licenseOverage') && set.has('expiringSoon');
      expect(count(statusesOf(data).values(), several)).to.be.at.least(1);
    });

    it('has zero-licence subscriptions, overage, unassigned and history-less active records', () => {
      const active = data.subscriptions.filter(isActive);
      expect(count(active, (record) => record.totalLicenses === 0)).to.be.at.least(2);
      expect(count(active, (record) => record.totalLicenses === 0 && snapshotOf(record).assigned > 0)).to.be.at.least(1);
      expect(count(active, (record) => snapshotOf(record).assigned > record.totalLicenses)).to.be.at.least(5);
      const unassigned = (record: SubscriptionRecord) =>
        record.totalLicenses > 0 && record.licenseHistory.length > 0 && snapshotOf(record).assigned === 0;
      expect(count(active, unassigned)).to.be.at.least(1);
      expect(count(active, (record) => record.licenseHistory.length === 0)).to.be.at.least(2);
    });

    it('has low-assignment outliers among meetings and calling peers', () => {
      expect(lowAssignmentFlagged(data, 'meetings').length).to.be.at.least(3);
      expect(lowAssignmentFlagged(data, 'calling').length).to.be.at.least(1);
    });

    it('has messaging-only, translation and record-less customers', () => {
      const byCustomer = recordsByCustomer(data);
      const products = (id: string) => new Set((byCustomer.get(id) ?? []).map((record) => record.product));
      const onlyOutsideKpis = (id: string) => {
        const set = products(id);
        return set.size > 0 && !set.has('meetings') && !set.has('calling');
      };
      const messagingOnly = count(data.customers, (customer) => onlyOutsideKpis(customer.id) && products(customer.id).has('messaging'));
      expect(messagingOnly).to.be.at.least(5);
      expect(count(data.subscriptions, (record) => record.product === 'translation')).to.be.at.least(5);
      expect(count(data.customers, (customer) => products(customer.id).size === 0)).to.be.at.least(1);
    });

    it('has trials, auto-renew on and off, and trials flagged auto-renew (to be ignored)', () => {
      const active = data.subscriptions.filter(isActive);
      expect(count(active, (record) => record.kind === 'trial')).to.be.at.least(10);
      expect(count(active, (record) => record.kind === 'subscription' && record.autoRenew)).to.be.at.least(50);
      expect(count(active, (record) => record.kind === 'subscription' && !record.autoRenew)).to.be.at.least(50);
      expect(count(active, (record) => record.kind === 'trial' && record.autoRenew && endsWithin(record, 90))).to.be.at.least(1);
    });

    it('has ends within 30 and 90 days, with and without auto-renew', () => {
      const active = data.subscriptions.filter(isActive);
      expect(count(active, (record) => endsWithin(record, 30))).to.be.at.least(10);
      const subscriptions = active.filter((record) => record.kind === 'subscription');
      expect(count(subscriptions, (record) => !record.autoRenew && endsWithin(record, 90) && !endsWithin(record, 30))).to.be.at.least(5);
      expect(count(subscriptions, (record) => record.autoRenew && endsWithin(record, 90))).to.be.at.least(5);
    });

    it('has records exactly on the window boundaries', () => {
      const startsAt = (days: number) => count(data.subscriptions, (record) => ms(record.startDate) === AS_OF_MS + days * DAY_MS);
      const endsAt = (days: number) => count(data.subscriptions, (record) => ms(record.endDate) === AS_OF_MS + days * DAY_MS);
      expect(endsAt(30), 'ends at asOf + 30 d').to.be.at.least(1);
      expect(endsAt(90), 'ends at asOf + 90 d').to.be.at.least(1);
      expect(endsAt(0), 'ends at asOf').to.be.at.least(1);
      expect(startsAt(-90), 'starts at asOf − 90 d').to.be.at.least(1);
      expect(startsAt(-30), 'starts at asOf − 30 d').to.be.at.least(1);
      expect(startsAt(0), 'starts at asOf').to.be.at.least(1);
      const activity = data.customers.map((customer) => customer.lastAdminActivity);
      expect(count(activity, (date) => date !== null && ms(date) === AS_OF_MS - 30 * DAY_MS), 'activity at asOf − 30 d').to.be.at.least(1);
    });

    it('has recently added, very young, future and ended records', () => {
      const records = data.subscriptions;
      const started = (record: SubscriptionRecord) => ms(record.startDate);
      expect(count(records, (record) => AS_OF_MS - 90 * DAY_MS <= started(record) && started(record) <= AS_OF_MS)).to.be.at.least(20);
      expect(count(records, (record) => isActive(record) && started(record) > AS_OF_MS - 30 * DAY_MS)).to.be.at.least(5);
      expect(count(records, (record) => started(record) > AS_OF_MS)).to.be.at.least(1);
      expect(count(records, (record) => ms(record.endDate) <= AS_OF_MS && record.state === 'active')).to.be.at.least(5);
      expect(count(records, (record) => record.state === 'cancelled')).to.be.at.least(5);
    });

    it('has calling customers without calling data', () => {
      const withData = new Set(data.calling.map((week) => week.customerId));
      expect(count(callingCustomerIds(data), (id) => !withData.has(id))).to.be.at.least(5);
    });
  });

  describe('customers', () => {
    it('names customers in every UI language script', () => {
      const names = data.customers.map((customer) => customer.name);
      expect(count(names, (name) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(name)), 'Japanese').to.be.at.least(20);
      expect(count(names, (name) => /[\u0400-\u04ff]/.test(name)), 'Cyrillic').to.be.at.least(20);
      expect(count(names, (name) => /[ÄÖÜäöüß]/.test(name)), 'German').to.be.at.least(20);
      expect(count(names, (name) => /[éèêàâçÉôî]/.test(name)), 'French').to.be.at.least(20);
      expect(count(names, (name) => /[åÅ]/.test(name)), 'Swedish').to.be.at.least(10);
      expect(count(names, (name) => /[đĐćčšž]/.test(name)), 'Serbian Latin').to.be.at.least(10);
      expect(count(names, (name) => /^[A-Za-z0-9 &'.,-]+$/.test(name)), 'plain English').to.be.at.least(100);
    });

    it('has a few very long names and none over 150 characters', () => {
      const lengths = data.customers.map((customer) => customer.name.length);
      expect(count(lengths, (length) => length >= 80)).to.be.within(1, 20);
      expect(Math.max(...lengths)).to.be.at.most(150);
    });

    it('repeats names only rarely', () => {
      const names = data.customers.map((customer) => customer.name);
      const repeats = names.length - new Set(names).size;
      expect(repeats).to.be.within(1, names.length * 0.03);
    });

    it('shapes ids and org ids', () => {
      for (const customer of data.customers) {
        expect(customer.id).to.match(/^cust-\d{6,}$/);
        expect(customer.orgId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }
      for (const record of data.subscriptions) {
        expect(record.id).to.match(record.kind === 'trial' ? /^Trial-\d{6,}$/ : /^Sub-\d{6,}$/);
      }
    });

    it('gives most customers an https launch URL, not all', () => {
      const withUrl = count(data.customers, (customer) => customer.launchUrl !== undefined);
      expect(withUrl).to.be.within(800, 990);
      for (const {launchUrl} of data.customers) if (launchUrl !== undefined) expect(launchUrl).to.match(/^https:\/\//);
    });

    it('spreads last admin activity: mostly recent, some old, some never', () => {
      const activity = data.customers.map((customer) => customer.lastAdminActivity);
      expect(count(activity, (date) => date !== null && ms(date) >= AS_OF_MS - 30 * DAY_MS)).to.be.above(600);
      expect(count(activity, (date) => date !== null && ms(date) < AS_OF_MS - 30 * DAY_MS)).to.be.at.least(50);
      expect(count(activity, (date) => date === null)).to.be.at.least(10);
    });

    it('mixes managed-by values and tag counts from 0 to 5', () => {
      expect(count(data.customers, (customer) => customer.managedBy === 'external')).to.be.at.least(50);
      const tagCounts = new Set(data.customers.map((customer) => customer.tags.length));
      expect([...tagCounts].sort()).to.deep.equal([0, 1, 2, 3, 4, 5]);
    });

    it('gives mostly small customers, some medium and a few huge', () => {
      const totals = data.subscriptions
        .filter((record) => record.product === 'meetings' && record.kind === 'subscription')
        .map((record) => record.totalLicenses);
      expect(count(totals, (total) => total <= 60) / totals.length).to.be.above(0.55);
      expect(count(totals, (total) => total > 60 && total <= 1000)).to.be.at.least(50);
      expect(count(totals, (total) => total >= 5000)).to.be.at.least(2);
    });
  });

  describe('tags, partner administrators and resources', () => {
    it('has a multilingual tag list, some coloured', () => {
      expect(data.tags.length).to.be.within(10, 15);
      expect(count(data.tags, (tag) => tag.color !== undefined)).to.be.within(1, data.tags.length - 1);
      expect(data.tags.some((tag) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(tag.label))).to.equal(true);
      expect(data.tags.some((tag) => /[\u0400-\u04ff]/.test(tag.label))).to.equal(true);
    });

    it('has 8–20 admins in all three roles, for all customers or a subset; the viewer is a fullAdmin', () => {
      const admins = data.partnerAdmins;
      expect(admins.length).to.be.within(8, 20);
      expect(new Set(admins.map((admin) => admin.role))).to.deep.equal(new Set(['fullAdmin', 'admin', 'readOnly']));
      expect(count(admins, (admin) => admin.allCustomers === true)).to.be.at.least(1);
      expect(count(admins, (admin) => admin.allCustomers !== true && (admin.customerIds?.length ?? 0) > 0)).to.be.at.least(1);
      expect(admins.find((admin) => admin.id === data.currentUser.adminId)?.role).to.equal('fullAdmin');
    });

    it('has quick links, featured and ~40 categorised resources with https URLs, and a helpdesk', () => {
      const {quickLinks, featured, all, helpdesk} = data.resources;
      expect(quickLinks.length).to.be.within(3, 8);
      expect(featured.length).to.be.within(3, 6);
      expect(all.length).to.be.within(30, 50);
      expect(new Set(all.map((resource) => resource.category)).size).to.be.at.least(4);
      expect(new Set(all.map((resource) => resource.product)).size).to.be.at.least(4);
      for (const resource of [...quickLinks, ...featured, ...all]) expect(resource.url).to.match(/^https:\/\//);
      expect(helpdesk.url).to.match(/^https:\/\//);
    });
  });

  describe('licence history', () => {
    it('is weekly on Sunday 00:00 UTC, newest last, within the record and not after the current week', () => {
      for (const record of data.subscriptions) {
        const weeks = record.licenseHistory.map((entry) => ms(entry.weekStart));
        weeks.forEach((week, i) => {
          expect(isSundayWeekStart(week), record.id).to.equal(true);
          if (i > 0) expect(week - weeks[i - 1]!, record.id).to.equal(WEEK_MS);
          expect(week, record.id).to.be.at.least(ms(record.startDate));
          expect(week, record.id).to.be.below(ms(record.endDate));
          expect(week, record.id).to.be.at.most(CURRENT_WEEK_MS);
        });
        expect(weeks.length).to.be.at.most(16);
      }
    });

    it('has at least 13 weeks, ending with the current one, for records running that long', () => {
      const longRunning = data.subscriptions.filter(
        (record) =>
          record.licenseHistory.length > 0 &&
          ms(record.startDate) <= CURRENT_WEEK_MS - 12 * WEEK_MS &&
          ms(record.endDate) > AS_OF_MS,
      );
      expect(longRunning.length).to.be.above(500);
      for (const record of longRunning) {
        expect(record.licenseHistory.length, record.id).to.be.at.least(13);
        expect(ms(record.licenseHistory.at(-1)!.weekStart), record.id).to.equal(CURRENT_WEEK_MS);
      }
    });

    it('drifts week to week and keeps used ≤ assigned', () => {
      const drifts = (record: SubscriptionRecord) => new Set(record.licenseHistory.map((entry) => entry.assigned)).size > 1;
      const drifting = count(data.subscriptions, drifts);
      expect(drifting).to.be.above(300);
      for (const record of data.subscriptions) {
        for (const entry of record.licenseHistory) expect(entry.used, record.id).to.be.at.most(entry.assigned);
      }
    });
  });

  describe('calling', () => {
    let weeksByCustomer: Map<string, CallingWeek[]>;

    before(() => {
      weeksByCustomer = callingWeeksByCustomer(data);
    });

    it('only has customers with a calling record, on Sunday-started weeks up to the current one', () => {
      const callingIds = callingCustomerIds(data);
      for (const week of data.calling) {
        expect(callingIds.has(week.customerId), week.customerId).to.equal(true);
        expect(isSundayWeekStart(ms(week.weekStart)), week.weekStart).to.equal(true);
        expect(ms(week.weekStart)).to.be.within(CALLING_WEEKS_MS[0]!, CURRENT_WEEK_MS);
      }
    });

    it('has all 8 complete weeks for most customers with data, gaps for some, the unfinished week for some', () => {
      const complete = (weeks: CallingWeek[]) => count(weeks, (week) => CALLING_WEEKS_MS.includes(ms(week.weekStart)));
      const customers = [...weeksByCustomer.values()];
      expect(customers.length).to.be.above(80);
      expect(count(customers, (weeks) => complete(weeks) === 8)).to.be.above(customers.length / 2);
      const fullHistory = (id: string) =>
        data.subscriptions.some(
          (record) => record.customerId === id && record.product === 'calling' && record.licenseHistory.length >= 13,
        );
      expect(count(weeksByCustomer, ([id, weeks]) => fullHistory(id) && complete(weeks) < 8), 'gaps').to.be.at.least(3);
      const unfinished = count(customers, (weeks) => weeks.some((week) => ms(week.weekStart) === CURRENT_WEEK_MS));
      expect(unfinished, 'unfinished week').to.be.at.least(10);
    });

    it('keeps active users within the calling licences assigned that week', () => {
      const assigned = new Map<string, number>();
      for (const record of data.subscriptions) {
        if (record.product !== 'calling') continue;
        for (const entry of record.licenseHistory) {
          const key = `${record.customerId} ${entry.weekStart}`;
          assigned.set(key, (assigned.get(key) ?? 0) + entry.assigned);
        }
      }
      for (const week of data.calling) {
        expect(week.activeUsers, week.customerId).to.be.at.most(assigned.get(`${week.customerId} ${week.weekStart}`) ?? 0);
      }
    });

    it('adds up: users by volume, media calls, good calls and endpoints', () => {
      const endpoints = new Set(['desktopApp', 'mobileApp', 'deskPhone', 'webBrowser', 'thirdPartySip']);
      const features = ['callQueue', 'huntGroup', 'autoAttendant', 'callPark', 'callPickup', 'voicemail'];
      for (const week of data.calling) {
        const {high, medium, low} = week.usersByVolume;
        expect(high + medium + low).to.equal(week.activeUsers);
        expect(week.callsWithMedia).to.be.at.most(week.calls);
        expect(week.goodCalls).to.be.at.most(week.callsWithMedia);
        let media = 0;
        let good = 0;
        for (const [endpoint, calls] of Object.entries(week.byEndpoint)) {
          expect(endpoints.has(endpoint), endpoint).to.equal(true);
          expect(calls.goodCalls).to.be.at.most(calls.callsWithMedia);
          media += calls.callsWithMedia;
          good += calls.goodCalls;
        }
        expect([media, good]).to.deep.equal([week.callsWithMedia, week.goodCalls]);
        expect(Object.keys(week.featureCalls)).to.deep.equal(features);
      }
    });

    it('has mostly good quality, some customers over 20 % poor, and averages that follow quality', () => {
      const lastWeek = data.calling.filter((week) => ms(week.weekStart) === LAST_WEEK_MS && week.callsWithMedia > 100);
      const poorRate = (week: CallingWeek) => (week.callsWithMedia - week.goodCalls) / week.callsWithMedia;
      expect(count(lastWeek, (week) => poorRate(week) <= 0.06) / lastWeek.length).to.be.above(0.7);
      const poor = lastWeek.filter((week) => poorRate(week) >= 0.2);
      const good = lastWeek.filter((week) => poorRate(week) <= 0.03);
      expect(poor.length).to.be.at.least(1);
      const meanLatency = (weeks: CallingWeek[]) => weeks.reduce((sum, week) => sum + week.avgLatencyMs, 0) / weeks.length;
      expect(meanLatency(poor)).to.be.above(meanLatency(good));
    });

    it('has queue data for some customers, with idle queues and answered + abandoned ≤ offered', () => {
      const queued = data.calling.filter((week) => week.queue !== undefined);
      expect(new Set(queued.map((week) => week.customerId)).size).to.be.at.least(10);
      for (const {queue} of queued) {
        expect(queue!.queues).to.be.at.least(1);
        expect(queue!.answered + queue!.abandoned).to.be.at.most(queue!.offered);
      }
      expect(count(queued, (week) => week.queue!.offered === 0)).to.be.at.least(1);
    });
  });
});
