/**
 * The query engine behind `listCustomers`: everything a query needs (filter bits, folded search
 * text, sort orders) is built once per dataset, so a query is one pass over a presorted order.
 */
import {customerStatuses} from '../analytics/statuses.ts';
import {overviewKpiCustomers} from '../analytics/overview.ts';
import type {PreparedCustomer, PreparedDataset} from '../analytics/prepare.ts';
import {MANAGED_BY, RECORD_KINDS, type ManagedBy, type ProductId, type RecordKind, type Tag} from '../model.ts';
import {
  CUSTOMER_STATUSES,
  OVERVIEW_KPI_IDS,
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
import {foldForSearch, searchTerms} from './fold.ts';

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

/** Values a filter accepts, as a lookup table over value positions; null = no filter. */
type Accepts = Uint8Array | null;

export class CustomerIndex {
  readonly #prepared: PreparedDataset;
  readonly #collator = new Intl.Collator('en', {sensitivity: 'base', numeric: true});
  #tags: Tag[] = [];
  #tagPosition = new Map<string, number>();
  #products: ProductId[] = [];
  #productPosition = new Map<ProductId, number>();

  // Per customer, by position in prepared.customers.
  #statusBits!: Uint8Array;
  #kindBits!: Uint8Array;
  #managedBy!: Uint8Array;
  #kpiBits!: Uint8Array;
  #licenseTotal!: Float64Array;
  /** End of the next-ending active record; NaN without one. */
  #nextEndMs!: Float64Array;
  #productPositions: number[][] = [];
  #tagPositions: number[][] = [];
  #searchText: string[] = [];
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
    const {customers, dataset} = this.#prepared;
    const count = customers.length;
    this.#tags = dataset.tags;
    this.#tagPosition = new Map(this.#tags.map((tag, i) => [tag.id, i]));
    this.#products = [...new Set(dataset.subscriptions.map((record) => record.product))].sort(compareProducts);
    this.#productPosition = new Map(this.#products.map((product, i) => [product, i]));
    this.#statusBits = new Uint8Array(count);
    this.#kindBits = new Uint8Array(count);
    this.#managedBy = new Uint8Array(count);
    this.#kpiBits = new Uint8Array(count);
    this.#licenseTotal = new Float64Array(count);
    this.#nextEndMs = new Float64Array(count);
    this.#productPositions = new Array(count);
    this.#tagPositions = new Array(count);
    this.#searchText = new Array(count);
    this.#rows = new Array(count);
    for (let i = 0; i < count; i += 1) this.#indexCustomer(i);
    this.#indexKpis();
    this.#rankNames();
    this.#orders.clear();
  }

  /** Re-derives one customer after its tags changed. */
  refreshCustomer(id: string): void {
    const customer = this.#prepared.customerById.get(id);
    if (!customer) return;
    this.#indexCustomer(customer.index);
    this.#orders.clear();
  }

  /**
   * After a record was added to a customer: its own row changes, and the overview KPI sets can
   * change for everyone (the low-assignment median moves). A new product changes every position.
   */
  recordAdded(customerId: string, product: ProductId): void {
    if (!this.#productPosition.has(product)) {
      this.rebuild();
      return;
    }
    this.refreshCustomer(customerId);
    this.#indexKpis();
  }

  get products(): readonly ProductId[] {
    return this.#products;
  }

  #indexCustomer(i: number): void {
    const prepared = this.#prepared.customers[i]!;
    const {customer, records} = prepared;
    let statusBits = 0;
    for (const info of customerStatuses(this.#prepared, prepared)) statusBits |= 1 << CUSTOMER_STATUSES.indexOf(info.status);
    let kindBits = 0;
    let licenseTotal = 0;
    let nextEndMs = Number.NaN;
    const products = new Set<number>();
    for (const entry of records) {
      products.add(this.#productPosition.get(entry.record.product)!);
      if (!entry.active) continue;
      kindBits |= 1 << RECORD_KINDS.indexOf(entry.record.kind);
      licenseTotal += entry.record.totalLicenses;
      if (!(entry.endMs >= nextEndMs)) nextEndMs = entry.endMs;
    }
    this.#licenseTotal[i] = licenseTotal;
    this.#nextEndMs[i] = nextEndMs;
    this.#statusBits[i] = statusBits;
    this.#kindBits[i] = kindBits;
    this.#managedBy[i] = MANAGED_BY.indexOf(customer.managedBy);
    this.#productPositions[i] = [...products].sort((a, b) => a - b);
    this.#tagPositions[i] = customer.tags.map((id) => this.#tagPosition.get(id)).filter((position) => position !== undefined);
    const tagLabels = this.#tagPositions[i]!.map((position) => this.#tags[position]!.label);
    this.#searchText[i] = foldForSearch([customer.name, customer.orgId, ...records.map((entry) => entry.record.id), ...tagLabels].join('\u0001'));
    this.#rows[i] = undefined;
  }

  #indexKpis(): void {
    const sets = overviewKpiCustomers(this.#prepared);
    this.#kpiBits.fill(0);
    OVERVIEW_KPI_IDS.forEach((kpi, bit) => {
      for (const customer of sets[kpi]) this.#kpiBits[customer.index]! |= 1 << bit;
    });
  }

  #rankNames(): void {
    const {customers} = this.#prepared;
    const names = customers.map((customer) => customer.customer.name);
    const order = Int32Array.from(names.keys()).sort((a, b) => this.#collator.compare(names[a]!, names[b]!) || a - b);
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
        return this.#rankedLists(this.#productPositions.map((positions) => positions.map((position) => this.#products[position]!)));
      case 'tags':
        return this.#rankedLists(this.#tagPositions.map((positions) => positions.map((position) => this.#tags[position]!.label).sort(this.#collator.compare)));
    }
  }

  /** Sort value of a list of labels: its rank among the distinct lists; an empty list has none. */
  #rankedLists(lists: string[][]): Float64Array {
    const keys = lists.map((labels) => labels.join('\u0000'));
    const distinct = [...new Set(keys)].sort(this.#collator.compare);
    const rank = new Map(distinct.map((key, i) => [key, i]));
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
      row = this.#buildRow(this.#prepared.customers[i]!, i);
      this.#rows[i] = row;
    }
    return row;
  }

  #buildRow(prepared: PreparedCustomer, i: number): CustomerRow {
    const {customer, records} = prepared;
    const {asOfMs} = this.#prepared;
    const licenses = {total: 0, assigned: 0, used: 0};
    let next: (typeof records)[number] | undefined;
    for (const entry of records) {
      if (!entry.active) continue;
      licenses.total += entry.record.totalLicenses;
      licenses.assigned += entry.assigned;
      licenses.used += entry.used;
      if (!next || entry.endMs < next.endMs) next = entry;
    }
    const nextEnd: NextEnd | null = next
      ? {
          date: next.record.endDate,
          autoRenew: next.autoRenews,
          subscriptionId: next.record.id,
          product: next.record.product,
          daysUntil: daysUntil(asOfMs, next.endMs),
        }
      : null;
    return {
      id: customer.id,
      name: customer.name,
      orgId: customer.orgId,
      managedBy: customer.managedBy,
      statuses: customerStatuses(this.#prepared, prepared),
      products: this.#productPositions[i]!.map((position) => this.#products[position]!),
      tags: this.#tagPositions[i]!.map((position) => this.#tags[position]!),
      licenses,
      nextEnd,
      lastAdminActivity: customer.lastAdminActivity,
      ...(customer.launchUrl === undefined ? {} : {launchUrl: customer.launchUrl}),
    };
  }

  /** The row of one customer by id, or undefined. */
  row(id: string): CustomerRow | undefined {
    const customer = this.#prepared.customerById.get(id);
    return customer ? this.#row(customer.index) : undefined;
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
    const kpiBit = filters.kpi ? 1 << OVERVIEW_KPI_IDS.indexOf(filters.kpi) : 0;

    const counts = {
      status: new Uint32Array(CUSTOMER_STATUSES.length),
      product: new Uint32Array(this.#products.length),
      managedBy: new Uint32Array(MANAGED_BY.length),
      kind: new Uint32Array(RECORD_KINDS.length),
      tags: new Uint32Array(this.#tags.length),
    };
    const order = this.#order(query.sort?.key ?? 'name', query.sort?.direction ?? 'asc');
    const end = offset + limit;
    const pagePositions: number[] = [];
    let total = 0;

    for (const i of order) {
      if (kpiBit !== 0 && (this.#kpiBits[i]! & kpiBit) === 0) continue;
      if (terms.length > 0 && !matchesAll(this.#searchText[i]!, terms)) continue;
      let failed = 0;
      if (status && !anyBit(this.#statusBits[i]!, status)) failed |= FACET_STATUS;
      if (product && !anyPosition(this.#productPositions[i]!, product)) failed |= FACET_PRODUCT;
      if (managedBy && managedBy[this.#managedBy[i]!] === 0) failed |= FACET_MANAGED_BY;
      if (kind && !anyBit(this.#kindBits[i]!, kind)) failed |= FACET_SUBSCRIPTION_TYPE;
      if (tags && !anyPosition(this.#tagPositions[i]!, tags)) failed |= FACET_TAGS;
      // A customer counts towards a facet's values when it passes every *other* filter.
      if (failed === 0) {
        if (total >= offset && total < end) pagePositions.push(i);
        total += 1;
      }
      if ((failed & ~FACET_STATUS) === 0) countBits(this.#statusBits[i]!, counts.status);
      if ((failed & ~FACET_PRODUCT) === 0) countPositions(this.#productPositions[i]!, counts.product);
      if ((failed & ~FACET_MANAGED_BY) === 0) counts.managedBy[this.#managedBy[i]!]! += 1;
      if ((failed & ~FACET_SUBSCRIPTION_TYPE) === 0) countBits(this.#kindBits[i]!, counts.kind);
      if ((failed & ~FACET_TAGS) === 0) countPositions(this.#tagPositions[i]!, counts.tags);
    }

    const facets: CustomerFacets = {
      status: facetCounts(CUSTOMER_STATUSES, counts.status),
      product: facetCounts(this.#products, counts.product),
      managedBy: facetCounts<ManagedBy>(MANAGED_BY, counts.managedBy),
      subscriptionType: facetCounts<RecordKind>(RECORD_KINDS, counts.kind),
      tags: facetCounts(this.#tags.map((tag) => tag.id), counts.tags),
    };
    return {items: pagePositions.map((i) => this.#row(i)), total, offset, limit, facets};
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

function matchesAll(text: string, terms: string[]): boolean {
  for (const term of terms) if (!text.includes(term)) return false;
  return true;
}

function anyBit(bits: number, accepts: Uint8Array): boolean {
  for (let position = 0; position < accepts.length; position += 1) {
    if (accepts[position] === 1 && (bits & (1 << position)) !== 0) return true;
  }
  return false;
}

function anyPosition(positions: number[], accepts: Uint8Array): boolean {
  for (const position of positions) if (accepts[position] === 1) return true;
  return false;
}

function countBits(bits: number, counts: Uint32Array): void {
  for (let position = 0; bits !== 0; position += 1, bits >>= 1) if (bits & 1) counts[position]! += 1;
}

function countPositions(positions: number[], counts: Uint32Array): void {
  for (const position of positions) counts[position]! += 1;
}

function facetCounts<V extends string>(values: readonly V[], counts: Uint32Array): FacetCount<V>[] {
  return values.map((value, i) => ({value, count: counts[i]!}));
}
