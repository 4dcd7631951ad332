/**
 * SPEC §3 pinned with small hand-computed datasets. AS_OF is Wednesday 2026-11-18 12:00 UTC.
 */
import {expect} from '@open-wc/testing';
import {
  callingAnalytics,
  customerStatuses,
  median,
  overviewKpis,
  prepareDataset,
  subscriptionAnalytics,
} from '../../packages/core/src/analytics/index.ts';
import type {CallingWeek, PartnerDataset} from '../../packages/core/src/model.ts';
import {completedMonths} from '../../packages/core/src/time.ts';
import {
  AS_OF,
  AS_OF_MS,
  DAY,
  LAST_WEEK_MS,
  WEEK,
  WEEK_OF_AS_OF_MS,
  callingWeek,
  customer,
  dataset,
  daysFromAsOf,
  iso,
  record,
  weeklyHistory,
} from './fixtures/builders.ts';

const SECOND = 1000;

function statusesOf(data: PartnerDataset, customerId: string): string[] {
  const prepared = prepareDataset(data);
  return customerStatuses(prepared, prepared.customerById.get(customerId)!).map((info) => info.status);
}

function overview(data: PartnerDataset) {
  return overviewKpis(prepareDataset(data));
}

function meetings(data: PartnerDataset) {
  return subscriptionAnalytics(prepareDataset(data), 'meetings');
}

describe('customer statuses', () => {
  it('lists trial and subscription for active records of each kind', () => {
    const data = dataset({
      customers: [customer('c1')],
      subscriptions: [record('s1', 'c1'), record('t1', 'c1', {kind: 'trial'})],
    });
    expect(statusesOf(data, 'c1')).to.deep.equal(['trial', 'subscription']);
  });

  it('treats a record as active only when startDate ≤ asOf < endDate and state is active', () => {
    const data = dataset({
      customers: [customer('starts-now'), customer('ends-now'), customer('future'), customer('suspended')],
      subscriptions: [
        record('s1', 'starts-now', {startDate: AS_OF, endDate: daysFromAsOf(100)}),
        record('s2', 'ends-now', {endDate: AS_OF}),
        record('s3', 'future', {startDate: daysFromAsOf(1)}),
        record('s4', 'suspended', {state: 'suspended'}),
      ],
    });
    expect(statusesOf(data, 'starts-now')).to.deep.equal(['subscription']);
    expect(statusesOf(data, 'ends-now')).to.deep.equal(['expired']);
    expect(statusesOf(data, 'future')).to.deep.equal(['expired']);
    expect(statusesOf(data, 'suspended')).to.deep.equal(['suspended', 'expired']);
  });

  it('flags expiringSoon when an active record ends within 30 days, boundary included', () => {
    const data = dataset({
      customers: [customer('on-boundary'), customer('past-boundary')],
      subscriptions: [
        record('s1', 'on-boundary', {endDate: daysFromAsOf(30)}),
        record('s2', 'past-boundary', {endDate: iso(AS_OF_MS + 30 * DAY + SECOND)}),
      ],
    });
    expect(statusesOf(data, 'on-boundary')).to.deep.equal(['expiringSoon', 'subscription']);
    expect(statusesOf(data, 'past-boundary')).to.deep.equal(['subscription']);
  });

  it('flags licenseOverage only for an active record with assigned > total', () => {
    const data = dataset({
      customers: [customer('over'), customer('equal'), customer('over-but-cancelled')],
      subscriptions: [
        record('s1', 'over', {totalLicenses: 10, licenseHistory: weeklyHistory([11, 3])}),
        record('s2', 'equal', {totalLicenses: 10, licenseHistory: weeklyHistory([10, 3])}),
        record('s3', 'over-but-cancelled', {state: 'cancelled', totalLicenses: 10, licenseHistory: weeklyHistory([11, 3])}),
      ],
    });
    expect(statusesOf(data, 'over')).to.deep.equal(['licenseOverage', 'subscription']);
    expect(statusesOf(data, 'equal')).to.deep.equal(['subscription']);
    expect(statusesOf(data, 'over-but-cancelled')).to.deep.equal(['expired']);
  });

  it('flags noRecentActivity for null or more than 30 days before asOf', () => {
    const data = dataset({
      customers: [
        customer('never', {lastAdminActivity: null}),
        customer('exactly-30', {lastAdminActivity: daysFromAsOf(-30)}),
        customer('over-30', {lastAdminActivity: iso(AS_OF_MS - 30 * DAY - SECOND)}),
      ],
      subscriptions: [record('s1', 'never'), record('s2', 'exactly-30'), record('s3', 'over-30')],
    });
    expect(statusesOf(data, 'never')).to.deep.equal(['noRecentActivity', 'subscription']);
    expect(statusesOf(data, 'exactly-30')).to.deep.equal(['subscription']);
    expect(statusesOf(data, 'over-30')).to.deep.equal(['noRecentActivity', 'subscription']);
  });

  it('orders every status most severe first and says why', () => {
    const data = dataset({
      customers: [customer('all', {lastAdminActivity: null})],
      subscriptions: [
        record('over', 'all', {totalLicenses: 5, licenseHistory: weeklyHistory([6, 1]), endDate: daysFromAsOf(10)}),
        record('trial', 'all', {kind: 'trial'}),
        record('pending', 'all', {state: 'pendingSetup'}),
        record('susp', 'all', {state: 'suspended'}),
      ],
    });
    const prepared = prepareDataset(data);
    const infos = customerStatuses(prepared, prepared.customerById.get('all')!);
    expect(infos.map((info) => info.status)).to.deep.equal([
      'suspended',
      'licenseOverage',
      'expiringSoon',
      'readyForSetup',
      'noRecentActivity',
      'trial',
      'subscription',
    ]);
    expect(infos[1]).to.include({subscriptionId: 'over', assigned: 6, total: 5});
    expect(infos[2]).to.include({subscriptionId: 'over', days: 10});
    expect(infos[3]).to.include({subscriptionId: 'pending'});
  });

  it('uses the configured windows', () => {
    const data = dataset({
      customers: [customer('c1', {lastAdminActivity: daysFromAsOf(-10)})],
      subscriptions: [record('s1', 'c1', {endDate: daysFromAsOf(45)})],
    });
    const prepared = prepareDataset(data, {expiringSoonDays: 60, noRecentActivityDays: 7});
    const statuses = customerStatuses(prepared, prepared.customerById.get('c1')!).map((info) => info.status);
    expect(statuses).to.deep.equal(['expiringSoon', 'noRecentActivity', 'subscription']);
  });
});

describe('overview KPIs', () => {
  it('counts customers with a meetings or calling record in any state, never messaging-only ones', () => {
    const data = dataset({
      customers: [customer('meet'), customer('call-cancelled'), customer('msg-only'), customer('none')],
      subscriptions: [
        record('s1', 'meet'),
        record('s2', 'call-cancelled', {product: 'calling', state: 'cancelled'}),
        record('s3', 'msg-only', {product: 'messaging', endDate: daysFromAsOf(10), totalLicenses: 1, licenseHistory: weeklyHistory([5, 1])}),
      ],
    });
    expect(overview(data)).to.include({totalCustomers: 2, nearingExpiration: 0, overLimit: 0});
  });

  it('counts nearingExpiration up to exactly asOf + 90 days, not one second later', () => {
    const data = dataset({
      customers: [customer('c90'), customer('c90plus'), customer('trial-autorenew'), customer('renews')],
      subscriptions: [
        record('s1', 'c90', {endDate: daysFromAsOf(90)}),
        record('s2', 'c90plus', {endDate: iso(AS_OF_MS + 90 * DAY + SECOND)}),
        record('t1', 'trial-autorenew', {kind: 'trial', autoRenew: true, endDate: daysFromAsOf(20)}),
        record('s3', 'renews', {autoRenew: true, endDate: daysFromAsOf(90)}),
      ],
    });
    expect(overview(data)).to.include({totalCustomers: 4, nearingExpiration: 2, nearingRenewal: 1});
  });

  it('ignores messaging records inside each KPI of a counted customer', () => {
    const data = dataset({
      customers: [customer('c1')],
      subscriptions: [
        record('meet', 'c1'),
        record('msg', 'c1', {product: 'messaging', endDate: daysFromAsOf(5), totalLicenses: 1, licenseHistory: weeklyHistory([4, 0])}),
      ],
    });
    expect(overview(data)).to.include({totalCustomers: 1, nearingExpiration: 0, overLimit: 0});
  });

  it('counts each customer once however many records qualify', () => {
    const data = dataset({
      customers: [customer('c1')],
      subscriptions: [
        record('a', 'c1', {endDate: daysFromAsOf(10), totalLicenses: 1, licenseHistory: weeklyHistory([2, 2])}),
        record('b', 'c1', {product: 'calling', endDate: daysFromAsOf(20), totalLicenses: 1, licenseHistory: weeklyHistory([3, 2])}),
      ],
    });
    expect(overview(data)).to.include({nearingExpiration: 1, overLimit: 1});
  });

  it('counts overLimit only for active records', () => {
    const data = dataset({
      customers: [customer('active'), customer('pending')],
      subscriptions: [
        record('a', 'active', {totalLicenses: 10, licenseHistory: weeklyHistory([12, 1])}),
        record('b', 'pending', {state: 'pendingSetup', totalLicenses: 10, licenseHistory: weeklyHistory([12, 1])}),
      ],
    });
    expect(overview(data).overLimit).to.equal(1);
  });
});

describe('low assignment rule', () => {
  // Meetings peers (active, ≥ 30 days old, total > 0): ratios 0.8, 0.6, 0.2, 0.9 → median 0.7,
  // threshold 0.35. The young, zero-licence and calling records take no part in the meetings median.
  function peers(extra: PartnerDataset['subscriptions'] = []): PartnerDataset {
    return dataset({
      customers: ['p1', 'p2', 'p3', 'p4', 'young', 'zero', 'edge', 'call'].map((id) => customer(id)),
      subscriptions: [
        record('m1', 'p1', {totalLicenses: 10, licenseHistory: weeklyHistory([8, 8], [8, 5])}),
        record('m2', 'p2', {totalLicenses: 10, licenseHistory: weeklyHistory([6, 4])}),
        record('m3', 'p3', {totalLicenses: 10, licenseHistory: weeklyHistory([3, 1], [2, 1])}),
        record('m4', 'p4', {totalLicenses: 10, licenseHistory: weeklyHistory([9, 9])}),
        record('young', 'young', {startDate: iso(AS_OF_MS - 30 * DAY + SECOND), totalLicenses: 10, licenseHistory: weeklyHistory([0, 0])}),
        record('zero', 'zero', {totalLicenses: 0}),
        record('c1', 'call', {product: 'calling', totalLicenses: 10, licenseHistory: weeklyHistory([1, 0])}),
        ...extra,
      ],
    });
  }

  it('uses the mean of the middle two as the median of an even count', () => {
    expect(median([0.8, 0.6, 0.2, 0.9])).to.be.closeTo(0.7, 1e-12);
    expect(median([3, 1, 2])).to.equal(2);
    expect(median([])).to.equal(null);
  });

  it('finds the median of sorted, reversed, repetitive and scattered values as a full sort does', () => {
    const bySorting = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const middle = sorted.length >> 1;
      return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    };
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (const length of [1, 2, 3, 10, 101, 1000]) {
      const inputs = {
        sorted: Array.from({length}, (_, i) => i / length),
        reversed: Array.from({length}, (_, i) => (length - i) / length),
        repetitive: Array.from({length}, () => Math.floor(next() * 3) / 4),
        scattered: Array.from({length}, next),
      };
      for (const [kind, values] of Object.entries(inputs)) expect(median(values), `${kind} × ${length}`).to.equal(bySorting(values));
    }
  });

  it('flags records strictly below 0.5 × the product median, compared per product', () => {
    const section = meetings(peers()).lowAssignment;
    expect(section.peerMedian).to.be.closeTo(0.7, 1e-12);
    expect(section.rows.map((row) => row.subscriptionId)).to.deep.equal(['m3']);
    // The calling record is alone in its peer group: 0.1 is not below half of its own median.
    expect(subscriptionAnalytics(prepareDataset(peers()), 'calling').lowAssignment.rows).to.have.length(0);
    expect(overview(peers()).lowAssignment).to.equal(1);
  });

  it('does not flag a ratio exactly at the threshold', () => {
    // Peers become 0.8, 0.6, 0.2, 0.9, 0.35 → median 0.6, threshold 0.3: 0.2 flagged, 0.35 not.
    const data = peers([record('edge', 'edge', {totalLicenses: 20, licenseHistory: weeklyHistory([7, 7])})]);
    expect(meetings(data).lowAssignment.rows.map((row) => row.subscriptionId)).to.deep.equal(['m3']);
    // Alone at exactly 0.3 of a 0.6 median: 0.3 < 0.3 is false.
    const exact = peers([record('edge', 'edge', {totalLicenses: 20, licenseHistory: weeklyHistory([6, 6])})]);
    expect(meetings(exact).lowAssignment.peerMedian).to.be.closeTo(0.6, 1e-12);
    expect(meetings(exact).lowAssignment.rows.map((row) => row.subscriptionId)).to.deep.equal(['m3']);
  });

  it('ignores records younger than the minimum age and records with 0 licences', () => {
    const rows = meetings(peers()).lowAssignment.rows.map((row) => row.subscriptionId);
    expect(rows).to.not.include('young');
    expect(rows).to.not.include('zero');
  });

  it('follows the configured factor and minimum age', () => {
    const prepared = prepareDataset(peers(), {lowAssignmentFactor: 1, lowAssignmentMinAgeDays: 0});
    // Median of 0.8, 0.6, 0.2, 0.9, 0 (young) = 0.6: below it are 0.2 and 0.
    const rows = subscriptionAnalytics(prepared, 'meetings').lowAssignment.rows.map((row) => row.subscriptionId);
    expect(rows.sort()).to.deep.equal(['m3', 'young']);
  });

  it('computes the section KPIs and rows', () => {
    const data = peers([
      // A second flagged record of the same customer p3: 2 of 20 assigned.
      record('m5', 'p3', {totalLicenses: 20, startDate: daysFromAsOf(-100), licenseHistory: weeklyHistory([2, 2])}),
    ]);
    // Median of 0.8, 0.6, 0.2, 0.9, 0.1 = 0.6 → threshold 0.3; flagged m3 (2/10) and m5 (2/20).
    const section = meetings(data).lowAssignment;
    expect(section.rows.map((row) => row.subscriptionId).sort()).to.deep.equal(['m3', 'm5']);
    expect(section.lowAssignmentCustomers).to.equal(1);
    expect(section.assignmentRate).to.be.closeTo(4 / 30, 1e-12);
    expect(section.usageWhenAssignedRate).to.be.closeTo(3 / 4, 1e-12);
    expect(section.unassignedLicenses).to.equal(8 + 18);
    const m3 = section.rows.find((row) => row.subscriptionId === 'm3')!;
    expect(m3).to.include({assigned: 2, totalLicenses: 10, available: 8, weeklyAssignmentChange: -1, monthsSinceAdded: 12});
    expect(m3.assignedRate).to.be.closeTo(0.2, 1e-12);
    const m5 = section.rows.find((row) => row.subscriptionId === 'm5')!;
    expect(m5).to.include({monthsSinceAdded: 3, weeklyAssignmentChange: null});
  });
});

describe('licence distribution trend', () => {
  it('sums the 13 weeks ending with the week of asOf over records with an entry that week', () => {
    const history = weeklyHistory(...Array.from({length: 15}, (_, i) => [i, Math.floor(i / 2)] as [number, number]));
    const data = dataset({
      customers: [customer('c1'), customer('c2')],
      subscriptions: [
        record('long', 'c1', {totalLicenses: 20, licenseHistory: history}),
        // Only the last two weeks.
        record('short', 'c2', {totalLicenses: 5, licenseHistory: weeklyHistory([3, 1], [4, 2])}),
        record('calling', 'c2', {product: 'calling', totalLicenses: 99, licenseHistory: weeklyHistory([50, 50])}),
        // An entry dated after asOf is not a snapshot yet.
        record('future-entry', 'c2', {totalLicenses: 7, licenseHistory: [{weekStart: iso(WEEK_OF_AS_OF_MS + WEEK), assigned: 7, used: 7}]}),
      ],
    });
    const trend = meetings(data).licenseTrend;
    expect(trend).to.have.length(13);
    expect(trend[0]!.weekStart).to.equal(iso(WEEK_OF_AS_OF_MS - 12 * WEEK));
    expect(trend[12]!.weekStart).to.equal(iso(WEEK_OF_AS_OF_MS));
    // Week 0 of the trend is entry 2 of `long` (entries 0 and 1 are older than the window).
    expect(trend[0]).to.include({total: 20, assigned: 2, used: 1});
    expect(trend[11]).to.include({total: 25, assigned: 13 + 3, used: 6 + 1});
    expect(trend[12]).to.include({total: 25, assigned: 14 + 4, used: 7 + 2});
  });

  it('gives zeros for weeks without any entry', () => {
    const data = dataset({customers: [customer('c1')], subscriptions: [record('s', 'c1')]});
    expect(meetings(data).licenseTrend.every((point) => point.total === 0 && point.assigned === 0 && point.used === 0)).to.equal(true);
  });
});

describe('recently added (last 90 days)', () => {
  it('takes records in any state with asOf − 90 d ≤ startDate ≤ asOf', () => {
    const data = dataset({
      customers: [customer('c1'), customer('c2'), customer('c3')],
      subscriptions: [
        record('exact', 'c1', {startDate: daysFromAsOf(-90), totalLicenses: 4, licenseHistory: weeklyHistory([2, 1], [3, 3])}),
        record('too-old', 'c1', {startDate: iso(AS_OF_MS - 90 * DAY - SECOND)}),
        record('cancelled', 'c2', {state: 'cancelled', startDate: daysFromAsOf(-10.5), totalLicenses: 6}),
        record('future', 'c3', {startDate: iso(AS_OF_MS + SECOND)}),
        record('today', 'c1', {kind: 'trial', startDate: AS_OF, totalLicenses: 0}),
      ],
    });
    const section = meetings(data).recentlyAdded;
    expect(section.rows.map((row) => row.subscriptionId)).to.deep.equal(['today', 'cancelled', 'exact']);
    expect(section.newCustomers).to.equal(2);
    expect(section.totalLicenses).to.equal(10);
    const exact = section.rows[2]!;
    expect(exact).to.include({daysSinceAdded: 90, totalLicenses: 4, assigned: 3, used: 3, available: 1});
    expect(exact).to.include({weeklyAssignmentChange: 1, weeklyUsageChange: 2});
    // 10.5 days since → 10 (rounded down); no snapshot → zeros and no weekly change.
    expect(section.rows[1]).to.include({daysSinceAdded: 10, assigned: 0, used: 0, available: 6, weeklyAssignmentChange: null});
  });
});

describe('expiring and renewing (next 90 days)', () => {
  const data = () =>
    dataset({
      customers: [customer('c1'), customer('c2'), customer('c3')],
      subscriptions: [
        record('exp1', 'c1', {endDate: daysFromAsOf(89.5), totalLicenses: 10, licenseHistory: weeklyHistory([4, 9], [6, 2])}),
        record('exp2', 'c2', {kind: 'trial', autoRenew: true, endDate: daysFromAsOf(90), totalLicenses: 30, licenseHistory: weeklyHistory([30, 3])}),
        record('late', 'c2', {endDate: iso(AS_OF_MS + 90 * DAY + SECOND), totalLicenses: 1000}),
        record('ren1', 'c3', {autoRenew: true, endDate: daysFromAsOf(0.25), totalLicenses: 0}),
        record('susp', 'c3', {state: 'suspended', endDate: daysFromAsOf(5)}),
      ],
    });

  it('selects active non-auto-renewing records ending within 90 days (trials never auto-renew)', () => {
    const section = meetings(data()).expiring;
    expect(section.rows.map((row) => row.subscriptionId)).to.deep.equal(['exp1', 'exp2']);
    expect(section.expiringCustomers).to.equal(2);
    expect(section.assignmentRate).to.be.closeTo(36 / 40, 1e-12);
    expect(section.usageRate).to.be.closeTo(5 / 40, 1e-12);
    // 89.5 days → 90 (rounded up); usage last 3 months = highest weekly used (9, the week before).
    expect(section.rows[0]).to.include({daysUntilEnd: 90, usageLast3Months: 9, available: 4});
  });

  it('selects active auto-renewing subscriptions for renewing; rates over 0 licences are null', () => {
    const section = meetings(data()).renewing;
    expect(section.rows.map((row) => row.subscriptionId)).to.deep.equal(['ren1']);
    expect(section.renewingCustomers).to.equal(1);
    expect(section.assignmentRate).to.equal(null);
    expect(section.usageRate).to.equal(null);
    expect(section.rows[0]).to.include({daysUntilEnd: 1, usageLast3Months: 0});
  });

  it('gives null rates and no rows for an empty set', () => {
    const section = subscriptionAnalytics(prepareDataset(data()), 'calling').expiring;
    expect(section).to.deep.equal({expiringCustomers: 0, assignmentRate: null, usageRate: null, rows: []});
  });

  it('reads usage last 3 months from the 13 trend weeks only', () => {
    const history = weeklyHistory([1, 50], ...Array.from({length: 13}, () => [1, 1] as [number, number]));
    const section = meetings(
      dataset({customers: [customer('c1')], subscriptions: [record('s', 'c1', {endDate: daysFromAsOf(5), licenseHistory: history})]}),
    ).expiring;
    expect(section.rows[0]!.usageLast3Months).to.equal(1);
  });
});

describe('over licence limit', () => {
  it('sums overage over active records and averages it per customer', () => {
    const data = dataset({
      customers: [customer('c1'), customer('c2')],
      subscriptions: [
        record('a', 'c1', {totalLicenses: 10, autoRenew: true, endDate: daysFromAsOf(75), licenseHistory: weeklyHistory([15, 12])}),
        record('b', 'c1', {totalLicenses: 0, licenseHistory: weeklyHistory([2, 1])}),
        record('c', 'c2', {totalLicenses: 4, licenseHistory: weeklyHistory([5, 5])}),
        record('not-active', 'c2', {state: 'cancelled', totalLicenses: 1, licenseHistory: weeklyHistory([50, 5])}),
      ],
    });
    const section = meetings(data).overLimit;
    expect(section.overageCustomers).to.equal(2);
    expect(section.overageLicenses).to.equal(5 + 2 + 1);
    expect(section.averageOverage).to.equal(4);
    expect(section.rows.map((row) => row.subscriptionId)).to.deep.equal(['a', 'b', 'c']);
    const a = section.rows[0]!;
    // 75 days after Nov 18 is Feb 1: two completed months.
    expect(a).to.include({monthsRemaining: 2, autoRenew: true, assigned: 15, used: 12, totalLicenses: 10});
    expect(a.assignedRate).to.be.closeTo(1.5, 1e-12);
    expect(a.usedRate).to.be.closeTo(1.2, 1e-12);
    expect(section.rows[1]).to.include({assignedRate: null, usedRate: null});
  });

  it('averages to null without overage', () => {
    const data = dataset({customers: [customer('c1')], subscriptions: [record('a', 'c1')]});
    expect(meetings(data).overLimit).to.deep.equal({overageCustomers: 0, overageLicenses: 0, averageOverage: null, rows: []});
  });
});

describe('completed calendar months', () => {
  it('floors and clamps month ends', () => {
    const at = (text: string) => Date.parse(text);
    expect(completedMonths(at('2026-01-31T00:00:00Z'), at('2026-02-28T00:00:00Z'))).to.equal(1);
    expect(completedMonths(at('2026-01-15T12:00:00Z'), at('2026-02-15T11:59:59Z'))).to.equal(0);
    expect(completedMonths(at('2026-01-15T12:00:00Z'), at('2026-02-15T12:00:00Z'))).to.equal(1);
    expect(completedMonths(at('2025-11-18T12:00:00Z'), at('2026-11-18T12:00:00Z'))).to.equal(12);
    expect(completedMonths(at('2026-03-01T00:00:00Z'), at('2026-02-01T00:00:00Z'))).to.equal(0);
  });

  it('clamps to leap days and counts the time of day on the landing day', () => {
    const at = (text: string) => Date.parse(text);
    expect(completedMonths(at('2023-12-31T00:00:00Z'), at('2024-02-29T00:00:00Z'))).to.equal(2);
    expect(completedMonths(at('2024-02-29T00:00:00Z'), at('2025-02-28T00:00:00Z'))).to.equal(12);
    expect(completedMonths(at('2024-01-31T10:00:00Z'), at('2024-02-29T09:59:59Z'))).to.equal(0);
    expect(completedMonths(at('2024-01-31T10:00:00Z'), at('2024-02-29T10:00:00Z'))).to.equal(1);
    // 2100 is no leap year, 2000 is.
    expect(completedMonths(at('2100-01-29T12:00:00Z'), at('2100-02-28T11:59:59Z'))).to.equal(0);
    expect(completedMonths(at('2100-01-29T12:00:00Z'), at('2100-02-28T12:00:00Z'))).to.equal(1);
    expect(completedMonths(at('2000-01-30T12:00:00Z'), at('2000-02-28T12:00:00Z'))).to.equal(0);
    expect(completedMonths(at('2000-01-30T12:00:00Z'), at('2000-02-29T12:00:00Z'))).to.equal(1);
    expect(completedMonths(at('1999-12-15T00:00:00Z'), at('2026-11-18T12:00:00Z'))).to.equal(323);
  });
});

describe('calling analytics', () => {
  function callingData(weeks: CallingWeek[], extra: Partial<Parameters<typeof dataset>[0]> = {}) {
    return dataset({
      customers: [customer('a', {name: 'Alpha'}), customer('b', {name: 'Beta'}), customer('idle'), customer('msg')],
      subscriptions: [
        record('ca', 'a', {product: 'calling', totalLicenses: 20, licenseHistory: weeklyHistory([12, 10])}),
        record('ca-old', 'a', {product: 'calling', state: 'cancelled', totalLicenses: 500}),
        record('cb', 'b', {product: 'calling', state: 'cancelled'}),
        record('ci', 'idle', {product: 'calling', totalLicenses: 3}),
        record('m', 'msg', {product: 'messaging'}),
      ],
      calling: weeks,
      ...extra,
    });
  }

  it('picks the latest finished Sunday week as last week and shows data as of its end', () => {
    const answer = callingAnalytics(prepareDataset(callingData([])));
    expect(answer.lastWeekStart).to.equal(iso(LAST_WEEK_MS));
    expect(answer.dataAsOf).to.equal(iso(WEEK_OF_AS_OF_MS));
    expect(answer.weeks).to.have.length(8);
    expect(answer.weeks[0]).to.equal(iso(LAST_WEEK_MS - 7 * WEEK));
    // asOf exactly on a Sunday 00:00: the week that just ended is last week.
    const onSunday = callingAnalytics(prepareDataset(callingData([], {asOf: iso(WEEK_OF_AS_OF_MS)})));
    expect(onSunday.lastWeekStart).to.equal(iso(LAST_WEEK_MS));
  });

  it('has one row per customer with a calling record in any state, and ignores the rest', () => {
    const answer = callingAnalytics(
      prepareDataset(callingData([callingWeek('a', 0), callingWeek('msg', 0, {calls: 999}), callingWeek('unknown-week-customer', 0)])),
    );
    expect(answer.callingCustomers).to.equal(3);
    expect(answer.customersUsage.map((row) => row.customerId)).to.deep.equal(['a', 'b', 'idle']);
    expect(answer.customersQuality.map((row) => row.customerId)).to.deep.equal(['a', 'b', 'idle']);
    expect(answer.usageTrend[7]).to.include({high: 2, medium: 3, low: 5});
  });

  it('ignores the unfinished week, weeks not starting on Sunday 00:00 UTC, and weeks older than 8', () => {
    const answer = callingAnalytics(
      prepareDataset(
        callingData([
          callingWeek('a', -1, {calls: 1000}),
          callingWeek('a', 0, {weekStart: iso(LAST_WEEK_MS + DAY), calls: 2000}),
          callingWeek('a', 8, {calls: 3000}),
          callingWeek('a', 7, {calls: 7}),
        ]),
      ),
    );
    const row = answer.customersUsage[0]!;
    expect(row.calls).to.equal(null);
    expect(row.callsByWeek).to.deep.equal([7, null, null, null, null, null, null, null]);
  });

  it('builds the customers-and-usage row from last week and the week before', () => {
    const answer = callingAnalytics(
      prepareDataset(callingData([callingWeek('a', 0, {calls: 120, activeUsers: 8, minutes: 400}), callingWeek('a', 1, {calls: 100})])),
    );
    const [a, b] = answer.customersUsage;
    expect(a).to.deep.include({assignedLicenses: 12, totalLicenses: 20, activeUsers: 8, calls: 120, minutes: 400, callsChange: 20});
    expect(a!.callsPerActiveUser).to.equal(15);
    expect(a!.callsByWeek).to.deep.equal([null, null, null, null, null, null, 100, 120]);
    expect(b).to.deep.include({assignedLicenses: 0, totalLicenses: 0, calls: null, callsChange: null, callsPerActiveUser: null});
  });

  it('gives a null change when the week before is missing, and null calls per user for 0 users', () => {
    const answer = callingAnalytics(prepareDataset(callingData([callingWeek('a', 0, {activeUsers: 0, calls: 5})])));
    expect(answer.customersUsage[0]).to.include({callsChange: null, callsPerActiveUser: null});
  });

  it('sums the call quality trend per week with the poor rate', () => {
    const answer = callingAnalytics(
      prepareDataset(
        callingData([
          callingWeek('a', 0, {callsWithMedia: 100, goodCalls: 90}),
          callingWeek('b', 0, {callsWithMedia: 300, goodCalls: 270}),
          callingWeek('a', 3, {callsWithMedia: 0, goodCalls: 0}),
        ]),
      ),
    );
    expect(answer.qualityTrend[7]).to.deep.include({callsWithMedia: 400, poorCalls: 40});
    expect(answer.qualityTrend[7]!.poorRate).to.be.closeTo(0.1, 1e-12);
    expect(answer.qualityTrend[4]).to.deep.include({callsWithMedia: 0, poorCalls: 0, poorRate: null});
    expect(answer.qualityThresholds).to.deep.equal({packetLossPct: 5, latencyMs: 400, jitterMs: 150});
  });

  it('breaks last week down by endpoint type, most calls first', () => {
    const answer = callingAnalytics(
      prepareDataset(
        callingData([
          callingWeek('a', 0, {byEndpoint: {mobileApp: {callsWithMedia: 10, goodCalls: 5}, deskPhone: {callsWithMedia: 40, goodCalls: 39}}}),
          callingWeek('b', 0, {byEndpoint: {mobileApp: {callsWithMedia: 50, goodCalls: 45}}}),
          callingWeek('b', 1, {byEndpoint: {webBrowser: {callsWithMedia: 500, goodCalls: 0}}}),
        ]),
      ),
    );
    expect(answer.endpointQuality).to.deep.equal([
      {endpoint: 'mobileApp', callsWithMedia: 60, poorCalls: 10, poorRate: 10 / 60},
      {endpoint: 'deskPhone', callsWithMedia: 40, poorCalls: 1, poorRate: 1 / 40},
    ]);
  });

  it('builds the customers-and-call-quality row with the worst endpoint and the poor-rate change', () => {
    const answer = callingAnalytics(
      prepareDataset(
        callingData([
          callingWeek('a', 0, {
            callsWithMedia: 100,
            goodCalls: 80,
            avgJitterMs: 31,
            avgLatencyMs: 210,
            avgPacketLossPct: 2.5,
            byEndpoint: {deskPhone: {callsWithMedia: 50, goodCalls: 45}, mobileApp: {callsWithMedia: 50, goodCalls: 35}, idle: {callsWithMedia: 0, goodCalls: 0}},
          }),
          callingWeek('a', 1, {callsWithMedia: 50, goodCalls: 45}),
        ]),
      ),
    );
    const a = answer.customersQuality[0]!;
    expect(a).to.include({callsWithMedia: 100, poorCalls: 20, avgJitterMs: 31, avgLatencyMs: 210, avgPacketLossPct: 2.5, worstEndpoint: 'mobileApp'});
    expect(a.poorRate).to.be.closeTo(0.2, 1e-12);
    expect(a.poorRateChange).to.be.closeTo(0.1, 1e-12);
    expect(answer.customersQuality[1]).to.include({callsWithMedia: null, poorRate: null, worstEndpoint: null, poorRateChange: null});
  });

  it('counts the later of two entries for the same customer and week', () => {
    // Validation refuses such data; analytics over unvalidated data still count each week once.
    const answer = callingAnalytics(
      prepareDataset(
        callingData([
          callingWeek('a', 0, {calls: 10, callsWithMedia: 10, goodCalls: 10, usersByVolume: {high: 9, medium: 9, low: 9}}),
          callingWeek('a', 0, {calls: 20, callsWithMedia: 20, goodCalls: 15, usersByVolume: {high: 1, medium: 1, low: 1}}),
        ]),
      ),
    );
    expect(answer.customersUsage[0]!.calls).to.equal(20);
    expect(answer.usageTrend[7]).to.include({high: 1, medium: 1, low: 1});
    expect(answer.qualityTrend[7]).to.include({callsWithMedia: 20, poorCalls: 5});
  });

  it('ranks last week’s feature usage by calls', () => {
    const answer = callingAnalytics(
      prepareDataset(
        callingData([
          callingWeek('a', 0, {featureCalls: {voicemail: 5, callQueue: 10, huntGroup: 1}}),
          callingWeek('b', 0, {featureCalls: {voicemail: 6, autoAttendant: 0}}),
          callingWeek('b', 1, {featureCalls: {callPark: 1000}}),
        ]),
      ),
    );
    expect(answer.featureUsage).to.deep.equal([
      {feature: 'voicemail', calls: 11},
      {feature: 'callQueue', calls: 10},
      {feature: 'huntGroup', calls: 1},
      {feature: 'autoAttendant', calls: 0},
    ]);
  });

  it('weights the call-queue averages by answered and abandoned calls', () => {
    const queue = (offered: number, answered: number, abandoned: number, tta: number, wait: number) => ({
      queues: 2,
      offered,
      answered,
      abandoned,
      avgTimeToAnswerSec: tta,
      avgWaitBeforeAbandonSec: wait,
    });
    const answer = callingAnalytics(
      prepareDataset(
        callingData([
          callingWeek('a', 0, {queue: queue(100, 90, 10, 20, 60)}),
          callingWeek('b', 0, {queue: queue(50, 10, 30, 40, 30)}),
          callingWeek('idle', 0),
          callingWeek('idle', 1, {queue: queue(999, 0, 999, 0, 999)}),
        ]),
      ),
    );
    const {queue: insights} = answer;
    expect(insights.queueCustomers).to.equal(2);
    expect(insights.avgTimeToAnswer).to.be.closeTo((90 * 20 + 10 * 40) / 100, 1e-12);
    expect(insights.avgWaitBeforeAbandon).to.be.closeTo((10 * 60 + 30 * 30) / 40, 1e-12);
    expect(insights.abandonRate).to.be.closeTo(40 / 150, 1e-12);
    expect(insights.rows.map((row) => row.customerId)).to.deep.equal(['a', 'b']);
    expect(insights.rows[1]!.abandonRate).to.be.closeTo(0.6, 1e-12);
  });

  it('gives null queue KPIs without queue data', () => {
    const {queue} = callingAnalytics(prepareDataset(callingData([callingWeek('a', 0)])));
    expect(queue).to.deep.equal({queueCustomers: 0, avgTimeToAnswer: null, avgWaitBeforeAbandon: null, abandonRate: null, rows: []});
  });
});

describe('answers refer to asOf, not the wall clock', () => {
  it('echoes asOf and the rules in every answer', () => {
    const data = dataset({customers: [customer('c1')], subscriptions: [record('s', 'c1')]});
    const prepared = prepareDataset(data);
    expect(overviewKpis(prepared).asOf).to.equal(AS_OF);
    expect(subscriptionAnalytics(prepared, 'meetings').rules).to.deep.equal({
      windowDays: 90,
      lowAssignmentFactor: 0.5,
      lowAssignmentMinAgeDays: 30,
      expiringSoonDays: 30,
      noRecentActivityDays: 30,
    });
  });

  it('refuses a negative or non-finite option', () => {
    const data = dataset();
    expect(() => prepareDataset(data, {windowDays: -1})).to.throw(RangeError);
    expect(() => prepareDataset(data, {lowAssignmentFactor: Number.NaN})).to.throw(RangeError);
  });
});
