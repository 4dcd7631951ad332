/**
 * Search, filters, sort and facets over rows the host set (presentational mode), with the
 * provider's semantics (packages/core query engine): terms must all match, case- and
 * diacritic-insensitively, in the name, org id, tag labels or a subscription id the row mentions;
 * values within a filter are alternatives, filters combine; ties sort by name.
 *
 * Built for 100,000 rows: what a query needs is derived once per rows array (kept in a WeakMap, so
 * a new array from the host starts afresh and the old one can be collected), the costly part —
 * folding non-ASCII names and ranking all names — can run in idle slices before anyone asks, and
 * a query is then one pass over a presorted order.
 */
import {
  CUSTOMER_STATUSES,
  MANAGED_BY,
  RECORD_KINDS,
  foldForSearch,
  nameSortKey,
  searchTerms,
  type CustomerFacets,
  type CustomerFilters,
  type CustomerRow,
  type CustomerSortKey,
  type CustomerStatusInfo,
  type SortDirection,
  type Tag,
} from '@partner-hub/core';

export interface CustomerSort {
  key: CustomerSortKey;
  direction: SortDirection;
}

export interface RowsAnswer {
  /** Positions in `rows` in display order; null when that is the rows' own order, unfiltered. */
  order: Int32Array | null;
  total: number;
  /** Null unless asked for. */
  facets: CustomerFacets | null;
}

/** Known products first, in the order the product offers them (as the provider lists them). */
const PRODUCT_ORDER = ['meetings', 'calling', 'messaging', 'translation'];
const ASCII = /^[\x00-\x7f]*$/;
/** Rows per slice of preparation work. */
const SLICE = 1_000;
const SUBSCRIPTION_BIT = 1 << CUSTOMER_STATUSES.indexOf('subscription');
const TRIAL_BIT = 1 << CUSTOMER_STATUSES.indexOf('trial');
const FILTERS = ['status', 'product', 'managedBy', 'subscriptionType', 'tags'] as const;

const severity = (info: CustomerStatusInfo) => CUSTOMER_STATUSES.indexOf(info.status);

/** Statuses most severe first (rows from a host need not come sorted). */
export function bySeverity(statuses: readonly CustomerStatusInfo[]): CustomerStatusInfo[] {
  return [...statuses].sort((a, b) => severity(a) - severity(b));
}

/** Whether any filter (KPI included) narrows the list. */
export function hasFilters(filters: CustomerFilters): boolean {
  return filters.kpi !== undefined || FILTERS.some((name) => (filters[name]?.length ?? 0) > 0);
}

const productRank = (product: string) => (PRODUCT_ORDER.indexOf(product) + PRODUCT_ORDER.length + 1) % (PRODUCT_ORDER.length + 1);
const compareProducts = (a: string, b: string) => productRank(a) - productRank(b) || (a < b ? -1 : a > b ? 1 : 0);

const foldedLabels = new Map<string, string>();
function foldedLabel(label: string): string {
  let folded = foldedLabels.get(label);
  if (folded === undefined) foldedLabels.set(label, (folded = foldForSearch(label)));
  return folded;
}

/** Each key's rank among the distinct keys, in code-unit order; an empty key has none (NaN). */
function rankKeys(keys: string[]): Float64Array {
  const rank = new Map([...new Set(keys)].sort().map((key, i) => [key, i]));
  return Float64Array.from(keys, (key) => (key === '' ? Number.NaN : rank.get(key)!));
}

class RowsIndex {
  readonly rows: readonly CustomerRow[];
  #statusBits: Uint8Array | undefined;
  #values: {products: string[]; tags: Tag[]} | undefined;
  /** Folded names, only where folding is more than lower-casing (non-ASCII names): memory stays small. */
  #foldedNames: (string | undefined)[] | undefined;
  #nameRank: Int32Array | undefined;
  #byName: Int32Array | undefined;
  readonly #orders = new Map<string, Int32Array>();
  readonly #preparation: Generator<void, void>;

  constructor(rows: readonly CustomerRow[]) {
    this.rows = rows;
    this.#preparation = this.#prepare();
  }

  /** Prepares while `more()` says there is time; true once everything is prepared. */
  prepare(more: () => boolean): boolean {
    while (!this.#byName && more()) this.#preparation.next();
    return this.#byName !== undefined;
  }

  /** Every product and tag the rows mention: the values the product and tag filters offer. */
  get values(): {products: string[]; tags: Tag[]} {
    if (!this.#values) {
      const products = new Set<string>();
      const tags = new Map<string, Tag>();
      for (const row of this.rows) {
        for (const product of row.products) products.add(product);
        for (const tag of row.tags) tags.set(tag.id, tag);
      }
      this.#values = {products: [...products].sort(compareProducts), tags: [...tags.values()]};
    }
    return this.#values;
  }

  get statusBits(): Uint8Array {
    if (!this.#statusBits) {
      const bits = (this.#statusBits = new Uint8Array(this.rows.length));
      this.rows.forEach((row, i) => row.statuses.forEach((info) => (bits[i]! |= 1 << severity(info))));
    }
    return this.#statusBits;
  }

  foldedName(i: number): string {
    while (!this.#foldedNames) this.#preparation.next();
    return this.#foldedNames[i] ?? this.rows[i]!.name.toLowerCase();
  }

  order({key, direction}: CustomerSort): Int32Array {
    this.prepare(() => true);
    const cacheKey = `${key}:${direction}`;
    let order = this.#orders.get(cacheKey);
    if (!order) {
      order = key === 'name' ? (direction === 'asc' ? this.#byName! : this.#byName!.slice().reverse()) : this.#orderBy(this.#sortValues(key), direction);
      this.#orders.set(cacheKey, order);
    }
    return order;
  }

  /**
   * Folds the non-ASCII names, then ranks every name by the provider's sort key (folded, numbers
   * in numeric order). Names are grouped by their key's first code unit and each group sorted on
   * its own: less work than one big sort, and small enough slices for idle time.
   */
  *#prepare(): Generator<void, void> {
    const {rows} = this;
    const count = rows.length;
    const folded = new Array<string | undefined>(count);
    for (let i = 0; i < count; i += 1) {
      const name = rows[i]!.name;
      if (!ASCII.test(name)) folded[i] = foldForSearch(name);
      if (i % SLICE === 0) yield;
    }
    this.#foldedNames = folded;
    const keys = new Array<string>(count);
    const groups = new Map<number, number[]>();
    for (let i = 0; i < count; i += 1) {
      const key = (keys[i] = nameSortKey(folded[i] ?? rows[i]!.name));
      const first = key.charCodeAt(0) || 0;
      groups.get(first)?.push(i) ?? groups.set(first, [i]);
      if (i % SLICE === 0) yield;
    }
    const byName = new Int32Array(count);
    let ranked = 0;
    for (const first of [...groups.keys()].sort((a, b) => a - b)) {
      const group = groups.get(first)!.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
      byName.set(group, ranked);
      ranked += group.length;
      yield;
    }
    const nameRank = new Int32Array(count);
    byName.forEach((position, rank) => (nameRank[position] = rank));
    this.#nameRank = nameRank;
    this.#byName = byName;
  }

  /** A numeric sort value per row (NaN = none: last in both directions). */
  #sortValues(key: Exclude<CustomerSortKey, 'name'>): Float64Array {
    const {rows} = this;
    switch (key) {
      case 'status':
        return Float64Array.from(this.statusBits, (bits) => (bits === 0 ? Number.NaN : 31 - Math.clz32(bits & -bits)));
      case 'licenses':
        return Float64Array.from(rows, (row) => row.licenses.total);
      case 'nextEnd':
        return Float64Array.from(rows, (row) => (row.nextEnd ? Date.parse(row.nextEnd.date) : Number.NaN));
      // Lists compare item by item ('\u0000' sorts a list before the longer lists it starts).
      case 'products':
        return rankKeys(rows.map((row) => [...row.products].sort(compareProducts).join('\u0000')));
      case 'tags':
        return rankKeys(rows.map((row) => row.tags.map((tag) => nameSortKey(tag.label)).sort().join('\u0000')));
    }
  }

  /** Sorts by value, then name: the pair packed into one float so the native numeric sort does it. */
  #orderBy(values: Float64Array, direction: SortDirection): Int32Array {
    const count = values.length;
    const byName = this.#byName!;
    const distinct = Float64Array.from(new Set(values.filter((value) => !Number.isNaN(value)))).sort();
    const denseRank = new Map<number, number>();
    distinct.forEach((value, rank) => denseRank.set(value, direction === 'asc' ? rank : distinct.length - 1 - rank));
    const packed = Float64Array.from(values, (value, i) => (denseRank.get(value) ?? distinct.length) * count + this.#nameRank![i]!);
    return Int32Array.from(packed.sort(), (value) => byName[value % count]!);
  }
}

const indexes = new WeakMap<readonly CustomerRow[], RowsIndex>();

function indexOf(rows: readonly CustomerRow[]): RowsIndex {
  let index = indexes.get(rows);
  if (!index) indexes.set(rows, (index = new RowsIndex(rows)));
  return index;
}

/** The partner's tags as far as the rows show them (for a host that does not set `tags`). */
export function tagsOfRows(rows: readonly CustomerRow[]): Tag[] {
  return indexOf(rows).values.tags;
}

/**
 * Prepares `rows` for search and sort while `more()` says there is time (an idle callback's
 * deadline); true once done. Queries work without it: they finish what they need first.
 */
export function prepareRows(rows: readonly CustomerRow[], more: () => boolean): boolean {
  return indexOf(rows).prepare(more);
}

function matchesTerm(index: RowsIndex, i: number, term: string): boolean {
  const row = index.rows[i]!;
  const found = (id: string | undefined) => id !== undefined && id.toLowerCase().includes(term);
  return (
    index.foldedName(i).includes(term) ||
    found(row.orgId) ||
    row.tags.some((tag) => foldedLabel(tag.label).includes(term)) ||
    found(row.nextEnd?.subscriptionId) ||
    row.statuses.some((info) => found(info.subscriptionId))
  );
}

const counter = <V extends string>(values: readonly V[]) => new Map<string, number>(values.map((value) => [value, 0]));
const tally = (counts: Map<string, number>, value: string) => counts.set(value, (counts.get(value) ?? 0) + 1);
const facet = <V extends string>(counts: Map<string, number>) => [...counts].map(([value, count]) => ({value: value as V, count}));

/**
 * The rows a search, filters and sort select, in order, with facet counts when `withFacets` (per
 * value: the rows matching the search and every *other* filter with that value added). The KPI
 * filter needs record-level data a row does not carry; in this mode the host's rows are the KPI's.
 */
export function queryRows(
  rows: readonly CustomerRow[],
  search: string,
  filters: CustomerFilters,
  sort: CustomerSort | undefined,
  withFacets: boolean,
): RowsAnswer {
  const index = indexOf(rows);
  const terms = searchTerms(search);
  const order = sort ? index.order(sort) : null;
  const selected = FILTERS.map((name) => (filters[name]?.length ? new Set<string>(filters[name]) : null));
  const filtered = terms.length > 0 || selected.some(Boolean);
  if (!filtered && !withFacets) return {order, total: rows.length, facets: null};

  const statusBits = index.statusBits;
  const {values} = index;
  const counts = [
    counter(CUSTOMER_STATUSES),
    counter(values.products),
    counter(MANAGED_BY),
    counter(RECORD_KINDS),
    counter(values.tags.map((tag) => tag.id)),
  ] as const;
  const matches = new Int32Array(rows.length);
  let total = 0;
  for (let k = 0; k < rows.length; k += 1) {
    const i = order ? order[k]! : k;
    if (!terms.every((term) => matchesTerm(index, i, term))) continue;
    const row = rows[i]!;
    const bits = statusBits[i]!;
    const rowStatuses = CUSTOMER_STATUSES.filter((_, s) => bits & (1 << s));
    const rowKinds = RECORD_KINDS.filter((kind) => bits & (kind === 'trial' ? TRIAL_BIT : SUBSCRIPTION_BIT));
    const rowTags = row.tags.map((tag) => tag.id);
    const rowValues = [rowStatuses, row.products, [row.managedBy], rowKinds, rowTags];
    // Bit f set: the row fails filter f. It matches with none set, and counts towards filter f's
    // values when it passes every other filter.
    let failed = 0;
    selected.forEach((accepted, f) => {
      if (accepted && !rowValues[f]!.some((value) => accepted.has(value))) failed |= 1 << f;
    });
    if (failed === 0) matches[total++] = i;
    if (withFacets) counts.forEach((tallies, f) => (failed & ~(1 << f)) === 0 && rowValues[f]!.forEach((value) => tally(tallies, value)));
  }
  const facets: CustomerFacets | null = withFacets
    ? {status: facet(counts[0]), product: facet(counts[1]), managedBy: facet(counts[2]), subscriptionType: facet(counts[3]), tags: facet(counts[4])}
    : null;
  return {order: filtered ? matches.subarray(0, total) : order, total: filtered ? total : rows.length, facets};
}
