import {expect} from '@open-wc/testing';
import type {PartnerDataset} from '../../packages/core/src/model.ts';
import {DatasetError, MAX_PROBLEMS, ROOT_PATH, validateDataset} from '../../packages/core/src/validate.ts';
import type {DatasetProblem} from '../../packages/core/src/validate.ts';
import {minimalDataset} from './fixtures/minimal-dataset.ts';

type Key = string | number;

/** Walks `keys` (all but the last) from `root`; the fixture guarantees every step exists. */
function parentOf(root: unknown, keys: readonly Key[]): Record<Key, unknown> {
  let node = root;
  for (const key of keys.slice(0, -1)) node = (node as Record<Key, unknown>)[key];
  return node as Record<Key, unknown>;
}

function lastKey(keys: readonly Key[]): Key {
  const key = keys[keys.length - 1];
  if (key === undefined) throw new Error('empty key path');
  return key;
}

/** A fresh fixture with the value at `keys` replaced, whatever its declared type. */
function withValue(keys: readonly Key[], value: unknown, dataset: PartnerDataset = minimalDataset()): PartnerDataset {
  parentOf(dataset, keys)[lastKey(keys)] = value;
  return dataset;
}

/** A fresh fixture with the property at `keys` removed. */
function without(keys: readonly Key[]): PartnerDataset {
  const dataset = minimalDataset();
  delete parentOf(dataset, keys)[lastKey(keys)];
  return dataset;
}

function datasetErrorOf(input: unknown): DatasetError {
  try {
    validateDataset(input);
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('expected validateDataset to throw a DatasetError');
}

function problemsOf(input: unknown): DatasetProblem[] {
  return datasetErrorOf(input).problems;
}

/** The input breaks exactly one rule, at exactly this path. */
function expectOnlyProblem(input: unknown, path: string, rule: string): void {
  expect(problemsOf(input)).to.deep.equal([{path, rule}]);
}

describe('validateDataset', () => {
  describe('valid data', () => {
    it('returns the very same object for the minimal fixture', () => {
      const dataset = minimalDataset();
      expect(validateDataset(dataset)).to.equal(dataset);
    });

    it('accepts the fixture after a JSON round trip', () => {
      const json: unknown = JSON.parse(JSON.stringify(minimalDataset()));
      expect(validateDataset(json)).to.equal(json);
    });

    it('accepts empty collections', () => {
      const dataset = minimalDataset();
      dataset.customers = [];
      dataset.subscriptions = [];
      dataset.tags = [];
      dataset.calling = [];
      dataset.partnerAdmins = [{id: 'a-1', name: 'Ada', email: 'ada@example.com', role: 'fullAdmin'}];
      expect(validateDataset(dataset)).to.equal(dataset);
    });

    it('accepts products outside the known set', () => {
      expect(() => validateDataset(withValue(['subscriptions', 0, 'product'], 'whiteboard'))).not.to.throw();
    });

    it('accepts a subscription that ends the moment it starts', () => {
      const dataset = minimalDataset();
      const subscription = dataset.subscriptions[0]!;
      subscription.endDate = subscription.startDate;
      expect(() => validateDataset(dataset)).not.to.throw();
    });

    it('does not require answered + abandoned ≤ offered (calls may be transferred)', () => {
      expect(() => validateDataset(withValue(['calling', 1, 'queue', 'answered'], 500))).not.to.throw();
    });

    it('does not require callsWithMedia ≤ calls', () => {
      expect(() => validateDataset(withValue(['calling', 0, 'calls'], 1))).not.to.throw();
    });

    it('allows a negative invoice amount (credit note)', () => {
      expect(() => validateDataset(withValue(['subscriptions', 0, 'invoice', 'amount'], -20))).not.to.throw();
    });

    it('accepts a tag label of 25 characters outside the BMP', () => {
      expect(() => validateDataset(withValue(['tags', 0, 'label'], '😀'.repeat(25)))).not.to.throw();
    });
  });

  describe('rule 1: the document is an object', () => {
    it('names the root `$`', () => {
      expect(ROOT_PATH).to.equal('$');
    });

    for (const input of [null, undefined, 42, 'x', true, [], [minimalDataset()]]) {
      it(`reports ${JSON.stringify(input) ?? 'undefined'} at the root`, () => {
        expectOnlyProblem(input, '$', 'must be an object');
      });
    }

    it('reports every missing section of an empty object, without crashing', () => {
      expect(problemsOf({}).map((problem) => problem.path)).to.deep.equal([
        'schemaVersion',
        'asOf',
        'partner',
        'tags',
        'customers',
        'subscriptions',
        'partnerAdmins',
        'currentUser',
        'calling',
        'resources',
      ]);
    });
  });

  describe('rule 2: schemaVersion', () => {
    it('is required', () => {
      expectOnlyProblem(without(['schemaVersion']), 'schemaVersion', 'is required');
    });

    for (const version of [2, '1', 0, null]) {
      it(`rejects ${JSON.stringify(version)}`, () => {
        expectOnlyProblem(withValue(['schemaVersion'], version), 'schemaVersion', 'must be 1');
      });
    }
  });

  describe('rule 3: required fields, types and enums', () => {
    const missing: Array<[Key[], string]> = [
      [['partner', 'name'], 'partner.name'],
      [['customers', 1, 'name'], 'customers[1].name'],
      [['customers', 2, 'lastAdminActivity'], 'customers[2].lastAdminActivity'],
      [['subscriptions', 3, 'licenseHistory'], 'subscriptions[3].licenseHistory'],
      [['subscriptions', 0, 'licenseHistory', 2, 'used'], 'subscriptions[0].licenseHistory[2].used'],
      [['tags', 1, 'label'], 'tags[1].label'],
      [['partnerAdmins', 0, 'email'], 'partnerAdmins[0].email'],
      [['currentUser', 'adminId'], 'currentUser.adminId'],
      [['calling', 0, 'byEndpoint'], 'calling[0].byEndpoint'],
      [['calling', 1, 'usersByVolume', 'low'], 'calling[1].usersByVolume.low'],
      [['resources', 'featured'], 'resources.featured'],
      [['resources', 'all', 2, 'url'], 'resources.all[2].url'],
      [['resources', 'helpdesk'], 'resources.helpdesk'],
    ];
    for (const [keys, path] of missing) {
      it(`requires ${path}`, () => {
        expectOnlyProblem(without(keys), path, 'is required');
      });
    }

    const wrongType: Array<[Key[], unknown, string, string]> = [
      [['partner', 'name'], 7, 'partner.name', 'must be a string'],
      [['partner', 'id'], '', 'partner.id', 'must be a non-empty string'],
      [['customers', 0, 'orgId'], null, 'customers[0].orgId', 'must be a string'],
      [['customers', 0, 'tags'], 't-1', 'customers[0].tags', 'must be an array'],
      [['customers', 1, 'tags', 0], 1, 'customers[1].tags[0]', 'must be a string'],
      [['subscriptions', 0, 'autoRenew'], 'yes', 'subscriptions[0].autoRenew', 'must be a boolean'],
      [['subscriptions', 1, 'product'], 3, 'subscriptions[1].product', 'must be a non-empty string'],
      [['subscriptions', 1, 'product'], '', 'subscriptions[1].product', 'must be a non-empty string'],
      [['subscriptions', 2, 'licenseHistory', 1], null, 'subscriptions[2].licenseHistory[1]', 'must be an object'],
      [['subscriptions', 1], [], 'subscriptions[1]', 'must be an object'],
      [['partner'], 'Northwind', 'partner', 'must be an object'],
      [['calling', 0, 'usersByVolume'], [9, 17, 12], 'calling[0].usersByVolume', 'must be an object'],
      [['calling', 0, 'byEndpoint', 'desktop'], 228, 'calling[0].byEndpoint.desktop', 'must be an object'],
      [['calling', 0, 'avgJitterMs'], '12', 'calling[0].avgJitterMs', 'must be a non-negative number'],
      [['resources'], [], 'resources', 'must be an object'],
      [['resources', 'quickLinks', 0, 'title'], {en: 'Portal'}, 'resources.quickLinks[0].title', 'must be a string'],
    ];
    for (const [keys, value, path, rule] of wrongType) {
      it(`rejects ${JSON.stringify(value)} at ${path}`, () => {
        expectOnlyProblem(withValue(keys, value), path, rule);
      });
    }

    describe('optional fields are checked only when present', () => {
      const optional: Array<[Key[], unknown, string, string]> = [
        [['customers', 0, 'launchUrl'], 42, 'customers[0].launchUrl', 'must be a string'],
        [['subscriptions', 0, 'invoice'], null, 'subscriptions[0].invoice', 'must be an object'],
        [['subscriptions', 0, 'invoice', 'currency'], undefined, 'subscriptions[0].invoice.currency', 'is required'],
        [['subscriptions', 0, 'orders'], {}, 'subscriptions[0].orders', 'must be an array'],
        [['subscriptions', 0, 'orders', 1, 'description'], 5, 'subscriptions[0].orders[1].description', 'must be a string'],
        [['tags', 0, 'color'], 0xd93025, 'tags[0].color', 'must be a string'],
        [['partnerAdmins', 1, 'customerIds'], 'c-2', 'partnerAdmins[1].customerIds', 'must be an array'],
        [['partnerAdmins', 0, 'allCustomers'], 'yes', 'partnerAdmins[0].allCustomers', 'must be a boolean'],
        [['calling', 1, 'queue'], 0, 'calling[1].queue', 'must be an object'],
        [['resources', 'helpdesk', 'phone'], 5550100, 'resources.helpdesk.phone', 'must be a string'],
      ];
      for (const [keys, value, path, rule] of optional) {
        it(`rejects ${JSON.stringify(value) ?? 'a missing field'} at ${path}`, () => {
          const dataset = minimalDataset();
          if (value === undefined) delete parentOf(dataset, keys)[lastKey(keys)];
          else withValue(keys, value, dataset);
          expectOnlyProblem(dataset, path, rule);
        });
      }

      it('accepts every optional field being absent', () => {
        const dataset = minimalDataset();
        delete dataset.customers[0]!.launchUrl;
        delete dataset.subscriptions[0]!.invoice;
        delete dataset.subscriptions[0]!.orders;
        delete dataset.tags[0]!.color;
        delete dataset.partnerAdmins[0]!.allCustomers;
        delete dataset.partnerAdmins[1]!.customerIds;
        delete dataset.calling[1]!.queue;
        delete dataset.resources.helpdesk.phone;
        expect(validateDataset(dataset)).to.equal(dataset);
      });
    });

    const enums: Array<[Key[], string, string]> = [
      [['customers', 0, 'managedBy'], 'customers[0].managedBy', 'must be one of partner, external'],
      [['subscriptions', 2, 'kind'], 'subscriptions[2].kind', 'must be one of subscription, trial'],
      [
        ['subscriptions', 3, 'state'],
        'subscriptions[3].state',
        'must be one of active, pendingSetup, suspended, cancelled',
      ],
      [['partnerAdmins', 1, 'role'], 'partnerAdmins[1].role', 'must be one of fullAdmin, admin, readOnly'],
    ];
    for (const [keys, path, rule] of enums) {
      it(`rejects an unknown value at ${path}`, () => {
        expectOnlyProblem(withValue(keys, 'owner'), path, rule);
      });
      it(`requires ${path}`, () => {
        expectOnlyProblem(without(keys), path, 'is required');
      });
    }
  });

  describe('rule 4: duplicates', () => {
    it('reports a duplicate customer id with the first occurrence', () => {
      const dataset = minimalDataset();
      dataset.customers.push({...structuredClone(dataset.customers[1]!), name: 'Fabrikam (copy)'});
      expectOnlyProblem(dataset, 'customers[3].id', 'duplicate id "c-2" (also customers[1])');
    });

    it('reports a duplicate subscription id', () => {
      expectOnlyProblem(
        withValue(['subscriptions', 3, 'id'], 's-2'),
        'subscriptions[3].id',
        'duplicate id "s-2" (also subscriptions[1])',
      );
    });

    it('reports a duplicate tag id', () => {
      const dataset = minimalDataset();
      dataset.tags.push({id: 't-1', label: 'Priority (copy)'});
      expectOnlyProblem(dataset, 'tags[2].id', 'duplicate id "t-1" (also tags[0])');
    });

    it('reports a duplicate partner admin id', () => {
      expectOnlyProblem(
        withValue(['partnerAdmins', 1, 'id'], 'a-1'),
        'partnerAdmins[1].id',
        'duplicate id "a-1" (also partnerAdmins[0])',
      );
    });

    it('reports a second calling entry for the same customer and week, however the date is spelled', () => {
      expectOnlyProblem(
        withValue(['calling', 1, 'weekStart'], '2026-11-01'),
        'calling[1].weekStart',
        'duplicate week for customer "c-1" (also calling[0])',
      );
    });

    it('reports every repeat of a week against its first entry', () => {
      const dataset = minimalDataset();
      const week = dataset.calling[0]!;
      dataset.calling.push(structuredClone(week), structuredClone(week));
      expect(problemsOf(dataset)).to.deep.equal([
        {path: 'calling[2].weekStart', rule: 'duplicate week for customer "c-1" (also calling[0])'},
        {path: 'calling[3].weekStart', rule: 'duplicate week for customer "c-1" (also calling[0])'},
      ]);
    });

    it('finds duplicates among hundreds of distinct weeks of a large dataset', () => {
      const dataset = minimalDataset();
      const template = dataset.customers[2]!;
      for (let i = 0; i < 100_000; i++) dataset.customers.push({...template, id: `bulk-${i}`, tags: []});
      const week = dataset.calling[0]!;
      const weekMs = 7 * 86_400_000;
      dataset.calling = Array.from({length: 300}, (_, w) => ({
        ...structuredClone(week),
        weekStart: new Date(Date.UTC(2020, 0, 5) + w * weekMs).toISOString(),
      }));
      expect(validateDataset(dataset)).to.equal(dataset);
      dataset.calling.push({...structuredClone(week), weekStart: dataset.calling[10]!.weekStart});
      dataset.calling.push({...structuredClone(week), weekStart: dataset.calling[250]!.weekStart});
      expect(problemsOf(dataset)).to.deep.equal([
        {path: 'calling[300].weekStart', rule: 'duplicate week for customer "c-1" (also calling[10])'},
        {path: 'calling[301].weekStart', rule: 'duplicate week for customer "c-1" (also calling[250])'},
      ]);
    });

    it('allows the same week for different customers', () => {
      const dataset = minimalDataset();
      dataset.calling.push({...structuredClone(dataset.calling[0]!), customerId: 'c-2'});
      expect(validateDataset(dataset)).to.equal(dataset);
    });
  });

  describe('rule 5: references', () => {
    it('reports a subscription of an unknown customer', () => {
      expectOnlyProblem(
        withValue(['subscriptions', 1, 'customerId'], 'c-9'),
        'subscriptions[1].customerId',
        'unknown customer "c-9"',
      );
    });

    it('reports an unknown tag on a customer', () => {
      expectOnlyProblem(withValue(['customers', 1, 'tags', 1], 't-7'), 'customers[1].tags[1]', 'unknown tag "t-7"');
    });

    it('reports an admin assigned to an unknown customer', () => {
      expectOnlyProblem(
        withValue(['partnerAdmins', 1, 'customerIds', 0], 'c-9'),
        'partnerAdmins[1].customerIds[0]',
        'unknown customer "c-9"',
      );
    });

    it('reports calling data of an unknown customer', () => {
      expectOnlyProblem(withValue(['calling', 0, 'customerId'], 'c-9'), 'calling[0].customerId', 'unknown customer "c-9"');
    });

    it('reports a current user who is not a partner admin', () => {
      expectOnlyProblem(withValue(['currentUser', 'adminId'], 'a-9'), 'currentUser.adminId', 'unknown partner admin "a-9"');
    });

    it('reports a broken collection once, not once per reference into it', () => {
      expectOnlyProblem(withValue(['customers'], {}), 'customers', 'must be an array');
    });
  });

  describe('rule 6: counts and averages', () => {
    const counts: Array<[Key[], string]> = [
      [['subscriptions', 0, 'totalLicenses'], 'subscriptions[0].totalLicenses'],
      [['subscriptions', 2, 'licenseHistory', 1, 'assigned'], 'subscriptions[2].licenseHistory[1].assigned'],
      [['subscriptions', 2, 'licenseHistory', 0, 'used'], 'subscriptions[2].licenseHistory[0].used'],
      [['subscriptions', 0, 'orders', 1, 'quantity'], 'subscriptions[0].orders[1].quantity'],
      [['calling', 0, 'activeUsers'], 'calling[0].activeUsers'],
      [['calling', 0, 'calls'], 'calling[0].calls'],
      [['calling', 0, 'minutes'], 'calling[0].minutes'],
      [['calling', 0, 'callsWithMedia'], 'calling[0].callsWithMedia'],
      [['calling', 0, 'goodCalls'], 'calling[0].goodCalls'],
      [['calling', 1, 'usersByVolume', 'high'], 'calling[1].usersByVolume.high'],
      [['calling', 1, 'usersByVolume', 'medium'], 'calling[1].usersByVolume.medium'],
      [['calling', 1, 'byEndpoint', 'mobile', 'callsWithMedia'], 'calling[1].byEndpoint.mobile.callsWithMedia'],
      [['calling', 1, 'byEndpoint', 'desktop', 'goodCalls'], 'calling[1].byEndpoint.desktop.goodCalls'],
      [['calling', 1, 'featureCalls', 'huntGroup'], 'calling[1].featureCalls.huntGroup'],
      [['calling', 1, 'queue', 'queues'], 'calling[1].queue.queues'],
      [['calling', 1, 'queue', 'offered'], 'calling[1].queue.offered'],
      [['calling', 1, 'queue', 'answered'], 'calling[1].queue.answered'],
      [['calling', 1, 'queue', 'abandoned'], 'calling[1].queue.abandoned'],
    ];
    for (const [keys, path] of counts) {
      it(`rejects a negative ${path}`, () => {
        expectOnlyProblem(withValue(keys, -1), path, 'must be a non-negative integer');
      });
    }

    for (const value of [2.5, -3, '10', Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, null, true]) {
      it(`rejects ${String(value)} licences`, () => {
        expectOnlyProblem(
          withValue(['subscriptions', 1, 'totalLicenses'], value),
          'subscriptions[1].totalLicenses',
          'must be a non-negative integer',
        );
      });
    }

    it('accepts zero licences', () => {
      expect(() => validateDataset(withValue(['subscriptions', 1, 'totalLicenses'], 0))).not.to.throw();
    });

    it('reports a feature key that is not an identifier in bracket notation', () => {
      expectOnlyProblem(
        withValue(['calling', 0, 'featureCalls', 'call park'], 1.5),
        'calling[0].featureCalls["call park"]',
        'must be a non-negative integer',
      );
    });

    const averages: Array<[Key[], string]> = [
      [['calling', 0, 'avgJitterMs'], 'calling[0].avgJitterMs'],
      [['calling', 0, 'avgLatencyMs'], 'calling[0].avgLatencyMs'],
      [['calling', 0, 'avgPacketLossPct'], 'calling[0].avgPacketLossPct'],
      [['calling', 1, 'queue', 'avgTimeToAnswerSec'], 'calling[1].queue.avgTimeToAnswerSec'],
      [['calling', 1, 'queue', 'avgWaitBeforeAbandonSec'], 'calling[1].queue.avgWaitBeforeAbandonSec'],
    ];
    for (const [keys, path] of averages) {
      it(`rejects a negative ${path}`, () => {
        expectOnlyProblem(withValue(keys, -0.5), path, 'must be a non-negative number');
      });
      it(`rejects an infinite ${path}`, () => {
        expectOnlyProblem(withValue(keys, Number.POSITIVE_INFINITY), path, 'must be a non-negative number');
      });
    }

    it('accepts fractional averages', () => {
      expect(() => validateDataset(withValue(['calling', 0, 'avgLatencyMs'], 85.25))).not.to.throw();
    });

    for (const amount of [Number.NaN, Number.NEGATIVE_INFINITY, '1250.50']) {
      it(`rejects an invoice amount of ${String(amount)}`, () => {
        expectOnlyProblem(
          withValue(['subscriptions', 0, 'invoice', 'amount'], amount),
          'subscriptions[0].invoice.amount',
          'must be a finite number',
        );
      });
    }
  });

  describe('rule 7: dates', () => {
    const dates: Array<[Key[], string]> = [
      [['asOf'], 'asOf'],
      [['subscriptions', 0, 'startDate'], 'subscriptions[0].startDate'],
      [['subscriptions', 0, 'endDate'], 'subscriptions[0].endDate'],
      [['subscriptions', 2, 'licenseHistory', 2, 'weekStart'], 'subscriptions[2].licenseHistory[2].weekStart'],
      [['subscriptions', 0, 'orders', 0, 'date'], 'subscriptions[0].orders[0].date'],
      [['calling', 1, 'weekStart'], 'calling[1].weekStart'],
    ];
    for (const [keys, path] of dates) {
      for (const value of ['18/11/2026', '2026-13-45', 1_795_000_000_000]) {
        it(`rejects ${JSON.stringify(value)} at ${path}`, () => {
          expectOnlyProblem(withValue(keys, value), path, 'must be an ISO 8601 date');
        });
      }
    }

    it('rejects an unparseable lastAdminActivity and says null is allowed', () => {
      expectOnlyProblem(
        withValue(['customers', 0, 'lastAdminActivity'], 'yesterday'),
        'customers[0].lastAdminActivity',
        'must be an ISO 8601 date or null',
      );
    });

    it('accepts a date without a time and a date-time with an offset', () => {
      const dataset = minimalDataset();
      dataset.subscriptions[0]!.startDate = '2026-01-01';
      dataset.customers[0]!.lastAdminActivity = '2026-11-16T10:30:00+01:00';
      expect(validateDataset(dataset)).to.equal(dataset);
    });

    it('reports an endDate before the startDate', () => {
      expectOnlyProblem(
        withValue(['subscriptions', 2, 'endDate'], '2026-10-31T23:59:59Z'),
        'subscriptions[2].endDate',
        'must not be before startDate',
      );
    });

    it('reports the same bad date string at every place it occurs', () => {
      const dataset = minimalDataset();
      for (const subscription of dataset.subscriptions) subscription.endDate = 'soon';
      expect(problemsOf(dataset).map((problem) => problem.path)).to.deep.equal([
        'subscriptions[0].endDate',
        'subscriptions[1].endDate',
        'subscriptions[2].endDate',
        'subscriptions[3].endDate',
      ]);
    });
  });

  describe('rule 8: tags', () => {
    it('allows 5 tags on a customer and reports 6', () => {
      const dataset = minimalDataset();
      dataset.tags = ['t-1', 't-2', 't-3', 't-4', 't-5', 't-6'].map((id) => ({id, label: id}));
      dataset.customers[0]!.tags = ['t-1', 't-2', 't-3', 't-4', 't-5'];
      expect(validateDataset(dataset)).to.equal(dataset);
      dataset.customers[0]!.tags.push('t-6');
      expectOnlyProblem(dataset, 'customers[0].tags', 'at most 5 tags');
    });

    it('allows a 25-character label and reports a 26-character one', () => {
      expect(() => validateDataset(withValue(['tags', 1, 'label'], 'x'.repeat(25)))).not.to.throw();
      expectOnlyProblem(withValue(['tags', 1, 'label'], 'x'.repeat(26)), 'tags[1].label', 'at most 25 characters');
    });

    it('counts label characters as code points', () => {
      expectOnlyProblem(withValue(['tags', 0, 'label'], '😀'.repeat(26)), 'tags[0].label', 'at most 25 characters');
    });

    it('reports duplicates in an oversized tag list', () => {
      const tags = Array.from({length: 5_000}, (_, j) => (j % 2 === 0 ? 't-1' : 't-2'));
      const problems = problemsOf(withValue(['customers', 0, 'tags'], tags));
      expect(problems.slice(0, 3)).to.deep.equal([
        {path: 'customers[0].tags', rule: 'at most 5 tags'},
        {path: 'customers[0].tags[2]', rule: 'duplicate tag "t-1" (also tags[0])'},
        {path: 'customers[0].tags[3]', rule: 'duplicate tag "t-2" (also tags[1])'},
      ]);
    });

    it('reports a tag listed twice on one customer', () => {
      expectOnlyProblem(
        withValue(['customers', 1, 'tags'], ['t-2', 't-1', 't-2']),
        'customers[1].tags[2]',
        'duplicate tag "t-2" (also tags[0])',
      );
    });
  });

  describe('rule 9: good calls', () => {
    it('reports more good calls than calls with media in a week', () => {
      expectOnlyProblem(withValue(['calling', 0, 'goodCalls'], 381), 'calling[0].goodCalls', 'must not exceed callsWithMedia');
    });

    it('reports more good calls than calls with media for an endpoint', () => {
      expectOnlyProblem(
        withValue(['calling', 1, 'byEndpoint', 'deskPhone', 'goodCalls'], 19),
        'calling[1].byEndpoint.deskPhone.goodCalls',
        'must not exceed callsWithMedia',
      );
    });

    it('allows good calls equal to calls with media', () => {
      expect(() => validateDataset(withValue(['calling', 0, 'goodCalls'], 380))).not.to.throw();
    });
  });

  describe('collecting problems', () => {
    it('collects every problem in one throw, in document order within a collection', () => {
      const dataset = minimalDataset();
      withValue(['subscriptions', 1, 'totalLicenses'], -5, dataset);
      withValue(['subscriptions', 2, 'licenseHistory', 1, 'weekStart'], 'last week', dataset);
      withValue(['customers', 2, 'name'], undefined, dataset);
      withValue(['calling', 0, 'byEndpoint', 'desktop', 'goodCalls'], 229, dataset);
      expect(problemsOf(dataset)).to.deep.equal([
        {path: 'customers[2].name', rule: 'is required'},
        {path: 'subscriptions[1].totalLicenses', rule: 'must be a non-negative integer'},
        {path: 'subscriptions[2].licenseHistory[1].weekStart', rule: 'must be an ISO 8601 date'},
        {path: 'calling[0].byEndpoint.desktop.goodCalls', rule: 'must not exceed callsWithMedia'},
      ]);
    });

    it('summarises the first problems in the message', () => {
      const dataset = minimalDataset();
      for (const subscription of dataset.subscriptions) subscription.totalLicenses = -1;
      const error = datasetErrorOf(dataset);
      expect(error.name).to.equal('DatasetError');
      expect(error.truncated).to.equal(false);
      expect(error.message).to.equal(
        'Invalid partner dataset: 4 problems. ' +
          'subscriptions[0].totalLicenses: must be a non-negative integer; ' +
          'subscriptions[1].totalLicenses: must be a non-negative integer; ' +
          'subscriptions[2].totalLicenses: must be a non-negative integer; …',
      );
    });

    it('uses the singular for one problem', () => {
      expect(datasetErrorOf(without(['schemaVersion'])).message).to.equal(
        'Invalid partner dataset: 1 problem. schemaVersion: is required',
      );
    });

    it(`stops at ${MAX_PROBLEMS} problems and says it was truncated`, () => {
      const dataset = minimalDataset();
      const template = dataset.subscriptions[0]!;
      dataset.subscriptions = Array.from({length: 500}, (_, i) => ({
        ...structuredClone(template),
        id: `s-${i}`,
        totalLicenses: -1,
      }));
      const error = datasetErrorOf(dataset);
      expect(MAX_PROBLEMS).to.equal(100);
      expect(error.problems).to.have.length(MAX_PROBLEMS);
      expect(error.truncated).to.equal(true);
      expect(error.problems[99]).to.deep.equal({path: 'subscriptions[99].totalLicenses', rule: 'must be a non-negative integer'});
      expect(error.message).to.match(/^Invalid partner dataset: more than 100 problems\. subscriptions\[0\]/);
    });

    it('is not truncated at exactly the cap', () => {
      const dataset = minimalDataset();
      const template = dataset.subscriptions[0]!;
      dataset.subscriptions = Array.from({length: MAX_PROBLEMS}, (_, i) => ({
        ...structuredClone(template),
        id: `s-${i}`,
        totalLicenses: 0.5,
      }));
      const error = datasetErrorOf(dataset);
      expect(error.problems).to.have.length(MAX_PROBLEMS);
      expect(error.truncated).to.equal(false);
    });

    it('survives deeply wrong shapes with DatasetError only', () => {
      const wrongShapes: unknown[] = [
        {schemaVersion: 1, customers: [null, 1, 'x', [], {tags: {}}], subscriptions: {length: 3}},
        {...minimalDataset(), calling: [{byEndpoint: [1, 2], featureCalls: 'lots', queue: null, usersByVolume: null}]},
        {...minimalDataset(), resources: {quickLinks: [null], featured: 'x', all: [[]], helpdesk: []}},
        {...minimalDataset(), partnerAdmins: [{customerIds: [null, 3, {}]}], currentUser: []},
        {...minimalDataset(), tags: [{id: {}, label: []}], subscriptions: [{licenseHistory: [undefined], orders: [0]}]},
        Object.create(null) as unknown,
      ];
      for (const input of wrongShapes) {
        expect(datasetErrorOf(input).problems).not.to.be.empty;
      }
    });
  });
});
