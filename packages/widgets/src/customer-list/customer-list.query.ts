/**
 * Search, filters, sort and facets over rows the host set (presentational mode), with the
 * provider's semantics (packages/core query engine): terms must all match, case- and
 * diacritic-insensitively, in the name, org id, tag labels or a subscription id the row mentions;
 * values within a filter are alternatives, filters combine; ties sort by name.
 *
 * Built for 100,000 rows: what a query needs is derived once per rows array (kept in a WeakMap, so
 * a new array from the host starts afresh and the old one can be collected), the costly part —
 * folding non-ASCII names and ranking all names — can run in idle slices before anyone asks, and
 * a query is then one pass over a presorted order (allocating per row only to filter or count facets).
 */
import {
  CUSTOMER_STATUSES,
  MANAGED_BY,
  RECORD_KINDS,
  foldForSearch,
  nameSortKey,
  sortKeyOfFolded,
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
/** The filters, in the order the panel shows them. */
export const FILTERS = ['managedBy', 'product', 'status', 'subscriptionType', 'tags'] as const;

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

const folds = new Map<string, string>();
/** Tag labels and ids repeat across rows: each is folded once. */
function folded(text: string): string {
  let result = folds.get(text);
  if (result === undefined) folds.set(text, (result = foldForSearch(text)));
  return result;
}

/** The values a row has for each filter, in `FILTERS` order (subscription type: its active record kinds). */
function filterValues(row: CustomerRow): string[][] {
  const statuses = [...new Set(row.statuses.map((info) => info.status as string))];
  return [[row.managedBy], row.products, statuses, RECORD_KINDS.filter((kind) => statuses.includes(kind)), row.tags.map((tag) => tag.id)];
}

/** What each column sorts by ('' or NaN: no value). Lists compare item by item ('\u0000' sorts a list before the longer lists it starts). */
const sortValue: Record<Exclude<CustomerSortKey, 'name'>, (row: CustomerRow) => number | string> = {
  status: (row) => (row.statuses.length ? Math.min(...row.statuses.map(severity)) : Number.NaN),
  licenses: (row) => row.licenses.total,
  nextEnd: (row) => (row.nextEnd ? Date.parse(row.nextEnd.date) : Number.NaN),
  products: (row) => [...row.products].sort(compareProducts).join('\u0000'),
  tags: (row) => row.tags.map((tag) => nameSortKey(tag.label)).sort().join('\u0000'),
};

/** What one pass over the rows finds out (see `RowsIndex.scan`). */
interface RowsScan {
  /** Folded names, only where folding is more than lower-casing (non-ASCII names): memory stays small. */
  foldedNames: (string | undefined)[];
  /**
   * The ASCII characters (lower-cased) of every id a search looks at; null when some id is not
   * ASCII. A term with another character cannot match an id, so most searches skip the ids.
   */
  idChars: Uint8Array | null;
  /** Every product and tag the rows mention: the values the product and tag filters offer. */
  products: string[];
  tags: Tag[];
}

class RowsIndex {
  readonly rows: readonly CustomerRow[];
  #scan: RowsScan | undefined;
  #byName: Int32Array | undefined;
  /** Dropped once done: a finished generator would still hold its locals (the sort keys). */
  #preparation: Generator<void, void> | undefined;

  constructor(rows: readonly CustomerRow[]) {
    this.rows = rows;
    this.#preparation = this.#prepare();
  }

  /** Prepares while `more()` says there is time; true once everything is prepared. */
  prepare(more: () => boolean): boolean {
    while (!this.#byName && more()) this.#advance();
    return this.#byName !== undefined;
  }

  get scan(): RowsScan {
    while (!this.#scan) this.#advance();
    return this.#scan;
  }

  #advance(): void {
    if (this.#preparation?.next().done) this.#preparation = undefined;
  }

  order({key, direction}: CustomerSort): Int32Array {
    this.prepare(() => true);
    const byName = this.#byName!;
    if (key === 'name') return direction === 'asc' ? byName : byName.slice().reverse();
    // A stable sort of the name order: ties stay sorted by name. Rows without a value go last.
    const values = this.rows.map(sortValue[key]);
    const sign = direction === 'asc' ? 1 : -1;
    const none = (value: number | string) => value === '' || Number.isNaN(value);
    return byName.slice().sort((a, b) => {
      const x = values[a]!;
      const y = values[b]!;
      return Number(none(x)) - Number(none(y)) || (x < y ? -sign : x > y ? sign : 0);
    });
  }

  /**
   * One pass for search and the filter values (folding the non-ASCII names), then every name
   * ranked by the provider's sort key (folded, numbers in numeric order). Names are grouped by
   * their key's first code unit and each group sorted on its own: less work than one big sort,
   * and small enough slices for idle time.
   */
  *#prepare(): Generator<void, void> {
    const {rows} = this;
    const count = rows.length;
    const foldedNames = new Array<string | undefined>(count);
    const products = new Set<string>();
    const tags = new Map<string, Tag>();
    let idChars: Uint8Array | null = new Uint8Array(128);
    const noteId = (id: string | undefined) => {
      for (let c = 0; idChars && id && c < id.length; c += 1) {
        const code = id.charCodeAt(c);
        if (code > 127) idChars = null;
        else idChars[code >= 65 && code <= 90 ? code + 32 : code] = 1;
      }
    };
    for (let i = 0; i < count; i += 1) {
      const row = rows[i]!;
      if (!ASCII.test(row.name)) foldedNames[i] = foldForSearch(row.name);
      for (const product of row.products) products.add(product);
      for (const tag of row.tags) tags.set(tag.id, tag);
      noteId(row.orgId);
      noteId(row.nextEnd?.subscriptionId);
      for (const info of row.statuses) noteId(info.subscriptionId);
      if (i % SLICE === 0) yield;
    }
    this.#scan = {foldedNames, idChars, products: [...products].sort(compareProducts), tags: [...tags.values()]};
    const keys = new Array<string>(count);
    const groups = new Map<number, number[]>();
    for (let i = 0; i < count; i += 1) {
      // Folded once above (ASCII names fold to lower case): only the digit padding is left.
      const key = (keys[i] = sortKeyOfFolded(foldedNames[i] ?? rows[i]!.name.toLowerCase()));
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
    this.#byName = byName;
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
  return indexOf(rows).scan.tags;
}

/**
 * Prepares `rows` for search and sort while `more()` says there is time (an idle callback's
 * deadline); true once done. Queries work without it: they finish what they need first.
 */
export function prepareRows(rows: readonly CustomerRow[], more: () => boolean): boolean {
  return indexOf(rows).prepare(more);
}

/**
 * Whether a row matches one folded search term. ASCII text is tested with a case-insensitive
 * expression, which for ASCII is exactly lower-casing and allocates nothing; other text is folded.
 */
function termMatcher(term: string, index: RowsIndex): (row: CustomerRow, i: number) => boolean {
  const {foldedNames, idChars} = index.scan;
  const pattern = new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  const idsMayMatch = !idChars || [...term].every((char) => idChars[char.charCodeAt(0)] === 1);
  const has = (id: string | undefined) => id !== undefined && (pattern.test(id) || (!ASCII.test(id) && folded(id).includes(term)));
  return (row, i) =>
    (foldedNames[i]?.includes(term) ?? pattern.test(row.name)) ||
    row.tags.some((tag) => folded(tag.label).includes(term)) ||
    (idsMayMatch && (has(row.orgId) || has(row.nextEnd?.subscriptionId) || row.statuses.some((info) => has(info.subscriptionId))));
}

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
  const order = sort ? index.order(sort) : null;
  const terms = searchTerms(search).map((term) => termMatcher(term, index));
  const selected = FILTERS.map((name) => (filters[name]?.length ? new Set<string>(filters[name]) : null));
  const filtering = selected.some(Boolean);
  if (!terms.length && !filtering && !withFacets) return {order, total: rows.length, facets: null};

  const {products, tags} = index.scan;
  const counts = [MANAGED_BY, products, CUSTOMER_STATUSES, RECORD_KINDS, tags.map((tag) => tag.id)].map(
    (list) => new Map<string, number>(list.map((value) => [value, 0])),
  );
  const matches = new Int32Array(rows.length);
  let total = 0;
  scan: for (let k = 0; k < rows.length; k += 1) {
    const i = order ? order[k]! : k;
    const row = rows[i]!;
    for (const matchesTerm of terms) if (!matchesTerm(row, i)) continue scan;
    if (!filtering && !withFacets) {
      matches[total++] = i;
      continue;
    }
    const rowValues = filterValues(row);
    // Bit f set: the row fails filter f. It matches with none set, and counts towards filter f's
    // values when it passes every other filter.
    let failed = 0;
    selected.forEach((accepted, f) => {
      if (accepted && !rowValues[f]!.some((value) => accepted.has(value))) failed |= 1 << f;
    });
    if (failed === 0) matches[total++] = i;
    if (withFacets) {
      counts.forEach((tally, f) => (failed & ~(1 << f)) === 0 && rowValues[f]!.forEach((value) => tally.set(value, (tally.get(value) ?? 0) + 1)));
    }
  }
  const facet = (f: number) => [...counts[f]!].map(([value, count]) => ({value, count}));
  return {
    order: terms.length || filtering ? matches.slice(0, total) : order,
    total: terms.length || filtering ? total : rows.length,
    facets: withFacets
      ? (Object.fromEntries(FILTERS.map((name, f) => [name, facet(f)])) as unknown as CustomerFacets)
      : null,
  };
}
