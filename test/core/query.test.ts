/**
 * The customer query engine (search, filters, facets, sort, paging) through
 * `InMemoryProvider.listCustomers`, plus search folding directly. Every expectation is worked out
 * by hand from the small datasets below; AS_OF is Wednesday 2026-11-18 12:00 UTC.
 */
import {expect} from '@open-wc/testing';
import {
  CUSTOMER_SORT_KEYS,
  CUSTOMER_STATUSES,
  DEFAULT_PAGE_SIZE,
  InMemoryProvider,
  OVERVIEW_KPI_IDS,
  foldForSearch,
  searchTerms,
  type CustomerPage,
  type CustomerQuery,
  type CustomerSortKey,
  type OverviewKpiId,
  type PartnerDataset,
} from '../../packages/core/src/index.ts';
import {customer, dataset, daysFromAsOf, record, tag, weeklyHistory} from './fixtures/builders.ts';

const ids = (page: CustomerPage) => page.items.map((row) => row.id);
const names = (page: CustomerPage) => page.items.map((row) => row.name);

/** Every match on one page, so a test sees the whole result. */
function listAll(provider: InMemoryProvider, query: CustomerQuery = {}): Promise<CustomerPage> {
  return provider.listCustomers({limit: 1000, ...query});
}

describe('foldForSearch', () => {
  it('drops case and diacritics', () => {
    expect(foldForSearch('Müller & Söhne')).to.equal('muller & sohne');
    expect(foldForSearch('SOCIÉTÉ Générale')).to.equal('societe generale');
    expect(foldForSearch('Åsa Ängström')).to.equal('asa angstrom');
  });

  it('folds letters whose mark is part of the letter', () => {
    expect(foldForSearch('Đorđević')).to.equal('djordjevic');
    expect(foldForSearch('Straße')).to.equal('strasse');
    expect(foldForSearch('Łódź')).to.equal('lodz');
    expect(foldForSearch('Øresund')).to.equal('oresund');
  });

  it('reads Serbian Cyrillic as Serbian Latin', () => {
    expect(foldForSearch('Ђорђевић')).to.equal('djordjevic');
    expect(foldForSearch('ЉУБЉАНА')).to.equal('ljubljana');
    expect(foldForSearch('Џамија')).to.equal('dzamija');
  });

  it('folds the single-letter Latin digraphs (Ǆ, ǅ, ǆ) like the two letters they stand for', () => {
    // Ǆ carries its caron only in its compatibility decomposition (D + Ž).
    expect(foldForSearch('Ǆamija')).to.equal('dzamija');
    expect(foldForSearch('ǅ')).to.equal(foldForSearch('Dž'));
  });

  it('folds full-width and half-width forms', () => {
    expect(foldForSearch('ＡＢＣ１２３')).to.equal('abc123');
    expect(foldForSearch('ｶﾞﾗｽ')).to.equal('ガラス');
  });

  it('keeps the voiced mark of Japanese kana and leaves kanji alone', () => {
    expect(foldForSearch('ガラス')).to.equal('ガラス');
    expect(foldForSearch('ガラス')).not.to.equal(foldForSearch('カラス'));
    expect(foldForSearch('株式会社山田製作所')).to.equal('株式会社山田製作所');
  });

  it('folds Latin and Cyrillic text character by character exactly as Unicode normalization does', () => {
    // Latin and Cyrillic take a per-character table; a kanji appended sends the same text through
    // normalization instead. Every table character, alone and beside a sample of the others.
    const codes = (from: number, to: number) => Array.from({length: to - from}, (_, i) => from + i);
    const table = [...codes(0, 0x300), ...codes(0x400, 0x500)].map((code) => String.fromCharCode(code));
    const neighbours = table.filter((_, i) => i % 11 === 0);
    const normalized = (text: string) => foldForSearch(`${text}\u4e00`).slice(0, -1);
    const differences: string[] = [];
    for (const text of [...table, ...table.flatMap((first) => neighbours.flatMap((second) => [first + second, second + first]))]) {
      if (foldForSearch(text) !== normalized(text)) differences.push(text);
    }
    expect(differences).to.deep.equal([]);
  });

  it('splits search text into folded terms and ignores blank input', () => {
    expect(searchTerms('  Müller \t SÖHNE  ')).to.deep.equal(['muller', 'sohne']);
    expect(searchTerms('ａｂｃ\u3000ｈｏｌｄｉｎｇｓ')).to.deep.equal(['abc', 'holdings']);
    expect(searchTerms('')).to.deep.equal([]);
    expect(searchTerms('   ')).to.deep.equal([]);
    expect(searchTerms(undefined)).to.deep.equal([]);
  });
});

describe('listCustomers search', () => {
  // Org ids are digits so that no term matches one by accident.
  const searchData = (): PartnerDataset =>
    dataset({
      tags: [tag('t-health', 'Healthcare'), tag('t-prio', 'Priorité')],
      customers: [
        customer('mul', {name: 'Müller & Söhne', orgId: '100001'}),
        customer('soc', {name: 'Société Générale Test', orgId: '100002'}),
        customer('djl', {name: 'Đorđević d.o.o.', orgId: '100003'}),
        customer('djc', {name: 'Ђорђевић д.о.о.', orgId: '100004'}),
        customer('abc', {name: 'abc Holdings', orgId: '100005'}),
        customer('yamada', {name: '株式会社山田製作所', orgId: '100006'}),
        customer('tanaka', {name: '株式会社田中商事', orgId: '100007'}),
        customer('glass', {name: 'ガラス工業', orgId: '100008'}),
        customer('crow', {name: 'カラス商会', orgId: '100009'}),
        customer('contoso', {name: 'Contoso', orgId: 'ORG-7731-XYZ', tags: ['t-health', 't-prio']}),
      ],
      subscriptions: [record('SUB-4711', 'contoso')],
    });

  let provider: InMemoryProvider;
  beforeEach(() => {
    provider = new InMemoryProvider(searchData());
  });

  async function found(search: string): Promise<string[]> {
    return ids(await listAll(provider, {search}));
  }

  it('ignores case and diacritics', async () => {
    expect(await found('muller')).to.have.members(['mul']);
    expect(await found('MÜLLER')).to.have.members(['mul']);
    expect(await found('SOCIETE')).to.have.members(['soc']);
    expect(await found('générale')).to.have.members(['soc']);
  });

  it('finds a Serbian name in either script from Latin, accented Latin or Cyrillic text', async () => {
    for (const search of ['djordjevic', 'đorđević', 'ђорђевић', 'ĐORĐEVIĆ', 'ЂОРЂЕВИЋ']) {
      expect(await found(search), search).to.have.members(['djl', 'djc']);
    }
  });

  it('ignores character width', async () => {
    expect(await found('ＡＢＣ')).to.have.members(['abc']);
    expect(await found('ａｂｃ\u3000ｈｏｌｄｉｎｇｓ')).to.have.members(['abc']);
  });

  it('finds Japanese names by a part of them, voiced kana included', async () => {
    expect(await found('山田')).to.have.members(['yamada']);
    expect(await found('株式会社')).to.have.members(['yamada', 'tanaka']);
    expect(await found('ガラス')).to.have.members(['glass']);
    expect(await found('ｶﾞﾗｽ')).to.have.members(['glass']);
    expect(await found('カラス')).to.have.members(['crow']);
  });

  it('searches org ids, subscription ids and tag labels', async () => {
    expect(await found('org-7731-xyz')).to.have.members(['contoso']);
    expect(await found('7731')).to.have.members(['contoso']);
    expect(await found('sub-4711')).to.have.members(['contoso']);
    expect(await found('healthcare')).to.have.members(['contoso']);
    expect(await found('PRIORITE')).to.have.members(['contoso']);
  });

  it('requires every term to match, in any order and any field', async () => {
    expect(await found('sohne muller')).to.have.members(['mul']);
    expect(await found('contoso healthcare')).to.have.members(['contoso']);
    expect(await found('sub-4711 contoso')).to.have.members(['contoso']);
    expect(await found('contoso muller')).to.deep.equal([]);
  });

  it('does not match a term across two fields', async () => {
    // Name "Contoso" followed by org id "ORG-7731-XYZ".
    expect(await found('contosoorg')).to.deep.equal([]);
  });

  it('does not match a term that runs from one customer into the next', async () => {
    // The index keeps all customers' texts in one string, each piece followed by a U+0001:
    // "abc holdings␁100005␁" is followed by the org id of 株式会社山田製作所, "100006␁" (its name, beyond
    // Latin-1, sits in a second string).
    expect(await found('100005\u0001100006')).to.deep.equal([]);
    expect(await found('100005\u0001')).to.deep.equal([]);
    expect(await found('100005株式会社')).to.deep.equal([]);
  });

  it('finds a subscription started after the index was built', async () => {
    expect(await found('trial-new')).to.deep.equal([]);
    const {trial} = await provider.startTrial({customerId: 'djl', product: 'meetings', licenses: 5});
    expect(await found(trial.id)).to.deep.equal(['djl']);
    expect(await found(`${trial.id} djordjevic`)).to.deep.equal(['djl']);
    expect(await found('djordjevic')).to.have.members(['djl', 'djc']);
  });

  it('treats empty or blank search text as no filter', async () => {
    for (const search of ['', '   ', '\t\n']) {
      const page = await listAll(provider, {search});
      expect(page.total, JSON.stringify(search)).to.equal(10);
      expect(page.items).to.have.length(10);
    }
  });

  it('counts only the matches in total', async () => {
    const page = await listAll(provider, {search: 'djordjevic'});
    expect(page.total).to.equal(2);
  });
});

/**
 * f1 Alpha   partner   Gold        meetings sub, 12 of 10 assigned        licenseOverage, subscription
 * f2 Bravo   external  Gold, West  calling trial ends in 20 d + meetings  expiringSoon, trial, subscription
 * f3 Charlie partner   West        messaging sub, 15 of 10 assigned       licenseOverage, subscription
 * f4 Delta   external  West        cancelled meetings sub, never active   expired, noRecentActivity
 * f5 Echo    partner   Gold        meetings trial 11 of 10; calling sub pendingSetup
 *                                                                         licenseOverage, readyForSetup, trial
 * f6 Foxtrot partner   —           no records                             expired
 */
function filterData(): PartnerDataset {
  return dataset({
    tags: [tag('t-gold', 'Gold'), tag('t-west', 'West'), tag('t-dormant', 'Dormant')],
    customers: [
      customer('f1', {name: 'Alpha', orgId: '9001', tags: ['t-gold']}),
      customer('f2', {name: 'Bravo', orgId: '9002', managedBy: 'external', tags: ['t-gold', 't-west']}),
      customer('f3', {name: 'Charlie', orgId: '9003', tags: ['t-west']}),
      customer('f4', {name: 'Delta', orgId: '9004', managedBy: 'external', tags: ['t-west'], lastAdminActivity: null}),
      customer('f5', {name: 'Echo', orgId: '9005', tags: ['t-gold']}),
      customer('f6', {name: 'Foxtrot', orgId: '9006'}),
    ],
    subscriptions: [
      record('f1-m', 'f1', {licenseHistory: weeklyHistory([12, 8])}),
      record('f2-c', 'f2', {product: 'calling', kind: 'trial', startDate: daysFromAsOf(-10), endDate: daysFromAsOf(20)}),
      record('f2-m', 'f2'),
      record('f3-x', 'f3', {product: 'messaging', licenseHistory: weeklyHistory([15, 3])}),
      record('f4-m', 'f4', {state: 'cancelled', startDate: daysFromAsOf(-400), endDate: daysFromAsOf(-35)}),
      record('f5-c', 'f5', {product: 'calling', state: 'pendingSetup', startDate: daysFromAsOf(5), endDate: daysFromAsOf(370)}),
      record('f5-m', 'f5', {kind: 'trial', startDate: daysFromAsOf(-40), endDate: daysFromAsOf(60), licenseHistory: weeklyHistory([11, 4])}),
    ],
  });
}

describe('listCustomers filters', () => {
  let provider: InMemoryProvider;
  beforeEach(() => {
    provider = new InMemoryProvider(filterData());
  });

  async function matching(filters: CustomerQuery['filters'], search?: string): Promise<string[]> {
    const page = await listAll(provider, {filters, ...(search === undefined ? {} : {search})});
    expect(page.total).to.equal(page.items.length);
    return ids(page);
  }

  it('starts from the statuses the fixture is built for', async () => {
    const page = await listAll(provider);
    const statuses = Object.fromEntries(page.items.map((row) => [row.id, row.statuses.map((info) => info.status)]));
    expect(statuses).to.deep.equal({
      f1: ['licenseOverage', 'subscription'],
      f2: ['expiringSoon', 'trial', 'subscription'],
      f3: ['licenseOverage', 'subscription'],
      f4: ['expired', 'noRecentActivity'],
      f5: ['licenseOverage', 'readyForSetup', 'trial'],
      f6: ['expired'],
    });
  });

  it('filters by status, any of the chosen ones', async () => {
    expect(await matching({status: ['licenseOverage']})).to.have.members(['f1', 'f3', 'f5']);
    expect(await matching({status: ['expired']})).to.have.members(['f4', 'f6']);
    expect(await matching({status: ['readyForSetup']})).to.have.members(['f5']);
    expect(await matching({status: ['licenseOverage', 'expired']})).to.have.members(['f1', 'f3', 'f4', 'f5', 'f6']);
    expect(await matching({status: ['suspended']})).to.deep.equal([]);
  });

  it('filters by product over records in any state', async () => {
    expect(await matching({product: ['calling']})).to.have.members(['f2', 'f5']);
    expect(await matching({product: ['messaging']})).to.have.members(['f3']);
    expect(await matching({product: ['calling', 'messaging']})).to.have.members(['f2', 'f3', 'f5']);
    expect(await matching({product: ['meetings']})).to.have.members(['f1', 'f2', 'f4', 'f5']);
  });

  it('filters by who manages the customer', async () => {
    expect(await matching({managedBy: ['external']})).to.have.members(['f2', 'f4']);
    expect(await matching({managedBy: ['partner']})).to.have.members(['f1', 'f3', 'f5', 'f6']);
    expect(await matching({managedBy: ['partner', 'external']})).to.have.length(6);
  });

  it('filters by subscription type: customers with an active record of that kind', async () => {
    // f4's subscription is cancelled and f5's calling subscription only pending: neither counts.
    expect(await matching({subscriptionType: ['subscription']})).to.have.members(['f1', 'f2', 'f3']);
    expect(await matching({subscriptionType: ['trial']})).to.have.members(['f2', 'f5']);
    expect(await matching({subscriptionType: ['subscription', 'trial']})).to.have.members(['f1', 'f2', 'f3', 'f5']);
  });

  it('filters by tags, any of the chosen ones', async () => {
    expect(await matching({tags: ['t-west']})).to.have.members(['f2', 'f3', 'f4']);
    expect(await matching({tags: ['t-gold', 't-west']})).to.have.members(['f1', 'f2', 'f3', 'f4', 'f5']);
    expect(await matching({tags: ['t-dormant']})).to.deep.equal([]);
  });

  it('treats an empty value list as no filter', async () => {
    expect(await matching({status: [], product: [], managedBy: [], subscriptionType: [], tags: []})).to.have.length(6);
  });

  it('combines different filters with AND', async () => {
    expect(await matching({status: ['licenseOverage'], managedBy: ['partner']})).to.have.members(['f1', 'f3', 'f5']);
    expect(await matching({status: ['licenseOverage'], managedBy: ['partner'], product: ['meetings']})).to.have.members(['f1', 'f5']);
    expect(
      await matching({status: ['licenseOverage'], managedBy: ['partner'], product: ['meetings'], subscriptionType: ['subscription']}),
    ).to.have.members(['f1']);
    // f5 has a calling record, but not an active subscription.
    expect(await matching({product: ['calling'], subscriptionType: ['subscription']})).to.have.members(['f2']);
    expect(await matching({tags: ['t-west'], status: ['expired']})).to.have.members(['f4']);
  });

  it('combines filters with the search text', async () => {
    expect(await matching({status: ['licenseOverage']}, 'ch')).to.have.members(['f3', 'f5']);
    expect(await matching({tags: ['t-gold']}, 'ch')).to.have.members(['f5']);
  });

  describe('kpi', () => {
    // Overview counts f1, f2, f4, f5 (they have meetings or calling records). Low assignment:
    // meetings peers 1.2 (f1), 0 (f2), 1.1 (f5) → median 1.1, threshold 0.55 → f2 only; f2's
    // calling trial is too young to count.
    const expected: Record<OverviewKpiId, string[]> = {
      totalCustomers: ['f1', 'f2', 'f4', 'f5'],
      nearingExpiration: ['f2', 'f5'],
      nearingRenewal: [],
      lowAssignment: ['f2'],
      // f3 is over its limit too, but on messaging, which the overview does not count.
      overLimit: ['f1', 'f5'],
    };

    for (const kpi of OVERVIEW_KPI_IDS) {
      it(`"${kpi}" keeps exactly the customers the overview KPI counts`, async () => {
        const kpis = await provider.getOverviewKpis();
        const page = await listAll(provider, {filters: {kpi}});
        expect(ids(page)).to.have.members(expected[kpi]);
        expect(page.total).to.equal(kpis[kpi]);
      });
    }

    it('combines with other filters and the search text', async () => {
      expect(await matching({kpi: 'overLimit', subscriptionType: ['trial']})).to.have.members(['f5']);
      expect(await matching({kpi: 'nearingExpiration'}, 'bravo')).to.have.members(['f2']);
    });
  });
});

describe('listCustomers facets', () => {
  let provider: InMemoryProvider;
  beforeEach(() => {
    provider = new InMemoryProvider(filterData());
  });

  it('counts each facet with every other filter applied but not its own', async () => {
    // Matches: partner-managed with Gold = f1, f5.
    const page = await listAll(provider, {filters: {managedBy: ['partner'], tags: ['t-gold']}});
    expect(ids(page)).to.have.members(['f1', 'f5']);
    expect(page.total).to.equal(2);
    expect(page.facets).to.deep.equal({
      // Gold customers, whoever manages them: f1, f5 (partner), f2 (external).
      managedBy: [
        {value: 'partner', count: 2},
        {value: 'external', count: 1},
      ],
      // Partner-managed customers, whatever their tags: f1, f3, f5, f6.
      tags: [
        {value: 't-gold', count: 2},
        {value: 't-west', count: 1},
        {value: 't-dormant', count: 0},
      ],
      // Both filters apply to the facets that have none of their own: f1 and f5.
      status: [
        {value: 'suspended', count: 0},
        {value: 'licenseOverage', count: 2},
        {value: 'expiringSoon', count: 0},
        {value: 'expired', count: 0},
        {value: 'readyForSetup', count: 1},
        {value: 'noRecentActivity', count: 0},
        {value: 'trial', count: 1},
        {value: 'subscription', count: 1},
      ],
      product: [
        {value: 'meetings', count: 2},
        {value: 'calling', count: 1},
        {value: 'messaging', count: 0},
      ],
      subscriptionType: [
        {value: 'subscription', count: 1},
        {value: 'trial', count: 1},
      ],
    });
  });

  it('applies the search text to every facet, and leaves out only the facet’s own filter', async () => {
    // "ch" finds Charlie (f3) and Echo (f5); only Echo has a trial.
    const page = await listAll(provider, {search: 'ch', filters: {status: ['trial']}});
    expect(ids(page)).to.deep.equal(['f5']);
    expect(page.facets.status).to.deep.equal([
      {value: 'suspended', count: 0},
      {value: 'licenseOverage', count: 2},
      {value: 'expiringSoon', count: 0},
      {value: 'expired', count: 0},
      {value: 'readyForSetup', count: 1},
      {value: 'noRecentActivity', count: 0},
      {value: 'trial', count: 1},
      {value: 'subscription', count: 1},
    ]);
    expect(page.facets.managedBy).to.deep.equal([
      {value: 'partner', count: 1},
      {value: 'external', count: 0},
    ]);
    expect(page.facets.product).to.deep.equal([
      {value: 'meetings', count: 1},
      {value: 'calling', count: 1},
      {value: 'messaging', count: 0},
    ]);
    expect(page.facets.subscriptionType).to.deep.equal([
      {value: 'subscription', count: 0},
      {value: 'trial', count: 1},
    ]);
    expect(page.facets.tags).to.deep.equal([
      {value: 't-gold', count: 1},
      {value: 't-west', count: 0},
      {value: 't-dormant', count: 0},
    ]);
  });

  it('applies the kpi filter to every facet', async () => {
    const page = await listAll(provider, {filters: {kpi: 'overLimit'}});
    expect(page.facets.managedBy).to.deep.equal([
      {value: 'partner', count: 2},
      {value: 'external', count: 0},
    ]);
    expect(page.facets.product).to.deep.equal([
      {value: 'meetings', count: 2},
      {value: 'calling', count: 1},
      {value: 'messaging', count: 0},
    ]);
  });

  it('lists every value, with zero counts, when nothing matches', async () => {
    const page = await listAll(provider, {search: 'no such customer'});
    expect(page.total).to.equal(0);
    expect(page.facets.status.map((facet) => facet.value)).to.deep.equal([...CUSTOMER_STATUSES]);
    expect(page.facets.product.map((facet) => facet.value)).to.deep.equal(['meetings', 'calling', 'messaging']);
    expect(page.facets.managedBy.map((facet) => facet.value)).to.deep.equal(['partner', 'external']);
    expect(page.facets.subscriptionType.map((facet) => facet.value)).to.deep.equal(['subscription', 'trial']);
    expect(page.facets.tags.map((facet) => facet.value)).to.deep.equal(['t-gold', 't-west', 't-dormant']);
    const counts = Object.values(page.facets).flatMap((facets: {count: number}[]) => facets.map((facet) => facet.count));
    expect(counts.every((count) => count === 0)).to.equal(true);
  });

  it('counts over all matches, not just the page', async () => {
    const page = await provider.listCustomers({filters: {status: ['expired']}, limit: 1});
    expect(page.items).to.have.length(1);
    expect(page.facets.status.find((facet) => facet.value === 'expired')!.count).to.equal(2);
    expect(page.facets.managedBy).to.deep.equal([
      {value: 'partner', count: 1},
      {value: 'external', count: 1},
    ]);
  });
});

/**
 * Dataset order differs from name order so that a tie broken by position would show.
 *
 *            status (most severe)   products             tags (sorted)   licences  next end
 * Dune       subscription           messaging            Gold partner    10        +100 d
 * Elm        expired                —                    Gold            0         —
 * Fig        expiringSoon           meetings (trial)     Alpha           5         +10 d
 * Cedar      suspended              meetings             Gold, West      0         —
 * Amber      subscription           meetings             Gold            10        +100 d
 * Birch      subscription           meetings, calling    —               35        +50 d
 */
function sortData(): PartnerDataset {
  return dataset({
    tags: [tag('t-gold', 'Gold'), tag('t-west', 'West'), tag('t-goldp', 'Gold partner'), tag('t-alpha', 'Alpha'), tag('t-zur', 'Zürich')],
    customers: [
      customer('s4', {name: 'Dune', tags: ['t-goldp']}),
      customer('s5', {name: 'Elm', tags: ['t-gold']}),
      customer('s6', {name: 'Fig', tags: ['t-alpha']}),
      customer('s3', {name: 'Cedar', tags: ['t-west', 't-gold']}),
      customer('s1', {name: 'Amber', tags: ['t-gold']}),
      customer('s2', {name: 'Birch', tags: []}),
    ],
    subscriptions: [
      record('s1-m', 's1', {endDate: daysFromAsOf(100)}),
      record('s2-m', 's2', {totalLicenses: 30, endDate: daysFromAsOf(50)}),
      record('s2-c', 's2', {product: 'calling', totalLicenses: 5, endDate: daysFromAsOf(200)}),
      record('s3-m', 's3', {state: 'suspended', totalLicenses: 100}),
      record('s4-x', 's4', {product: 'messaging', endDate: daysFromAsOf(100)}),
      record('s6-t', 's6', {kind: 'trial', totalLicenses: 5, startDate: daysFromAsOf(-5), endDate: daysFromAsOf(10)}),
    ],
  });
}

describe('listCustomers sort and paging', () => {
  const expected: Record<CustomerSortKey, {asc: string[]; desc: string[]}> = {
    name: {
      asc: ['Amber', 'Birch', 'Cedar', 'Dune', 'Elm', 'Fig'],
      desc: ['Fig', 'Elm', 'Dune', 'Cedar', 'Birch', 'Amber'],
    },
    // Severity order: suspended, licenseOverage, expiringSoon, expired, …, trial, subscription.
    status: {
      asc: ['Cedar', 'Fig', 'Elm', 'Amber', 'Birch', 'Dune'],
      desc: ['Amber', 'Birch', 'Dune', 'Elm', 'Fig', 'Cedar'],
    },
    // [meetings] < [meetings, calling] < [messaging]; Elm has no product.
    products: {
      asc: ['Amber', 'Cedar', 'Fig', 'Birch', 'Dune', 'Elm'],
      desc: ['Dune', 'Birch', 'Amber', 'Cedar', 'Fig', 'Elm'],
    },
    // Label lists compared label by label: [Alpha] < [Gold] < [Gold, West] < [Gold partner]
    // ("Gold" is a prefix of "Gold partner"); Birch has no tags.
    tags: {
      asc: ['Fig', 'Amber', 'Elm', 'Cedar', 'Dune', 'Birch'],
      desc: ['Dune', 'Cedar', 'Amber', 'Elm', 'Fig', 'Birch'],
    },
    licenses: {
      asc: ['Cedar', 'Elm', 'Fig', 'Amber', 'Dune', 'Birch'],
      desc: ['Birch', 'Amber', 'Dune', 'Fig', 'Cedar', 'Elm'],
    },
    // Cedar and Elm have no active record, so no next end.
    nextEnd: {
      asc: ['Fig', 'Birch', 'Amber', 'Dune', 'Cedar', 'Elm'],
      desc: ['Amber', 'Dune', 'Birch', 'Fig', 'Cedar', 'Elm'],
    },
  };

  let provider: InMemoryProvider;
  beforeEach(() => {
    provider = new InMemoryProvider(sortData());
  });

  for (const key of CUSTOMER_SORT_KEYS) {
    for (const direction of ['asc', 'desc'] as const) {
      it(`sorts by ${key} ${direction}, ties by name ascending, missing values last`, async () => {
        const page = await listAll(provider, {sort: {key, direction}});
        expect(names(page)).to.deep.equal(expected[key][direction]);
      });
    }
  }

  it('ties tag lists that differ only in case or accents, and orders them by name', async () => {
    const accents = new InMemoryProvider(
      dataset({
        tags: [tag('t-plain', 'Ostra'), tag('t-accent', 'östra')],
        customers: [customer('b', {name: 'Beta', tags: ['t-accent']}), customer('a', {name: 'Alfa', tags: ['t-plain']})],
      }),
    );
    for (const direction of ['asc', 'desc'] as const) {
      expect(names(await listAll(accents, {sort: {key: 'tags', direction}})), direction).to.deep.equal(['Alfa', 'Beta']);
    }
  });

  it('sorts by name ascending when no sort is given', async () => {
    expect(names(await listAll(provider))).to.deep.equal(expected.name.asc);
  });

  it('sorts what a filter leaves', async () => {
    const page = await listAll(provider, {filters: {tags: ['t-gold']}, sort: {key: 'licenses', direction: 'desc'}});
    expect(names(page)).to.deep.equal(['Amber', 'Cedar', 'Elm']);
  });

  it('returns the requested slice and the full match count', async () => {
    const middle = await provider.listCustomers({offset: 2, limit: 3});
    expect(names(middle)).to.deep.equal(['Cedar', 'Dune', 'Elm']);
    expect(middle.total).to.equal(6);
    expect(middle.offset).to.equal(2);
    expect(middle.limit).to.equal(3);

    expect(names(await provider.listCustomers({offset: 4, limit: 10}))).to.deep.equal(['Elm', 'Fig']);
    const beyond = await provider.listCustomers({offset: 6, limit: 10});
    expect(beyond.items).to.deep.equal([]);
    expect(beyond.total).to.equal(6);

    const sorted = await provider.listCustomers({sort: {key: 'nextEnd', direction: 'desc'}, offset: 1, limit: 2});
    expect(names(sorted)).to.deep.equal(['Dune', 'Birch']);
  });

  it('pages through filtered results with total = all matches', async () => {
    const first = await provider.listCustomers({filters: {status: ['expired']}, limit: 1});
    expect(names(first)).to.deep.equal(['Cedar']);
    expect(first.total).to.equal(2);
    const second = await provider.listCustomers({filters: {status: ['expired']}, offset: 1, limit: 1});
    expect(names(second)).to.deep.equal(['Elm']);
    expect(second.total).to.equal(2);
  });

  it(`returns ${DEFAULT_PAGE_SIZE} rows when no limit is given`, async () => {
    const many = new InMemoryProvider(dataset({customers: Array.from({length: 55}, (_, i) => customer(`c${i}`))}));
    const page = await many.listCustomers({});
    expect(page.items).to.have.length(50);
    expect(page.limit).to.equal(50);
    expect(page.total).to.equal(55);
  });
});

describe('listCustomers after setCustomerTags', () => {
  let provider: InMemoryProvider;
  beforeEach(() => {
    provider = new InMemoryProvider(sortData());
  });

  it('finds the customer by the new tag label and counts it in the tags facet and filter', async () => {
    expect(ids(await listAll(provider, {search: 'zurich'}))).to.deep.equal([]);
    await provider.setCustomerTags('s4', ['t-goldp', 't-zur']);

    const page = await listAll(provider, {search: 'zurich'});
    expect(ids(page)).to.deep.equal(['s4']);
    expect(page.items[0]!.tags.map((t) => t.label)).to.deep.equal(['Gold partner', 'Zürich']);
    const all = await listAll(provider);
    expect(all.facets.tags.find((facet) => facet.value === 't-zur')!.count).to.equal(1);
    expect(ids(await listAll(provider, {filters: {tags: ['t-zur']}}))).to.deep.equal(['s4']);
  });

  it('forgets the removed tags', async () => {
    await provider.setCustomerTags('s3', ['t-west']);
    expect(names(await listAll(provider, {filters: {tags: ['t-gold']}}))).to.deep.equal(['Amber', 'Elm']);
    const all = await listAll(provider);
    expect(all.facets.tags.find((facet) => facet.value === 't-gold')!.count).to.equal(2);
    expect(ids(await listAll(provider, {search: 'gold'}))).to.have.members(['s1', 's4', 's5']);
  });

  it('sorts by the new tags', async () => {
    expect(names(await listAll(provider, {search: 'alpha'}))).to.deep.equal(['Fig']);
    await provider.setCustomerTags('s2', ['t-alpha']);
    expect(names(await listAll(provider, {search: 'alpha'}))).to.deep.equal(['Birch', 'Fig']);
    expect(names(await listAll(provider, {sort: {key: 'tags', direction: 'asc'}}))).to.deep.equal([
      'Birch',
      'Fig',
      'Amber',
      'Elm',
      'Cedar',
      'Dune',
    ]);

    // Without tags Fig moves last, in both directions.
    await provider.setCustomerTags('s6', []);
    expect(names(await listAll(provider, {sort: {key: 'tags', direction: 'asc'}}))).to.deep.equal([
      'Birch',
      'Amber',
      'Elm',
      'Cedar',
      'Dune',
      'Fig',
    ]);
    expect(names(await listAll(provider, {sort: {key: 'tags', direction: 'desc'}}))).to.deep.equal([
      'Dune',
      'Cedar',
      'Amber',
      'Elm',
      'Birch',
      'Fig',
    ]);
  });
});
