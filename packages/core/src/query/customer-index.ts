/**
 * The query engine behind `listCustomers`: everything a query needs (filter bits, folded search
 * text, sort orders) is built once per dataset, so a query is one pass over a presorted order.
 */
import {customerStatusBits, customerStatuses} from '../analytics/statuses.ts';
import {KPI_BIT, overviewKpiBits} from '../analytics/overview.ts';
import {NONE, RECORD_ACTIVE, RECORD_AUTO_RENEWS, RECORD_TRIAL, type PreparedDataset} from '../analytics/prepare.ts';
import {MANAGED_BY, MAX_TAGS_PER_CUSTOMER, RECORD_KINDS, type ManagedBy, type ProductId, type RecordKind, type Tag} from '../model.ts';
import {
  CUSTOMER_STATUSES,
  type CustomerFacets,
  type CustomerPage,
  type CustomerQuery,
  type CustomerRow,
  type CustomerSortKey,
  type FacetCount,
  type NextEnd,
  type SortDirection,
} from '../provider.ts';
import {daysUntil} from '../time.ts';
import {foldForSearch, searchTerms, sortKeyOfFolded} from './fold.ts';
import {SearchText} from './search-text.ts';

export const DEFAULT_PAGE_SIZE = 50;

/** Known products first, in the order the product offers them; others alphabetically after. */
const PRODUCT_ORDER = ['meetings', 'calling', 'messaging', 'translation'];

function compareProducts(a: ProductId, b: ProductId): number {
  const rankA = PRODUCT_ORDER.indexOf(a);
  const rankB = PRODUCT_ORDER.indexOf(b);
  if (rankA !== rankB) return (rankA === -1 ? PRODUCT_ORDER.length : rankA) - (rankB === -1 ? PRODUCT_ORDER.length : rankB);
  return a < b ? -1 : a > b ? 1 : 0;
}

// Facet positions in a customer's "failed filters" bit mask.
const FACET_STATUS = 1;
const FACET_PRODUCT = 2;
const FACET_MANAGED_BY = 4;
const FACET_SUBSCRIPTION_TYPE = 8;
const FACET_TAGS = 16;

// Kind positions (RECORD_KINDS) as bits of a customer's active record kinds.
const SUBSCRIPTION_BIT = 1 << RECORD_KINDS.indexOf('subscription');
const TRIAL_BIT = 1 << RECORD_KINDS.indexOf('trial');

/** Values a filter accepts, as a lookup table over value positions; null = no filter. */
type Accepts = Uint8Array | null;

export class CustomerIndex {
  readonly #prepared: PreparedDataset;
  readonly #collator = new Intl.Collator('en', {sensitivity: 'base', numeric: true});
  #tags: Tag[] = [];
  #tagPosition = new Map<string, number>();
  #products: ProductId[] = [];

  // Per customer, by position in dataset.customers.
  #statusBits!: Uint8Array;
  #kindBits!: Uint8Array;
  #managedBy!: Uint8Array;
  #kpiBits!: Uint8Array;
  #licenseTotal!: Float64Array;
  /** End of the next-ending active record; NaN without one. */
  #nextEndMs!: Float64Array;
  // Products and tags as flat typed arrays, so a scan over 100,000 customers stays in cache:
  // customer i's products are productList[productStart[i] … productStart[i + 1]), its tags the
  // MAX_TAGS_PER_CUSTOMER slots from i × MAX_TAGS_PER_CUSTOMER (−1 = empty).
  #productStart = new Int32Array(1);
  #productList = new Int32Array(0);
  #tagSlots = new Int32Array(0);
  #searchText!: SearchText;
  /** Tag labels, folded: searched per tag, not copied into every customer's search text. */
  #foldedTagLabels: string[] = [];
  #rows: (CustomerRow | undefined)[] = [];
  #nameRank!: Int32Array;
  #byNameRank!: Int32Array;
  readonly #orders = new Map<string, Int32Array>();

  constructor(prepared: PreparedDataset) {
    this.#prepared = prepared;
    this.rebuild();
  }

  /** Recomputes everything (after a change that can touch every customer, such as a new record). */
  rebuild(): void {
    const {dataset} = this.#prepared;
    const count = this.#prepared.customers.count;
    this.#tags = dataset.tags;
    this.#tagPosition = new Map(this.#tags.map((tag, i) => [tag.id, i]));
    this.#foldedTagLabels = this.#tags.map((tag) => foldForSearch(tag.label));
    this.#products = [...this.#prepared.recordsByProduct.keys()].sort(compareProducts);
    this.#statusBits = new Uint8Array(count);
    this.#kindBits = new Uint8Array(count);
    this.#managedBy = new Uint8Array(count);
    this.#licenseTotal = new Float64Array(count);
    this.#nextEndMs = new Float64Array(count);
    this.#tagSlots = new Int32Array(count * MAX_TAGS_PER_CUSTOMER).fill(-1);
    this.#rows = new Array(count);
    for (let i = 0; i < count; i += 1) this.#indexCustomer(i);
    // Each name is folded once, for both the search text and the name order.
    const foldedNames = this.#prepared.customers.name.map((name) => foldForSearch(name));
    this.#searchText = new SearchText(count, (i) => this.#searchPieces(i, foldedNames[i]!));
    this.#rankNames(foldedNames);
    this.#packProducts();
    this.#indexKpis();
    this.#orders.clear();
  }

  /** Re-derives one customer after its tags changed. */
  refreshCustomer(id: string): void {
    const i = this.#prepared.customerById.get(id);
    if (i === undefined) return;
    this.#indexCustomer(i);
    this.#orders.clear();
  }

  /**
   * After a record was added to a customer: its own row and search text (a new subscription id)
   * change, and the overview KPI sets can change for everyone (the low-assignment median moves).
   * A new product changes every position.
   */
  recordAdded(customerId: string, product: ProductId): void {
    if (!this.#products.includes(product)) {
      this.rebuild();
      return;
    }
    this.refreshCustomer(customerId);
    const i = this.#prepared.customerById.get(customerId)!;
    this.#searchText.update(i, this.#searchPieces(i, foldForSearch(this.#prepared.customers.name[i]!)));
    this.#packProducts();
    this.#indexKpis();
  }

  get products(): readonly ProductId[] {
    return this.#products;
  }

  #indexCustomer(i: number): void {
    const {records, customers, dataset} = this.#prepared;
    const customer = dataset.customers[i]!;
    let kindBits = 0;
    let licenseTotal = 0;
    let nextEndMs = Number.NaN;
    for (let r = customers.firstRecord[i]!; r !== NONE; r = records.next[r]!) {
      const flags = records.flags[r]!;
      if ((flags & RECORD_ACTIVE) === 0) continue;
      kindBits |= flags & RECORD_TRIAL ? TRIAL_BIT : SUBSCRIPTION_BIT;
      licenseTotal += records.total[r]!;
      if (!(records.endMs[r]! >= nextEndMs)) nextEndMs = records.endMs[r]!;
    }
    this.#licenseTotal[i] = licenseTotal;
    this.#nextEndMs[i] = nextEndMs;
    this.#statusBits[i] = customerStatusBits(this.#prepared, i);
    this.#kindBits[i] = kindBits;
    this.#managedBy[i] = MANAGED_BY.indexOf(customer.managedBy);
    const tagPositions = this.#tagPositionsOf(customer.tags);
    const slots = i * MAX_TAGS_PER_CUSTOMER;
    this.#tagSlots.fill(-1, slots, slots + MAX_TAGS_PER_CUSTOMER);
    this.#tagSlots.set(tagPositions.slice(0, MAX_TAGS_PER_CUSTOMER), slots);
    this.#rows[i] = undefined;
  }

  /** What free text finds customer i by, besides its tags: name, org id and subscription ids, folded. */
  #searchPieces(i: number, foldedName: string): string[] {
    const {records, customers, dataset} = this.#prepared;
    // Folded piece by piece: ids are ASCII and take the fast path.
    const pieces = [foldedName, foldForSearch(dataset.customers[i]!.orgId)];
    for (let r = customers.firstRecord[i]!; r !== NONE; r = records.next[r]!) pieces.push(foldForSearch(records.id[r]!));
    return pieces;
  }

  #tagPositionsOf(tagIds: readonly string[]): number[] {
    const positions: number[] = [];
    for (const id of tagIds) {
      const position = this.#tagPosition.get(id);
      if (position !== undefined) positions.push(position);
    }
    return positions;
  }

  #tagPositionsAt(i: number): number[] {
    const positions: number[] = [];
    for (let slot = i * MAX_TAGS_PER_CUSTOMER; slot < (i + 1) * MAX_TAGS_PER_CUSTOMER; slot += 1) {
      if (this.#tagSlots[slot]! >= 0) positions.push(this.#tagSlots[slot]!);
    }
    return positions;
  }

  /**
   * Each customer's distinct products, ascending: products are visited in position order, so a
   * customer's list comes out sorted. Two passes over the product record lists, counting then filling.
   */
  #packProducts(): void {
    const {customers, records, recordsByProduct} = this.#prepared;
    const lastProduct = new Int32Array(customers.count).fill(NONE);
    const forEachCustomerProduct = (visit: (customer: number, position: number) => void) => {
      lastProduct.fill(NONE);
      this.#products.forEach((product, position) => {
        for (const r of recordsByProduct.get(product)!) {
          const customer = records.customer[r]!;
          if (lastProduct[customer] === position) continue;
          lastProduct[customer] = position;
          visit(customer, position);
        }
      });
    };
    const productStart = new Int32Array(customers.count + 1);
    forEachCustomerProduct((customer) => (productStart[customer + 1]! += 1));
    for (let i = 0; i < customers.count; i += 1) productStart[i + 1]! += productStart[i]!;
    const productList = new Int32Array(productStart[customers.count]!);
    const filled = productStart.slice(0, customers.count);
    forEachCustomerProduct((customer, position) => (productList[filled[customer]!++] = position));
    this.#productStart = productStart;
    this.#productList = productList;
  }

  #productPositionsAt(i: number): number[] {
    return Array.from(this.#productList.subarray(this.#productStart[i]!, this.#productStart[i + 1]!));
  }

  #indexKpis(): void {
    this.#kpiBits = overviewKpiBits(this.#prepared);
  }

  #rankNames(foldedNames: readonly string[]): void {
    const keys = foldedNames.map((folded) => sortKeyOfFolded(folded));
    const order = Int32Array.from(keys.keys()).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
    this.#byNameRank = order;
    this.#nameRank = new Int32Array(order.length);
    order.forEach((customerPosition, rank) => (this.#nameRank[customerPosition] = rank));
  }

  /** The customers in sort order (built on first use of a key and direction). */
  #order(key: CustomerSortKey, direction: SortDirection): Int32Array {
    const cacheKey = `${key}:${direction}`;
    let order = this.#orders.get(cacheKey);
    if (!order) {
      order = key === 'name' ? this.#nameOrder(direction) : this.#orderBy(this.#sortValues(key), direction);
      this.#orders.set(cacheKey, order);
    }
    return order;
  }

  #nameOrder(direction: SortDirection): Int32Array {
    return direction === 'asc' ? this.#byNameRank : this.#byNameRank.slice().reverse();
  }

  /** A numeric sort value per customer (NaN = no value, sorted last in both directions). */
  #sortValues(key: Exclude<CustomerSortKey, 'name'>): Float64Array {
    switch (key) {
      case 'status':
        // Statuses are bits in severity order, so the lowest set bit is the most severe status.
        return Float64Array.from(this.#statusBits, (bits) => (bits === 0 ? Number.NaN : 31 - Math.clz32(bits & -bits)));
      case 'licenses':
        return this.#licenseTotal;
      case 'nextEnd':
        return this.#nextEndMs;
      case 'products':
        return this.#rankedLists(this.#perCustomer((i) => this.#productPositionsAt(i).map((position) => this.#products[position]!)));
      case 'tags':
        return this.#rankedLists(
          this.#perCustomer((i) => this.#tagPositionsAt(i).map((position) => this.#tags[position]!.label).sort(this.#collator.compare)),
        );
    }
  }

  #perCustomer<T>(value: (i: number) => T): T[] {
    return Array.from({length: this.#prepared.customers.count}, (_, i) => value(i));
  }

  /**
   * Sort value of a list of labels: its rank among the distinct lists, compared label by label (a
   * list comes before the longer lists it starts); an empty list has none. Joining the labels into
   * one string and collating that would not do: the collator ignores the separator, so
   * [Gold, West] would sort as "GoldWest", after [Gold partner].
   */
  #rankedLists(lists: string[][]): Float64Array {
    const compareLists = (a: readonly string[], b: readonly string[]): number => {
      for (let i = 0; i < a.length && i < b.length; i += 1) {
        const order = this.#collator.compare(a[i]!, b[i]!);
        if (order !== 0) return order;
      }
      return a.length - b.length;
    };
    const keys = lists.map((labels) => labels.join('\u0000'));
    const listByKey = new Map<string, string[]>();
    keys.forEach((key, i) => listByKey.has(key) || listByKey.set(key, lists[i]!));
    const distinct = [...listByKey.values()].sort(compareLists);
    const rank = new Map<string, number>();
    let current = -1;
    distinct.forEach((labels, i) => {
      // Lists the collator cannot tell apart share a rank, so the name decides between them.
      if (i === 0 || compareLists(distinct[i - 1]!, labels) !== 0) current += 1;
      rank.set(labels.join('\u0000'), current);
    });
    return Float64Array.from(keys, (key) => (key === '' ? Number.NaN : rank.get(key)!));
  }

  /**
   * Sorts by value, then by name rank. The pair is packed into one float (dense value rank ×
   * customer count + name rank) so the native numeric typed-array sort does the work.
   */
  #orderBy(values: Float64Array, direction: SortDirection): Int32Array {
    const count = values.length;
    const distinct = Float64Array.from(new Set(values.filter((value) => !Number.isNaN(value)))).sort();
    const denseRank = new Map<number, number>();
    distinct.forEach((value, rank) => denseRank.set(value, direction === 'asc' ? rank : distinct.length - 1 - rank));
    const packed = new Float64Array(count);
    for (let i = 0; i < count; i += 1) {
      const value = values[i]!;
      const rank = Number.isNaN(value) ? distinct.length : denseRank.get(value)!;
      packed[i] = rank * count + this.#nameRank[i]!;
    }
    packed.sort();
    return Int32Array.from(packed, (value) => this.#byNameRank[value % count]!);
  }

  /** The full row for one customer (built when first asked for). */
  #row(i: number): CustomerRow {
    let row = this.#rows[i];
    if (!row) {
      row = this.#buildRow(i);
      this.#rows[i] = row;
    }
    return row;
  }

  #buildRow(i: number): CustomerRow {
    const {records, customers, dataset} = this.#prepared;
    const customer = dataset.customers[i]!;
    const licenses = {total: 0, assigned: 0, used: 0};
    let next = NONE;
    for (let r = customers.firstRecord[i]!; r !== NONE; r = records.next[r]!) {
      if ((records.flags[r]! & RECORD_ACTIVE) === 0) continue;
      licenses.total += records.total[r]!;
      licenses.assigned += records.assigned[r]!;
      licenses.used += records.used[r]!;
      if (next === NONE || records.endMs[r]! < records.endMs[next]!) next = r;
    }
    const nextEnd: NextEnd | null = next === NONE ? null : this.#nextEnd(next);
    const row: CustomerRow = {
      id: customer.id,
      name: customer.name,
      orgId: customer.orgId,
      managedBy: customer.managedBy,
      statuses: customerStatuses(this.#prepared, i),
      products: this.#productPositionsAt(i).map((position) => this.#products[position]!),
      tags: this.#tagPositionsAt(i).map((position) => this.#tags[position]!),
      licenses,
      nextEnd,
      lastAdminActivity: customer.lastAdminActivity,
    };
    if (customer.launchUrl !== undefined) row.launchUrl = customer.launchUrl;
    return row;
  }

  #nextEnd(r: number): NextEnd {
    const {records, asOfMs} = this.#prepared;
    const record = records.source[r]!;
    return {
      date: record.endDate,
      autoRenew: (records.flags[r]! & RECORD_AUTO_RENEWS) !== 0,
      subscriptionId: record.id,
      product: record.product,
      daysUntil: daysUntil(asOfMs, records.endMs[r]!),
    };
  }

  /** The row of one customer by id, or undefined. */
  row(id: string): CustomerRow | undefined {
    const i = this.#prepared.customerById.get(id);
    return i === undefined ? undefined : this.#row(i);
  }

  query(query: CustomerQuery = {}): CustomerPage {
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const limit = Math.max(0, Math.floor(query.limit ?? DEFAULT_PAGE_SIZE));
    const filters = query.filters ?? {};
    const terms = searchTerms(query.search);
    const status = this.#accepts(filters.status, CUSTOMER_STATUSES);
    const product = this.#accepts(filters.product, this.#products);
    const managedBy = this.#accepts(filters.managedBy, MANAGED_BY);
    const kind = this.#accepts(filters.subscriptionType, RECORD_KINDS);
    const tags = this.#accepts(filters.tags, this.#tags.map((tag) => tag.id));
    const kpiBit = filters.kpi ? KPI_BIT[filters.kpi] : 0;

    const counts: FacetTallies = {
      status: new Uint32Array(CUSTOMER_STATUSES.length),
      product: new Uint32Array(this.#products.length),
      managedBy: new Uint32Array(MANAGED_BY.length),
      kind: new Uint32Array(RECORD_KINDS.length),
      tags: new Uint32Array(this.#tags.length),
    };
    const order = this.#order(query.sort?.key ?? 'name', query.sort?.direction ?? 'asc');
    const {total, pagePositions} = scan(
      order,
      {
        statusBits: this.#statusBits,
        kindBits: this.#kindBits,
        managedBy: this.#managedBy,
        kpiBits: this.#kpiBits,
        productStart: this.#productStart,
        productList: this.#productList,
        tagSlots: this.#tagSlots,
      },
      {searchMatches: terms.length > 0 ? this.#matchSearch(terms) : null, status, product, managedBy, kind, tags, kpiBit},
      counts,
      offset,
      offset + limit,
    );

    const facets: CustomerFacets = {
      status: facetCounts(CUSTOMER_STATUSES, counts.status),
      product: facetCounts(this.#products, counts.product),
      managedBy: facetCounts<ManagedBy>(MANAGED_BY, counts.managedBy),
      subscriptionType: facetCounts<RecordKind>(RECORD_KINDS, counts.kind),
      tags: facetCounts(this.#tags.map((tag) => tag.id), counts.tags),
    };
    return {items: pagePositions.map((i) => this.#row(i)), total, offset, limit, facets};
  }

  /** 1 for the customers whose search text or a tag label contains every term. */
  #matchSearch(terms: readonly string[]): Uint8Array {
    const count = this.#prepared.customers.count;
    const matches = new Uint8Array(count).fill(1);
    const matchesTerm = new Uint8Array(count);
    for (const term of terms) {
      matchesTerm.fill(0);
      this.#searchText.markMatches(term, matchesTerm);
      this.#markTagMatches(term, matchesTerm);
      for (let i = 0; i < count; i += 1) matches[i]! &= matchesTerm[i]!;
    }
    return matches;
  }

  /** Marks (sets to 1) in `marks` the customers with a tag whose label contains `term`. */
  #markTagMatches(term: string, marks: Uint8Array): void {
    const accepts = Uint8Array.from(this.#foldedTagLabels, (label) => (label.includes(term) ? 1 : 0));
    if (!accepts.includes(1)) return;
    for (let i = 0; i < marks.length; i += 1) {
      const slots = i * MAX_TAGS_PER_CUSTOMER;
      if (anyPosition(this.#tagSlots, slots, slots + MAX_TAGS_PER_CUSTOMER, accepts)) marks[i] = 1;
    }
  }

  /** A lookup table of accepted value positions; null when the filter is absent or empty. */
  #accepts<V extends string>(selected: readonly V[] | undefined, values: readonly V[]): Accepts {
    if (!selected || selected.length === 0) return null;
    const accepts = new Uint8Array(values.length);
    for (const value of selected) {
      const position = values.indexOf(value);
      if (position >= 0) accepts[position] = 1;
    }
    return accepts;
  }
}

/** The per-customer columns a scan reads. */
interface Columns {
  statusBits: Uint8Array;
  kindBits: Uint8Array;
  managedBy: Uint8Array;
  kpiBits: Uint8Array;
  productStart: Int32Array;
  productList: Int32Array;
  tagSlots: Int32Array;
}

interface Filters {
  /** 1 for the customers that match every search term; null without a search. */
  searchMatches: Uint8Array | null;
  status: Accepts;
  product: Accepts;
  managedBy: Accepts;
  kind: Accepts;
  tags: Accepts;
  kpiBit: number;
}

interface FacetTallies {
  status: Uint32Array;
  product: Uint32Array;
  managedBy: Uint32Array;
  kind: Uint32Array;
  tags: Uint32Array;
}

/**
 * One pass over the customers in sort order: counts the matches, keeps the page's positions and
 * tallies the facets. A plain function over local columns, so V8 optimises the hot loop.
 */
function scan(order: Int32Array, columns: Columns, filters: Filters, counts: FacetTallies, offset: number, end: number) {
  const {statusBits, kindBits, managedBy, kpiBits, productStart, productList, tagSlots} = columns;
  const {searchMatches, status, product, kind, tags, kpiBit} = filters;
  const managedByAccepts = filters.managedBy;
  const pagePositions: number[] = [];
  let total = 0;
  for (let k = 0; k < order.length; k += 1) {
    const i = order[k]!;
    if (kpiBit !== 0 && (kpiBits[i]! & kpiBit) === 0) continue;
    if (searchMatches !== null && searchMatches[i] === 0) continue;
    let failed = 0;
    if (status !== null && !anyBit(statusBits[i]!, status)) failed |= FACET_STATUS;
    const productsFrom = productStart[i]!;
    const productsTo = productStart[i + 1]!;
    const tagsFrom = i * MAX_TAGS_PER_CUSTOMER;
    const tagsTo = tagsFrom + MAX_TAGS_PER_CUSTOMER;
    if (product !== null && !anyPosition(productList, productsFrom, productsTo, product)) failed |= FACET_PRODUCT;
    if (managedByAccepts !== null && managedByAccepts[managedBy[i]!] === 0) failed |= FACET_MANAGED_BY;
    if (kind !== null && !anyBit(kindBits[i]!, kind)) failed |= FACET_SUBSCRIPTION_TYPE;
    if (tags !== null && !anyPosition(tagSlots, tagsFrom, tagsTo, tags)) failed |= FACET_TAGS;
    // A customer counts towards a facet's values when it passes every *other* filter.
    if (failed === 0) {
      if (total >= offset && total < end) pagePositions.push(i);
      total += 1;
    }
    if ((failed & ~FACET_STATUS) === 0) countBits(statusBits[i]!, counts.status);
    if ((failed & ~FACET_PRODUCT) === 0) countPositions(productList, productsFrom, productsTo, counts.product);
    if ((failed & ~FACET_MANAGED_BY) === 0) counts.managedBy[managedBy[i]!]! += 1;
    if ((failed & ~FACET_SUBSCRIPTION_TYPE) === 0) countBits(kindBits[i]!, counts.kind);
    if ((failed & ~FACET_TAGS) === 0) countPositions(tagSlots, tagsFrom, tagsTo, counts.tags);
  }
  return {total, pagePositions};
}

function anyBit(bits: number, accepts: Uint8Array): boolean {
  for (let position = 0; position < accepts.length; position += 1) {
    if (accepts[position] === 1 && (bits & (1 << position)) !== 0) return true;
  }
  return false;
}

/** Whether any of `list[from … to)` is accepted; negative entries are empty slots. */
function anyPosition(list: Int32Array, from: number, to: number, accepts: Uint8Array): boolean {
  for (let k = from; k < to; k += 1) {
    const position = list[k]!;
    if (position >= 0 && accepts[position] === 1) return true;
  }
  return false;
}

function countBits(bits: number, counts: Uint32Array): void {
  for (let position = 0; bits !== 0; position += 1, bits >>= 1) if (bits & 1) counts[position]! += 1;
}

function countPositions(list: Int32Array, from: number, to: number, counts: Uint32Array): void {
  for (let k = from; k < to; k += 1) {
    const position = list[k]!;
    if (position >= 0) counts[position]! += 1;
  }
}

function facetCounts<V extends string>(values: readonly V[], counts: Uint32Array): FacetCount<V>[] {
  return values.map((value, i) => ({value, count: counts[i]!}));
}
